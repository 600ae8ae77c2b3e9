"""Amal is 14. Her mother, who holds gezag with her father, reads Arabic; the father reads
Dutch. The worker makes a request in Dutch for "begeleiding naar werk".

DOMAIN rule 2: consent is informed only when the reader knows beforehand which data, with
whom, why, and how to withdraw — a text the mother cannot read informs her of nothing. The
product offers the signer's language where every item has a text in it (the tablet switches);
it must also tell the worker when a decider will get a text in no language she reads.

Before (session 19): nothing said so; the mother would get a Dutch request and sign it. Now
the desk is told — before the request is made and of the request made — who reads which
language; an Arabic purpose text (the tablet lets her switch) settles it; from 16 it is Amal's
own language that counts, not her parents'.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from conftest import birth_date_for_age

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _amal(service: Service, clock: FixedClock, age: int, language: str = "nl") -> Any:
    amal = service.people.add_youth(
        given_name="Amal",
        family_name="Haddad",
        birth_date=birth_date_for_age(clock.today(), age).isoformat(),
        language=language,
    )
    mother = service.people.add_representative(
        amal.id, "Rania Haddad", RepresentativeRole.PARENT, True, language="ar"
    )
    father = service.people.add_representative(
        amal.id, "Karim Haddad", RepresentativeRole.PARENT, True, language="nl"
    )
    return SimpleNamespace(youth=amal, mother=mother, father=father)


def test_the_desk_is_told_the_mother_reads_arabic_before_and_after_the_dutch_request(
    service: Service, catalog: SimpleNamespace, clock: FixedClock
) -> None:
    c = catalog
    h = _amal(service, clock, 14)
    before = service.consents.language_gaps(h.youth.id, "nl", [c.werk.id])
    assert [(g.signer, g.reads) for g in before] == [(SignerRef.representative(h.mother.id), "ar")]
    assert "Rania Haddad leest Arabisch" in before[0].warning
    assert "reads Arabic" in before[0].phrase.text_in("en")

    request = service.consents.create_request(
        h.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))], language="nl"
    )
    (gap,) = service.consents.request_language_gaps(request.id)
    assert gap.signer == SignerRef.representative(h.mother.id)
    assert "in het Nederlands" in gap.warning


def test_an_arabic_purpose_text_lets_her_read_it_and_the_warning_goes(
    service: Service, catalog: SimpleNamespace, clock: FixedClock
) -> None:
    c = catalog
    h = _amal(service, clock, 14)
    service.catalog.revise_purpose(
        c.werk.id, "المساعدة في العمل", "حتى تحصل على المساعدة في إيجاد عمل.", language="ar"
    )
    assert service.consents.language_gaps(h.youth.id, "nl", [c.werk.id]) == ()
    request = service.consents.create_request(
        h.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))], language="nl"
    )
    assert "ar" in next(iter(service.consents.item_texts(request.id).values()))
    assert service.consents.request_language_gaps(request.id) == ()
    # A second purpose without an Arabic text: no language every item has — she is told again.
    both = service.consents.language_gaps(h.youth.id, "nl", [c.werk.id, c.stage.id])
    assert [g.reads for g in both] == ["ar"]


def test_from_16_her_own_language_counts_not_her_parents(
    service: Service, catalog: SimpleNamespace, clock: FixedClock
) -> None:
    c = catalog
    h = _amal(service, clock, 17, language="tr")
    (gap,) = service.consents.language_gaps(h.youth.id, "nl", [c.werk.id])
    assert (gap.signer, gap.reads) == (SignerRef.youth(h.youth.id), "tr")
    assert service.consents.language_gaps(h.youth.id, "tr") == ()
