"""Numbers, and a number with the noun it counts, as English and European Portuguese write them.

English: ``1,234`` and ``1,234.5``. European Portuguese: a comma for decimals and a no-break space between
thousands, never a dot (the SI rule, made law in Portugal by Decreto-Lei n.º 128/2010, and the rule of the EU's
Portuguese style guide), a four-digit number left whole (``1234``, ``12 345``) as the SI brochure and CLDR's pt_PT
(so Qt's ``QLocale``, in the window) do. The documents (exchange/pdf/words.py) and the services' sentences
(domain/messages.py) both write numbers here. The command line counts in English, the default.

Both languages take the singular for one alone and the plural for any other count, zero included (CLDR's rule for
pt_PT, unlike Brazilian Portuguese, where zero is singular): ``0 reuniões``, ``1 reunião``, ``2 reuniões``.
"""

from __future__ import annotations

from decimal import Decimal

NO_BREAK_SPACE = "\u00a0"  # between thousands in Portuguese: a number is never cut at a line's end
_PORTUGUESE_MARKS = str.maketrans({",": NO_BREAK_SPACE, ".": ","})


def number(value: int | float | Decimal, language: str = "en", decimals: int = 0) -> str:
    """``1,234`` and ``1,234.5`` in English; ``1234``, ``12 345`` and ``12 345,5`` in Portuguese (``pt``)."""
    if language != "pt":
        return f"{value:,.{decimals}f}"
    grouped = abs(float(value)) >= 10_000  # CLDR's pt_PT groups from five digits on, as QLocale does
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    return text.translate(_PORTUGUESE_MARKS)


def counted(count: int, one: str, many: str, language: str = "en") -> str:
    """``1 meeting``, ``2 meetings``, ``1,234 meetings``; with ``pt``: ``1 reunião``, ``0 reuniões``,
    ``1234 reuniões``."""
    return f"{number(count, language)} {one if count == 1 else many}"
