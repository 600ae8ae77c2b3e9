"""Two trust files for one `verify` (session 19, atk24).

argparse keeps the last of a repeated option without a word: `verify --trust ours.json
--trust theirs.json pakket` checked the package against theirs alone — the verifier who
meant "ours" (or "either") read "in orde" for a package signed by the other organisation.
Now a repeated --trust (or --expect-key) is refused before anything is read: exit 2 ("kan
niet controleren", as `verify --help` documents), in Dutch, naming the option."""

from __future__ import annotations

from pathlib import Path

import pytest

from toestemming.cli import main as cli_main


@pytest.mark.parametrize("option", ["--trust", "--expect-key"])
def test_a_repeated_trust_option_is_refused(
    option: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, theirs = tmp_path / "ons.json", tmp_path / "hun.json"
    for f in (ours, theirs):
        f.write_text("{}", encoding="utf-8")
    package = tmp_path / "pakket.tbewijs"
    package.write_bytes(b"")
    with pytest.raises(SystemExit) as ended:
        cli_main(["verify", option, str(ours), option, str(theirs), str(package)])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert f"{option} is twee keer opgegeven" in err
    assert "Traceback" not in err
