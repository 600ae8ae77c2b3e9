"""The right voice for the reader of every text a signer takes home (lang23).

The reader is known: the youth (Dutch "je"), a parent, guardian, curator or mentor ("u"). A
16-year-old who withdrew her consent on the tablet was handed a confirmation that said "U hoeft
niets meer te doen" and a receipt mail "Bevestiging van je intrekking" went to her mother. Every
message of the catalog that chooses by `$addressee` is checked per reader; the receipt, the
withdrawal confirmation, the receipt mail and the paper form are rendered for a youth of 16+ and
for a parent, as each of them reads them."""

from __future__ import annotations

import io
import re
from types import SimpleNamespace
from typing import Any

import pytest
from fluent.syntax import FluentParser, ast, visitor
from pypdf import PdfReader
from test_signing_core import wave

from toestemming.capture.compose import Sender
from toestemming.capture.receipt_mail import ReceiptAddressee, compose_receipt
from toestemming.clock import FixedClock
from toestemming.language import SOURCE, _bundle, catalog_source, languages
from toestemming.model import Answer, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

# Dutch forms of address: the formal one for a parent or organisation, the informal one for
# the youth. Whole words; "hebt"/"bent"/"wilt" only go with "u" ("heb je", "ben je", "wil je").
FORMAL = re.compile(r"\b(u|uw|hebt u|bent u|wilt u|vult u|geeft u|bewaart u)\b", re.IGNORECASE)
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|heb je|ben je|wil je)\b", re.IGNORECASE)
# A youth is never asked as a parent is, a parent never as if they were the youth.
AS_A_PARENT = re.compile(r"\b(uw kind|je kind|jouw kind)\b", re.IGNORECASE)
READERS = ("youth", "representative")
ORGANISATION = "Stichting De Brug"


def _arguments(addressee: str) -> dict[str, Any]:
    names = set(re.findall(r"\$(\w+)", catalog_source(SOURCE)))
    values: dict[str, Any] = {name: "Noor" for name in names}
    values.update(addressee=addressee, days=3, count=2, withdrawal="yes", reminder="no")
    return values


def _shown(language: str, message_id: str, **args: Any) -> str:
    bundle = _bundle(language)
    message = bundle.get_message(message_id)
    assert message.value is not None
    shown, errors = bundle.format_pattern(message.value, args)
    assert not errors, (language, message_id, errors)
    return _unquoted(str(shown).replace("Noor", ""))


def _unquoted(text: str) -> str:
    """A word the text quotes is mentioned, not said to the reader (lang24: "Waar in de tekst
    'je' staat, is Noor bedoeld." tells a parent whom the item texts' "je" means)."""
    return re.sub(r"'\w+'", "", text)


def _addressed(language: str) -> tuple[str, ...]:
    """Every message whose text chooses by `$addressee` (found, not listed: a new one is
    checked as soon as it is written)."""
    resource = FluentParser(with_spans=False).parse(catalog_source(language))
    out = []
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            found = _Selectors()
            found.visit(entry)
            if "addressee" in found.names:
                out.append(entry.id.name)
    return tuple(out)


