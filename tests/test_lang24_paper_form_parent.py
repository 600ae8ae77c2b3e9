"""The paper form a parent fills in says whom its "je" means (lang24).

The printed request for a 14-year-old's parents repeats each item's stored text ("Zodat je
hulp krijgt bij het vinden en houden van werk.") — written to the youth. A father reading it
at the kitchen table took "je" for himself: nothing on the form said it was his son. Now a
form a representative fills in says, before the items, that "je" means the child (by given
name) and the sensitive-data tick names whose data it is — in every language with a catalog.
A form the youth fills in alone (16+) speaks to them as before, without that line.

Read as the parent reads it: the text of the rendered PDF (pdfium)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest

from toestemming.language import languages
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

TEXTS = {
    "en": ("Guidance to work", "So that you get help finding and keeping work."),
    "ar": ("الإرشاد إلى العمل", "لكي تحصل على مساعدة في إيجاد عمل."),
}
# The line, per language, up to the child's name: what a parent must read before the items.
WHOSE = {
    "nl": "Waar in de onderdelen hieronder 'je' of 'jouw' staat, is Milan bedoeld",
    "en": "Where the parts below say 'you' or 'your', they mean Milan",
    "ar": "المقصود هو Milan",
}


def _pages_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def _form(
    service: Service, catalog: SimpleNamespace, make_youth: Any, age: int, language: str
) -> str:
    for lang, (title, body) in TEXTS.items():
        service.catalog.revise_purpose(catalog.werk.id, title, body, lang)
    case = make_youth(age, parents=1 if age < 16 else 0, given_name="Milan")
    request = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id, catalog.gezondheid.id))],
        language=language,
    )
    return _pages_text(service.forms.render_paper_consent(request.id))


@pytest.mark.parametrize("language", sorted(WHOSE))
def test_the_parents_form_says_whom_je_means(
    service: Service, catalog: SimpleNamespace, make_youth: Any, language: str
) -> None:
    text = _form(service, catalog, make_youth, 14, language)
    flat = " ".join(text.split())
    assert WHOSE[language] in flat, flat
    # Said before the first item, not after the father has read them all.
    first_item = flat.index(TEXTS.get(language, ("Begeleiding naar werk",))[0])
    assert flat.index(WHOSE[language]) < first_item
    # The sensitive-data tick names whose data it is.
    special = flat[flat.index(WHOSE[language]) + len(WHOSE[language]) :]
    assert special.count("Milan") >= 2, special


def test_every_catalog_explains_je_to_a_parent() -> None:
    """A language added later must say it too (the test above names the ones of today)."""
    assert set(languages()) <= set(WHOSE)


def test_the_youths_own_form_speaks_to_them(
    service: Service, catalog: SimpleNamespace, make_youth: Any
) -> None:
    """The control: Milan at 17 fills in his own form; no line about whom "je" means."""
    flat = " ".join(_form(service, catalog, make_youth, 17, "nl").split())
    assert "bedoeld" not in flat and "Zo vul je het in" in flat
