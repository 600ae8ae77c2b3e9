"""The plain data the forms render, defined here so that `formulieren` imports nothing from
`toestemming` (tests/test_core_layering.py): the core maps its domain onto these
(toestemming/usecases/forms_views.py). Also what the QR code on a paper consent form holds,
kept apart from the renderers so the core can recognise a scanned payload without reportlab.

The transitieformulier's content (sections, internships, perspective, contact persons) lives
here too; toestemming/usecases/forms_data.py stores it and says which data category covers
which section."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

QR_SCHEME = "toestemming:"


def qr_payload(reference_code: str, language: str = "") -> str:
    """The reference code, recognisable as ours (refcode.find_reference_codes finds it); a
    form printed in another language than the request's says which (`&taal=en`), so the
    scan's decisions are recorded against the text that was on paper."""
    extra = f"&taal={language}" if language else ""
    return f"{QR_SCHEME}{reference_code}?formulier=papier{extra}"


def qr_language(payload: str) -> str:
    """The `taal` a payload names, or "" (the request's own language)."""
    for part in payload.partition("?")[2].split("&"):
        key, _, value = part.partition("=")
        # Any language code (letters only); the core checks it has texts in it.
        if key == "taal" and value.isascii() and value.isalpha() and 2 <= len(value) <= 3:
            return value
    return ""


@dataclass(frozen=True)
class YouthView:
    """The youth as a form prints them."""

    given_name: str
    display_name: str
    birth_date: date
    school: str = ""
    programme: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PaperItem:
    position: int
    text: str  # exactly the stored text in the form's language
    has_special_categories: bool


@dataclass(frozen=True)
class PaperRequest:
    reference_code: str
    language: str
    valid_from: date
    valid_until: date
    items: Sequence[PaperItem]


class Perspective(StrEnum):
    WORK = "arbeid"
    DAY_ACTIVITIES = "dagbesteding"
    EDUCATION = "onderwijs"


PERSPECTIVE_LABELS: dict[Perspective, str] = {
    Perspective.WORK: "arbeid (werk)",
    Perspective.DAY_ACTIVITIES: "dagbesteding",
    Perspective.EDUCATION: "onderwijs (verder leren)",
}


class Section(StrEnum):
    """Parts of the form that hold data about the youth; each needs a covering category."""

    CONTACT = "contact"  # birth date, e-mail, phone
    SCHOOL = "school"  # school and programme
    INTERNSHIPS = "internships"  # where, kind of work, period, hours, how it went
    GUIDANCE = "guidance"  # guidance needed at a workplace
    PERSPECTIVE = "perspective"  # arbeid / dagbesteding / onderwijs


SECTION_LABELS: dict[Section, str] = {
    Section.CONTACT: "Geboortedatum en contactgegevens",
    Section.SCHOOL: "School en opleiding",
    Section.INTERNSHIPS: "Stages",
    Section.GUIDANCE: "Begeleiding op de werkplek",
    Section.PERSPECTIVE: "Ontwikkelingsperspectief",
}


@dataclass(frozen=True)
class Internship:
    workplace: str  # where: company or organisation, place
    work: str  # which kind of work
    start: date | None = None
    end: date | None = None
    hours_per_week: int | None = None
    evaluation: str = ""  # how it went
    guidance: str = ""  # what guidance the youth needs at a workplace


@dataclass(frozen=True)
class ContactPerson:
    name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class TransitionFormData:
    request_id: int | None = None  # the consent request this form is shared under
    internships: tuple[Internship, ...] = ()
    perspective: Perspective | None = None
    perspective_notes: str = ""
    school_contact: ContactPerson | None = None
    municipality_contact: ContactPerson | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), default=_encode, sort_keys=True, ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> TransitionFormData:
        raw: dict[str, Any] = json.loads(text)
        return TransitionFormData(
            request_id=raw.get("request_id"),
            internships=tuple(
                Internship(
                    workplace=i["workplace"],
                    work=i["work"],
                    start=_date(i.get("start")),
                    end=_date(i.get("end")),
                    hours_per_week=i.get("hours_per_week"),
                    evaluation=i.get("evaluation", ""),
                    guidance=i.get("guidance", ""),
                )
                for i in raw.get("internships", [])
            ),
            perspective=Perspective(raw["perspective"]) if raw.get("perspective") else None,
            perspective_notes=raw.get("perspective_notes", ""),
            school_contact=_contact(raw.get("school_contact")),
            municipality_contact=_contact(raw.get("municipality_contact")),
        )


def _encode(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _contact(raw: dict[str, str] | None) -> ContactPerson | None:
    return ContactPerson(**raw) if raw else None
