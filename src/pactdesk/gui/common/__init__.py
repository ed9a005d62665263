"""What every room of the window uses: widgets, undo, the theme, labels, settings, background jobs, errors,
and the narrow face (host.py) through which a part of the window asks the window. Imports no other room."""
