"""The sentences for a database failure: what SQLite or the server said, as a ``StoreError`` a person understands,
in the window's language (``domain.messages.say``)."""

from __future__ import annotations

from pactdesk.domain.messages import say
from pactdesk.store import integrity, server
from pactdesk.store.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyDatabaseError,
    ServerUnreachableError,
    StoreError,
)


def translate(error: BaseException) -> StoreError:
    """A store error with a plain sentence for a database failure."""
    if server.is_lost_connection(error):
        return ServerUnreachableError(server_unreachable())
    original = getattr(error, "orig", None) or error
    text = str(original).lower()
    if "full" in text:
        return DiskFullError(
            say(
                "The disk is full, so the last change was not saved. Free some space and try again; everything saved "
                "before is intact.",
                "O disco está cheio, pelo que a última alteração não foi guardada. Liberte espaço e tente de novo; "
                "tudo o que foi guardado antes está intacto.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabaseError(
            say(
                "The database cannot be written to (it or its folder is read-only). The last change was not saved.",
                "Não é possível escrever na base de dados (ela ou a sua pasta são só de leitura). A última alteração "
                "não foi guardada.",
            )
        )
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(
            say(
                "Another program is holding the database. Wait a moment and try again; nothing was lost.",
                "Outro programa está a ocupar a base de dados. Aguarde um momento e tente de novo; nada se perdeu.",
            )
        )
    if integrity.is_corruption(original):
        return CorruptDatabaseError(
            say(
                "The database file is damaged ({reason}). Close PactDesk and start it again: it will keep the damaged "
                "file and restore the newest good backup.",
                "O ficheiro da base de dados está danificado ({reason}). Feche o PactDesk e volte a iniciá-lo: o "
                "ficheiro danificado fica guardado, e é reposta a cópia de segurança em bom estado mais recente.",
                reason=original,
            )
        )
    return StoreError(
        say(
            "The database could not be read or written: {reason}.",
            "Não foi possível ler ou escrever na base de dados: {reason}.",
            reason=original,
        )
    )


def server_unreachable() -> str:
    """``ServerUnreachableError.SENTENCE`` in the window's language."""
    return say(
        "The server cannot be reached; your text is kept here. PactDesk tries again.",
        "Não é possível contactar o servidor; o seu texto continua aqui. O PactDesk volta a tentar.",
    )
