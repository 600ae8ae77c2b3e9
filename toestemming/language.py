"""The one catalog for what a signer, a parent or a receiver reads: Mozilla Fluent (.ftl).

`toestemming/locales/<code>.ftl` per language; Dutch (`nl.ftl`) is the source and the
fallback. The worker's own error messages (the desk, the CLI) are in
`toestemming/locales/worker/<code>.ftl`, for the desk's languages only (Dutch and English): a
signer's language needs no catalog of vault, backup and mail-server errors, and a reader of a
language without one gets Dutch. Adding a language is adding one file (docs/LANGUAGES.md). The core never asks which
language it is: it asks the catalog for a message id with named arguments, and the catalog
(plural forms, "je"/"u", word order) decides. Widgets keep Qt Linguist (ui/translations).

Imports nothing from toestemming, so model.py, texts.py and the capture modules can all use it.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .clock import doubled_hour_mark

if TYPE_CHECKING:  # imported when first used: fluent.runtime (+ Babel) costs ~50 ms at start
    from fluent.runtime import FluentBundle
    from fluent.syntax import ast

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent / "locales"
WORKER_DIR = LOCALES_DIR / "worker"
SOURCE = "nl"

Argument = str | int


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages with a catalog, the source first."""
    found = sorted(p.stem for p in LOCALES_DIR.glob("*.ftl"))
    return (SOURCE, *(code for code in found if code != SOURCE))


def has_catalog(language: str) -> bool:
    return language in languages()


def resolve(language: str) -> str:
    """The language a text is written in when `language` is asked for: itself when it has a
    catalog, else the source language (a youth may read a language we have no texts in)."""
    return language if has_catalog(language) else SOURCE


@functools.cache
def _bundle(language: str) -> FluentBundle:
    from fluent.runtime import FluentBundle, FluentResource

    # No Unicode isolation marks around arguments: the texts are stored verbatim, hashed and
    # printed; PDF and mail renderers do their own bidi handling.
    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(FluentResource(catalog_source(language)))
    bundle.add_resource(FluentResource(worker_catalog_source(language)))
    return bundle


def catalog_source(language: str) -> str:
    """The signer's and receiver's catalog of `language`."""
    return (LOCALES_DIR / f"{language}.ftl").read_text(encoding="utf-8")


def worker_languages() -> tuple[str, ...]:
    """The languages the worker's error messages are written in, the source first."""
    found = sorted(p.stem for p in WORKER_DIR.glob("*.ftl"))
    return (SOURCE, *(code for code in found if code != SOURCE))


def worker_catalog_source(language: str) -> str:
    """The worker's error messages in `language` ("" when there are none: they read Dutch)."""
    path = WORKER_DIR / f"{language}.ftl"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


@functools.cache
def _parsed(language: str) -> dict[str, ast.Message]:
    from fluent.syntax import FluentParser, ast

    parser = FluentParser(with_spans=False)
    found: dict[str, ast.Message] = {}
    for source in (catalog_source(language), worker_catalog_source(language)):
        resource = parser.parse(source)
        found.update((e.id.name, e) for e in resource.body if isinstance(e, ast.Message))
    return found


@functools.cache
def _template(language: str, message_id: str) -> str | None:
    """A message that is only text and `{ $variable }`s as a ready template (None: it selects,
    refers to terms or calls functions, and goes through the Fluent resolver). The stored item
    texts are built from ~9 messages per item: the resolver alone cost 10× the old f-strings
    (bulk requests in `toestemming bench`)."""
    from fluent.syntax import ast

    message = _parsed(resolve(language)).get(message_id)
    if message is None or message.value is None:
        return None
    parts: list[str] = []  # a str.format template: literal braces doubled
    for element in message.value.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value.replace("{", "{{").replace("}", "}}"))
            continue
        expression = element.expression
        if isinstance(expression, ast.VariableReference):
            parts.append("{" + expression.id.name + "}")
        elif isinstance(expression, ast.StringLiteral):
            value = str(expression.parse()["value"])
            parts.append(value.replace("{", "{{").replace("}", "}}"))
        else:
            return None
    return "".join(parts)


def text(language: str, message_id: str, /, **args: Argument) -> str:
    """The message in `language` (or the source language when that has no catalog or lacks the
    message). A numeric argument selects plural forms by the language's CLDR rules."""
    template = _template(language, message_id)
    if template is not None and all(type(v) is str for v in args.values()):
        try:
            return template.format_map(args)
        except KeyError:
            pass  # a missing argument: the resolver reports it as Fluent does
    for code in dict.fromkeys((resolve(language), SOURCE)):
        bundle = _bundle(code)
        if not bundle.has_message(message_id):
            continue
        message = bundle.get_message(message_id)
        if message.value is None:
            continue
        value, errors = bundle.format_pattern(message.value, dict(args))
        if errors:
            # Only the id and the error class: arguments may hold names.
            log.warning("catalog %s: %s in %s", code, type(errors[0]).__name__, message_id)
        return str(value)
    raise KeyError(message_id)


def has_message(language: str, message_id: str) -> bool:
    return _bundle(resolve(language)).has_message(message_id)


def is_rtl(language: str) -> bool:
    """Right-to-left script (Arabic, Persian …): the catalog says so, not a list in code."""
    return text(language, "language-direction") == "rtl"


def language_name(language: str) -> str:
    """The language's own name as its readers write it ("Nederlands", "English", "العربية")."""
    return text(language, "language-name")


def words(language: str, prefix: str, keys: Iterable[str], /, **args: Argument) -> dict[str, str]:
    """The finished words a form renders: `prefix + key` for every key, all with `args` (a
    message uses the arguments it names and ignores the rest)."""
    return {key: text(language, prefix + key, **args) for key in keys}


def date_text(language: str, value: date) -> str:
    """A date as readers of `language` write it (the catalog's `date`): day, month, year in
    Latin digits everywhere (codes and dates match the records), joined as the language
    joins them. Arabic joins with "/": the bidi algorithm keeps "23/11/2027" one run inside
    a right-to-left line, where "23-11-2027" after Arabic words showed as 2027-11-23."""
    return text(
        language,
        "date",
        day=f"{value.day:02d}",
        month=f"{value.month:02d}",
        year=f"{value.year:04d}",
    )


def moment_text(language: str, value: datetime) -> str:
    """A moment (already in the reader's local time) as `date_text` and hh:mm, marked with
    its offset inside the hour that occurs twice (clock.doubled_hour_mark)."""
    return f"{date_text(language, value)} {value:%H:%M}{doubled_hour_mark(value)}"


def listing(language: str, values: Iterable[str]) -> str:
    """Values in a row, with the language's own comma (Arabic "،")."""
    return text(language, "list-separator").join(values)
