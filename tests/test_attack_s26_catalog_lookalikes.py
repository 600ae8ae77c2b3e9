"""Attack s26: the catch-all refusal of the catalog (cases22, usecases/catalog_names.py)
bypassed by a name that reads the same to the worker and to the parent who signs.

"Alle instanties" as a recipient is refused: one "ja" on it would cover anyone. A worker (or
a hurried colleague copying from a Word list) gets the same name in by a look-alike letter —
a Cyrillic "А" (U+0410) or "ѕ" (U+0455), a Greek "Α" — or by writing the words together with
a hyphen or an underscore. The signer reads "Alle instanties" all the same. Written as the
worker would try it: through the catalog's own add_recipient / add_category / add_purpose.

Closed by the lead (session 21): the rule reads Cyrillic/Greek look-alike letters as the
Latin ones, drops invisible format characters, and splits words on "_" (and on "-" when the
joined form is not already a catch-all). Names that merely look foreign stay accepted (a
genuine Cyrillic or Greek organisation name)."""

from __future__ import annotations

import pytest

from toestemming.errors import ValidationError
from toestemming.service import Service

LOOKALIKES = [
    "\u0410lle instanties",  # Cyrillic capital A
    "Alle instantie\u0455",  # Cyrillic dze for the s
    "\u0391lle organisaties",  # Greek capital alpha
    "Alle-instanties",
    "Alle_partijen",
    "Al\u00adle instanties",  # a soft hyphen inside the word (pasted from Word)
    "Alle\u200binstanties",  # a zero-width space between the words
]


@pytest.mark.parametrize("name", LOOKALIKES)
def test_a_catch_all_recipient_in_look_alike_letters_is_refused(
    service: Service, name: str
) -> None:
    with pytest.raises(ValidationError):
        service.catalog.add_recipient(name, "gemeente", "")


@pytest.mark.parametrize("name", ["\u0410lle gegevens", "Het-hele-dossier", "Alle_gegevens"])
def test_a_catch_all_category_in_look_alike_letters_is_refused(service: Service, name: str) -> None:
    with pytest.raises(ValidationError):
        service.catalog.add_category("alles", name, "Uitleg.", "wat", False)


def test_the_plain_catch_all_is_refused_and_a_real_foreign_name_is_not(service: Service) -> None:
    with pytest.raises(ValidationError):
        service.catalog.add_recipient("Alle instanties", "gemeente", "")
    # A name in another script is a name (a Ukrainian foundation, a Greek association).
    assert service.catalog.add_recipient("Фонд Україна Утрехт", "zorg", "").id
    assert service.catalog.add_recipient("Ελληνική Κοινότητα Utrecht", "zorg", "").id
