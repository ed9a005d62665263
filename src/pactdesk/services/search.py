"""One search over everything: minutes, agenda items, decisions, actions and their progress updates, outputs and
their evidence, meetings (titles, places, references), people, organisations and attachments (their names and the
words inside PDFs, OpenDocument and Office files and text, read by ``exchange/file_text.py`` when attached).

The query. Words, all of which must be found in one record, each as the start of a word ("forma" finds
"formação"; a single letter is a whole word), case and accents aside ("acao" finds "Ação", "reuniao" finds
"Reunião"). A phrase in double quotes (or « », “ ”) is those whole words one after the other; a phrase still being
typed (its quote not yet closed) takes its last word as the start of a word. Words joined by marks without a space
("TEX-2026-01", "ana.lopes") are a phrase too. Anything else is read as a space: FTS operators (NEAR, AND, OR, NOT,
``*``, ``-``, ``:``, ``^``, parentheses) mean nothing here, and a query too long is cut short; no query raises.

The ranking. A record whose title holds a word searched for (a meeting's, an item's or an output's title or
reference, an action's text, a decision, a person's or an organisation's name, an attachment's name) comes before
one that only mentions them in its text; among each, the more relevant first (SQLite's bm25, PostgreSQL's ts_rank;
titles weigh more), then the newer. ``Hit.rank`` says it as one number: from 1 to 2 for a title, from 0 to 1 for the
text. What is ranked, of each kind, is the newest ``CANDIDATES`` (100) matches: all of them for a precise query; for
a word's first letters matching thousands of records, the newest hundred, so that a keystroke costs the same
whatever it matches (and relevance is weighed only where the matches are fewer than that: the newest come first).

Filters: a cluster (its code), a year (of the meeting, the update or the output) and kinds. People and
organisations belong to no cluster and no year: a cluster or a year leaves them out.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pactdesk.domain.errors import NotFoundError, PactDeskError, ValidationError
from pactdesk.domain.language import display_language
from pactdesk.domain.messages import listed, say
from pactdesk.domain.models import Cluster
from pactdesk.store import search_index
from pactdesk.store.database import Database
from pactdesk.store.search_index import BY_KIND, CONFIGURATION, VECTOR, Source

# The kinds of hit, in the order the window groups them.
KINDS: tuple[str, ...] = (
    "agenda_item",
    "decision",
    "action",
    "progress",
    "output",
    "meeting",
    "attachment",
    "person",
    "organisation",
)
MARK_START, MARK_END = "[[", "]]"
LONGEST_QUERY = 300  # characters read; the rest is cut
MOST_TERMS = 12
MOST_WORDS = 16  # in one phrase
_WORD = re.compile(r"[^\W_]+")  # letters and digits, as SQLite's unicode61 tokenizer reads a word
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
_TITLE_WEIGHT, _TEXT_WEIGHT = 4.0, 1.0
_SNIPPET_WORDS = 14
_SNIPPET_REACH = 200_000  # characters of a text a snippet is looked for in (as many as an attached file's words)
_AROUND = 400  # characters kept before the word found, to choose the words shown from (four times that after)
_NOT_WORD = re.compile(r"[\W_]")
# Of each kind, the newest matches ranked (and as many of the newest title matches): a query matching more is ranked
# among these, one matching fewer exactly.
CANDIDATES = 100


def kind_label(kind: str) -> str:
    """The kind of a hit as the window and the command line name it."""
    labels = {
        "agenda_item": say("Agenda items and minutes", "Pontos da ordem de trabalhos e ata"),
        "decision": say("Decisions", "Deliberações"),
        "action": say("Actions", "Ações"),
        "progress": say("Progress updates", "Pontos de situação"),
        "output": say("Outputs", "Resultados"),
        "meeting": say("Meetings", "Reuniões"),
        "attachment": say("Attachments", "Anexos"),
        "person": say("People", "Pessoas"),
        "organisation": say("Organisations", "Entidades"),
    }
    return labels[kind]


# -- the query ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One thing every hit must hold: a word, or a phrase's words one after the other; ``prefix``: the last word
    may go on ("forma" → "formação")."""

    words: tuple[str, ...]
    prefix: bool


