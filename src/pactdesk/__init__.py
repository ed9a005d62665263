"""PactDesk: the Monitoring Committee's meetings, minutes, actions and outputs, offline."""

__version__ = "0.1.0"
