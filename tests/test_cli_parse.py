"""The quick parse for starting the app reads every command line exactly as the full parser
does (cli.parse_arguments tries the options alone first; anything else goes the full way)."""

from __future__ import annotations

import argparse

import pytest

from toestemming.cli import build_parser, parse_arguments

LINES = [
    [],
    ["--vault", "a.tvault"],
    ["--vault=a.tvault"],
    ["--vault", "demo"],  # a vault file called "demo", not the command
    ["--va", "a.tvault"],  # abbreviated, as argparse allows
    ["--taal", "en"],
    ["--language", "nl", "--vault", "x.tvault"],
    ["demo"],
    ["demo", "--no-gui"],
    ["--vault", "a.tvault", "check"],
    ["check", "--vault", "b.tvault"],
    ["verify", "pakket.tbewijs", "--expect-key", "ab12"],
    ["--taal", "en", "bench", "--youths", "10", "--items", "20"],
]

WRONG = [
    ["--taal", "xx"],  # not a language
    ["--vault"],  # no value
    ["--onbekend"],
    ["onbekend-commando"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["--vault", "a.tvault", "--", "demo"],
]


def full(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", LINES, ids=" ".join)
def test_reads_what_the_full_parser_reads(argv: list[str]) -> None:
    quick = parse_arguments(argv)
    expected = full(argv)
    assert vars(quick) == vars(expected)


@pytest.mark.parametrize("argv", WRONG, ids=" ".join)
def test_a_mistake_or_help_ends_as_the_full_parser_ends_it(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as expected:
        full(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as quick:
        parse_arguments(argv)
    assert quick.value.code == expected.value.code
    assert capsys.readouterr() == said  # the same usage, error or help text


def test_starting_the_app_builds_no_command_parsers(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_needed() -> argparse.ArgumentParser:
        raise AssertionError("the full parser was built for a plain start")

    monkeypatch.setattr("toestemming.cli.build_parser", not_needed)
    args = parse_arguments(["--vault", "a.tvault", "--taal", "en"])
    assert args.command is None and str(args.vault) == "a.tvault" and args.language == "en"
