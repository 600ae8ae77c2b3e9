"""The transitieformulier's rows on the parts of its request that were withdrawn.

The form lists as receivers only the parts still asked or given; a part withdrawn after data
went out (by the youth, or by a parent with gezag — also the other parent's "nee" where one
parent's "ja" was enough, take_back.reconfirmation_refusals) would otherwise vanish from the form
without a word. A receiver of the form then reads who stopped it and when, and which
recipient already had data and is (or still must be) told (AVG art. 19). Dutch only, like
the form."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from formulieren.transitieformulier import WithdrawnPart

from ..clock import from_iso
from ..clock import local_moment_text as moment_text
from ..model import ConsentItem, ConsentRequest, SignerRef, Withdrawal
from ..store import repo
from ..store.db import Database


def withdrawn_parts(
    db: Database,
    request: ConsentRequest,
    withdrawals: Mapping[int, Sequence[Withdrawal]],
    names: Mapping[SignerRef, tuple[str, str]],
    purpose_title: Callable[[ConsentItem], str],
) -> list[WithdrawnPart]:
    """Each withdrawn part of `request` (`withdrawals`: per item id, its rows);
    `purpose_title`: the purpose as the form prints it (Dutch, also for a request asked in
    English — the English title on the Dutch form read as a mix)."""
    out: list[WithdrawnPart] = []
    for item in request.items:
        rows = withdrawals.get(item.id, ())
        if not rows:
            continue
        w = min(rows, key=lambda r: (r.withdrawn_at, r.id))
        name, role = names.get(w.signer, ("", ""))
        who = f"{name} ({role})" if name else role
        served = []
        for recipient, told in _served(db, item.id, w.id):
            said = (
                f"ja — op {told} over de intrekking geïnformeerd"
                if told
                else "ja — moet nog over de intrekking worden geïnformeerd (AVG art. 19)"
            )
            # Data went out under the item to its own recipient, so its name is not repeated.
            served.append(
                said if recipient == item.recipient.display_name else f"{recipient}: {said}"
            )
        out.append(
            WithdrawnPart(
                recipient=item.recipient.display_name,
                purpose=purpose_title(item),
                withdrawn=f"op {moment_text(w.withdrawn_at)} door {who}",
                shared="; ".join(served) or "nee",
            )
        )
    return out


def _served(db: Database, item_id: int, withdrawal_id: int) -> list[tuple[str, str]]:
    """(recipient, when told or '') for each recipient served under the item."""
    rows = db.query(
        "SELECT d.recipient_id, (SELECT min(n.notified_at) FROM withdrawal_notifications n "
        "WHERE n.withdrawal_id = ? AND n.recipient_id = d.recipient_id) FROM disclosures d "
        "WHERE d.item_id = ? GROUP BY d.recipient_id ORDER BY d.recipient_id",
        (withdrawal_id, item_id),
    )
    return [
        (
            repo.get_recipient(db, int(r[0])).display_name,
            moment_text(from_iso(str(r[1]))) if r[1] else "",
        )
        for r in rows
    ]
