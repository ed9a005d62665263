"""The glossary: how PactDesk says its words in European Portuguese, the same in the window, the documents, the
workbook and the calendar.

Each of those has its own table of phrases (Qt's ``resources/translations/pactdesk_pt.ts``, ``exchange/pdf/words.py``
for the PDFs and the calendar, the workbook's column names in ``services/workbook/tables.py``) and all share the
labels of kinds and statuses in ``domain/enums.py``. This is the list they agree on: a phrase whose English says
*minutes* says *ata* in Portuguese, never *acta* or *minuta*, whichever table it is in. tests/test_glossary.py reads
every pair of every table and fails on a phrase that renders a term otherwise, or uses a word to avoid.

The Portuguese is pt-PT after the 1990 spelling agreement (*ata*, *ação*, *ótimo*), in the register of the
Portuguese public administration (*deliberação*, *ordem de trabalhos*, *ponto de situação*, *ficheiro*, *ecrã*).
"""

from __future__ import annotations

from typing import NamedTuple


class Term(NamedTuple):
    """A word as English and Portuguese phrases say it. ``english`` and ``portuguese`` are regular expressions,
    matched ignoring case, ``&`` mnemonics and ``{placeholders}``; ``unless`` names English phrases where the word
    means something else (*planned minutes* are a length of time, not the record)."""

    english: str
    portuguese: str
    unless: str = r"(?!)"


TERMS: dict[str, Term] = {
    "minutes": Term(r"\bminutes\b", r"\batas?\b", unless=r"(planned|in|\d+|\{n\}) minutes|minutes (late|early)"),
    "agenda": Term(r"\bagenda\b", r"\bordem de trabalhos\b|\bordens de trabalhos\b"),
    "agenda item": Term(r"\bagenda items?\b", r"\bpontos?\b"),
    "decision": Term(r"\bdecisions?\b", r"\bdeliberaç(ão|ões)\b"),
    "action": Term(r"\bactions?\b", r"\baç(ão|ões)\b"),
    "output": Term(r"\boutputs?\b", r"\bresultados?\b"),
    "meeting": Term(r"\bmeetings?\b", r"\breuni(ão|ões)\b"),
    "progress update": Term(r"\b(progress|latest) updates?\b", r"\bpontos? de situação\b"),
    "matters arising": Term(r"\bmatters arising\b", r"\bassuntos pendentes\b"),
    "remote": Term(r"\bremote(ly)?\b", r"\bà distância\b"),
    "owner": Term(r"\bowner\b", r"\bresponsáve(l|is)\b"),
    "goal": Term(r"\bgoals?\b", r"\bobjetivos?\b"),
    "file": Term(r"\bfiles?\b", r"\bficheiros?\b", unless=r"\bfile (a|the) |\bfiled\b"),
    "workbook": Term(r"\bworkbooks?\b", r"\blivros?\b"),  # as Excel and LibreOffice say in Portuguese
    "screen": Term(r"\bscreens?\b", r"\becrãs?\b"),
    "save": Term(r"\bsave\b", r"\bguard"),
    "remove": Term(r"\bremove\b", r"\bremo(v|ç)|\bretir"),
    "delete": Term(r"\bdelete\b", r"\belimin"),
    "overdue": Term(r"\boverdue\b", r"\bem atraso\b|\batrasad[ao]s?\b|\bde atraso\b"),
}

AVOID: dict[str, str] = {
    r"\bactas?\b": "ata (spelling of 1990)",
    r"\bacç(ão|ões)\b": "ação (spelling of 1990)",
    r"\bminutas?\b": "ata",
    r"\bpautas?\b": "ordem de trabalhos",
    r"\bdecis(ão|ões)\b": "deliberação",
    r"\bremot[oa]s?\b": "à distância",
    r"\barquivos?\b": "ficheiro",
    r"\busuários?\b": "utilizador",
    r"\btelas?\b": "ecrã",
    r"\bsalvar\b": "guardar",
    r"\bregistros?\b": "registo",
    r"\bequipes?\b": "equipa",
    r"\bcontatos?\b": "contacto",
    r"\bexcluir\b": "eliminar",
    r"\bdeletar\b": "eliminar",
    r"\bplanilhas?\b": "folha de cálculo",
    r"\bsenhas?\b": "palavra-passe",
    r"\bcadastr": "registo",
    r"\batualizaç(ão|ões) de progresso\b": "ponto de situação",
    r"\búltima atualização\b": "último ponto de situação",
}
"""Words a Portuguese text of PactDesk never uses, and the word it uses instead: Brazilian Portuguese, spellings from
before the 1990 agreement, and the other synonym of a term above."""
