"""The words around the stored texts in signing mode, in the signer's language.

The signer switches language on the tablet independently of the worker's program language, so
these labels come from the signer's language catalog (toestemming/locales/*.ftl, messages
`tablet-*`), not from the app-wide Qt Linguist translation. The item texts themselves are
never here: they come verbatim from the vault with their hash.

Whom the words address is the core's rule (SigningFlow.voice: the youth, or a parent deciding
about the youth); the mode hands it to every page inside the language it passes on (`Voice`),
and `word` gives it to the catalog ($addressee, $child), as the receipts do."""

from __future__ import annotations

from collections.abc import Mapping

from toestemming.language import language_name, languages
from toestemming.language import text as catalog_text
from toestemming.model import role_label


class Voice(str):
    """A language code (equal to it, usable wherever it is) that also carries whom the
    tablet addresses: SigningFlow.voice."""

    voice: Mapping[str, str]

    def __new__(cls, language: str, voice: Mapping[str, str]) -> Voice:
        made = super().__new__(cls, language)
        made.voice = dict(voice)
        return made


def word(language: str, key: str, **values: object) -> str:
    """The tablet's message `key` in `language`, in the voice a `Voice` carries (a plain
    code: the youth's, the catalog's default)."""
    args: dict[str, str | int] = {"addressee": "youth", "child": ""}
    args |= getattr(language, "voice", {})
    args |= {name: v if isinstance(v, int) else str(v) for name, v in values.items()}
    return catalog_text(language, "tablet-" + key.replace("_", "-"), **args)


def role_word(language: str, role: str) -> str:
    """The same role words as on the receipt."""
    return role_label(role, language)


def language_buttons() -> dict[str, str]:
    """Every language with a catalog, named in itself."""
    return {code: language_name(code) for code in languages()}
