"""A recipient's description per language (catalog_texts, entity 'recipient'): the signer
reads who the recipient is in their own language, else in Dutch; texts already shown stay."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.capture.compose import Addressee, Sender, compose_request
from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

ARABIC = "مكتب حكومي يساعد في إيجاد عمل"
DUTCH = "de overheidsdienst die helpt bij het vinden van werk"


def _request(service: Service, catalog: SimpleNamespace, make_youth: Any, language: str) -> Any:
    case = make_youth(15, parents=1)
    return service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))],
        language=language,
    )


@pytest.fixture
def described(service: Service, catalog: SimpleNamespace) -> None:
    service.catalog.revise_purpose(catalog.werk.id, "الإرشاد إلى العمل", "لكي تحصل على عمل.", "ar")
    service.catalog.revise_purpose(catalog.werk.id, "Work", "To help you find work.", "en")
    service.catalog.set_recipient_description(catalog.uwv.id, "ar", ARABIC)
    service.catalog.set_recipient_description(catalog.uwv.id, "nl", DUTCH)


def test_the_signer_reads_the_description_in_their_language(
    service: Service, catalog: SimpleNamespace, make_youth: Any, described: None
) -> None:
    arabic = _request(service, catalog, make_youth, "ar").items[0].text
    assert ARABIC in arabic and DUTCH not in arabic
    # English has no description of its own: the Dutch one, never none at all.
    english = _request(service, catalog, make_youth, "en").items[0].text
    assert DUTCH in english and ARABIC not in english
    dutch = _request(service, catalog, make_youth, "nl").items[0].text
    assert f"({DUTCH})" in dutch


def test_the_tablet_and_the_mail_show_it(
    service: Service, catalog: SimpleNamespace, make_youth: Any, described: None, clock: FixedClock
) -> None:
    request = _request(service, catalog, make_youth, "ar")
    session = service.signing.session(request.id)
    assert ARABIC in session.items[0].texts["ar"][0]
    mail = compose_request(
        request,
        Addressee("أحمد", "ahmed@example.org", False, "سارة", "أحد الوالدين"),
        Sender("Testschool", "Fatima", "school@example.org"),
        clock.now(),
    )
    assert ARABIC in mail.plain


def test_a_later_change_leaves_what_was_shown(
    service: Service, catalog: SimpleNamespace, make_youth: Any, described: None
) -> None:
    before = _request(service, catalog, make_youth, "ar")
    service.catalog.set_recipient_description(catalog.uwv.id, "ar", "")  # taken away again
    assert ARABIC in service.consents.request(before.id).items[0].text  # stored verbatim
    after = _request(service, catalog, make_youth, "ar").items[0].text
    assert ARABIC not in after and DUTCH in after  # falls back to the Dutch description
    versions = service.vault.db.query(
        "SELECT language, version, description FROM catalog_texts WHERE entity = 'recipient' "
        "ORDER BY language, version"
    )
    assert [tuple(r) for r in versions] == [("ar", 1, ARABIC), ("ar", 2, ""), ("nl", 1, DUTCH)]


def test_without_a_description_the_text_is_as_before(
    service: Service, catalog: SimpleNamespace, make_youth: Any
) -> None:
    text = _request(service, catalog, make_youth, "nl").items[0].text
    assert service.catalog.recipient(catalog.uwv.id).display_name in text
    assert service.catalog.recipient(catalog.uwv.id).descriptions == ()


def test_bad_input_changes_nothing(service: Service, catalog: SimpleNamespace) -> None:
    with pytest.raises(ValidationError) as caught:
        service.catalog.set_recipient_description(catalog.uwv.id, "xx", "iets")
    assert caught.value.field == "language"
    with pytest.raises(ValidationError):
        service.catalog.set_recipient_description(catalog.uwv.id, "ar", "x" * 301)
    with pytest.raises(ValidationError):  # a reversed-text trick copied in from elsewhere
        service.catalog.set_recipient_description(catalog.uwv.id, "ar", "abc\u202edef")
    assert service.catalog.recipient(catalog.uwv.id).descriptions == ()
