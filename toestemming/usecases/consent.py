"""Consent requests, decisions and the organisation's own item actions (withdrawals:
withdrawals.py).

Nothing here edits a decision: every change is a new row plus one audit event, written in one
transaction. Statuses are computed from that history by `rules.item_status`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from .. import validation as v
from ..clock import local_date, to_iso
from ..errors import NotFoundError, Phrase, RuleViolation, ValidationError
from ..language import has_catalog, languages
from ..model import (
    Answer,
    Channel,
    ConsentRequest,
    Decision,
    Purpose,
    SignerKind,
    SignerRef,
    StatusInfo,
    Youth,
)
from ..refcode import new_reference_code, normalize_reference_code
from ..rules import (
    FINAL_STATUSES,
    UNCHANGED_EFFECTS,
    AnswerEffect,
    DeciderRequirement,
    may_answer,
    may_give_answers,
    who_must_decide,
)
from ..store import repo
from ..store.turns import one_turn
from ..texts import item_text, request_text, sha256_text
from ..words import LANGUAGE_LABELS
from .catalog_history import refuse_yes_to_closed
from .catch_all_entries import refuse_catch_all_entry, refuse_yes_to_catch_all
from .consent_input import (
    as_moment,
    as_past_moment,
    checked_signer,
    parse_channel,
    refresh_items,
    require_evidence,
)
from .context import Context
from .decision_rows import (
    PreparedDecisions,
    RecordedAnswers,
    item_positions,
    own_answer_effects,
    served_items,
    write_decision_rows,
)
from .gezag_ended import not_decider
from .gezag_history import representatives_then
from .item_actions import ItemActions
from .item_states import ItemView
from .legal_duties import duty_for
from .request_languages import LanguageGap, language_gaps
from .request_texts import stored_item_texts, texts_in_other_languages
from .take_back import settled_effects
from .withdrawals import Withdrawals

# Split by responsibility; these names stay importable from here (`from .consent import X`).
__all__ = [
    "MAX_ITEMS",
    "TERMINAL",
    "Consents",
    "ItemSpec",
    "ItemView",
    "PreparedDecisions",
    "RecordedAnswers",
    "as_moment",
    "as_past_moment",
    "parse_channel",
    "refresh_items",
    "require_evidence",
]

MAX_ITEMS = 30
MAX_VALIDITY_DAYS = 5 * 366
TERMINAL = FINAL_STATUSES  # the old name, still imported elsewhere


@dataclass(frozen=True)
class ItemSpec:
    """What to ask: one purpose × one recipient × a set of data categories."""

    purpose_id: int
    recipient_id: int
    category_ids: tuple[int, ...]


class Consents(ItemActions):
    """Requests, decisions, the organisation's item actions; the read side of item status
    (item_status, items_for_youth, item_history) comes from item_states.ItemStates."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)

    # -- who decides ------------------------------------------------------------------------
    def who_must_decide(self, youth_id: int, day: date | None = None) -> DeciderRequirement:
        youth, reps = repo.youth_with_reps(self._ctx.db, youth_id)
        return who_must_decide(youth, reps, self._ctx.policy(), day or self._ctx.clock.today())

    # -- requests ----------------------------------------------------------------------------
    @one_turn
    def create_request(
        self,
        youth_id: int,
        items: Sequence[ItemSpec],
        valid_until: date | str | None = None,
        valid_from: date | str | None = None,
        language: str = "nl",
    ) -> ConsentRequest:
        db = self._ctx.db
        youth, reps = repo.youth_with_reps(db, v.positive_id(youth_id, "Jongere", "youth_id"))
        if youth.erased:
            raise ValidationError(message_id="error-youth-erased")
        today = self._ctx.clock.today()
        start = v.parse_date(valid_from, "Begindatum", "valid_from") if valid_from else today
        end = (
            v.parse_date(valid_until, "Einddatum", "valid_until")
            if valid_until
            else start + timedelta(days=self._ctx.policy().default_validity_days)
        )
        if end < start:
            raise ValidationError(
                message_id="error-consent-end-date-before-start", field="valid_until"
            )
        if end < today:
            raise ValidationError(message_id="error-consent-end-date-past", field="valid_until")
        if (end - start).days > MAX_VALIDITY_DAYS:
            raise ValidationError(
                message_id="error-consent-at-most-five-years", field="valid_until"
            )
        lang = v.language(language)
        if not has_catalog(lang):
            # The B1 texts (texts.item_text) exist in the catalog's languages only.
            raise ValidationError(message_id="error-consent-no-texts-in-language", field="language")
        if not items:
            raise ValidationError(message_id="error-consent-choose-least-one-part", field="items")
        if len(items) > MAX_ITEMS:
            raise ValidationError(
                message_id="error-consent-too-many-parts",
                params={"max_items": MAX_ITEMS},
                field="items",
            )
        req = who_must_decide(youth, reps, self._ctx.policy(), today)
        if req.blocked is not None:
            raise RuleViolation(message_id="error-rules-blocked", params={"reason": req.blocked})
        seen: set[tuple[int, int]] = set()
        resolved = []
        for spec in items:
            purpose = repo.latest_purpose(db, spec.purpose_id, lang)
            if purpose.language != lang:
                # A text half in another language is not informed consent for its reader.
                # The language's name in the reader's language (worker catalog); a language
                # no catalog names is shown as its Dutch label or its code.
                missing = Phrase(f"language-label-{lang}", fallback=LANGUAGE_LABELS.get(lang, lang))
                raise ValidationError(
                    message_id="error-consent-purpose-text-missing",
                    params={"title": purpose.title, "missing": missing},
                    field="language",
                )
            recipient = repo.get_recipient(db, spec.recipient_id)
            if not spec.category_ids:
                raise ValidationError(
                    message_id="error-consent-choose-each-part-which", field="items"
                )
            self._no_duty_no_stop(purpose, recipient.id, youth, start)
            if (spec.purpose_id, spec.recipient_id) in seen:
                raise ValidationError(
                    message_id="error-consent-same-purpose-same-recipient",
                    field="items",
                )
            seen.add((spec.purpose_id, spec.recipient_id))
            cats = sorted({repo.get_category(db, c).id for c in spec.category_ids})
            refuse_catch_all_entry(db, recipient.id, purpose.id, cats, "items")  # made before
            resolved.append((purpose, recipient, [repo.get_category(db, c) for c in cats]))

        code = self._unique_code()
        org = self._ctx.organisation
        texts = [
            item_text(n, p, r, cs, end, org, code, lang) for n, (p, r, cs) in enumerate(resolved, 1)
        ]
        full = request_text(org, code, texts, lang)
        others = texts_in_other_languages(
            self._ctx.db, self._ctx.organisation, resolved, end, code, lang
        )
        now = self._ctx.clock.now()
        with db.transaction():
            now_youth, now_reps = repo.youth_with_reps(db, youth.id)
            if now_youth.erased:  # by another desk meanwhile (review21)
                raise ValidationError(message_id="error-youth-erased")
            blocked = who_must_decide(now_youth, now_reps, self._ctx.policy(), today).blocked
            if blocked is not None:  # (review22: the only parent with gezag ended meanwhile)
                raise RuleViolation(message_id="error-rules-blocked", params={"reason": blocked})
            # Asked again in the write turn (turns22): another desk may have marked a purpose
            # a legal duty or made a recipient inactive since the checks above.
            for p, r, _ in resolved:
                self._no_duty_no_stop(p, r.id, youth, start)
            rid = db.execute(
                "INSERT INTO consent_requests(reference_code, youth_id, worker_id, created_at, "
                "valid_from, valid_until, language, text, text_sha256) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    code,
                    youth.id,
                    self._ctx.worker_id,
                    to_iso(now),
                    start.isoformat(),
                    end.isoformat(),
                    lang,
                    full,
                    sha256_text(full),
                ),
            )
            item_ids = []
            for n, ((p, r, cs), t) in enumerate(zip(resolved, texts, strict=True), 1):
                iid = db.execute(
                    "INSERT INTO consent_items(request_id, youth_id, recipient_id, purpose_id, "
                    "purpose_version_id, position, text, text_sha256) VALUES (?,?,?,?,?,?,?,?)",
                    (rid, youth.id, r.id, p.id, p.version_id, n, t, sha256_text(t)),
                )
                db.executemany(
                    "INSERT INTO item_categories(item_id, category_id) VALUES (?, ?)",
                    [(iid, c.id) for c in cs],
                )
                entry: dict[str, Any] = {
                    "item": iid,
                    "purpose_version": p.version_id,
                    "recipient": r.id,
                    "categories": [c.id for c in cs],
                    "text_sha256": sha256_text(t),
                }
                translated = {o: ts[n - 1] for o, ts in others.items()}
                if translated:
                    # The same item in the other languages signing mode may switch to; their
                    # hashes enter the chain with the request, like the main text's.
                    db.executemany(
                        "INSERT INTO item_texts(item_id, language, purpose_version_id, text, "
                        "text_sha256) VALUES (?,?,?,?,?)",
                        [(iid, o, vid, tx, sha256_text(tx)) for o, (vid, tx) in translated.items()],
                    )
                    entry["texts"] = {o: sha256_text(tx) for o, (_, tx) in translated.items()}
                item_ids.append(entry)
            repo.refresh_item_state(db, "i.request_id = ?", (rid,))
            self._ctx.event(
                "request.created",
                {
                    "request": rid,
                    "youth": youth.id,
                    "code": code,
                    "valid_from": start.isoformat(),
                    "valid_until": end.isoformat(),
                    "language": lang,
                    "text_sha256": sha256_text(full),
                    "items": item_ids,
                    "regime": req.regime.value,
                    "created_at": to_iso(now),  # the row's moment (replay.py)
                },
            )
        return repo.load_request(db, rid)

    def language_gaps(
        self, youth_id: int, language: str, purpose_ids: Sequence[int] = ()
    ) -> tuple[LanguageGap, ...]:
        """Before a request in `language` is made: who must read it in a language it will
        have no text in (request_languages.py); `purpose_ids`: the purposes chosen so far."""
        db = self._ctx.db
        youth, reps = repo.youth_with_reps(db, v.positive_id(youth_id, "Jongere", "youth_id"))
        lang = v.language(language)
        readable = [
            o
            for o in languages()
            if purpose_ids and all(repo.latest_purpose(db, p, o).language == o for p in purpose_ids)
        ]
        return language_gaps(
            youth, reps, self._ctx.policy(), self._ctx.clock.today(), lang, readable
        )

    def request_language_gaps(self, request_id: int) -> tuple[LanguageGap, ...]:
        """Of a request made (before it is mailed or handed over): who must read it in a
        language none of its texts is in."""
        request = self.request(request_id)
        texts = self.item_texts(request.id).values()
        readable = set.intersection(*(set(t) for t in texts)) if texts else set()
        youth, reps = repo.youth_with_reps(self._ctx.db, request.youth_id)
        today = self._ctx.clock.today()
        return language_gaps(youth, reps, self._ctx.policy(), today, request.language, readable)

    def item_texts(self, request_id: int) -> dict[int, dict[str, tuple[str, str]]]:
        """Every stored text per item and language (request_texts.stored_item_texts)."""
        return stored_item_texts(self._ctx.db, request_id)

    def _no_duty_no_stop(
        self, purpose: Purpose, recipient_id: int, youth: Youth, start: date
    ) -> None:
        """Why this purpose may not be asked of this recipient now: the recipient is no longer
        active, or the law makes the youth's yes or no irrelevant (legal_duties.py)."""
        db = self._ctx.db
        if not repo.get_recipient(db, recipient_id).active:
            raise ValidationError(message_id="error-consent-recipient-inactive", field="items")
        duty = duty_for(db, purpose.id, youth, start, recipient_id)
        if duty is not None:
            # A yes or no the law makes irrelevant is no free choice (legal_duties.py).
            raise RuleViolation(
                message_id="error-consent-legal-duty",
                params={"title": purpose.title, "law": duty.law},
                field="items",
            )

    def _unique_code(self) -> str:
        for _ in range(20):
            code = new_reference_code()
            if (
                self._ctx.db.query_one(
                    "SELECT 1 FROM consent_requests WHERE reference_code = ?", (code,)
                )
                is None
            ):
                return code
        raise RuntimeError("no free reference code")  # 40 bits: practically unreachable

    def request(self, request_id: int, language: str | None = None) -> ConsentRequest:
        """The request as stored. With `language` (the desk's, e.g. "nl"), each item's
        purpose title is the one in that language (the version the signer's text was made
        from, else the newest), so a request asked in English reads Dutch on a Dutch desk;
        the item texts themselves stay exactly as shown to the signer."""
        request = repo.load_request(self._ctx.db, request_id)
        if language is None or language == request.language:
            return request
        db = self._ctx.db
        items = tuple(
            replace(
                item,
                purpose=replace(
                    item.purpose,
                    title=repo.purpose_title_as_shown(
                        db, item.id, item.purpose, request.language, language
                    ),
                ),
            )
            for item in request.items
        )
        return replace(request, items=items)

    def request_by_code(self, code: str) -> ConsentRequest:
        canonical = normalize_reference_code(code)
        if canonical is None:
            raise ValidationError(message_id="error-consent-code-invalid", field="code")
        rid = self._ctx.db.scalar(
            "SELECT id FROM consent_requests WHERE reference_code = ?", (canonical,)
        )
        if rid is None:
            raise NotFoundError(message_id="error-consent-no-request-with-code")
        return repo.load_request(self._ctx.db, int(rid))

    def requests_for_youth(self, youth_id: int) -> list[ConsentRequest]:
        ids = self._ctx.db.query(
            "SELECT id FROM consent_requests WHERE youth_id = ? ORDER BY created_at DESC",
            (youth_id,),
        )
        return [repo.load_request(self._ctx.db, int(r[0])) for r in ids]

    # -- decisions ---------------------------------------------------------------------------
    def record_decisions(
        self,
        request_id: int,
        signer: SignerRef,
        answers: Mapping[int, Answer | str],
        channel: Channel | str,
        decided_at: datetime | None = None,
        evidence_id: int | None = None,
        special_ack: Iterable[int] = (),
        shown_text_sha256: Mapping[int, str] | None = None,
        language: str | None = None,
        moment_from: str = "",
    ) -> RecordedAnswers:
        """One signer's answers on items of one request, in one transaction: the ids of the
        new decision rows (a list, as always), and — by the one rule for a signer's later
        answer (rules.answer_effect) — which answers became a withdrawal ("nee" after their
        own "ja": `withdrawal_ids`) and which changed nothing (`unchanged`).

        `special_ack` lists the items whose special categories the signer ticked separately;
        a yes on such an item without that tick is refused. `shown_text_sha256` lets signing
        mode prove which text was on screen; it must match what the item stores in `language`
        (default: the request's language)."""

        # Checked inside the transaction: on a team server every desk writes, and a colleague's
        # withdrawal committed between the checks and the write would be answered over. The
        # checks and the rows are one body, so a try the server ended (a deadlock) is made
        # again whole, checks included (Database.in_one_turn).
        def checked_and_written() -> RecordedAnswers:
            prepared = self.prepare_decisions(
                request_id,
                signer,
                answers,
                channel,
                decided_at,
                special_ack,
                shown_text_sha256,
                language,
            )
            if evidence_id is not None:
                require_evidence(self._ctx.db, evidence_id)
            return self.write_decisions(prepared, evidence_id, moment_from)

        return self._ctx.db.in_one_turn(checked_and_written)

    def prepare_decisions(
        self,
        request_id: int,
        signer: SignerRef,
        answers: Mapping[int, Answer | str],
        channel: Channel | str,
        decided_at: datetime | None = None,
        special_ack: Iterable[int] = (),
        shown_text_sha256: Mapping[int, str] | None = None,
        language: str | None = None,
    ) -> PreparedDecisions:
        """Every check of record_decisions, nothing written. Call it inside the transaction
        that `write_decisions` then writes in (signing mode adds its evidence in the same one):
        checks made before it can be overtaken by another desk's write on a team server."""
        db, signer = self._ctx.db, checked_signer(signer)  # (logged: a whole positive id)
        request = repo.load_request(db, request_id)
        youth, reps = repo.youth_with_reps(db, request.youth_id)
        if youth.erased:  # (at another desk, while this one had her item open: multi22)
            raise ValidationError(message_id="error-youth-erased")
        ch = parse_channel(channel)
        now = self._ctx.clock.now()
        moment = as_past_moment(decided_at, now, "decided_at", "beslissen")
        if moment < request.created_at - timedelta(minutes=5):
            raise ValidationError(
                message_id="error-consent-moment-decision-before-request", field="decided_at"
            )
        if not answers:
            raise ValidationError(message_id="error-consent-no-answers", field="answers")
        reps = representatives_then(db, youth.id, moment, now, reps)  # an answer read late
        req = who_must_decide(youth, reps, self._ctx.policy(), local_date(moment))
        if not may_give_answers(req, youth, signer, answers.values()):
            raise not_decider(req, db, youth.id, signer, moment)
        items = {i.id: i for i in request.items}
        lang = request.language if language is None else language
        texts = self.item_texts(request.id) if lang != request.language else {}
        acks = set(special_ack)
        parsed: dict[int, Answer] = {}
        shown: dict[int, str] = {}
        statuses: dict[int, StatusInfo] = {}
        for item_id, answer in answers.items():
            if item_id not in items:
                raise ValidationError(
                    message_id="error-consent-answer-not-in-request", field="answers"
                )
            try:
                parsed[item_id] = Answer(answer)
            except ValueError:
                raise ValidationError(
                    message_id="error-consent-answer-yes-or-no", field="answers"
                ) from None
            if (
                parsed[item_id] == Answer.YES
                and items[item_id].has_special_categories
                and item_id not in acks
            ):
                raise RuleViolation(
                    message_id="error-consent-part-contains-sensitive-data",
                    params={"position": items[item_id].position},
                )
            if parsed[item_id] == Answer.YES:
                refuse_yes_to_closed(db, items[item_id], moment, now)
                refuse_yes_to_catch_all(db, item_id, items[item_id].position)  # old catch-all
            if lang == request.language:
                shown[item_id] = items[item_id].text_sha256
            elif lang in texts[item_id]:
                shown[item_id] = texts[item_id][lang][1]
            else:
                raise ValidationError(message_id="error-no-text-in-language", field="language")
            if shown_text_sha256 is not None and shown_text_sha256.get(item_id) != shown[item_id]:
                raise RuleViolation(message_id="error-consent-text-shown-differs-stored")
            status = statuses[item_id] = self.item_status(item_id, moment)
            if not may_answer(status.status):
                raise RuleViolation(
                    message_id="error-consent-part-longer-answered-make",
                    params={"position": items[item_id].position, "status": status.status.value},
                )
        role = "youth" if signer.kind == SignerKind.YOUTH else _rep_role(reps, signer.id)
        effects = self._effects(request.id, youth, req, signer, parsed, moment, statuses)
        if not may_give_answers(
            req, youth, signer, parsed.values(), (e for e, _ in effects.values())
        ):
            raise not_decider(req, db, youth.id, signer, moment)
        unchanged = [i for i in parsed if effects[i][0] in UNCHANGED_EFFECTS]
        withdraw = [i for i in parsed if effects[i][0] == AnswerEffect.WITHDRAWAL]
        if len(unchanged) == len(parsed):
            overtaken = [i for i in unchanged if effects[i][0] == AnswerEffect.OVERTAKEN]
            raise RuleViolation(
                message_id="error-consent-answer-overtaken"
                if overtaken
                else "error-consent-answer-already-given",
                params={"positions": item_positions(items, overtaken or unchanged)},
            )
        withdrawal = None
        if withdraw:
            withdrawal = Withdrawals(self._ctx).prepare(withdraw, signer, ch, moment)
        return PreparedDecisions(
            request.id,
            signer,
            role,
            ch,
            moment,
            now,
            {i: a for i, a in parsed.items() if i not in unchanged and i not in withdraw},
            frozenset(acks),
            shown,
            lang,
            req.age,
            req.regime.value,
            request.language,
            withdrawal,
            tuple(unchanged),
        )

    def answer_effects(
        self, request_id: int, signer: SignerRef, answers: Mapping[int, Answer], moment: datetime
    ) -> dict[int, tuple[AnswerEffect, Decision | None]]:
        """Per item: what `signer`'s answer at `moment` does (the rule prepare_decisions
        writes by), with the signer's standing decision it is compared with (or None). The
        reply proposal shows this to the worker before anything is recorded."""
        request = repo.load_request(self._ctx.db, request_id)
        youth, reps = repo.youth_with_reps(self._ctx.db, request.youth_id)
        reps = representatives_then(self._ctx.db, youth.id, moment, self._ctx.clock.now(), reps)
        req = who_must_decide(youth, reps, self._ctx.policy(), local_date(moment))
        statuses = {i: self.item_status(i, moment) for i in answers}
        return self._effects(request_id, youth, req, signer, answers, moment, statuses)

    def _effects(
        self,
        request_id: int,
        youth: Youth,
        req: DeciderRequirement,
        signer: SignerRef,
        answers: Mapping[int, Answer],
        moment: datetime,
        statuses: Mapping[int, StatusInfo],
    ) -> dict[int, tuple[AnswerEffect, Decision | None]]:
        """One rule for the write and the proposal: rules.answer_effect against the signer's
        own decisions, then take_back.settled_effects (a "nee" that ends a consent in force is a
        withdrawal, one before any consent is not). A withdrawal with no
        standing decision of the signer (None) ends what others gave before (the parents'
        "ja" for a youth now 16)."""
        effects = own_answer_effects(self._ctx.db, request_id, signer, answers, moment)
        for item_id, (effect, before) in effects.items():
            if effect == AnswerEffect.SAME and (
                statuses[item_id].needs_reconfirmation
                or self.settles_conflict(item_id, signer, answers[item_id], moment)
            ):
                # Their earlier answer was given under the rules before (at 15 beside the
                # parents, before curatele) and waits for re-confirmation by whoever holds the
                # rights now (DOMAIN rule 3), or a former decider's "nee" stands after it: the
                # same words again are that re-confirmation.
                effects[item_id] = (AnswerEffect.NEW, before)
        served = served_items(self._ctx.db, answers)
        return settled_effects(youth, req, signer, answers, statuses, effects, served)

    def write_decisions(
        self, p: PreparedDecisions, evidence_id: int | None, moment_from: str = ""
    ) -> RecordedAnswers:
        """Append the prepared decisions (their rows and one event) and the withdrawal a "nee"
        after the signer's own "ja" makes (its rows and one event, with the same evidence and
        moment); call inside db.transaction()."""
        wids: list[int] = []
        if p.withdrawal is not None:
            wids = Withdrawals(self._ctx).write(p.withdrawal, evidence_id, moment_from)
        ids = write_decision_rows(self._ctx, p, evidence_id, moment_from) if p.answers else []
        return RecordedAnswers(ids, wids, p.unchanged)


def _rep_role(reps: Sequence[Any], rep_id: int) -> str:
    for r in reps:
        if r.id == rep_id:
            return str(r.role.value)
    raise NotFoundError(message_id="error-consent-representative-of-other-youth")
