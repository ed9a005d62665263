"""The meeting room: the wall on its own screen, the presenter panel, and the state between them."""
