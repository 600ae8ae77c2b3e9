"""Replies that arrive by themselves: look in the mailbox (IMAP) for messages about requests
that wait for an answer, keep each match in the vault until the worker has looked at it, and
record only what the worker confirms.

- Found by header SEARCH on the server (reference code in the Subject, our Message-ID in
  In-Reply-To); only matches are fetched, the rest of the mailbox never leaves the
  server. The mailbox is opened read-only: nothing deleted, moved or marked as read.
- What was read is remembered per folder: its UIDVALIDITY, the UID searched through and a
  digest of each key searched (`meta` key `imap_state`), and every fetched message's UID in
  `mail_inbox` (m0015). A check searches known keys among newer UIDs only, a request that
  started waiting since in the whole folder (capture/imap_search).
- Confirming goes through `Remote.confirm` (the raw message becomes evidence; every rule of a
  reply read by hand applies), then the row is marked and its copy emptied.
"""

from __future__ import annotations

import hashlib
import json
import logging
import ssl
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from .. import validation as v
from ..capture.imap import imap_session
from ..capture.imap_search import find_replies
from ..capture.oauth import SignInAgain
from ..capture.proposal import ReplyProposal
from ..clock import from_iso, local_moment_text, to_iso
from ..errors import NotFoundError, RuleViolation, Said
from ..store.db import Database
from ..store.turns import one_turn
from .context import Context
from .gezag_history import reading_once
from .mail_account import MailAccount
from .remote import Remote
from .remote_inbox import ConfirmResult
from .retention import register_eraser

_log = logging.getLogger(__name__)

IMAP_STATE_META_KEY = "imap_state"


@dataclass(frozen=True)
class CheckResult:
    new: int  # messages fetched now
    waiting: int  # messages waiting for the worker in total
    checked_at: datetime
    too_large: int = 0  # matches over the size limit, left in the mailbox


@dataclass(frozen=True)
class WaitingReply:
    inbox_id: int
    fetched_at: datetime
    proposal: ReplyProposal


