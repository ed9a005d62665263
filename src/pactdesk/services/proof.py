"""The minutes you can prove, as files: the archived PDF/A of approved minutes, kept byte for byte with its SHA-256
the first time it is made, and what a PDF someone holds turns out to be (``verify``).

``verify`` asks, in order: is the file, byte for byte, one PactDesk keeps (its SHA-256 is a kept document's)? Does
it begin with one, something added after it (a signature)? Does it carry PactDesk's claims (exchange/pdf/pdfa.py),
and does writing that version again give the same bytes? A damaged or hostile file is "not a readable PDF", and a
PDF without the claims is "not one of PactDesk's": each is a verdict with one sentence, never an error.

It runs past 600 lines because each verdict says what the file is in its own sentence, in English and in European
Portuguese side by side, where it is given (as domain/messages.py asks); the logic is the half of it."""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import io
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pikepdf
from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import ExchangeError, PactDeskError, StaleError, ValidationError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Meeting, MinutesDocument, MinutesVersion
from pactdesk.exchange.pdf import minutes as minutes_pdf
from pactdesk.exchange.pdf import pdfa
from pactdesk.exchange.pdf.words import LANGUAGES
from pactdesk.services import documents, minutes_versions
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.services.team import display_name
from pactdesk.store import authorship
from pactdesk.store.database import Database

if TYPE_CHECKING:
    from pactdesk.services.signing import Signature

logger = logging.getLogger(__name__)

ARCHIVED = "archived"
SIGNED = "signed"
LARGEST_FILE = 200 * 1024 * 1024  # far past any minutes: a larger file is refused before it is read into memory


class Finding(enum.Enum):
    """What a PDF turned out to be."""

    ARCHIVED = "archived"  # the approved minutes in force, unchanged
    SIGNED_COPY = "signed_copy"  # those, signed, every signature intact
    CHANGED = "changed"  # PactDesk's minutes, changed after they were written
    OTHER_VERSION = (
        "other_version"  # PactDesk's minutes, but not the approved version in force (a draft, a superseded one)
    )
    NOT_OURS = "not_ours"  # a PDF, not one of PactDesk's
    UNREADABLE = "unreadable"  # not a PDF, damaged, empty or protected by a password
    UNKNOWN_MEETING = "unknown_meeting"  # PactDesk's, of a meeting or version this database does not hold


@dataclass(frozen=True)
class Verdict:
    what: Finding
    sentence: str  # in the window's language
    ref: str = ""
    version: int | None = None
    minutes_status: MinutesStatus | None = None  # of the version the file shows
    fingerprint: str = ""  # of that version
    approved: bool = False  # the file is the approved minutes in force, unchanged (or a signed copy of them)
    signatures: tuple[Signature, ...] = ()  # every signature in the file, first signed first (services/signing.py)
    sha256: str = ""  # the file's own
    in_database: bool = False  # the meeting is in this database (the window offers to open it)


@dataclass(frozen=True)
class Archived:
    """The archived PDF/A of approved minutes: ``kept`` when it is (now) stored with its version."""

    ref: str
    version: int
    fingerprint: str
    language: str
    name: str
    data: bytes
    sha256: str
    kept: bool


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def archive_name(ref: str, version: int, language: str) -> str:
    """The name an archived PDF/A is kept under: one per version and language."""
    return f"{ref}-minutes-v{version}-{language}.pdf"


# -- the archived PDF/A ---------------------------------------------------------------------------------------------


def archived_pdf(db: Database, ref: str, language: str = "pt") -> bytes:
    """The PDF/A-2b of the latest approved version of the minutes of ``ref`` in ``language`` (see ``archive``)."""
    return archive(db, ref, language).data


