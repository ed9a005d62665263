"""A number and the noun it counts, in the English of the services' sentences and the command line."""

from __future__ import annotations


def counted(number: int, one: str, many: str) -> str:
    """``1 meeting``, ``2 meetings``, ``1,234 meetings``."""
    return f"{number:,} {one if number == 1 else many}"
