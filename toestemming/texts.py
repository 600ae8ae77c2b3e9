"""The texts a signer sees, written at B1 level. What is shown is stored verbatim with its
SHA-256 on the request and on every item, so it can be proven years later."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from datetime import date

from .language import date_text, has_message, listing, resolve
from .language import text as language_text
from .model import DataCategory, Purpose, Recipient, RecipientKind


def kind_label(kind: RecipientKind, language: str) -> str:
    return language_text(language, f"kind-{kind.value}")


def category_names(categories: Sequence[DataCategory], language: str) -> str:
    return listing(language, (c.name_in(language) for c in categories))


_NAMES_MARK = "\x00names\x00"


@functools.cache
def _special_line(language: str) -> re.Pattern[str]:
    """The catalog's sensitive-data line as a pattern: the words around `$names` literally."""
    line = language_text(language, "item-special", names=_NAMES_MARK)
    before, _, after = line.partition(_NAMES_MARK)
    # Up to the first words after the names: enough to find the line, as the old patterns did.
    return re.compile(
        "^" + re.escape(before) + "(?P<names>.+)" + re.escape(after[:12]), re.MULTILINE
    )


def special_names_shown(text: str, language: str) -> str | None:
    """The special categories as item_text wrote them into a stored text, so a label next to
    that text names exactly what the signer reads there (a category renamed since does not
    change it). None when the text has no such line."""
    found = _special_line(resolve(language)).search(text)
    return found.group("names") if found else None


def decider_explanation(regime: str, youth_name: str, language: str) -> str:
    """Who decides and why, for what a signer reads (rules.who_must_decide explains it to the
    worker, in Dutch, with the policy behind it)."""
    message = f"decider-{regime}"
    return (
        language_text(language, message, youth=youth_name) if has_message(language, message) else ""
    )


def sha256_text(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def item_text(
    position: int,
    purpose: Purpose,
    recipient: Recipient,
    categories: Sequence[DataCategory],
    valid_until: date,
    organisation: str,
    reference_code: str,
    language: str,
) -> str:
    special = [c for c in categories if c.special]
    t = functools.partial(language_text, language)
    lines = [
        t("item-part", position=str(position), title=purpose.title),
        t("item-which", categories=category_names(categories, language)),
        t(
            "item-to-whom",
            recipient=recipient.shown_in(language),
            kind=kind_label(recipient.kind, language),
        ),
        t("item-why", description=purpose.description),
        t("item-how-long", until=date_text(language, valid_until)),
        t("item-responsible", organisation=organisation),
    ]
    if special:
        lines.append(t("item-special", names=category_names(special, language)))
    lines += [t("item-say-no"), t("item-withdraw", code=reference_code)]
    return "\n".join(lines)


def request_text(
    organisation: str, reference_code: str, item_texts: Sequence[str], language: str
) -> str:
    head = (
        language_text(language, "request-head", organisation=organisation, code=reference_code)
        + "\n"
        + language_text(language, "request-intro")
    )
    return head + "\n\n" + "\n\n".join(item_texts)
