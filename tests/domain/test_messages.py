"""The services' sentences in the window's language: ``say`` and its nouns, numbers and counts, and a scan of the
source that fails on a sentence raised (or an import's problem or notice made) in English alone, or on two templates
that do not say the same values."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

import pactdesk.domain.errors
import pactdesk.store.errors
from pactdesk.domain import validation
from pactdesk.domain.counting import counted, number
from pactdesk.domain.enums import AttendanceStatus
from pactdesk.domain.errors import PactDeskError, ValidationError
from pactdesk.domain.language import set_display_language
from pactdesk.domain.messages import ARTICLES, NOUNS, Noun, listed, noun, say

SOURCE = Path(pactdesk.domain.errors.__file__).resolve().parents[1]
NBSP = "\u00a0"

# The packages whose sentences are said in both languages.
SCANNED = ("domain/**/*.py", "services/*.py", "services/directory/**/*.py", "exchange/pdf/**/*.py", "exchange/ics.py")
SCANNED += ("exchange/atomic.py", "services/workbook/**/*.py", "exchange/xlsx_*.py", "store/**/*.py")

# Files whose sentences are still English only, allowed while others edit them (none now). Convert a file's
# sentences with say() and take it off this list (test_the_allowance_only_lists_files_left_to_do fails once a file
# here has nothing left to convert).
NOT_YET_CONVERTED: set[str] = set()


def _error_names() -> set[str]:
    """The names of PactDeskError and every subclass of it (store's included)."""
    assert pactdesk.store.errors  # imported for its subclasses
    found, waiting = set(), [PactDeskError]
    while waiting:
        kind = waiting.pop()
        found.add(kind.__name__)
        waiting.extend(kind.__subclasses__())
    return found


ERRORS = _error_names()


def scanned_files() -> list[Path]:
    return sorted({path for pattern in SCANNED for path in SOURCE.glob(pattern)})


def _called(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _is_sentence_literal(node: ast.expr) -> bool:
    """A sentence written in place: a string, an f-string, ``"…".format(…)``, ``"…" % …`` or ``"…" + …``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_sentence_literal(node.left) or _is_sentence_literal(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_sentence_literal(node.func.value)
    return False


def english_only(path: Path) -> list[str]:
    """Each sentence for a person made in ``path`` written in place rather than said with ``say``: a
    ``PactDeskError(…)``'s, a workbook import's problem (``plan.problem(sheet, row, column, text)``, a sheet
    planner's ``self._problem(column, text)``, a cell reader's ``problem(row, text)``) and notice
    (``plan.notices.append(text)``)."""
    return english_only_in(path.read_text(encoding="utf-8"), str(path.relative_to(SOURCE)))


PROBLEMS = ("problem", "_problem")  # an import's problem: the text is the last argument


def _sentence_of(node: ast.Call) -> ast.expr | None:
    """The argument of ``node`` that is a sentence for a person, if ``node`` takes one."""
    called = _called(node.func)
    if called in ERRORS:
        return node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "message"), None)
    if called in PROBLEMS:
        return node.args[-1] if node.args else next((k.value for k in node.keywords if k.arg == "text"), None)
    if called == "append" and isinstance(node.func, ast.Attribute) and _called(node.func.value) == "notices":
        return node.args[0] if node.args else None
    return None


def english_only_in(code: str, where: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and (message := _sentence_of(node)) is not None and _is_sentence_literal(message):
            found.append(f"{where}:{node.lineno}: {ast.unparse(message)[:90]}")
    return found


def says(paths: list[Path]) -> Iterator[tuple[str, ast.Call]]:
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called(node.func) == "say":
                yield f"{path.relative_to(SOURCE)}:{node.lineno}", node


def placeholders(template: str) -> set[str]:
    return {
        name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name is not None
    }


def test_every_sentence_raised_is_said_in_both_languages() -> None:
    files = scanned_files()
    assert len(files) > 60 and SOURCE / "domain" / "validation.py" in files
    assert {SOURCE / "services" / "workbook" / "sheet_planner.py", SOURCE / "exchange" / "xlsx_read.py"} <= set(files)
    assert SOURCE / "store" / "database.py" in files
    found = [
        line for path in files if str(path.relative_to(SOURCE)) not in NOT_YET_CONVERTED for line in english_only(path)
    ]
    assert found == [], "say the sentence with domain.messages.say(english, portuguese, …)"


def test_the_allowance_only_lists_files_left_to_do() -> None:
    """A file on the list that raises sentences, all of them said in both languages, is done. (One that raises none
    yet, such as services/team.py while it is being written, stays on the list.)"""
    done = [
        name
        for name in sorted(NOT_YET_CONVERTED)
        if (SOURCE / name).exists() and not english_only(SOURCE / name) and list(says([SOURCE / name]))
    ]
    assert done == [], "these files say every sentence in both languages now: take them off NOT_YET_CONVERTED"


def test_the_scan_finds_a_sentence_in_english_alone() -> None:
    code = (
        "def f(ref: str) -> None:\n"
        "    raise NotFoundError(f'There is no meeting {ref}.')\n"
        "def g() -> None:\n"
        "    raise errors.ValidationError('Empty.', 'title')\n"
        "def h() -> None:\n"
        "    raise ValidationError(say('Empty.', 'Vazio.'), 'title')\n"
        "def i(error: OSError) -> None:\n"
        "    raise ExchangeError('{} could not be read.'.format(error))\n"
        "def j() -> None:\n"
        "    raise ValueError('not a sentence for a person')\n"
        "def k(self, code: str) -> None:\n"
        "    self._problem('Code', f'“{code}” is not a cluster code.')\n"
        "    self.plan.problem(sheet, None, None, 'Two names of one sheet.')\n"
        "    problem(row, 'Not a date.')\n"
        "    self.plan.notices.append(f'The sheet “{code}” was ignored.')\n"
        "    self._problem('Code', say('Not a code.', 'Não é um código.'))\n"
        "    self.plan.notices.append(say('Ignored.', 'Ignorada.'))\n"
        "    self._problem('Code', str(error))\n"
        "    self.lines.append('not a notice')\n"
    )
    found = [line.split(": ", 1)[0] for line in english_only_in(code, "sample")]
    assert found == ["sample:2", "sample:4", "sample:8", "sample:12", "sample:13", "sample:14", "sample:15"]


def test_every_say_gives_both_templates_in_place_with_the_same_placeholders() -> None:
    calls = list(says(sorted(SOURCE.rglob("*.py"))))
    assert len(calls) > 100
    problems = []
    for where, call in calls:
        if where.startswith("domain/messages.py") and not isinstance(call.args[0], ast.Constant):
            continue  # say's own definition and examples
        if len(call.args) != 2 or not all(
            isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args
        ):
            problems.append(f"{where}: say() takes its two templates written in place, English then Portuguese")
            continue
        english, portuguese = (str(arg.value) for arg in call.args)  # type: ignore[attr-defined]
        if placeholders(english) != placeholders(portuguese):
            problems.append(f"{where}: {sorted(placeholders(english))} ≠ {sorted(placeholders(portuguese))}")
        given = {keyword.arg for keyword in call.keywords}
        if None not in given and given != placeholders(english):
            problems.append(f"{where}: the values given {sorted(given)} are not the placeholders")  # type: ignore[type-var]
        if english == portuguese:
            problems.append(f"{where}: the Portuguese is the English")
        problems += [f"{where}: {{…:{spec}}} in English" for spec in specs(english) if not _known_english_spec(spec)]
        problems += [f"{where}: {{…:{spec}}}" for spec in specs(portuguese) if not _known_spec(spec)]
    assert problems == []


def specs(template: str) -> list[str]:
    """What follows the colon in each placeholder: ``{what:o}`` → ``o``."""
    return [spec for _, name, spec, _ in string.Formatter().parse(template) if name is not None]


def _known_english_spec(spec: str) -> bool:
    """None, a count's two nouns, or a noun's ``a``/``an`` (``{what:a}``, ``{what:A}``)."""
    return not spec or spec.count("/") == 1 or spec in ("a", "A")


def _known_spec(spec: str) -> bool:
    """None, a count's two nouns (``meeting/meetings``), or an article a noun takes (``o``, ``No``, ``nenhum``…)."""
    return not spec or spec.count("/") == 1 or spec.lower() in ARTICLES


def test_every_noun_a_caller_names_is_in_the_table() -> None:
    """``validation.required_text(value, "action", …)``: every noun named in place has its Portuguese."""
    checks = {"required_text": 1, "limited_text": 1, "storable_text": 1, "parse_date": 1, "parse_datetime": 1}
    checks |= {"member": 2, "optional_member": 2}
    named = {}
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called(node.func) in checks:
                position = checks[str(_called(node.func))]
                if len(node.args) > position and isinstance(what := node.args[position], ast.Constant):
                    named[str(what.value)] = f"{path.relative_to(SOURCE)}:{node.lineno}"
    assert len(named) > 25
    assert {what: where for what, where in named.items() if what not in NOUNS} == {}


# -- say, as the window shows it ------------------------------------------------------------------------------------


@pytest.fixture
def portuguese() -> None:
    set_display_language("pt")  # tests/conftest.py puts English back


def test_say_takes_the_window_language_and_the_command_line_stays_english() -> None:
    assert say("The meeting must end after it starts.", "A reunião tem de terminar depois de começar.").startswith(
        "The"
    )
    set_display_language("pt_PT")
    assert say("The meeting must end after it starts.", "A reunião tem de terminar depois de começar.").startswith("A")


@pytest.mark.usefixtures("portuguese")
@pytest.mark.parametrize(
    ("english", "spec", "expected"),
    [
        ("due date", "o", "o prazo"),
        ("date", "O", "A data"),
        ("notes", "o", "as notas"),
        ("evidence", "no", "nas evidências"),
        ("minutes", "do", "da ata"),
        ("action", "ao", "à ação"),
        ("way of attending", "nenhum", "nenhuma forma de participação"),
        ("agenda item", "Este", "Este ponto da ordem de trabalhos"),
        ("decision", "", "deliberação"),
    ],
)
def test_a_noun_takes_the_article_of_its_gender_and_number(english: str, spec: str, expected: str) -> None:
    assert say("{what}", f"{{what:{spec}}}", what=noun(english)) == expected


def test_an_english_noun_is_as_it_is_and_a_noun_not_in_the_table_stays_english() -> None:
    assert say("The {what} cannot be empty.", "Falta preencher {what:o}.", what=noun("due date")) == (
        "The due date cannot be empty."
    )
    set_display_language("pt")
    assert noun("gizmo") == Noun("gizmo", "gizmo")
    assert say("{what}", "{what:o}", what=Noun("file", "ficheiro")) == "o ficheiro"
    with pytest.raises(ValueError, match="not one of the articles"):
        say("{what}", "{what:the}", what=noun("date"))


@pytest.mark.parametrize(
    ("english", "expected"), [("action", "An action needs a value."), ("meeting", "A meeting needs a value.")]
)
def test_an_english_noun_may_take_a_or_an(english: str, expected: str) -> None:
    assert say("{what:A} needs a value.", "{what:Um} precisa de um valor.", what=noun(english)) == expected
    set_display_language("pt")
    assert say("{what:A} needs a value.", "{what:Um} precisa de um valor.", what=noun(english)).startswith("Uma ")
    with pytest.raises(ValueError, match="not one of the articles"):
        say("{what:a}", "{what:a}", what=noun(english))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1,234 meetings; 1 meeting; 0 meetings; 12,345.5; 2025-03-31; 2025-03-31 14:30; 2025"),
        ("pt", f"1234 reuniões; 1 reunião; 0 reuniões; 12{NBSP}345,5; 2025-03-31; 2025-03-31 14:30; 2025"),
    ],
)
def test_numbers_counts_and_dates_are_written_as_the_language_writes_them(language: str, expected: str) -> None:
    set_display_language(language)
    said = say(
        "{many:meeting/meetings}; {one:meeting/meetings}; {none:meeting/meetings}; {share}; {day}; {moment}; {year}",
        "{many:reunião/reuniões}; {one:reunião/reuniões}; {none:reunião/reuniões}; {share}; {day}; {moment}; {year}",
        many=1234,
        one=1,
        none=0,
        share=12345.5,
        day=date(2025, 3, 31),
        moment=datetime(2025, 3, 31, 14, 30),
        year="2025",
    )
    assert said == expected