def parse(query: str) -> list[Term]:
    """The terms of ``query`` (see the module's docstring); empty when it holds no word."""
    query = unicodedata.normalize("NFC", query[:LONGEST_QUERY]).translate(_QUOTES)
    pieces = query.split('"')
    unfinished = len(pieces) % 2 == 0  # an odd number of quotes: the last phrase is still being typed
    terms: list[Term] = []
    for place, piece in enumerate(pieces):
        if place % 2:  # inside quotes
            words = tuple(_WORD.findall(piece))[:MOST_WORDS]
            if words:
                typing = unfinished and place == len(pieces) - 1 and len(words[-1]) > 1
                terms.append(Term(words, prefix=typing))
            continue
        for chunk in piece.split():
            words = tuple(_WORD.findall(chunk))[:MOST_WORDS]
            if words:
                # One letter alone is a whole word: as the start of a word it would match nearly everything.
                terms.append(Term(words, prefix=len(words) > 1 or len(words[0]) > 1))
    return terms[:MOST_TERMS]


def fold(word: str) -> str:
    """``word`` lower-cased and without its accents, as the index compares words."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def first_match(text_: str, query: str) -> tuple[int, int] | None:
    """Where in ``text_`` the first word the query finds is (start, end), accents and case aside; the window selects
    it in the minutes."""
    wanted = [fold(term.words[0]) for term in parse(query)]
    exact = [not term.prefix or len(term.words) > 1 for term in parse(query)]
    if not wanted:
        return None
    for found in _WORD.finditer(text_):
        folded = fold(found.group())
        for word, whole in zip(wanted, exact, strict=True):
            if folded == word or (not whole and folded.startswith(word)):
                return found.start(), found.end()
    return None


def _fts_expression(terms: Sequence[Term]) -> str:
    """SQLite FTS5's query: each term a quoted string (never an operator), ``*`` for a prefix, all ANDed."""
    return " AND ".join(f'"{" ".join(term.words)}"' + (" *" if term.prefix else "") for term in terms)


def _lexeme(word: str, *, prefix: bool, title: bool) -> str:
    marks = ("*" if prefix else "") + ("A" if title else "")
    return f"'{word}'" + (f":{marks}" if marks else "")


def _pg_expression(terms: Sequence[Term], params: dict[str, Any], *, title: bool) -> str:
    """PostgreSQL's tsquery: each term through ``pactdesk_pt`` (stemmed, accents away); a word being typed also as
    typed, accents away, so a word's start that stems otherwise than the whole word still finds it. ``title``:
    only the title's lexemes (weight A)."""
    parts = []
    for place, term in enumerate(terms):
        key = f"{'a' if title else 'q'}{place}"
        lexemes = [
            _lexeme(word, prefix=term.prefix and last, title=title)
            for word, last in zip(term.words, [False] * (len(term.words) - 1) + [True], strict=True)
        ]
        params[key] = " <-> ".join(lexemes)
        part = f"to_tsquery('{CONFIGURATION}', :{key})"
        if term.prefix and len(term.words) == 1:
            params[key + "s"] = _lexeme(fold(term.words[0]), prefix=True, title=title)
            part = f"({part} || to_tsquery('simple', :{key}s))"
        parts.append(part)
    return " && ".join(parts)


