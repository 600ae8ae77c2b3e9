"""LEESMIJ.txt is what the officer opens first (session 15). An insider with the key adds a
line to it — "Onderdeel 3 (UWV): toestemming alsnog gegeven" — or prints another key's
fingerprint there, signs the manifest, and `verify` said authentic: it never read the file.
Now LEESMIJ.txt must be one of the program's own texts for this package (verify_readme)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from conftest import START
from test_attack_s6_packages import Exported, exported  # noqa: F401
from test_attack_s8_packages import Insider, insider, refused, signed, write  # noqa: F401

from toestemming.audit import key_fingerprint
from toestemming.proof import verify
from toestemming.proof.trust import grouped
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.proof.verify_readme import NAME
from toestemming.proof.youth import bundle


def test_a_line_added_to_the_readme_is_refused(insider: Insider) -> None:  # noqa: F811
    text = insider.later[NAME].decode()
    forged = text.replace(
        "\nWat zit erin\n", "\nOnderdeel 3 (UWV): toestemming alsnog gegeven.\n\nWat zit erin\n"
    )
    assert forged != text
    files = signed({**insider.later, NAME: forged.encode()}, insider.signing_key)
    refused(insider, files, "leesmij-regel.tbewijs", NAME)


def test_a_readme_naming_another_key_is_refused(insider: Insider) -> None:  # noqa: F811
    text = insider.later[NAME].decode()
    own = grouped(key_fingerprint(insider.public_key))
    assert own in text
    forged = text.replace(own, grouped("0" * 32))
    files = signed({**insider.later, NAME: forged.encode()}, insider.signing_key)
    refused(insider, files, "leesmij-sleutel.tbewijs", NAME)


def test_the_genuine_readmes_verify(insider: Insider) -> None:  # noqa: F811
    for files, name in ((insider.first, "a"), (insider.later, "b"), (insider.zoe, "c")):
        path = write(insider.folder, signed(files, insider.signing_key), f"leesmij-{name}.tbewijs")
        assert verify(path, insider.public_key).exit_code == EXIT_AUTHENTIC


def test_a_youths_package_with_a_line_added_to_its_readme_is_refused(
    exported: Exported,  # noqa: F811
    tmp_path: Path,
) -> None:
    genuine = tmp_path / "jongere.tbewijs"
    genuine.write_bytes(
        bundle(
            exported.organisation,
            exported.vault_id,
            exported.marek_youth,
            [(exported.path.name, exported.path.read_bytes())],
            START,
            exported.public_key,
            exported.signing_key,
        )
    )
    # The control case: its README is the program's own. (Since proof20 a youth's package
    # bundled around a single request's export is itself refused as put together, so the
    # control is that its README is not what is refused.)
    control = verify(genuine)
    assert not any(p.startswith(NAME) for p in control.problems), control.problems
    assert any("losse export" in p for p in control.problems), control.problems
    with zipfile.ZipFile(genuine) as z:
        files = {i.filename: z.read(i) for i in z.infolist()}
    text = files[NAME].decode()
    forged = text.replace(
        "\n\nDit pakket", "\n\nDe jongere heeft nergens bezwaar tegen.\n\nDit pakket"
    )
    assert forged != text
    path = write(
        tmp_path, signed({**files, NAME: forged.encode()}, exported.signing_key), "j.tbewijs"
    )
    report = verify(path)
    assert report.exit_code == EXIT_NOT_INTACT, report.describe()
    assert any(p.startswith(NAME) for p in report.problems), report.problems


def test_the_earlier_readmes_are_the_texts_in_history() -> None:
    """SHA-256 (first 12 hex) of README in package.py and youth.py at every commit that
    changed it: reword README and add the change to verify_readme."""
    import hashlib

    from toestemming.proof.verify_readme import OLD_READMES, OLD_YOUTH_READMES

    def short(texts: tuple[str, ...]) -> set[str]:
        return {hashlib.sha256(t.encode()).hexdigest()[:12] for t in texts}

    assert short(OLD_READMES) == {"a402a10b4413", "daedecbc4592", "61a8f41e478d"}
    assert short(OLD_YOUTH_READMES) == {"d8b9752f49a7", "9ca95fc6e2a3"}