def test_counting_keeps_the_command_lines_english_and_writes_portuguese_when_asked() -> None:
    assert counted(1234, "meeting", "meetings") == "1,234 meetings"
    assert counted(12345, "reunião", "reuniões", "pt") == f"12{NBSP}345 reuniões"
    assert number(1234.56, "pt", 1) == "1234,6" and number(0, "pt") == "0"


def test_lists_end_with_the_languages_and() -> None:
    assert listed(["a"]) == "a" and listed(["a", "b", "c"]) == "a, b and c"
    set_display_language("pt")
    assert listed(["a", "b", "c"]) == "a, b e c"


def test_the_lost_servers_sentence_is_the_windows_in_either_language() -> None:
    """The store says the lost server as the window does (gui/common/errors.py's line): English as the class's
    SENTENCE, which the command line prints and tests assert, and Portuguese as the window's translation."""
    from pactdesk.store.errors import ServerUnreachableError
    from pactdesk.store.failures import server_unreachable

    assert server_unreachable() == ServerUnreachableError.SENTENCE
    translations = ET.parse(SOURCE.parents[1] / "resources" / "translations" / "pactdesk_pt.ts").getroot()
    window = {message.findtext("source"): message.findtext("translation") for message in translations.iter("message")}
    set_display_language("pt")
    assert server_unreachable() == window[ServerUnreachableError.SENTENCE]


