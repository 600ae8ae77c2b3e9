"""RequestSource → the proof PDF's view (formulieren.proof_pdf)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from formulieren.layout import status_text
from formulieren.proof_pdf import (
    NO_TRUSTED_TIME,
    ProofDecision,
    ProofDisclosure,
    ProofEvent,
    ProofItem,
    ProofText,
    ProofView,
)

from ..audit import Checkpoint
from ..clock import from_iso, local_date, to_iso
from ..model import BASIS_LABELS, STATUS_LABELS, SignerRef
from ..rules import age_on
from ..usecases.sharing_rules import basis_label, shared_after_withdrawal
from . import gezag, signing_method, youth_heard
from .collect import EventRecord, ItemSource, RequestSource
from .describe import (
    ANSWER_LABELS,
    categories_text,
    channel_label,
    describe_event,
    withdrawn_age,
)
from .receipt import gezag_then

# What an evidence file is, as the officer reads it in the PDF's list (usecases/evidence.KINDS;
# receipt.json keeps the kind itself, for machines).
EVIDENCE_KIND_LABELS = {
    "signature": "handtekening",
    "eml": "e-mail",
    "screenshot": "schermafdruk",
    "scan": "scan",
    "message": "bericht",
    "document": "document",
}
# Dutch name and adjective of each language an item text exists in.
LANGUAGE_LABELS = {"nl": ("Nederlands", "Nederlandse"), "en": ("Engels", "Engelse")}


def proof_view(
    src: RequestSource,
    generated_at: datetime,
    evidence_files: Mapping[int, str],  # evidence id → path in the package
    checkpoint: Checkpoint,
    key_fingerprint: str,
    certificate_subject: str,
    export_seq: int | None = None,
    text_files: Mapping[tuple[int, str], str] | None = None,  # (item, language) → path
    trusted_time: str = NO_TRUSTED_TIME,
) -> ProofView:
    req = src.request
    items = []
    for s in src.items:
        decisions = []
        other_texts = []
        for lang in s.shown_languages()[1:]:
            name, adjective = LANGUAGE_LABELS.get(lang, (lang, lang))
            text, digest = s.texts[lang]
            path = (text_files or {}).get((s.item.id, lang), "")
            other_texts.append(ProofText(name, adjective, text, digest, path))
        # The age the log recorded with each decision (what decided who might decide): the
        # birth date now may be corrected or erased since, and verify holds the PDF to the log.
        logged_ages = {
            (str(e.data["signer"][0]), int(e.data["signer"][1]), str(e.data["decided_at"])): e.data[
                "age"
            ]
            for e in s.events
            if e.kind == "decisions.recorded" and e.data.get("age") is not None
        }
        for d in s.decisions:
            name, role = src.people.get(d.signer, ("onbekend", "onbekend"))
            ev = src.evidence.get(d.evidence_id) if d.evidence_id is not None else None
            how = src.signed_how.get(d.evidence_id) if d.evidence_id is not None else None
            png = (
                ev.content
                if ev is not None
                and ev.content is not None
                and ev.info.kind == "signature"
                and ev.info.media_type in ("image/png", "image/jpeg")
                and not how  # a typed name is never shown as a drawing
                else None
            )
            # Compare with the text in the language the signer saw, not always the request's.
            shown = s.shown_text(d)
            lang = s.language_of(d)
            decisions.append(
                ProofDecision(
                    signer=name,
                    role=role,
                    age=logged_ages.get(
                        (d.signer.kind.value, d.signer.id, to_iso(d.decided_at)),
                        age_on(src.youth.birth_date, local_date(d.decided_at)),
                    ),
                    answer=ANSWER_LABELS[d.answer.value],
                    decided_at=d.decided_at,
                    recorded_at=d.recorded_at,
                    channel=channel_label(d.channel.value),
                    worker=src.workers.get(d.worker_id, "onbekend"),
                    text_matches=shown is not None and d.text_sha256 == shown[1],
                    special_ack=d.special_ack,
                    evidence=evidence_files.get(d.evidence_id, "") if d.evidence_id else "",
                    signature_png=png,
                    signed_how=""
                    if how is None
                    else (signing_method.TYPED if how else signing_method.DRAWN),
                    typed_name=how or "",
                    text_language=""
                    if lang == s.language
                    else LANGUAGE_LABELS.get(lang, (lang, lang))[0],
                    gezag=_gezag_shown(src, d.signer, d.decided_at),
                )
            )
        history = [
            ProofEvent(
                e.seq, from_iso(e.at), describe_event(src, e, s.item.id) + _withdrawer(src, e)
            )
            for e in s.events
        ]
        # Covered by this item, or to its recipient × purpose on another ground (an override
        # after a "no" says so): the proof shows both.
        other = [
            d
            for d in src.other_basis
            if (d.recipient_id, d.purpose_id) == (s.item.recipient.id, s.item.purpose.id)
        ]
        disclosures = [
            ProofDisclosure(
                d.disclosed_at,
                src.recipients[d.recipient_id].display_name,
                categories_text(src, d.category_ids),
                basis_label(d.basis, src.overrides.get(d.id))
                if d.item_id is None
                # made after a withdrawal read late: said as the inzage says it (verify
                # holds it to the log's withdrawal: printed_history.py)
                else BASIS_LABELS[d.basis]
                + shared_after_withdrawal(
                    s.judged_disclosed.get(d.id, d.disclosed_at),
                    s.judged_withdrawn
                    if s.judged_withdrawn is not None
                    else [w.withdrawn_at for w in s.withdrawals],
                ),
            )
            for d in sorted([*s.disclosures, *other], key=lambda d: d.disclosed_at)
        ]
        items.append(
            ProofItem(
                position=s.item.position,
                purpose=f"{s.item.purpose.title} (versie {s.item.purpose.version})",
                why=s.item.purpose.description,
                recipient=s.item.recipient.display_name,
                categories=", ".join(
                    c.name + (" (gevoelig)" if c.special else "") for c in s.item.categories
                ),
                valid_from=req.valid_from,
                valid_until=req.valid_until,
                status=status_text(STATUS_LABELS[s.status.status], s.status.reason),
                text=s.item.text,
                text_sha256=s.item.text_sha256,
                decisions=tuple(decisions),
                history=tuple(history),
                disclosures=tuple(disclosures),
                other_texts=tuple(other_texts),
                youth_heard=_heard(src, s),
            )
        )
    evidence_rows = tuple(
        (
            evidence_files.get(eid, "(gewist)"),
            src.evidence_roles.get(eid, EVIDENCE_KIND_LABELS.get(ev.info.kind, ev.info.kind))
            + ("" if ev.content is not None else " — inhoud gewist"),
            ev.info.sha256,
        )
        for eid, ev in src.evidence.items()
    )
    return ProofView(
        organisation=src.organisation,
        generated_at=generated_at,
        reference_code=req.reference_code,
        youth_name=src.youth.display_name,
        youth_birth_date=src.youth.birth_date,
        requested_at=req.created_at,
        requested_by=src.workers.get(req.worker_id, "onbekend"),
        language=_languages_text(req.language, src),
        items=tuple(items),
        evidence_files=evidence_rows,
        checkpoint=(checkpoint.tree_size, checkpoint.root.hex(), from_iso(checkpoint.at)),
        key_fingerprint=key_fingerprint,
        certificate_subject=certificate_subject,
        export_seq=export_seq,
        trusted_time=trusted_time,
    )


def _heard(src: RequestSource, s: ItemSource) -> tuple[str, ...] | None:
    """The item's lines under "Mening van de jongere" (youth_heard.py): this release's
    export always names the views, so `promised`."""
    lines = youth_heard.section(
        [(e.seq, e.data) for e in src.view_events],
        [e.data for e in s.events if e.kind == "decisions.recorded"],
        s.item.id,
        promised=True,
    )
    return None if lines is None else tuple(lines)


def _gezag_shown(src: RequestSource, signer: SignerRef, moment: datetime) -> str:
    """ "Gezag toen" of a decision: what the receipt's `gezag_then` says (the same events)."""
    value = gezag_then(
        src, {"signer": [signer.kind.value, signer.id], "decided_at": to_iso(moment)}
    )
    return "" if value is None else gezag.printed(value)


def _withdrawer(src: RequestSource, e: EventRecord) -> str:
    """A withdrawal's history row ends with the withdrawer's gezag then (as a decision's
    "Gezag toen"): whether the one who took the consent back could."""
    if e.kind != "withdrawal.recorded":
        return ""
    value = gezag_then(src, e.data)
    return withdrawn_age(e.data) + (
        "" if value is None else f" Gezag toen: {gezag.printed(value)}."
    )


def _languages_text(request_language: str, src: RequestSource) -> str:
    """ "Nederlands" — or "Nederlands; ook getoond in het Engels" when a signer read another."""
    name = LANGUAGE_LABELS.get(request_language, (request_language, ""))[0]
    others = sorted({lang for s in src.items for lang in s.shown_languages()[1:]})
    if not others:
        return name
    extra = " en het ".join(LANGUAGE_LABELS.get(lang, (lang, ""))[0] for lang in others)
    return f"{name}; ook getoond in het {extra}"
