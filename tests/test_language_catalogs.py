"""The signer's language catalogs (toestemming/locales/*.ftl): every language has every message
of the Dutch source with exactly its placeholders; the core never branches on a language code;
Arabic comes out right to left and shaped in what a signer takes home."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast, visitor

from toestemming.language import (
    SOURCE,
    catalog_source,
    is_rtl,
    languages,
    text,
    worker_catalog_source,
)

ROOT = Path(__file__).resolve().parents[1]
# Dutch explains who decides with the rule's own words (rules.who_must_decide); every other
# language needs these messages.
ONLY_OUTSIDE_SOURCE = re.compile(r"^decider-")


class _Variables(visitor.Visitor):
    """The variables a message shows (placeholders). A variable used only to choose a variant
    (`$addressee` for Dutch je/u, `$days` for plurals) is the translator's business: a
    language without that distinction may leave it out, but nothing shown may be lost."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        for variant in node.variants:
            self.visit(variant)

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def _messages(language: str) -> dict[str, set[str]]:
    resource = FluentParser(with_spans=False).parse(catalog_source(language))
    junk = [e for e in resource.body if isinstance(e, ast.Junk)]
    assert not junk, f"{language}.ftl does not parse: {junk[0].content[:80]!r}"
    out = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            found = _Variables()
            found.visit(entry)
            out[entry.id.name] = found.names
    return out


def test_shipped_languages() -> None:
    assert {"nl", "en", "ar"} <= set(languages()) and languages()[0] == SOURCE


@pytest.mark.parametrize("language", [lang for lang in languages() if lang != SOURCE])
def test_every_catalog_has_every_message_with_the_same_placeholders(language: str) -> None:
    source, other = _messages(SOURCE), _messages(language)
    missing = sorted(set(source) - set(other))
    assert not missing, f"{language}.ftl misses {missing}"
    extra = sorted(m for m in set(other) - set(source) if not ONLY_OUTSIDE_SOURCE.match(m))
    assert not extra, f"{language}.ftl has messages the source lacks: {extra}"
    wrong = {m: (source[m], other[m]) for m in source if source[m] != other[m]}
    assert not wrong, f"{language}.ftl placeholders differ: {wrong}"
    deciders = {m for m in other if ONLY_OUTSIDE_SOURCE.match(m)}
    # parents_young_child: the parents decide for a child under 8, who signs nothing
    regimes = ("parents", "parents_young_child", "parents_and_youth", "youth")
    regimes += ("adult_representative",)
    assert deciders == {f"decider-{r}" for r in regimes}
    for m in deciders:
        assert other[m] == {"youth"}, m


def test_machine_assisted_catalogs_say_they_need_review() -> None:
    for language in languages():
        if language == SOURCE:
            continue
        head = "\n".join(catalog_source(language).splitlines()[:5]).lower()
        assert "needs review" in head, f"{language}.ftl: mark its review state in the header"


def test_the_catalog_test_catches_a_missing_placeholder(tmp_path: Path) -> None:
    """The check above is not vacuous: a message that drops `$code` is caught."""
    broken = catalog_source("en").replace("with code { $code }", "with the code", 1)
    found = _Variables()
    resource = FluentParser(with_spans=False).parse(broken)
    message = next(
        e for e in resource.body if isinstance(e, ast.Message) and e.id.name == "item-withdraw"
    )
    found.visit(message)
    assert found.names != _messages(SOURCE)["item-withdraw"]


def test_plural_forms_follow_the_language() -> None:
    assert "14 dagen" in text("nl", "mail-valid", until="1-1-2027", days=14)
    assert "1 dag " in text("nl", "mail-valid", until="1-1-2027", days=1)
    assert "يومين" in text("ar", "mail-valid", until="1-1-2027", days=2)  # Arabic dual
    assert "14 يومًا" in text("ar", "mail-valid", until="1-1-2027", days=14)


def test_a_language_without_catalog_reads_dutch_never_a_crash() -> None:
    assert text("tr", "item-say-no") == text("nl", "item-say-no")
    assert is_rtl("ar") and not is_rtl("nl") and not is_rtl("tr")


def test_the_core_never_branches_on_a_language_code() -> None:
    found = subprocess.run(
        [
            "grep",
            "-rnE",
            r"== \"en\"|!= \"en\"|_en\b",
            "toestemming",
            "formulieren",
            "--include=*.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    # name_en stays as a read-only view (DataCategory.name_en) and in the historical migration
    # and event payloads; no code decides anything by "en".
    lines = [
        line
        for line in found.splitlines()
        if "migrations/m0012" not in line and "name_en" not in line
    ]
    assert not [line for line in lines if '== "en"' in line or '!= "en"' in line], lines


def test_every_message_id_the_core_raises_is_in_the_source_catalog() -> None:
    ids: set[str] = set()
    for path in (ROOT / "toestemming").rglob("*.py"):
        ids |= set(re.findall(r'message_id="([a-z0-9-]+)"', path.read_text(encoding="utf-8")))
    assert len(ids) >= 15
    # The worker's errors have their own catalog (tests/test_error_messages.py); every other
    # id is the signer's and must be here, in every language (above).
    worker = FluentParser(with_spans=False).parse(worker_catalog_source(SOURCE))
    worker_ids = {e.id.name for e in worker.body if isinstance(e, ast.Message)}
    missing = sorted(ids - set(_messages(SOURCE)) - worker_ids)
    assert not missing, missing
    assert "error-signature-missing" in ids and "error-signature-missing" not in worker_ids


def test_a_signer_error_carries_an_id_and_reads_in_any_language() -> None:
    from toestemming.errors import ValidationError, user_text
    from toestemming.usecases.signature import Signature, check_signature

    with pytest.raises(ValidationError) as caught:
        check_signature(Signature(strokes=(), width=300, height=100, png=b""))
    error = caught.value
    # Without a reader the formal voice (the tablet renders it for its signer: lang25).
    assert error.message == "Zet eerst uw handtekening in het vak."
    assert error.message_id == "error-signature-missing" and error.field == "signature"
    assert error.text_in("en") == "Please sign in the box first."
    assert error.text_in("ar") == text("ar", "error-signature-missing")
    assert error.text_in("tr") == error.message  # no catalog: Dutch
    assert user_text(error, "en") == "Please sign in the box first."


def test_an_old_style_error_still_reads_as_its_dutch_sentence() -> None:
    from toestemming.errors import RuleViolation

    error = RuleViolation("Dit mag niet.")
    assert error.message_id == "" and error.text_in("ar") == "Dit mag niet."


@pytest.mark.parametrize("language", languages())
def test_the_quick_path_says_exactly_what_fluent_says(language: str) -> None:
    """Plain messages are formatted without the Fluent resolver (speed); for every message
    the result is the resolver's, also with braces and markup in the values."""
    from toestemming.language import _bundle

    bundle = _bundle(language)
    names = set(re.findall(r"\$(\w+)", catalog_source(language)))
    args = {name: "{" + name + "} <b>" for name in names}
    for message_id in _messages(language):
        expected, errors = bundle.format_pattern(bundle.get_message(message_id).value, args)
        assert not errors, message_id
        assert text(language, message_id, **args) == expected, message_id
