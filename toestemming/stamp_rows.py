"""Each stored RFC 3161 token against its own checkpoint: `check` only (it reads every token).

`checkpoint_timestamps` rows are no events: the replay never reads them, and only two triggers
refuse an UPDATE or DELETE. An insider with the passphrase can drop those triggers, edit the
rows and put the identical triggers back, which the schema check (health_schema.py, SQL text
hashes) cannot see. What each row claims can still be checked without the log's help:
- the token is an intact RFC 3161 token over exactly the message its checkpoint signed (a token
  swapped for another checkpoint's, or moved onto a checkpoint without one, is over another
  message);
- `tsa_time` is the token's own genTime (what lists show without parsing the DER);
- `tsa_url` is an address the log says the TSA setting once had (`tsa.changed` events: the
  proof package names it and a PDF timestamp is asked there).
A deleted row is caught by the count the log head in the key header carries (log_head.py).
Problems are catalog phrases with checkpoint numbers only: no personal data."""

from __future__ import annotations

import json
from typing import Any

from .audit import checkpoint_message
from .clock import from_iso
from .errors import Phrase
from .timestamps import check_token


def _tsa_urls(db: Any) -> set[str]:
    """Every TSA address the hash-chained log set (from the body, not the `kind` column)."""
    urls = set()
    for (body,) in db.iterate("SELECT body FROM events WHERE kind = 'tsa.changed'"):
        try:
            doc = json.loads(bytes(body))
        except ValueError:
            continue  # an unreadable body: the audit verification names it
        if isinstance(doc, dict) and doc.get("kind") == "tsa.changed":
            url = (doc.get("data") or {}).get("url")
            if isinstance(url, str) and url:
                urls.add(url)
    return urls


def problems(db: Any, vault_id: str) -> list[Phrase]:
    """One phrase per token row that does not fit its checkpoint (none: [])."""
    rows = db.query(
        "SELECT t.checkpoint_id, t.tsa_url, t.token, t.tsa_time, c.tree_size, c.root, "
        "c.chain_head, c.at FROM checkpoint_timestamps t "
        "LEFT JOIN checkpoints c ON c.id = t.checkpoint_id ORDER BY t.checkpoint_id"
    )
    if not rows:
        return []
    urls = _tsa_urls(db)
    out: list[Phrase] = []
    for cp_id, url, token, tsa_time, size, root, head, at in rows:
        number = {"checkpoint": int(cp_id)}
        if size is None:
            out.append(Phrase("stamp-row-no-checkpoint", number))
            continue
        message = checkpoint_message(vault_id, int(size), bytes(root), bytes(head), str(at))
        checked = check_token(bytes(token), message)
        if checked.problem is not None:
            out.append(Phrase("stamp-row-token", number | {"problem": checked.problem}))
            continue
        try:
            same_time = from_iso(str(tsa_time)) == checked.time
        except ValueError:
            same_time = False
        if not same_time:
            out.append(Phrase("stamp-row-time", number))
        if str(url) not in urls:
            out.append(Phrase("stamp-row-address", number))
    return out
