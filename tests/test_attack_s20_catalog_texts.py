"""The words a signer reads about a recipient or a data category, edited by hand (session 20).

Since migration 16 a recipient's description and a category's name in another language than
Dutch are versions in `catalog_texts`; each change is logged (recipient.description,
category.translated_name; category.added names the English name; category.english_name in
older logs). Nothing compared the table with the log: an insider with the passphrase who
rewrote the latest version — "UWV Werkbedrijf (helpt je aan werk)" into anything — or hid a
translation, or added one, changed what every next request shows the parents, while
`check` said "in orde" and the log still said the organisation had written the old words.

Now `check` names each such row by recipient or category number and language (never the
text), and the untouched vault raises no alarm."""

from __future__ import annotations

from types import SimpleNamespace

from replay_support import replay_after_edit

from toestemming.service import Service


def _latest(table_filter: str) -> str:
    return (
        "UPDATE catalog_texts SET {col} = ? WHERE id = (SELECT id FROM catalog_texts WHERE "
        + table_filter
        + " ORDER BY version DESC LIMIT 1)"
    )


def test_a_rewritten_recipient_description_is_named(
    service: Service, catalog: SimpleNamespace
) -> None:
    uwv = catalog.uwv.id
    service.catalog.set_recipient_description(uwv, "nl", "Helpt je aan werk.")
    service.catalog.set_recipient_description(uwv, "en", "Helps you find work.")
    assert service.replay().ok
    sql = _latest("entity = 'recipient' AND entity_id = ? AND language = 'nl'")
    lines = replay_after_edit(service, [(sql.format(col="description"), ("Iets anders.", uwv))])
    assert any(f"ontvanger nr. {uwv}" in line and "(nl)" in line for line in lines), lines
    assert not any("Iets anders" in line or "Helpt je" in line for line in lines), lines


def test_a_category_translation_rewritten_hidden_or_added_is_named(
    service: Service, catalog: SimpleNamespace
) -> None:
    contact, stage = catalog.contact.id, catalog.stagegegevens.id
    service.catalog.set_category_names({contact: "Contact details"}, "en")
    service.catalog.set_category_names({contact: "بيانات الاتصال"}, "ar")
    assert service.replay().ok
    rewrite = _latest("entity = 'category' AND entity_id = ? AND language = 'en'")
    lines = replay_after_edit(
        service,
        [
            (rewrite.format(col="name"), ("Nothing special", contact)),
            (
                "DELETE FROM catalog_texts WHERE entity = 'category' AND entity_id = ? "
                "AND language = 'ar'",
                (contact,),
            ),
            (
                "INSERT INTO catalog_texts(entity, entity_id, language, version, name, "
                "created_at) VALUES ('category', ?, 'en', 99, 'Hobbies', "
                "'2026-01-01T00:00:00.000000Z')",
                (stage,),
            ),
        ],
    )
    for where in (f"soort gegevens nr. {contact} (en)", f"soort gegevens nr. {contact} (ar)"):
        assert any(where in line for line in lines), (where, lines)
    assert any(f"soort gegevens nr. {stage} (en)" in line for line in lines), lines
    assert not any("Nothing special" in line or "Hobbies" in line for line in lines), lines
