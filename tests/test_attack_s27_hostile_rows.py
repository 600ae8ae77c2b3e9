"""Attack round 12 (session 22): every CLI command on a hostile vault. An insider with the
passphrase edits rows with sqlcipher3 through the legitimately unlocked key — NULL-like
emptiness, a 20 kB text, a date in year 9999, a negative year, a date that is no date, an id of
the wrong shape — and hands the vault to the privacy officer. Each command must answer with a
Dutch message (exit code 0 or 2), never a traceback, and `check` must name the disagreement.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import PASSPHRASE, START, birth_date_for_age

from toestemming import cli
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

HUGE = "x" * 20_000  # no PDF page holds it; bigger only costs layout time

# (what the insider wrote, SQL, parameters): each only what STRICT tables accept.
EDITS = {
    "birth-9999": ("UPDATE youths SET birth_date = '9999-12-31'", ()),
    "birth-negative": ("UPDATE youths SET birth_date = '-0001-01-01'", ()),
    "birth-no-date": ("UPDATE youths SET birth_date = 'gisteren'", ()),
    "name-huge": ("UPDATE youths SET given_name = ?", (HUGE,)),
    "erased-no-date": ("UPDATE youths SET erased_at = 'nooit'", ()),
    "valid-until-9999": (
        "UPDATE consent_requests SET valid_until = '9999-12-31T23:59:59Z'",
        (),
    ),
    "code-huge": ("UPDATE consent_requests SET reference_code = ?", (HUGE,)),
    "decided-no-date": ("UPDATE decisions SET decided_at = 'x'", ()),
    "decided-9999": ("UPDATE decisions SET decided_at = '9999-12-31T23:59:59Z'", ()),
    "signer-huge": ("UPDATE decisions SET signer_id = 9223372036854775807", ()),
    "item-position-negative": ("UPDATE consent_items SET position = -5", ()),
    "rep-name-empty": ("UPDATE representatives SET name = ''", ()),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault for the module: a youth of 14 with a parent, a request she was asked on,
    the parent's "ja"."""
    folder = tmp_path_factory.mktemp("vijandig")
    path = folder / "kluis.tvault"
    clock = FixedClock(START)
    svc, _ = Service.create(path, "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams())
    try:
        c = svc.catalog
        uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example")
        werk = c.add_purpose("begeleiding-werk", "Begeleiding naar werk", "Hulp bij werk.")
        contact = c.add_category("contact", "Contactgegevens", "Naam, telefoon.", "dat", False)
        youth = svc.people.add_youth(
            given_name="Lotte",
            family_name="de Vries",
            birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        )
        parent = svc.people.add_representative(
            youth.id, "Ouder de Vries", RepresentativeRole.PARENT, True
        )
        request = svc.consents.create_request(youth.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
        clock.advance(timedelta(hours=1))
        svc.consents.record_decisions(
            request.id,
            SignerRef.representative(parent.id),
            {request.items[0].id: "yes"},
            "desk",
        )
    finally:
        svc.close()
    return folder


@pytest.fixture
def hostile(template: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    folder = tmp_path / "kluis"
    shutil.copytree(template, folder)
    path = folder / "kluis.tvault"
    sql, params = EDITS[request.param]
    svc = Service.open(path, PASSPHRASE, clock=FixedClock(START + timedelta(hours=2)))
    try:
        db = svc.vault.db
        table = sql.split()[1]
        with db.transaction():
            # The append-only guards are triggers: the insider with the key drops them.
            for (name,) in db.query(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
            ):
                db.execute(f'DROP TRIGGER "{name}"')
            db.execute(sql, params)
    finally:
        svc.close()
    yield path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(args)
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    # Never the stored value itself (a ValueError quotes it: a name, a date of birth).
    assert "gisteren" not in text and "xxxxxxxxxx" not in text
    return code, text


@pytest.mark.parametrize("hostile", sorted(EDITS), indirect=True)
def test_every_command_answers_a_hostile_vault_in_dutch(
    hostile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    vault = str(hostile)
    code, said = _run(["check", "--vault", vault], capsys)
    assert code != 0, f"check found the edited row fine:\n{said}"
    assert "NIET in orde" in said or "Fout" in said, said
    for args in (
        ["export-proof", "--vault", vault, "--all", "--out", str(tmp_path / "bewijs")],
        ["export-proof", "--vault", vault, "--youth", "1", "--out", str(tmp_path / "b2")],
    ):
        code, said = _run(args, capsys)
        assert code in (0, 2), (args[0], code, said)
