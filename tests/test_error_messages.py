"""Errors from the core carry a message id and parameters, never a finished sentence: the desk
and the CLI show them in the worker's language, the tablet in the signer's.

Two kinds of catalog, each checked for the languages its readers have:
- the signer's and receiver's catalogs (toestemming/locales/<lang>.ftl, `error-*` there):
  every shipped language (tests/test_language_catalogs.py);
- the worker's error catalog (toestemming/locales/worker/<lang>.ftl): Dutch and English,
  the desk's languages. A language without one reads Dutch.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, visitor
from fluent.syntax import ast as fluent_ast

from toestemming.language import (
    SOURCE,
    catalog_source,
    languages,
    worker_catalog_source,
    worker_languages,
)

ROOT = Path(__file__).resolve().parents[1]
CORE = ("toestemming", "formulieren")
ERROR_BASE = "ToestemmingError"


class _Variables(visitor.Visitor):
    """Every variable a message uses: shown ones and the ones it selects on."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:
        self.names.add(node.id.name)


def _parse(source: str, name: str) -> dict[str, set[str]]:
    resource = FluentParser(with_spans=False).parse(source)
    junk = [e for e in resource.body if isinstance(e, fluent_ast.Junk)]
    assert not junk, f"{name} does not parse: {junk[0].content[:80]!r}"
    out: dict[str, set[str]] = {}
    for entry in resource.body:
        if isinstance(entry, fluent_ast.Message):
            assert entry.id.name not in out, f"{name}: {entry.id.name} twice"
            found = _Variables()
            found.visit(entry)
            out[entry.id.name] = found.names
    return out


def _worker(language: str) -> dict[str, set[str]]:
    return _parse(worker_catalog_source(language), f"worker/{language}.ftl")


def _all_dutch() -> dict[str, set[str]]:
    return {**_parse(catalog_source(SOURCE), "nl.ftl"), **_worker(SOURCE)}


def _python_files() -> list[Path]:
    return sorted(p for top in CORE for p in (ROOT / top).rglob("*.py"))


def _error_classes() -> set[str]:
    """The names of ToestemmingError and every class in the core derived from it (by name:
    the scan must not import the modules it checks)."""
    bases: dict[str, set[str]] = {}
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                bases.setdefault(node.name, set()).update(names)
    found = {ERROR_BASE}
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in found and parents & found:
                found.add(name)
                changed = True
    # formulieren's own refusal carries the core's message id (formulieren does not import
    # the core): held to the same rule.
    return found | {"ImageRefused"}


def _constructions(classes: set[str]) -> list[tuple[str, int, ast.Call]]:
    out = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in classes:
                out.append((str(path.relative_to(ROOT)), node.lineno, node))
    return out


def _unnamed(calls: list[tuple[str, int, ast.Call]]) -> list[str]:
    """Constructions without a message id, or with a finished sentence beside it."""
    bad = []
    for where, line, call in calls:
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        if "message_id" not in {k.arg for k in call.keywords} and name != "SignInAgain":
            bad.append(f"{where}:{line}")  # SignInAgain has its id as the default
        elif name != "ImageRefused" and any(_is_sentence(a) for a in call.args):
            bad.append(f"{where}:{line} (a sentence beside the id)")
    return bad


