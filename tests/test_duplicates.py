"""No second record for the same youth: Leerlingnummer first, then the normalised name (case,
accents, tussenvoegsel place and register order "Berg, van der") with the birth date; rows that
only look alike are shown, not silently added. Acts as a school's second export would."""

from __future__ import annotations

from datetime import date

import pytest

from toestemming.csv_import import RowStatus
from toestemming.devtools.seed import seed_catalog
from toestemming.errors import NotFoundError, ValidationError
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.duplicates import MatchKind
from toestemming.validation import family_key, join_infix

HEADER = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum\n"


def export(*lines: str) -> bytes:
    return (HEADER + "".join(line + "\n" for line in lines)).encode()


@pytest.mark.parametrize(
    "family",
    [
        "van der Berg",
        "Van der Berg",
        "Berg, van der",
        "VAN DER BERG",
        " van  der   Berg ",
        "Berg,van der",
    ],
)
def test_spellings_of_a_tussenvoegsel_are_one_family_key(family: str) -> None:
    assert family_key(family) == "berg van der"


def test_join_infix_never_doubles_the_tussenvoegsel() -> None:
    assert join_infix("van der", "Berg") == "van der Berg"
    assert join_infix("van der", "van der Berg") == "van der Berg"
    assert join_infix("Van der", "Berg, van der") == "van der Berg"
    assert join_infix("", "Berg, van der") == "van der Berg"
    assert join_infix("", "Jansen, Piet") == "Jansen, Piet"  # "Piet" is no tussenvoegsel


def test_second_import_of_the_same_file_adds_nobody(service: Service) -> None:
    data = export(
        ";Lieke;van den;Berg;01-02-2010", ";Daan;de;Vries;03-09-2008", "77;Sam;;Bakker;05-05-2009"
    )
    first = service.youth_import.import_youths(service.youth_import.preview(data).importable)
    assert first.added == 3
    again = service.youth_import.preview(data)
    assert [r.status for r in again.rows] == [RowStatus.EXISTING] * 3
    result = service.youth_import.import_youths(again.rows)
    assert result.added == 0 and result.skipped_existing == 3
    assert service.people.count() == 3


@pytest.mark.parametrize(
    "line",
    [
        ";Lieke;;van den Berg;01-02-2010",
        ";lieke;Van den;berg;1-2-2010",
        ";LIEKE;;Berg, van den;2010-02-01",
        ";Liéke;;Van Den Berg;01.02.2010",
    ],
)
def test_differently_written_tussenvoegsel_is_the_same_youth(service: Service, line: str) -> None:
    service.people.add_youth(
        given_name="Lieke", infix="van den", family_name="Berg", birth_date="01-02-2010"
    )
    preview = service.youth_import.preview(export(line))
    assert preview.rows[0].status == RowStatus.EXISTING
    assert service.youth_import.import_youths(preview.rows).added == 0
    assert service.people.count() == 1


def test_student_number_matches_before_the_name(service: Service) -> None:
    service.people.add_youth(
        external_ref="4711", given_name="Sam", family_name="Bakker", birth_date="05-05-2009"
    )
    # Married name, typo in the date: the Stamnummer says it is the same youth.
    data = b"Stamnr;Roepnaam;Achternaam;Geboortedatum\n4711;Samira;Bakker-Jansen;06-05-2009\n"
    preview = service.youth_import.preview(data)
    assert preview.columns["external_ref"] == "Stamnr"
    assert preview.rows[0].status == RowStatus.EXISTING
    assert service.youth_import.import_youths(preview.rows).added == 0


def test_twins_with_their_own_student_numbers_are_two_youths(service: Service) -> None:
    data = export("1;Noor;;Visser;01-01-2010", "2;Noor;;Visser;01-01-2010")
    preview = service.youth_import.preview(data)
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert service.youth_import.import_youths(preview.importable).added == 2


def test_a_numbered_row_matches_a_youth_added_by_hand_without_number(service: Service) -> None:
    service.people.add_youth(
        given_name="Lieke", family_name="van den Berg", birth_date="01-02-2010"
    )
    preview = service.youth_import.preview(export("555;Lieke;van den;Berg;01-02-2010"))
    assert preview.rows[0].status == RowStatus.EXISTING


def test_look_alikes_are_shown_and_only_added_when_chosen(service: Service) -> None:
    service.people.add_youth(
        given_name="Lieke", family_name="van den Berg", birth_date="01-02-2010"
    )
    # Same name, other date (a typo?) and same date, other given name (a sibling? a typo?).
    data = export(";Lieke;van den;Berg;02-01-2010", ";Lieka;;van den Berg;01-02-2010")
    preview = service.youth_import.preview(data)
    assert [r.status for r in preview.rows] == [RowStatus.POSSIBLE, RowStatus.POSSIBLE]
    assert preview.rows[0].possible_duplicates == ("Lieke van den Berg, 01-02-2010",)
    assert preview.importable == []  # the safe default adds none of them
    result = service.youth_import.import_youths(preview.importable_with_possible())
    assert result.added == 2


