"""State follows events: replay the audit log and compare every consent row with it.

The events are hash-chained and signed; the tables beside them are not. Someone holding the
passphrase can edit a decision's answer, delete a withdrawal or widen an item's categories
with any SQLCipher client while leaving the log alone, and the chain still verifies. The replay
derives from the events what every request, item, category, item text, decision, withdrawal,
notification, item action, expiry, disclosure and weighing must be (replay_events.py) and
reports each row that disagrees: in the table but not in the log, in the log but not in the
table, or a field that differs. Every entry of the `item_state` cache is checked against the
log the same way, so what the desk sees ("mag ik delen?") follows from the log too.

Problems name the request's reference code and the item's position (never a name or another
personal value); personal free text (reasons, notes, the 4-step weighing) is compared with its
salted commitment in the event, and accepted empty once the youth is erased.

Cost: one pass over the log (only consent kinds parsed) and one sequential pass over each
consent table. A large vault is split by request-id ranges over processes, like
audit_links.py: each process parses only its range's request-bound events and compares only
its range's rows (see replay_split.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from . import replay_items as items
from .audit import commitment
from .replay_catalog import has_column
from .replay_events import Expected, Origin, collect, foreign_basis, moment_agrees
from .replay_items import differing
from .replay_report import (
    DIFFERS,
    IN_STATE,
    LABELS,
    MAX_PROBLEMS,
    MISSING_IN_STATE,
    NOT_LOGGED,
    NOT_STORED,
    Disagreement,
    Place,
    ReplayReport,
)
from .replay_scope import HIGHEST, LOWEST, Scope
from .store.db import Database

__all__ = ["HIGHEST", "LOWEST", "Comparison", "Scope", "replay", "replay_scope"]


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The expected state is millions of small objects; the cyclic collector would rescan
    them over and over while it grows (measured: the log pass ran 4x slower). Reference
    counting still frees everything; the collector is back on afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def replay_scope(db: Database, scope: Scope) -> ReplayReport:
    """Replay the log and compare the rows in `scope`, in this process."""
    with _no_cyclic_gc():
        rows = db.iterate("SELECT seq, body FROM events ORDER BY seq", tuples=True)
        wanted = (
            None
            if scope.only is None and scope.requests == Scope().requests
            else (scope.wants_request)
        )
        expected = collect(rows, wanted)  # (seq INTEGER, body BLOB): int and bytes
        check = Comparison(db, expected, scope)
        check.run()
        return check.report()


class Comparison:
    def __init__(self, db: Database, expected: Expected, scope: Scope) -> None:
        self.db = db
        self.exp = expected
        self.scope = scope
        self.found: list[Disagreement] = []
        # What each pass met: ("withdrawal" | "action", id) or ("expiry", item) per source.
        self.seen: dict[str, set[tuple[str, int]]] = {"table": set(), "state": set()}
        self.more = 0
        self.rows = 0
        self.purposes = {int(r[0]): int(r[1]) for r in db.query(_PURPOSES)}
        self.item_ids: frozenset[int] | None = None  # `only`: the items of those requests
        if scope.only is not None:
            stored = _in_chunks(
                db, "SELECT id FROM consent_items WHERE request_id {where}", scope.only
            )
            logged = {i for i, f in expected.items.items() if f.request in scope.only}
            self.item_ids = frozenset({int(r[0]) for r in stored} | logged)

    # -- reporting ----------------------------------------------------------------------------
    def add(self, where: Place, problem: str) -> None:
        if len(self.found) >= MAX_PROBLEMS:
            self.more += 1
            return
        self.found.append(Disagreement(where.where, problem, *where[1:]))

    def differs(
        self,
        where: Place,
        what: str,
        origin: Origin,
        fields: list[str],
    ) -> None:
        names = ", ".join(LABELS.get(f, f) for f in fields)
        self.add(where, f"{what} {DIFFERS.format(seq=origin.seq, fields=names)}")

    def report(self) -> ReplayReport:
        return ReplayReport(tuple(self.found), self.exp.events, self.rows, 1, self.more)

    def at_request(self, request_id: int) -> Place:
        facts = self.exp.requests.get(request_id)
        if facts is not None:
            return Place(facts.code, request_id)
        code = self.db.scalar(
            "SELECT reference_code FROM consent_requests WHERE id = ?", (request_id,)
        )
        return Place(f"verzoek nr. {request_id}" if code is None else str(code), request_id)

    def at_item(self, item_id: int | None) -> Place:
        if item_id is None:
            return Place("onbekend onderdeel")
        facts = self.exp.items.get(item_id)
        if facts is not None:
            code = self.at_request(facts.request).where
            return Place(
                f"{code} onderdeel {facts.position}", facts.request, item_id, facts.position
            )
        row = self.db.query_one(
            "SELECT r.reference_code, i.position, i.request_id FROM consent_items i "
            "LEFT JOIN consent_requests r ON r.id = i.request_id WHERE i.id = ?",
            (item_id,),
        )
        if row is None:
            return Place(f"onderdeel nr. {item_id} (bestaat niet)", None, item_id)
        code = row[0] or f"verzoek nr. {row[2]}"
        # Not in the log: named as the table has it (that is all there is to go on).
        return Place(f"{code} onderdeel {row[1]}", int(row[2]), item_id, int(row[1]))

    # -- scope --------------------------------------------------------------------------------
    def item_in_scope(self, item_id: int | None) -> bool:
        if item_id is None:
            return False
        if self.item_ids is not None:
            return item_id in self.item_ids
        return self.scope.items[0] <= item_id <= self.scope.items[1]

    def request_rows(self, sql: str) -> Iterator[Any]:
        """Rows of `sql` in scope; `sql` says {where} for its request-id condition."""
        if self.scope.only is not None:
            return _in_chunks(self.db, sql, self.scope.only)
        return self.db.iterate(
            sql.format(where="BETWEEN ? AND ?"), self.scope.requests, tuples=True
        )

    def item_rows(self, sql: str) -> Iterator[Any]:
        """Rows of `sql` in scope; `sql` says {where} for its item-id condition, written as
        "{scan}item_id {where}" where a range should not use an item index: "+item_id" makes
        SQLite walk the table in storage order instead of hopping through the index (and
        then sorting); a proof export's few items do use the index."""
        if self.item_ids is not None:
            return _in_chunks(self.db, sql.replace("{scan}", ""), self.item_ids)
        scan = sql.replace("{scan}", "+").format(where="BETWEEN ? AND ?")
        return self.db.iterate(scan, self.scope.items, tuples=True)

    # -- the checks ---------------------------------------------------------------------------
    def run(self) -> None:
        for seq in self.exp.unreadable:
            self.add(
                Place(f"gebeurtenis {seq}"),
                "kan niet worden gelezen als gebeurtenis over toestemming",
            )
        for seq, problem in self.exp.foreign:
            self.add(Place(f"gebeurtenis {seq}"), problem)
        for seq, rid, problem in self.exp.views:  # (with its request: no proof of it goes out)
            where = self.at_request(rid).where if rid in self.exp.requests else None
            self.add(
                Place(f"{where} gebeurtenis {seq}" if where else f"gebeurtenis {seq}", rid), problem
            )
        for table, key, seq in self.exp.duplicates:
            self.add(
                Place(f"{table} nr. {key}"),
                f"wordt door twee gebeurtenissen aangemaakt (de tweede: {seq})",
            )
        self.salts = self._salts()
        self.requests()
        items.check_items(self)
        items.check_categories(self)
        items.check_texts(self)
        items.check_decisions(self)
        self.withdrawals_and_actions()
        self.withdrawals_and_actions_complete("table")
        items.check_item_state(self)
        self.withdrawals_and_actions_complete("state")
        if self.scope.texts:
            items.check_text_hashes(self)
        self.notifications()
        self.expiries()
        self.disclosures()
        if self.scope.rest:
            self.assessments()

    def requests(self) -> None:
        exp = self.exp.requests
        seen: set[int] = set()
        for rid, code, youth, worker, created, vfrom, vuntil, lang, sha in self.request_rows(
            REQUESTS
        ):
            self.rows += 1
            f = exp.get(rid)
            if f is None:
                self.add(self.at_request(rid), f"het verzoek {NOT_LOGGED}")
                continue
            seen.add(rid)
            bad = [
                name
                for name, ok in (
                    ("code", code == f.code),
                    ("youth", youth == f.youth),
                    ("worker", worker == f.origin.actor),
                    ("created_at", moment_agrees(created, f.created_at, f.origin)),
                    ("valid_from", vfrom == f.valid_from),
                    ("valid_until", vuntil == f.valid_until),
                    ("language", lang == f.language),
                    ("text_sha256", sha == f.text_sha256),
                )
                if not ok
            ]
            if bad:
                self.differs(self.at_request(rid), "het verzoek", f.origin, bad)
        for rid, f in exp.items():
            if rid not in seen and self.scope.wants_request(rid):
                self.add(self.at_request(rid), "het verzoek " + NOT_STORED.format(seq=f.origin.seq))

    # -- withdrawals and item actions: table rows and the entries item_state holds ---------
    def withdrawal_problems(self, iid: int, v: tuple[Any, ...], where: str) -> None:
        """One withdrawal (repo.WITHDRAWAL_VALUES order) on item `iid`, from the table or from
        item_state, against its event."""
        wid = v[0]
        what = f"intrekking {wid}" + IN_STATE[where]
        f = self.exp.withdrawals.get(wid)
        if f is None:
            self.add(self.at_item(iid), f"{what} {NOT_LOGGED}")
            return
        self.seen[where].add(("withdrawal", wid))
        recorded = f.recorded_at
        if recorded is None:
            recorded = v[4] if moment_agrees(v[4], None, f.origin) else None
        expected = (
            f.signer_kind,
            f.signer_id,
            f.withdrawn_at,
            recorded,
            f.channel,
            f.origin.actor,
            f.evidence,
        )
        if iid == f.item and v[1:] == expected:
            return
        bad = [] if iid == f.item else ["item"]
        bad += differing(WITHDRAWAL_FIELDS, v[1:], expected)
        self.differs(self.at_item(f.item), what, f.origin, bad)

    def action_problems(self, iid: int, v: tuple[Any, ...], where: str) -> None:
        """One item action (repo.ACTION_VALUES order: id, kind, at, worker, reason)."""
        aid, kind, at, worker, reason = v
        what = f"actie {aid} op het onderdeel" + IN_STATE[where]
        f = self.exp.actions.get(aid)
        if f is None and kind == "expire":  # logged before action ids were: by item
            f = self.exp.unnumbered_expiries.get(iid)
            key: tuple[str, int] = ("expiry", iid)
        else:
            key = ("action", aid)
        if f is None or key in self.seen[where]:
            self.add(self.at_item(iid), f"{what} {NOT_LOGGED}")
            return
        self.seen[where].add(key)
        bad = [
            name
            for name, ok in (
                ("item", iid == f.item),
                ("kind", kind == f.kind),
                ("at", moment_agrees(at, f.at, f.origin)),
                ("worker", worker == f.origin.actor),
                (
                    "reason",
                    self.text_agrees({"reason": reason}, f.commitment, f.origin, f.item, f.reason),
                ),
            )
            if not ok
        ]
        if bad:
            self.differs(self.at_item(f.item), what, f.origin, bad)

    def withdrawals_and_actions(self) -> None:
        for *v, iid in self.item_rows(
            "SELECT id, signer_kind, signer_id, withdrawn_at, recorded_at, channel, worker_id, "
            "evidence_id, item_id FROM withdrawals WHERE {scan}item_id {where} ORDER BY id"
        ):
            self.rows += 1
            self.withdrawal_problems(iid, tuple(v), "table")
        for *v, iid in self.item_rows(
            "SELECT id, kind, at, worker_id, reason, item_id FROM item_actions "
            "WHERE {scan}item_id {where} ORDER BY id"
        ):
            self.rows += 1
            self.action_problems(iid, tuple(v), "table")

    def withdrawals_and_actions_complete(self, where: str) -> None:
        """Every logged withdrawal and action has its row (`where` = "table") or its entry
        in the item's cached status ("state")."""
        seen = self.seen[where]
        missing = NOT_STORED if where == "table" else MISSING_IN_STATE
        for wid, w in self.exp.withdrawals.items():
            if ("withdrawal", wid) not in seen and self.item_in_scope(w.item):
                what = f"intrekking {wid} "
                self.add(self.at_item(w.item), what + missing.format(seq=w.origin.seq))
        for aid, a in self.exp.actions.items():
            if ("action", aid) not in seen and self.item_in_scope(a.item):
                what = f"actie {aid} op het onderdeel "
                self.add(self.at_item(a.item), what + missing.format(seq=a.origin.seq))
        for iid, a in self.exp.unnumbered_expiries.items():
            if ("expiry", iid) not in seen and self.item_in_scope(iid):
                what = "het verlopen van het verzoek "
                self.add(self.at_item(iid), what + missing.format(seq=a.origin.seq))

    def notifications(self) -> None:
        seen: set[tuple[int, int]] = set()
        for wid, recipient, at, worker, item in self.db.iterate(
            "SELECT n.withdrawal_id, n.recipient_id, n.notified_at, n.worker_id, w.item_id "
            "FROM withdrawal_notifications n LEFT JOIN withdrawals w ON w.id = n.withdrawal_id "
            "ORDER BY n.id",
            tuples=True,
        ):
            if not (self.item_in_scope(item) or (item is None and self.scope.rest)):
                continue
            self.rows += 1
            f = self.exp.notifications.get((wid, recipient))
            if f is None:
                self.add(self.at_item(item), f"een melding bij intrekking {wid} {NOT_LOGGED}")
                continue
            seen.add((wid, recipient))
            bad = [
                n
                for n, ok in (
                    ("notified_at", at == f.notified_at),
                    ("worker", worker == f.origin.actor),
                )
                if not ok
            ]
            if bad:
                self.differs(self.at_item(item), f"een melding bij intrekking {wid}", f.origin, bad)
        for key, f in self.exp.notifications.items():
            if key not in seen and self.item_in_scope(f.item):
                self.add(
                    self.at_item(f.item),
                    f"een melding bij intrekking {key[0]} " + NOT_STORED.format(seq=f.origin.seq),
                )

    def expiries(self) -> None:
        seen: set[int] = set()
        for rid, at, days, worker in self.request_rows(
            "SELECT request_id, expired_at, after_days, worker_id FROM remote_expiries "
            "WHERE request_id {where} ORDER BY request_id"
        ):
            self.rows += 1
            f = self.exp.expiries.get(rid)
            if f is None:
                self.add(self.at_request(rid), f"het verlopen van het verzoek {NOT_LOGGED}")
                continue
            seen.add(rid)
            bad = [
                n
                for n, ok in (
                    ("at", moment_agrees(at, f.at, f.origin)),
                    ("after_days", days == f.after_days),
                    ("worker", worker == f.origin.actor),
                )
                if not ok
            ]
            if bad:
                self.differs(self.at_request(rid), "het verlopen van het verzoek", f.origin, bad)
        for rid, f in self.exp.expiries.items():
            if rid not in seen and self.scope.wants_request(rid):
                self.add(
                    self.at_request(rid),
                    "het verlopen van het verzoek " + NOT_STORED.format(seq=f.origin.seq),
                )

    def disclosures(self) -> None:
        cats: dict[int, list[int]] = {}
        for did, cat in self.db.iterate(
            "SELECT disclosure_id, category_id FROM disclosure_categories "
            "ORDER BY disclosure_id, category_id",
            tuples=True,
        ):
            cats.setdefault(did, []).append(cat)
        seen: set[int] = set()
        for row in self.db.iterate(
            "SELECT id, youth_id, recipient_id, purpose_id, disclosed_at, recorded_at, basis, "
            "item_id, assessment_id, note, worker_id FROM disclosures ORDER BY id",
            tuples=True,
        ):
            did, item = row[0], row[7]
            if not self._disclosure_in_scope(item):
                continue
            self.rows += 1
            f = self.exp.disclosures.get(did)
            where = self.at_item(item) if item is not None else Place(f"verstrekking {did}")
            if f is None:
                self.add(where, f"verstrekking {did} {NOT_LOGGED}")
                continue
            seen.add(did)
            bad = [
                name
                for name, ok in (
                    ("youth", row[1] == f.youth),
                    ("recipient", row[2] == f.recipient),
                    ("purpose", row[3] == f.purpose),
                    ("categories", tuple(cats.get(did, ())) == f.categories),
                    ("disclosed_at", row[4] == f.disclosed_at),
                    ("recorded_at", moment_agrees(row[5], f.recorded_at, f.origin)),
                    ("basis", row[6] == f.basis),
                    ("item", item == f.item),
                    ("assessment", row[8] == f.assessment),
                    ("note", self.note_agrees(row[9], f.commitment, f.origin, f.youth)),
                    ("worker", row[10] == f.origin.actor),
                )
                if not ok
            ]
            if bad:
                self.differs(where, f"verstrekking {did}", f.origin, bad)
            foreign = foreign_basis(self.exp, f, self._youth_of(f.item))
            if foreign is not None:
                self.add(where, f"verstrekking {did} (gebeurtenis {f.origin.seq}) {foreign}")
        for did, f in self.exp.disclosures.items():
            if did not in seen and self._disclosure_in_scope(f.item):
                where = self.at_item(f.item) if f.item is not None else Place(f"verstrekking {did}")
                self.add(where, f"verstrekking {did} " + NOT_STORED.format(seq=f.origin.seq))

    def _disclosure_in_scope(self, item: int | None) -> bool:
        return self.scope.rest if item is None else self.item_in_scope(item)

    def assessments(self) -> None:
        seen: set[int] = set()
        # A vault checked read-only before migration 17 has no scope column: nothing was limited.
        scope = "dat_only" if has_column(self.db, "assessments", "dat_only") else "0"
        for row in self.db.iterate(
            "SELECT id, youth_id, recipient_id, purpose_id, basis, basis_motivation, "
            "purpose_compatibility, proportionality, subsidiarity, youth_informed, created_at, "
            f"worker_id, {scope} FROM assessments ORDER BY id",
            tuples=True,
        ):
            self.rows += 1
            aid = row[0]
            where = Place(f"afweging {aid}")
            f = self.exp.assessments.get(aid)
            if f is None:
                self.add(where, f"de afweging {NOT_LOGGED}")
                continue
            seen.add(aid)
            texts = dict(zip(_ASSESSMENT_TEXTS, row[5:9], strict=True))
            bad = [
                name
                for name, ok in (
                    ("youth", row[1] == f.youth),
                    ("recipient", row[2] == f.recipient),
                    ("purpose", row[3] == f.purpose),
                    ("basis", row[4] == f.basis),
                    ("youth_informed", bool(row[9]) == f.youth_informed),
                    ("created_at", moment_agrees(row[10], f.created_at, f.origin)),
                    ("worker", row[11] == f.origin.actor),
                    ("dat_only", bool(row[12]) == f.dat_only),
                    (
                        "texts",
                        self.text_agrees(texts, f.commitment, f.origin, None, None, youth=f.youth),
                    ),
                )
                if not ok
            ]
            if bad:
                self.differs(where, "de afweging", f.origin, bad)
        for aid, f in self.exp.assessments.items():
            if aid not in seen:
                self.add(
                    Place(f"afweging {aid}"),
                    "de afweging " + NOT_STORED.format(seq=f.origin.seq),
                )

    # -- personal free text against its commitment ---------------------------------------------
    def _salts(self) -> dict[int, bytes]:
        seqs = {f.origin.seq for f in self.exp.actions.values() if f.commitment}
        seqs |= {f.origin.seq for f in self.exp.disclosures.values() if f.commitment}
        seqs |= {f.origin.seq for f in self.exp.assessments.values() if f.commitment}
        rows = _in_chunks(self.db, "SELECT seq, salt FROM event_salts WHERE seq {where}", seqs)
        return {int(r[0]): bytes(r[1]) for r in rows}

    def _youth_of(self, item: int | None) -> int | None:
        return None if item is None else self.youth_of_item(item)

    def youth_of_item(self, item: int) -> int | None:
        facts = self.exp.items.get(item)
        request = None if facts is None else self.exp.requests.get(facts.request)
        return None if request is None else request.youth

    def text_agrees(
        self,
        texts: dict[str, str],
        committed: str | None,
        origin: Origin,
        item: int | None,
        fixed: str | None,
        youth: int | None = None,
    ) -> bool:
        """Free text against the event: the salted commitment (while the salt exists), the
        fixed text of an expiry, or empty once the youth's data is erased (the salt is gone)."""
        if youth is None and item is not None:
            youth = self.youth_of_item(item)
        erased = youth is not None and youth in self.exp.erased_youths
        if erased and all(v == "" for v in texts.values()):
            return True
        if fixed is not None:
            return list(texts.values()) == [fixed]
        if committed is None:
            return all(v == "" for v in texts.values())
        salt = self.salts.get(origin.seq)
        return salt is not None and commitment(salt, texts) == committed

    def note_agrees(self, note: str, committed: str | None, origin: Origin, youth: int) -> bool:
        if committed is None:
            return note == ""
        return self.text_agrees({"note": note}, committed, origin, None, None, youth=youth)


