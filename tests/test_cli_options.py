"""Every documented option of every command, run on a demo database: each ends in exit 0 and no command ever
answers "unexpected error" (``actions --status any`` did, as the README documents it). A new option that no run
here uses fails the last test, so this list grows with the command line."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from pactdesk.cli import build_parser, main
from pactdesk.services import agenda, backlog, directory, documents, meetings, workspace

AS_OF = "2026-06-30"
# Runs that must end in a plain sentence and exit 1: the demo writes a new file only (team mode is a later issue).
# The team's people are logins on a server (tests/pg/test_team_roles.py runs them there).
REFUSED = {
    "demo --database-url": "Say where to write the demo",
    "user add": "Team members are logins on a team's server",
    "user list": "Team members are logins on a team's server",
    # The held meeting's minutes are the demo's latest, still a draft: no versions to compare, nothing approved to
    # sign, no signature in its PDF (tests/services and tests/test_cli_signing.py sign and attach for real).
    "minutes diff": "have no version 1",
    "sign --db": "are not approved",
    "sign --database-url": "are not approved",
    "attach-signed --db": "has no signature",
    "attach-signed --database-url": "has no signature",
    "signed --database-url": "No signed copy",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--as-of", AS_OF]) == 0
    return path


@pytest.fixture(scope="module")
def held(demo: Path) -> tuple[str, str, int]:
    """A held meeting's reference, its cluster and year (for minutes, agenda and binder)."""
    database = workspace.open_workspace(workspace.location(str(demo)))
    try:
        row = next(row for row in meetings.list_meetings(database, limit=500) if row.status.value == "held")
        years = documents.binder_years(database, row.cluster_code)
        return row.ref, row.cluster_code, years[-1]
    finally:
        database.close()


@pytest.fixture(scope="module")
def someone(demo: Path) -> str:
    """The e-mail of a person of the demo (the same in every demo of the same day)."""
    database = workspace.open_workspace(workspace.location(str(demo)))
    try:
        return next(str(person.email) for person in directory.list_people(database) if person.email)
    finally:
        database.close()


@pytest.fixture(scope="module")
def approved(demo: Path) -> str:
    """A meeting of the demo whose minutes were approved (at the next meeting)."""
    database = workspace.open_workspace(workspace.location(str(demo)), readonly=True)
    try:
        return next(
            row.ref for row in meetings.list_meetings(database, limit=500) if row.minutes_status.value == "approved"
        )
    finally:
        database.close()


@pytest.fixture(scope="module")
def later(demo: Path, held: tuple[str, str, int]) -> tuple[str, int]:
    """The held meeting's cluster's next meeting, planned, and the number of an item of the held meeting that may be
    parked and moved (no decisions; not one of the items every meeting starts with, nor a standing one)."""
    ref, cluster, _ = held
    database = workspace.open_workspace(workspace.location(str(demo)), readonly=True)
    try:
        rows = [row for row in meetings.list_meetings(database, limit=500) if row.cluster_code == cluster]
        starts = next(row.starts_at for row in rows if row.ref == ref)
        planned = min((row for row in rows if row.starts_at > starts), key=lambda row: row.starts_at)
        assert planned.status.value == "planned", planned
        item = next(
            item
            for item in agenda.agenda(database, ref)
            if not (item.decisions or item.matters_arising or item.approves or item.standing)
        )
        return planned.ref, item.position
    finally:
        database.close()


def _newest_topic(demo: Path, cluster: str) -> str:
    """The ID of the cluster's newest topic, as the run before this one left it (read when the run is made)."""
    database = workspace.open_workspace(workspace.location(str(demo)), readonly=True)
    try:
        return str(max((row.id for row in backlog.backlog(database, cluster)), default=1))
    finally:
        database.close()


