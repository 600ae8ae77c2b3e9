"""Signing mode at the desk: what the tablet shows, and saving one signer's answers.

The tablet (ui/signing) shows only what this module hands it: the people who decide on one
request, the stored text of each open item in the languages it exists in, and — for the
withdrawal screen — the consents that can be withdrawn. Saving is one transaction: the
signature image and the strokes as data (evidence, hashed), the decisions with the hash and
language of the text that was on screen, the signing session that ties them together, and
their audit events. Nothing here imports Qt: the pad hands over plain points and PNG bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from .. import validation as v
from ..clock import to_iso
from ..errors import RuleViolation, ValidationError
from ..language import has_catalog
from ..language import languages as catalog_languages
from ..model import (
    ROLE_LABELS,
    Answer,
    Channel,
    ItemStatus,
    SignerKind,
    SignerRef,
)
from ..rules import CHANGED_BY_WITHDRAWAL, may_withdraw, who_must_decide
from ..store import repo
from ..texts import category_names, kind_label, special_names_shown
from .catch_all_entries import refuse_request_with_catch_all
from .consent import TERMINAL, Consents
from .consent_input import checked_signer
from .context import Context
from .evidence import Evidence
from .gezag_ended import refuse_gezag_ended
from .retention import register_evidence_link
from .signature import Signature, check_signature, check_typed_name, strokes_json
from .signing_views import (
    ItemToSign,
    SignedWithdrawal,
    SignerChoice,
    SigningResult,
    SigningSession,
    WithdrawableItem,
)
from .withdrawals import Withdrawals

# Evidence of a signing session is erased with the youth's other evidence (retention).
register_evidence_link(
    "signing_sessions",
    "SELECT signature_evidence_id AS id, youth_id AS youth FROM signing_sessions "
    "UNION ALL SELECT strokes_evidence_id AS id, youth_id AS youth FROM signing_sessions",
)
# The rule (rules.py) the desk's withdrawal dialog follows too; REQUESTED is in it because a
# parent's yes may be waiting for the other parent.
OPEN_FOR_WITHDRAWAL = CHANGED_BY_WITHDRAWAL

# What the tablet is handed lives in signing_views.py; importable from here as before.
__all__ = [
    "OPEN_FOR_WITHDRAWAL",
    "ItemToSign",
    "SignedWithdrawal",
    "SignerChoice",
    "Signing",
    "SigningResult",
    "SigningSession",
    "WithdrawableItem",
]


class Signing:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._consents = Consents(ctx)
        self._withdrawals = Withdrawals(ctx)

    # -- the worker at the tablet -------------------------------------------------------------
    def verify_worker_passphrase(self, passphrase: str) -> bool:
        """True when `passphrase` unlocks the current worker's own key slot. Checked against
        the key header in memory (Argon2id, ~0.5 s); nothing is reopened or written. (On the
        team server: the worker's password signs in once more, store/team.py.)"""
        vault = self._ctx.vault
        if vault is None or not isinstance(passphrase, str) or not passphrase:
            return False
        return vault.opens_own_slot(passphrase)

    # -- what the tablet shows ----------------------------------------------------------------
    def session(self, request_id: int) -> SigningSession:
        db = self._ctx.db
        request = repo.load_request(db, request_id)
        youth, reps = repo.youth_with_reps(db, request.youth_id)
        if youth.erased:
            raise ValidationError(message_id="error-youth-erased")
        refuse_request_with_catch_all(db, request.id)  # "Alle instanties", made before cases22
        req = who_must_decide(youth, reps, self._ctx.policy(), self._ctx.clock.today())
        if req.blocked is not None:
            raise RuleViolation(message_id="error-rules-blocked", params={"reason": req.blocked})
        decided: dict[SignerRef, set[int]] = {}
        for r in db.query(
            "SELECT DISTINCT d.signer_kind, d.signer_id, d.item_id FROM decisions d "
            "JOIN consent_items i ON i.id = d.item_id WHERE i.request_id = ?",
            (request.id,),
        ):
            decided.setdefault(SignerRef(SignerKind(r[0]), int(r[1])), set()).add(int(r[2]))
        names = {SignerRef.youth(youth.id): (youth.display_name, "youth")}
        for r in reps:
            names[SignerRef.representative(r.id)] = (r.name, r.role.value)
        texts = self._consents.item_texts(request.id)
        items = []
        reconfirm = False
        for item in request.items:
            st = self._consents.item_status(item.id)
            if st.status in TERMINAL or st.status == ItemStatus.EXPIRED:
                continue
            if not item.recipient.active:
                continue  # closed or merged since the request: no "ja" for it (catalog_history)
            reconfirm = reconfirm or st.needs_reconfirmation
            special = [c for c in item.categories if c.special]
            shown_in = texts[item.id]
            items.append(
                ItemToSign(
                    item.id,
                    item.position,
                    item.recipient.display_name,
                    {lang: kind_label(item.recipient.kind, lang) for lang in shown_in},
                    bool(special),
                    {
                        lang: special_names_shown(shown_in[lang][0], lang)
                        or category_names(special, lang)
                        for lang in shown_in
                    },
                    dict(shown_in),
                )
            )
        # Done (✓, not again at the tablet) = has answered every item still open here; an
        # answer to another item of the request (the second parent that week, one item left
        # open for them) does not make a person done; nor does an answer given under the rules
        # before (at 15, beside the parents) that waits for re-confirmation (rules.py).
        open_ids = {i.item_id for i in items}
        signers = tuple(
            SignerChoice(
                s,
                names[s][0],
                names[s][1],
                ROLE_LABELS.get(names[s][1], ""),
                bool(open_ids) and not reconfirm and open_ids <= decided.get(s, set()),
            )
            for s in req.signers
            if s in names
        )
        languages = [request.language]
        for lang in catalog_languages():
            if lang not in languages and items and all(lang in i.texts for i in items):
                languages.append(lang)
        return SigningSession(
            request.id,
            request.reference_code,
            youth.id,
            youth.display_name,
            self._ctx.organisation,
            request.valid_until,
            req.explanation,
            signers,
            tuple(languages),
            tuple(items),
            youth.given_name,
        )

    # -- saving one signer's answers ----------------------------------------------------------
    def sign_decisions(
        self,
        request_id: int,
        signer: SignerRef,
        language: str,
        answers: Mapping[int, Answer | str],
        special_ack: Iterable[int],
        shown_text_sha256: Mapping[int, str],
        signature: Signature,
        started_at: datetime,
    ) -> SigningResult:
        """Everything in one transaction: evidence (image + strokes), decisions, the session
        row and its event. The shown texts' hashes must equal the stored texts in `language`,
        and every item on the tablet must be answered."""
        # Ids as the log holds them (True found request 1 and equalled the youth's SignerRef).
        request_id = v.positive_id(request_id, "Verzoek", "request_id")
        signer = checked_signer(signer)
        # Started for a parent before the court's ruling was recorded: say that their gezag
        # ended (and since when), not that nobody decides or the typed name is wrong (cases28).
        youth_id = self._ctx.db.scalar(
            "SELECT youth_id FROM consent_requests WHERE id = ?", (request_id,)
        )
        if youth_id is not None:
            refuse_gezag_ended(self._ctx.db, int(youth_id), signer, self._ctx.clock.now())
        session = self.session(request_id)
        if language not in session.languages:
            raise ValidationError(message_id="error-no-text-in-language", field="language")
        open_items = {i.item_id for i in session.items}
        if set(answers) != open_items:
            raise ValidationError(message_id="error-answer-every-part", field="answers")
        check_signature(signature)
        names = {c.signer: c.name for c in session.signers}
        check_typed_name(signature, names.get(signer, ""))
        consents = self._consents
        strokes = strokes_json(signature)
        db = self._ctx.db

        def signed() -> tuple[Any, Any, int, int, int]:
            # Checked inside the transaction, tried again whole (see Consents.record_decisions).
            prepared = consents.prepare_decisions(
                request_id,
                signer,
                answers,
                Channel.TABLET,
                None,
                special_ack,
                shown_text_sha256,
                language,
            )
            png_id = self._add_evidence("image/png", signature.png)
            strokes_id = self._add_evidence("application/json", strokes)
            ids = consents.write_decisions(prepared, png_id)
            sid = self._add_session(
                "decisions",
                request_id,
                session.youth_id,
                signer,
                prepared.role,
                language,
                started_at,
                prepared.decided_at,
                png_id,
                strokes_id,
                {
                    "decisions": ids,
                    # (a "nee" after the signer's own "ja": the withdrawal it made)
                    **({"withdrawals": list(ids.withdrawal_ids)} if ids.withdrawal_ids else {}),
                    # (answers the signer had given already: nothing written for them; the
                    # receipt lists them as given before)
                    **({"unchanged": sorted(ids.unchanged)} if ids.unchanged else {}),
                    "text_sha256": {str(i): h for i, h in sorted(prepared.shown_sha256.items())},
                },
            )
            return prepared, ids, png_id, strokes_id, sid

        prepared, ids, png_id, strokes_id, sid = db.in_one_turn(signed)
        return SigningResult(
            sid,
            tuple(ids),
            png_id,
            strokes_id,
            prepared.decided_at,
            ids.withdrawal_ids,
            ids.unchanged,
        )

    # -- withdrawal at the tablet ---------------------------------------------------------------
    def withdrawable(self, youth_id: int) -> list[WithdrawableItem]:
        """The youth's consents that can still be withdrawn, newest request first."""
        out = []
        requests: dict[int, Any] = {}
        for view in self._consents.items_for_youth(youth_id):
            if view.status.status not in OPEN_FOR_WITHDRAWAL:
                continue
            if view.request_id not in requests:
                requests[view.request_id] = repo.load_request(self._ctx.db, view.request_id)
            item = next(i for i in requests[view.request_id].items if i.id == view.item_id)
            out.append(
                WithdrawableItem(
                    item.id,
                    view.request_id,
                    view.reference_code,
                    item.position,
                    {
                        lang: repo.purpose_title_as_shown(
                            self._ctx.db,
                            item.id,
                            item.purpose,
                            requests[view.request_id].language,
                            lang,
                        )
                        for lang in catalog_languages()
                    },
                    item.recipient.display_name,
                    {lang: category_names(item.categories, lang) for lang in catalog_languages()},
                    view.status.status,
                )
            )
        return out

    def withdrawal_signers(self, youth_id: int) -> tuple[SignerChoice, ...]:
        """Who may withdraw today: whoever could give consent, and from 16 the youth."""
        youth, reps = repo.youth_with_reps(self._ctx.db, youth_id)
        req = who_must_decide(youth, reps, self._ctx.policy(), self._ctx.clock.today())
        people = [(SignerRef.youth(youth.id), youth.display_name, "youth")] + [
            (SignerRef.representative(r.id), r.name, r.role.value) for r in reps
        ]
        return tuple(
            SignerChoice(s, name, role, ROLE_LABELS.get(role, ""), False)
            for s, name, role in people
            if may_withdraw(req, youth, s)
        )

    def sign_withdrawal(
        self,
        item_ids: Sequence[int],
        signer: SignerRef,
        language: str,
        signature: Signature,
        started_at: datetime,
    ) -> SignedWithdrawal:
        """One transaction: the signature (image + strokes), the signing session, the
        withdrawal rows and all their events commit together or not at all. Every check of
        Withdrawals.withdraw runs first (prepare) and again inside the transaction."""
        items = list(dict.fromkeys(v.positive_id(i, "Onderdeel", "items") for i in item_ids))
        if not items:
            raise ValidationError(message_id="error-choose-withdraw", field="items")
        signer = checked_signer(signer)  # (logged as given)
        if not has_catalog(language):
            raise ValidationError(message_id="error-unknown-language", field="language")
        check_signature(signature)
        db = self._ctx.db
        youth_ids = {
            int(r[0])
            for r in db.query(
                f"SELECT DISTINCT youth_id FROM consent_items WHERE id IN ({','.join('?' * len(items))})",
                items,
            )
        }
        if len(youth_ids) != 1:
            raise ValidationError(message_id="error-withdraw-one-youth", field="items")
        youth_id = youth_ids.pop()
        choices = {c.signer: c for c in self.withdrawal_signers(youth_id)}
        if signer not in choices:
            refuse_gezag_ended(db, youth_id, signer, self._ctx.clock.now())  # (since when)
            raise RuleViolation(message_id="error-may-not-withdraw")
        open_ids = {w.item_id for w in self.withdrawable(youth_id)}
        if not set(items) <= open_ids:
            raise RuleViolation(message_id="error-cannot-withdraw-any-more")
        check_typed_name(signature, choices[signer].name)
        strokes = strokes_json(signature)

        def signed() -> tuple[list[int], int, int, int]:
            # Checked inside the transaction, tried again whole (see Consents.record_decisions).
            prepared = self._withdrawals.prepare(items, signer, Channel.TABLET)
            png_id = self._add_evidence("image/png", signature.png)
            strokes_id = self._add_evidence("application/json", strokes)
            wids = self._withdrawals.write(prepared, png_id)
            sid = self._add_session(
                "withdrawal",
                None,
                youth_id,
                signer,
                choices[signer].role,
                language,
                started_at,
                prepared.withdrawn_at,
                png_id,
                strokes_id,
                {"items": items, "withdrawals": wids},
            )
            return wids, png_id, strokes_id, sid

        wids, png_id, strokes_id, sid = db.in_one_turn(signed)
        result = self._withdrawals.result(wids)
        return SignedWithdrawal(sid, result, png_id, strokes_id)

    # -- inside the caller's transaction --------------------------------------------------------
    def _add_evidence(self, media_type: str, content: bytes, kind: str = "signature") -> int:
        return Evidence(self._ctx).write(kind, media_type, content)

    def _add_session(
        self,
        kind: str,
        request_id: int | None,
        youth_id: int,
        signer: SignerRef,
        role: str,
        language: str,
        started_at: datetime,
        signed_at: datetime,
        png_id: int,
        strokes_id: int,
        extra: dict[str, Any],
    ) -> int:
        if started_at.tzinfo is None or started_at > signed_at:
            started_at = signed_at
        sid = self._ctx.db.execute(
            "INSERT INTO signing_sessions(kind, request_id, youth_id, signer_kind, signer_id, "
            "signer_role, language, started_at, signed_at, signature_evidence_id, "
            "strokes_evidence_id, worker_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                kind,
                request_id,
                youth_id,
                signer.kind.value,
                signer.id,
                role,
                language,
                to_iso(started_at),
                to_iso(signed_at),
                png_id,
                strokes_id,
                self._ctx.worker_id,
            ),
        )
        self._ctx.event(
            "signing.completed",
            {
                "session": sid,
                "kind": kind,
                "request": request_id,
                "youth": youth_id,
                "signer": [signer.kind.value, signer.id],
                "role": role,
                "language": language,
                "channel": Channel.TABLET.value,
                "started_at": to_iso(started_at),
                "signed_at": to_iso(signed_at),
                "evidence": {"signature": png_id, "strokes": strokes_id},
                **extra,
            },
        )
        return sid
