"""Typed errors. Every message is meant for the user and never contains personal data (no
names, birth dates or addresses) so that it can safely reach logs or crash reports.

Every error raised in the core carries a `message_id` from the language catalog and its
`params` (tests/test_error_messages.py fails on a raise without one): the signer's and
receiver's errors are in toestemming/locales/<lang>.ftl, the worker's in
toestemming/locales/worker/<lang>.ftl. `message` is the Dutch rendering, so code that shows
`message` keeps working; `text_in(language)` gives it in the reader's language (the signer's on
the tablet, the worker's at the desk and in the CLI). A parameter may itself be a `Phrase` (a
message id with its own parameters): an error that adds advice to another error's message
renders both in the same language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .language import SOURCE, has_message
from .language import text as catalog_text


@dataclass(frozen=True)
class Phrase:
    """A catalog message not yet rendered: rendered in the reader's language when shown.
    `fallback`: the words when no catalog has the message (a field label: the Dutch label
    the code gave, which the other catalogs may name in their language)."""

    message_id: str
    params: Mapping[str, Param] = field(default_factory=dict)
    fallback: str | None = None

    def text_in(self, language: str) -> str:
        if self.fallback is not None and not has_message(language, self.message_id):
            return self.fallback
        # Numbers as plain digits ("10000", not "10.000"): the texts said so before the catalog.
        args = {
            key: value.text_in(language) if isinstance(value, Phrase) else str(value)
            for key, value in self.params.items()
        }
        return catalog_text(language, self.message_id, **args)


class Said(str):
    """A sentence for the worker that is both: the Dutch text it renders to (so code and tests
    that read, join or compare it as a string see exactly the Dutch they saw before) and its
    catalog phrase, which the desk renders in the worker's language (`in_language`). For lists
    of notes and problems that travel as strings through the reply reader."""

    phrase: Phrase

    def __new__(cls, message_id: str, **params: Param) -> Said:
        phrase = Phrase(message_id, params)
        said = super().__new__(cls, phrase.text_in(SOURCE))
        said.phrase = phrase
        return said

    @classmethod
    def of(cls, error: ToestemmingError) -> str:
        """An error's message as a sentence in a list (its Dutch when it has no catalog id)."""
        if not error.message_id:
            return error.message
        return cls(error.message_id, **error.params)

    def text_in(self, language: str) -> str:
        return self.phrase.text_in(language)

    def __reduce__(self) -> tuple[object, ...]:  # pickled with its phrase, not as a bare str
        return (_said_again, (self.phrase,))


def _said_again(phrase: Phrase) -> Said:
    return Said(phrase.message_id, **phrase.params)


def in_language(text: str, language: str) -> str:
    """`text` for a reader of `language`: a `Said` in that language, any other string as is."""
    return text.text_in(language) if isinstance(text, Said) else text


def as_phrase(text: str) -> Phrase:
    """`text` as a parameter of another message: a `Said`'s phrase, any other string as is."""
    return text.phrase if isinstance(text, Said) else Phrase("error-text", {"text": text})


def field_label(dutch: str) -> Phrase:
    """A field's label as a parameter: the Dutch words the code gives ("Voornaam"), named in
    another language by the worker catalog's `label-<dutch words>` ("First name")."""
    key = unicodedata.normalize("NFKD", dutch).encode("ascii", "ignore").decode().lower()
    return Phrase("label-" + "-".join(re.findall(r"[a-z0-9]+", key)), fallback=dutch)


Param = str | int | Phrase


def joined(phrases: Sequence[Phrase]) -> Phrase:
    """Several sentences as one parameter (each rendered in the reader's language, in order,
    separated by a space)."""
    if not phrases:
        return Phrase("error-text", {"text": ""})
    if len(phrases) == 1:
        return phrases[0]
    return Phrase("error-sentences", {"first": phrases[0], "rest": joined(phrases[1:])})


def listed(phrases: Sequence[Phrase]) -> Phrase:
    """Several words as one parameter: "a, b, c", each in the reader's language."""
    if len(phrases) <= 1:
        return phrases[0] if phrases else Phrase("error-text", {"text": ""})
    return Phrase("error-list", {"first": phrases[0], "rest": listed(phrases[1:])})


class ToestemmingError(Exception):
    """Base class: `message` is the Dutch text shown to the user; `message_id` + `params` the
    same in any language."""

    code = "fout"

    def __init__(
        self,
        message: str = "",
        *,
        field: str | None = None,
        message_id: str = "",
        params: Mapping[str, Param] | None = None,
    ) -> None:
        self.message_id = message_id
        self.params: dict[str, Param] = dict(params or {})
        if message_id and not message:
            message = self.phrase().text_in(SOURCE)
        super().__init__(message)
        self.message = message
        self.field = field

    def phrase(self) -> Phrase:
        """This error's message as a part of another message (same language when shown). An
        error without an id (built outside the core) is its own sentence."""
        if not self.message_id:
            return Phrase("error-text", {"text": self.message})
        return Phrase(self.message_id, self.params)

    def text_in(self, language: str) -> str:
        """The message in `language` (Dutch where the catalog has no such language)."""
        if not self.message_id:
            return self.message
        return self.phrase().text_in(language)


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

    def __init__(
        self,
        message: str = "",
        *,
        detail: str = "",
        message_id: str = "",
        params: Mapping[str, Param] | None = None,
    ) -> None:
        super().__init__(message, message_id=message_id, params=params)
        self.detail = detail


class SyncConflict(VaultError):
    """A sync client (OneDrive, Dropbox, Google Drive …) left conflicting copies of the vault or
    its key file beside it: which one is current cannot be decided here. `files` are the
    names found (they may contain a computer or account name: shown, never logged)."""

    code = "synchronisatieconflict"

    def __init__(
        self,
        message: str = "",
        *,
        files: tuple[str, ...] = (),
        message_id: str = "",
        params: Mapping[str, Param] | None = None,
    ) -> None:
        super().__init__(message, message_id=message_id, params=params)
        self.files = files


class NotInstalled(ToestemmingError):
    """A developer command (demo, bench) in an installation without toestemming/devtools."""

    code = "niet_geinstalleerd"


def user_text(exc: ToestemmingError, language: str = SOURCE) -> str:
    """What to show the worker, in their language: the message plus, where there is one, the
    detail that is only for the screen (VaultInUse's holder, SyncConflict's file names)."""
    message = exc.text_in(language)
    if isinstance(exc, VaultInUse) and exc.detail:
        return f"{message}\n\n{exc.detail}"
    if isinstance(exc, SyncConflict) and exc.files:
        return message + "\n\n" + "\n".join(f"• {name}" for name in exc.files)
    return message
