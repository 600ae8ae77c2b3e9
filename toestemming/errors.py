"""Typed errors. Every message is Dutch, meant for the user, and never contains personal data
(no names, birth dates or addresses) so that it can safely reach logs or crash reports."""

from __future__ import annotations


class ToestemmingError(Exception):
    """Base class: `message` is the Dutch text shown to the user."""

    code = "fout"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(ToestemmingError):
    """Input is not acceptable; nothing was written."""

    code = "ongeldige_invoer"


class NotFoundError(ToestemmingError):
    code = "niet_gevonden"


class RuleViolation(ToestemmingError):
    """The action conflicts with the consent rules (e.g. wrong signer, sharing not covered)."""

    code = "niet_toegestaan"


class VaultError(ToestemmingError):
    code = "kluis"


class WrongPassphrase(VaultError):
    code = "verkeerde_wachtwoordzin"


class HeaderMissing(VaultError):
    code = "sleutelbestand_ontbreekt"


class HeaderCorrupt(VaultError):
    code = "sleutelbestand_beschadigd"


class HeaderChanged(VaultError):
    """The key header on disk changed since this process read it; nothing was written."""

    code = "sleutelbestand_gewijzigd"


class AccessRevoked(VaultError):
    """The worker's key still opened the header, but the vault says they were removed."""

    code = "geen_toegang"


class VaultLocked(VaultError):
    code = "kluis_vergrendeld"


class IntegrityFailure(VaultError):
    code = "integriteit"


class VaultInUse(VaultError):
    """Another process (this or another computer) has the vault open for writing, or the
    place the vault is in cannot be locked at all: it may be opened read-only only.

    `message` stays free of names, like every message here; `detail` names the worker label and
    the computer holding the lock and since when. The UI and the CLI show it to the worker at
    the desk; it is never logged (colleagues see the same on their screens)."""

    code = "kluis_in_gebruik"

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class SyncConflict(VaultError):
    """A sync client (OneDrive, Dropbox, Google Drive …) left conflicting copies of the vault or
    its key file beside it: which one is current cannot be decided here. `files` are the
    names found (they may contain a computer or account name: shown, never logged)."""

    code = "synchronisatieconflict"

    def __init__(self, message: str, *, files: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.files = files


class NotInstalled(ToestemmingError):
    """A developer command (demo, bench) in an installation without toestemming/devtools."""

    code = "niet_geinstalleerd"


def user_text(exc: ToestemmingError) -> str:
    """What to show the worker: the message plus, where there is one, the detail that is only
    for the screen (VaultInUse's holder, SyncConflict's file names)."""
    if isinstance(exc, VaultInUse) and exc.detail:
        return f"{exc.message}\n\n{exc.detail}"
    if isinstance(exc, SyncConflict) and exc.files:
        return exc.message + "\n\n" + "\n".join(f"• {name}" for name in exc.files)
    return exc.message
