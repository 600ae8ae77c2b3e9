"""argparse's own words in Dutch ("usage:", "error: unrecognized arguments: …").

The command line's help texts are Dutch (cli_parser), but the words argparse adds itself — a
mistyped command, an option given without its value, -h's headings — came out in English, so a
hurried worker read "toestemming: error: unrecognized arguments" under a Dutch help. argparse
looks each of its messages up through its module's `_` (gettext) when it prints it: that
function is pointed at this table. A message not in the table stays as it was."""

from __future__ import annotations

import argparse
from collections.abc import Callable

_DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: bedoelt u %(matches)s?"
    ),
    "not allowed with argument %s": "kan niet samen met argument %s",
    "ignored explicit argument %r": "waarde %r genegeerd: deze optie neemt geen waarde",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)"
    ),
}


def _dutch(message: str) -> str:
    return _DUTCH.get(message, message)


def speak_dutch() -> None:
    """From now on argparse words its own messages in Dutch (idempotent)."""
    translate: Callable[[str], str] = _dutch
    argparse._ = translate  # type: ignore[attr-defined]
