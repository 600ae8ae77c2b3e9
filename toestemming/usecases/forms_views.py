"""Vault data → the plain views the PDF forms in `formulieren` render. Read-only."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from formulieren.inzage import InzageConsent, InzageDisclosure, InzageView
from formulieren.layout import status_text
from formulieren.paper_consent import WORD_KEYS as PAPER_WORDS
from formulieren.paper_consent import PaperConsentView, PaperSigner
from formulieren.payloads import PaperItem, PaperRequest, YouthView
from formulieren.transitieformulier import (
    Receiver,
    TransitionFormView,
    WithdrawnPart,
)
from formulieren.withdrawal import WORD_KEYS as WITHDRAWAL_WORDS
from formulieren.withdrawal import WithdrawalConfirmationView, WithdrawnItem

from ..clock import LOCAL_TZ, from_iso, local_date
from ..clock import local_moment_text as moment_text
from ..errors import NotFoundError, RuleViolation, ValidationError
from ..event_seek import judged_moment
from ..language import date_text, has_catalog, listing, resolve, words
from ..language import moment_text as language_moment
from ..language import text as language_text
from ..model import (
    CHANNEL_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    Channel,
    ConsentItem,
    ConsentRequest,
    Disclosure,
    ItemStatus,
    Purpose,
    RepresentativeRole,
    SignerKind,
    SignerRef,
    StatusInfo,
    Youth,
    channel_label,
    role_label,
)
from ..rules import (
    CHILD_SIGNS_FROM,
    Regime,
    age_on,
    item_status,
    who_must_decide,
)
from ..store import repo
from ..texts import category_names, decider_explanation
from ..words import LANGUAGE_LABELS, plural
from .context import Context
from .evidence import Evidence
from .forms_data import SECTION_CATEGORIES, SECTION_CATEGORY_NAMES, Section, TransitionFormData
from .forms_signers import after_withdrawal, transition_signers
from .forms_stopped import withdrawn_parts
from .gezag_history import LoggedHistory
from .legal_duties import law_shared_on
from .objections import Objections
from .qualifications import qualification_line
from .retention import Retention
from .sharing import Sharing
from .sharing_rules import basis_label, weighed_after_sharing
from .signature import TYPED_LABEL, typed_pictures
from .youth_views import view_lines, view_summary, views_by_item

FORM_LANGUAGE = "nl"  # the transitieformulier is a Dutch form for Dutch receivers

ACTIVE = (ItemStatus.REQUESTED, ItemStatus.GIVEN)


def pdf_footer(language: str) -> tuple[str, str]:
    """The footer's words for a signer's PDF; the renderer fills in {n} and {total}."""
    page = language_text(language, "pdf-page", n="{n}", total="{total}")
    return language_text(language, "pdf-made"), page


def signature_labels(language: str) -> tuple[str, str, str, str]:
    t = functools.partial(language_text, language)
    return t("signature-name"), t("signature-role"), t("signature-date"), t("signature-signature")


def youth_view(youth: Youth) -> YouthView:
    return YouthView(
        youth.given_name,
        youth.display_name,
        youth.birth_date,
        youth.school,
        youth.programme,
        youth.email,
        youth.phone,
    )


def paper_request(request: ConsentRequest) -> PaperRequest:
    return PaperRequest(
        request.reference_code,
        request.language,
        request.valid_from,
        request.valid_until,
        tuple(PaperItem(i.position, i.text, i.has_special_categories) for i in request.items),
    )


def people(ctx: Context, youth: Youth, language: str = "nl") -> dict[SignerRef, tuple[str, str]]:
    """Every signer who ever acted for this youth (ended representatives too), with the role
    in `language`."""
    out = {SignerRef.youth(youth.id): (youth.display_name, role_label("youth", language))}
    for r in ctx.db.query(
        "SELECT id, name, role FROM representatives WHERE youth_id = ?", (youth.id,)
    ):
        out[SignerRef.representative(int(r[0]))] = (r[1], role_label(r[2], language))
    return out


def _statuses(
    ctx: Context, youth_id: int, where: str, params: Sequence[object]
) -> dict[int, StatusInfo]:
    youth, reps = repo.youth_with_reps(ctx.db, youth_id)
    now = ctx.clock.now()
    then = LoggedHistory(ctx.db, youth_id, now, reps)  # who held gezag when (cases27)
    policy = ctx.policy()
    return {
        h.facts.item_id: item_status(
            h.facts, youth, reps, policy, h.decisions, h.withdrawals, h.actions, now, then
        )
        for h in repo.item_histories(ctx.db, where, params, judged=True)
    }


def _category_label(ctx: Context, section: Section) -> str:
    codes = SECTION_CATEGORIES[section]
    marks = ",".join("?" * len(codes))
    row = ctx.db.query_one(f"SELECT name FROM data_categories WHERE code IN ({marks})", codes)
    return str(row[0]) if row else SECTION_CATEGORY_NAMES[section]


def transition_view(ctx: Context, youth_id: int, data: TransitionFormData) -> TransitionFormView:
    db = ctx.db
    youth, reps = repo.youth_with_reps(db, youth_id)
    active: list[tuple[ConsentItem, StatusInfo]] = []
    reference = ""
    request_language, valid_until = "nl", ""
    decisions_by_signer: dict[SignerRef, tuple[str, int | None]] = {}
    withdrawn: list[WithdrawnPart] = []
    youth_said = ""  # the youth's own view where the parents decide (youth_views.py)
    if data.request_id is not None:
        request = repo.load_request(db, data.request_id)
        if request.youth_id != youth_id:
            raise ValidationError(message_id="error-forms-consent-belongs-another-young")
        reference = request.reference_code
        request_language, valid_until = request.language, f"{request.valid_until:%d-%m-%Y}"
        # youth_id first: item_state's key starts with it (request_id alone is a full scan).
        of_request = "s.youth_id = ? AND s.request_id = ?"
        statuses = _statuses(ctx, youth_id, of_request, (youth_id, request.id))
        active = [(i, statuses[i.id]) for i in request.items if statuses[i.id].status in ACTIVE]
        shared_under = {i.id for i, _ in active}
        histories = repo.item_histories(db, of_request, (youth_id, request.id))
        withdrawn = withdrawn_parts(
            db,
            request,
            {h.facts.item_id: h.withdrawals for h in histories},
            people(ctx, youth),
            lambda item: _form_purpose(ctx, item).title,
        )
        youth_said = view_summary(views_by_item(ctx, youth_id), request, shared_under)
        for h in histories:
            if h.facts.item_id not in shared_under:  # refused or withdrawn parts: not this form
                continue
            for d in sorted(h.decisions, key=lambda d: d.decided_at):
                said = "ja" if d.answer.value == "yes" else "nee"
                decisions_by_signer[d.signer] = (
                    f"{said} — {moment_text(d.decided_at)}, {CHANNEL_LABELS[d.channel]}",
                    d.evidence_id,
                )
    item_codes = [{c.code for c in item.categories} for item, _ in active]
    included: set[Section] = set()
    omitted: list[tuple[Section, str]] = []
    for section, codes in SECTION_CATEGORIES.items():
        if item_codes and all(set(codes) & have for have in item_codes):
            included.add(section)
        elif not item_codes:
            omitted.append((section, "er is geen geldige toestemming gekoppeld."))
        else:
            label = _category_label(ctx, section)
            omitted.append((section, f"de toestemming dekt '{label}' niet voor elke ontvanger."))
    receivers = tuple(
        _receiver(ctx, item, st, request_language, valid_until) for item, st in active
    )
    requirement = who_must_decide(youth, reps, ctx.policy(), ctx.clock.today())
    signers, explanation = transition_signers(
        requirement, youth, people(ctx, youth), decisions_by_signer, Evidence(ctx), youth_said
    )
    given = [st for _, st in active if st.status == ItemStatus.GIVEN]
    status = (
        f"Toestemming gegeven voor {len(given)} van "
        + plural(len(active), "%n ontvanger.", "%n ontvangers.")
        if active
        else "Geen geldige toestemming gekoppeld."
    )
    waiting = sum(1 for st in given if st.needs_reconfirmation)
    if waiting:
        # Given by the parents before the 16th birthday (or by her before curatele): on
        # record, but whoever signs below holds the rights now (DOMAIN rule 3). The form
        # printed at the switch to the mbo must not read as her own consent.
        status += (
            f" Daarvan {'wacht' if waiting == 1 else 'wachten'} {waiting} op herbevestiging "
            "door wie nu beslist (zie 'Wie tekent'): gegeven door wie toen besliste."
        )
    return TransitionFormView(
        organisation=ctx.organisation,
        generated_at=ctx.clock.now(),
        youth=youth_view(youth),
        data=data,
        included=frozenset(included),
        omitted=tuple(omitted),
        reference_code=reference,
        receivers=receivers,
        signers=tuple(signers),
        decider_explanation=explanation,
        consent_status=status,
        startkwalificatie=qualification_line(db, youth_id),
        withdrawn=tuple(withdrawn),
    )


def _receiver(
    ctx: Context, item: ConsentItem, st: StatusInfo, request_language: str, valid_until: str
) -> Receiver:
    """One receiver line, all in Dutch (the form's language): a request asked in English
    still prints the Dutch purpose text here, never a mix."""
    purpose = _form_purpose(ctx, item)
    del request_language  # the item's own version says which language it was asked in
    recipient = item.recipient
    contact = ", ".join(p for p in (recipient.department, recipient.email, recipient.phone) if p)
    basis = "toestemming (AVG art. 6 lid 1 onder a)"
    if item.has_special_categories:
        basis += "; uitdrukkelijke toestemming voor bijzondere gegevens (art. 9 lid 2 onder a)"
    return Receiver(
        recipient.display_name,
        purpose.title,
        purpose.description,
        ", ".join(c.name for c in item.categories),
        # "gegeven" alone would read as the consent of whoever signs this form now, and
        # "gevraagd" alone hides the yes of whoever held gezag before (cases26), or that who
        # decides now was never asked (cases28).
        st.reason
        if st.needs_reconfirmation or st.gezag_changed or st.decider_changed
        else STATUS_LABELS[st.status],
        valid_until,
        basis,
        contact,
    )


def _form_purpose(ctx: Context, item: ConsentItem) -> Purpose:
    """The item's purpose in the form's language: the version stored with the item when the
    request was made in two languages, else the latest Dutch one."""
    purpose = item.purpose
    if purpose.language == FORM_LANGUAGE:
        return purpose
    row = ctx.db.query_one(
        "SELECT purpose_version_id FROM item_texts WHERE item_id = ? AND language = ?",
        (item.id, FORM_LANGUAGE),
    )
    if row is not None:
        return repo.purpose_version(ctx.db, int(row[0]))
    return repo.latest_purpose(ctx.db, purpose.id, FORM_LANGUAGE)


def paper_view(ctx: Context, request_id: int, language: str | None = None) -> PaperConsentView:
    """`language`: the one language the whole form is printed in (default: the request's).
    Another language needs every item's text in it (stored when the request was made)."""
    db = ctx.db
    request = repo.load_request(db, request_id)
    printed = ""
    if language is not None and language != request.language:
        if not has_catalog(language):
            raise ValidationError(message_id="error-forms-language-unsupported", field="language")
        texts = {
            int(r[0]): str(r[1])
            for r in db.query(
                "SELECT t.item_id, t.text FROM item_texts t JOIN consent_items i "
                "ON i.id = t.item_id WHERE i.request_id = ? AND t.language = ?",
                (request.id, language),
            )
        }
        if any(i.id not in texts for i in request.items):
            raise ValidationError(
                message_id="error-forms-not-every-part-has-text",
                field="language",
            )
        request = replace(
            request,
            language=language,
            items=tuple(replace(i, text=texts[i.id]) for i in request.items),
        )
        printed = language
    youth, reps = repo.youth_with_reps(db, request.youth_id)
    requirement = who_must_decide(youth, reps, ctx.policy(), ctx.clock.today())
    if requirement.blocked is not None:  # a form nobody on record may sign (as the tablet)
        raise RuleViolation(
            message_id="error-rules-blocked", params={"reason": requirement.blocked}
        )
    names = people(ctx, youth, request.language)
    signers = tuple(PaperSigner(*names[s]) for s in requirement.signers if s in names)
    worker = db.scalar("SELECT name FROM workers WHERE id = ?", (ctx.worker_id,))
    contact = f"{worker}, {ctx.organisation}" if worker else ctx.organisation
    # The catalog's words where it has them; Dutch: the rule's own explanation (with policy).
    key = requirement.regime.value
    if requirement.regime == Regime.PARENTS and requirement.age < CHILD_SIGNS_FROM:
        key = "parents_young_child"  # the child signs nothing: don't say they are asked
    explanation = decider_explanation(key, youth.display_name, request.language)
    now = ctx.clock.now()
    return PaperConsentView(
        organisation=ctx.organisation,
        generated_at=now,
        request=paper_request(request),
        youth=youth_view(youth),
        signers=signers,
        explanation=explanation or requirement.explanation,
        inform_youth=requirement.inform_youth,
        contact=contact,
        printed_language=printed,
        words=words(
            request.language,
            "paper-",
            PAPER_WORDS,
            code=request.reference_code,
            name=youth.display_name,
            child=youth.given_name,  # whom the item texts' "je" means, to a parent
            born=date_text(request.language, youth.birth_date),
            start=date_text(request.language, request.valid_from),
            end=date_text(request.language, request.valid_until),
            organisation=ctx.organisation,
            names=listing(request.language, (f"{s.name} ({s.role})" for s in signers)),
            who=f" ({contact})" if contact else "",
            # a form only the youth signs (16+) speaks to the youth (Dutch "je"); one a
            # parent, guardian or curator signs, to them ("u")
            addressee="youth" if requirement.regime == Regime.YOUTH else "representative",
        ),
        footer=pdf_footer(request.language),
        made_at=language_moment(request.language, now.astimezone(LOCAL_TZ)),
        signature_labels=signature_labels(request.language),
    )


def withdrawal_view(
    ctx: Context, withdrawal_ids: Sequence[int], language: str = "nl"
) -> WithdrawalConfirmationView:
    """`language`: the one the withdrawal was signed in (purposes, categories, roles and
    channel in it where the catalog has them; else Dutch)."""
    db = ctx.db
    if not withdrawal_ids:
        raise ValidationError(message_id="error-forms-choose-withdrawal")
    marks = ",".join("?" * len(withdrawal_ids))
    rows = db.query(
        "SELECT w.item_id, w.signer_kind, w.signer_id, w.withdrawn_at, w.channel, i.request_id "
        f"FROM withdrawals w JOIN consent_items i ON i.id = w.item_id WHERE w.id IN ({marks}) "
        "ORDER BY i.request_id, i.position",
        list(withdrawal_ids),
    )
    if len(rows) != len(set(withdrawal_ids)):
        raise NotFoundError(message_id="error-forms-withdrawal-missing")
    requests = {rid: repo.load_request(db, rid) for rid in {int(r[5]) for r in rows}}
    youth_ids = {r.youth_id for r in requests.values()}
    if len(youth_ids) != 1:
        raise ValidationError(message_id="error-forms-confirmation-about-one-young")
    youth = repo.get_youth(db, youth_ids.pop())
    items = []
    for r in rows:
        request = requests[int(r[5])]
        item = next(i for i in request.items if i.id == int(r[0]))
        items.append(
            WithdrawnItem(
                request.reference_code,
                item.position,
                repo.purpose_title_as_shown(db, item.id, item.purpose, request.language, language),
                item.recipient.display_name,
                category_names(item.categories, language),
            )
        )
    first = rows[0]
    name, role = people(ctx, youth, language).get(
        SignerRef(SignerKind(first[1]), int(first[2])),
        (language_text(language, "role-unknown"), ""),
    )
    item_marks = ",".join("?" * len(rows))
    told = [
        repo.get_recipient(db, int(x[0])).display_name
        for x in db.query(
            f"SELECT DISTINCT recipient_id FROM disclosures WHERE item_id IN ({item_marks})",
            [int(r[0]) for r in rows],
        )
    ]
    withdrawn_by = f"{name} ({role})"
    withdrawn_at = from_iso(first[3])
    channel = channel_label(Channel(first[4]), language)
    now = ctx.clock.now()
    return WithdrawalConfirmationView(
        organisation=ctx.organisation,
        generated_at=now,
        youth=youth_view(youth),
        withdrawn_by=withdrawn_by,
        withdrawn_at=withdrawn_at,
        channel=channel,
        items=tuple(items),
        recipients_told=tuple(sorted(told)),
        language=resolve(language),
        footer=pdf_footer(language),
        made_at=language_moment(language, now.astimezone(LOCAL_TZ)),
        words=words(
            language,
            "withdrawal-",
            WITHDRAWAL_WORDS,
            name=youth.display_name,
            who=withdrawn_by,
            moment=language_moment(language, withdrawn_at.astimezone(LOCAL_TZ)),
            channel=channel,
            organisation=ctx.organisation,
            contact=ctx.organisation,
            # the one who withdrew reads it: the catalog's voice for them (Dutch je/u)
            addressee=SignerKind(first[1]).value,
        ),
    )


def inzage_view(ctx: Context, youth_id: int, transition_line: str = "") -> InzageView:
    db = ctx.db
    youth, reps = repo.youth_with_reps(db, youth_id)
    names = people(ctx, youth)
    statuses = _statuses(ctx, youth_id, "s.youth_id = ?", (youth_id,))
    disclosures = Sharing(ctx).disclosures(youth_id)
    evidence_ids: dict[int, None] = {}
    consents = []
    stopped: dict[int, datetime] = {}  # item -> its (earliest) withdrawal
    you, heard = SignerRef.youth(youth.id), views_by_item(ctx, youth.id)
    for h in repo.item_histories(
        db, "s.youth_id = ? ORDER BY s.created_at, s.position", (youth_id,)
    ):
        request = repo.load_request(db, h.request_id)
        item = next(i for i in request.items if i.id == h.facts.item_id)
        st = statuses[item.id]
        lines = [f"{_d(h.facts.created_at)}: we vroegen om toestemming."]
        for d in sorted(h.decisions, key=lambda d: d.decided_at):
            who = "{} ({})".format(*names.get(d.signer, ("onbekend", "")))
            said = "ja" if d.answer.value == "yes" else "nee"
            lines.append(f"{_d(d.decided_at)}: {who} zei {said}, {CHANNEL_LABELS[d.channel]}.")
            if d.evidence_id is not None:
                evidence_ids.setdefault(d.evidence_id, None)
        lines.extend(view_lines(heard.get(item.id, ()), names.get(you, ("", ""))[0]))
        for w in h.withdrawals:
            who = "{} ({})".format(*names.get(w.signer, ("onbekend", "")))
            lines.append(f"{_d(w.withdrawn_at)}: ingetrokken door {who}.")
            # (judged: a withdrawal or sharing recorded by a clock that ran ahead counts no
            # later than the correction after it; event_seek.judged_moment, s23)
            when = judged_moment(db, "withdrawal", w.id, w.withdrawn_at)
            stopped[item.id] = min(stopped.get(item.id, when), when)
            if w.evidence_id is not None:
                evidence_ids.setdefault(w.evidence_id, None)
        for a in h.actions:
            lines.append(f"{_d(a.at)}: {STATUS_LABELS[_ACTION_STATUS[a.kind.value]]} door ons.")
        consents.append(
            InzageConsent(
                request.reference_code,
                item.position,
                item.purpose.title,
                item.purpose.description,
                item.recipient.display_name,
                ", ".join(c.name for c in item.categories),
                status_text(STATUS_LABELS[st.status], st.reason),
                f"{h.facts.valid_from:%d-%m-%Y} t/m {h.facts.valid_until:%d-%m-%Y}",
                tuple(lines),
            )
        )
    ev = Evidence(ctx)
    typed = typed_pictures(ctx, list(evidence_ids))
    evidence = tuple(
        (
            TYPED_LABEL if info.id in typed else _EVIDENCE_LABELS.get(info.kind, info.kind),
            _d(info.created_at),
        )
        for info in (ev.info(e) for e in evidence_ids)
    )
    age = age_on(youth.birth_date, ctx.clock.today())
    return InzageView(
        organisation=ctx.organisation,
        generated_at=ctx.clock.now(),
        youth=youth_view(youth),
        age=age,
        language_label=LANGUAGE_LABELS.get(youth.language, youth.language),
        representatives=tuple((r.name, _rep_label(r.role, r.has_gezag)) for r in reps),
        consents=tuple(consents),
        disclosures=tuple(
            InzageDisclosure(
                d.disclosed_at,
                repo.get_recipient(db, d.recipient_id).display_name,
                repo.latest_purpose(db, d.purpose_id).title,
                ", ".join(repo.get_category(db, c).name for c in d.category_ids),
                basis_label(
                    d.basis,
                    Sharing(ctx).justification(d.id),
                    law_shared_on(db, d.purpose_id, youth, d.disclosed_at, d.basis, d.recipient_id),
                )
                + _weighed_after(ctx, d)
                + after_withdrawal(
                    d.item_id, judged_moment(db, "disclosure", d.id, d.disclosed_at), stopped
                ),
            )
            for d in disclosures
        ),
        evidence=evidence,
        startkwalificatie=qualification_line(db, youth.id),
        kept=_kept(ctx, youth.id),
        transition_form=transition_line,
        objections=tuple(
            (
                _d(o.objected_at),
                repo.get_recipient(db, o.recipient_id).display_name,
                repo.latest_purpose(db, o.purpose_id).title,
            )
            for o in Objections(ctx, Sharing(ctx)).for_youth(youth.id)
        ),
        # A young child signs nothing and is told by the parents: the report is theirs.
        to_parents=age < CHILD_SIGNS_FROM,
    )


def _weighed_after(ctx: Context, d: Disclosure) -> str:
    """A sharing whose weighing was recorded after it says so (sharing_rules)."""
    if d.assessment_id is None:
        return ""
    # Both as the rules judge them: recorded by a clock that ran ahead, either could read as
    # later than it was (event_seek.judged_moment).
    db = ctx.db
    weighed = Sharing(ctx).assessment(d.assessment_id).created_at
    weighed = judged_moment(db, "assessment", d.assessment_id, weighed)
    shared = judged_moment(db, "disclosure", d.id, d.disclosed_at)
    return weighed_after_sharing(d.basis, shared, weighed)


def _rep_label(role: RepresentativeRole, has_gezag: bool) -> str:
    """ "ouder met gezag" / "ouder zonder gezag"; a voogd always has gezag and gezag is not
    a curator's or mentor's word ("curator zonder gezag" read as a curator without powers)."""
    if role != RepresentativeRole.PARENT:
        return ROLE_LABELS[role]
    return ROLE_LABELS[role] + (" met gezag" if has_gezag else " zonder gezag")


_ACTION_STATUS = {
    "revoke": ItemStatus.REVOKED,
    "invalidate": ItemStatus.INVALIDATED,
    "supersede": ItemStatus.SUPERSEDED,
}
_EVIDENCE_LABELS = {
    "signature": "handtekening",
    "eml": "e-mail",
    "screenshot": "schermafbeelding",
    "scan": "scan van een papieren formulier",
    "message": "bericht",
    "document": "document",
}


def _kept(ctx: Context, youth_id: int) -> dict[str, str]:
    """Until when the youth's data is kept, and counted from what (AVG art. 15(1)(d)): the
    day the retention worklist would offer the erasure (usecases/retention.py)."""
    case = Retention(ctx).case(youth_id)
    moment = str(case.reference_kind)
    return {
        "due": f"{case.due_on:%d-%m-%Y}",
        "years": str(ctx.policy().retention_years),
        "since": f"{moment[:1].lower()}{moment[1:]} op {case.reference:%d-%m-%Y}",
    }


def _d(value: datetime) -> str:
    return f"{local_date(value):%d-%m-%Y}"
