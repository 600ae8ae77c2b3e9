"""Two session-22 changes to catch-all catalog names that each passed alone (review31):
cases24 refused "alle Behörden", "tüm kurumlar", "wszystkie instytucje", "toutes les
organisations", "جميع الجهات"; review29 refused a catch-all with a label after it — but its
labels were Dutch and English only ("enz.", "(oud)", "en anderen"). A worker typing the family's
language added "alle Behörden usw.", "tüm kurumlar vb.", "wszystkie instytucje itd.",
"جميع الجهات وغيرها" as new entries: as generic as the plain name. Now refused like it; names
in those languages that name something still go in."""

from __future__ import annotations

import pytest
import test_review29_catch_all_with_a_label as review29

from toestemming.errors import ValidationError
from toestemming.service import Service

# review29's module-scoped vault and its way of adding an entry (no copy of the set-up).
svc, _add = review29.svc, review29._add


REFUSED = [
    ("recipient", "alle Behörden usw."),
    ("recipient", "Alle Behörden (alt)"),
    ("recipient", "alle Stellen (neu)"),
    ("recipient", "alle Behörden und Sonstige"),
    ("recipient", "tüm kurumlar vb."),
    ("recipient", "tüm kurumlar ve diğerleri"),
    ("recipient", "tüm kurumlar (yeni)"),
    ("recipient", "wszystkie instytucje itd."),
    ("recipient", "wszystkie instytucje itp."),
    ("recipient", "wszystkie instytucje (stare)"),
    ("recipient", "toutes les organisations (ancien)"),
    ("recipient", "toutes les organisations (nouvelles)"),
    ("recipient", "جميع الجهات وغيرها"),
    ("recipient", "جميع الجهات إلخ"),
    ("category", "alle Daten usw."),
    ("category", "toutes les données (anciennes)"),
]


@pytest.mark.parametrize(("kind", "name"), REFUSED)
def test_a_catch_all_in_another_language_with_a_label_is_refused(
    svc: Service, kind: str, name: str
) -> None:
    before = svc.vault.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(ValidationError) as caught:
        _add(svc, kind, name, REFUSED.index((kind, name)))
    assert caught.value.message_id == f"error-catalog-catch-all-{kind}"
    assert svc.vault.db.scalar("SELECT count(*) FROM events") == before


GOES_IN = [
    ("recipient", "Alte Schule Bremen"),
    ("recipient", "Yeni Ufuklar Derneği"),
    ("recipient", "Nouvelle Vie asbl"),
    ("recipient", "Stare Miasto Fundacja"),
    ("category", "Neue Schulzeugnisse"),
]


@pytest.mark.parametrize(("kind", "name"), GOES_IN)
def test_a_name_in_another_language_that_names_something_still_goes_in(
    svc: Service, kind: str, name: str
) -> None:
    _add(svc, kind, name, 100 + GOES_IN.index((kind, name)))
