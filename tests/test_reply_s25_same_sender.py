"""Two replies of one parent to one request, through the real mailbox (pymap IMAP, child
process): an early "ja" and then "toch niet voor 2", a reply to the reminder after one to the
request, the same mail sent twice. The worker sees both, each naming the other's moment and
whether it says something else; whichever the worker confirms first, the later answer is what
stands — the earlier never silently wins."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_mail_imap import World, _reply, cert, world  # noqa: F401  (fixtures)

from toestemming.errors import RuleViolation
from toestemming.model import Answer, ItemStatus, SignerRef
from toestemming.usecases.mail_inbox import WaitingReply

EARLIER = "Deze persoon stuurde eerder al een antwoord op hetzelfde verzoek"
LATER = "Deze persoon stuurde hierna nog een antwoord op hetzelfde verzoek"


def _later(raw: bytes, minutes: int) -> bytes:
    """The reply re-dated `minutes` later (a second mail written after the first)."""
    import email
    from email import policy
    from email.utils import format_datetime, make_msgid

    msg = email.message_from_bytes(raw, policy=policy.default)
    when = email.utils.parsedate_to_datetime(str(msg["Date"])) + timedelta(minutes=minutes)
    msg.replace_header("Date", format_datetime(when))
    msg.replace_header("Message-ID", make_msgid(domain="example.org"))
    return msg.as_bytes(policy=policy.SMTP)


def _two_waiting(world: World, first: str, second: str) -> tuple[WaitingReply, WaitingReply]:  # noqa: F811
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    [sent] = world.smtp.handler.received
    # the later mail lands FIRST in the mailbox (a phone that sent the first one late)
    world.imap.append(_later(_reply(sent.data, second), 90))
    world.imap.append(_reply(sent.data, first))
    rv.clock.advance(timedelta(hours=3))
    assert svc.mail_inbox.check().new == 2
    waiting = svc.mail_inbox.waiting()
    assert len(waiting) == 2
    early, late = sorted(waiting, key=lambda w: w.proposal.decided_at)  # type: ignore[arg-type, return-value]
    return early, late


def _statuses(world: World) -> list[ItemStatus]:  # noqa: F811
    svc = world.rv.svc
    return [svc.consents.item_status(i.id).status for i in world.rv.main.items]


def _notes(w: WaitingReply) -> str:
    return "\n".join(w.proposal.notes)


def test_an_early_yes_and_a_later_no_for_2_each_name_the_other(world: World) -> None:  # noqa: F811
    early, late = _two_waiting(world, "ja voor allebei", "1 ja, 2 toch niet")
    assert early.proposal.answers == {i.id: Answer.YES for i in world.rv.main.items}
    assert LATER in _notes(early) and "iets anders zegt" in _notes(early)
    assert EARLIER in _notes(late) and "iets anders zegt" in _notes(late)
    assert EARLIER not in _notes(early) and LATER not in _notes(late)


def test_the_later_no_confirmed_first_stands_and_the_earlier_yes_changes_nothing(
    world: World,  # noqa: F811
) -> None:
    svc = world.rv.svc
    early, late = _two_waiting(world, "ja voor allebei", "1 ja, 2 toch niet")
    svc.mail_inbox.confirm(late.inbox_id, late.proposal)
    assert _statuses(world) == [ItemStatus.GIVEN, ItemStatus.REFUSED]
    [again] = svc.mail_inbox.waiting()
    assert again.inbox_id == early.inbox_id and not again.proposal.can_confirm
    with pytest.raises(RuleViolation):
        svc.mail_inbox.confirm(again.inbox_id, again.proposal)
    assert _statuses(world) == [ItemStatus.GIVEN, ItemStatus.REFUSED]  # the earlier never wins


def test_the_earlier_yes_confirmed_first_is_then_withdrawn_by_the_later_no(world: World) -> None:  # noqa: F811
    svc = world.rv.svc
    early, late = _two_waiting(world, "ja voor allebei", "1 ja, 2 toch niet")
    svc.mail_inbox.confirm(early.inbox_id, early.proposal)
    assert _statuses(world) == [ItemStatus.GIVEN, ItemStatus.GIVEN]
    # the later "nee" (read before the "ja" was recorded) is recorded as its withdrawal
    done = svc.mail_inbox.confirm(late.inbox_id, late.proposal)
    assert done.withdrawal is not None
    assert _statuses(world) == [ItemStatus.GIVEN, ItemStatus.WITHDRAWN]
    assert svc.mail_inbox.waiting() == []


def test_a_no_then_a_yes_the_reverse(world: World) -> None:  # noqa: F811
    svc = world.rv.svc
    early, late = _two_waiting(world, "nee", "Toch wel, ja voor allebei")
    assert LATER in _notes(early) and EARLIER in _notes(late)
    svc.mail_inbox.confirm(late.inbox_id, late.proposal)
    [again] = svc.mail_inbox.waiting()
    assert not again.proposal.can_confirm
    assert _statuses(world) == [ItemStatus.GIVEN, ItemStatus.GIVEN]


def test_the_same_answer_sent_twice_says_so_and_is_recorded_once(world: World) -> None:  # noqa: F811
    svc = world.rv.svc
    early, late = _two_waiting(world, "1 ja 2 nee", "1 ja 2 nee")
    assert "hetzelfde zegt" in _notes(early) and "hetzelfde zegt" in _notes(late)
    svc.mail_inbox.confirm(early.inbox_id, early.proposal)
    [again] = svc.mail_inbox.waiting()
    assert not again.proposal.can_confirm  # nothing new: not recorded twice
    assert _statuses(world) == [ItemStatus.GIVEN, ItemStatus.REFUSED]


def test_a_reply_to_the_reminder_after_one_to_the_request(world: World) -> None:  # noqa: F811
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    rv.clock.advance(timedelta(days=8))
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id), reminder=True)
    request, reminder = (r.data for r in world.smtp.handler.received)
    world.imap.append(_reply(request, "ja voor allebei"))
    world.imap.append(_later(_reply(reminder, "Ik bedoelde: 2 liever niet"), 60))
    rv.clock.advance(timedelta(hours=3))
    assert svc.mail_inbox.check().new == 2
    notes = [_notes(w) for w in svc.mail_inbox.waiting()]
    assert any(LATER in n for n in notes) and any(EARLIER in n for n in notes)


def test_two_parents_or_two_requests_are_not_called_the_same_sender(world: World) -> None:  # noqa: F811
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    svc.remote.send(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    first, second = (r.data for r in world.smtp.handler.received)
    from mail_corpus import NOOR

    world.imap.append(_reply(first, "ja"))
    world.imap.append(_reply(second, "nee", sender=NOOR))
    rv.clock.advance(timedelta(hours=3))
    assert svc.mail_inbox.check().new == 2
    for w in svc.mail_inbox.waiting():
        assert EARLIER not in _notes(w) and LATER not in _notes(w)
