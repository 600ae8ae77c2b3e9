"""'Mag ik delen?', the 4-step weighing, and recording what was actually shared."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from .. import validation as v
from ..clock import from_iso, local_date, to_iso
from ..errors import NotFoundError, Phrase, RuleViolation, ValidationError, field_label
from ..language import SOURCE
from ..model import (
    STATUS_LABELS,
    Assessment,
    DataCategory,
    DataLevel,
    Disclosure,
    ItemStatus,
    LawfulBasis,
    OverrideGround,
    Recipient,
    Youth,
)
from ..rules import age_on, item_status
from ..share_rule import Candidate, ShareAnswer, may_share
from ..store import repo
from ..store.turns import one_turn
from .catalog_history import recipient_active_at
from .catch_all_entries import CatchAllCatalog, refuse_catch_all_entry
from .consent import as_moment
from .context import Context
from .gezag_history import LoggedHistory
from .legal_duties import bases_under_duty, check_duty_basis, duty_for, duty_of
from .objections import objections_about
from .policy_history import policy_at
from .recipient_merger import MergerNotes
from .sharing_rules import (
    NO_STATES,
    SPECIAL_BASES,
    CheckedJustification,
    Justification,
    SharingOptions,
    bases_for,
    check_basis,
    check_dat_only,
    check_justification,
    check_special,
    parents_may_be_informed,
    warned,
    whom_to_inform,
)
from .text_drift import drift_of, drift_warning_phrases


class Sharing:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._catch_all = CatchAllCatalog()  # old catch-all entries, judged once
        self._mergers = MergerNotes()  # mergers written only in a recipient's own words

    def may_share(
        self,
        youth_id: int,
        recipient_id: int,
        purpose_id: int,
        category_ids: Sequence[int],
        at: datetime | None = None,
    ) -> ShareAnswer:
        # One reading of the clock: "now" asked twice is a past moment the second time, and a
        # past moment is judged from the log (gezag_history, catalog_history) — at a cost
        # that grows with the log, for nothing.
        now = self._ctx.clock.now()
        moment = at or now
        outdated: dict[int, int] = {}
        change = self._ctx.db.change_mark()  # (facts kept while nothing was committed)
        candidates, active = self._candidates(
            youth_id, recipient_id, purpose_id, moment, outdated, now, change
        )
        answer = may_share(candidates, set(category_ids), local_date(moment))
        db = self._ctx.db
        if answer.missing_category_ids:  # name them; only now is it worth the lookups
            names = {c: repo.get_category(db, c).name for c in answer.missing_category_ids}
            answer = may_share(candidates, set(category_ids), local_date(moment), names)
        if answer.allowed and answer.item_id is not None:
            answer = self._not_on_catch_all(answer, answer.item_id, change)
        if not answer.allowed:
            answer = self._duty_note(answer, youth_id, recipient_id, purpose_id, moment)
        elif not recipient_active_at(db, recipient_id, moment, now, active):
            # Closed, merged or renamed (a gemeente after a herindeling): the consent names
            # this organisation only; a successor is another recipient that needs its own.
            answer = warned(answer, Phrase("share-warning-recipient-inactive"))
        elif (merged := self._mergers.warning(db, recipient_id, change)) is not None:
            # Left active, but its own words say it went into another (recipient_merger).
            answer = warned(answer, merged)
        if answer.allowed and answer.item_id is not None:
            # Given on an older purpose text? Say so, with what changed (text_drift.py).
            shown = outdated.get(answer.item_id)
            drift = drift_of(db, shown, moment if moment < now else None) if shown else None
            if drift is not None:
                answer = replace(warned(answer, *drift_warning_phrases(drift)), text_drift=drift)
        return answer

    def _not_on_catch_all(
        self, answer: ShareAnswer, item_id: int, change: tuple[int, int, int] | None
    ) -> ShareAnswer:
        """A "ja" to an item asked on an old catch-all entry ("Alle instanties", made before
        catalog_names refused them) is no specific consent: no sharing on it (catch_all_entries)."""
        found = self._catch_all.item_since(self._ctx.db, item_id, change)
        if found is None:
            return answer
        why = Phrase("share-catch-all-consent", {"entry": found})
        return ShareAnswer(False, why.text_in(SOURCE), why=why)

    def _duty_note(
        self,
        answer: ShareAnswer,
        youth_id: int,
        recipient_id: int,
        purpose_id: int,
        moment: datetime,
    ) -> ShareAnswer:
        """Where the law requires the sharing, "no consent" is not the whole answer: say so,
        and how to record it (legal_duties.py)."""
        db = self._ctx.db
        if duty_of(db, purpose_id) is None:
            return answer
        duty = duty_for(
            db, purpose_id, repo.get_youth(db, youth_id), local_date(moment), recipient_id
        )
        if duty is None:
            return answer
        return warned(answer, Phrase("share-legal-duty", {"law": duty.law}))

    def options(
        self,
        youth_id: int,
        recipient_id: int,
        purpose_id: int,
        at: datetime | None = None,
        category_ids: Sequence[int] = (),
    ) -> SharingOptions:
        """What may carry a disclosure no consent covers: the lawful bases for the weighing
        (by the recipient's legal role), whether an earlier "no" makes it an override (then
        only the named grounds), and whom to inform. The UI offers exactly these. With
        `category_ids` including a special category, only the bases that can carry it
        (sharing_rules.SPECIAL_BASES) remain."""
        db = self._ctx.db
        now = self._ctx.clock.now()
        moment = at or now
        youth = repo.get_youth(db, youth_id)
        recipient = repo.get_recipient(db, recipient_id)
        repo.latest_purpose(db, purpose_id)
        noes = [
            c
            for c in self._candidates(youth_id, recipient_id, purpose_id, moment, now=now)[0]
            if c.status.status in NO_STATES
        ]
        # Verzet (objections.py) is a "no" too: only a legal duty or a vital interest remains.
        objected = objections_about(db, youth_id, recipient_id, purpose_id, moment)
        after_no = bool(noes or objected)
        reason = "; ".join(
            [
                f"{STATUS_LABELS[c.status.status]} ({c.reference_code}, onderdeel {c.position})"
                for c in noes
            ]
            + [f"bezwaar (verzet) op {local_date(o.objected_at):%d-%m-%Y}" for o in objected]
        )
        bases = bases_for(recipient.legal_role, after_no, self._ctx.policy().public_body)
        if any(repo.get_category(db, c).special for c in category_ids):
            bases = tuple(b for b in bases if b in SPECIAL_BASES)
        # A purpose the law requires: the legal obligation while it holds, never after.
        bases, law = bases_under_duty(
            db, purpose_id, youth, local_date(moment), bases, recipient_id
        )
        age = age_on(youth.birth_date, local_date(moment))
        return SharingOptions(
            after_no,
            reason,
            bases,
            tuple(OverrideGround) if after_no else (),
            whom_to_inform(age, youth.protection),
            parents_may_be_informed(age, youth.protection),
            legal_duty=law,
        )

    def given_consent(
        self, youth_id: int, recipient_id: int, purpose_id: int, at: datetime
    ) -> tuple[str, int] | None:
        """(reference code, part) of a consent given for this recipient x purpose at `at`."""
        for c in self._candidates(youth_id, recipient_id, purpose_id, at)[0]:
            if c.status.status == ItemStatus.GIVEN:
                return c.reference_code, c.position
        return None

    def _candidates(
        self,
        youth_id: int,
        recipient_id: int,
        purpose_id: int,
        moment: datetime,
        outdated: dict[int, int] | None = None,
        now: datetime | None = None,
        change: tuple[int, int, int] | None = None,
    ) -> tuple[list[Candidate], bool | None]:
        """The items for this youth, recipient and purpose with their status at `moment`, and
        the recipient's `active` flag today (None: no such recipient); `outdated` receives
        item id -> purpose version shown, for items whose text was revised."""
        db = self._ctx.db
        read = repo.share_inputs(db, youth_id, recipient_id, purpose_id, change)
        youth = read.youth
        # Who had gezag on the sharing's day, and at a former yes's own (gezag_history.py).
        now = now or self._ctx.clock.now()
        then = LoggedHistory(db, youth_id, now, read.representatives)
        # and by its rule (policy_history); with the question's change mark, not a second one
        stored = self._ctx.policy() if change is None else self._ctx.policy_as_of(change)
        policy = policy_at(db, moment, now, stored)
        histories = read.histories
        if outdated is not None:
            outdated.update((h.facts.item_id, v) for h, v in histories if v is not None)
        candidates = [
            Candidate(
                h.facts.item_id,
                h.reference_code,
                h.position,
                item_status(
                    h.facts,
                    youth,
                    then.at(moment),
                    policy,
                    h.decisions,
                    h.withdrawals,
                    h.actions,
                    moment,
                    then,
                ),
                h.category_ids,
                h.facts.valid_from,
                h.facts.valid_until,
            )
            for h, _ in histories
        ]
        return candidates, read.recipient_active

    @one_turn
    def record_assessment(
        self,
        youth_id: int,
        recipient_id: int,
        purpose_id: int,
        basis: LawfulBasis | str,
        basis_motivation: str,
        purpose_compatibility: str,
        proportionality: str,
        subsidiarity: str,
        youth_informed: bool,
        dat_only: bool = False,
    ) -> Assessment:
        """The stappenplan: grondslag, doel, proportionaliteit, subsidiariteit — all four written
        out, plus whether the youth was informed. `dat_only`: step 3 concluded that only
        buitenkantinformatie may go (DAT); a disclosure of WAT on this weighing is refused."""
        db = self._ctx.db  # ids whole numbers: True/1.0 find row 1 but are logged as given
        youth_id, recipient_id, purpose_id = v.share_ids(youth_id, recipient_id, purpose_id)
        youth = repo.get_youth(db, youth_id)
        recipient = repo.get_recipient(db, recipient_id)
        repo.latest_purpose(db, purpose_id)
        try:
            b = LawfulBasis(basis)
        except ValueError:
            raise ValidationError(
                message_id="error-sharing-choose-legal-basis", field="basis"
            ) from None
        if b == LawfulBasis.CONSENT:
            raise ValidationError(
                message_id="error-sharing-sharing-basis-consent-needs",
                field="basis",
            )
        if not isinstance(dat_only, bool):  # "ja" or 1 must not quietly mean "no limit"
            raise ValidationError(
                message_id="error-validation-invalid",
                params={"label": field_label("Alleen buitenkantinformatie")},
                field="dat_only",
            )
        self._weighable(youth, recipient, purpose_id, b)  # (told at once)
        fields = {
            "basis_motivation": v.text(
                basis_motivation, "Stap 1 – grondslag", "basis_motivation", max_len=4000
            ),
            "purpose_compatibility": v.text(
                purpose_compatibility, "Stap 2 – doel", "purpose_compatibility", max_len=4000
            ),
            "proportionality": v.text(
                proportionality, "Stap 3 – proportionaliteit", "proportionality", max_len=4000
            ),
            "subsidiarity": v.text(
                subsidiarity, "Stap 4 – subsidiariteit", "subsidiarity", max_len=4000
            ),
        }
        for key, value in fields.items():
            if len(value) < 10:
                raise ValidationError(message_id="error-sharing-explain-each-step-few", field=key)
        now = self._ctx.clock.now()
        with db.transaction():
            # Again in the write turn (turns22): a "no" another desk recorded meanwhile, or a
            # legal duty marked, rules out the basis this weighing was begun on.
            self._weighable(repo.get_youth(db, youth_id), recipient, purpose_id, b)
            aid = db.execute(
                "INSERT INTO assessments(youth_id, recipient_id, purpose_id, basis, basis_motivation, "
                "purpose_compatibility, proportionality, subsidiarity, youth_informed, created_at, "
                "worker_id, dat_only) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    youth_id,
                    recipient_id,
                    purpose_id,
                    b.value,
                    fields["basis_motivation"],
                    fields["purpose_compatibility"],
                    fields["proportionality"],
                    fields["subsidiarity"],
                    int(bool(youth_informed)),
                    to_iso(now),
                    self._ctx.worker_id,
                    int(dat_only),
                ),
            )
            self._ctx.event(
                "assessment.recorded",
                {
                    "assessment": aid,
                    "youth": youth_id,
                    "recipient": recipient_id,
                    "purpose": purpose_id,
                    "basis": b.value,
                    "youth_informed": bool(youth_informed),
                    "created_at": to_iso(now),  # the row's moment (replay.py)
                    "dat_only": dat_only,
                },
                personal=fields,
            )
        return self.assessment(aid)

    def assessment(self, assessment_id: int) -> Assessment:
        r = self._ctx.db.query_one(
            "SELECT id, youth_id, recipient_id, purpose_id, basis, basis_motivation, "
            "purpose_compatibility, proportionality, subsidiarity, youth_informed, created_at, "
            "worker_id, dat_only FROM assessments WHERE id = ?",
            (assessment_id,),
        )
        if r is None:
            raise NotFoundError(message_id="error-sharing-assessment-missing")
        return Assessment(
            int(r[0]),
            int(r[1]),
            int(r[2]),
            int(r[3]),
            LawfulBasis(r[4]),
            r[5],
            r[6],
            r[7],
            r[8],
            bool(r[9]),
            from_iso(r[10]),
            int(r[11]),
            bool(r[12]),
        )

    @one_turn
    def record_disclosure(
        self,
        youth_id: int,
        recipient_id: int,
        purpose_id: int,
        category_ids: Sequence[int],
        disclosed_at: datetime | None = None,
        assessment_id: int | None = None,
        note: str = "",
        justification: Justification | None = None,
    ) -> Disclosure:
        """Record data actually shared. Covered by a given consent → basis consent; otherwise a
        completed weighing on another basis for the same youth/recipient/purpose is required,
        its basis allowed for the recipient's legal role, and the youth (or the parents)
        informed or a reason recorded why not. After a "no" for this recipient × purpose it
        is an override (sharing_rules.py): a named ground matching the weighing, a written
        reason and a second confirmation (`justification`)."""
        db, now = self._ctx.db, self._ctx.clock.now()  # ids as logged (True: row 1, as given)
        youth_id, recipient_id, purpose_id = v.share_ids(youth_id, recipient_id, purpose_id)
        assessment_id = v.optional_id(assessment_id, "Afweging", "assessment_id")
        moment = as_moment(disclosed_at, now, "disclosed_at")
        if moment > now + timedelta(minutes=5):
            raise ValidationError(
                message_id="error-sharing-moment-sharing-future", field="disclosed_at"
            )
        youth = repo.get_youth(db, youth_id)
        recipient = repo.get_recipient(db, recipient_id)
        repo.latest_purpose(db, purpose_id)
        cats = sorted({v.positive_id(c, "Gegevens", "category_ids") for c in category_ids})
        if not cats:
            raise ValidationError(
                message_id="error-sharing-choose-which-data-shared", field="category_ids"
            )
        categories = [repo.get_category(db, c) for c in cats]
        # A sharing names who received what, for what: never "Alle instanties" (an old entry).
        refuse_catch_all_entry(db, recipient_id, purpose_id, cats, "recipient_id")
        remark = v.text(note, "Toelichting", "note", required=False, max_len=4000)
        with db.transaction():
            # "Mag ik delen?" asked in the write turn (review21): asked before it, a withdrawal
            # another desk of the team recorded meanwhile was not seen, and the sharing was
            # written on the consent just withdrawn.
            answer, basis, checked, options = self._basis_for(
                youth, recipient, purpose_id, categories, moment, assessment_id, justification
            )
            item_id = answer.item_id if answer.allowed else None
            did = db.execute(
                "INSERT INTO disclosures(youth_id, recipient_id, purpose_id, disclosed_at, recorded_at, "
                "basis, item_id, assessment_id, note, worker_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    youth_id,
                    recipient_id,
                    purpose_id,
                    to_iso(moment),
                    to_iso(now),
                    basis.value,
                    item_id,
                    None if answer.allowed else assessment_id,
                    remark,
                    self._ctx.worker_id,
                ),
            )
            db.executemany(
                "INSERT INTO disclosure_categories(disclosure_id, category_id) VALUES (?, ?)",
                [(did, c) for c in cats],
            )
            self._ctx.event(
                "disclosure.recorded",
                {
                    "disclosure": did,
                    "youth": youth_id,
                    "recipient": recipient_id,
                    "purpose": purpose_id,
                    "categories": cats,
                    "basis": basis.value,
                    "item": item_id,
                    "assessment": None if answer.allowed else assessment_id,
                    "at": to_iso(moment),
                    "recorded_at": to_iso(now),  # the row's moment (replay.py)
                    "override": bool(options and options.after_no),
                },
                personal={"note": remark} if remark else None,
            )
            if checked is not None and options is not None:
                self._justify(did, youth_id, checked, options.after_no, now)
        return self.disclosures(youth_id, disclosure_id=did)[0]

    def _weighable(
        self, youth: Youth, recipient: Recipient, purpose_id: int, basis: LawfulBasis
    ) -> None:
        """Why `basis` may not carry a weighing for this sharing (the recipient's role, our own,
        an earlier "no", a legal duty); nothing when it may."""
        if youth.erased:  # (review22: her weighing's free text was written after the erasure)
            raise ValidationError(message_id="error-youth-erased")
        options = self.options(youth.id, recipient.id, purpose_id)
        check_basis(basis, recipient.legal_role, options.after_no, self._ctx.policy().public_body)
        check_duty_basis(
            self._ctx.db, purpose_id, youth, self._ctx.clock.today(), basis, recipient.id
        )

    def _basis_for(
        self,
        youth: Youth,
        recipient: Recipient,
        purpose_id: int,
        categories: Sequence[DataCategory],
        moment: datetime,
        assessment_id: int | None,
        justification: Justification | None,
    ) -> tuple[ShareAnswer, LawfulBasis, CheckedJustification | None, SharingOptions | None]:
        """record_disclosure's basis (inside its transaction): the consent that covers it, or
        the weighing on another basis with every rule it must meet."""
        if repo.get_youth(self._ctx.db, youth.id).erased:  # (review22, also another desk's)
            raise ValidationError(message_id="error-youth-erased")
        youth_id, recipient_id = youth.id, recipient.id
        cats = [c.id for c in categories]
        answer = self.may_share(youth_id, recipient_id, purpose_id, cats, moment)
        basis = LawfulBasis.CONSENT
        checked = None
        options = None
        if not answer.allowed:
            if assessment_id is None:
                raise RuleViolation(
                    message_id="error-sharing-choose-other-basis",
                    params={"reason": answer.why or answer.reason},
                )
            a = self.assessment(assessment_id)
            if (a.youth_id, a.recipient_id, a.purpose_id) != (youth_id, recipient_id, purpose_id):
                raise RuleViolation(message_id="error-sharing-balancing-interests-about-another")
            basis = a.basis
            # Checked again here, not only at the weighing: a weighing made before the "no"
            # (or before this rule) cannot carry a disclosure after it.
            options = self.options(youth_id, recipient_id, purpose_id, moment)
            check_basis(
                basis, recipient.legal_role, options.after_no, self._ctx.policy().public_body
            )
            # A weighing made while a duty held carries nothing once the youth is past it.
            check_duty_basis(
                self._ctx.db, purpose_id, youth, local_date(moment), basis, recipient_id
            )
            check_special(basis, [c.name for c in categories if c.special])
            if a.dat_only:
                check_dat_only([c.name for c in categories if c.level != DataLevel.DAT])
            checked = check_justification(justification, options, basis, a.youth_informed)
        return answer, basis, checked, options

    def _justify(
        self,
        did: int,
        youth_id: int,
        checked: CheckedJustification,
        override: bool,
        now: datetime,
    ) -> None:
        """The justification row and its own event (the written reasons as a salted
        commitment, erased with the youth), inside the disclosure's transaction."""
        confirmed = to_iso(now) if override else None
        self._ctx.db.execute(
            "INSERT INTO disclosure_overrides(disclosure_id, youth_id, is_override, ground, "
            "reason, informed, not_informed_reason, confirmed_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                did,
                youth_id,
                int(override),
                None if checked.ground is None else checked.ground.value,
                checked.reason,
                checked.informed.value,
                checked.not_informed_reason,
                confirmed,
            ),
        )
        texts = {"reason": checked.reason, "not_informed_reason": checked.not_informed_reason}
        self._ctx.event(
            "disclosure.justified",
            {
                "disclosure": did,
                "youth": youth_id,
                "override": override,
                "ground": None if checked.ground is None else checked.ground.value,
                "informed": checked.informed.value,
                "confirmed_at": confirmed,
            },
            personal=texts if any(texts.values()) else None,
        )

    def justification(self, disclosure_id: int) -> dict[str, Any] | None:
        """How a disclosure without consent was justified (None for a consent-covered one)."""
        r = self._ctx.db.query_one(
            "SELECT is_override, ground, reason, informed, not_informed_reason, confirmed_at "
            "FROM disclosure_overrides WHERE disclosure_id = ?",
            (disclosure_id,),
        )
        if r is None:
            return None
        return {
            "override": bool(r[0]),
            "ground": r[1],
            "reason": r[2],
            "informed": r[3],
            "not_informed_reason": r[4],
            "confirmed_at": r[5],
        }

    def disclosures(self, youth_id: int, disclosure_id: int | None = None) -> list[Disclosure]:
        extra = " AND d.id = ?" if disclosure_id else ""
        params: tuple[int, ...] = (youth_id, disclosure_id) if disclosure_id else (youth_id,)
        rows = self._ctx.db.query(
            "SELECT d.id, d.youth_id, d.recipient_id, d.purpose_id, "
            "(SELECT json_group_array(category_id) FROM disclosure_categories WHERE disclosure_id = d.id), "
            "d.disclosed_at, d.basis, d.item_id, d.assessment_id, d.note, d.worker_id, "
            "coalesce(o.is_override, 0) FROM disclosures d "
            "LEFT JOIN disclosure_overrides o ON o.disclosure_id = d.id "
            f"WHERE d.youth_id = ?{extra} ORDER BY d.disclosed_at DESC",
            params,
        )
        return [
            Disclosure(
                int(r[0]),
                int(r[1]),
                int(r[2]),
                int(r[3]),
                tuple(json.loads(r[4])),
                from_iso(r[5]),
                LawfulBasis(r[6]),
                r[7],
                r[8],
                r[9],
                int(r[10]),
                bool(r[11]),
            )
            for r in rows
        ]
