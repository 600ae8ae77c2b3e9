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
