"""A clock that ran ahead, then was put right (session 16).

Before: log_clock opened the vault read-only while the computer's clock was behind the log's
last moment. A laptop whose clock ran a day ahead and was then corrected stayed read-only for
that whole day with no way out: every write refused, and the backup refused too ("alleen-
lezen"), so the one thing a worker should do then could not be done.

Now: the backup is made (not recorded in the log: that event would be dated before the log);
a worker may state "de klok van deze computer klopt nu" (svc.clock_right, `toestemming
confirm-clock --ja`), one logged event with the log's last moment, the clock now and who; from
there new events may be dated earlier. `check` accepts exactly that step back and names it as a
notice, with the later events dated inside the overlapping window. An insider who uses it to
backdate a consent before the sharing it should cover gets those events named by number; a
forged correction (its stated last moment earlier than the log's) or a step back after one
stays a problem."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from forms_scenario import build
from test_attack_s14_cli_targets import _cli
from tsa_support import local_tsa

from toestemming import log_clock
from toestemming.backup import restore_backup
from toestemming.cli import main
from toestemming.clock import FixedClock, to_iso
from toestemming.errors import ValidationError, VaultError
from toestemming.model import SignerRef
from toestemming.proof import verify
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

ANNA = "correct horse battery staple"
RIGHT = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _ran_ahead(tmp_path: Path, ahead: timedelta) -> tuple[Path, FixedClock]:
    """A vault written for a while by a laptop whose clock was `ahead`, then put right."""
    clock = FixedClock(RIGHT + ahead)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Vooruit", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    clock.set(RIGHT)
    return path, clock


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


def _check(
    path: Path, capsys: pytest.CaptureFixture[str], secret: str = ANNA
) -> tuple[int, str, str]:
    os.environ["TOESTEMMING_PASSPHRASE"] = secret
    try:
        code = main(["check", "--vault", str(path)])
    finally:
        del os.environ["TOESTEMMING_PASSPHRASE"]
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_worker_whose_clock_ran_a_day_ahead_backs_up_states_the_clock_and_works_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, clock = _ran_ahead(tmp_path, timedelta(days=1))
    svc = Service.open(path, ANNA, clock=clock)
    try:
        assert svc.clock_right.behind() is not None
        # The backup first: it was refused before ("alleen-lezen"). Not recorded (that event
        # would be dated before the log), and it restores to a vault that opens.
        before = _events(svc)
        info = svc.backups.create(tmp_path / "kopie.tbackup")
        assert not info.recorded and _events(svc) == before
        restored = restore_backup(info.path, tmp_path / "terug.tvault", ANNA)
        assert restored.events == before
        # Stated by the worker: one event, dated now, holding the log's last moment.
        seq = svc.clock_right.confirm()
        assert seq == before + 1
        body = svc.vault.db.scalar("SELECT body FROM events WHERE seq = ?", (seq,))
        assert to_iso(RIGHT + timedelta(days=1)) in bytes(body).decode()
        svc.people.add_youth(given_name="Nu", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    clock.advance(timedelta(hours=1))
    again = Service.open(path, ANNA, clock=clock)  # writable after a reopen, not read-only
    try:
        assert again.vault.db.read_only_reason is None
        again.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
        kinds = {e.kind for e in again.activity_log.entries().entries}
        assert "clock.corrected" in kinds
    finally:
        again.close()
    code, out, err = _check(path, capsys)
    assert code == 0, (out, err)
    assert f"Let op: Klok gecorrigeerd (gebeurtenis {seq}): Anna verklaarde" in out, out
    # Both youths added since are dated inside the day the clock had run ahead.
    assert f"2 latere gebeurtenis(sen) (nummer {seq + 1} t/m {seq + 2})" in out, out


def test_the_correction_is_refused_when_the_clock_is_not_behind(tmp_path: Path) -> None:
    path, clock = _ran_ahead(tmp_path, timedelta(days=1))
    clock.set(RIGHT + timedelta(days=2))  # the day has passed: not read-only at all
    svc = Service.open(path, ANNA, clock=clock)
    try:
        before = _events(svc)
        with pytest.raises(ValidationError) as caught:
            svc.clock_right.confirm()
        assert "niet alleen-lezen door de klok" in str(caught.value)
        assert _events(svc) == before
    finally:
        svc.close()


def test_an_insider_who_sets_the_clock_back_to_backdate_a_consent_is_named_by_check(
    service: Service,
    clock: FixedClock,
    passphrase: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Marek's data went to the gemeente (recorded, day 2). Later an insider wants a consent
    that looks given before it: sets the clock back to day 1, "confirms" it, and records a new
    request with Marek's "ja". `check` names the correction, who made it and the events dated
    inside the overlap — the request and the decision among them."""
    scenario = build(service, clock)
    path = service.vault.path
    shared = int(
        service.vault.db.scalar("SELECT seq FROM events WHERE kind = 'disclosure.recorded'")
    )
    service.close()
    clock.advance(timedelta(days=-6))  # build ends on day 7: now day 1, before the sharing
    svc = Service.open(path, passphrase, clock=clock)
    try:
        corrected = svc.clock_right.confirm()
        assert corrected is not None and corrected > shared
        gem = scenario.request.items[1]
        spec = ItemSpec(gem.purpose.id, gem.recipient.id, (gem.categories[0].id,))
        backdated = svc.consents.create_request(scenario.marek, [spec])
        svc.consents.record_decisions(
            backdated.id, SignerRef.youth(scenario.marek), {backdated.items[0].id: "yes"}, "desk"
        )
        decided = int(
            svc.vault.db.scalar("SELECT max(seq) FROM events WHERE kind = 'decisions.recorded'")
        )
        # The organisation has a time-stamping service, whose clock is right (day 7).
        with local_tsa(at=clock.now() + timedelta(days=6)) as tsa:
            svc.trusted_time.set_url(tsa.url)
            pkg = svc.forms.proof.export_request(backdated.id, tmp_path / "marek.zip")
        key = svc.public_key
    finally:
        svc.close()
    code, out, err = _check(path, capsys, passphrase)
    assert code == 0, (out, err)
    assert f"Klok gecorrigeerd (gebeurtenis {corrected}): Anna de Tester verklaarde" in out
    named = re.search(r"\(nummer (\d+) t/m (\d+)\)", out)
    assert named is not None, out
    assert int(named[1]) == corrected + 1 and int(named[2]) >= decided > corrected, out
    # The proof of the backdated item shows the dates as recorded (the package holds no
    # correction: the log's, which check names). The outside witness does show it: the
    # checkpoint says day 1, the TSA saw it on day 7 — only the second time is independent.
    reader = FixedClock(clock.now() + timedelta(days=6, hours=1))
    report = verify(pkg, expected_key=key, clock=reader)
    assert "Let op: het controlepunt zegt ondertekend op" in report.describe(), report.describe()