def _is_sentence(node: ast.expr) -> bool:
    """A positional text: a literal with spaces, an f-string or a concatenation (a
    MailConnectionError's `kind` is a one-word literal)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value
    return isinstance(node, ast.JoinedStr | ast.BinOp)


def test_every_error_the_core_raises_has_a_message_id() -> None:
    classes = _error_classes()
    assert {"ValidationError", "RuleViolation", "VaultInUse", "ZipRefused", "SendError"} <= classes
    calls = _constructions(classes)
    assert len(calls) > 300  # the scan sees the core's raise sites
    bad = _unnamed(calls)
    assert not bad, f"errors without a message id (see docs/LANGUAGES.md): {bad}"


def test_the_scan_catches_a_sentence_without_an_id(tmp_path: Path) -> None:
    """Not vacuous: a raise the way it used to be written is found."""
    tree = ast.parse('raise ValidationError("Dit mag niet.", field="x")\n')
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
    assert _unnamed([("x.py", 1, call)]) == ["x.py:1"]
    tree = ast.parse('raise RuleViolation(f"Onderdeel {n} mag niet.")\n')
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
    assert _unnamed([("x.py", 1, call)]) == ["x.py:1"]


def _literal_ids() -> list[tuple[str, str, set[str] | None]]:
    """(where, message id, parameter names or None when not literal) at every construction
    and Phrase in the core."""
    out = []
    for where, line, call in _constructions(_error_classes() | {"Phrase"}):
        ids: list[str] = []
        params: set[str] | None = set()
        for keyword in call.keywords:
            if keyword.arg == "message_id":
                value = keyword.value
                if isinstance(value, ast.Constant):
                    ids.append(value.value)
                elif isinstance(value, ast.IfExp):
                    ids += [
                        v.value for v in (value.body, value.orelse) if isinstance(v, ast.Constant)
                    ]
            if keyword.arg == "params":
                value = keyword.value
                if isinstance(value, ast.Dict) and all(
                    isinstance(k, ast.Constant) for k in value.keys
                ):
                    params = {k.value for k in value.keys if isinstance(k, ast.Constant)}
                else:
                    params = None
        if isinstance(call.func, ast.Name) and call.func.id == "Phrase" and call.args:
            first = call.args[0]
            if isinstance(first, ast.Constant):
                ids.append(first.value)
            if len(call.args) > 1:
                params = None
        out += [(f"{where}:{line}", i, params) for i in ids]
    # Ids held in tables and defaults (e.g. backup's better wording, the passphrase rules).
    for path in _python_files():
        text = path.read_text(encoding="utf-8")
        for found in re.findall(r'"(error-[a-z0-9-]+)"', text):
            out.append((str(path.relative_to(ROOT)), found, None))
    return out


def test_every_message_id_in_the_core_is_in_the_dutch_catalog_with_its_placeholders() -> None:
    dutch = _all_dutch()
    used = _literal_ids()
    assert len({i for _, i, _ in used}) > 250
    missing = sorted({f"{where}: {i}" for where, i, _ in used if i not in dutch})
    assert not missing, missing
    wrong = [
        f"{where}: {i} gets {sorted(p)}, the text uses {sorted(dutch[i])}"
        for where, i, p in used
        if p is not None and i in dutch and p != dutch[i]
    ]
    assert not wrong, wrong


def test_worker_catalogs_exist_for_the_desk_languages() -> None:
    assert worker_languages()[0] == SOURCE
    assert {"nl", "en"} <= set(worker_languages())
    # Worker messages are not the signer's: no id in both kinds of catalog.
    both = set(_worker(SOURCE)) & set(_parse(catalog_source(SOURCE), "nl.ftl"))
    assert not both, both


@pytest.mark.parametrize("language", [lang for lang in worker_languages() if lang != SOURCE])
def test_every_worker_catalog_has_every_message_with_the_same_placeholders(language: str) -> None:
    source, other = _worker(SOURCE), _worker(language)
    missing = sorted(set(source) - set(other))
    assert not missing, f"worker/{language}.ftl misses {missing}"
    # Field labels are the code's own Dutch words (errors.field_label); other languages name
    # them with `label-*` messages the source does not need.
    extra = sorted(m for m in set(other) - set(source) if not m.startswith("label-"))
    assert not extra, f"worker/{language}.ftl has messages the source lacks: {extra}"
    wrong = {m: (source[m], other[m]) for m in source if source[m] != other[m]}
    assert not wrong, f"worker/{language}.ftl placeholders differ: {wrong}"
    head = "\n".join(worker_catalog_source(language).splitlines()[:3]).lower()
    assert "needs review" in head


def test_the_worker_catalog_check_catches_a_dropped_placeholder() -> None:
    broken = worker_catalog_source("en").replace("{ $max_items }", "many", 1)
    assert (
        _parse(broken, "en")["error-consent-too-many-parts"]
        != _worker(SOURCE)["error-consent-too-many-parts"]
    )


def test_every_catalog_language_reads_each_error_never_an_id() -> None:
    """A signer's language without a worker catalog reads the worker's errors in Dutch."""
    from toestemming.errors import ValidationError

    error = ValidationError(message_id="error-consent-too-many-parts", params={"max_items": 12})
    for language in languages():
        shown = error.text_in(language)
        assert "error-" not in shown and "12" in shown
    assert error.text_in("ar") == error.message == "Hoogstens 12 onderdelen per verzoek."
    assert error.text_in("en") == "At most 12 parts per request."


def test_a_worker_error_from_the_core_reads_in_english_with_its_field_label() -> None:
    from toestemming import validation as v
    from toestemming.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        v.text("", "Voornaam", "first_name")
    error = caught.value
    assert error.message == "Voornaam is verplicht."  # unchanged Dutch
    assert error.message_id == "error-validation-required"
    assert error.text_in("en") == "First name is required."
    assert error.text_in("ar") == "Voornaam is verplicht."  # no worker catalog: Dutch
    with pytest.raises(ValidationError) as caught:
        v.text("x" * 5000, "Een label zonder vertaling", "x", max_len=10)
    # A label no catalog names reads as the code gave it, never as an id.
    assert (
        caught.value.text_in("en")
        == "Een label zonder vertaling is too long (at most 10 characters)."
    )


def test_every_field_label_the_core_gives_has_an_english_name() -> None:
    """Labels passed to the validation functions (value, "Label", "field"): each one is named
    in English, so an English desk never reads "Voornaam is required"."""
    from toestemming.errors import field_label

    english = _worker("en")
    labels: set[str] = set()
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func, label = node.func, node.args[1]
            called_on_v = (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "v"
            )
            # A label is words with a capital ("Voornaam"); some helpers take a field name.
            text = label.value if isinstance(label, ast.Constant) else None
            if called_on_v and isinstance(text, str) and text[:1].isupper():
                labels.add(text)
    assert len(labels) > 30
    missing = sorted(x for x in labels if field_label(x).message_id not in english)
    assert not missing, missing


def test_numbers_read_as_before_not_grouped() -> None:
    from toestemming.errors import VaultError

    error = VaultError(
        message_id="error-backup-reading-writing-failed-system", params={"errno": 10054}
    )
    assert "systeemfout 10054)" in error.message
    assert "system error 10054)" in error.text_in("en")


def test_an_error_with_advice_reads_whole_in_one_language() -> None:
    """An error built from another error (a phrase) renders both parts in the reader's
    language: no Dutch half in an English sentence."""
    from toestemming.errors import IntegrityFailure
    from toestemming.health import with_restore_advice
    from toestemming.health_report import RESTORE_ADVICE

    inner = IntegrityFailure(message_id="error-db-wal-lost")
    outer = with_restore_advice(inner)
    assert outer.message == inner.message + " " + RESTORE_ADVICE  # the Dutch as before
    english = outer.text_in("en")
    assert english.startswith("The log file next to the vault")
    assert "This is how to repair the vault" in english
    assert "kluis" not in english


def test_the_settings_name_the_server_in_the_readers_language() -> None:
    from toestemming.capture.settings import SmtpSettings
    from toestemming.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        SmtpSettings(
            host="bad host!", port=587, security="ssl", username="", password="", from_address=""
        ).validated()
    assert caught.value.message == "De naam van de mailserver is niet geldig."
    assert caught.value.text_in("en") == "The name of the mail server is not valid."


def _cli(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """The command line as a real child process, with the locale the worker's terminal has."""
    environ = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "toestemming", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_the_cli_prints_errors_in_the_terminals_language(tmp_path: Path) -> None:
    english = _cli(["check"], LANG="en_GB.UTF-8")
    assert english.returncode == 2
    assert english.stderr.strip() == "Error: Give the vault with --vault PATH."
    dutch = _cli(["check"], LANG="nl_NL.UTF-8")
    assert (dutch.returncode, dutch.stderr.strip()) == (
        2,
        "Fout: Geef de kluis op met --vault PAD.",
    )
    # LC_ALL wins over LANG, as in every POSIX program; a language without a catalog: Dutch.
    assert _cli(["check"], LANG="nl_NL.UTF-8", LC_ALL="en_US.UTF-8").stderr.startswith("Error: ")
    assert _cli(["check"], LANG="tr_TR.UTF-8").stderr.startswith("Fout: ")
    missing = _cli(["check", "--vault", str(tmp_path / "weg.tvault")], LANG="en_GB.UTF-8")
    assert missing.returncode == 2 and "Fout" not in missing.stderr
    assert "weg.tvault" not in missing.stderr  # still no path in a message


