"""The commands that sign the approved minutes and keep signed copies: ``sign`` (with a certificate file, or a smart
card such as the Cartão de Cidadão through its PKCS#11 module), ``attach-signed`` (a copy signed elsewhere) and
``signed`` (the copies kept, and one written out). A password or PIN is asked for, or read from standard input, and
kept nowhere."""

from __future__ import annotations

import argparse
import getpass
import locale
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pactdesk.cli.common import EXIT_OK, database_location, open_for_reading
from pactdesk.domain.errors import ExchangeError, PactDeskError
from pactdesk.domain.messages import say

if TYPE_CHECKING:
    from pactdesk.services.signing import AttachedCopy

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], database_options: DatabaseOptions
) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""
    from pactdesk.exchange.pdf.words import LANGUAGES, language_of

    sign = commands.add_parser(
        "sign",
        help="sign the approved minutes (PAdES) with a certificate file or a smart card such as the Cartão de "
        "Cidadão, write the signed PDF and keep it as their signed copy",
    )
    database_options(sign)
    sign.add_argument("ref", metavar="REF", help="the meeting's reference, e.g. TEX-2026-01")
    sign.add_argument("out", metavar="OUT.pdf", help="the signed PDF to write")
    how = sign.add_mutually_exclusive_group(required=True)
    how.add_argument("--pkcs12", metavar="FILE.p12", help="sign with the certificate and key in this .p12 or .pfx file")
    how.add_argument(
        "--pkcs11-lib",
        metavar="LIB",
        help="sign with a smart card or token through this PKCS#11 module (the Cartão de Cidadão's: "
        "/usr/local/lib/libpteidpkcs11.so on Linux, /usr/local/lib/libpteidpkcs11.dylib on macOS, "
        r"C:\Windows\System32\pteidpkcs11.dll on Windows)",
    )
    sign.add_argument("--slot", metavar="N", type=int, help="the card's slot, counted from 0 (default: the one card)")
    sign.add_argument(
        "--key-label", metavar="L", help="the key's label (default: CITIZEN SIGNATURE KEY, else the only signing key)"
    )
    sign.add_argument("--token-label", metavar="T", help="the card's or token's label, when several are present")
    sign.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password (or PIN) from the first line of standard input instead of asking for it",
    )
    sign.add_argument("--reason", metavar="TEXT", default="", help='the reason the signature gives, e.g. "Aprovação"')
    sign.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=language_of(locale.getlocale()[0] or os.environ.get("LANG")),
        help="the language of the archived PDF, when it is made now: pt or en (default: your system's, else English)",
    )

    attach = commands.add_parser(
        "attach-signed",
        help="keep a copy of the approved minutes signed elsewhere (e.g. in Autenticação.gov), once its signatures "
        "and its content are checked",
    )
    database_options(attach)
    attach.add_argument("ref", metavar="REF", help="the meeting's reference")
    attach.add_argument("file", metavar="FILE.pdf", help="the signed PDF")

    signed = commands.add_parser("signed", help="the signed copies kept of a meeting's minutes: who signed, when")
    database_options(signed)
    signed.add_argument("ref", metavar="REF", help="the meeting's reference")
    signed.add_argument("--out", metavar="OUT.pdf", help="write the last signed copy kept to this file")


def sign(args: argparse.Namespace) -> int:
    from pactdesk.exchange.atomic import atomic_file
    from pactdesk.services import signing, workspace

    on_card = bool(args.pkcs11_lib)
    if not on_card and (args.slot is not None or args.key_label or args.token_label):
        raise PactDeskError(
            say(
                "--slot, --key-label and --token-label choose a key on a card: use them with --pkcs11-lib.",
                "--slot, --key-label e --token-label escolhem uma chave num cartão: use-as com --pkcs11-lib.",
            )
        )
    target = Path(args.out).expanduser()
    database = workspace.open_workspace(database_location(args))
    kept: AttachedCopy | None = None
    try:
        # Everything that can be refused is refused before the password is asked for.
        approved = signing.approved_pdf(database, args.ref, args.lang)
        library = signing.module_path(Path(args.pkcs11_lib)) if on_card else None
        if not on_card:
            signing.certificate_file(Path(args.pkcs12))
        try:
            with atomic_file(target) as temporary:
                signed = _signed(args, approved.content, library)
                kept = signing.attach_signed(database, approved.ref, signed, target.name)
                temporary.write_bytes(signed)
        except ExchangeError as error:
            if kept is None:
                raise
            raise ExchangeError(
                f"{error} "
                + say(
                    "The signed copy is kept in PactDesk: pactdesk signed {ref} --out FILE.pdf writes it.",
                    "A cópia assinada está guardada no PactDesk: pactdesk signed {ref} --out FICHEIRO.pdf escreve-a.",
                    ref=approved.ref,
                )
            ) from error
    finally:
        database.close()
    assert kept is not None
    print(f"Version {approved.version} of the minutes of {approved.ref} signed and written to {target.absolute()}.")
    for signature in kept.signatures[-1:]:
        print(f"  {signature.summary}")
    print(f"Kept as a signed copy of the minutes (pactdesk signed {approved.ref} lists them).")
    return EXIT_OK


