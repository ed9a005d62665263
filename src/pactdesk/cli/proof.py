"""Commands of the record you can prove: ``pactdesk verify FILE.pdf``, which says what a PDF is: the approved minutes
as archived (or a signed copy of them), changed, another version, or not PactDesk's."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pactdesk.cli.common import EXIT_FAILED, EXIT_OK, open_for_reading

if TYPE_CHECKING:
    from pactdesk.services.proof import Verdict

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]

VERIFY_EPILOG = """\
exit status:
  0  the file is the approved minutes in force, unchanged: the archived PDF/A (or a signed copy of it)
  1  anything else: changed, another version (a draft, one superseded by a reopening), a meeting or version this
     database does not hold, not PactDesk's, not a readable PDF; or the check could not be made (no such file,
     no database)
  2  the command was given wrongly
"""


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], database_options: DatabaseOptions
) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""
    verify = commands.add_parser(
        "verify",
        help="say which meeting and version a PactDesk PDF is, and whether it is the approved minutes unchanged",
        description="Check a PDF against this database: the approved minutes as archived (byte for byte), a signed "
        "copy of them, a file changed after it was written, another version, or a PDF that is not PactDesk's.",
        epilog=VERIFY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    database_options(verify)
    verify.add_argument("file", metavar="FILE.pdf", help="the PDF to check")
    verify.add_argument("--json", action="store_true", help="print one JSON object")


def verify(args: argparse.Namespace) -> int:
    from pactdesk.services import proof

    database = open_for_reading(args)
    try:
        verdict = proof.verify_file(database, Path(args.file))
    finally:
        database.close()
    if args.json:
        print(json.dumps(as_json(verdict, args.file), ensure_ascii=False, indent=2))
    else:
        for line in described(verdict):
            print(line)
    return EXIT_OK if verdict.approved else EXIT_FAILED


def described(verdict: Verdict) -> list[str]:
    """The sentence, then what the file shows, a line each."""
    lines = [verdict.sentence]
    if verdict.ref:
        lines.append(f"  Meeting:      {verdict.ref}")
    if verdict.version is not None:
        status = f" ({verdict.minutes_status.value})" if verdict.minutes_status is not None else ""
        lines.append(f"  Version:      {verdict.version}{status}")
    if verdict.fingerprint:
        lines.append(f"  Fingerprint:  {verdict.fingerprint}")
    lines.append(f"  File SHA-256: {verdict.sha256}")
    for signature in verdict.signatures:
        when = signature.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if signature.signed_at else "—"
        state = "intact" if signature.intact else "NOT intact"
        if signature.modified_after_signing:
            state += ", modified after signing"
        if not signature.trusted:
            state += ", certificate not checked against a trusted authority"
        lines.append(f"  Signed by:    {signature.signer or '?'}, {when} ({state})")
    return lines


def as_json(verdict: Verdict, file: str) -> dict[str, object]:
    return {
        "file": file,
        "verdict": verdict.what.value,
        "approved": verdict.approved,
        "sentence": verdict.sentence,
        "meeting": verdict.ref or None,
        "version": verdict.version,
        "minutes_status": verdict.minutes_status.value if verdict.minutes_status is not None else None,
        "fingerprint": verdict.fingerprint or None,
        "sha256": verdict.sha256,
        "signatures": [
            {
                "signer": signature.signer,
                "signed_at": signature.signed_at.isoformat() if signature.signed_at else None,
                "intact": signature.intact,
                "modified_after_signing": signature.modified_after_signing,
                "trusted": signature.trusted,
                "summary": signature.summary,
            }
            for signature in verdict.signatures
        ],
    }


HANDLERS: dict[str, Handler] = {"verify": verify}