def archive(db: Database, ref: str, language: str = "pt") -> Archived:
    """The PDF/A-2b of the approved minutes of ``ref``: made and kept with its version (kind "archived", its SHA-256
    and size) the first time, and returned from there, byte for byte, every time after. A database this login may
    not change gets the same bytes made afresh, not kept (``kept`` False). Refuses minutes that are not approved."""
    if language not in LANGUAGES:
        raise ValidationError(
            say(
                "Minutes are written in Portuguese (pt) or English (en), not {language}.",
                "As atas são escritas em português (pt) ou inglês (en), não em {language}.",
                language=language,
            ),
            "language",
        )
    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        ref = meeting.ref
        _refuse_unapproved(meeting)
        version = _latest(session, meeting)
        if version is not None and version.minutes_status is MinutesStatus.APPROVED:
            found = _kept_archive(session, version, language)
            if found is not None:
                return found
    record = documents.meeting_record(db, ref)
    if not minutes_pdf.archival(record):
        if not db.can_write:
            raise ValidationError(
                say(
                    "The minutes of {ref} were approved before PactDesk kept versions, and this database cannot be "
                    "changed here to keep one now; export them where the database can be changed.",
                    "A ata de {ref} foi aprovada antes de o PactDesk guardar versões, e esta base de dados não pode "
                    "ser alterada aqui para guardar uma agora; exporte-a onde a base de dados possa ser alterada.",
                    ref=ref,
                )
            )
        _keep_approved_version(db, ref)
        record = documents.meeting_record(db, ref)
    mark = record.version
    assert mark is not None and minutes_pdf.archival(record)
    data = minutes_pdf.minutes_pdf(record, language)
    name = archive_name(ref, mark.number, language)
    made = Archived(ref, mark.number, mark.fingerprint, language, name, data, _sha256(data), kept=False)
    if not db.can_write:
        return made
    with db.write() as session:
        meeting = meeting_by_ref(session, ref)
        version = _latest(session, meeting)
        if version is None or version.number != mark.number or meeting.minutes_status is not MinutesStatus.APPROVED:
            raise StaleError(
                say(
                    "The minutes of {ref} changed while their PDF/A was being written; try again.",
                    "A ata de {ref} foi alterada enquanto o PDF/A era escrito; tente de novo.",
                    ref=ref,
                ),
                changed_by="",
                changed_at=None,
                version=mark.number,
            )
        found = _kept_archive(session, version, language)
        if found is not None:  # someone else kept it meanwhile: theirs is the record
            return found
        session.add(
            MinutesDocument(
                version_id=version.id,
                kind=ARCHIVED,
                name=name,
                sha256=made.sha256,
                size=len(data),
                content=data,
                created_by=authorship.writer(session),
            )
        )
    return Archived(ref, mark.number, mark.fingerprint, language, name, data, made.sha256, kept=True)


def _refuse_unapproved(meeting: Meeting) -> None:
    if meeting.minutes_status is not MinutesStatus.APPROVED:
        raise ValidationError(
            say(
                "The minutes of {ref} are not approved, so they have no archived PDF/A: approve them first, or "
                "export them as they stand.",
                "A ata de {ref} não está aprovada, pelo que não tem PDF/A arquivado: aprove-a primeiro, ou "
                "exporte-a tal como está.",
                ref=meeting.ref,
            ),
            "minutes_status",
        )


def _latest(session: Session, meeting: Meeting) -> MinutesVersion | None:
    return session.scalar(
        select(MinutesVersion)
        .where(MinutesVersion.meeting_id == meeting.id)
        .order_by(MinutesVersion.number.desc())
        .limit(1)
    )


def _kept_archive(session: Session, version: MinutesVersion, language: str) -> Archived | None:
    kept = session.scalar(
        select(MinutesDocument)
        .where(
            MinutesDocument.version_id == version.id,
            MinutesDocument.kind == ARCHIVED,
            MinutesDocument.name == archive_name(version_ref(session, version), version.number, language),
        )
        .order_by(MinutesDocument.id)
        .limit(1)
    )
    if kept is None:
        return None
    data = bytes(kept.content)
    if _sha256(data) != kept.sha256:
        raise ExchangeError(
            say(
                "The archived PDF/A of {name} no longer matches the SHA-256 kept with it: the database was damaged. "
                "Restore it from a backup.",
                "O PDF/A arquivado {name} já não corresponde ao SHA-256 guardado com ele: a base de dados foi "
                "danificada. Reponha-a a partir de uma cópia de segurança.",
                name=kept.name,
            )
        )
    return Archived(
        version_ref(session, version), version.number, version.fingerprint, language, kept.name, data, kept.sha256, True
    )


def version_ref(session: Session, version: MinutesVersion) -> str:
    return str(session.scalar(select(Meeting.ref).where(Meeting.id == version.meeting_id)))


def _keep_approved_version(db: Database, ref: str) -> None:
    """Approved minutes without an approved version that stands as they do (approved before versions were kept):
    keep them as they stand, so the archive has a version and a fingerprint to name."""
    with db.write() as session:
        meeting = meeting_by_ref(session, ref)
        _refuse_unapproved(meeting)
        minutes_versions.record(session, meeting)


