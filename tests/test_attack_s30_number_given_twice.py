"""A row's creating event appended a second time, the row edited to match it (session 30, atk30).

The insider with the passphrase needs no rewrite of the log: appending is what every session
does, and an appended event extends every head kept elsewhere (a proof package, a backup). s22
closed this for youths and representatives — a second `youth.added` for a number already given
is named ("maakt nr. … opnieuw aan"). For every other row the replay kept only the LAST
creating event of a number, so one appended event — commitment, hash and all, as the program
writes it for a new row — rewrote what the log says of an existing one, and the hand edit of
the row then agreed with it. `check` said "in orde" while:

- the receiver a parent agreed to share with was renamed (UWV → "Politie Utrecht"): the desk,
  the inzage and the next proof name the police (`recipient.added` twice);
- the scanned, signed consent form in the vault was swapped for another file
  (`evidence.added` twice with the other file's hash): the next proof packs the other file;
- a saved transitieformulier version, which goes to the next school, got other content
  (`transition_form.saved` twice with a commitment to the new text);
- an objection (verzet) was moved to another receiver (`objection.recorded` twice);
- a startkwalificatie's diploma was changed (`youth.startkwalificatie` twice);
- the signed scan relabelled as an attachment (`evidence.linked` twice for the same pair).

The program never gives a number twice (store/fresh_ids.py), so the second event is named by
its number, never by a name or a value."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from forms_scenario import transition_data
from replay_support import replay_after_edit

from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NAMES = ("Noor", "Politie Utrecht")
Statements = list[tuple[str, tuple[object, ...]]]


def _append(service: Service, kind: str, data: dict[str, Any], personal: Any = None) -> int:
    """The insider's event, through the program's own log (chain, Merkle tree, log head)."""
    ctx = service._ctx
    with ctx.db.transaction():
        return ctx.event(kind, data, personal)


def _named(lines: list[str], seq: int) -> None:
    assert any(f"gebeurtenis {seq}" in line and "opnieuw" in line for line in lines), lines
    assert not any(name in line for name in NAMES for line in lines), lines


def _request(service: Service, c: SimpleNamespace, youth: int) -> int:
    return service.consents.create_request(
        youth, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    ).id


def test_a_receiver_added_again_under_its_number_with_another_name(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(13, parents=1, given_name=NAMES[0]).youth
    _request(service, catalog, youth.id)
    uwv = catalog.uwv
    role = service.vault.db.scalar("SELECT legal_role FROM recipients WHERE id = ?", (uwv.id,))
    seq = _append(
        service,
        "recipient.added",
        {
            "recipient": uwv.id,
            "name": NAMES[1],
            "department": uwv.department,
            "kind": "politie",
            "convenant": False,
            "legal_role": role,
        },
        personal={"email": "werkbedrijf@uwv.example", "phone": ""},
    )
    lines = replay_after_edit(
        service,
        [("UPDATE recipients SET name = ?, kind = 'politie' WHERE id = ?", (NAMES[1], uwv.id))],
    )
    _named(lines, seq)


def test_the_signed_scan_swapped_with_its_hash_appended_again(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(13, parents=1).youth
    request = _request(service, catalog, youth.id)
    eid = service.evidence.add_linked(
        "scan", "application/pdf", b"%PDF-1.4 getekend", request, "scan"
    )
    other = b"%PDF-1.4 iets anders"
    digest = hashlib.sha256(other).hexdigest()
    seq = _append(
        service,
        "evidence.added",
        {
            "evidence": eid,
            "kind": "scan",
            "media_type": "application/pdf",
            "sha256": digest,
            "size": len(other),
        },
    )
    lines = replay_after_edit(
        service,
        [
            (
                "UPDATE evidence SET content = ?, sha256 = ?, size = ? WHERE id = ?",
                (other, digest, len(other), eid),
            )
        ],
    )
    _named(lines, seq)


def test_the_scan_linked_again_as_an_attachment(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The proof shows each piece of evidence by its role: the signed scan relabelled."""
    youth = make_youth(13, parents=1).youth
    request = _request(service, catalog, youth.id)
    eid = service.evidence.add_linked(
        "scan", "application/pdf", b"%PDF-1.4 getekend", request, "scan"
    )
    seq = _append(
        service,
        "evidence.linked",
        {"evidence": eid, "request": request, "role": "attachment", "parent": None},
    )
    lines = replay_after_edit(
        service,
        [("UPDATE evidence_links SET role = 'attachment' WHERE evidence_id = ?", (eid,))],
    )
    _named(lines, seq)