def test_a_forged_correction_or_a_step_back_after_one_stays_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An insider with the key writes a 'correction' whose stated last moment is earlier than
    the log's (so the step back would look explained): check still names the step back. And a
    clock moved back again after a real correction (while the app was open) is named too."""
    clock = FixedClock(RIGHT)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
        back = RIGHT - timedelta(days=10)
        with svc.vault.db.transaction():  # the insider, past the use case
            svc._ctx.audit.append(
                log_clock.CORRECTED,
                1,
                {"last": to_iso(RIGHT - timedelta(days=9)), "now": to_iso(back)},
                at=back,
            )
    finally:
        svc.close()
    code, out, err = _check(path, capsys)
    assert code == 1 and "eerder gedateerd" in err, (out, err)
    assert "Klok gecorrigeerd" not in out


def test_a_step_back_after_a_genuine_correction_is_still_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, clock = _ran_ahead(tmp_path, timedelta(days=1))
    svc = Service.open(path, ANNA, clock=clock)
    try:
        svc.clock_right.confirm()
        svc.people.add_youth(given_name="Nu", family_name="Kind", birth_date="01-01-2010")
        # Dated three days back after the correction: a version without the check at each
        # write, or an insider writing past the use case.
        with svc.vault.db.transaction():
            svc._ctx.audit.append(
                "backup.verified",
                1,
                {"sha256": "0" * 64, "size": 1, "events": 1, "at": to_iso(RIGHT)},
                at=RIGHT - timedelta(days=3),
            )
    finally:
        svc.close()
    code, out, err = _check(path, capsys)
    assert code == 1, (out, err)
    assert "Klok gecorrigeerd" in out and "eerder gedateerd" in err, (out, err)


def test_the_cli_explains_first_and_records_only_with_ja(tmp_path: Path) -> None:
    """Run as a worker would, with the computer's real clock: the log is a day ahead of it."""
    clock = FixedClock(datetime.now(UTC) + timedelta(days=1))
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    svc.close()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return _cli(list(args), ANNA)

    backup = cli("backup", "--vault", str(path), "--out", str(tmp_path / "k.tbackup"))
    assert backup.returncode == 0, backup.stderr
    assert "Niet vastgelegd in het logboek" in backup.stdout
    asked = cli("confirm-clock", "--vault", str(path))
    assert asked.returncode == 2 and "Het logboek loopt tot" in asked.stdout, asked
    assert "--ja" in asked.stderr and "Traceback" not in asked.stderr
    said = cli("confirm-clock", "--vault", str(path), "--ja")
    assert said.returncode == 0 and "Vastgelegd als gebeurtenis" in said.stdout, said
    again = cli("confirm-clock", "--vault", str(path), "--ja")
    assert again.returncode == 0 and "niets vastgelegd" in again.stdout, again
    check = cli("check", "--vault", str(path))
    assert check.returncode == 0 and "Klok gecorrigeerd" in check.stdout, check


