"""Text drift: a consent was given on the purpose text of its day; when the organisation
later rewrites that purpose, "Mag ik delen?" says so and shows what changed, and a change
marked as material (`catalog.revise_purpose(material=True)`) puts the item on the
re-confirmation worklist: what the person agreed to is no longer what we would ask."""

from __future__ import annotations

import difflib
import re
from datetime import datetime

from ..clock import to_iso
from ..errors import Phrase
from ..language import SOURCE
from ..share_rule import TextDrift
from ..store import repo
from ..store.db import Database

_WORD = re.compile(r"\S+")


def drift_of(db: Database, purpose_version_id: int, at: datetime | None = None) -> TextDrift | None:
    """The change from the version an item was asked with to the newest version in the same
    language (`at`: the newest made at or before that moment — a sharing recorded late is
    not warned about a rewrite that came after it); None when it is still the newest."""
    shown = repo.purpose_version(db, purpose_version_id)
    later = db.query(
        "SELECT id, material FROM purpose_versions WHERE purpose_id = ? AND language = ? "
        "AND version > ? AND created_at <= ? ORDER BY version",
        (shown.id, shown.language, shown.version, "9999" if at is None else to_iso(at)),
    )
    if not later:
        return None
    newest = repo.purpose_version(db, int(later[-1][0]))
    old_text = f"{shown.title}. {shown.description}"
    new_text = f"{newest.title}. {newest.description}"
    if old_text == new_text:
        return None
    return TextDrift(
        shown.version,
        newest.version,
        old_text,
        new_text,
        word_diff(old_text, new_text),
        any(bool(r[1]) for r in later),
    )


def word_diff(old: str, new: str) -> str:
    """Words taken out as [-…-], words added as {+…+}: readable in one line of plain text."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(a[i1:i2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def drift_warning_phrases(drift: TextDrift) -> tuple[Phrase, ...]:
    """The warnings as catalog phrases (worker catalog, drift-*): the worker's language. The
    difference is the purpose text's own words, shown as they are."""
    lines = [
        Phrase(
            "drift-older-text",
            {
                "shown": drift.shown_version,
                "current": drift.current_version,
                "difference": drift.difference,
            },
        )
    ]
    if drift.material:
        lines.append(Phrase("drift-material-ask-again"))
    return tuple(lines)


def drift_warnings(drift: TextDrift) -> tuple[str, ...]:
    """The same in Dutch."""
    return tuple(p.text_in(SOURCE) for p in drift_warning_phrases(drift))
