"""Read a school administration export (CSV) into youths to import. Qt-free, no vault access.

    preview = read_export(data, today)        # bytes as read from the file
    preview.rows[i].errors                    # Dutch, per row, never containing the values

Exports from Magister, Somtoday, Eduarte and Excel differ in separator (";" from a Dutch Excel,
"," elsewhere), encoding (UTF-8 with or without BOM, Windows-1252 from older Excel, sometimes
both in one file after copy-pasting) and headers ("Roepnaam", "Voornaam", "Geb.datum").
This module accepts all of those; the use case (usecases/youth_import.py) then marks rows that
are already in the vault and does the writing.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from . import validation as v
from .errors import Phrase, Said, ValidationError, field_label, listed

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
# Per record (one row of the sheet): a cell, all cells together, the number of columns. A
# broken quote makes the csv module swallow the rest of the file into one field; these stop
# that at the row where it starts, with its number, instead of a traceback or a frozen window.
MAX_FIELD_CHARS = 10_000
MAX_RECORD_CHARS = 50_000
MAX_COLUMNS = 200

# Target field → header spellings (compared after folding: lower case, no accents, letters and
# digits only). Earlier spellings win when a file has several: "Roepnaam" over "Voornamen".
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "given_name": (
        "roepnaam",
        "roepnaamvoornaam",
        "voornaam",
        "roepnaamleerling",
        "voornaamleerling",
        "voornamen",
        "firstname",
        "givenname",
    ),
    "infix": ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "tussenv"),
    "family_name": (
        "achternaam",
        "achternaamleerling",
        "geslachtsnaam",
        "familienaam",
        "lastname",
        "surname",
        "familyname",
    ),
    "birth_date": (
        "geboortedatum",
        "gebdatum",
        "geboortedag",
        "geboren",
        "dateofbirth",
        "birthdate",
    ),
    "external_ref": (
        "leerlingnummer",
        "leerlingnr",
        "llnr",
        "studentnummer",
        "studentnr",
        "deelnemernummer",
        "deelnemernr",
        "stamnummer",
        "stamnr",
        "leerlingid",
        "studentid",
        "deelnemerid",
        "onderwijsnummer",
    ),
    "school": ("school", "schoolnaam", "vestiging", "instelling", "locatie"),
    "programme": ("opleiding", "opleidingsnaam", "leerweg", "richting", "profiel"),
    "email": ("email", "emailadres", "emailleerling", "mail"),
    "phone": (
        "telefoon",
        "telefoonnummer",
        "telefoonleerling",
        "mobiel",
        "mobielnummer",
        "telnr",
        "tel",
        "gsm",
    ),
}
REQUIRED = ("given_name", "family_name", "birth_date")
FIELD_LABELS = {
    "given_name": "Roepnaam/Voornaam",
    "infix": "Tussenvoegsel",
    "family_name": "Achternaam",
    "birth_date": "Geboortedatum",
    "external_ref": "Leerlingnummer",
    "school": "School",
    "programme": "Opleiding",
    "email": "E-mail",
    "phone": "Telefoon",
}

_MONTHS = {
    "jan": 1,
    "januari": 1,
    "feb": 2,
    "februari": 2,
    "mrt": 3,
    "maart": 3,
    "mar": 3,
    "apr": 4,
    "april": 4,
    "mei": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "augustus": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "oct": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_WORD_DATE = re.compile(r"^(\d{1,2})[\s\-.]+([a-z]+)\.?[\s\-.]+(\d{4})$")
_TIME_SUFFIX = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$")
# Excel stores dates as days since 30-12-1899; an export of an unformatted column shows them.
_EXCEL_EPOCH = date(1899, 12, 30)
_BAD_DATE = "Geboortedatum is geen geldige datum (gebruik dd-mm-jjjj)."


class RowStatus(StrEnum):
    NEW = "new"  # will be added
    EXISTING = "existing"  # already in the vault: skipped, never duplicated
    POSSIBLE = "possible"  # looks like someone in the vault: added only when the worker says so
    ERROR = "error"  # cannot be imported; see errors


@dataclass(frozen=True)
class ImportRow:
    line: int  # line in the file where the record ends (the header is line 1)
    values: dict[str, str]  # cleaned: given_name, family_name, school, programme, email, phone
    birth_date: date | None
    external_ref: str
    errors: tuple[str, ...] = ()
    existing: bool = False
    # Youths in the vault this row may be ("Lieke van den Berg, 01-02-2010"): shown to the
    # worker before saving; never logged.
    possible_duplicates: tuple[str, ...] = ()

    @property
    def status(self) -> RowStatus:
        if self.errors:
            return RowStatus.ERROR
        if self.existing:
            return RowStatus.EXISTING
        return RowStatus.POSSIBLE if self.possible_duplicates else RowStatus.NEW

    def youth_fields(self) -> dict[str, Any]:
        """Keyword arguments for People.add_youth (without external_ref)."""
        return {**self.values, "birth_date": self.birth_date}

    @property
    def identity_key(self) -> tuple[str, str, str]:
        """Who this is when the file has no Leerlingnummer: the normalised name (case,
        accents and the place of the tussenvoegsel do not matter) + birth date. The same key
        as the vault's (youths.family_key), so a re-import recognises who is there."""
        born = self.birth_date.isoformat() if self.birth_date else ""
        given = " ".join(v.fold(self.values.get("given_name", "")).replace("-", " ").split())
        return (given, v.family_key(self.values.get("family_name", "")), born)


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[ImportRow, ...]
    encoding: str  # "UTF-8", "Windows-1252", "UTF-16" or "gemengd: UTF-8 en Windows-1252"
    delimiter: str
    columns: dict[str, str] = field(default_factory=dict)  # field → header as in the file
    ignored_columns: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()  # file-level: nothing can be imported while non-empty

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def importable(self) -> list[ImportRow]:
        return [r for r in self.rows if r.status == RowStatus.NEW]

    def importable_with_possible(self) -> list[ImportRow]:
        """New rows and the rows that only look like someone in the vault (the worker checked)."""
        return [r for r in self.rows if r.status in (RowStatus.NEW, RowStatus.POSSIBLE)]


