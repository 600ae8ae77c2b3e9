"""The transitieformulier's content as plain dataclasses (shared by the use case, the PDF
renderer in `formulieren` and the editor in the UI), and which data category covers which
part of the form.

Kept minimal on purpose (DOMAIN.md): identification and contact, school and programme, each
internship, the development perspective, contact persons, receiving parties, consent."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from formulieren.payloads import (
    PERSPECTIVE_LABELS,
    SECTION_LABELS,
    ContactPerson,
    Internship,
    Perspective,
    Section,
    TransitionFormData,
)

__all__ = [
    "PERSPECTIVE_LABELS",
    "SECTION_CATEGORIES",
    "SECTION_CATEGORY_NAMES",
    "SECTION_LABELS",
    "ContactPerson",
    "Internship",
    "Perspective",
    "Section",
    "TransitionForm",
    "TransitionFormData",
]

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
class TransitionForm:
    """One saved version; saving again adds a version, older ones stay readable."""

    id: int
    youth_id: int
    version: int
    saved_at: datetime
    worker_id: int
    data: TransitionFormData = field(default_factory=TransitionFormData)