def _signed(args: argparse.Namespace, content: bytes, library: str | None) -> bytes:
    """``content`` signed as ``args`` say; the password or PIN lives in this call only."""
    from pactdesk.services import signing

    if library is not None:
        pin = _secret(args, "PIN of the card (leave it empty if the card asks for it in its own window)")
        return signing.sign_pkcs11(
            content,
            Path(library),
            pin,
            slot=args.slot,
            key_label=args.key_label,
            token_label=args.token_label,
            reason=args.reason,
        )
    password = _secret(args, f"Password of {Path(args.pkcs12).name}")
    return signing.sign_pkcs12(
        content, Path(args.pkcs12), password.encode("utf-8") if password else None, reason=args.reason
    )


def _secret(args: argparse.Namespace, prompt: str) -> str:
    """The password or PIN: the first line of standard input with --password-stdin, else asked for on the terminal
    without showing it. It is handed to the signing and kept nowhere, logged nowhere."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"{prompt}: ")
    raise PactDeskError(
        say(
            "There is no terminal to ask for the password or PIN in: give it on standard input with --password-stdin.",
            "Não há nenhum terminal onde pedir a palavra-passe ou o PIN: indique-a na entrada padrão com "
            "--password-stdin.",
        )
    )


def attach_signed(args: argparse.Namespace) -> int:
    from pactdesk.services import signing, workspace

    source = Path(args.file).expanduser()
    data = _read(source)
    database = workspace.open_workspace(database_location(args))
    try:
        kept = signing.attach_signed(database, args.ref, data, source.name)
    finally:
        database.close()
    for signature in kept.signatures:
        print(signature.summary)
    if kept.already_kept:
        print(
            f"{kept.name} was already kept as a signed copy of version {kept.version} of the minutes of {kept.ref} "
            f"(by {kept.created_by or 'someone'}, {kept.created_at:%Y-%m-%d %H:%M}); it is kept once."
        )
    else:
        print(f"{kept.name} kept as a signed copy of version {kept.version} of the minutes of {kept.ref}.")
    return EXIT_OK


def _read(source: Path) -> bytes:
    from pactdesk.services import proof

    return proof.read_pdf(source)


def signed(args: argparse.Namespace) -> int:
    from pactdesk.exchange.atomic import atomic_file
    from pactdesk.services import signing

    database = open_for_reading(args)
    try:
        copies = signing.signed_copies(database, args.ref)
        chosen = signing.signed_copy(database, args.ref) if args.out else None
    finally:
        database.close()
    if not copies:
        print(f"No signed copy of the minutes of {args.ref.strip().upper()} is kept.")
    for number, copy in enumerate(copies, start=1):
        when = f"{copy.signed_at:%Y-%m-%d %H:%M}" if copy.signed_at else "no time given"
        print(f"{number}  version {copy.version}  {copy.name}  signed by {copy.signer} ({when})")
        print(f"   kept {copy.created_at:%Y-%m-%d %H:%M} by {copy.created_by or 'someone'}  SHA-256 {copy.sha256}")
    if chosen is not None:
        target = Path(args.out).expanduser()
        with atomic_file(target) as temporary:
            temporary.write_bytes(chosen[1])
        print(f"Signed copy {len(copies)} ({chosen[0].name}) written to {target.absolute()}.")
    return EXIT_OK


HANDLERS: dict[str, Handler] = {"sign": sign, "attach-signed": attach_signed, "signed": signed}