# -- decoding ---------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """Text and a description of its encoding. UTF-8 (with or without BOM) and UTF-16 with
    BOM are decoded as such; otherwise each line is decoded as UTF-8 when it is valid and as
    Windows-1252 when not, so a file pasted together from two exports reads correctly."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:  # cut off mid-character or damaged: read nothing of it
            raise _Unreadable(Said("csv-utf16-damaged")) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    seen_utf8 = False
    parts: list[str] = []
    for line in data.split(b"\n"):
        try:
            text = line.decode("utf-8")
            seen_utf8 = seen_utf8 or any(b > 127 for b in line)
        except UnicodeDecodeError:
            # Five byte values are undefined in Windows-1252; they become U+FFFD and the row
            # that holds one is refused as unreadable rather than imported garbled.
            text = line.decode("cp1252", errors="replace")
        parts.append(text)
    encoding = "gemengd: UTF-8 en Windows-1252" if seen_utf8 else "Windows-1252"
    return "\n".join(parts), encoding


def detect_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", v.fold(text))


def map_headers(headers: list[str]) -> tuple[dict[str, int], dict[str, str], list[str]]:
    """(field → column index, field → header text, ignored headers)."""
    best: dict[str, tuple[int, int]] = {}  # field → (alias rank, column)
    ignored: list[str] = []
    for column, header in enumerate(headers):
        key = _header_key(header)
        match = next(
            (
                (f, aliases.index(key))
                for f, aliases in HEADER_ALIASES.items()
                if key and key in aliases
            ),
            None,
        )
        if match is None:
            if header.strip():
                ignored.append(header.strip())
            continue
        f, rank = match
        if f not in best or rank < best[f][0]:
            if f in best:
                ignored.append(headers[best[f][1]].strip())
            best[f] = (rank, column)
        else:
            ignored.append(header.strip())
    index = {f: col for f, (_, col) in best.items()}
    return index, {f: headers[col].strip() for f, col in index.items()}, ignored


# -- dates ------------------------------------------------------------------------------------
def _two_digit_year(yy: int, today: date) -> int:
    # Youths are 0–30: a two-digit year is this century unless that lies in the future.
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


def parse_dutch_date(text: str, today: date) -> date:
    """dd-mm-jjjj (also with / or . and without leading zeros), dd-mm-jj, jjjj-mm-dd,
    12 maart 2011, 12-mrt-2011, ddmmjjjj, an Excel day number; a trailing time is ignored."""
    raw = _TIME_SUFFIX.sub("", text.strip()).strip()
    try:
        if m := _NUMERIC_DATE.match(raw):
            d, mo, y = (int(g) for g in m.groups())
            if len(m.group(3)) == 2:
                y = _two_digit_year(y, today)
            return date(y, mo, d)
        if m := _ISO_DATE.match(raw):
            y, mo, d = (int(g) for g in m.groups())
            return date(y, mo, d)
        if m := _WORD_DATE.match(v.fold(raw)):
            month = _MONTHS.get(m.group(2))
            if month is not None:
                return date(int(m.group(3)), month, int(m.group(1)))
        if raw.isdigit() and len(raw) == 8:
            first = (int(raw[4:]), int(raw[2:4]), int(raw[:2]))  # ddmmjjjj
            second = (int(raw[:4]), int(raw[4:6]), int(raw[6:]))  # jjjjmmdd
            for y, mo, d in (first, second):
                if 1900 <= y <= 2100:
                    try:
                        return date(y, mo, d)
                    except ValueError:
                        continue
        if raw.isdigit() and len(raw) == 5:
            return _EXCEL_EPOCH + timedelta(days=int(raw))
    except ValueError:
        pass
    raise ValidationError(message_id="error-import-birth-date-invalid", field="birth_date")


# -- rows -------------------------------------------------------------------------------------
def _family_name(infix: str, family: str) -> str:
    """Tussenvoegsel "de" + "Vries" gives "de Vries"; "de Vries" and "Vries, de" stay one name."""
    return v.join_infix(infix, family)