class MailInbox:
    def __init__(self, ctx: Context, remote: Remote, account: MailAccount) -> None:
        self._ctx = ctx
        self._remote = remote
        self._account = account

    # -- looking ----------------------------------------------------------------------------------
    def too_large(self) -> int:
        """Matching messages left in the mailbox because they exceed the evidence limit
        (25 MB): the worker reads those in by hand (Antwoord inlezen)."""
        return int(self._state().get("too_large", 0))

    def last_checked(self) -> datetime | None:
        state = self._state()
        value = state.get("checked_at")
        return from_iso(value) if isinstance(value, str) else None

    def check(self, *, tls: ssl.SSLContext | None = None) -> CheckResult:
        """Look for new replies now. Raises MailConnectionError / SignInAgain (Dutch).
        An access token the mailbox refuses although it has not run out by our clock
        (Microsoft revokes them early) is dropped once and a fresh one tried, as for
        sending; nothing was stored before the login, so the retry fetches nothing twice."""
        try:
            return self._check_once(tls)
        except SignInAgain:
            if not self._account.forget_access_token():
                raise
            return self._check_once(tls)

    def _check_once(self, tls: ssl.SSLContext | None) -> CheckResult:
        imap, account, ca = self._account.imap_account()
        codes, message_ids = self._wanted()
        state = self._state()
        folders: dict[str, Any] = dict(state.get("folders") or {})
        folder_state: dict[str, Any] = folders.get(imap.folder) or {}
        validity = int(folder_state.get("uidvalidity", 0))
        after = int(folder_state.get("last_uid", 0))
        searched = folder_state.get("keys")
        keys = frozenset(str(k) for k in searched) if isinstance(searched, list) else frozenset()
        db = self._ctx.db
        smtp = self._remote.smtp_settings()
        timeout = float(smtp.timeout_seconds) if smtp is not None else 30.0
        with imap_session(imap, account, ca_file=ca, context=tls, timeout=timeout) as client:
            known = frozenset(
                int(r[0])
                for r in db.query(
                    "SELECT uid FROM mail_inbox WHERE folder = ? AND uidvalidity = ?",
                    (imap.folder, validity),
                )
            )
            result = find_replies(
                client,
                imap.folder,
                codes,
                message_ids,
                after_uid=after,
                uidvalidity=validity,
                skip=known,
                searched=keys,
            )
        now = self._ctx.clock.now()

        # The rows only, in one turn (tried again whole on a conflict: never the mailbox).
        def stored() -> int:
            new = 0
            for found in result.found:
                sha = hashlib.sha256(found.raw).hexdigest()
                # The same message under a new UIDVALIDITY (the server renumbered): once only.
                if db.query_one("SELECT 1 FROM mail_inbox WHERE sha256 = ?", (sha,)) is not None:
                    continue
                db.execute(
                    "INSERT OR IGNORE INTO mail_inbox(folder, uidvalidity, uid, fetched_at, "
                    "sha256, raw) VALUES (?,?,?,?,?,?)",
                    (imap.folder, result.uidvalidity, found.uid, to_iso(now), sha, found.raw),
                )
                new += 1
            folders[imap.folder] = {
                "uidvalidity": result.uidvalidity,
                "last_uid": result.highest_uid,
                "keys": sorted(result.searched),
            }
            self._ctx.set_meta(
                IMAP_STATE_META_KEY,
                json.dumps(
                    {
                        "folders": folders,
                        "checked_at": to_iso(now),
                        "too_large": int(state.get("too_large", 0)) + result.skipped_too_large,
                    },
                    sort_keys=True,
                ),
            )
            if new:
                self._ctx.event("mail.replies_fetched", {"count": new})
            return new

        new = db.in_one_turn(stored)
        _log.info("inbox checked: %d new, %d too large", new, result.skipped_too_large)
        return CheckResult(new, self.waiting_count(), now, result.skipped_too_large)

    def _wanted(self) -> tuple[list[str], list[str]]:
        """Codes and Message-IDs of every request that waits for an answer."""
        pending = self._remote.pending()
        codes = [p.reference_code for p in pending]
        ids = [p.request_id for p in pending]
        message_ids: list[str] = []
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            rows = self._ctx.db.query(
                "SELECT message_id FROM remote_messages WHERE via IN ('smtp', 'eml') AND "
                f"request_id IN ({','.join('?' * len(part))})",
                part,
            )
            message_ids.extend(str(r[0]) for r in rows)
        return codes, message_ids

    def _state(self) -> dict[str, Any]:
        raw = self._ctx.meta(IMAP_STATE_META_KEY)
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    # -- what waits for the worker --------------------------------------------------------------
    def _has_table(self) -> bool:
        # A vault opened read-only without migrating (an older schema) has no mail_inbox.
        return bool(
            self._ctx.db.scalar(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mail_inbox'"
            )
        )

    def waiting_count(self) -> int:
        if not self._has_table():
            return 0
        self._repair()
        return int(
            self._ctx.db.scalar("SELECT count(*) FROM mail_inbox WHERE state = 'waiting'") or 0
        )

    def waiting(self) -> list[WaitingReply]:
        """Each waiting message read into a proposal (nothing recorded), oldest first."""
        if not self._has_table():
            return []
        self._repair()
        rows = self._ctx.db.query(
            "SELECT id, fetched_at, raw FROM mail_inbox WHERE state = 'waiting' ORDER BY id"
        )
        with reading_once():  # (the log's events read once for all of them, not per reply)
            return _same_sender_noted(self._read_rows(rows))

    def _read_rows(self, rows: list[Any]) -> list[WaitingReply]:
        return [
            WaitingReply(
                int(r[0]), from_iso(r[1]), self._remote.read_reply(bytes(r[2]), from_iso(r[1]))
            )
            for r in rows
        ]

    def _repair(self) -> None:
        """A crash between recording (Remote.confirm) and marking the row leaves a waiting
        row whose message is already evidence: mark it confirmed now (never twice recorded:
        the proposal would say "al eerder verwerkt" anyway)."""
        db = self._ctx.db
        rows = db.query(
            "SELECT m.id, e.id FROM mail_inbox m JOIN evidence e ON e.sha256 = m.sha256 "
            "AND e.kind = 'eml' WHERE m.state = 'waiting'"
        )
        if rows and not db.read_only_reason:
            for inbox_id, evidence_id in rows:
                self._mark(int(inbox_id), "confirmed", int(evidence_id))

    def confirm(self, inbox_id: int, proposal: ReplyProposal) -> ConfirmResult:
        """Record what the worker confirmed: the message, its answers and this row's mark in
        one transaction (Remote.confirm), so two desks that confirm the same fetched reply
        record it once (the second hears "al eerder verwerkt") and no crash leaves it half."""
        inbox_id = v.positive_id(inbox_id, "Bericht", "inbox_id")  # (logged as given)
        sha = self._waiting_sha(inbox_id)
        if proposal.raw_sha256 != sha:
            raise RuleViolation(message_id="error-mail-proposal-not-for-message")
        return self._remote.confirm(
            proposal, lambda evidence_id: self._mark_row(inbox_id, "confirmed", evidence_id)
        )

    def set_aside(self, inbox_id: int) -> None:
        """Not an answer to record (or recorded by hand): off the list. The message stays in
        the mailbox; the copy in the vault is emptied."""
        inbox_id = v.positive_id(inbox_id, "Bericht", "inbox_id")  # (True was logged as true)
        self._waiting_sha(inbox_id)
        self._mark(inbox_id, "set_aside", None)

    def _waiting_sha(self, inbox_id: int) -> str:
        row = self._ctx.db.query_one(
            "SELECT sha256 FROM mail_inbox WHERE id = ? AND state = 'waiting'", (inbox_id,)
        )
        if row is None:
            raise NotFoundError(message_id="error-mail-message-not-listed")
        return str(row[0])

    @one_turn
    def _mark(self, inbox_id: int, state: str, evidence_id: int | None) -> None:
        with self._ctx.db.transaction():
            self._mark_row(inbox_id, state, evidence_id)

    def _mark_row(self, inbox_id: int, state: str, evidence_id: int | None) -> None:
        """Inside the caller's transaction. A row a colleague handled meanwhile is no longer
        waiting: refused (the caller's transaction writes nothing), never marked twice."""
        db = self._ctx.db
        if not db.query_one(
            "SELECT 1 FROM mail_inbox WHERE id = ? AND state = 'waiting'", (inbox_id,)
        ):
            raise NotFoundError(message_id="error-mail-message-not-listed")
        db.execute(
            "UPDATE mail_inbox SET state = ?, handled_at = ?, worker_id = ?, evidence_id = ?, "
            "raw = X'' WHERE id = ? AND state = 'waiting'",
            (state, to_iso(self._ctx.clock.now()), self._ctx.worker_id, evidence_id, inbox_id),
        )
        self._ctx.event("mail.reply_handled", {"inbox": inbox_id, "state": state})


