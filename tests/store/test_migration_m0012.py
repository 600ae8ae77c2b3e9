"""Migration 12 (English category names) on its own, and the saved v11 vault through it: the
column starts empty, English texts keep the Dutch name until someone fills it in, and the
standard translations are offered only for categories that still carry the standard name."""

from __future__ import annotations

import shutil
from pathlib import Path

from toestemming.service import Service
from toestemming.store.db import Database
from toestemming.store.header import header_path
from toestemming.store.migrations import migrate
from toestemming.usecases.consent import ItemSpec

DATA = Path(__file__).resolve().parents[1] / "data"
PASS = "correct horse battery staple"


def test_step_12_adds_an_empty_english_name(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "m.db", b"\x0c" * 32, create=True)
    migrate(db, target=11)
    with db.transaction():
        db.execute(
            "INSERT INTO data_categories(code, name, description, level, special) "
            "VALUES ('verzuim', 'Verzuim', 'Afwezigheid.', 'wat', 0)"
        )
    assert migrate(db, target=12) == [12]
    row = db.query_one("SELECT name, name_en FROM data_categories WHERE code = 'verzuim'")
    assert tuple(row) == ("Verzuim", "")
    db.close()


def _open_saved(name: str, tmp_path: Path) -> Service:
    target = tmp_path / name
    shutil.copy(DATA / name, target)
    shutil.copy(header_path(DATA / name), header_path(target))
    return Service.open(target, PASS)


def test_v11_vault_gets_english_names_only_when_asked(tmp_path: Path) -> None:
    svc = _open_saved("vault_v11.tvault", tmp_path)
    try:
        assert svc.vault.db.user_version >= 12
        cats = {c.code: c for c in svc.catalog.categories()}
        assert all(c.name_en == "" for c in cats.values())
        offered = svc.catalog.standard_english_names()
        assert offered[cats["contact"].id] == "Contact details"
        assert offered[cats["gezondheid"].id] == "Health"

        purpose = svc.catalog.add_purpose("p-en", "Doel", "Zodat het kan.")
        svc.catalog.revise_purpose(purpose.id, "Purpose", "So that it works.", "en")
        recipient = svc.catalog.recipients()[0]
        youth = svc.people.add_youth(given_name="Lotte", family_name="Bos", birth_date="01-01-2005")
        spec = ItemSpec(purpose.id, recipient.id, (cats["contact"].id,))

        before = svc.consents.create_request(youth.id, [spec])
        assert "Which information: Contactgegevens." in _english(svc, before.id)

        assert svc.catalog.set_category_english_names(offered) == len(offered)
        after = svc.consents.create_request(youth.id, [spec])
        assert "Which information: Contact details." in _english(svc, after.id)
        # The request made before keeps exactly the words it was shown with.
        assert "Which information: Contactgegevens." in _english(svc, before.id)
        assert svc.catalog.standard_english_names() == {}
        assert svc.verify_audit(deep=True).ok
    finally:
        svc.close()


def _english(svc: Service, request_id: int) -> str:
    texts = svc.consents.item_texts(request_id)
    return "\n".join(t["en"][0] for t in texts.values())


def test_saved_v12_vault_keeps_its_english_names(tmp_path: Path) -> None:
    svc = _open_saved("vault_v12.tvault", tmp_path)
    try:
        names = {c.code: c.name_en for c in svc.catalog.categories()}
        assert names["contact"] == "Contact details" and names["gezondheid"] == "Health"
    finally:
        svc.close()