# -- the hits ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """A record found, and where to open it: a meeting (``meeting_ref``) at one of its agenda items
    (``agenda_item_id``) for an item, a decision or an attachment; an action or a progress update in the tracker
    (``ref``: the action's); an output in Outputs (``ref``); a person or an organisation in the directory (``id``).

    ``snippet`` is the text around the words found, each marked ``[[…]]``."""

    kind: str
    id: int
    title: str
    snippet: str
    ref: str
    meeting_ref: str | None
    agenda_item_id: int | None
    cluster_code: str | None
    on: date | None
    rank: float

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


@dataclass(frozen=True)
class _Kind:
    """How a kind's hits are read: the tables behind it, and the expressions of what a hit shows."""

    source: Source
    joins: str  # after "<table> t"
    title: str
    ref: str
    meeting_ref: str
    item: str
    cluster: str
    on: str


_IN_MEETING = "JOIN meeting m ON m.id = t.meeting_id JOIN cluster c ON c.id = m.cluster_id"
_KINDS: dict[str, _Kind] = {
    kind.source.kind: kind
    for kind in (
        _Kind(BY_KIND["meeting"], "JOIN cluster c ON c.id = t.cluster_id", "t.title", "t.ref", "t.ref", "NULL",
              "c.code", "t.starts_at"),
        _Kind(BY_KIND["agenda_item"], _IN_MEETING, "t.title", "m.ref", "m.ref", "t.id", "c.code", "m.starts_at"),
        _Kind(
            BY_KIND["decision"],
            "JOIN agenda_item i ON i.id = t.agenda_item_id JOIN meeting m ON m.id = i.meeting_id "
            "JOIN cluster c ON c.id = m.cluster_id",
            "i.title", "m.ref", "m.ref", "i.id", "c.code", "m.starts_at",
        ),
        _Kind(
            BY_KIND["action"],
            "JOIN cluster c ON c.id = t.cluster_id LEFT JOIN meeting m ON m.id = t.meeting_id",
            "t.title", "t.ref", "m.ref", "t.agenda_item_id", "c.code", "coalesce(m.starts_at, t.created_at)",
        ),
        _Kind(
            BY_KIND["progress"],
            "JOIN action a ON a.id = t.action_id JOIN cluster c ON c.id = a.cluster_id "
            "LEFT JOIN meeting m ON m.id = t.meeting_id",
            "a.title", "a.ref", "m.ref", "NULL", "c.code", 't."on"',
        ),
        _Kind(BY_KIND["output"], "JOIN cluster c ON c.id = t.cluster_id", "t.title", "t.ref", "NULL", "NULL",
              "c.code", 't."on"'),
        _Kind(
            BY_KIND["person"],
            "LEFT JOIN organisation o ON o.id = t.organisation_id",
            "t.name", "coalesce(nullif(o.acronym, ''), o.name, '')", "NULL", "NULL", "NULL", "NULL",
        ),
        _Kind(BY_KIND["organisation"], "", "t.name", "t.acronym", "NULL", "NULL", "NULL", "NULL"),
        _Kind(BY_KIND["attachment"], _IN_MEETING, "t.name", "m.ref", "m.ref", "t.agenda_item_id", "c.code",
              "m.starts_at"),
    )
}  # fmt: skip


@dataclass(frozen=True)
class _Found:
    kind: str
    id: int
    in_title: bool
    score: float  # higher is better


def search(
    db: Database,
    query: str,
    *,
    cluster: str | None = None,
    year: int | None = None,
    kinds: Iterable[str] | None = None,
    limit: int = 50,
    per_kind: int | None = None,
) -> list[Hit]:
    """The records ``query`` finds, best first (see the module's docstring), at most ``limit`` of them and, with
    ``per_kind``, at most that many of each kind. A query without a word finds nothing."""
    wanted = _kinds(kinds)
    if year is not None and not 1900 <= year <= 2999:
        raise ValidationError(
            say("The year {year} is not one PactDesk can hold.", "O ano {year} não é um que o PactDesk possa ter.",
                year=str(year)),
            "year",
        )  # fmt: skip
    limit = max(1, min(int(limit), 500))
    each = max(1, min(per_kind or limit, limit))
    terms = parse(query)
    if not terms:
        return []
    with db.read() as session:
        _refuse_without_index(db, session)
        code = _cluster_code(session, cluster) if cluster else None
        if code or year:
            wanted = [kind for kind in wanted if _KINDS[kind].cluster != "NULL"]
        postgres = session.get_bind().dialect.name == "postgresql"
        found: list[_Found] = []
        if postgres:  # one round trip for every kind: on a busy server each one costs as much as the query
            found = _pg_found([_KINDS[kind] for kind in wanted], session, terms, code, year, each)
        else:
            for kind in wanted:
                found += _sqlite_found(session, _KINDS[kind], terms, code, year, each)
        found.sort(key=lambda hit: (not hit.in_title, -hit.score, -hit.id))
        found = found[:limit]
        shown = _shown(session, found, terms)
    hits = []
    for hit in found:
        details = shown.get((hit.kind, hit.id))
        if details is not None:
            rank = (1.0 if hit.in_title else 0.0) + hit.score / (1.0 + hit.score)
            hits.append(replace(details, rank=round(rank, 6)))
    return hits


def _kinds(kinds: Iterable[str] | None) -> list[str]:
    if kinds is None:
        return list(KINDS)
    chosen = [kind.strip().lower().replace("-", "_") for kind in kinds]
    unknown = [kind for kind in chosen if kind not in _KINDS]
    if unknown:
        raise ValidationError(
            say(
                "“{kind}” is not a kind of record the search knows; choose among {kinds}.",
                "«{kind}» não é um tipo de registo que a pesquisa conheça; escolha entre {kinds}.",
                kind=unknown[0],
                kinds=listed(KINDS),
            ),
            "kinds",
        )
    return [kind for kind in KINDS if kind in chosen]


def _refuse_without_index(db: Database, session: Session) -> None:
    if db.kept.get("search_index"):
        return
    if not search_index.installed(session.connection()):
        raise PactDeskError(
            say(
                "{where} has no search index yet: open it once in this PactDesk, which adds it (after a backup).",
                "{where} ainda não tem índice de pesquisa: abra-a uma vez neste PactDesk, que o acrescenta (depois de "
                "fazer uma cópia de segurança).",
                where=db.location.describe(),
            )
        )
    db.kept["search_index"] = True


def _cluster_code(session: Session, cluster: str) -> str:
    code = cluster.strip().upper()
    if session.scalar(select(Cluster.id).where(Cluster.code == code)) is None:
        raise NotFoundError(
            say("There is no cluster “{code}”.", "Não existe nenhum cluster «{code}».", code=cluster.strip())
        )
    return code


def _filters(kind: _Kind, code: str | None, year: int | None, params: dict[str, Any], postgres: bool) -> str:
    where = ""
    if code:
        where += " AND c.code = :cluster"
        params["cluster"] = code
    if year:
        where += f" AND {kind.on} >= :since AND {kind.on} < :until"
        if postgres:
            params["since"], params["until"] = date(year, 1, 1), date(year + 1, 1, 1)
        else:
            params["since"], params["until"] = f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    return where


def _ranked(kind: str, matches: Sequence[Any], limit: int) -> list[_Found]:
    """The candidates of one kind ranked: a title's match first, then the more relevant, then the newer."""
    best = sorted((not row.in_title, -float(row.score), -row.id) for row in matches)[:limit]
    return [_Found(kind, -newer, not other, -score) for other, score, newer in best]


def _sqlite_found(
    session: Session, kind: _Kind, terms: Sequence[Term], code: str | None, year: int | None, limit: int
) -> list[_Found]:
    """The newest ``CANDIDATES`` matches, read in the index's own order, which stops there (a word's first letter
    matching most records costs little more than a rare word); whether each title holds a word, from FTS5's
    ``highlight`` of the title alone; and bm25, when the matches are fewer than that (a word's start matching
    more records is not worth weighing: the newest come first)."""
    source = kind.source
    index = source.index
    params: dict[str, Any] = {"q": _fts_expression(terms), "n": CANDIDATES}
    filters = _filters(kind, code, year, params, False)
    tables = f"{index}, {source.table} t {kind.joins}" if filters else index
    joined = f" AND t.id = {index}.rowid{filters}" if filters else ""
    titles = [source.columns.index(column) for column in source.title]
    in_title = " OR ".join(f"instr(highlight({index}, {place}, char(1), ''), char(1)) > 0" for place in titles)
    weights = ", ".join(str(_TITLE_WEIGHT if column in source.title else _TEXT_WEIGHT) for column in source.columns)

    def newest(score: str) -> list[Any]:
        return list(
            session.execute(
                text(
                    f"SELECT {index}.rowid AS id, {in_title or '0'} AS in_title, {score} AS score FROM {tables} "
                    f"WHERE {index} MATCH :q{joined} ORDER BY {index}.rowid DESC LIMIT :n"
                ),
                params,
            )
        )

    matches = newest("0")
    if len(matches) < CANDIDATES:
        matches = newest(f"-bm25({index}, {weights})")
    return _ranked(source.kind, matches, limit)


def _pg_found(
    kinds: Sequence[_Kind], session: Session, terms: Sequence[Term], code: str | None, year: int | None, limit: int
) -> list[_Found]:
    """As on SQLite, each kind's newest ``CANDIDATES`` matches, with ts_rank and the title's match for those only:
    every kind in one statement (``UNION ALL``), so a keystroke costs the server one round trip."""
    params: dict[str, Any] = {"n": CANDIDATES}
    query = _pg_expression(terms, params, title=False)
    in_title = _pg_expression(terms, params, title=True)
    parts = []
    for kind in kinds:
        source = kind.source
        titled = f"c.vector @@ ({in_title})" if source.title else "false"
        filters = _filters(kind, code, year, params, True)
        joins = kind.joins if filters else ""
        parts.append(
            f"(SELECT '{source.kind}' AS kind, c.id, {titled} AS in_title, ts_rank(c.vector, {query}) AS score "
            f"FROM (SELECT t.id, t.{VECTOR} AS vector FROM {source.table} t {joins} WHERE t.{VECTOR} @@ ({query})"
            f"{filters} ORDER BY t.id DESC LIMIT :n) c)"
        )
    if not parts:
        return []
    matches: dict[str, list[Any]] = {}
    for row in session.execute(text(" UNION ALL ".join(parts)), params):
        matches.setdefault(row.kind, []).append(row)
    return [hit for kind in kinds for hit in _ranked(kind.source.kind, matches.get(kind.source.kind, []), limit)]


def _texts(source: Source) -> list[str]:
    """The columns a hit's snippet is taken from: the body's, then the title's but its reference."""
    return [column for column in (*source.body, *source.title) if column != "ref"] or list(source.title)


_MOST_TEXTS = max(len(_texts(source)) for source in search_index.SOURCES)


def _shown(session: Session, found: Sequence[_Found], terms: Sequence[Term]) -> dict[tuple[str, int], Hit]:
    """What each hit shows, read for the few hits kept, every kind in one statement; the text around the words found
    from the body (the minutes, the evidence…) where they are there, else from the title."""
    postgres = session.get_bind().dialect.name == "postgresql"

    def typed(expression: str, kind: str) -> str:  # a server unites the kinds' columns by their types
        return f"CAST({expression} AS {kind})" if postgres else expression

    params: dict[str, Any] = {}
    parts, texts_of = [], {}
    for kind_name in KINDS:
        ids = [hit.id for hit in found if hit.kind == kind_name]
        if not ids:
            continue
        kind = _KINDS[kind_name]
        source = kind.source
        keys = [f"{kind_name}{place}" for place in range(len(ids))]
        params.update(zip(keys, ids, strict=True))
        texts = _texts(source)
        texts_of[kind_name] = len(texts)
        padded = [f'substr(t."{column}", 1, {_SNIPPET_REACH})' for column in texts]
        padded += ["NULL"] * (_MOST_TEXTS - len(texts))
        columns = ", ".join(f"{typed(column, 'text')} AS text{place}" for place, column in enumerate(padded))
        title = kind.title
        if kind_name == "organisation" and display_language() == "pt":  # its Portuguese name in a Portuguese window
            title = "coalesce(nullif(t.name_pt, ''), t.name)"
        parts.append(
            f"SELECT '{kind_name}' AS kind, t.id, {typed(title, 'text')} AS title, {typed(kind.ref, 'text')} AS ref, "
            f"{typed(kind.meeting_ref, 'text')} AS meeting_ref, {typed(kind.item, 'integer')} AS item, "
            f"{typed(kind.cluster, 'text')} AS cluster, {typed(kind.on, 'timestamp')} AS on_, {columns} "
            f"FROM {source.table} t {kind.joins} WHERE t.id IN ({', '.join(f':{key}' for key in keys)})"
        )
    shown: dict[tuple[str, int], Hit] = {}
    if not parts:
        return shown
    for row in session.execute(text(" UNION ALL ".join(parts)), params):
        shown[row.kind, row.id] = Hit(
            kind=row.kind,
            id=row.id,
            title=_one_line(row.title),
            snippet=snippet([row[8 + place] for place in range(texts_of[row.kind])], terms),
            ref=row.ref or "",
            meeting_ref=row.meeting_ref,
            agenda_item_id=row.item,
            cluster_code=row.cluster,
            on=_day(row.on_),
            rank=0.0,
        )
    return shown


def snippet(texts: Sequence[object], terms: Sequence[Term]) -> str:
    """The words around the first word found in the first of ``texts`` that holds one, each word found marked
    ``[[…]]``; empty when none holds one. Words are compared as the index compares them (case and accents aside,
    a word being typed by its start). A long text (an attached file's words) is looked through as it is for the
    first word found, and only the words around it are folded and read."""
    whole = sorted({fold(word) for term in terms for word in term.words if not term.prefix}, key=len, reverse=True)
    starts = sorted({fold(word) for term in terms for word in term.words if term.prefix}, key=len, reverse=True)
    alternatives = [f"(?:{'|'.join(map(re.escape, starts))})[^\\W_]*"] if starts else []
    alternatives += [f"(?:{'|'.join(map(re.escape, whole))})(?![^\\W_])"] if whole else []
    if not alternatives:
        return ""
    wanted = re.compile(f"(?<![^\\W_])(?:{'|'.join(alternatives)})")
    loose = _loose_pattern(starts, whole)
    for value in texts:
        text_ = str(value or "")[:_SNIPPET_REACH]
        first_found = loose.search(text_)
        if first_found is None:
            continue
        at = first_found.start()
        # The found word with room around it for the words shown, cut between words.
        start = 0 if at < _AROUND else _NOT_WORD.search(text_, at - _AROUND).start()  # type: ignore[union-attr]
        after = _NOT_WORD.search(text_, min(len(text_), at + 4 * _AROUND))
        stop = len(text_) if after is None else after.start()
        line = _one_line(text_[start:stop])
        found = list(wanted.finditer(_folded_letters(line)))  # the same length as ``line``: places agree
        if not found:  # a letter past U+2000 that folds otherwise than the pattern took it
            continue
        words = list(_WORD.finditer(line))
        starts_at = [word.start() for word in words]
        first_word = bisect.bisect_right(starts_at, found[0].start()) - 1
        first = max(0, first_word - _SNIPPET_WORDS // 3)
        last = min(len(words), first + _SNIPPET_WORDS) - 1
        begin = 0 if first == 0 else words[first].start()
        end = len(line) if last == len(words) - 1 else words[last].end()
        pieces, at = [], begin
        for match in found:
            if begin <= match.start() and match.end() <= end:
                pieces += [line[at : match.start()], MARK_START, line[match.start() : match.end()], MARK_END]
                at = match.end()
        pieces.append(line[at:end])
        cut_before = begin > 0 or start > 0
        cut_after = end < len(line) or stop < len(str(value or "").rstrip())
        return ("…" if cut_before else "") + "".join(pieces).strip() + ("…" if cut_after else "")
    return ""


def _loose_pattern(starts: Sequence[str], whole: Sequence[str]) -> re.Pattern[str]:
    """The words folded as a pattern that finds them in a text as it is (each letter in either case, with or without
    its accent), so a long text is looked through at the regular expression engine's speed, not folded first. Each
    word begins with its first letter's class and looks behind it only then (that a word does not go on before it):
    the engine skips to that letter instead of trying every place, five times faster."""
    alternatives = [f"(?:{'|'.join(map(_loose, starts))})[^\\W_]*"] if starts else []
    alternatives += [f"(?:{'|'.join(map(_loose, whole))})(?![^\\W_])"] if whole else []
    return re.compile("|".join(alternatives), re.DOTALL)


def _loose(word: str) -> str:
    variants = _variants()
    letters = [f"[{re.escape(variants[char])}]" if char in variants else re.escape(char) for char in word]
    return letters[0] + "(?<![^\\W_].)" + "".join(letters[1:])


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """For each letter as folded, every character before U+2000 that folds to it (a: aAáÁàÀâÂãÃ…)."""
    found: dict[str, list[str]] = {}
    for code in range(0x2000):
        char = chr(code)
        found.setdefault(_folded_letter(char), []).append(char)
    return {base: "".join(chars) for base, chars in found.items() if len(chars) > 1}


@lru_cache(maxsize=4096)
def _folded_letter(char: str) -> str:
    """One character lower-cased and without its accent, still one character (so places in a text stay put)."""
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


def _folded_letters(line: str) -> str:
    return "".join(map(_folded_letter, line))


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def filter_choices(db: Database) -> tuple[list[str], list[int]]:
    """What the filters offer: the clusters' codes, in the official order, and the years that have meetings, the
    latest first."""
    with db.read() as session:
        codes = [str(code) for code in session.scalars(select(Cluster.code).order_by(Cluster.number))]
        starts = session.execute(text("SELECT min(starts_at), max(starts_at) FROM meeting")).one()
    first, last = (_day(value) for value in starts)
    years = list(range(last.year, first.year - 1, -1)) if first and last else []
    return codes, years
