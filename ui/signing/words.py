"""The words around the stored texts in signing mode, in the signer's language.

The signer switches language on the tablet independently of the worker's program language, so
these labels come from the signer's language catalog (toestemming/locales/*.ftl, messages
`tablet-*`), not from the app-wide Qt Linguist translation. The item texts themselves are
never here: they come verbatim from the vault with their hash."""

from __future__ import annotations

from toestemming.language import language_name, languages
from toestemming.language import text as catalog_text
from toestemming.model import role_label


def word(language: str, key: str, **values: object) -> str:
    args = {name: v if isinstance(v, int) else str(v) for name, v in values.items()}
    return catalog_text(language, "tablet-" + key.replace("_", "-"), **args)


def role_word(language: str, role: str) -> str:
    """The same role words as on the receipt."""
    return role_label(role, language)


def language_buttons() -> dict[str, str]:
    """Every language with a catalog, named in itself."""
    return {code: language_name(code) for code in languages()}