WITHDRAWAL_FIELDS: tuple[str, ...] = (
    "signer",
    "signer",
    "withdrawn_at",
    "recorded_at",
    "channel",
    "worker",
    "evidence",
)
_ASSESSMENT_TEXTS = ("basis_motivation", "purpose_compatibility", "proportionality", "subsidiarity")
_PURPOSES = "SELECT id, purpose_id FROM purpose_versions"
REQUESTS = (
    "SELECT id, reference_code, youth_id, worker_id, created_at, valid_from, "
    "valid_until, language, text_sha256 FROM consent_requests "
    "WHERE id {where} ORDER BY id"
)


def _in_chunks(db: Database, sql: str, ids: Iterable[int]) -> Iterator[Any]:
    """Rows of `sql` with {where} = "IN (…)" over `ids`, 500 at a time (SQLite's variable
    limit); each chunk in the order `sql` asks, chunks in id order."""
    values = sorted(ids)
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        yield from db.query(sql.format(where="IN (" + ",".join("?" * len(chunk)) + ")"), chunk)


def replay(
    db: Database, *, only: frozenset[int] | None = None, texts: bool = False
) -> ReplayReport:
    """The whole replay in this process, or with `only` just those requests' rows (and the
    events about them): the check before a proof export. One read snapshot."""
    scope = Scope(texts=texts) if only is None else Scope(only=only, rest=False, texts=texts)
    with db.snapshot():
        return replay_scope(db, scope)
