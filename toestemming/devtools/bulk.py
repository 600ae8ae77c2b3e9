"""Bulk synthetic data for `toestemming bench` (100k youths, 1M items): the same rows and
the same audit events the normal use cases write, inserted with executemany per batch.

`write_batch(..., with_audit=False)` inserts the identical rows without events; the bench uses
it on a second vault as the "plain bulk insert" floor.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..clock import to_iso
from ..model import YOUTH_REF, YOUTH_REF_FLAG
from ..refcode import new_reference_code
from ..rules import age_on
from ..service import Service
from ..store import repo
from ..texts import item_text, request_text, sha256_text
from ..usecases.context import Context
from ..validation import family_key, fold
from .seed import FAMILY, GIVEN


@dataclass
class Batch:
    youths: list[tuple[Any, ...]] = field(default_factory=list)
    reps: list[tuple[Any, ...]] = field(default_factory=list)
    requests: list[tuple[Any, ...]] = field(default_factory=list)
    items: list[tuple[Any, ...]] = field(default_factory=list)
    item_categories: list[tuple[int, int]] = field(default_factory=list)
    decisions: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[str, int | None, dict[str, Any], Any]] = field(default_factory=list)

    def rows(self) -> int:
        return (
            len(self.youths)
            + len(self.reps)
            + len(self.requests)
            + len(self.items)
            + len(self.item_categories)
            + len(self.decisions)
        )


class SyntheticGenerator:
    """Builds batches with explicit ids so both vaults (real and floor) get identical rows."""

    def __init__(self, ctx: Context, items_per_youth: int, seed: int = 1) -> None:
        self._ctx = ctx
        self._rng = random.Random(seed)
        self._items_per_youth = max(1, items_per_youth)
        self._counter = 0
        db = ctx.db
        self.recipients = [int(r[0]) for r in db.query("SELECT id FROM recipients ORDER BY id")]
        # No consent is asked for a purpose the law requires (legal_duties.py: the desk
        # refuses such a request), so bulk data has none either.
        self.purposes = [
            (int(r[0]), int(r[1]))
            for r in db.query(
                "SELECT p.id, max(v.id) FROM purposes p JOIN purpose_versions v ON v.purpose_id = p.id "
                "WHERE p.id NOT IN (SELECT purpose_id FROM legal_duties) GROUP BY p.id"
            )
        ]
        self.categories = [
            int(r[0]) for r in db.query("SELECT id FROM data_categories WHERE special = 0")
        ]
        self._recipient = {r: repo.get_recipient(db, r) for r in self.recipients}
        self._purpose = {p: repo.latest_purpose(db, p) for p, _ in self.purposes}
        self._category = {c: repo.get_category(db, c) for c in self.categories}
        self.next_ids = {
            t: int(db.scalar(f"SELECT coalesce(max(id), 0) FROM {t}")) + 1
            for t in ("youths", "representatives", "consent_requests", "consent_items", "decisions")
        }

    def _id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] += 1
        return value

    def _code(self) -> str:
        self._counter += 1
        n = self._counter
        return new_reference_code(lambda k: n.to_bytes(k, "big"))

    def batch(self, youths: int) -> Batch:
        ctx, rng, b = self._ctx, self._rng, Batch()
        now = ctx.clock.now()
        today = ctx.clock.today()
        now_s = to_iso(now)
        org = ctx.organisation
        worker = ctx.worker_id
        per_request = min(5, self._items_per_youth)
        for _ in range(youths):
            yid = self._id("youths")
            age = rng.randrange(12, 26)
            born = today - timedelta(days=age * 365 + rng.randrange(0, 360))
            given, family = rng.choice(GIVEN), rng.choice(FAMILY) + f" {yid}"
            school = rng.choice(("Praktijkschool De Brug", "VSO De Horizon", "ROC Midden"))
            b.youths.append(
                (
                    yid,
                    given,
                    family,
                    born.isoformat(),
                    school,
                    "",
                    "",
                    "",
                    "nl",
                    "none",
                    None,
                    fold(given),
                    family_key(family),
                    fold(school),
                    now_s,
                )
            )
            personal = {
                "given_name": given,
                "family_name": family,
                "birth_date": born.isoformat(),
                "school": school,
                "programme": "",
                "email": "",
                "phone": "",
                YOUTH_REF: "",
            }
            b.events.append(
                (
                    "youth.added",
                    worker,
                    {"youth": yid, "protection": "none", "language": "nl", YOUTH_REF_FLAG: True},
                    personal,
                )
            )
            signers: list[tuple[str, int, str]] = []
            if age_on(born, today) < 16:
                for label in ("A", "B"):
                    rid = self._id("representatives")
                    b.reps.append(
                        (rid, yid, f"Ouder {label} {yid}", "parent", 1, "", "", "nl", now_s)
                    )
                    b.events.append(
                        (
                            "representative.added",
                            worker,
                            {
                                "youth": yid,
                                "representative": rid,
                                "role": "parent",
                                "has_gezag": True,
                            },
                            {"name": f"Ouder {label} {yid}", "email": "", "phone": ""},
                        )
                    )
                    signers.append(("representative", rid, "parent"))
            else:
                signers.append(("youth", yid, "youth"))
            remaining = self._items_per_youth
            while remaining > 0:
                n_items = min(per_request, remaining)
                remaining -= n_items
                self._request(b, yid, n_items, signers, today, now_s, org, worker)
        return b

    def _request(
        self,
        b: Batch,
        yid: int,
        n_items: int,
        signers: list[tuple[str, int, str]],
        today: date,
        now_s: str,
        org: str,
        worker: int,
    ) -> None:
        rng = self._rng
        req_id = self._id("consent_requests")
        code = self._code()
        until = today + timedelta(days=rng.randrange(30, 700))
        texts, item_events = [], []
        pairs = rng.sample([(p, r) for p in self.purposes for r in self.recipients], n_items)
        for pos, ((pid, vid), rid) in enumerate(pairs, 1):
            cats = sorted(rng.sample(self.categories, 2))
            text = item_text(
                pos,
                self._purpose[pid],
                self._recipient[rid],
                [self._category[c] for c in cats],
                until,
                org,
                code,
                "nl",
            )
            iid = self._id("consent_items")
            digest = sha256_text(text)
            texts.append(text)
            b.items.append((iid, req_id, yid, rid, pid, vid, pos, text, digest))
            b.item_categories.extend((iid, c) for c in cats)
            item_events.append(
                {
                    "item": iid,
                    "purpose_version": vid,
                    "recipient": rid,
                    "categories": cats,
                    "text_sha256": digest,
                }
            )
        full = request_text(org, code, texts, "nl")
        b.requests.append(
            (
                req_id,
                code,
                yid,
                worker,
                now_s,
                today.isoformat(),
                until.isoformat(),
                "nl",
                full,
                sha256_text(full),
            )
        )
        b.events.append(
            (
                "request.created",
                worker,
                {
                    "request": req_id,
                    "youth": yid,
                    "code": code,
                    "valid_from": today.isoformat(),
                    "valid_until": until.isoformat(),
                    "language": "nl",
                    "text_sha256": sha256_text(full),
                    "items": item_events,
                    "regime": "bulk",
                    "created_at": now_s,
                },
                None,
            )
        )
        answer = "yes" if rng.random() < 0.8 else "no"
        for kind, sid, role in signers:
            ids = []
            for ev in item_events:
                did = self._id("decisions")
                ids.append(did)
                b.decisions.append(
                    (
                        did,
                        ev["item"],
                        kind,
                        sid,
                        role,
                        answer,
                        now_s,
                        now_s,
                        "desk",
                        worker,
                        None,
                        0,
                        ev["text_sha256"],
                    )
                )
            b.events.append(
                (
                    "decisions.recorded",
                    worker,
                    {
                        "request": req_id,
                        "signer": [kind, sid],
                        "role": role,
                        "channel": "desk",
                        "decided_at": now_s,
                        "recorded_at": now_s,
                        "decisions": ids,
                        "answers": {str(ev["item"]): answer for ev in item_events},
                    },
                    None,
                )
            )


def write_batch(ctx: Context, b: Batch, *, with_audit: bool = True) -> tuple[float, float]:
    """Write one batch in one transaction. Returns (seconds for the plain row inserts, seconds
    in all): the bench compares the two in the same vault, at the same size."""
    db = ctx.db
    start = time.perf_counter()
    with db.transaction():
        db.executemany(
            "INSERT INTO youths(id, given_name, family_name, birth_date, school, programme, email, phone, "
            "language, protection, external_ref, given_key, family_key, school_key, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            b.youths,
        )
        db.executemany(
            "INSERT INTO representatives(id, youth_id, name, role, has_gezag, email, phone, language, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            b.reps,
        )
        db.executemany(
            "INSERT INTO consent_requests(id, reference_code, youth_id, worker_id, created_at, valid_from, "
            "valid_until, language, text, text_sha256) VALUES (?,?,?,?,?,?,?,?,?,?)",
            b.requests,
        )
        db.executemany(
            "INSERT INTO consent_items(id, request_id, youth_id, recipient_id, purpose_id, purpose_version_id, "
            "position, text, text_sha256) VALUES (?,?,?,?,?,?,?,?,?)",
            b.items,
        )
        db.executemany(
            "INSERT INTO item_categories(item_id, category_id) VALUES (?,?)", b.item_categories
        )
        db.executemany(
            "INSERT INTO decisions(id, item_id, signer_kind, signer_id, signer_role, answer, decided_at, "
            "recorded_at, channel, worker_id, evidence_id, special_ack, text_sha256) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            b.decisions,
        )
        plain = time.perf_counter() - start
        if with_audit:
            # The derived cache, built from the batch itself: re-deriving it with SQL would cost
            # more than the inserts. tests/test_bulk.py checks it equals the SQL derivation.
            db.executemany(
                "INSERT INTO item_state VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", _item_state_rows(b)
            )
            ctx.audit.append_many(b.events)
    return plain, time.perf_counter() - start


def _compact(value: Any) -> str:
    # Byte-identical to SQLite's json_group_array(json_array(...)) for these value types.
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _item_state_rows(b: Batch) -> list[tuple[Any, ...]]:
    requests = {r[0]: r for r in b.requests}
    categories: dict[int, list[int]] = {}
    for item_id, cat in b.item_categories:
        categories.setdefault(item_id, []).append(cat)
    decisions: dict[int, list[list[Any]]] = {}
    for d in b.decisions:
        decisions.setdefault(d[1], []).append([d[0], *d[2:]])
    rows = []
    for iid, req_id, yid, rid, pid, _vid, pos, _text, _digest in b.items:
        req = requests[req_id]
        rows.append(
            (
                iid,
                yid,
                rid,
                pid,
                pos,
                req[1],
                req_id,
                req[5],
                req[6],
                req[4],
                _compact(sorted(categories.get(iid, []))),
                _compact(decisions.get(iid, [])),
                "[]",
                "[]",
            )
        )
    return rows


def synthetic_generator(svc: Service, items_per_youth: int, seed: int = 1) -> SyntheticGenerator:
    """A generator of bench data for the open vault of `svc`."""
    return SyntheticGenerator(svc.context, items_per_youth, seed)


def write_synthetic(svc: Service, batch: Batch, *, with_audit: bool = True) -> tuple[float, float]:
    """Write `batch` into the open vault of `svc`: (seconds for the plain rows, in all)."""
    return write_batch(svc.context, batch, with_audit=with_audit)