class _Selectors(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            self.names.add(node.selector.id.name)
        self.generic_visit(node)


ADDRESSED_IN_DUTCH = _addressed(SOURCE)
# A text only a parent, guardian or curator is ever sent (the request mail's opening to them).
ONLY_TO_A_REPRESENTATIVE = {"mail-intro-representative"}


def test_the_texts_a_signer_takes_home_all_choose_the_voice() -> None:
    taken_home = {
        "receipt-subject",
        "receipt-what",
        "receipt-keep",
        "receipt-withdraw",
        "signing-receipt-title",
        "signing-receipt-recorded",
        "signing-receipt-col-answer",
        "signing-receipt-withdraw",
        "withdrawal-recorded",
        "withdrawal-told",
        "paper-how",
        "paper-withdraw-text",
    }
    assert taken_home <= set(ADDRESSED_IN_DUTCH), taken_home - set(ADDRESSED_IN_DUTCH)


def test_no_dutch_text_says_u_to_the_youth_unless_only_a_parent_gets_it() -> None:
    """Every message of the signer's catalog, rendered for the youth: no "u"/"uw" (a text
    written in the formal voice without a variant for the youth is caught here)."""
    resource = FluentParser(with_spans=False).parse(catalog_source(SOURCE))
    ids = [e.id.name for e in resource.body if isinstance(e, ast.Message)]
    formal = [
        m
        for m in ids
        if m not in ONLY_TO_A_REPRESENTATIVE
        and FORMAL.search(_shown(SOURCE, m, **_arguments("youth")))
    ]
    assert not formal, formal


def test_every_message_that_speaks_to_the_reader_chooses_the_voice() -> None:
    """Each Dutch message that addresses the reader of a receipt, confirmation or paper form
    has a variant per reader: "je" to the youth, "u" to a parent, and never the other."""
    for message_id in ADDRESSED_IN_DUTCH:
        youth = _shown(SOURCE, message_id, **_arguments("youth"))
        parent = _shown(SOURCE, message_id, **_arguments("representative"))
        assert youth != parent, f"{message_id}: the same words for the youth and a parent"
        assert not FORMAL.search(youth), f"{message_id} says 'u' to the youth: {youth}"
        assert not INFORMAL.search(parent), f"{message_id} says 'je' to a parent: {parent}"
        for shown in (youth, parent):
            assert not AS_A_PARENT.search(shown), f"{message_id}: {shown}"


def test_a_text_without_a_reader_says_u_by_default_never_je_to_a_parent() -> None:
    """A caller that forgets the reader gets the formal voice (the default variant)."""
    for message_id in ADDRESSED_IN_DUTCH:
        bundle = _bundle(SOURCE)
        message = bundle.get_message(message_id)
        args = _arguments("representative")
        del args["addressee"]
        shown, _ = bundle.format_pattern(message.value, args)
        assert not INFORMAL.search(_unquoted(str(shown).replace("Noor", ""))), message_id


@pytest.mark.parametrize("language", [code for code in languages() if code != SOURCE])
def test_english_and_arabic_read_the_same_for_every_reader(language: str) -> None:
    """English "you" and the Arabic catalog's one form of address serve every reader: the
    reader changes nothing there (no Dutch branch leaking into another language) — except
    that a parent is told whose data it is: the parent's text names the child, the youth's
    does not (lang24: the tablet and the paper form, $child)."""
    for message_id in ADDRESSED_IN_DUTCH:
        youth = _shown(language, message_id, **{**_arguments("youth"), "child": "Kim"})
        parent = _shown(language, message_id, **{**_arguments("representative"), "child": "Kim"})
        assert youth == parent or ("Kim" in parent and "Kim" not in youth), (
            language,
            message_id,
        )


# -- the documents, rendered for each reader -------------------------------------------------


def _pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _documents(
    service: Service, catalog: SimpleNamespace, case: Any, signer: SignerRef, clock: FixedClock
) -> dict[str, str]:
    cat = catalog
    request = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(cat.werk.id, cat.uwv.id, (cat.contact.id, cat.school.id)),
            ItemSpec(cat.stage.id, cat.werkgever.id, (cat.contact.id,)),
        ],
        language="nl",
    )
    out = {"paper": _pdf_text(service.forms.render_paper_consent(request.id))}
    session = service.signing.session(request.id)
    signed = service.signing.sign_decisions(
        request.id,
        signer,
        "nl",
        {i.item_id: Answer.YES for i in session.items},
        set(),
        {i.item_id: i.texts["nl"][1] for i in session.items},
        wave(),
        clock.now(),
    )
    pdf, name = service.signing_receipts.receipt_document(signed.session_id)
    out["receipt"] = _pdf_text(pdf)
    who = ReceiptAddressee("Noor", "n@example.org", signer.kind.value == "youth", "nl")
    sender = Sender(ORGANISATION, "Fatima", "school@example.org")

    def mailed(pdf: bytes, name: str, withdrawal: bool) -> str:
        code = request.reference_code
        mail = compose_receipt(who, sender, code, pdf, name, clock.now(), withdrawal=withdrawal)
        return mail.subject + "\n" + mail.plain

    out["receipt mail"] = mailed(pdf, name, False)
    done = service.signing.sign_withdrawal([request.items[0].id], signer, "nl", wave(), clock.now())
    pdf, name = service.signing_receipts.receipt_document(done.session_id)
    out["withdrawal"] = _pdf_text(pdf)
    out["withdrawal mail"] = mailed(pdf, name, True)
    return out


def _without_names(value: str, *names: str) -> str:
    for name in (*names, ORGANISATION):
        value = value.replace(name, "")
    return value


def test_a_youth_of_16_reads_je_in_everything_she_takes_home(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock
) -> None:
    """Noor (16) signs and later withdraws on the tablet herself: her receipt, her
    confirmation, their mails and the paper form she signs alone all say "je"."""
    case = make_youth(16, given_name="Noor", family_name="Uwland")
    docs = _documents(service, catalog, case, SignerRef.youth(case.youth.id), clock)
    for what, shown in docs.items():
        rest = _without_names(shown, "Noor Uwland")
        found = FORMAL.findall(rest)
        assert not found, f"{what} says {found} to the youth: {rest[:400]}"
        assert not AS_A_PARENT.search(rest), what
    assert "heeft je intrekking vastgelegd" in docs["withdrawal"]
    assert "Bevestiging van je intrekking" in docs["withdrawal mail"]
    assert "Zo vul je het in" in docs["paper"]


def test_a_parent_reads_u_in_what_is_addressed_to_them(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock
) -> None:
    """The mother of a 14-year-old signs and withdraws: her receipt, confirmation and their
    mails say "u" (the stored item texts, written to the youth, are not on these)."""
    case = make_youth(14, parents=1, given_name="Sem", family_name="Jansen")
    mother = SignerRef.representative(case.parents[0].id)
    docs = _documents(service, catalog, case, mother, clock)
    for what in ("receipt", "receipt mail", "withdrawal", "withdrawal mail"):
        rest = _without_names(docs[what], "Sem Jansen", "Sem", "Ouder")
        found = INFORMAL.findall(rest)
        assert not found, f"{what} says {found} to a parent: {rest[:400]}"
    assert "heeft uw intrekking vastgelegd" in docs["withdrawal"]
    assert "Bevestiging van uw intrekking" in docs["withdrawal mail"]
    assert "Uw ontvangstbewijs" in docs["receipt mail"]
    assert "Zo vult u het in" in docs["paper"]
