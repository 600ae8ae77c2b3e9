"""One range of the audit chain, checked row by row: each stored hash is SHA-256(the stored
hash before ‖ body), the columns beside the body say what the body says, and a signed
checkpoint's chain head is where it was signed. audit_links.py decides which process checks
which range; this module is the check itself, the same in every process."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .errors import Phrase
from .language import SOURCE
from .store.db import Database

# What is wrong, as catalog phrases (worker catalog, audit-*): the reader's language.
MISSING = Phrase("audit-event-missing")
CHANGED = Phrase("audit-event-changed")
REWRITTEN = Phrase("audit-history-rewritten")
COLUMNS = Phrase("audit-event-columns-changed")
_NULL = "null"

GENESIS = bytes(32)

Range = tuple[int, int]  # first and last seq, inclusive


@dataclass(frozen=True)
class LinkProblem:
    seq: int  # the first event that is wrong or missing
    why: Phrase

    @property
    def problem(self) -> str:
        """What is wrong, in Dutch."""
        return self.why.text_in(SOURCE)


def check_links(
    rows: Iterable[tuple[int, bytes, bytes, str, str, int | None]],
    span: Range,
    prev: bytes,
    pinned: Mapping[int, bytes],
) -> LinkProblem | None:
    """The first broken link among `rows` (seq, body, hash, at, kind, actor in seq order) of
    `span`, starting from `prev`, the stored hash of the event before. `pinned`: seq → chain
    head a signed checkpoint fixed at that event.

    The columns beside the body (atk28) are what the desk reads: the activity log's who and
    when, event_seek's moments, every `WHERE kind = ?` (a proof's item history). An insider
    who changed only them kept every link whole, and the check at unlock said nothing (only
    `check`'s deep pass compared them). The body is canonical JSON with sorted keys, so it
    must begin with `{"actor":…,"at":"…","data":` and end with `,"kind":"…","seq":…,"v":1}`:
    two byte comparisons, no parsing. A kind or date holding a quote is never the program's:
    only with one could a column name text further inside the body (a kind ending in the
    data's own `"kind":"…"`) and still match."""
    sha = hashlib.sha256  # audit.chain_hash, inlined: this loop runs once per event
    expected, last = span
    for seq, body, stored, at, kind, actor in rows:
        if seq != expected:
            return LinkProblem(expected, MISSING)
        h = sha(prev)
        h.update(body)
        digest = h.digest()
        if digest != stored:
            return LinkProblem(seq, CHANGED)
        # (inlined: a call per event costs more than the comparison)
        if (
            not body.startswith(
                f'{{"actor":{_NULL if actor is None else actor},"at":"{at}","data":'.encode()
            )
            or not body.endswith(f',"kind":"{kind}","seq":{seq},"v":1}}'.encode())
            or '"' in f"{at}{kind}"
        ):
            return LinkProblem(seq, COLUMNS)
        if seq in pinned and pinned[seq] != digest:
            return LinkProblem(seq, REWRITTEN)
        prev = digest
        expected += 1
    return None if expected > last else LinkProblem(expected, MISSING)


def check_range(db: Database, span: Range, pinned: Mapping[int, bytes]) -> LinkProblem | None:
    lo, hi = span
    if hi < lo:
        return None  # an empty log
    if lo == 1:
        prev: bytes | None = GENESIS
    else:
        before = db.scalar("SELECT hash FROM events WHERE seq = ?", (lo - 1,))
        prev = None if before is None else bytes(before)
    if prev is None:
        return LinkProblem(lo - 1, MISSING)
    rows = db.iterate(
        "SELECT seq, body, hash, at, kind, actor FROM events WHERE seq BETWEEN ? AND ? ORDER BY seq",
        (lo, hi),
        tuples=True,
    )
    return check_links(rows, span, prev, pinned)