def runs(
    demo: Path,
    out: Path,
    held: tuple[str, str, int],
    someone: str = "nobody@example.pt",
    approved: str = "",
    later: tuple[str, int] = ("AGRO-2026-03", 3),
) -> Iterator[list[str]]:
    ref, cluster, year = held
    db = ["--db", str(demo)]
    yield ["info", *db]
    yield ["info", *db, "--json"]
    yield ["--db", str(demo), "--verbose", "info"]  # the database and the log level before the command
    url = f"sqlite:///{demo}"  # any SQLAlchemy URL; team mode's PostgreSQL is a later issue
    yield ["--database-url", url, "info"]
    for command in (["info"], ["check"], ["actions"], ["dashboard"], ["backup", str(out / "url.sqlite")]):
        yield [*command, "--database-url", url]
    yield ["check", *db]
    yield ["check", *db, "--repair"]
    yield ["backup", *db, str(out / "copy.sqlite")]
    yield ["demo", "--db", str(out / "scaled.sqlite"), "--scale", "1", "--as-of", AS_OF, "--lang", "pt"]
    yield ["init", "--db", str(out / "new.sqlite")]
    yield ["init", "--database-url", f"sqlite:///{out / 'new-by-url.sqlite'}"]
    for status in ("open", "any", "in progress", "done", "dropped"):
        yield ["actions", *db, "--status", status, "--as-of", AS_OF]
    yield ["actions", *db, "--cluster", cluster, "--cluster", "AEC", "--overdue", "--as-of", AS_OF]
    yield ["actions", *db, "--due-within", "30", "--goal", "2", "--text", "the", "--as-of", AS_OF]
    yield ["dashboard", *db]
    yield ["dashboard", *db, "--cluster", cluster, "--as-of", AS_OF]
    yield ["export", "xlsx", str(out / "all.xlsx"), *db]
    yield ["export", "xlsx", str(out / "some.xlsx"), *db, "--cluster", cluster, "--from", "2025-01-01", "--to", AS_OF]
    yield ["import", "xlsx", str(out / "all.xlsx"), *db, "--dry-run"]
    yield ["import", "xlsx", str(out / "all.xlsx"), "--db", str(out / "not-yet.sqlite"), "--dry-run"]
    yield ["import", "xlsx", str(out / "all.xlsx"), *db]
    yield ["export", "ods", str(out / "all.ods"), *db]
    yield ["export", "ods", str(out / "some.ods"), *db, "--cluster", cluster, "--from", "2025-01-01", "--to", AS_OF]
    yield ["export", "ods", str(out / "all-pt.ods"), "--database-url", url, "--lang", "pt"]
    yield ["import", "ods", str(out / "all.ods"), *db, "--dry-run"]
    yield ["import", "ods", str(out / "all-pt.ods"), "--database-url", url]
    for language in ("pt", "en"):
        yield ["export", "xlsx", str(out / f"all-{language}.xlsx"), *db, "--lang", language]
        yield ["import", "xlsx", str(out / f"all-{language}.xlsx"), *db, "--dry-run"]
        yield ["export", "ics", str(out / f"planned-{language}.ics"), *db, "--lang", language]
        yield ["export", "minutes", ref, str(out / f"minutes-{language}.pdf"), *db, "--lang", language]
        yield ["export", "agenda", ref, str(out / f"agenda-{language}.pdf"), *db, "--lang", language]
        yield ["export", "actions", str(out / f"actions-{language}.pdf"), *db, "--lang", language]
        yield ["export", "decisions", str(out / f"register-{language}.pdf"), *db, "--lang", language]
        binder = out / f"binder-{language}.pdf"
        yield ["export", "binder", "--cluster", cluster, "--year", str(year), str(binder), *db, "--lang", language]
    yield ["export", "ics", str(out / "one.ics"), *db, "--ref", ref]
    yield ["attach", *db, ref, str(out / "minutes-pt.pdf"), "--item", "1", "--max-size", "20"]
    yield ["attach", "--database-url", url, ref, str(out / "minutes-en.pdf"), "--allow-executable"]
    yield ["attachments", *db, ref]
    yield ["attachments", "--database-url", url, ref, "--json"]
    yield ["attachment", "get", *db, ref, "minutes-pt.pdf", str(out / "attached.pdf")]
    yield ["attachment", "get", "--database-url", url, ref, "minutes-en.pdf", str(out / "attached-en.pdf")]
    yield ["minutes", "history", ref, *db]
    yield ["minutes", "history", ref, "--json", "--database-url", url]
    yield ["minutes", "diff", ref, "1", "2", *db]
    yield ["minutes", "diff", ref, "1", "2", "--database-url", url]
    # The record you can prove: the archived PDF/A of approved minutes verified; signing refused for a draft.
    yield ["export", "minutes", approved, str(out / "approved.pdf"), *db, "--lang", "pt"]
    yield ["verify", str(out / "approved.pdf"), *db]
    yield ["verify", str(out / "approved.pdf"), "--json", "--database-url", url]
    signed = ["--password-stdin", "--reason", "Aprovação", "--lang", "pt"]
    yield ["sign", *db, ref, str(out / "signed.pdf"), "--pkcs12", str(out / "none.p12"), *signed]
    card = ["--slot", "0", "--key-label", "CITIZEN SIGNATURE KEY", "--token-label", "CARTAO DE CIDADAO"]
    pkcs11 = ["--pkcs11-lib", "/usr/lib/softhsm/libsofthsm2.so", *card, "--password-stdin"]
    yield ["sign", "--database-url", url, ref, str(out / "card.pdf"), *pkcs11]
    yield ["attach-signed", *db, ref, str(out / "minutes-pt.pdf")]
    yield ["attach-signed", "--database-url", url, ref, str(out / "minutes-pt.pdf")]
    yield ["signed", ref, *db]
    yield ["signed", "--database-url", url, ref, "--out", str(out / "copy.pdf")]
    yield ["search", "approval", "--year", str(year), *db]
    search = ["--json", "--cluster", cluster, "--kind", "agenda_item", "--kind", "decision", "--limit", "5"]
    yield ["search", "approval", *search, "--database-url", url]
    yield ["decisions", *db]
    yield ["decisions", *db, "--cluster", cluster, "--year", str(year), "--goal", "2", "--text", "the", "--json"]
    yield ["decisions", "--database-url", url, "--cluster", cluster]
    yield [
        "export",
        "decisions",
        str(out / "reg1.pdf"),
        "--database-url",
        url,
        "--cluster",
        cluster,
        "--year",
        str(year),
    ]
    # The backlog: topics added, listed, removed, pulled into the planned meeting; items copied, moved and parked.
    planned, item = later
    topic = ["Training plan for 2027", "--presenter", "Rui Costa", "--planned", "20", "--minutes", "Draft."]
    yield ["backlog", "add", *db, cluster, *topic]
    yield ["backlog", "add", "--database-url", url, cluster, "Calls for 2027"]
    yield ["backlog", "list", *db, cluster]
    yield ["backlog", "list", "--database-url", url, cluster, "--json"]
    yield ["backlog", "remove", *db, _newest_topic(demo, cluster)]
    yield ["backlog", "pull", *db, _newest_topic(demo, cluster), planned, "--position", "3"]
    yield ["item", "duplicate", *db, ref, str(item)]
    yield ["item", "duplicate", "--database-url", url, ref, str(item)]
    yield ["item", "move", *db, ref, str(item + 1)]
    yield ["item", "move", "--database-url", url, ref, str(item + 1)]
    yield ["backlog", "park", *db, ref, str(item)]
    yield ["backlog", "pull", "--database-url", url, _newest_topic(demo, cluster), planned]
    yield ["backlog", "park", "--database-url", url, planned, "3"]
    yield ["backlog", "remove", "--database-url", url, _newest_topic(demo, cluster)]
    yield ["audit", *db]
    yield ["audit", "--ref", approved, "--since", "2020-01-01", "--json", "--database-url", url]
    yield ["audit", "verify", *db]
    yield ["audit", "verify", "--database-url", url]
    yield ["demo", "--database-url", f"sqlite:///{out / 'elsewhere.sqlite'}"]  # refused: see REFUSED
    yield ["demo", "--db", str(out / "fresh.sqlite"), "--as-of", AS_OF]
    fresh = ["--database-url", f"sqlite:///{out / 'fresh.sqlite'}"]
    for export in (["xlsx", str(out / "u.xlsx")], ["ics", str(out / "u.ics")], ["actions", str(out / "u.pdf")]):
        yield ["export", *export, *fresh]
    yield ["export", "minutes", ref, str(out / "um.pdf"), *fresh]
    yield ["export", "agenda", ref, str(out / "ua.pdf"), *fresh]
    yield ["export", "binder", "--cluster", cluster, "--year", str(year), str(out / "ub.pdf"), *fresh]
    yield ["import", "xlsx", str(out / "u.xlsx"), *fresh, "--dry-run"]
    yield ["copy", *db, "--to", str(out / "copied.sqlite")]  # to and from a server: tests/pg/test_copy.py
    yield ["copy", "--database-url", url, "--to", f"sqlite:///{out / 'copied-by-url.sqlite'}"]
    for where in (db, ["--database-url", url]):
        yield ["user", "add", "ana", "--name", "Ana Lopes", "--role", "secretary", *where]
        yield ["user", "list", *where]
    yield ["erase", "person", someone, *fresh]  # last: the person is gone afterwards
    yield ["erase", "person", someone, *db]
    yield ["export", "actions", str(out / "one-cluster.pdf"), *db, "--cluster", cluster, "--as-of", AS_OF]


