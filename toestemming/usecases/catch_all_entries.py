"""Old catch-all catalog entries: no new request, message or sharing under them.

catalog_names.py refuses "Alle instanties", "Alle gegevens", "Algemeen" where a name enters the
catalog (cases22). A vault made before that may still hold such an entry, and requests made on
it. Consent is specific (DOMAIN rule 2; seed 000: *which* data, *to whom*, *why*), so a "ja" to
"Alle instanties" is the generic "we may share" the law calls invalid. Such an entry is refused
where it would be used again — a new request, a request or reminder sent (mail, .eml, mailto,
QR/app), a sharing and "Mag ik delen?" — with a message that names the entry and what to do:
choose or add an organisation, data or purpose with its own name (a purpose: a new version with
a named title). There is no renaming of a recipient or category in place, on purpose: a rename
would move the old "ja"s given on "Alle instanties" onto the organisation named afterwards.

Old decisions stay readable (inzage, proof, history are not touched); they only no longer permit
a sharing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import Phrase, RuleViolation, ValidationError
from ..store import repo
from ..store.db import Database
from .catalog_names import is_catch_all


def catch_all_entry(
    db: Database, recipient_id: int, purpose_id: int, category_ids: Iterable[int]
) -> Phrase | None:
    """The message for the first catch-all entry among these, or None when all are named."""
    recipient = repo.get_recipient(db, recipient_id)
    # A named organisation's department may be a generic word ("Bedrijven", "Algemeen").
    for part, of_named in ((recipient.name, False), (recipient.department, True)):
        if is_catch_all(part, "recipient", department=of_named):
            return Phrase("error-catch-all-entry-recipient", {"name": recipient.display_name})
    title = repo.latest_purpose(db, purpose_id).title
    if is_catch_all(title, "purpose"):
        return Phrase("error-catch-all-entry-purpose", {"name": title})
    for category_id in sorted(set(category_ids)):
        category = repo.get_category(db, category_id)
        for name in (category.name, *(n for _, n in category.names)):
            if is_catch_all(name, "category"):
                return Phrase("error-catch-all-entry-category", {"name": name})
    return None


def refuse_catch_all_entry(
    db: Database, recipient_id: int, purpose_id: int, category_ids: Iterable[int], field: str
) -> None:
    """A clear message, nothing written, when any of these entries is a catch-all."""
    found = catch_all_entry(db, recipient_id, purpose_id, category_ids)
    if found is not None:
        raise ValidationError(message_id=found.message_id, params=found.params, field=field)


def refuse_request_with_catch_all(
    db: Database, request_id: int, message_id: str = "error-catch-all-request"
) -> None:
    """A request made on a catch-all entry (before catalog_names) is not sent again (nor a
    transitieformulier made under it: `message_id` says which)."""
    for (item_id,) in db.query(
        "SELECT id FROM consent_items WHERE request_id = ? ORDER BY position", (request_id,)
    ):
        found = stored_item_catch_all(db, int(item_id))
        if found is not None:
            raise ValidationError(message_id=message_id, params={"entry": found}, field="request")


def refuse_yes_to_catch_all(db: Database, item_id: int, position: int) -> None:
    """A "ja" to an item of an old request made on a catch-all entry is no valid consent
    (refused, nothing written); a "nee" stays possible."""
    found = stored_item_catch_all(db, item_id)
    if found is not None:
        raise RuleViolation(
            message_id="error-catch-all-yes", params={"position": position, "entry": found}
        )


# One statement (the check runs on every "ja" of "Mag ik delen?", whose cost is budgeted): the
# names an item was asked with — recipient, purpose title(s) as shown, category names in every
# language. Recipients and Dutch category names are never renamed and an item's purpose version
# is fixed, so the answer per item does not change while a vault is open (Sharing caches it).
_ITEM_NAMES = (
    "SELECT 'recipient', r.name, r.department FROM consent_items i "
    "JOIN recipients r ON r.id = i.recipient_id WHERE i.id = ? "
    "UNION ALL SELECT 'purpose', v.title, '' FROM consent_items i "
    "JOIN purpose_versions v ON v.id = i.purpose_version_id WHERE i.id = ? "
    "UNION ALL SELECT 'purpose', v.title, '' FROM item_texts t "
    "JOIN purpose_versions v ON v.id = t.purpose_version_id WHERE t.item_id = ? "
    "UNION ALL SELECT 'category', c.name, '' FROM item_categories ic "
    "JOIN data_categories c ON c.id = ic.category_id WHERE ic.item_id = ? "
    "UNION ALL SELECT 'category', t.name, '' FROM item_categories ic "
    "JOIN catalog_texts t ON t.entity = 'category' AND t.entity_id = ic.category_id "
    "WHERE ic.item_id = ?"
)


def stored_item_catch_all(db: Database, item_id: int) -> Phrase | None:
    """item_catch_all for an item read by its id (the covering item of "Mag ik delen?")."""
    for kind, name, department in db.query(_ITEM_NAMES, (item_id,) * 5):
        kind, name, department = str(kind), str(name), str(department)
        if kind == "recipient" and (
            is_catch_all(name, kind) or is_catch_all(department, kind, department=True)
        ):
            shown = f"{name} – {department}" if department else name
            return Phrase("error-catch-all-entry-recipient", {"name": shown})
        if kind != "recipient" and is_catch_all(name, kind):
            return Phrase(f"error-catch-all-entry-{kind}", {"name": name})
    return None
