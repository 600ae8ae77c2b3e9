"""A `remote.sent` without its Message-ID appended beside a hand edit (session 30, atk30).

A sent request's Message-ID threads a reply to its request: a parent's "ja" that answers the
mail of request A is recorded on request A because remote_messages says that id is A's
(remote_replies). s18 held every stored Message-ID to its `remote.sent` event. But the check
stopped, for every message in the vault, as soon as ONE event without a Message-ID turned up
("none this program wrote: not comparable"). The insider appends one such event through the
program's own log — with a row to match it, so the collections still agree — and from then on
the Message-IDs of two youths' requests can be swapped by hand: the next "ja" of one youth's
parent is recorded on the other youth's request. `check` said "in orde".

Every remote.sent this program wrote carries its Message-ID (a QR code's own too), so one
without is unreadable, named by its number, and the other rows are still compared."""

from __future__ import annotations

import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from mail_corpus import ORG
from replay_support import replay_after_edit

from toestemming.capture.settings import RemoteSettings
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _handed_out(service: Service, c: SimpleNamespace, youth: int) -> Any:
    request = service.consents.create_request(
        youth, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    return service.remote.record_qr_handed_out(request.id, SignerRef.youth(youth))


def _story(service: Service, c: SimpleNamespace, make_youth: Callable[..., Any]) -> tuple[Any, Any]:
    service.remote.set_settings(
        RemoteSettings(app_number="+31 6 11122233", reply_address=ORG, contact_text="Balie")
    )
    a = make_youth(17, email="a@example.nl").youth
    b = make_youth(17, email="b@example.nl").youth
    return _handed_out(service, c, a.id), _handed_out(service, c, b.id)


def _sent_event(service: Service, request: int) -> dict[str, Any]:
    for (body,) in service.vault.db.query(
        "SELECT body FROM events WHERE kind = 'remote.sent' ORDER BY seq"
    ):
        data: dict[str, Any] = json.loads(bytes(body))["data"]
        if data["request"] == request:
            return data
    raise AssertionError(request)


def _swap(a: Any, b: Any) -> list[tuple[str, tuple[object, ...]]]:
    sql = "UPDATE remote_messages SET message_id = ? WHERE id = ?"
    return [(sql, ("<tijdelijk>", a.id)), (sql, (a.message_id, b.id)), (sql, (b.message_id, a.id))]


def test_two_requests_message_ids_swapped_behind_an_event_without_one(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    a, b = _story(service, catalog, make_youth)
    data = {k: v for k, v in _sent_event(service, a.request_id).items() if k != "message_id"}
    ctx = service._ctx
    with ctx.db.transaction():
        seq = ctx.event("remote.sent", data)
    at = ctx.db.scalar("SELECT at FROM events WHERE seq = ?", (seq,))
    match = (
        "INSERT INTO remote_messages(request_id, kind, via, signer_kind, signer_id, message_id, "
        "sent_at, worker_id, evidence_id) VALUES (?, 'request', 'qr', 'youth', ?, '<x@y>', ?, 1, ?)"
    )
    lines = replay_after_edit(
        service,
        [(match, (a.request_id, a.signer.id, at, a.evidence_id)), *_swap(a, b)],
    )
    assert any(f"gebeurtenis {seq}" in line for line in lines), lines
    assert any(f"verzoek nr. {b.request_id}" in line for line in lines), lines


def test_the_swap_alone_is_named_and_the_untouched_story_is_clean(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The control cases: the genuine story replays clean; the swap without the appended
    event was named already (s18)."""
    a, b = _story(service, catalog, make_youth)
    assert service.replay().lines() == []
    lines = replay_after_edit(service, _swap(a, b))
    assert any(f"verzoek nr. {a.request_id}" in line for line in lines), lines
