"""One search over everything, in the window: the field in the toolbar (Ctrl+K, Ctrl+Shift+F), its results grouped
by kind, and opening a result in its place."""
