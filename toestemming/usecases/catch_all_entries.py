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
    catalog = CatchAllCatalog()
    for (item_id,) in db.query(
        "SELECT id FROM consent_items WHERE request_id = ? ORDER BY position", (request_id,)
    ):
        found = catalog.item(db, int(item_id))
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


# The names an item was asked with: its recipient, its purpose version(s) as shown, its
# categories. Recipients, purpose versions and category names (catalog_texts: new versions, new
# ids) are never renamed in place, so which ENTRIES are catch-alls only changes when a row is
# added: CatchAllCatalog judges every entry once and again only when the newest id of one of
# these tables moved. "Mag ik delen?" (budgeted) then costs a set look-up per item, and nothing
# at all in a vault without an old catch-all entry — judging each item's names per question
# had doubled its time (session 22's bench: ×9.9 the bare index query against ≤ 5×).
# The newest ids themselves are asked only after something was committed since the last
# question (Database.change_mark: SQLite's data_version and this connection's changes, one
# cheap pragma): a statement touching the four tables cost about a point query per question
# (s23 bench: ×6.3 the bare index query). On a team server (no such mark) they are asked.
_CATALOG_MARK = (
    "SELECT (SELECT max(id) FROM recipients), (SELECT max(id) FROM purpose_versions), "
    "(SELECT max(id) FROM data_categories), (SELECT max(id) FROM catalog_texts)"
)
_ITEM_ENTRIES = (
    "SELECT 'recipient', recipient_id FROM consent_items WHERE id = ? "
    "UNION ALL SELECT 'purpose', purpose_version_id FROM consent_items WHERE id = ? "
    "UNION ALL SELECT 'purpose', purpose_version_id FROM item_texts WHERE item_id = ? "
    "UNION ALL SELECT 'category', category_id FROM item_categories WHERE item_id = ?"
)
_ORDER = {"recipient": 0, "purpose": 1, "category": 2}


class CatchAllCatalog:
    """Which catalog entries are old catch-alls, judged once per change of the catalog."""

    def __init__(self) -> None:
        self._mark: tuple[object, ...] | None = None
        self._unchanged: tuple[object, ...] | None = None  # (db, change_mark) at the last look
        self._found: dict[tuple[str, int], Phrase] = {}

    def _entries(
        self, db: Database, change: tuple[int, int, int] | None
    ) -> dict[tuple[str, int], Phrase]:
        # (The database object too: a restore or a reconnect may hand the service another.)
        if change is not None and (id(db), *change) == self._unchanged:
            return self._found  # nothing committed since: no catalog row either
        mark = (id(db), *(db.query_one(_CATALOG_MARK) or ()))
        if mark != self._mark:
            self._found, self._mark = _judge_catalog(db), mark
        self._unchanged = None if change is None else (id(db), *change)
        return self._found

    def item(self, db: Database, item_id: int) -> Phrase | None:
        """The message for the first catch-all entry an item was asked with, or None."""
        return self.item_since(db, item_id, db.change_mark())

    def item_since(
        self, db: Database, item_id: int, change: tuple[int, int, int] | None
    ) -> Phrase | None:
        """`item` with the database's change_mark the caller took just now (None: none, in a
        transaction or on a team server)."""
        found = self._entries(db, change)
        if not found:
            return None
        entries = [(str(k), int(i)) for k, i in db.query(_ITEM_ENTRIES, (item_id,) * 4)]
        for entry in sorted(entries, key=lambda e: (_ORDER[e[0]], e[1])):
            if entry in found:
                return found[entry]
        return None


def _judge_catalog(db: Database) -> dict[tuple[str, int], Phrase]:
    found: dict[tuple[str, int], Phrase] = {}
    for rid, name, department in db.query("SELECT id, name, department FROM recipients"):
        name, department = str(name), str(department or "")
        if is_catch_all(name, "recipient") or is_catch_all(
            department, "recipient", department=True
        ):
            shown = f"{name} – {department}" if department else name
            found[("recipient", int(rid))] = Phrase(
                "error-catch-all-entry-recipient", {"name": shown}
            )
    for vid, title in db.query("SELECT id, title FROM purpose_versions"):
        if is_catch_all(str(title), "purpose"):
            found[("purpose", int(vid))] = Phrase(
                "error-catch-all-entry-purpose", {"name": str(title)}
            )
    names = db.query(
        "SELECT id, 0, name FROM data_categories UNION ALL SELECT entity_id, id, name "
        "FROM catalog_texts WHERE entity = 'category' ORDER BY 1, 2"  # the Dutch name first
    )
    for cid, _, name in names:
        key = ("category", int(cid))
        if key not in found and is_catch_all(str(name), "category"):
            found[key] = Phrase("error-catch-all-entry-category", {"name": str(name)})
    return found


def stored_item_catch_all(db: Database, item_id: int) -> Phrase | None:
    """The first catch-all entry the item was asked with (a request, a "ja", a reminder)."""
    return CatchAllCatalog().item(db, item_id)
