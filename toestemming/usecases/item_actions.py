"""What the organisation itself does to an item (invalidate, revoke, supersede…), with why."""

from __future__ import annotations

from .. import validation as v
from ..clock import to_iso
from ..errors import RuleViolation, ValidationError
from ..model import ItemActionKind
from ..rules import FINAL_STATUSES
from ..store.turns import one_turn
from .consent_input import refresh_items
from .item_states import ItemStates


class ItemActions(ItemStates):
    @one_turn
    def act_on_item(self, item_id: int, kind: ItemActionKind | str, reason: str) -> None:
        try:
            k = ItemActionKind(kind)
        except ValueError:
            raise ValidationError(message_id="error-consent-unknown-action", field="kind") from None
        # The id goes into the log as given: True or 1.0 would find item 1 in SQLite but be
        # written as true/1.0, which the strict replay cannot read (the hypothesis storm).
        item_id = v.positive_id(item_id, "Onderdeel", "item")
        why = v.text(reason, "Reden", "reason", max_len=2000)
        db = self._ctx.db
        now = self._ctx.clock.now()
        with db.transaction():
            # In the write turn (review21): a withdrawal another desk of the team recorded
            # meanwhile is final, not overwritten by this revoke.
            st = self.item_status(item_id)
            erased = db.scalar(
                "SELECT y.erased_at FROM consent_items i JOIN youths y ON y.id = i.youth_id "
                "WHERE i.id = ?",
                (item_id,),
            )
            if erased is not None:  # (at another desk meanwhile: a reason text on her, multi22)
                raise ValidationError(message_id="error-youth-erased")
            if st.status in FINAL_STATUSES:
                raise RuleViolation(
                    message_id="error-consent-part-already-status",
                    params={"status": st.status.value},
                )
            aid = db.execute(
                "INSERT INTO item_actions(item_id, kind, at, worker_id, reason) VALUES (?,?,?,?,?)",
                (item_id, k.value, to_iso(now), self._ctx.worker_id, why),
            )
            refresh_items(db, [item_id])
            self._ctx.event(
                "item." + k.value,
                {"item": item_id, "action": aid, "at": to_iso(now)},
                # The reason is free text that may name people: a salted commitment, so the
                # salt can go with an erasure (an unsalted hash of a short text is guessable).
                personal={"reason": why},
            )
