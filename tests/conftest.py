"""Shared fixtures for the domain tests: a fixed clock, a real SQLCipher vault behind the
Service, the usual catalog (recipients, purposes, data categories) and youth helpers."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

# A real PostgreSQL for the team-server tests (one per session, a database per test).
from mail_support import rv  # noqa: F401
from pg_support import pg_database, pg_server  # noqa: F401

from toestemming.clock import FixedClock
from toestemming.model import Representative, RepresentativeRole, Youth
from toestemming.service import Service
from toestemming.store.header import KdfParams

# The suite's speed settings (Argon2id floor, memory security), here and in every Python child
# a test starts: speed_settings/ says why and what they leave unchanged.
_SPEED = str(Path(__file__).parent / "speed_settings")
sys.path.insert(0, _SPEED)
os.environ["PYTHONPATH"] = os.pathsep.join(
    [_SPEED, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
)
import speed_settings  # noqa: E402

speed_settings.apply()

# The CLI prints errors in the locale's language (toestemming/cli.py error_language): the
# suite expects Dutch whatever the machine's locale; a test that wants English sets it.
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def own_seen_heads(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This computer's record of the longest log seen per vault (toestemming/seen_heads.py)
    in the test's own folder, never the user's: a test that puts back an older copy of a
    vault is not told so by another test's record (and subprocesses inherit it)."""
    from toestemming.seen_heads import FOLDER_ENV

    # (beside tmp_path, not in it: tests list what their folder holds)
    monkeypatch.setenv(FOLDER_ENV, str(tmp_path_factory.mktemp("seen-heads")))


@contextlib.contextmanager
def another_computer(folder: Path) -> Iterator[None]:
    """The steps inside happen on another computer: its own record of the logs it saw
    (seen_heads.py) — a copy worked on at home is not a rollback at the desk's computer."""
    from toestemming.seen_heads import FOLDER_ENV

    before = os.environ.get(FOLDER_ENV)
    os.environ[FOLDER_ENV] = str(folder)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(FOLDER_ENV, None)
        else:
            os.environ[FOLDER_ENV] = before


@pytest.fixture(autouse=True)
def no_window_outlives_its_test() -> Iterator[None]:
    """Each test starts on an empty screen. A window a test left open (a dialog that refuses
    a plain reject, a desk closed with deleteLater but never run to the event loop) stayed
    visible, or active, into whichever test ran next in the same process: with xdist that
    order changes per run, and a test counting the open dialogs or showing a message box over
    the active window failed now and then (CI of session 22)."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return  # a test without Qt: nothing to tidy
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


PASSPHRASE = "correct horse battery staple"
START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def birth_date_for_age(today: date, age: int, days_past_birthday: int = 40) -> date:
    """A birth date that makes someone exactly `age` on `today`, `days_past_birthday` days
    after their last birthday (so small clock moves do not change the age)."""
    birthday = today - timedelta(days=days_past_birthday)
    try:
        return birthday.replace(year=birthday.year - age)
    except ValueError:  # 29 February
        return date(birthday.year - age, 3, 1)


def birth_date_turning_16_in(today: date, days: int) -> date:
    """Someone who is 15 today and turns 16 in `days` days."""
    sixteenth = today + timedelta(days=days)
    return sixteenth.replace(year=sixteenth.year - 16)


def row_count(service: Service, table: str) -> int:
    return int(service.vault.db.scalar(f"SELECT count(*) FROM {table}"))


@dataclass(frozen=True)
class YouthCase:
    youth: Youth
    parents: tuple[Representative, ...]  # the parents with gezag, in order of adding


@pytest.fixture(scope="session")
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture(scope="session")
def birth_for_age() -> Callable[..., date]:
    """The pure helper `birth_date_for_age`, for modules that build their own vault."""
    return birth_date_for_age


@pytest.fixture
def clock(request: pytest.FixtureRequest) -> FixedClock:
    """The vault's clock, at START. An open vault's clock is never set back before its log
    (log_clock.py refuses the write), so a story that starts earlier starts the vault there:
    @pytest.mark.parametrize("clock", [moment], indirect=True)."""
    return FixedClock(getattr(request, "param", START))


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "test.tvault"


@pytest.fixture
def service(vault_path: Path, clock: FixedClock) -> Iterator[Service]:
    svc, _recovery = Service.create(
        vault_path, "Testschool", "Anna de Tester", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        yield svc
    finally:
        svc.close()


@pytest.fixture
def count_rows(service: Service) -> Callable[[str], int]:
    """count_rows("events") → the number of rows in that table of the test vault."""
    return lambda table: row_count(service, table)


@pytest.fixture
def catalog(service: Service) -> SimpleNamespace:
    """The usual recipients, purposes and data categories of a school desk."""
    c = service.catalog
    return SimpleNamespace(
        uwv=c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example"),
        gemeente=c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen"),
        rbl=c.add_recipient("RBL Utrecht", "leerplicht_rmc", "Leerplicht"),
        werkgever=c.add_recipient("Bakkerij De Korenschoof", "werkgever", "", convenant=True),
        werk=c.add_purpose(
            "begeleiding-werk",
            "Begeleiding naar werk",
            "Zodat je hulp krijgt bij het vinden en houden van werk.",
        ),
        stage=c.add_purpose(
            "stage", "Stage regelen", "Zodat je stagebedrijf weet wat je nodig hebt."
        ),
        leerplicht=c.add_purpose(
            "leerplicht", "Leerplicht", "Zodat de leerplichtambtenaar weet waar je op school zit."
        ),
        contact=c.add_category(
            "contact", "Contactgegevens", "Naam, adres, telefoon, e-mail.", "dat", False
        ),
        school=c.add_category(
            "school", "Schoolgegevens", "School, opleiding, klas en mentor.", "dat", False
        ),
        stagegegevens=c.add_category(
            "stagegegevens", "Stagegegevens", "Waar je stage liep en hoe het ging.", "wat", False
        ),
        ondersteuning=c.add_category(
            "ondersteuning",
            "Ondersteuningsbehoefte",
            "Welke begeleiding je nodig hebt op school of werk.",
            "wat",
            False,
        ),
        gezondheid=c.add_category(
            "gezondheid",
            "Gezondheid",
            "Medische gegevens die voor werk van belang zijn.",
            "wat",
            True,
        ),
    )


@pytest.fixture
def make_youth(service: Service, clock: FixedClock) -> Callable[..., YouthCase]:
    """make_youth(age, parents=0|1|2, **youth_fields): a youth of `age` on the clock's date,
    with that many parents with gezag."""
    counter = iter(range(1, 10_000))

    def make(
        age: int,
        parents: int = 0,
        *,
        birth_date: date | None = None,
        **fields: Any,
    ) -> YouthCase:
        n = next(counter)
        born = birth_date or birth_date_for_age(clock.today(), age)
        fields.setdefault("given_name", f"Jongere{n}")
        fields.setdefault("family_name", "de Vries")
        youth = service.people.add_youth(birth_date=born.isoformat(), **fields)
        reps = tuple(
            service.people.add_representative(
                youth.id, f"Ouder {n}-{i + 1}", RepresentativeRole.PARENT, True
            )
            for i in range(parents)
        )
        return YouthCase(youth, reps)

    return make
