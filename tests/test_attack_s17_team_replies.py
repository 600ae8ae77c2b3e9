"""Session 17: one reply, fetched once into the team's mail inbox, confirmed by two desks at
the same moment (two real processes, tests/team_desk.py).

Both desks list the waiting reply and confirm it; the first holds the write turn, the second
waits for it. Before the fix, Remote.confirm stored the message as evidence in a transaction
of its own before the decisions: the second desk's copy of the message was committed as a
second evidence row that no decision points at, and its answer was recorded once more (seen
failing so before). Now the message, the answers and the inbox's mark are one transaction
whose checks run with the turn held: the second desk hears "al eerder verwerkt" and nothing
of its try is left — one evidence row, one decision, one mark, one chain."""

from __future__ import annotations

import hashlib
from email.message import EmailMessage
from email.utils import format_datetime

from team_support import sara_request
from test_attack_s15_team_desks import (
    Desk,
    _decisions,
    _events,
    _waits_for_a_lock,
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)
from test_attack_s16_team_isolation import _pid

from toestemming.clock import FixedClock
from toestemming.service import Service


def _fetched_reply(svc: Service, youth: int, request: int) -> int:
    """Sara's "ja" by e-mail, as the mailbox check stored it (one row, waiting)."""
    svc.people.update_youth(youth, email="sara.jansen@example.nl")
    code = svc.consents.request(request).reference_code
    mail = EmailMessage()
    mail["From"] = "Sara Jansen <sara.jansen@example.nl>"
    mail["To"] = "toestemming@testschool.example"
    mail["Subject"] = f"Re: Toestemming {code}"
    mail["Date"] = format_datetime(svc.clock.now())
    mail["Message-ID"] = "<antwoord-1@example.nl>"
    mail.set_content(f"Code {code}\n1: ja\n")
    raw = mail.as_bytes()
    db = svc.vault.db
    with db.transaction():
        return db.execute(
            "INSERT INTO mail_inbox(folder, uidvalidity, uid, fetched_at, sha256, raw) "
            "VALUES ('INBOX', 1, 1, ?, ?, ?)",
            (svc.clock.now().isoformat(), hashlib.sha256(raw).hexdigest(), raw),
        )


def test_the_same_fetched_reply_confirmed_by_two_desks_at_once_is_recorded_once(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    svc, _, balie, collega, desks = team
    request, item, youth = sara_request(svc, clock.today())
    inbox = _fetched_reply(svc, youth, request)
    assert svc.mail_inbox.waiting()[0].proposal.can_confirm
    evidence_before = int(svc.vault.db.scalar("SELECT count(*) FROM evidence"))
    front = Desk(balie, clock.now().isoformat())
    desks.append(front)
    other = Desk(collega, clock.now().isoformat())
    desks.append(other)
    before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))  # (after worker.added)
    other_pid = _pid(other)

    front.ask("inbox hold-turn")
    assert (front.said(), front.said()) == ("seen 1", "holding"), front.error()
    other.ask("inbox")
    assert other.said() == "seen 1"  # both desks list it: neither has recorded it yet
    _waits_for_a_lock(pg_server, pg_database, other_pid)  # the second waits for the turn
    front.ask("go")
    assert front.said() == "written", front.error()
    said = other.said()
    assert said.startswith("refused ") and "al eerder verwerkt" in said, said
    front.finish()
    other.finish()

    db = svc.vault.db
    assert [a for a, _ in _decisions(svc, item)] == ["yes"]
    assert int(db.scalar("SELECT count(*) FROM evidence")) == evidence_before + 1
    evidence = int(db.scalar("SELECT max(id) FROM evidence"))
    # The one evidence row is the one the decision and the inbox's mark point at.
    assert db.scalar("SELECT evidence_id FROM decisions WHERE item_id = ?", (item,)) == evidence
    assert db.query_one("SELECT state, evidence_id FROM mail_inbox WHERE id = ?", (inbox,)) == (
        "confirmed",
        evidence,
    )
    assert _events(svc, before) == ["evidence.added", "decisions.recorded", "mail.reply_handled"]
    _whole(svc)
