"""What an insider with the data key could do to the audit log, for the tamper tests."""

from __future__ import annotations

import json

from toestemming.audit import GENESIS, chain_hash
from toestemming.store.db import Database


def rewrite_chain(db: Database, seq: int, old: bytes, new: bytes) -> None:
    """Replace `old` by `new` in event `seq`'s body and recompute every later hash, so the
    chain itself is consistent again: only a signed checkpoint can tell."""
    with db.transaction():
        db.execute("DROP TRIGGER events_no_update")
        prev = GENESIS
        rows = [
            (int(r[0]), bytes(r[1])) for r in db.query("SELECT seq, body FROM events ORDER BY seq")
        ]
        for n, body in rows:
            if n == seq:
                assert old in body, "the tamper must change the body"
                body = body.replace(old, new)
            prev = chain_hash(prev, body)
            # (the columns beside the body kept in agreement with it, as a careful forger
            # does: since atk28 the link check compares them)
            doc = json.loads(body)
            db.execute(
                "UPDATE events SET body = ?, hash = ?, at = ?, kind = ?, actor = ? WHERE seq = ?",
                (body, prev, doc["at"], doc["kind"], doc["actor"], n),
            )


def rewrite_body(db: Database, seq: int) -> None:
    """Event `seq`'s body changed in place (a space appended), its stored hash left alone."""
    with db.transaction():
        db.execute("DROP TRIGGER IF EXISTS events_no_update")
        body = bytes(db.scalar("SELECT body FROM events WHERE seq = ?", (seq,)))
        db.execute("UPDATE events SET body = ? WHERE seq = ?", (body + b" ", seq))
