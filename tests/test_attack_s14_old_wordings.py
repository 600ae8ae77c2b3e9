"""Old packages keep verifying after a label is reworded (session 14).

A package signs and prints the words of the release that made it: "gegeven", "per e-mail",
"(ouder)", "Het bericht had geen datum van de afzender; …". `verify` compared them with the
labels of the release that reads the package, so the day someone improves a label, every
genuine package exported before failed ("de stand wijkt af", "receipt.json klopt niet") —
and a privacy officer defending a consent in court holds exactly such an older package.

Each test exports a genuine package, then rewords the labels the way a developer must
(today's label changed, the former text appended to wordings.EARLIER under its code), and
verifies the old package again. A forger still gains nothing: a wording is accepted only for
its own code, and a note the log does not have (or of another code) still fails."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from forms_scenario import build
from mail_support import (
    RemoteVault,
    rv,  # noqa: F401  (the fixture)
)
from test_attack_s13_moment_source import _entries, _forged
from test_mail_replies import READ_AT
from test_reply_s13_dates import OURS, THEIRS, _undated

from toestemming import model
from toestemming.clock import FixedClock
from toestemming.proof import describe, verify, wordings
from toestemming.proof.package import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service

SNAPSHOT = Path(__file__).parent / "data" / "wordings_s14.json"


def reword(monkeypatch: pytest.MonkeyPatch, kind: str, table: dict, code: object) -> None:  # type: ignore[type-arg]
    """What a later release does to one label: new words today, the old ones kept."""
    old = table[code]
    monkeypatch.setitem(table, code, f"{old} (nieuwe formulering)")
    earlier = dict(wordings.EARLIER[kind])
    earlier[str(code)] = (old, *earlier.get(str(code), ()))
    monkeypatch.setitem(wordings.EARLIER, kind, earlier)


LABELS = (
    (wordings.STATUS, model.STATUS_LABELS),
    (wordings.CHANNEL, model.CHANNEL_LABELS),
    (wordings.ROLE, model.ROLE_LABELS),
    (wordings.ACTION, describe.ACTION_LABELS),
    (wordings.LANGUAGE, wordings.LANGUAGE_NAMES),
    (wordings.MOMENT_FROM, model.MOMENT_FROM_LABELS),
)


def test_a_package_keeps_verifying_after_every_printed_label_is_reworded(
    service: Service, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = build(service, clock)
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "oud.zip")
    assert verify(path).ok
    for kind, table in LABELS:
        for code in list(table):
            reword(monkeypatch, kind, table, code)
    report = verify(path)
    assert report.ok, report.problems
    # The former wording is kept for its own code only: "geweigerd" never reads as "given".
    assert "geweigerd" in wordings.wordings(wordings.STATUS, "refused")
    assert "geweigerd" not in wordings.wordings(wordings.STATUS, "given")


def test_a_receipt_note_in_an_earlier_wording_verifies_and_a_forged_one_does_not(
    rv: RemoteVault,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rv.clock.advance(READ_AT)
    proposal = rv.svc.remote.read_reply(_undated(OURS, THEIRS))
    rv.clock.advance(timedelta(minutes=5))
    rv.svc.remote.confirm(proposal)
    path = rv.svc.forms.proof.export_item(rv.main.items[0].id, tmp_path)
    with zipfile.ZipFile(path) as z:
        files = {i.filename: z.read(i) for i in z.infolist()}
    old_note = model.MOMENT_FROM_LABELS["server"]
    assert [e["moment_note"] for e in _entries(files)] == [old_note]

    reword(monkeypatch, wordings.MOMENT_FROM, model.MOMENT_FROM_LABELS, "server")
    report = verify(path)
    assert report.ok, report.problems

    # An insider's own wording, or the (former or current) note of another source: refused.
    for note in ("De afzender heeft dit zelf gedateerd.", model.MOMENT_FROM_LABELS["read"]):
        receipt = json.loads(files[RECEIPT])
        for c in receipt["consents"]:
            for e in c["events"]:
                if e["type"] == "decision":
                    e["moment_note"] = note
        assert not _forged(rv, files, receipt, tmp_path / "vals.zip"), note


def test_no_wording_of_this_release_is_ever_dropped() -> None:
    """Packages made by this release print these words; every later release must still
    accept each for its code (move a reworded label into wordings.EARLIER)."""
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    missing = [
        (kind, code, word)
        for kind, table in snapshot.items()
        for code, words in table.items()
        for word in words
        if word not in wordings.wordings(kind, code)
    ]
    assert missing == []


SAVED = {  # the saved packages (tests/data/make_proof_package.py) and their organisation key
    "bewijs_s14.zip": "6ae90931a840738374e69a72ac265c8ea5d90c6362f191937aff1c159d65657a",
}


@pytest.mark.parametrize("name", sorted(SAVED))
def test_a_saved_package_of_an_earlier_release_is_authentic(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read years later (its certificates expired by then) and after every label was reworded:
    what it printed and signed is still what it printed and signed."""
    path = Path(__file__).parent / "data" / name
    later = FixedClock(datetime(2031, 3, 1, tzinfo=UTC))
    report = verify(path, expected_key=SAVED[name], clock=later)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert any("volgens tijdstempeldienst" in f for f in report.facts)
    for kind, table in LABELS:
        for code in list(table):
            reword(monkeypatch, kind, table, code)
    assert verify(path, expected_key=SAVED[name], clock=later).exit_code == EXIT_AUTHENTIC