def test_find_for_the_add_dialog(service: Service) -> None:
    kept = service.people.add_youth(
        external_ref="9", given_name="Aïsha", family_name="El Amrani", birth_date="04-04-2009"
    )
    same = service.duplicates.find(
        given_name="aisha", family_name="el amrani", birth_date=date(2009, 4, 4)
    )
    assert [(m.youth.id, m.kind) for m in same] == [(kept.id, MatchKind.NAME_AND_BIRTH)]
    assert same[0].certain and same[0].reason == "zelfde naam en geboortedatum"
    by_number = service.duplicates.find(
        given_name="X", family_name="Y", birth_date=None, external_ref="9"
    )
    assert [m.kind for m in by_number] == [MatchKind.STUDENT_NUMBER]
    assert (
        service.duplicates.find(
            given_name="Aisha", family_name="Amrani", birth_date=date(2010, 1, 1)
        )
        == []
    )
    assert (
        service.duplicates.find(
            given_name="Aisha",
            family_name="El Amrani",
            birth_date=date(2009, 4, 4),
            exclude=kept.id,
        )
        == []
    )


def test_register_order_is_stored_in_reading_order(service: Service) -> None:
    youth = service.people.add_youth(
        given_name="Jan", family_name="Berg, van der", birth_date="01-01-2010"
    )
    assert youth.family_name == "van der Berg"
    rows = service.people.search("van der berg jan")
    assert [r.id for r in rows] == [youth.id]


# -- merging ---------------------------------------------------------------------------------
def _request(service: Service, youth_id: int) -> int:
    cat = getattr(service, "_test_catalog", None) or seed_catalog(service)
    service._test_catalog = cat  # type: ignore[attr-defined]  # seeded once per vault
    purpose = next(iter(cat.purposes.values()))
    recipient = next(iter(cat.recipients.values()))
    category = next(iter(cat.categories.values()))
    return service.consents.create_request(
        youth_id, [ItemSpec(purpose.id, recipient.id, (category.id,))]
    ).id


def test_merge_keeps_the_record_with_history_and_takes_the_rest(service: Service) -> None:
    # Added by hand with a parent and a request; later imported again with the school's data.
    first = service.people.add_youth(
        given_name="Lieke", family_name="van den Berg", birth_date="01-02-2010"
    )
    service.people.add_representative(first.id, "Moeder Berg", "parent", True)
    request_id = _request(service, first.id)
    second = service.people.add_youth(
        external_ref="4711",
        given_name="Lieke",
        family_name="Berg, van den",
        birth_date="01-02-2010",
        school="Pro Utrecht",
    )
    service.people.add_representative(second.id, "Vader Berg", "parent", True)
    service.people.add_representative(second.id, "moeder berg", "parent", True)  # same mother
    kept = service.duplicates.merge(second.id, first.id)  # the one with history stays
    assert kept.id == first.id
    assert kept.external_ref == "4711" and kept.school == "Pro Utrecht"
    assert sorted(r.name for r in service.people.representatives(kept.id)) == [
        "Moeder Berg",
        "Vader Berg",
    ]
    assert [r.id for r in service.consents.requests_for_youth(kept.id)] == [request_id]
    assert service.people.count() == 1
    assert [r.id for r in service.people.search("Lieke Berg")] == [kept.id]
    with pytest.raises(NotFoundError):
        service.people.youth(second.id)
    # Logged, with ids only, and the chain still verifies.
    last = service._ctx.db.query_one("SELECT kind, body FROM events ORDER BY seq DESC LIMIT 1")
    assert last is not None and last[0] == "youth.merged"
    assert b"Lieke" not in last[1] and b"4711" not in last[1]
    assert service.verify_audit().ok
    # The school number now finds the kept record on the next import.
    preview = service.youth_import.preview(export("4711;Lieke;;Anders;01-01-2011"))
    assert preview.rows[0].status == RowStatus.EXISTING


def test_merge_is_refused_when_both_have_history(service: Service) -> None:
    a = service.people.add_youth(given_name="Sam", family_name="Bakker", birth_date="05-05-2009")
    b = service.people.add_youth(given_name="Sam", family_name="Bakker", birth_date="05-05-2009")
    for youth in (a, b):
        service.people.add_representative(youth.id, "Ouder", "parent", True)
        _request(service, youth.id)
    before = service._ctx.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(ValidationError, match="samenvoegen kan niet"):
        service.duplicates.merge(a.id, b.id)
    with pytest.raises(ValidationError):
        service.duplicates.merge(a.id, a.id)
    assert service.people.count() == 2
    assert service._ctx.db.scalar("SELECT count(*) FROM events") == before


@pytest.mark.parametrize(
    ("stored", "parts"),
    [
        ("van der Berg", ("van der", "Berg")),
        ("Van der Berg", ("Van der", "Berg")),
        ("Berg, van der", ("van der", "Berg")),
        ("van 't Hof", ("van 't", "Hof")),
        ("Van", ("", "Van")),  # a family name that looks like a tussenvoegsel stays whole
        ("Jansen", ("", "Jansen")),
    ],
)
def test_split_infix_is_the_reverse_of_join_infix(stored: str, parts: tuple[str, str]) -> None:
    from toestemming.validation import family_name_order, join_infix, split_infix

    assert split_infix(stored) == parts
    assert join_infix(*parts) == family_name_order(stored)
