"""Every wording a proof package may carry for a coded value: today's, and those of earlier
releases.

A package signs (receipt.json) and prints (bewijs.pdf) the labels of the release that made it:
the status "gegeven", the channel "per e-mail", the role "ouder", the note that a moment is
the mail server's. `verify` reads those words back to the code the log holds. Held to today's
labels only, a later rewording would make every older genuine package fail; held to nothing,
a forger could print any word. So a label is looked up here: today's wording first, then the
ones it had before, each still tied to its own code (a former wording of "refused" is never
accepted for "given").

Rule for a rewording: move the old text into EARLIER under its code, never drop it
(tests/test_attack_s14_old_wordings.py holds this release's wordings to that)."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import CHANNEL_LABELS, MOMENT_FROM_LABELS, ROLE_LABELS, STATUS_LABELS

STATUS = "status"
CHANNEL = "channel"
ROLE = "role"
MOMENT_FROM = "moment_from"
ACTION = "action"
LANGUAGE = "language"
LIST_KIND = "list_kind"  # a youth package's list entry's "soort" (youth_sharing.py)

# kind → code → wordings of earlier releases (oldest last). Empty: nothing reworded yet.
EARLIER: dict[str, dict[str, tuple[str, ...]]] = {
    STATUS: {},
    # A phone call recorded at the desk was printed "aan de balie" until session 20 (cases22).
    CHANNEL: {"desk": ("aan de balie",)},
    ROLE: {},
    MOMENT_FROM: {},
    ACTION: {},
    LANGUAGE: {},
    LIST_KIND: {},
}

# What a youth package's list calls each kind of entry ("soort", youth_sharing.py): kept here,
# where verify reads it back, so that the list modules need not be imported to read it.
LIST_KIND_LABELS = {
    "assessment.recorded": "afweging",
    "disclosure.recorded": "verstrekking",
    "disclosure.justified": "verantwoording",
    "purpose.legal_duty": "wettelijke plicht",
}

# The request's language as the PDF names it (proof/view.py LANGUAGE_LABELS, first form).
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "Engels"}


def _today(kind: str) -> Mapping[str, str]:
    # Read at each call: the labels are the model's, this module keeps no copy of them.
    from .describe import ACTION_LABELS

    tables: dict[str, Mapping[str, str]] = {
        STATUS: {str(k): v for k, v in STATUS_LABELS.items()},
        CHANNEL: {str(k): v for k, v in CHANNEL_LABELS.items()},
        ROLE: {str(k): v for k, v in ROLE_LABELS.items()},
        MOMENT_FROM: MOMENT_FROM_LABELS,
        ACTION: ACTION_LABELS,
        LANGUAGE: LANGUAGE_NAMES,
        LIST_KIND: LIST_KIND_LABELS,
    }
    return tables[kind]


def wordings(kind: str, code: object) -> tuple[str, ...]:
    """Every wording of `code` a package may carry, today's first; () for an unknown code."""
    key = str(code)
    today = _today(kind).get(key)
    earlier = EARLIER[kind].get(key, ())
    return ((today,) if today is not None else ()) + earlier


def codes(kind: str) -> dict[str, str]:
    """wording (today's or earlier) → its code, for reading a printed word back. A wording
    that two codes shared at different times would be ambiguous: it is left out (such a
    word proves nothing)."""
    seen: dict[str, set[str]] = {}
    for key, word in _today(kind).items():
        seen.setdefault(word, set()).add(key)
    for key, words in EARLIER[kind].items():
        for word in words:
            seen.setdefault(word, set()).add(key)
    return {word: next(iter(keys)) for word, keys in seen.items() if len(keys) == 1}


def canonical(kind: str, printed: str) -> str:
    """Today's wording of the code `printed` is a wording of; `printed` itself when it is
    none (it will then match no logged value)."""
    code = codes(kind).get(printed)
    return printed if code is None else _today(kind).get(code, printed)
