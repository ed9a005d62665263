"""The windows: Qt only, reading and writing through the services."""