def test_every_documented_option_runs(
    demo: Path,
    held: tuple[str, str, int],
    someone: str,
    approved: str,
    later: tuple[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv in runs(demo, tmp_path, held, someone, approved, later):
        code = main(argv)
        said = capsys.readouterr()
        assert "unexpected error" not in said.err, f"{argv}: {said.err}"
        refused = REFUSED.get(" ".join(argv[:2]))
        if refused is not None:
            assert code == 1 and refused in said.err and "Traceback" not in said.err, said.err
            continue
        assert code == 0, f"pactdesk {' '.join(argv)} → {code}: {said.err}"


def test_actions_status_any_lists_every_action(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    counts = {}
    for status in ("any", "open", "done", "dropped"):
        assert main(["actions", "--db", str(demo), "--status", status, "--as-of", AS_OF]) == 0
        counts[status] = len([line for line in capsys.readouterr().out.splitlines() if "-A" in line])
    assert counts["any"] == counts["open"] + counts["done"] + counts["dropped"] > counts["open"] > 0


def _options(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _options(sub, (*path, name))
        elif action.option_strings and action.dest not in ("help", "version"):
            yield path, max(action.option_strings, key=len)


def test_every_option_of_the_parser_is_run_above(demo: Path, held: tuple[str, str, int], tmp_path: Path) -> None:
    used: set[tuple[tuple[str, ...], str]] = set()
    for argv in runs(demo, tmp_path, held, approved="AEC-2024-01"):
        words = [word for word in argv if not word.startswith("-")]
        for option in (word for word in argv if word.startswith("--")):
            for depth in range(len(words), -1, -1):
                used.add((tuple(words[:depth]), option))
    untested = {
        (" ".join(path), option)
        for path, option in _options(build_parser())
        if (path, option) not in used and path != ("present",)  # the window: tests/gui/presentation/
    }
    assert not untested, f"options no run uses: {sorted(untested)}"
