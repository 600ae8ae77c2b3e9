"""The transitieformulier's content as plain dataclasses (shared by the use case, the PDF
renderer in `formulieren` and the editor in the UI), and which data category covers which
part of the form.

Kept minimal on purpose (DOMAIN.md): identification and contact, school and programme, each
internship, the development perspective, contact persons, receiving parties, consent."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


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

# Category codes that cover each section (the standard catalog and common variants). The
# name alone is always printed: it says whose form this is.
SECTION_CATEGORIES: dict[Section, tuple[str, ...]] = {
    Section.CONTACT: ("contact", "contactgegevens"),
    Section.SCHOOL: ("school", "schoolgegevens"),
    Section.INTERNSHIPS: ("stage", "stagegegevens"),
    Section.GUIDANCE: ("ondersteuning", "ondersteuningsbehoefte"),
    Section.PERSPECTIVE: ("ontwikkelingsperspectief", "perspectief", "school"),
}


# Said on the form when the vault's catalog has none of the section's categories.
SECTION_CATEGORY_NAMES: dict[Section, str] = {
    Section.CONTACT: "Contactgegevens",
    Section.SCHOOL: "Schoolgegevens",
    Section.INTERNSHIPS: "Stagegegevens",
    Section.GUIDANCE: "Ondersteuningsbehoefte",
    Section.PERSPECTIVE: "Schoolgegevens (ontwikkelingsperspectief)",
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


@dataclass(frozen=True)
class TransitionForm:
    """One saved version; saving again adds a version, older ones stay readable."""

    id: int
    youth_id: int
    version: int
    saved_at: datetime
    worker_id: int
    data: TransitionFormData = field(default_factory=TransitionFormData)


def _encode(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _contact(raw: dict[str, str] | None) -> ContactPerson | None:
    return ContactPerson(**raw) if raw else None
