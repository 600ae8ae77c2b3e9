"""Generated bad input, 10 000 cases in all: service calls with arbitrary ids, dates and texts
(very long, every Unicode plane, right-to-left, direction overrides, lone surrogates, NUL),
and CSV-like exports → either a normal result or a typed error with a Dutch message; never
another exception; and when refused, nothing written (the connection's change counter).

One vault for the whole module (creating one per example would cost the Argon2 floor each
time); the budget is split over five tests so a failure points at one kind of input."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.model import RepresentativeRole, SignerKind, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.people import YOUTH_FIELDS

PASS = "correct horse battery staple"
NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)

BUDGET = {"youths": 2500, "people": 1500, "csv": 2000, "consent": 2000, "texts": 2000}
assert sum(BUDGET.values()) >= 10_000


def _settings(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@dataclass
class World:
    svc: Service
    youths: list[int]
    reps: list[int]
    requests: list[int]
    items: list[int]
    recipients: list[int]
    purposes: list[int]
    categories: list[int]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    path = tmp_path_factory.mktemp("fuzz") / "kluis.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna", PASS, FixedClock(NOW), kdf=KdfParams())
    c = svc.catalog
    recipients = [c.add_recipient("UWV", "arbeid").id, c.add_recipient("RBL", "leerplicht_rmc").id]
    purposes = [c.add_purpose("werk", "Werk", "Zodat je werk vindt.").id]
    categories = [
        c.add_category("contact", "Contact", "Naam en telefoon.", "dat", False).id,
        c.add_category("gezondheid", "Gezondheid", "Medisch.", "wat", True).id,
    ]
    young = svc.people.add_youth(given_name="Jong", family_name="Kind", birth_date="01-03-2013")
    adult = svc.people.add_youth(given_name="Oud", family_name="Genoeg", birth_date="01-03-2007")
    rep = svc.people.add_representative(young.id, "Ouder Een", RepresentativeRole.PARENT, True)
    req = svc.consents.create_request(
        adult.id, [ItemSpec(purposes[0], recipients[0], (categories[0],))]
    )
    try:
        yield World(
            svc,
            [young.id, adult.id],
            [rep.id],
            [req.id],
            [i.id for i in req.items],
            recipients,
            purposes,
            categories,
        )
    finally:
        svc.close()


def attempt(world: World, call: Callable[[], Any], inputs: tuple[Any, ...] = ()) -> str:
    """Run one generated call: a result, or a typed Dutch error and no change at all."""
    db = world.svc.vault.db
    before = db.total_changes
    try:
        call()
    except ToestemmingError as exc:
        assert isinstance(exc.message, str) and exc.message.strip()
        assert db.total_changes == before, "refused, but something was written"
        for value in inputs:  # personal values never come back in a message
            if isinstance(value, str) and len(value.strip()) >= 8:
                assert value.strip() not in exc.message
        event(f"refused: {type(exc).__name__}")
        return "refused"
    event("accepted")
    return "accepted"


# -- strategies ---------------------------------------------------------------------------------
SPECIAL = (
    "محمد الأمين",
    "אברהם כהן",
    "فاطمة\u200cزهرا",  # ZWNJ inside a Persian name
    "\u202eevil\u202c",
    "a\u2067b\u2069",
    "\u200f\u200e",
    "Ø\u0301degaard",
    "Çelik-Yılmaz",
    "\x00",
    "\ud800",
    "\ufeff",
    " \t\n ",
    "😀👨‍👩‍👧",
    "'; DROP TABLE youths; --",
    "=1+1",
    "\r\n",
)
piece = st.one_of(
    st.text(max_size=10),
    st.sampled_from(SPECIAL),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=3), st.integers(40, 3000)),
)
messy = st.builds("".join, st.lists(piece, max_size=3))
anything = st.one_of(
    messy, st.integers(), st.none(), st.booleans(), st.floats(), st.binary(max_size=8)
)


def _date_text(d: date, style: int) -> str:
    return (d.isoformat(), f"{d.day}-{d.month}-{d.year:04d}", f"{d:%d/%m/%Y}", f"{d:%d.%m.%y}")[
        style
    ]


dates = st.one_of(
    st.builds(_date_text, st.dates(), st.integers(0, 3)),
    st.dates(),
    st.text(alphabet="0123456789-/. ", max_size=12),
    messy,
    st.integers(),
    st.none(),
)
moments = st.one_of(
    st.none(),
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(),  # naive
    st.builds(lambda d: NOW + timedelta(seconds=d), st.integers(-(10**9), 10**9)),
    messy,
    st.integers(),
)


def ids(pool: Callable[[World], list[int]]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.integers(-3, 10**12),
        st.booleans(),
        st.none(),
        st.text(max_size=3),
        st.floats(),
        st.just(pool),  # resolved against the world: a real id
    )


def resolve(world: World, value: Any) -> Any:
    return value(world)[0] if callable(value) else value


def _youths(w: World) -> list[int]:
    return w.youths


def _reps(w: World) -> list[int]:
    return w.reps


def _items(w: World) -> list[int]:
    return w.items


def _requests(w: World) -> list[int]:
    return w.requests


def _recipients(w: World) -> list[int]:
    return w.recipients


def _purposes(w: World) -> list[int]:
    return w.purposes


def _categories(w: World) -> list[int]:
    return w.categories


field_values = st.one_of(messy, dates, anything)
youth_fields = st.fixed_dictionaries(
    {}, optional={**{f: field_values for f in YOUTH_FIELDS}, "onbekend_veld": anything}
)


# -- the tests ----------------------------------------------------------------------------------
@_settings(BUDGET["youths"])
@given(fields=youth_fields, ref=st.one_of(st.none(), messy))
def test_youth_fields(world: World, fields: dict[str, Any], ref: str | None) -> None:
    inputs = tuple(fields.values())
    attempt(world, lambda: world.svc.people.add_youth(external_ref=ref, **fields), inputs)


@_settings(BUDGET["people"])
@given(
    which=st.integers(0, 3),
    youth=ids(_youths),
    rep=ids(_reps),
    name=messy,
    role=st.one_of(st.sampled_from(list(RepresentativeRole)), messy),
    gezag=anything,
    email=st.one_of(messy, st.emails()),
    phone=messy,
    language=st.one_of(st.sampled_from(["nl", "en", "ar", "xx"]), messy),
    changes=youth_fields,
    query=messy,
    left=dates,
)
def test_people_inputs(
    world: World,
    which: int,
    youth: Any,
    rep: Any,
    name: str,
    role: Any,
    gezag: Any,
    email: str,
    phone: str,
    language: str,
    changes: dict[str, Any],
    query: str,
    left: Any,
) -> None:
    svc = world.svc
    y, r = resolve(world, youth), resolve(world, rep)
    calls: list[Callable[[], Any]] = [
        lambda: svc.people.add_representative(y, name, role, gezag, email, phone, language),
        lambda: svc.people.update_youth(y, **changes),
        lambda: (svc.people.search(query), svc.people.set_gezag(r, bool(gezag))),
        lambda: svc.retention.mark_left(y, left),
    ]
    attempt(world, calls[which], (name, email, phone, query, *changes.values()))


def _csv_bytes(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue().encode(encoding, errors="replace")


HEADERS = ["Roepnaam", "Achternaam", "Tussenvoegsel", "Geb.datum", "Leerlingnummer", "E-mail"]
csv_files = st.one_of(
    st.builds(
        _csv_bytes,
        st.lists(
            st.lists(st.one_of(messy, st.builds(_date_text, st.dates(), st.integers(0, 3)))),
            max_size=6,
        ).map(lambda rows: [HEADERS, *rows]),
        st.sampled_from([";", ",", "\t", "|"]),
        st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    ),
    st.binary(max_size=300),
    st.builds(lambda b: b"\xef\xbb\xbf" + b, st.binary(max_size=100)),
)


@_settings(BUDGET["csv"])
@given(data=csv_files)
def test_csv_exports_are_read_without_writing(world: World, data: bytes) -> None:
    db = world.svc.vault.db
    before = db.total_changes
    outcome = attempt(world, lambda: world.svc.youth_import.preview(data))
    assert db.total_changes == before  # a preview never writes, accepted or not
    event(f"csv {outcome}")


@_settings(BUDGET["consent"])
@given(
    which=st.integers(0, 4),
    youth=ids(_youths),
    request=ids(_requests),
    item=ids(_items),
    recipient=ids(_recipients),
    purpose=ids(_purposes),
    category=ids(_categories),
    signer_kind=st.one_of(st.sampled_from(list(SignerKind)), messy),
    signer=ids(_youths),
    answer=st.one_of(st.sampled_from(["yes", "no", "ja", "", "YES"]), anything),
    channel=st.one_of(st.sampled_from(["desk", "tablet", "email", "fax"]), messy),
    until=dates,
    since=dates,
    moment=moments,
    language=st.one_of(st.sampled_from(["nl", "en", "de"]), messy),
)
def test_consent_and_sharing_inputs(
    world: World,
    which: int,
    youth: Any,
    request: Any,
    item: Any,
    recipient: Any,
    purpose: Any,
    category: Any,
    signer_kind: Any,
    signer: Any,
    answer: Any,
    channel: Any,
    until: Any,
    since: Any,
    moment: Any,
    language: Any,
) -> None:
    svc = world.svc
    y, rq, it = resolve(world, youth), resolve(world, request), resolve(world, item)
    rc, pu, ca = resolve(world, recipient), resolve(world, purpose), resolve(world, category)
    who = SignerRef(signer_kind, resolve(world, signer))
    calls: list[Callable[[], Any]] = [
        lambda: svc.consents.create_request(y, [ItemSpec(pu, rc, (ca,))], until, since, language),
        lambda: svc.consents.record_decisions(rq, who, {it: answer}, channel, decided_at=moment),
        lambda: svc.consents.withdraw([it], who, channel, withdrawn_at=moment),
        lambda: svc.sharing.may_share(y, rc, pu, [ca], moment),
        lambda: svc.sharing.record_disclosure(y, rc, pu, [ca], disclosed_at=moment),
    ]
    attempt(world, calls[which], (channel, language))


@_settings(BUDGET["texts"])
@given(
    which=st.integers(0, 5),
    a=messy,
    b=messy,
    c=messy,
    d=messy,
    kind=st.one_of(st.sampled_from(["arbeid", "zorg", "scan", "revoke", "dat", "wat"]), messy),
    flag=anything,
    content=st.one_of(st.binary(max_size=64), st.none(), messy),
    youth=ids(_youths),
    item=ids(_items),
    days=st.one_of(st.integers(-5, 400), anything),
)
def test_free_text_inputs(
    world: World,
    which: int,
    a: str,
    b: str,
    c: str,
    d: str,
    kind: Any,
    flag: Any,
    content: Any,
    youth: Any,
    item: Any,
    days: Any,
) -> None:
    svc = world.svc
    y, it = resolve(world, youth), resolve(world, item)
    rc, pu = world.recipients[1], world.purposes[0]
    calls: list[Callable[[], Any]] = [
        lambda: svc.catalog.add_recipient(a, kind, b, c, d, bool(flag)),
        lambda: svc.catalog.add_purpose(a, b, c, d),
        lambda: svc.catalog.add_category(a, b, c, kind, bool(flag)),
        lambda: svc.sharing.record_assessment(y, rc, pu, kind, a, b, c, d, flag),
        lambda: svc.evidence.add(kind, a, content),
        lambda: (svc.consents.act_on_item(it, kind, a), svc.backups.set_warn_after_days(days)),
    ]
    attempt(world, calls[which], (a, b, c, d))


def test_the_vault_is_whole_after_the_storm(world: World, tmp_path: Path) -> None:
    """After all generated input (runs last in this module): file, cache and chain intact,
    and a backup of it restores and verifies."""
    svc = world.svc
    assert svc.integrity_problems() == []
    assert svc.verify_audit(deep=True).ok
    info = svc.backups.create(tmp_path / "na-de-storm.tbackup")
    report = Service.restore_backup(info.path, tmp_path / "terug.tvault", PASS)
    assert report.events == info.events