def test_a_correction_meta_row_pointing_elsewhere_moves_nothing(tmp_path: Path) -> None:
    """The meta row only says where the last correction is: one pointing at an event of
    another kind (a stray or edited row) keeps the vault read-only, as before."""
    path, clock = _ran_ahead(tmp_path, timedelta(days=1))
    clock.set(RIGHT + timedelta(days=2))
    svc = Service.open(path, ANNA, clock=clock)
    try:
        with svc.vault.db.transaction():
            svc._ctx.set_meta(log_clock.META_CORRECTED, "2")
    finally:
        svc.close()
    clock.set(RIGHT)
    svc = Service.open(path, ANNA, clock=clock)
    try:
        with pytest.raises(VaultError):
            svc.people.add_youth(given_name="X", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()


def test_a_backup_dated_a_year_ahead_does_not_silence_the_backup_warning(tmp_path: Path) -> None:
    """A backup made while the clock ran a year ahead: its date is the 'last backup'. Before,
    `now - last` was negative, so the warning (and the automatic schedule) stayed quiet for a
    year after the clock was put right. Now a last backup dated after now is overdue."""
    path, clock = _ran_ahead(tmp_path, timedelta(days=365))
    clock.set(RIGHT + timedelta(days=365))
    svc = Service.open(path, ANNA, clock=clock)
    try:
        svc.backups.create(tmp_path / "vooruit.tbackup")
        assert not svc.backups.status().overdue
    finally:
        svc.close()
    clock.set(RIGHT + timedelta(days=365, minutes=-2))  # two minutes of drift: still fine
    svc = Service.open(path, ANNA, clock=clock)
    try:
        assert not svc.backups.status().overdue
    finally:
        svc.close()
    clock.set(RIGHT)  # put right
    svc = Service.open(path, ANNA, clock=clock)
    try:
        status = svc.backups.status()
        assert status.overdue
        assert "na vandaag" in status.message() and "04-12-2027" in status.message()
    finally:
        svc.close()