@pytest.mark.parametrize(
    ("check", "english", "portuguese"),
    [
        (
            lambda: validation.parse_date("31/02/2027", "due date", "due_on"),
            "The due date “31/02/2027” is not a date; write it as YYYY-MM-DD, for example 2025-03-31.",
            "O prazo «31/02/2027» não é uma data; escreva-a como AAAA-MM-DD, por exemplo 2025-03-31.",
        ),
        (
            lambda: validation.required_text(" ", "meeting's title", "title"),
            "The meeting's title cannot be empty.",
            "Falta preencher o título da reunião.",
        ),
        (
            lambda: validation.limited_text("x" * 40_000, "minutes", "minutes"),
            "The minutes is too long (40,000 characters; at most 32,767).",
            f"Na ata há 40{NBSP}000 caracteres, mais do que os 32{NBSP}767 permitidos.",
        ),
        (
            lambda: validation.optional_email("ana@"),
            "“ana@” is not an e-mail address; write it like name@example.pt.",
            "«ana@» não é um endereço de e-mail; escreva-o como nome@exemplo.pt.",
        ),
        (
            lambda: validation.member(AttendanceStatus, "zz", "way of attending", "status"),
            "“zz” is not a way of attending.",
            "«zz» não corresponde a nenhuma forma de participação.",
        ),
    ],
)
def test_validation_says_its_sentences_in_the_window_language(check: object, english: str, portuguese: str) -> None:
    for language, expected in (("en", english), ("pt", portuguese)):
        set_display_language(language)
        with pytest.raises(ValidationError) as refused:
            check()  # type: ignore[operator]
        assert str(refused.value) == expected