# -- what a PDF is --------------------------------------------------------------------------------------------------


def verify_file(db: Database, path: Path) -> Verdict:
    """``verify`` of the file at ``path``; a missing, unreadable or far too large file is refused in one sentence."""
    return verify(db, read_pdf(path))


def read_pdf(path: Path) -> bytes:
    """The bytes of the PDF at ``path`` (the minutes, or a signed copy of them); a folder, a missing, unreadable or
    far too large file is refused in one sentence, before a large one is read into memory."""
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            raise ExchangeError(
                say("{path} is a folder; choose a PDF file.", "{path} é uma pasta; escolha um ficheiro PDF.", path=path)
            )
        size = path.stat().st_size
        if size > LARGEST_FILE:
            raise ExchangeError(
                say(
                    "{name} is too large to be minutes ({size} MB); choose the PDF of the minutes.",
                    "{name} é demasiado grande para ser uma ata ({size} MB); escolha o PDF da ata.",
                    name=path.name,
                    size=size // (1024 * 1024),
                )
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise ExchangeError(
            say(
                "There is no file {path}; check its name and folder.",
                "Não existe o ficheiro {path}; verifique o nome e a pasta.",
                path=path,
            )
        ) from error
    except OSError as error:
        raise ExchangeError(
            say(
                "{path} could not be read ({reason}); check that you may open it.",
                "Não foi possível ler {path} ({reason}); verifique se tem permissão para o abrir.",
                path=path,
                reason=error.strerror or error,
            )
        ) from error


def verify(db: Database, data: bytes) -> Verdict:
    """What the PDF ``data`` is: see the module's docstring."""
    sha = _sha256(data)
    if not data:
        return Verdict(
            Finding.UNREADABLE,
            say("This file is empty: it is not a PDF.", "Este ficheiro está vazio: não é um PDF."),
            sha256=sha,
        )
    with db.read() as session:
        kept = session.scalar(
            select(MinutesDocument).where(MinutesDocument.sha256 == sha).order_by(MinutesDocument.id).limit(1)
        )
        if kept is not None and kept.size == len(data):
            return _kept_verdict(session, kept, sha, data)
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            claims = pdfa.claims_of(pdf)
    except pikepdf.PasswordError:
        return Verdict(
            Finding.UNREADABLE,
            say(
                "This PDF is protected by a password, so it cannot be checked; PactDesk never protects its minutes.",
                "Este PDF está protegido por uma palavra-passe, pelo que não pode ser verificado; o PactDesk nunca "
                "protege as suas atas.",
            ),
            sha256=sha,
        )
    except (pikepdf.PikepdfError, ValueError, TypeError, RecursionError) as error:
        logger.info("not a readable PDF: %s: %s", type(error).__name__, error)
        return Verdict(
            Finding.UNREADABLE,
            say(
                "This file is not a readable PDF: it is damaged, or it is another kind of file.",
                "Este ficheiro não é um PDF legível: está danificado, ou é de outro tipo.",
            ),
            sha256=sha,
        )
    signed = signatures_of(data)
    if claims is None:
        return Verdict(
            Finding.NOT_OURS,
            say(
                "This PDF was not written by PactDesk (it carries none of PactDesk's properties), so it cannot be "
                "checked against the minutes.",
                "Este PDF não foi escrito pelo PactDesk (não tem nenhuma das propriedades do PactDesk), pelo que não "
                "pode ser comparado com as atas.",
            ),
            signatures=signed,
            sha256=sha,
        )
    return dataclasses.replace(_claimed_verdict(db, data, sha, claims, signed), signatures=signed)


def signatures_of(data: bytes) -> tuple[Signature, ...]:
    """The signatures in a PDF (services/signing.py), or none when its signature fields cannot be read."""
    from pactdesk.services import signing  # pyHanko loads when a file is verified, not with every export

    try:
        return tuple(signing.signatures(data))
    except PactDeskError as error:
        logger.info("signatures not read: %s", error)
        return ()


def _signed_as_shown(data: bytes, signed: tuple[Signature, ...]) -> bool:
    """Whether ``data`` is signed, every signature intact with nothing but permitted updates after it, and no
    signature's own update changing what the first revision shows (pages, contents, annotations but its field)."""
    from pactdesk.services import signing

    return bool(signed) and all(
        signature.intact
        and not signature.modified_after_signing
        and signing.pages_as_original(data, signature.revision)
        for signature in signed
    )


def _kept_verdict(session: Session, kept: MinutesDocument, sha: str, data: bytes) -> Verdict:
    """The file is, byte for byte, a document PactDesk keeps."""
    version = kept.version
    ref = version_ref(session, version)
    facts = _Facts(session, version)
    signatures = signatures_of(data) if kept.kind == SIGNED else ()
    if not facts.in_force:
        return _of(Finding.OTHER_VERSION, facts.superseded(ref), ref, version, sha, signatures=signatures)
    if kept.kind == SIGNED:
        return _of(
            Finding.SIGNED_COPY,
            say(
                "This is a signed copy of the approved minutes of {ref} (version {number}), as kept in PactDesk, "
                "unchanged.",
                "Esta é uma cópia assinada da ata aprovada de {ref} (versão {number}), tal como guardada no "
                "PactDesk, sem alterações.",
                ref=ref,
                number=version.number,
            ),
            ref,
            version,
            sha,
            approved=True,
            signatures=signatures,
        )
    return _of(
        Finding.ARCHIVED,
        say(
            "This is the archived PDF/A of the approved minutes of {ref} (version {number}), unchanged.",
            "Este é o PDF/A arquivado da ata aprovada de {ref} (versão {number}), sem alterações.",
            ref=ref,
            number=version.number,
        ),
        ref,
        version,
        sha,
        approved=True,
    )


@dataclass(frozen=True)
class _Shown:
    """The version a file shows, read out of the session that found it."""

    number: int
    minutes_status: MinutesStatus
    fingerprint: str


def _of(
    what: Finding,
    sentence: str,
    ref: str,
    version: MinutesVersion | _Shown,
    sha: str,
    *,
    approved: bool = False,
    signatures: tuple[Signature, ...] = (),
) -> Verdict:
    """A verdict on a file that shows ``version`` of the minutes of ``ref``, a meeting of this database."""
    return Verdict(
        what,
        sentence,
        ref=ref,
        version=version.number,
        minutes_status=version.minutes_status,
        fingerprint=version.fingerprint,
        approved=approved,
        signatures=signatures,
        sha256=sha,
        in_database=True,
    )


class _Facts:
    """Where a version stands among the versions of its minutes: in force (the latest, and approved), or superseded
    by a reopening (when, and why)."""

    def __init__(self, session: Session, version: MinutesVersion) -> None:
        later = session.scalars(
            select(MinutesVersion)
            .where(MinutesVersion.meeting_id == version.meeting_id, MinutesVersion.number > version.number)
            .order_by(MinutesVersion.number)
        ).all()
        self.version = version
        self.in_force = version.minutes_status is MinutesStatus.APPROVED and not later
        reopened = next((row for row in later if row.minutes_status is not MinutesStatus.APPROVED), None)
        self.reopened_on: date | None = reopened.created_at.date() if reopened is not None else None
        self.reason = reopened.reason if reopened is not None else ""
        self.by = display_name(session, reopened.created_by) if reopened is not None else ""

    def superseded(self, ref: str) -> str:
        number = self.version.number
        if self.version.minutes_status is not MinutesStatus.APPROVED:
            return _not_approved(ref, number, self.version.minutes_status)
        if self.reopened_on is None:  # approved again without a reopening between (a later version, also approved)
            return say(
                "This is version {number} of the minutes of {ref}, as approved then and unchanged, but a later "
                "version has been kept since: it is not the version in force.",
                "Esta é a versão {number} da ata de {ref}, tal como foi aprovada e sem alterações, mas foi guardada "
                "depois uma versão posterior: não é a versão em vigor.",
                ref=ref,
                number=number,
            )
        return say(
            "This is version {number} of the minutes of {ref}, as approved then and unchanged, but it was superseded: "
            "the minutes were reopened on {day} by {who} ({reason}).",
            "Esta é a versão {number} da ata de {ref}, tal como foi aprovada e sem alterações, mas foi substituída: "
            "a ata foi reaberta em {day} por {who} ({reason}).",
            ref=ref,
            number=number,
            day=self.reopened_on,
            who=self.by or "—",
            reason=self.reason or "—",
        )


def _not_approved(ref: str, number: int, status: MinutesStatus) -> str:
    if status is MinutesStatus.CIRCULATED:
        return say(
            "This is the minutes of {ref} as circulated for approval (version {number}), not approved minutes.",
            "Esta é a ata de {ref} tal como circulou para aprovação (versão {number}), não uma ata aprovada.",
            ref=ref,
            number=number,
        )
    return say(
        "This is a draft of the minutes of {ref} (version {number}), not approved minutes.",
        "Este é um rascunho da ata de {ref} (versão {number}), não uma ata aprovada.",
        ref=ref,
        number=number,
    )


def _claimed_verdict(
    db: Database, data: bytes, sha: str, claims: pdfa.Claims, signed: tuple[Signature, ...]
) -> Verdict:
    """A PDF that says it is PactDesk's minutes, and is not byte for byte a document kept: is it what it says?"""
    with db.read() as session:
        meeting = session.scalar(select(Meeting).where(Meeting.ref == claims.ref))
        if meeting is None:
            return Verdict(
                Finding.UNKNOWN_MEETING,
                say(
                    "This PDF says it is the minutes of {ref}, but this database has no meeting {ref}: check it "
                    "against the database it came from.",
                    "Este PDF diz ser a ata de {ref}, mas esta base de dados não tem nenhuma reunião {ref}: "
                    "verifique-o na base de dados de onde veio.",
                    ref=claims.ref,
                ),
                ref=claims.ref,
                version=claims.version or None,
                fingerprint=claims.fingerprint,
                sha256=sha,
            )
        ref = meeting.ref
        version = session.scalar(
            select(MinutesVersion).where(
                MinutesVersion.meeting_id == meeting.id, MinutesVersion.number == claims.version
            )
        )
        if version is None:
            if claims.version == 0:  # minutes written before any version was kept: a draft
                return Verdict(
                    Finding.OTHER_VERSION,
                    say(
                        "This is a draft of the minutes of {ref}, written before any version of them was kept: not "
                        "approved minutes.",
                        "Este é um rascunho da ata de {ref}, escrito antes de ser guardada qualquer versão: não é uma "
                        "ata aprovada.",
                        ref=ref,
                    ),
                    ref=ref,
                    sha256=sha,
                    in_database=True,
                )
            return Verdict(
                Finding.UNKNOWN_MEETING,
                say(
                    "This PDF says it is version {number} of the minutes of {ref}, but this database holds no such "
                    "version: check it against the database it came from.",
                    "Este PDF diz ser a versão {number} da ata de {ref}, mas esta base de dados não tem essa versão: "
                    "verifique-o na base de dados de onde veio.",
                    ref=ref,
                    number=claims.version,
                ),
                ref=ref,
                version=claims.version,
                fingerprint=claims.fingerprint,
                sha256=sha,
                in_database=True,
            )
        if claims.fingerprint and claims.fingerprint != version.fingerprint:
            return _of(
                Finding.CHANGED,
                say(
                    "This PDF says it is version {number} of the minutes of {ref}, but its fingerprint is not that "
                    "version's: it was changed, or it comes from another database.",
                    "Este PDF diz ser a versão {number} da ata de {ref}, mas a impressão digital não é a dessa "
                    "versão: foi alterado, ou vem de outra base de dados.",
                    ref=ref,
                    number=version.number,
                ),
                ref,
                version,
                sha,
            )
        facts = _Facts(session, version)
        if _appended_to_kept(session, version, data) is not None:
            return _added_to(ref, version, sha, facts, _signed_as_shown(data, signed), bool(signed))
        if version.minutes_status is not MinutesStatus.APPROVED or not claims.fingerprint:
            if not claims.fingerprint:
                return _of(
                    Finding.OTHER_VERSION,
                    say(
                        "This is a draft of the minutes of {ref}, changed after version {number} was kept: not "
                        "approved minutes.",
                        "Este é um rascunho da ata de {ref}, alterado depois de guardada a versão {number}: não é "
                        "uma ata aprovada.",
                        ref=ref,
                        number=version.number,
                    ),
                    ref,
                    version,
                    sha,
                )
            return _of(
                Finding.OTHER_VERSION, _not_approved(ref, version.number, version.minutes_status), ref, version, sha
            )
        if not facts.in_force:
            sentence = say(
                "This PDF says it is version {number} of the minutes of {ref}, approved then but superseded since; "
                "no copy of it is kept, so its contents cannot be checked.",
                "Este PDF diz ser a versão {number} da ata de {ref}, aprovada então mas substituída depois; não há "
                "nenhuma cópia guardada, pelo que o conteúdo não pode ser verificado.",
                ref=ref,
                number=version.number,
            )
            return _of(Finding.OTHER_VERSION, sentence, ref, version, sha)
        shown = _Shown(version.number, version.minutes_status, version.fingerprint)
    return _written_again(db, data, claims, ref, shown, sha, signed)


def _appended_to_kept(session: Session, version: MinutesVersion, data: bytes) -> MinutesDocument | None:
    """A document kept of this version that ``data`` begins with (a PDF grows by incremental updates: a signature
    added elsewhere keeps the signed file as the start of the new one)."""
    for kept in session.scalars(
        select(MinutesDocument).where(MinutesDocument.version_id == version.id).order_by(MinutesDocument.id)
    ):
        if kept.size < len(data) and data.startswith(bytes(kept.content)):
            return kept
    return None


def _added_to(
    ref: str, version: MinutesVersion, sha: str, facts: _Facts, signed_as_shown: bool, signed: bool
) -> Verdict:
    """The file begins with a document kept of ``version``, with updates added after it."""
    if signed_as_shown and not facts.in_force:
        return _of(Finding.OTHER_VERSION, facts.superseded(ref), ref, version, sha)
    if signed_as_shown:
        return _of(Finding.SIGNED_COPY, _signed_copy(ref, version.number), ref, version, sha, approved=True)
    if signed:
        return _of(
            Finding.CHANGED,
            say(
                "This file is the archived minutes of {ref} (version {number}), signed, but a signature is not "
                "intact or the file was changed after it was signed.",
                "Este ficheiro é a ata arquivada de {ref} (versão {number}), assinada, mas uma assinatura não está "
                "intacta ou o ficheiro foi alterado depois de assinado.",
                ref=ref,
                number=version.number,
            ),
            ref,
            version,
            sha,
        )
    return _of(
        Finding.CHANGED,
        say(
            "This file begins as the archived minutes of {ref} (version {number}), but something was added to it "
            "after they were written, which PactDesk cannot vouch for.",
            "Este ficheiro começa como a ata arquivada de {ref} (versão {number}), mas foi-lhe acrescentado algo "
            "depois de escrita, que o PactDesk não pode garantir.",
            ref=ref,
            number=version.number,
        ),
        ref,
        version,
        sha,
    )


def _signed_copy(ref: str, number: int) -> str:
    return say(
        "This is a signed copy of the approved minutes of {ref} (version {number}): the archived PDF/A, every "
        "signature intact, nothing else changed.",
        "Esta é uma cópia assinada da ata aprovada de {ref} (versão {number}): o PDF/A arquivado, todas as "
        "assinaturas intactas, nada mais alterado.",
        ref=ref,
        number=number,
    )


def _written_again(
    db: Database, data: bytes, claims: pdfa.Claims, ref: str, version: _Shown, sha: str, signed: tuple[Signature, ...]
) -> Verdict:
    """The approved version in force, with no copy kept: write it again, and compare byte for byte (for a signed
    file, its first revision: what the first signer was shown)."""
    number = version.number
    again = b""
    if claims.language in LANGUAGES:
        try:
            record = documents.meeting_record(db, ref)
            if minutes_pdf.archival(record) and record.version is not None and record.version.number == number:
                again = minutes_pdf.minutes_pdf(record, claims.language)
        except PactDeskError as error:  # deleted meanwhile, or could not be laid out: not the same
            logger.info("could not write %s again to compare: %s", ref, error)
    if again and signed and data.startswith(again) and _signed_as_shown(data, signed):
        return _of(Finding.SIGNED_COPY, _signed_copy(ref, number), ref, version, sha, approved=True)
    if again and again == data:
        return _of(
            Finding.ARCHIVED,
            say(
                "This is the approved minutes of {ref} (version {number}), unchanged: PactDesk writes them again "
                "with the same bytes, though this copy was not kept on record.",
                "Esta é a ata aprovada de {ref} (versão {number}), sem alterações: o PactDesk volta a escrevê-la com "
                "os mesmos bytes, embora esta cópia não estivesse guardada.",
                ref=ref,
                number=number,
            ),
            ref,
            version,
            sha,
            approved=True,
        )
    return _of(
        Finding.CHANGED,
        say(
            "This PDF says it is the approved minutes of {ref} (version {number}), but its contents differ from "
            "them: it was changed after it was written.",
            "Este PDF diz ser a ata aprovada de {ref} (versão {number}), mas o conteúdo difere dela: foi alterado "
            "depois de escrito.",
            ref=ref,
            number=number,
        ),
        ref,
        version,
        sha,
    )