def _same_sender_noted(replies: list[WaitingReply]) -> list[WaitingReply]:
    """Two replies of one person to one request wait together (an early "ja", then "nee toch
    niet voor 2"; an answer to the reminder after one to the request; the same mail sent
    twice): each says so, with the other's moment and whether it answers otherwise. The later
    one counts (rules.answer_effect: the earlier, confirmed after it, is overtaken); without
    this note the later one could be set aside as a copy and the earlier one silently win."""
    groups: dict[tuple[int, object], list[WaitingReply]] = {}
    for w in replies:
        p = w.proposal
        if p.request_id is not None and p.signer is not None:
            groups.setdefault((p.request_id, p.signer), []).append(w)
    notes: dict[int, list[str]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        ordered = sorted(group, key=_sent_order)
        for k, w in enumerate(ordered):
            for j, other in enumerate(ordered):
                if other is w:
                    continue
                same = _says(other.proposal) == _says(w.proposal)
                notes.setdefault(w.inbox_id, []).append(
                    Said(
                        "reply-same-sender-" + ("later" if j > k else "earlier"),
                        moment=_moment(other),
                        differs="no" if same else "yes",
                    )
                )
    return [
        replace(w, proposal=replace(w.proposal, notes=(*w.proposal.notes, *notes[w.inbox_id])))
        if w.inbox_id in notes
        else w
        for w in replies
    ]


def _sent_order(w: WaitingReply) -> tuple[datetime, int]:
    return (w.proposal.decided_at or w.fetched_at, w.inbox_id)


def _moment(w: WaitingReply) -> str:
    return local_moment_text(w.proposal.decided_at or w.fetched_at)


def _says(p: ReplyProposal) -> tuple[object, ...]:
    return (p.withdrawal, tuple(sorted((i.item_id, str(i.answer), i.unclear) for i in p.items)))


def _erase_waiting_replies(db: Database, youth_id: int, at: str) -> int:
    """Erasure (retention.erase): a reply still waiting about this youth's requests (its raw
    text names the reference code or answers our Message-ID) is emptied and set aside."""
    if not db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mail_inbox'"):
        return 0
    needles = [
        str(r[0])
        for r in db.query(
            "SELECT reference_code FROM consent_requests WHERE youth_id = ? UNION "
            "SELECT m.message_id FROM remote_messages m JOIN consent_requests r "
            "ON r.id = m.request_id WHERE r.youth_id = ?",
            (youth_id, youth_id),
        )
    ]
    changed = 0
    for needle in needles:
        where = "WHERE state = 'waiting' AND instr(raw, ?) > 0"
        changed += int(db.scalar(f"SELECT count(*) FROM mail_inbox {where}", (needle.encode(),)))
        db.execute(
            f"UPDATE mail_inbox SET raw = X'', state = 'set_aside', handled_at = ? {where}",
            (at, needle.encode()),
        )
    return changed


register_eraser("mail_inbox", _erase_waiting_replies)
