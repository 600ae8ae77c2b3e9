"""A recipient that merged into another organisation, written only in its own description.

DOMAIN.md rule 2: consent is specific and informed — the person knows beforehand *with whom*
data is shared. Casus s18 (gemeente merger): the consent names the old organisation; the
successor is another recipient that needs its own consent, and setting the old one inactive
makes "Mag ik delen?" warn. cases24 left the case where the desk wrote the merger only in the
recipient's description ("Per 1 januari 2027 opgegaan in Werkbedrijf Midden-Nederland") and
left it active: "Mag ik delen?" said "ja" without a word, and the worker shared with the new
organisation under the old consent. Now the words are read and the worker is warned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.language import SOURCE
from toestemming.model import Recipient, RecipientKind, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.recipient_merger import merger_warning, merger_words

MERGED = [
    "Per 1 januari 2027 opgegaan in Werkbedrijf Midden-Nederland.",
    "Sinds de herindeling van 2026 hoort Weesp bij Amsterdam.",
    "Gefuseerd met Stichting Jeugdhulp Oost; contact via jeugdhulp-oost.example.",
    "Heet sinds maart 'Leerwerkloket Regio Utrecht'.",
    "Gaat vanaf 2027 verder als Werkgeversservicepunt Midden-Utrecht.",
    "Is per 1 juli 2026 onderdeel van de GGD regio Utrecht.",
    "Overgenomen door Jeugdzorg Nederland.",
    "Opgeheven; taken bij de gemeente.",
    "Samengevoegd met het RMC Eemland.",
    "Merged into Youth Care East on 1 January 2027.",
    "Now part of the regional employer desk.",
]
UWV = Recipient(1, "UWV", "Werkbedrijf", RecipientKind.LABOUR)  # no vault needed to read words
NOT_MERGED = [
    "",
    "Voert de werknemersverzekeringen uit en helpt mensen aan werk.",
    "Onderdeel van Gemeente Utrecht, afdeling Werk en Inkomen.",
    "Regionaal bureau leerplicht voor Utrecht, Nieuwegein en Houten.",
    "Jeugdarts en jeugdverpleegkundige op school.",
    "Helps young people find and keep work.",
]


@pytest.mark.parametrize("text", MERGED)
def test_the_words_for_a_merger_are_read(text: str) -> None:
    recipient = replace(UWV, descriptions=(("nl", text),))
    said = merger_words(recipient)
    assert said is not None and said in " ".join(text.split())
    assert merger_warning(recipient) is not None


@pytest.mark.parametrize("text", NOT_MERGED)
def test_a_plain_description_is_no_merger(text: str) -> None:
    assert merger_words(replace(UWV, descriptions=(("nl", text),))) is None


def test_a_department_or_a_name_saying_it_counts_too() -> None:
    assert merger_words(replace(UWV, department="W&I (gefuseerd met Zeist)"))
    assert merger_words(replace(UWV, name="Gemeente Weesp (opgegaan in Amsterdam)"))
    # An inactive recipient has its own warning already (share-warning-recipient-inactive).
    inactive = replace(UWV, active=False, descriptions=(("nl", MERGED[0]),))
    assert merger_warning(inactive) is None


@pytest.fixture
def sara(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> SimpleNamespace:
    """Sara (17) said yes to sharing her contact details with the UWV Werkbedrijf."""
    c = catalog
    youth = make_youth(17, given_name="Sara").youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    return SimpleNamespace(id=youth.id)


def test_the_merger_written_by_the_desk_is_warned_about_in_the_catalog(
    service: Service, catalog: SimpleNamespace, sara: SimpleNamespace
) -> None:
    """The desk writes the merger into the UWV's description (in English for the team's
    English readers) and leaves it active: the recipient as the catalog gives it is read."""
    c = catalog
    plain = service.catalog.recipient(c.uwv.id)
    assert merger_warning(plain) is None
    service.catalog.set_recipient_description(c.uwv.id, "en", "Merged into Werkbedrijf MN.")
    warning = merger_warning(service.catalog.recipient(c.uwv.id))
    assert warning is not None
    text = warning.text_in(SOURCE)
    assert "UWV – Werkbedrijf" in text and "Merged into Werkbedrijf MN." in text
    assert "niet voor een opvolger" in text and "niet actief" in text
    # The worker does what it says: the old recipient inactive → the s18 warning instead.
    service.catalog.set_recipient_active(c.uwv.id, False)
    assert merger_warning(service.catalog.recipient(c.uwv.id)) is None


def test_mag_ik_delen_warns_before_the_worker_shares_under_the_new_name(
    service: Service, catalog: SimpleNamespace, sara: SimpleNamespace
) -> None:
    c = catalog
    before = service.sharing.may_share(sara.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert before.allowed and not before.warnings
    service.catalog.set_recipient_description(
        c.uwv.id, "nl", "Per 1 januari 2027 opgegaan in Werkbedrijf Midden-Nederland."
    )
    after = service.sharing.may_share(sara.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert after.allowed  # what was really shared with the UWV may still be recorded
    assert [p.message_id for p in after.warning_phrases] == [
        "share-warning-recipient-merged-description"
    ]
    assert any("Werkbedrijf Midden-Nederland" in w for w in after.warnings), after.warnings
