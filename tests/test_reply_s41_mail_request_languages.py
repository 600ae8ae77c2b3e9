"""Our request in every catalog language, quoted by a client the reader has no quote header
for, is never the parent's answer.

Outlook leaves the original unquoted under a "Van:/Verzonden:" block in the language of its
own interface. For a block it does not know (French, Spanish, Polish Outlook — a parent from
Morocco reads Arabic mail in a French Outlook), the reader relies on knowing our request's
own lines. It knew them for Dutch and English only (a hand list), and took the Arabic code
line "الرمز المرجعي:" for a code copied above an answer because it knew no Arabic item
heading ("الجزء 1:") under it: the whole Arabic request was read as the parent's words — its
example "1 نعم، 2 لا" and its "سحب" (withdraw) made "1 نعم 2 لا 3 نعم" a WITHDRAWAL nobody
gave. Our request's lines and item headings now come from the catalogs, for every language.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from reply_harness import outcome
from reply_s41_clients import PARENT, message, part
from reply_table import CODE, ITEMS, ORG

from toestemming.capture.answers import ItemInfo, read_answers
from toestemming.capture.compose import Addressee, Sender, compose_request
from toestemming.capture.replies import parse_reply
from toestemming.language import languages
from toestemming.language import text as catalog_text

# Outlook blocks in interface languages the reader has no header pattern for.
BLOCKS = {
    "fr": ("De", "Envoyé", "À", "Objet", "lundi 7 décembre 2026 11:12"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "poniedziałek, 7 grudnia 2026 11:12"),
    "es": ("De", "Enviado", "Para", "Asunto", "lunes, 7 de diciembre de 2026 11:12"),
}


def _item(lang: str, item: ItemInfo) -> str:
    """An item's stored text as the request builds it, in the catalog's language."""
    lines = [
        ("item-part", {"position": str(item.position), "title": item.title}),
        ("item-which", {"categories": "Contactgegevens"}),
        ("item-to-whom", {"recipient": item.recipient, "kind": "arbeid"}),
        ("item-why", {"description": "Zodat je hulp krijgt bij werk."}),
        ("item-how-long", {"until": "23-11-2027"}),
        ("item-responsible", {"organisation": "Testschool"}),
        ("item-say-no", {}),
        ("item-withdraw", {"code": CODE}),
    ]
    return "\n".join(catalog_text(lang, key, **args) for key, args in lines)


def _request(lang: str, youth: bool, reminder: bool) -> str:
    items = tuple(
        SimpleNamespace(position=i.position, has_special_categories=False, text=_item(lang, i))
        for i in ITEMS
    )
    request = SimpleNamespace(
        language=lang, reference_code=CODE, items=items, valid_until=date(2026, 12, 21)
    )
    mail = compose_request(
        request,  # type: ignore[arg-type]
        Addressee("Marja", PARENT, youth, "Sam", ""),
        Sender("Testschool", "Jan Jansen", ORG),
        datetime(2026, 12, 7, 10, 12, tzinfo=UTC),
        reminder=reminder,
    )
    return mail.plain


def _outlook(typed: str, request: str, ui: str) -> bytes:
    sender, sent, to, subject, when = BLOCKS[ui]
    block = (
        f"{sender}: Testschool <{ORG}>\n{sent}: {when}\n{to}: Marja <{PARENT}>\n"
        f"{subject}: Vraag om toestemming – code {CODE}\n"
    )
    return message(part("text/plain", f"{typed}\n\n{block}\n{request}", cte="base64"))


CASES = [
    (lang, youth, reminder)
    for lang in languages()
    for youth in (True, False)
    for reminder in (False, True)
]


@pytest.mark.parametrize(("lang", "youth", "reminder"), CASES)
@pytest.mark.parametrize("ui", sorted(BLOCKS))
def test_no_line_of_our_request_is_read_as_the_parents(
    lang: str, youth: bool, reminder: bool, ui: str
) -> None:
    request = _request(lang, youth, reminder)
    parsed = parse_reply(_outlook("1 ja 2 nee 3 ja", request, ui))
    reading = read_answers(parsed.text, ITEMS[:3])
    assert outcome(reading) == ("ja", "nee", "ja"), [str(p) for p in reading.problems]
    ours = {line.strip() for line in request.split("\n") if len(line.strip()) > 8}
    assert not ours & {line.strip() for line in parsed.own_text.split("\n")}


@pytest.mark.parametrize(
    ("typed", "want"),
    [("1 نعم 2 لا 3 نعم", ("ja", "nee", "ja")), ("1 ja, 2 nee, 3 ja", ("ja", "nee", "ja"))],
)
def test_an_arabic_request_under_a_french_outlook_block_is_no_withdrawal(
    typed: str, want: tuple[str, ...]
) -> None:
    parsed = parse_reply(_outlook(typed, _request("ar", False, False), "fr"))
    reading = read_answers(parsed.text, ITEMS[:3])
    assert not reading.is_withdrawal
    assert outcome(reading) == want


def test_an_answer_typed_under_an_arabic_item_heading_is_that_items() -> None:
    """Outlook's unquoted original with "لا" (no) typed under the Arabic heading of item 2
    (and "نعم" under 1 and 3): the item headings are known in the catalog's language."""
    request = _request("ar", False, False)
    for position, said in ((1, "نعم"), (2, "لا"), (3, "نعم")):
        heading = catalog_text(
            "ar", "item-part", position=str(position), title=ITEMS[position - 1].title
        )
        request = request.replace(heading + "\n", f"{heading}\n{said}\n")
    parsed = parse_reply(_outlook("انظر أدناه", request, "fr"))
    reading = read_answers(parsed.text, ITEMS[:3])
    assert outcome(reading) == ("ja", "nee", "ja"), [str(p) for p in reading.problems]
