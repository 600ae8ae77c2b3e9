"""Every text a signer, parent or receiver reads, in every shipped language, with real data.

Walks every message of the signer's catalog in every language with long, right-to-left and
plural-testing values (no Fluent error, no placeholder left, no Dutch word in English or
Arabic), and renders the real documents of one family — the request mail to the youth and
to a parent (HTML and plain), the reminder, the app reply, the receipt and withdrawal PDFs,
the receipt mail and the paper form — from a vault whose catalog speaks all three languages,
as an Arabic mother, a Dutch father and an English-reading youth meet them."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from html.parser import HTMLParser
from types import SimpleNamespace
from typing import Any

import pytest
from fluent.syntax import FluentParser, ast
from pypdf import PdfReader
from test_signing_core import wave

from formulieren.text import _reshaper
from toestemming.capture.app import reply_template
from toestemming.capture.compose import Addressee, Sender, compose_request
from toestemming.capture.receipt_mail import ReceiptAddressee, compose_receipt
from toestemming.clock import FixedClock
from toestemming.language import (
    SOURCE,
    _bundle,
    catalog_source,
    date_text,
    languages,
    listing,
    moment_text,
    text,
)
from toestemming.model import Answer, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

OTHERS = [code for code in languages() if code != SOURCE]
LONG_NAME = "Zoë-Anne Maria Çelik-van den Heuvel-Abdelrahman"
ARABIC_NAME = "فاطمة الزهراء بن عبد الله"
ORGANISATION = "Stichting Scholengroep De Brug"

# Words that are Dutch and no English or Arabic reader's: whole words, case-insensitive.
# The legal terms "curatele" and "mentorschap" are named on purpose (decider-*), after the
# reader's own words for them.
DUTCH = re.compile(
    r"\b(je|jij|jouw|het|een|niet|geen|gegevens|toestemming|onderdeel|jongere|begeleider|"
    r"ouder|handtekening|intrekken|ingetrokken|bewaar|vraag|gemaakt|pagina|naam|datum|"
    r"verzoek|antwoord|ontvanger|doel|wanneer|ja|nee|alleen|altijd|mag|waarom|welke|"
    r"tot en met|uiterlijk|geboren|formulier)\b",
    re.IGNORECASE,
)


def _message_ids(language: str) -> list[str]:
    resource = FluentParser(with_spans=False).parse(catalog_source(language))
    return [e.id.name for e in resource.body if isinstance(e, ast.Message)]


def _arguments(language: str, count: int) -> dict[str, Any]:
    names = set(re.findall(r"\$(\w+)", catalog_source(language)))
    values: dict[str, Any] = {name: LONG_NAME for name in names}
    values.update(
        youth=ARABIC_NAME,
        name=ARABIC_NAME,
        code="TS-ABCD-EFGH-J",
        until=date_text(language, date(2027, 11, 23)),
        days=count,
        n=count,
        total=count + 1,
        position=str(count),
        reminder="yes",
        withdrawal="no",
        addressee="representative",
        moment=moment_text(language, datetime(2026, 12, 5, 9, 30)),
        code_part=text(language, "receipt-code-part", code="TS-ABCD-EFGH-J"),
    )
    return values


@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize("count", [0, 1, 2, 3, 11, 100])
def test_every_message_renders_in_every_language_with_every_plural(
    language: str, count: int
) -> None:
    bundle = _bundle(language)
    args = _arguments(language, count)
    for message_id in _message_ids(SOURCE):
        message = bundle.get_message(message_id)
        assert message.value is not None, f"{language}: {message_id} has no value"
        shown, errors = bundle.format_pattern(message.value, args)
        assert not errors, f"{language}: {message_id}: {errors}"
        assert "{" not in shown and "$" not in shown, f"{language}: {message_id}: {shown}"
        assert text(language, message_id, **args) == shown
        if language != SOURCE:
            flat = shown.replace(LONG_NAME, "").replace(ARABIC_NAME, "")
            found = DUTCH.findall(flat)
            assert not found, f"{language}: {message_id} reads Dutch {found}: {shown}"


@pytest.mark.parametrize("language", OTHERS)
def test_an_arabic_or_english_catalog_writes_its_own_sentences(language: str) -> None:
    """No message of a translated catalog is the Dutch text copied over (a message left in
    Dutch when the catalog was written), apart from symbols, codes and file names."""
    mine, source = _arguments(language, 2), _arguments(SOURCE, 2)
    same = [
        m
        for m in _message_ids(SOURCE)
        if text(language, m, **mine) == text(SOURCE, m, **source)
        and DUTCH.search(text(SOURCE, m, **source))
    ]
    assert not same, same


def test_dates_and_lists_as_each_language_writes_them() -> None:
    assert date_text("nl", date(2027, 1, 5)) == "05-01-2027"
    assert date_text("en", date(2027, 1, 5)) == "05-01-2027"
    # Arabic with slashes: one run in a right-to-left line (hyphens turned it around).
    assert date_text("ar", date(2027, 1, 5)) == "05/01/2027"
    from bidi.algorithm import get_display  # type: ignore[import-untyped]

    line = text("ar", "item-how-long", until=date_text("ar", date(2027, 11, 23)))
    assert "23/11/2027" in get_display(line, base_dir="R")
    hyphens = text("ar", "item-how-long", until="23-11-2027")
    assert "23-11-2027" not in get_display(hyphens, base_dir="R")  # why: 2027-11-23
    assert listing("ar", ["أ", "ب"]) == "أ، ب" and listing("en", ["a", "b"]) == "a, b"
    assert date_text("tr", date(2027, 1, 5)) == "05-01-2027"  # no catalog: Dutch


# -- the documents of one family, every language --------------------------------------------


@pytest.fixture
def family(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock
) -> SimpleNamespace:
    """A 15-year-old; her purposes, categories and recipient described in all three
    languages (Instellingen), so nothing but proper names may stay Dutch."""
    c = service.catalog
    texts = {
        "en": (
            ("Guidance to work", "So you get help finding work."),
            ("Arranging a placement", "So your host knows what you need."),
            {"contact": "Contact details", "school": "School details", "gezondheid": "Health"},
            "the employee insurance agency",
        ),
        "ar": (
            ("الإرشاد إلى العمل", "لكي تحصل على مساعدة في إيجاد عمل."),
            ("ترتيب التدريب", "لكي تعرف جهة التدريب ما تحتاجه."),
            {"contact": "بيانات الاتصال", "school": "بيانات المدرسة", "gezondheid": "الصحة"},
            "هيئة تأمينات العاملين",
        ),
    }
    for language, (work, stage, names, uwv) in texts.items():
        c.revise_purpose(catalog.werk.id, *work, language)
        c.revise_purpose(catalog.stage.id, *stage, language)
        c.set_category_names({getattr(catalog, k).id: v for k, v in names.items()}, language)
        c.set_recipient_description(catalog.uwv.id, language, uwv)
    case = make_youth(15, parents=2, given_name="Zoë-Anne Maria", family_name="Çelik")
    return SimpleNamespace(case=case, catalog=catalog)


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


class _Directions(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs).get("dir")))


def _documents(
    service: Service, family: SimpleNamespace, language: str, clock: FixedClock
) -> Iterator[tuple[str, str]]:
    cat = family.catalog
    request = service.consents.create_request(
        family.case.youth.id,
        [
            ItemSpec(cat.werk.id, cat.uwv.id, (cat.contact.id, cat.school.id)),
            ItemSpec(cat.stage.id, cat.werkgever.id, (cat.contact.id, cat.gezondheid.id)),
        ],
        language=language,
    )
    sender = Sender(ORGANISATION, "Fatima", "school@example.org")
    mother = Addressee(ARABIC_NAME, "m@example.org", False, "Zoë", "")
    youth = Addressee("Zoë", "z@example.org", True, "Zoë")
    for who, reminder in ((youth, False), (mother, True)):
        mail = compose_request(request, who, sender, clock.now(), reminder=reminder)
        yield "mail subject", mail.subject
        yield "mail", mail.plain
        yield "mail html", mail.html
    yield "app", reply_template(request).removeprefix("Code ")  # "Code": the reader's key
    parent = SignerRef.representative(family.case.parents[0].id)
    session = service.signing.session(request.id)
    special = session.items[1].item_id
    signed = service.signing.sign_decisions(
        request.id,
        parent,
        language,
        {i.item_id: Answer.YES for i in session.items},
        {special},
        {i.item_id: i.texts[language][1] for i in session.items},
        wave(),
        clock.now(),
    )
    pdf, name = service.signing_receipts.receipt_document(signed.session_id)
    yield "receipt", _pdf_text(pdf)
    receipt = compose_receipt(
        ReceiptAddressee(ARABIC_NAME, "m@example.org", False, language),
        sender,
        request.reference_code,
        pdf,
        name,
        clock.now(),
    )
    yield "receipt mail", receipt.subject + "\n" + receipt.plain
    done = service.signing.sign_withdrawal(
        [request.items[0].id], parent, language, wave(), clock.now()
    )
    yield "withdrawal", _pdf_text(service.signing_receipts.receipt_document(done.session_id)[0])
    yield "paper", _pdf_text(service.forms.render_paper_consent(request.id))


def _without_names(value: str) -> str:
    """What is left when the proper names (people, organisations, codes) are taken out."""
    for name in (
        LONG_NAME,
        ARABIC_NAME,
        ORGANISATION,
        "Zoë-Anne Maria Çelik",
        "Bakkerij De Korenschoof",
        "UWV – Werkbedrijf",
        "Testschool",
        "Anna de Tester",
    ):
        value = value.replace(name, "")
    return re.sub(r"Ouder \d+-\d+", "", value)


def test_english_documents_have_no_dutch_sentence(
    service: Service, family: SimpleNamespace, clock: FixedClock
) -> None:
    for what, shown in _documents(service, family, "en", clock):
        found = DUTCH.findall(_without_names(shown))
        assert not found, f"{what}: Dutch words {found}"


def test_arabic_documents_read_arabic_right_to_left(
    service: Service, family: SimpleNamespace, clock: FixedClock
) -> None:
    shaped_sep = _reshaper().reshape("، ")
    for what, shown in _documents(service, family, "ar", clock):
        rest = _without_names(shown)
        found = DUTCH.findall(rest)
        assert not found, f"{what}: Dutch words {found}"
        if what == "mail html":
            parser = _Directions()
            parser.feed(shown)
            tags = dict(reversed(parser.found))  # the first of each tag
            assert tags["html"] == "rtl" and tags["body"] == "rtl", parser.found[:5]
            # Every paragraph and item finds its own direction (a Latin name first).
            assert all(d == "auto" for t, d in parser.found if t in ("p", "li")), what
            assert "border-right" in shown and "border-left" not in shown
        if what in ("mail", "mail html"):
            # A date is one run in a right-to-left line; lists with the Arabic comma.
            assert "23-11-" not in shown and re.search(r"\d\d/\d\d/\d{4}", shown)
            assert "بيانات الاتصال، بيانات المدرسة" in shown
            assert "بيانات الاتصال, " not in shown
        if what in ("receipt", "withdrawal", "paper"):
            # Every date and moment, the footer's too: one run, never turned around.
            assert re.search(r"\d\d/\d\d/\d{4}", shown), what
            assert not re.search(r"\d{4}-\d\d-\d\d|\d\d-\d\d-\d{4}", shown), what
        if what in ("withdrawal", "paper"):
            assert shaped_sep.strip() in shown or "،" in shown, what


def test_a_dutch_mail_reads_left_to_right_as_before(
    service: Service, family: SimpleNamespace, clock: FixedClock
) -> None:
    html = next(s for w, s in _documents(service, family, "nl", clock) if w == "mail html")
    assert '<html lang="nl" dir="ltr">' in html and "border-left" in html
    assert re.search(r"tot en met \d\d-\d\d-\d{4}", html)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "Onderdelen 1, 2 gaan over gevoelige gegevens."),
        ("en", "Parts 1, 2 concern sensitive information."),
        ("ar", "الأجزاء 1، 2 تخص معلومات حساسة."),
    ],
)
def test_two_sensitive_parts_are_named_in_the_plural(
    service: Service, family: SimpleNamespace, clock: FixedClock, language: str, expected: str
) -> None:
    cat = family.catalog
    request = service.consents.create_request(
        family.case.youth.id,
        [
            ItemSpec(cat.werk.id, cat.uwv.id, (cat.contact.id, cat.gezondheid.id)),
            ItemSpec(cat.stage.id, cat.werkgever.id, (cat.gezondheid.id,)),
        ],
        language=language,
    )
    who = Addressee("Zoë", "z@example.org", True, "Zoë")
    mail = compose_request(
        request, who, Sender(ORGANISATION, "Fatima", "s@example.org"), clock.now()
    )
    assert expected in mail.plain
