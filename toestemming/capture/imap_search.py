"""Which messages in the folder answer a waiting request, and fetching only those.

The server does the looking (header SEARCH, nothing is sent to us for it): the reference code
in the Subject, or one of our Message-IDs in In-Reply-To. Only matches are fetched, with
BODY.PEEK so they stay unread for the people who share the mailbox; the folder is opened
read-only (EXAMINE) once per check.

What a check searched is remembered (`searched`: a digest per key, never the code itself)
with the folder's UIDVALIDITY and the UID it searched through. The next check searches the
keys it already searched only among newer UIDs; a key that was not searched before (a request
that started waiting since: a reply may have arrived before its code was stored) is searched
in the whole folder, once. A changed UIDVALIDITY (the server renumbered) makes every key new.

Delivery reports among the new UIDs (bounces whose Subject lost the code) are one more key of
the same SEARCH; only the reports it finds are body-searched for our Message-IDs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from imapclient import IMAPClient

from .imap import MailConnectionError, _classify
from .oauth import SignInAgain
from .settings import Provider

# Keys per SEARCH: long OR chains are fine for servers, but not unbounded.
SEARCH_CHUNK = 40
UID_PORTION = 500  # UIDs named in one SEARCH
MAX_FETCH_BYTES = 25 * 1024 * 1024  # one reply (with attachments) as evidence at most
# Matches fetched in one check; the rest come with the next one. Someone mailing the
# organisation a thousand messages with a known code in the subject fills nothing at once.
MAX_PER_CHECK = 100
REPORT: list[object] = ["HEADER", "Content-Type", "report"]


@dataclass(frozen=True)
class Found:
    uid: int
    raw: bytes


@dataclass(frozen=True)
class SearchResult:
    uidvalidity: int
    highest_uid: int  # every match of `searched` up to here is fetched (or was before)
    found: tuple[Found, ...]
    skipped_too_large: int = 0
    searched: frozenset[str] = frozenset()  # digests of the keys searched through highest_uid


def key_digest(key: Sequence[object]) -> str:
    """What the state remembers of a search key: not the code or Message-ID itself."""
    return hashlib.sha256("\x00".join(str(p) for p in key).encode()).hexdigest()[:16]


def _keys(codes: Sequence[str], message_ids: Sequence[str]) -> list[list[object]]:
    """The code in the Subject, or our Message-ID in In-Reply-To (a reply whose subject was
    changed). References is not searched: it repeats In-Reply-To for a direct reply and each
    key costs the server a pass."""
    keys: list[list[object]] = [["SUBJECT", c] for c in codes]
    keys.extend(["HEADER", "In-Reply-To", msgid] for msgid in message_ids)
    return keys


def _any_of(keys: Sequence[Sequence[object]]) -> list[object]:
    """One SEARCH criterion that holds when any of `keys` does (an OR chain)."""
    criteria: list[object] = list(keys[-1])
    for key in reversed(keys[:-1]):
        criteria = ["OR", *key, *criteria]
    return criteria


def _chunks(keys: Sequence[Sequence[object]]) -> list[list[object]]:
    return [_any_of(keys[i : i + SEARCH_CHUNK]) for i in range(0, len(keys), SEARCH_CHUNK)]


def search_keys(codes: Sequence[str], message_ids: Sequence[str]) -> list[list[object]]:
    """OR chains of the exact header keys, at most SEARCH_CHUNK keys each."""
    keys = _keys(codes, message_ids)
    return _chunks(keys) if keys else []


def _portions(uids: Iterable[int]) -> list[str]:
    ordered = sorted(uids)
    return [
        ",".join(str(u) for u in ordered[i : i + UID_PORTION])
        for i in range(0, len(ordered), UID_PORTION)
    ]


def _search(client: IMAPClient, uids: str, criteria: list[object]) -> set[int]:
    return {int(u) for u in client.search(["UID", uids, *criteria])}


def _among(client: IMAPClient, uids: Iterable[int], keys: Sequence[Sequence[object]]) -> set[int]:
    """Which of `uids` match any of `keys` (a few messages: cheap for the server)."""
    found: set[int] = set()
    for portion in _portions(uids):
        for criteria in _chunks(keys):
            found |= _search(client, portion, criteria)
    return found


def _matches(
    client: IMAPClient,
    since: int,
    keys: list[list[object]],
    known: frozenset[str],
    message_ids: Sequence[str],
) -> set[int]:
    """UIDs that match a key: known keys among UIDs above `since`, new keys in the whole
    folder. Delivery reports (among new UIDs: a bounce comes after our message) in the same
    SEARCH; a report counts when it matches a key itself or its body names one of our
    Message-IDs (its returned headers)."""
    report = [REPORT] if message_ids else []
    if since:
        old = [k for k in keys if key_digest(k) in known]
        new = [k for k in keys if key_digest(k) not in known]
        groups = [(since, [*old, *report]), (0, new)]
    else:
        groups = [(0, [*keys, *report])]
    hits: set[int] = set()
    for low, group in groups:
        for criteria in _chunks(group) if group else []:
            # "n:*" always includes the highest UID, even when it is below n (RFC 3501).
            hits |= {u for u in _search(client, f"{low + 1}:*", criteria) if u > low}
    if not message_ids or not hits:
        return hits
    reports = _among(client, hits, [REPORT])
    if not reports:
        return hits
    own = _among(client, reports, keys) if keys else set()
    returned = _among(client, reports - own, [["BODY", m] for m in message_ids])
    return (hits - reports) | own | returned


def find_replies(
    client: IMAPClient,
    folder: str,
    codes: Sequence[str],
    message_ids: Sequence[str],
    *,
    after_uid: int,
    uidvalidity: int,
    skip: frozenset[int] = frozenset(),
    searched: frozenset[str] = frozenset(),
) -> SearchResult:
    """Search the folder's headers for the codes/Message-IDs and fetch only the matches.
    `after_uid`, `uidvalidity` and `searched` are what the previous check saw; `skip`: UIDs
    already in the vault under this UIDVALIDITY."""
    try:
        info = client.select_folder(folder, readonly=True)
        current = int(info.get(b"UIDVALIDITY", 0))
        same = current == uidvalidity
        since = after_uid if same else 0
        uidnext = int(info.get(b"UIDNEXT", 0))
        keys = _keys(codes, message_ids)
        matched = _matches(client, since, keys, searched if same else frozenset(), message_ids)
        wanted = sorted(u for u in matched if u not in skip)
        left = wanted[MAX_PER_CHECK:]
        wanted = wanted[:MAX_PER_CHECK]
        found, too_large = _fetch(client, wanted)
        # Every match below the first one left for next time is fetched (or was before).
        highest = left[0] - 1 if left else max([since, *matched, uidnext - 1 if uidnext else 0])
        digests = frozenset(key_digest(k) for k in keys)
        return SearchResult(current, highest, tuple(found), too_large, digests)
    except (MailConnectionError, SignInAgain):
        raise
    except Exception as exc:
        raise _classify(exc, Provider.PASSWORD) from None


def _fetch(client: IMAPClient, uids: list[int]) -> tuple[list[Found], int]:
    """The messages (BODY.PEEK: they stay unread), those over the evidence limit counted."""
    if not uids:
        return [], 0
    sizes = client.fetch(uids, ["RFC822.SIZE"])
    small = [u for u in uids if int(sizes.get(u, {}).get(b"RFC822.SIZE", 0)) <= MAX_FETCH_BYTES]
    found: list[Found] = []
    if small:
        bodies = client.fetch(small, ["BODY.PEEK[]"])
        for uid in small:
            raw = bodies.get(uid, {}).get(b"BODY[]")
            if isinstance(raw, bytes):
                found.append(Found(uid, raw))
    return found, len(uids) - len(small)