def test_a_transitieformulier_version_saved_again_with_other_content(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(15, parents=1).youth
    request = _request(service, catalog, youth.id)
    form = service.forms.save_transition_form(youth.id, transition_data(request))
    body = str(
        service.vault.db.scalar("SELECT data FROM transition_forms WHERE id = ?", (form.id,))
    )
    lie = body.replace("altijd op tijd", "vaak te laat")
    assert lie != body
    seq = _append(
        service,
        "transition_form.saved",
        {"form": form.id, "youth": youth.id, "version": form.version, "request": request},
        personal={"form": lie},
    )
    lines = replay_after_edit(
        service, [("UPDATE transition_forms SET data = ? WHERE id = ?", (lie, form.id))]
    )
    _named(lines, seq)


def test_an_objection_recorded_again_for_another_receiver(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(17).youth
    objection = service.objections.record(
        youth.id, catalog.uwv.id, catalog.werk.id, SignerRef.youth(youth.id), "desk"
    )
    row = service.vault.db.query_one(
        "SELECT signer_kind, signer_id, channel, objected_at, recorded_at FROM objections "
        "WHERE id = ?",
        (objection.id,),
    )
    seq = _append(
        service,
        "objection.recorded",
        {
            "objection": objection.id,
            "youth": youth.id,
            "recipient": catalog.gemeente.id,
            "purpose": catalog.werk.id,
            "signer_kind": row[0],
            "signer_id": row[1],
            "channel": row[2],
            "at": row[3],
            "recorded_at": row[4],
        },
    )
    lines = replay_after_edit(
        service,
        [
            (
                "UPDATE objections SET recipient_id = ? WHERE id = ?",
                (catalog.gemeente.id, objection.id),
            )
        ],
    )
    _named(lines, seq)


def test_a_startkwalificatie_recorded_again_with_another_diploma(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(17).youth
    got = service.qualifications.record(youth.id, "mbo2", "01-07-2026")
    recorded_at = service.vault.db.scalar(
        "SELECT recorded_at FROM youth_qualifications WHERE id = ?", (got.id,)
    )
    seq = _append(
        service,
        "youth.startkwalificatie",
        {
            "qualification": got.id,
            "youth": youth.id,
            "diploma": "havo",
            "obtained_on": "2026-07-01",
            "recorded_at": recorded_at,
        },
    )
    lines = replay_after_edit(
        service, [("UPDATE youth_qualifications SET diploma = 'havo' WHERE id = ?", (got.id,))]
    )
    _named(lines, seq)


@pytest.mark.parametrize("kind", ["recipient.added", "evidence.added"])
def test_the_untouched_vault_replays_clean(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], kind: str
) -> None:
    """The control case: the same stories without the insider's event say nothing."""
    youth = make_youth(13, parents=1).youth
    request = _request(service, catalog, youth.id)
    service.evidence.add_linked("scan", "application/pdf", b"%PDF-1.4 getekend", request, "scan")
    assert service.replay().lines() == []


def test_a_form_number_an_old_version_gave_again_after_an_erasure_is_no_alarm(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Before fresh ids (ids23) an erasure deleted the youth's forms and SQLite gave the
    newest one's number to the next form saved: two events, two youths, one number — not an
    insider's second event for a form that is there."""
    gone = make_youth(15, parents=1).youth
    form = service.forms.save_transition_form(gone.id, transition_data(None))
    service.retention.erase(gone.id, "request")
    youth = make_youth(15, parents=1).youth
    body = "{}"
    seq = _append(
        service,
        "transition_form.saved",
        {"form": form.id, "youth": youth.id, "version": 1, "request": None},
        personal={"form": body},
    )
    at = service.vault.db.scalar("SELECT at FROM events WHERE seq = ?", (seq,))
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO transition_forms(id, youth_id, version, request_id, data, saved_at, "
                "worker_id) VALUES (?, ?, 1, NULL, ?, ?, 1)",
                (form.id, youth.id, body, at),
            )
        ],
    )
    assert lines == []
