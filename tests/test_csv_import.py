"""CSV import of youths: parsing school exports (separators, encodings, Dutch dates, header
aliases), per-row errors, and an import that never duplicates on a second run."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from toestemming.clock import FixedClock
from toestemming.csv_import import (
    RowStatus,
    decode,
    detect_delimiter,
    map_headers,
    parse_dutch_date,
    read_export,
)
from toestemming.errors import Said, ValidationError
from toestemming.service import Service

TODAY = date(2026, 11, 23)

MAGISTER = (
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;School;Opleiding;"
    "E-mail;Telefoon;Mentor\n"
    "1001;Zoë;;Çelik;12-03-2011;Pro Utrecht;Entree;zoe@example.nl;06-12345678;Dhr. X\n"
    "1002;Daan;de;Vries;3-9-2008;MBO Utrecht;Zorg;;;Mw. Y\n"
    "1003;Sanne;;Ødegaard;15.06.2009;VSO Kompas;;;;\n"
)


def rows_by_line(data: bytes) -> dict[int, tuple[str, ...]]:
    return {r.line: r.errors for r in read_export(data, TODAY).rows}


# -- parsing ---------------------------------------------------------------------------------
def test_reads_a_semicolon_utf8_export_with_bom() -> None:
    preview = read_export(codecs.BOM_UTF8 + MAGISTER.encode("utf-8"), TODAY)
    assert preview.problems == ()
    assert preview.delimiter == ";"
    assert preview.encoding == "UTF-8"
    assert preview.ignored_columns == ("Mentor",)
    assert [r.status for r in preview.rows] == [RowStatus.NEW] * 3
    zoe, daan, sanne = preview.rows
    assert zoe.values["given_name"] == "Zoë" and zoe.values["family_name"] == "Çelik"
    assert zoe.birth_date == date(2011, 3, 12)
    assert zoe.external_ref == "1001"
    assert zoe.values["email"] == "zoe@example.nl" and zoe.values["phone"] == "06-12345678"
    assert daan.values["family_name"] == "de Vries"  # tussenvoegsel joined
    assert daan.birth_date == date(2008, 9, 3)
    assert sanne.values["family_name"] == "Ødegaard"
    assert sanne.birth_date == date(2009, 6, 15)
    assert [r.line for r in preview.rows] == [2, 3, 4]


def test_reads_a_comma_windows_1252_export_with_other_header_names() -> None:
    text = (
        "Voornaam,Achternaam,Geb.datum,Leerlingnr,Schoolnaam,Opleiding\r\n"
        'Zoë,Çelik,12-03-2011,2001,"Pro Utrecht, locatie Noord",Entree\r\n'
        "René,Müller,01/02/2009,2002,VSO Kompas,\r\n"
    )
    preview = read_export(text.encode("cp1252"), TODAY)
    assert preview.problems == ()
    assert preview.delimiter == ","
    assert preview.encoding == "Windows-1252"
    assert preview.columns["birth_date"] == "Geb.datum"
    first, second = preview.rows
    assert first.values["given_name"] == "Zoë"
    assert first.values["school"] == "Pro Utrecht, locatie Noord"
    assert second.values["given_name"] == "René" and second.values["family_name"] == "Müller"
    assert second.birth_date == date(2009, 2, 1)


def test_mixed_encodings_are_decoded_line_by_line() -> None:
    data = (
        b"Roepnaam;Achternaam;Geboortedatum\n"
        + "Zoë;Çelik;12-03-2011\n".encode()
        + "René;Müller;01-02-2009\n".encode("cp1252")
    )
    text, encoding = decode(data)
    assert encoding == "gemengd: UTF-8 en Windows-1252"
    assert "Zoë;Çelik" in text and "René;Müller" in text
    preview = read_export(data, TODAY)
    assert [r.values["given_name"] for r in preview.rows] == ["Zoë", "René"]
    assert all(r.status == RowStatus.NEW for r in preview.rows)


def test_utf16_from_excel_unicode_text() -> None:
    data = "Roepnaam\tAchternaam\tGeboortedatum\nZoë\tÇelik\t12-03-2011\n".encode("utf-16")
    preview = read_export(data, TODAY)
    assert preview.encoding == "UTF-16" and preview.delimiter == "\t"
    assert preview.rows[0].values["family_name"] == "Çelik"


def test_an_undecodable_byte_refuses_the_row_not_the_file() -> None:
    data = b"Roepnaam;Achternaam;Geboortedatum\nAn\x81na;Jansen;01-01-2010\nPiet;Bos;01-01-2010\n"
    preview = read_export(data, TODAY)
    bad, good = preview.rows
    assert bad.status == RowStatus.ERROR and "onleesbaar" in bad.errors[0]
    assert good.status == RowStatus.NEW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-03-2011", date(2011, 3, 12)),
        ("1-3-2011", date(2011, 3, 1)),
        ("12/03/2011", date(2011, 3, 12)),
        ("12.03.2011", date(2011, 3, 12)),
        ("2011-03-12", date(2011, 3, 12)),
        ("12-03-11", date(2011, 3, 12)),
        ("12-03-98", date(1998, 3, 12)),
        ("12 maart 2011", date(2011, 3, 12)),
        ("12-mrt-2011", date(2011, 3, 12)),
        ("1 okt. 2009", date(2009, 10, 1)),
        ("12032011", date(2011, 3, 12)),
        ("20110312", date(2011, 3, 12)),
        ("40614", date(2011, 3, 12)),  # an Excel day number
        ("12-03-2011 00:00:00", date(2011, 3, 12)),
        ("29-02-2012", date(2012, 2, 29)),
    ],
)
def test_dutch_date_formats(text: str, expected: date) -> None:
    assert parse_dutch_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["31-02-2011", "29-02-2011", "13/13/2010", "morgen", "12-03"])
def test_impossible_dates_are_refused_in_dutch(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_dutch_date(text, TODAY)
    assert info.value.message == "Geboortedatum is geen geldige datum (gebruik dd-mm-jjjj)."


def test_header_aliases_prefer_roepnaam_over_voornamen() -> None:
    index, columns, ignored = map_headers(
        ["Voornamen", "Roepnaam/Voornaam", "ACHTERNAAM", "Geboortedatum", "Klas"]
    )
    assert columns["given_name"] == "Roepnaam/Voornaam" and index["given_name"] == 1
    assert columns["family_name"] == "ACHTERNAAM"
    assert set(ignored) == {"Voornamen", "Klas"}


def test_delimiter_detection() -> None:
    assert detect_delimiter("a;b;c") == ";"
    assert detect_delimiter("a,b,c") == ","
    assert detect_delimiter("a\tb") == "\t"
    assert detect_delimiter("alleen") == ";"


# -- bad rows --------------------------------------------------------------------------------
BAD = (
    "Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;E-mail\n"
    "1;Zoë;Çelik;12-03-2011;\n"  # 2 fine
    "2;;Jansen;01-01-2010;\n"  # 3 empty given name
    "3;Piet;;31-02-2010;\n"  # 4 empty family name and an impossible date
    "4;Kees;Bos;01-01-2030;\n"  # 5 in the future
    "5;Opa;Bos;01-01-1950;\n"  # 6 too old for a youth
    "1;Zoë;Çelik;12-03-2011;\n"  # 7 duplicate Leerlingnummer
    "\n"  # blank lines are skipped
    "6;Lies;Bos;;lies@@example\n"  # 9 no date, bad e-mail
    "7;Ann;Bos;gisteren;\n"  # 10 not a date
)


def test_every_bad_row_has_its_own_dutch_errors() -> None:
    errors = rows_by_line(BAD.encode())
    assert errors[2] == ()
    assert errors[3] == ("Voornaam is verplicht.",)
    assert errors[4] == (
        "Achternaam is verplicht.",
        "Geboortedatum is geen geldige datum (gebruik dd-mm-jjjj).",
    )
    assert errors[5] == ("De geboortedatum ligt in de toekomst.",)
    assert "leeftijd buiten" in errors[6][0]
    assert errors[7] == ("Dit leerlingnummer staat al op regel 2.",)
    assert errors[9] == ("Geboortedatum is verplicht.", "Dit e-mailadres ziet er niet geldig uit.")
    assert errors[10] == ("Geboortedatum is geen geldige datum (gebruik dd-mm-jjjj).",)
    assert 8 not in errors


def test_errors_never_contain_the_values() -> None:
    preview = read_export(BAD.encode(), TODAY)
    for row in preview.rows:
        for message in row.errors:
            for secret in ("Zoë", "Jansen", "Piet", "31-02-2010", "lies@@example", "gisteren"):
                assert secret not in message


def test_duplicates_without_leerlingnummer_match_name_and_birth_date() -> None:
    data = (
        "Roepnaam;Achternaam;Geboortedatum\nZoë;Çelik;12-03-2011\nzoe;CELIK;12/3/2011\n"
    ).encode()
    first, second = read_export(data, TODAY).rows
    assert first.status == RowStatus.NEW
    assert second.errors == ("Deze jongere staat al op regel 2.",)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "Het bestand is leeg."),
        (b"\n\n", "Het bestand is leeg."),
        (b"Naam;Klas\nZoe;3A\n", "Deze kolommen ontbreken: Roepnaam/Voornaam, Achternaam"),
    ],
)
def test_file_level_problems(data: bytes, problem: str) -> None:
    preview = read_export(data, TODAY)
    assert preview.rows == ()
    assert preview.problems[0].startswith(problem)


# -- importing into a vault ------------------------------------------------------------------
def test_preview_writes_nothing_and_import_adds_only_new_rows(service: Service) -> None:
    events_before = service.verify_audit().events
    preview = service.youth_import.preview(MAGISTER.encode())
    assert service.people.count() == 0
    assert service.verify_audit().events == events_before
    assert preview.count(RowStatus.NEW) == 3

    result = service.youth_import.import_youths(preview.importable)
    assert (result.added, result.skipped_existing, result.failed, result.cancelled) == (
        3,
        0,
        (),
        False,
    )
    assert service.people.count() == 3
    assert [r.display_name for r in service.people.search("de vr")] == ["Daan de Vries"]


def test_reimport_does_not_duplicate(service: Service) -> None:
    service.youth_import.import_youths(service.youth_import.preview(MAGISTER.encode()).importable)
    again = service.youth_import.preview(MAGISTER.encode())
    assert [r.status for r in again.rows] == [RowStatus.EXISTING] * 3
    assert again.importable == []
    # Even rows passed in anyway (a stale preview) are skipped, not added twice.
    result = service.youth_import.import_youths(again.rows)
    assert (result.added, result.skipped_existing) == (0, 3)
    assert service.people.count() == 3


def test_reimport_without_leerlingnummer_matches_name_and_birth_date(service: Service) -> None:
    data = "Roepnaam;Achternaam;Geboortedatum\nZoë;Çelik;12-03-2011\n".encode()
    service.youth_import.import_youths(service.youth_import.preview(data).importable)
    same_person = "Voornaam,Achternaam,Geboortedatum\nZOË,çelik,2011-03-12\n".encode()
    assert [r.status for r in service.youth_import.preview(same_person).rows] == [
        RowStatus.EXISTING
    ]


def test_bad_rows_are_never_imported(service: Service) -> None:
    preview = service.youth_import.preview(BAD.encode())
    assert len(preview.importable) == 1
    result = service.youth_import.import_youths(preview.rows)
    assert result.added == 1
    assert [line for line, _ in result.failed] == [3, 4, 5, 6, 7, 9, 10]
    assert service.people.count() == 1


def test_cancel_between_rows_keeps_what_was_added(service: Service) -> None:
    lines = "".join(f"{100 + i};Lid{i};Reeks;01-01-2010\n" for i in range(10))
    data = ("Leerlingnummer;Roepnaam;Achternaam;Geboortedatum\n" + lines).encode()
    rows = service.youth_import.preview(data).importable
    seen: list[tuple[int, int]] = []

    result = service.youth_import.import_youths(
        rows,
        progress=lambda done, total: seen.append((done, total)),
        should_stop=lambda: len(seen) >= 4,
    )
    assert result.cancelled and result.added == 4 and result.done == 4
    assert seen == [(1, 10), (2, 10), (3, 10), (4, 10)]
    assert service.people.count() == 4
    # Running it again finishes the job without duplicates.
    rest = service.youth_import.import_youths(service.youth_import.preview(data).importable)
    assert rest.added == 6
    assert service.people.count() == 10


def test_import_is_audited_by_the_worker(service: Service) -> None:
    service.youth_import.import_youths(service.youth_import.preview(MAGISTER.encode()).importable)
    kinds = [
        row[0]
        for row in service.vault.db.query("SELECT kind FROM events ORDER BY seq DESC LIMIT 4")
    ]
    assert kinds == ["youths.imported", "youth.added", "youth.added", "youth.added"]
    body = service.vault.db.scalar(
        "SELECT body FROM events WHERE kind = 'youths.imported' ORDER BY seq DESC LIMIT 1"
    )
    assert b"Zo" not in bytes(body)  # counts only, no names
    assert service.verify_audit(deep=True).ok


def test_clock_decides_the_age_check(service: Service, clock: FixedClock) -> None:
    data = b"Roepnaam;Achternaam;Geboortedatum\nOud;Genoeg;01-06-1996\n"
    assert service.youth_import.preview(data).rows[0].status == RowStatus.NEW  # 30 years old
    clock.set(clock.now().replace(year=2027, month=7))
    assert service.youth_import.preview(data).rows[0].status == RowStatus.ERROR  # 31 now


def test_what_the_preview_says_reads_english_on_an_english_desk() -> None:
    """A hurried export: a row without birth date, a broken e-mail address, the same pupil twice,
    a file without its name columns. Every sentence is a catalog sentence: Dutch as before,
    English on an English desk, never a value from the file."""
    header = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Email\n"
    data = (
        header + "2001;Ilse;;Bakker;;\n"
        "2002;Joris;;Smit;01-01-2009;joris@@voorbeeld\n"
        "2003;Fenna;;Dijk;02-02-2009;\n"
        "2003;Fenna;;Dijk;02-02-2009;\n"
    ).encode()
    preview = read_export(data, TODAY)
    said = [e for row in preview.rows for e in row.errors]
    assert len(said) == 3 and all(isinstance(e, Said) for e in said), said
    english = [e.text_in("en") for e in said]
    assert english[0] == "Date of birth is required."
    assert english[2] == "This student number is already on line 4."
    assert str(said[2]) == "Dit leerlingnummer staat al op regel 4."
    for text in english:
        for word in ("joris", "bakker", "regel", " is verplicht", " niet "):
            assert word not in text.lower(), text
    missing = read_export(b"Leerlingnummer;Email\n1;a@b.nl\n", TODAY).problems
    assert [p.text_in("en") for p in missing] == [  # type: ignore[attr-defined]
        "These columns are missing: First name, Surname, Date of birth. Check that the first "
        "line holds the column names."
    ]
    assert missing[0].startswith("Deze kolommen ontbreken: Roepnaam/Voornaam, Achternaam")