def test_the_cli_language_option_wins_over_the_locale() -> None:
    chosen = _cli(["--taal", "en", "check"], LANG="nl_NL.UTF-8")
    assert (chosen.returncode, chosen.stderr.strip()) == (
        2,
        "Error: Give the vault with --vault PATH.",
    )
    assert _cli(["--language", "nl", "check"], LANG="en_GB.UTF-8").stderr.startswith("Fout: ")


def test_error_language_reads_the_posix_variables() -> None:
    from toestemming.cli import error_language

    assert error_language(None, {}) == "nl"
    assert error_language(None, {"LANG": "C.UTF-8"}) == "nl"
    assert error_language(None, {"LANG": "en_IE.UTF-8@euro"}) == "en"
    assert error_language(None, {"LC_MESSAGES": "en_GB", "LANG": "nl_NL"}) == "en"
    assert error_language(None, {"LANG": "ar_SA.UTF-8"}) == "nl"  # no worker catalog in Arabic
    assert error_language("en", {"LANG": "nl_NL"}) == "en"


def test_the_installed_app_ships_every_catalog() -> None:
    """The wheel (package-data) and the frozen app (PyInstaller spec) carry every .ftl file:
    without the worker catalog an installed desk could not word a single error."""
    import tomllib

    def matches(path: str, pattern: str) -> bool:  # glob: "*" stays inside one folder
        return re.fullmatch(re.escape(pattern).replace(r"\*", "[^/]*"), path) is not None

    package = ROOT / "toestemming"
    catalogs = [p.relative_to(package).as_posix() for p in (package / "locales").rglob("*.ftl")]
    assert "locales/worker/nl.ftl" in catalogs and "locales/nl.ftl" in catalogs
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = wheel["tool"]["setuptools"]["package-data"]["toestemming"]
    spec = (ROOT / "installer" / "toestemming.spec").read_text(encoding="utf-8")
    for catalog in catalogs:
        assert any(matches(catalog, p) for p in patterns), catalog
        frozen = re.findall(r'"(locales/[^"]*)"', spec)
        assert any(matches(catalog, p) for p in frozen), catalog
    assert not matches("locales/worker/nl.ftl", "locales/*.ftl")  # the check is not vacuous
