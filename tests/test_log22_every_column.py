"""Every stored column follows the log, or says why not (issue 20's first rule; session 18).

Session 17 found registry values that no event carried: a recipient's e-mail and phone (where
a withdrawal notice or a form is sent), a data category's description, a representative's
language (which language their mails are in), the moments recipients and purposes were made.
An insider with the legitimately unlocked key (sqlcipher3) changed them by hand, the log left
alone, and `check` said "in orde".

This test is the insider, for the whole class: it walks the schema of a vault with a row in
(nearly) every table, changes each column of one row in turn with sqlcipher3, and holds
`check` (file, log, replay) to naming a problem — unless toestemming/replay_columns.py says
why that column needs no comparison. A new column that is neither fails here."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from forms_scenario import Scenario, build, transition_data
from mail_corpus import ORG
from mail_support import smtp_server
from replay_support import NAMES, attacker_connection, lifted_edit
from test_signing_core import wave
from tsa_support import local_tsa

from toestemming import log_clock
from toestemming.capture.settings import RemoteSettings, Security
from toestemming.clock import FixedClock
from toestemming.health_schema import problems as schema_problems
from toestemming.language import SOURCE
from toestemming.model import Answer, Policy, SignerRef
from toestemming.replay_columns import META_COMPARED, meta_not_compared, not_compared
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

PASS = "correct horse battery staple"
START = datetime(2026, 11, 27, 10, tzinfo=UTC)
CONTACT_MAIL = "werkbedrijf@uwv.example"

# Values the schema's CHECK constraints allow, tried when "another value" is refused.
ALLOWED = [
    "dat",
    "wat",
    "youth",
    "representative",
    "yes",
    "no",
    "public_task",
    "private",
    "parent",
    "guardian",
    "curator",
    "mentor",
    "none",
    "curatele",
    "mentorschap",
    "havo",
    "vwo",
    "mbo2",
    "mbo3",
    "mbo4",
    "category",
    "recipient",
    "item",
    "request",
    "evidence",
    "legal_obligation",
    "vital_interest",
    "youth_and_parents",
    "parents",
    "nobody",
    "en",
    "nl",
    "ar",
    "retention",
    "reminder",
    "eml",
    "withdrawal",
    "request",
    "revoke",
    "invalidate",
    "supersede",
    "expire",
]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    path = tmp_path_factory.mktemp("log22") / "kluis.tvault"
    clock = FixedClock(START)
    svc, _ = Service.create(path, "Walkschool", "Anna", PASS, clock, kdf=KdfParams())
    try:
        s = build(svc, clock)
        _more_rows(svc, clock, s)
        clock.advance(timedelta(days=1))
        yield svc
    finally:
        conn = _CONNECTIONS.pop(id(svc), None)
        if conn is not None:
            conn.close()
        svc.close()


def _more_rows(svc: Service, clock: FixedClock, s: Scenario) -> None:
    """A row in the tables build() leaves empty, and the values session 17 found unlogged."""
    c = svc.catalog
    uwv = c.add_recipient(
        "UWV Werkbedrijf", "arbeid", "Werk", email=CONTACT_MAIL, phone="088-8989898"
    )
    c.set_recipient_description(uwv.id, "nl", "Helpt je aan werk.")
    c.set_recipient_active(uwv.id, False)
    svc.people.add_representative(s.marek, "Ahmed Haddad", "parent", True, language="ar")
    svc.forms.save_transition_form(s.marek, transition_data(s.request.id))
    svc.set_policy(Policy())  # stored in meta (compared with policy.changed)
    c.set_category_english_names(c.standard_english_names())
    rbl_item, _gem, uwv_item = s.request.items
    weighing = svc.sharing.record_assessment(  # after Marek's "no" to the UWV
        s.marek,
        uwv_item.recipient.id,
        uwv_item.purpose.id,
        "legal_obligation",
        "Leerplichtwet: verzuimmelding.",
        "Alleen om het verzuim terug te dringen.",
        "Alleen dat de jongere in een traject zit.",
        "Eerst met de jongere zelf besproken.",
        True,
        dat_only=True,
    )
    svc.sharing.record_disclosure(
        s.marek,
        uwv_item.recipient.id,
        uwv_item.purpose.id,
        [rbl_item.categories[0].id],
        assessment_id=weighing.id,
        justification=Justification(
            "youth_and_parents",
            ground="legal_obligation",
            reason="De wet verplicht het melden.",
            confirmed=True,
        ),
    )
    svc.objections.record(
        s.youssef, uwv_item.recipient.id, uwv_item.purpose.id, SignerRef.youth(s.youssef), "desk"
    )
    verzuim = c.add_purpose("verzuimmelding", "Verzuimmelding", "De school meldt verzuim.")
    svc.legal_duties.mark(verzuim.id, "Leerplichtwet 1969, art. 21", until_age=18)
    svc.qualifications.record(s.youssef, "mbo2", "01-07-2026")
    svc.qualifications.record(s.marek, "havo", "01-07-2026")
    svc.qualifications.take_back(s.marek, "Diploma bij de verkeerde jongere ingevoerd.")
    svc.evidence.add_linked("scan", "application/pdf", b"%PDF-1.4 scan", s.request.id, "scan")
    svc.consents.act_on_item(s.zoe_request.items[0].id, "invalidate", "Verkeerd ingevoerd.")
    gone = svc.people.add_youth(given_name="Weg", family_name="Gewist", birth_date="2008-01-01")
    svc.retention.erase(gone.id, "request")
    _signed_and_sent(svc, clock, s, verzuim.id, rbl_item.recipient.id)
    with local_tsa() as tsa:
        svc.trusted_time.set_url(tsa.url)
        svc.checkpoint()
        svc.trusted_time.set_url(None)


def _signed_and_sent(
    svc: Service, clock: FixedClock, s: Scenario, purpose: int, recipient: int
) -> None:
    """A request signed on the tablet in English (signing_sessions, item_texts) and one sent
    by e-mail that nobody answers (remote_messages, remote_expiries)."""
    svc.catalog.revise_purpose(purpose, "Absence report", "The school reports absence.", "en")
    youth = SignerRef.youth(s.youssef)
    contact = s.request.items[0].categories[0].id
    signed = svc.consents.create_request(s.youssef, [ItemSpec(purpose, recipient, (contact,))])
    session = svc.signing.session(signed.id)
    shown = {i.item_id: i.texts["en"][1] for i in session.items}
    started = clock.now()
    clock.advance(timedelta(minutes=3))
    answers = {i.item_id: Answer.YES for i in session.items}
    svc.signing.sign_decisions(signed.id, youth, "en", answers, (), shown, wave(), started)
    svc.people.update_youth(s.youssef, email="youssef@example.nl")
    mailed = svc.consents.create_request(s.youssef, [ItemSpec(purpose, recipient, (contact,))])
    svc.remote.set_settings(
        RemoteSettings(app_number="+31 6 11122233", reply_address=ORG, contact_text="Balie")
    )
    with smtp_server(Security.NONE) as server:
        svc.remote.set_smtp_settings(server.settings())
        svc.remote.send(mailed.id, youth)
    clock.advance(timedelta(days=svc.remote.settings().expiry_days + 1))
    assert svc.remote.expire_overdue() == [mailed.id]


def _other(value: Any) -> list[Any]:
    """Values to put in place of `value`, the likeliest first."""
    if isinstance(value, bytes):  # one byte in the middle (bytes after the end: DER ignores)
        middle = len(value) // 2
        return (
            [value[:middle] + bytes([value[middle] ^ 1]) + value[middle + 1 :]] if value else [b"x"]
        )
    if isinstance(value, bool | int):
        return [1 - value] if value in (0, 1) else [value + 1, value - 1]
    if value is None:
        return ["x", 1]
    text = str(value)
    return [text + "x" if text else "x", *[a for a in ALLOWED if a != text]]


_CONNECTIONS: dict[int, Any] = {}
# The tables item_state is derived from (replay_support.lifted_edit re-derives it).
_ITEM_STATE_FROM = frozenset(
    {"consent_items", "consent_requests", "decisions", "withdrawals", "item_actions"}
    | {"item_categories"}
)


def _edit(svc: Service, table: str, statements: list[tuple[str, tuple[Any, ...]]]) -> None:
    """The insider's edit of `table` (as replay_support.lifted_edit: its triggers dropped and
    put back, the item_state cache re-derived, the log left alone) on one sqlcipher3
    connection kept open for the walk. A value the schema refuses leaves nothing changed."""
    conn = _CONNECTIONS.get(id(svc))
    if conn is None:
        conn = _CONNECTIONS[id(svc)] = attacker_connection(svc)
        conn.execute("PRAGMA synchronous = OFF")  # a test copy: no fsync per edit
    if table in _ITEM_STATE_FROM:
        try:
            lifted_edit(conn, statements, must_hit=True)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).fetchall()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for sql, params in statements:
            assert conn.execute(sql, params).rowcount >= 1, sql
        for _, text in triggers:
            conn.execute(text)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _check(svc: Service) -> list[str]:
    """What `toestemming-cli check` finds (cli._check): the file and its schema, the log
    (deep) and its recorded head, the replay of every table, the RFC 3161 token rows and
    dates that run back."""
    problems = (
        svc.integrity_problems(svc.verify_audit(deep=True))
        + svc.log_head_problems
        + schema_problems(svc.vault.db)
    )
    problems += svc.log_head_deep_problems() + svc.stamp_row_problems()
    return problems + [p.text_in(SOURCE) for p in log_clock.read_dates(svc.vault.db).problems]


def _tables(svc: Service) -> list[str]:
    return [
        str(r[0])
        for r in svc.vault.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]


def _columns(svc: Service, table: str) -> tuple[list[str], list[str]]:
    info = list(svc.vault.db.query(f"PRAGMA table_info({table})"))
    pk = [str(c[1]) for c in sorted(info, key=lambda c: int(c[5])) if int(c[5])]
    return [str(c[1]) for c in info], pk


def _silent_columns(svc: Service, table: str) -> tuple[list[str], bool]:
    """The columns of `table` whose hand edit `check` did not notice (and were not excused),
    and whether the table had a row to edit."""
    columns, pk = _columns(svc, table)
    key = pk or columns
    order = ", ".join(key)
    row = svc.vault.db.query_one(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
    if row is None:
        return [], False
    values = dict(zip(columns, row, strict=True))
    where = " AND ".join(f"{k} IS ?" for k in key)
    silent = []
    restore: list[tuple[str, tuple[Any, ...]]] = []  # the last edit undone with the next one
    for column in columns:
        if not_compared(table, column) is not None:
            continue
        for other in _other(values[column]):
            change = (
                f"UPDATE {table} SET {column} = ? WHERE {where}",
                (other, *(values[k] for k in key)),
            )
            try:
                _edit(svc, table, [*restore, change])
            except Exception:  # the schema refuses this value: try the next
                continue
            back = tuple(other if k == column else values[k] for k in key)
            restore = [(f"UPDATE {table} SET {column} = ? WHERE {where}", (values[column], *back))]
            found = _check(svc)
            if not found:
                silent.append(column)
            else:
                assert not any(n in line for n in NAMES for line in found), found
            break
        else:
            silent.append(f"{column} (no other value accepted)")
    if restore:
        _edit(svc, table, restore)
    return silent, True


def test_the_untouched_walk_vault_checks_clean(vault: Service) -> None:
    assert _check(vault) == []


def test_a_hand_edit_of_any_column_is_found_or_excused(vault: Service) -> None:
    silent: dict[str, list[str]] = {}
    empty = []
    for table in _tables(vault):
        if not_compared(table, "*") is not None or table == "meta":
            continue
        missed, had_row = _silent_columns(vault, table)
        if not had_row:
            empty.append(table)
        if missed:
            silent[table] = missed
    assert _check(vault) == []  # every edit was put back
    assert not empty, f"no row to edit in: {empty} (add one to the scenario)"
    assert not silent, f"hand edits `check` did not notice: {silent}"


def _changed(value: str) -> str:
    """Another meaning, not only other bytes: a JSON object gets one value changed."""
    try:
        doc = json.loads(value)
    except ValueError:
        return value + "x"
    if not isinstance(doc, dict) or not doc:
        return value + "x"
    first = sorted(doc)[0]
    doc[first] = _other(doc[first])[0]
    return json.dumps(doc, sort_keys=True)


def test_every_meta_row_is_compared_or_excused(vault: Service) -> None:
    keys = {str(r[0]) for r in vault.vault.db.query("SELECT key FROM meta")}
    unknown = {k for k in keys - META_COMPARED if meta_not_compared(k) is None}
    assert not unknown, unknown
    for key in sorted(META_COMPARED & keys):
        value = str(vault.vault.db.scalar("SELECT value FROM meta WHERE key = ?", (key,)))
        _edit(vault, "meta", [("UPDATE meta SET value = ? WHERE key = ?", (_changed(value), key))])
        found = _check(vault)
        _edit(vault, "meta", [("UPDATE meta SET value = ? WHERE key = ?", (value, key))])
        assert found, key


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-x", "-q"]))
