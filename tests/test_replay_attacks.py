"""State follows events, tried as an attacker would: someone with the passphrase unlocks the
vault the legitimate way, takes the data key and edits the consent tables with sqlcipher3,
leaving the hash-chained log alone (and even re-deriving the item_state cache and restoring
the append-only triggers, so the tables agree among themselves). Each edit must be caught by
`toestemming-cli check` (exit 1, naming reference code and item, never a name), by the
integrity check at unlock (the vault opens read-only) and by the proof export (refused)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from replay_support import attacker_connection, lifted_edit

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock, to_iso
from toestemming.errors import IntegrityFailure
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

PASS = "correct horse battery staple"
NAMES = ("Xandra", "Quellijn", "Ouder Pieternel")  # the youth's and the parent's names


@dataclass(frozen=True)
class World:
    svc: Service
    path: Path
    code: str  # the main request's reference code
    given: int  # item 1: given by the youth, shared once (a disclosure)
    withdrawn: int  # item 2: given, then withdrawn (recipient told)
    revoked: int  # item 3: refused, then revoked by the organisation
    gemeente: int  # a recipient
    disclosure: int


@pytest.fixture
def world(service: Service, catalog: SimpleNamespace, clock: FixedClock) -> World:
    c = catalog
    youth = service.people.add_youth(
        given_name=NAMES[0], family_name=NAMES[1], birth_date="2008-03-01"
    )
    service.people.add_representative(youth.id, NAMES[2], "parent", True)
    request = service.consents.create_request(
        youth.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.stage.id, c.werkgever.id, (c.stagegegevens.id,)),
            ItemSpec(c.leerplicht.id, c.rbl.id, (c.contact.id,)),
        ],
    )
    one, two, three = (i.id for i in request.items)
    me = SignerRef.youth(youth.id)
    clock.advance(timedelta(minutes=3))
    service.consents.record_decisions(request.id, me, {one: "yes", two: "yes", three: "no"}, "desk")
    clock.advance(timedelta(days=1))
    disclosure = service.sharing.record_disclosure(
        youth.id, c.uwv.id, c.werk.id, [c.contact.id], note="Gebeld met de consulent."
    )
    service.sharing.record_disclosure(youth.id, c.werkgever.id, c.stage.id, [c.stagegegevens.id])
    clock.advance(timedelta(days=1))
    result = service.withdrawals.withdraw([two], me, "email")
    for wid, recipient in result.recipients_to_notify:
        service.withdrawals.mark_notified(wid, recipient.id)
    service.consents.act_on_item(three, "revoke", "Het traject is afgerond.")
    clock.advance(timedelta(hours=1))
    path = service.vault.path
    assert service.replay().ok  # untouched: no false alarm
    return World(
        service, path, request.reference_code, one, two, three, c.gemeente.id, disclosure.id
    )


# -- the attacker's tools ------------------------------------------------------------------------
@pytest.fixture
def raw(world: World) -> Iterator[Callable[[str, tuple[object, ...]], None]]:
    """Run SQL on the vault file with sqlcipher3 and the data key the unlock gave: triggers
    that refuse edits are dropped for the edit and put back afterwards, and the item_state
    cache is re-derived, so only the log is left to tell."""
    conn = attacker_connection(world.svc)

    def run(sql: str, params: tuple[object, ...] = ()) -> None:
        lifted_edit(conn, [(sql, params)], must_hit=False)

    yield run
    conn.close()


def where(world: World, item_id: int) -> str:
    position = world.svc.vault.db.scalar(
        "SELECT position FROM consent_items WHERE id = ?", (item_id,)
    )
    return f"{world.code} onderdeel {position}"


def caught_everywhere(
    world: World,
    item_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *,
    expect: str = "",
) -> None:
    """check, unlock and export all catch the edit on `item_id`, naming code + position."""
    place = where(world, item_id)
    # 1. toestemming-cli check: exit 1, a line naming the code and the item, no names.
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASS)
    capsys.readouterr()
    assert cli_main(["check", "--vault", str(world.path)]) == 1
    out = capsys.readouterr()
    text = out.out + out.err
    hits = [line for line in text.splitlines() if place in line]
    assert hits, text
    assert expect in " ".join(hits), text
    assert not any(name in text for name in NAMES)
    # 2. The integrity check at unlock: read-only, and the explanation says where. (As
    # from another desk whose lock does not reach this one: the writer lock is let go.)
    assert world.svc.writer_guard.lock is not None
    world.svc.writer_guard.lock.release()
    again = Service.open(world.path, PASS, check=True)
    try:
        assert again.read_only
        report = again.health_report
        assert report is not None and not report.ok
        assert any(place in p for p in report.problems), report.problems
        assert "alleen-lezen" in report.explanation()
        assert not any(name in report.explanation() for name in NAMES)
        # A privacy officer on an English desk: the frame and the advice in English.
        english = report.explanation("en")
        assert "read-only" in english and "Found by the check:" in english
        assert "alleen-lezen" not in english and "Gevonden" not in english
        assert report.summary("en").startswith("Vault damaged or changed (")
    finally:
        again.close()
    # 3. The proof export refuses the item (and writes nothing).
    target = tmp_path / "bewijs.zip"
    before = world.svc.vault.db.scalar("SELECT max(seq) FROM events")
    with pytest.raises(IntegrityFailure) as refused:
        world.svc.forms.proof.export_item(item_id, target)
    assert "wijkt af van het logboek" in refused.value.message
    assert world.code not in refused.value.message  # exception texts may reach a log
    assert not target.exists()
    assert world.svc.vault.db.scalar("SELECT max(seq) FROM events") == before


# -- the attacks ---------------------------------------------------------------------------------
def test_a_refusal_turned_into_a_yes_with_a_matching_cache_is_caught(
    world: World, raw, tmp_path: Path, capsys, monkeypatch
) -> None:
    svc = world.svc
    # Item 3 was refused and then revoked; item 1 given: flip the answer of item 1 to "no"
    # the other way round would be invisible under the revocation.
    raw("UPDATE decisions SET answer = 'no' WHERE item_id = ?", (world.given,))
    assert svc.consents.item_status(world.given).status.value == "refused"  # it worked
    caught_everywhere(world, world.given, tmp_path, capsys, monkeypatch, expect="antwoord")


def test_a_deleted_withdrawal_is_caught(
    world: World, raw, tmp_path: Path, capsys, monkeypatch
) -> None:
    raw("DELETE FROM withdrawal_notifications")
    raw("DELETE FROM withdrawals WHERE item_id = ?", (world.withdrawn,))
    assert world.svc.consents.item_status(world.withdrawn).status.value == "given"  # it worked
    caught_everywhere(world, world.withdrawn, tmp_path, capsys, monkeypatch, expect="intrekking")


def test_a_decision_without_event_is_caught(
    world: World, raw, tmp_path: Path, capsys, monkeypatch
) -> None:
    svc = world.svc
    row = svc.vault.db.query_one(
        "SELECT signer_kind, signer_id, signer_role, decided_at, recorded_at, channel, "
        "worker_id, text_sha256 FROM decisions WHERE item_id = ?",
        (world.revoked,),
    )
    later = to_iso(svc.clock.now())
    raw(
        "INSERT INTO decisions(item_id, signer_kind, signer_id, signer_role, answer, "
        "decided_at, recorded_at, channel, worker_id, special_ack, text_sha256) "
        "VALUES (?,?,?,?,'yes',?,?,?,?,0,?)",
        (world.revoked, *row[:3], later, later, row[5], row[6], row[7]),
    )
    caught_everywhere(
        world, world.revoked, tmp_path, capsys, monkeypatch, expect="niet in het logboek"
    )


def test_a_disclosure_sent_elsewhere_is_caught(
    world: World, raw, tmp_path: Path, capsys, monkeypatch
) -> None:
    raw("UPDATE disclosures SET recipient_id = ? WHERE id = ?", (world.gemeente, world.disclosure))
    caught_everywhere(world, world.given, tmp_path, capsys, monkeypatch, expect="ontvanger")


def test_a_changed_item_action_is_caught(
    world: World, raw, tmp_path: Path, capsys, monkeypatch
) -> None:
    # The revocation becomes a supersession dated a year later.
    later = to_iso(world.svc.clock.now() + timedelta(days=365))
    raw(
        "UPDATE item_actions SET kind = 'supersede', at = ? WHERE item_id = ?",
        (later, world.revoked),
    )
    caught_everywhere(world, world.revoked, tmp_path, capsys, monkeypatch, expect="soort")


def test_swapping_the_items_of_two_decisions_is_caught(
    world: World, raw, tmp_path: Path, capsys, monkeypatch
) -> None:
    # Item 1 (yes) and item 3 (no) were answered in one event: swap their rows' items.
    ids = dict(
        world.svc.vault.db.query(
            "SELECT item_id, id FROM decisions WHERE item_id IN (?, ?)",
            (world.given, world.revoked),
        )
    )
    raw(
        "UPDATE decisions SET item_id = CASE item_id WHEN ? THEN ? ELSE ? END WHERE id IN (?, ?)",
        (world.given, world.revoked, world.given, ids[world.given], ids[world.revoked]),
    )
    assert world.svc.consents.item_status(world.given).status.value == "refused"
    caught_everywhere(world, world.given, tmp_path, capsys, monkeypatch, expect="antwoord")


def test_widening_the_data_of_an_item_is_caught(
    world: World, raw, catalog: SimpleNamespace, tmp_path: Path, capsys, monkeypatch
) -> None:
    raw(
        "INSERT INTO item_categories(item_id, category_id) VALUES (?, ?)",
        (world.given, catalog.ondersteuning.id),
    )
    caught_everywhere(world, world.given, tmp_path, capsys, monkeypatch, expect="gedeeld")


def test_extending_a_consent_is_caught(
    world: World, raw, tmp_path: Path, capsys, monkeypatch
) -> None:
    raw(
        "UPDATE consent_requests SET valid_until = '2099-12-31' WHERE reference_code = ?",
        (world.code,),
    )
    caught_everywhere(world, world.given, tmp_path, capsys, monkeypatch, expect="einddatum")


def test_a_cache_edit_alone_is_caught(world: World, tmp_path: Path, capsys, monkeypatch) -> None:
    """Only item_state changed (what 'mag ik delen?' reads): the withdrawal vanishes there."""
    svc = world.svc
    conn = attacker_connection(svc)
    conn.execute("UPDATE item_state SET withdrawals = '[]' WHERE item_id = ?", (world.withdrawn,))
    conn.close()
    assert svc.consents.item_status(world.withdrawn).status.value == "given"
    caught_everywhere(
        world, world.withdrawn, tmp_path, capsys, monkeypatch, expect="opgeslagen status"
    )


def test_other_items_still_export_and_the_edit_names_only_its_item(
    world: World, raw, tmp_path: Path
) -> None:
    raw("UPDATE decisions SET answer = 'no' WHERE item_id = ?", (world.given,))
    report = world.svc.replay()
    assert {d.item_id for d in report.disagreements} == {world.given}
    # Item 2 of the same request follows from its events: its proof is still made.
    assert world.svc.forms.proof.export_item(world.withdrawn, tmp_path / "twee.zip").exists()
    with pytest.raises(IntegrityFailure, match="onderdeel 1 van dit verzoek"):
        world.svc.forms.proof.export_item(world.given, tmp_path / "een.zip")
    with pytest.raises(IntegrityFailure):  # the whole request includes item 1
        world.svc.forms.proof.export_code(world.code, tmp_path / "alles.zip")


def test_an_edited_text_is_caught_by_check_and_by_the_export(
    world: World, raw, tmp_path: Path, capsys, monkeypatch
) -> None:
    """The stored text changed, its hash left alone: what a proof would show is not what the
    signer saw. `check` and the proof export hash the texts (the unlock check does not)."""
    raw(
        "UPDATE consent_items SET text = replace(text, 'UWV', 'Iedereen') WHERE id = ?",
        (world.given,),
    )
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASS)
    capsys.readouterr()
    assert cli_main(["check", "--vault", str(world.path)]) == 1
    text = capsys.readouterr().err
    assert f"{where(world, world.given)}: de tekst van het onderdeel is gewijzigd" in text
    with pytest.raises(IntegrityFailure, match="onderdeel 1 van dit verzoek"):
        world.svc.forms.proof.export_item(world.given, tmp_path / "bewijs.zip")
    assert not (tmp_path / "bewijs.zip").exists()
