"""A hurried worker mistypes a command, forgets a value or a package: argparse's own words
("usage:", "error: unrecognized arguments: …", "the following arguments are required") came out
in English under the Dutch help. Now Dutch, exit code 2, nothing run."""

from __future__ import annotations

import pytest

from toestemming.cli import main

ENGLISH = ("usage", "error", "unrecognized", "required", "invalid choice", "expected one")


@pytest.mark.parametrize(
    ("argv", "dutch"),
    [
        (["chek"], "ongeldige keuze: 'chek' (kies uit 'demo', 'check'"),
        (["verify"], "deze argumenten ontbreken: PAKKET"),
        (["--vault"], "argument --vault: hier hoort één waarde bij"),
        (["check", "extra"], "onbekende argumenten: extra"),
    ],
)
def test_a_mistyped_command_line_is_answered_in_dutch(
    argv: list[str], dutch: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    err = capsys.readouterr().err
    assert ended.value.code == 2
    assert dutch in err and "gebruik: toestemming" in err and ": fout: " in err
    assert not [word for word in ENGLISH if word in err.lower()]


def test_the_help_s_headings_are_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["-h"])
    out = capsys.readouterr().out
    assert ended.value.code == 0
    assert out.startswith("gebruik: toestemming") and "opties:" in out
    assert "toon deze hulp en stop" in out and "show this help" not in out
