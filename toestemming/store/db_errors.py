"""Storage failures in Dutch: which SQLite result codes mean "the disk or the file failed"
and what the worker is told. db.py (the one module that imports sqlcipher3) reads the code
from the driver's exception and asks `storage_error`."""

from __future__ import annotations

from ..errors import IntegrityFailure, ToestemmingError, VaultError

# SQLite primary result codes (errorcode & 0xff) that mean "the storage failed", as opposed to
# constraint/trigger refusals (which the use cases handle) or programming errors.
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 3, 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26

_ERRSTR_CODES = {
    "database or disk is full": _SQLITE_FULL,
    "disk I/O error": _SQLITE_IOERR,
    "attempt to write a readonly database": _SQLITE_READONLY,
    "unable to open database file": _SQLITE_CANTOPEN,
    "database disk image is malformed": _SQLITE_CORRUPT,
    "file is not a database": _SQLITE_NOTADB,
}

DISK_FULL_MESSAGE = (
    "De schijf is vol: de laatste wijziging is niet opgeslagen. Wat eerder was opgeslagen blijft "
    "bewaard. Maak ruimte vrij en probeer het opnieuw."
)
READ_ONLY_MESSAGE = (
    "In de map van de kluis kan niet worden geschreven (alleen-lezen of geen rechten). Niets is "
    "gewijzigd. Zet de kluis in een map waarin u mag schrijven, of vraag de beheerder om rechten."
)
IO_MESSAGE = (
    "Lezen of schrijven van het kluisbestand is mislukt (schijf vol, losgekoppeld of defect?). "
    "De laatste wijziging is niet opgeslagen."
)
CORRUPT_MESSAGE = (
    "Het kluisbestand is beschadigd. Open de kluis opnieuw om te zien wat er mis is, of zet de "
    "laatste reservekopie terug."
)


def storage_error(exc: BaseException, code: object) -> ToestemmingError | None:
    """The typed error for SQLite's result `code` (None: fall back on SQLite's fixed English
    text, which never contains data), or None when it is not a storage failure."""
    primary = _ERRSTR_CODES.get(str(exc), -1) if code is None else int(str(code)) & 0xFF
    if primary == _SQLITE_FULL:
        return VaultError(message_id="error-db-disk-full-last-change")
    if primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM):
        return VaultError(message_id="error-db-folder-read-only")
    if primary == _SQLITE_IOERR:
        return VaultError(message_id="error-db-reading-writing-vault-file")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return IntegrityFailure(message_id="error-db-vault-file-damaged-open")
    return None
