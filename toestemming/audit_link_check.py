"""One range of the audit chain, checked row by row: each stored hash is SHA-256(the stored
hash before ‖ body), the columns beside the body say what the body says, and a signed
checkpoint's chain head is where it was signed. audit_links.py decides which process checks
which range; this module is the check itself, the same in every process."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
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


Row = tuple[int, bytes, bytes, str, str, int | None]  # seq, body, hash, at, kind, actor
# Rows read at a time: small lists stay in the CPU's cache between reading a body and hashing
# it (measured: 256 rows cost ~8% less per event than 4096).
BATCH = 256


def check_links(
    batches: Iterable[Sequence[Row]],
    span: Range,
    prev: bytes,
    pinned: Mapping[int, bytes],
) -> LinkProblem | None:
    """The first broken link among the rows in `batches` (lists of (seq, body, hash, at,
    kind, actor) in seq order) of `span`, starting from `prev`, the stored hash of the event
    before. `pinned`: seq → chain head a signed checkpoint fixed at that event.

    The columns beside the body (atk28) are what the desk reads: the activity log's who and
    when, event_seek's moments, every `WHERE kind = ?` (a proof's item history). An insider
    who changed only them kept every link whole, and the check at unlock said nothing (only
    `check`'s deep pass compared them). The body is canonical JSON with sorted keys, so it
    must begin with `{"actor":…,"at":"…","data":` and end with `,"kind":"…","seq":…,"v":1}`:
    two byte comparisons, no parsing. A kind or date holding a quote is never the program's:
    only with one could a column name text further inside the body (a kind ending in the
    data's own `"kind":"…"`) and still match.

    This loop runs once per event (issue 20): every test of a row is one expression, with no
    call but the hash and the comparisons; which test failed is sorted out after (`_wrong`)."""
    sha = hashlib.sha256
    expected, last = span
    for rows in batches:
        for seq, body, stored, at, kind, actor in rows:
            try:  # (free when nothing is raised)
                h = sha(prev)
                h.update(body)
                digest = h.digest()
                columns = (
                    '"' not in at
                    and '"' not in kind
                    and body.startswith(
                        f'{{"actor":{_NULL if actor is None else actor},"at":"{at}","data":'.encode()
                    )
                    and body.endswith(f',"kind":"{kind}","seq":{seq},"v":1}}'.encode())
                )
            except TypeError:
                # A value of a type the program never stores (a table rebuilt by hand
                # without STRICT): a problem at this event, not a traceback.
                return _odd_types(seq, expected, body, stored)
            if (
                seq != expected
                or digest != stored
                or not columns
                or (seq in pinned and pinned[seq] != digest)
            ):
                return _wrong(seq, expected, digest == stored, columns)
            prev = digest
            expected += 1
    return None if expected > last else LinkProblem(expected, MISSING)


def _wrong(seq: int, expected: int, hash_holds: bool, columns: bool) -> LinkProblem:
    """Which test the row failed, in this order: an event missing before it, its body
    changed, the columns beside it, a history rewritten from a signed checkpoint on."""
    if seq != expected:
        return LinkProblem(expected, MISSING)
    if not hash_holds:
        return LinkProblem(seq, CHANGED)
    return LinkProblem(seq, REWRITTEN if columns else COLUMNS)


def _odd_types(seq: int, expected: int, body: object, stored: object) -> LinkProblem:
    if seq != expected:
        return LinkProblem(expected, MISSING)
    if not isinstance(body, bytes) or not isinstance(stored, bytes):
        return LinkProblem(seq, CHANGED)  # the hashed body itself is not as written
    return LinkProblem(seq, COLUMNS)


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
    batches = db.batches(
        "SELECT seq, body, hash, at, kind, actor FROM events WHERE seq BETWEEN ? AND ? ORDER BY seq",
        (lo, hi),
        BATCH,
        tuples=True,
    )
    return check_links(batches, span, prev, pinned)
