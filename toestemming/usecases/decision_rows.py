"""Decision rows: what a checked answer set is (PreparedDecisions), how its rows and event
are appended, and what a signer's new answers do against their own earlier ones. Split from
consent.py (which checks and orchestrates) to keep modules small."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..clock import to_iso
from ..model import MOMENT_FROM_LABELS, Answer, Channel, Decision, SignerRef
from ..rules import AnswerEffect, answer_effect
from ..store import repo
from ..store.db import Database
from .consent_input import refresh_items
from .context import Context
from .withdrawals import PreparedWithdrawal


@dataclass(frozen=True)
class PreparedDecisions:
    """Checked answers of one signer, ready to append (see Consents.prepare_decisions)."""

    request_id: int
    signer: SignerRef
    role: str
    channel: Channel
    decided_at: datetime
    recorded_at: datetime
    answers: dict[int, Answer]
    special_ack: frozenset[int]
    shown_sha256: dict[int, str]  # item → hash of the text in `language`
    language: str
    age: int
    regime: str
    request_language: str = ""
    # One rule for every channel (rules.answer_effect): `answers` holds only what becomes a
    # decision row; a "nee" after this signer's own "ja" is a withdrawal (prepared here, a
    # withdrawals.PreparedWithdrawal); a repeated or overtaken answer appends nothing.
    withdrawal: PreparedWithdrawal | None = None
    unchanged: tuple[int, ...] = ()

    @property
    def language_switched(self) -> bool:
        return bool(self.request_language) and self.language != self.request_language


class RecordedAnswers(list[int]):
    """What one signer's answers appended: the new decision rows' ids (the list
    record_decisions always returned), the withdrawal rows of each "nee" after their own "ja"
    (the caller lists the recipients to tell, withdrawals.result), and the items they had
    answered so already (nothing added)."""

    def __init__(
        self,
        decision_ids: Iterable[int],
        withdrawal_ids: Iterable[int] = (),
        unchanged: Iterable[int] = (),
    ) -> None:
        super().__init__(decision_ids)
        self.withdrawal_ids = tuple(withdrawal_ids)
        self.unchanged = tuple(unchanged)


def own_answer_effects(
    db: Database,
    request_id: int,
    signer: SignerRef,
    answers: Mapping[int, Answer],
    moment: datetime,
) -> dict[int, tuple[AnswerEffect, Decision | None]]:
    """Per item: rules.answer_effect of `signer`'s answer against their own decisions on it."""
    # Picked by item (item_state's index; its request_id has none: a 100k-item vault was
    # scanned whole per reply read, 40 ms each) and still held to this request.
    ids = list(answers)
    marks = ",".join("?" * len(ids))
    histories = (
        {
            h.facts.item_id: h
            for h in repo.item_histories(
                db, f"s.item_id IN ({marks}) AND s.request_id = ?", (*ids, request_id), judged=True
            )
        }
        if ids
        else {}
    )
    out: dict[int, tuple[AnswerEffect, Decision | None]] = {}
    for item_id, answer in answers.items():
        h = histories.get(item_id)
        own = [d for d in h.decisions if d.signer == signer] if h is not None else []
        out[item_id] = answer_effect(own, answer, moment)
    return out


def served_items(db: Database, item_ids: Iterable[int]) -> set[int]:
    """The items among `item_ids` under which data were shared (any disclosure, also one
    recorded after the moment of a "nee" read late: its recipient must be told as well)."""
    ids = list(item_ids)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    rows = db.query(f"SELECT DISTINCT item_id FROM disclosures WHERE item_id IN ({marks})", ids)
    return {int(r[0]) for r in rows}


def item_positions(items: Mapping[int, Any], item_ids: Iterable[int]) -> str:
    """ "1, 3": the items' positions as the signer saw them (never a name or a date)."""
    return ", ".join(str(p) for p in sorted(items[i].position for i in item_ids))


def write_decision_rows(
    ctx: Context, p: PreparedDecisions, evidence_id: int | None, moment_from: str
) -> list[int]:
    """Append the decision rows of `p.answers` and their one event; inside db.transaction()."""
    db = ctx.db
    ids = []
    for item_id, answer in p.answers.items():
        ids.append(
            db.execute(
                "INSERT INTO decisions(item_id, signer_kind, signer_id, signer_role, answer, "
                "decided_at, recorded_at, channel, worker_id, evidence_id, special_ack, "
                "text_sha256, language) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    item_id,
                    p.signer.kind.value,
                    p.signer.id,
                    p.role,
                    answer.value,
                    to_iso(p.decided_at),
                    to_iso(p.recorded_at),
                    p.channel.value,
                    ctx.worker_id,
                    evidence_id,
                    int(item_id in p.special_ack),
                    p.shown_sha256[item_id],
                    p.language,
                ),
            )
        )
    refresh_items(db, list(p.answers))
    body: dict[str, Any] = {
        "request": p.request_id,
        "signer": [p.signer.kind.value, p.signer.id],
        "role": p.role,
        "age": p.age,
        "regime": p.regime,
        "channel": p.channel.value,
        "decided_at": to_iso(p.decided_at),
        "recorded_at": to_iso(p.recorded_at),  # the rows' moment (replay.py)
        "evidence": evidence_id,
        "answers": {str(i): a.value for i, a in sorted(p.answers.items())},
        "decisions": ids,
        "special_ack": sorted(p.special_ack & set(p.answers)),
    }
    if moment_from in MOMENT_FROM_LABELS:
        # decided_at is not the sender's own date (a reply without one): the proof says so
        body["moment_from"] = moment_from
    if p.language_switched:
        body["language"] = p.language
        body["text_sha256"] = {str(i): h for i, h in sorted(p.shown_sha256.items())}
    ctx.event("decisions.recorded", body)
    return ids