def _clean_row(raw: dict[str, str], line: int, today: date) -> ImportRow:
    errors: list[str] = []
    values: dict[str, str] = {}

    def check(name: str, fn: Any) -> None:
        try:
            values[name] = fn()
        except ValidationError as exc:
            errors.append(Said.of(exc))

    family_raw = _family_name(raw.get("infix", ""), raw.get("family_name", ""))
    check("given_name", lambda: v.name(raw.get("given_name", ""), "Voornaam", "given_name"))
    check("family_name", lambda: v.name(family_raw, "Achternaam", "family_name"))
    born: date | None = None
    date_text = raw.get("birth_date", "").strip()
    if not date_text:
        errors.append(Said("csv-birth-date-required"))
    else:
        try:
            born = v.birth_date(parse_dutch_date(date_text, today), today)
        except ValidationError as exc:
            errors.append(Said.of(exc))
    check("school", lambda: v.name(raw.get("school", ""), "School", "school", required=False))
    check(
        "programme",
        lambda: v.name(raw.get("programme", ""), "Opleiding", "programme", required=False),
    )
    check("email", lambda: v.email(raw.get("email", "")))
    check("phone", lambda: v.phone(raw.get("phone", "")))
    ref = ""
    try:
        ref = v.name(raw.get("external_ref", ""), "Leerlingnummer", "external_ref", required=False)
    except ValidationError as exc:
        errors.append(Said.of(exc))
    if any("\ufffd" in value for value in raw.values()):
        errors.append(Said("csv-unreadable-character"))
    return ImportRow(line, values, born, ref, tuple(errors))


class _Unreadable(Exception):
    """A record the file cannot be read past (`said`: why, with the row number)."""

    def __init__(self, said: Said) -> None:
        super().__init__(said)
        self.said = said


def _records(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:  # e.g. "field larger than field limit": an unclosed quote
            raise _Unreadable(Said("csv-unreadable-from-line", line=start)) from None
        if len(record) > MAX_COLUMNS or sum(len(cell) for cell in record) > MAX_RECORD_CHARS:
            raise _Unreadable(
                Said(
                    "csv-line-too-long",
                    line=start,
                    columns=MAX_COLUMNS,
                    characters=MAX_RECORD_CHARS,
                )
            )
        yield reader.line_num, record


def read_export(data: bytes, today: date) -> ImportPreview:
    """Parse the whole file; every row gets its own list of errors. Nothing is written."""
    if len(data) > MAX_FILE_BYTES:
        return ImportPreview(
            (), "", ";", problems=(Said("csv-file-too-large", megabytes=MAX_FILE_BYTES // 2**20),)
        )
    try:
        text, encoding = decode(data)
    except _Unreadable as exc:
        return ImportPreview((), "UTF-16", ";", problems=(exc.said,))
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = detect_delimiter(first_line[:MAX_RECORD_CHARS])
    records = iter(_records(text, delimiter))
    header: list[str] | None = None
    try:
        for _line, record in records:
            if any(cell.strip() for cell in record):
                header = record
                break
    except _Unreadable as exc:
        return ImportPreview((), encoding, delimiter, problems=(exc.said,))
    if header is None:
        return ImportPreview((), encoding, delimiter, problems=(Said("csv-file-empty"),))
    index, columns, ignored = map_headers(header)
    missing = [f for f in REQUIRED if f not in index]
    if missing:
        return ImportPreview(
            (),
            encoding,
            delimiter,
            columns,
            tuple(ignored),
            problems=(Said("csv-columns-missing", columns=_labels(missing)),),
        )
    rows: list[ImportRow] = []
    seen: dict[object, int] = {}
    problems: list[str] = []
    try:
        for line, record in records:
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) >= MAX_ROWS:
                problems.append(Said("csv-too-many-lines", lines=MAX_ROWS))
                break
            rows.append(_checked_row(record, index, line, today, seen))
    except _Unreadable as exc:
        problems.append(exc.said)
    return ImportPreview(tuple(rows), encoding, delimiter, columns, tuple(ignored), tuple(problems))


def _checked_row(
    record: list[str], index: dict[str, int], line: int, today: date, seen: dict[object, int]
) -> ImportRow:
    raw = {f: (record[col] if col < len(record) else "") for f, col in index.items()}
    if any(len(value) > MAX_FIELD_CHARS for value in raw.values()):
        return ImportRow(
            line, {}, None, "", (Said("csv-field-too-long", characters=MAX_FIELD_CHARS),)
        )
    row = _clean_row(raw, line, today)
    if not row.errors:
        key: object = ("ref", row.external_ref) if row.external_ref else row.identity_key
        if key in seen:
            message = Said(
                "csv-same-student-number" if row.external_ref else "csv-same-youth",
                line=seen[key],
            )
            row = replace(row, errors=(message,))
        else:
            seen[key] = line
    return row


def _labels(fields: list[str]) -> Phrase:
    """Field labels as one parameter, each in the reader's language ("Geboortedatum")."""
    return listed([field_label(FIELD_LABELS[f]) for f in fields])
