"""Session 15: the same person answers the same item twice, by any channel.

A hurried parent replies to the request mail twice, taps the app link again on another phone,
or says "nee" at the desk after a "ja" by e-mail. One rule in the core (rules.answer_effect,
applied by Consents.prepare_decisions for tablet, desk, paper, e-mail and app):
- the same answer again appends nothing (no second "ja" in the history or the proof), and the
  worker is told so in Dutch; nothing is stored, not even the second message;
- "nee" after one's own "ja" is a withdrawal (DOMAIN rule 4), recorded as a withdrawal with its
  moment and evidence, never as an edited or extra decision;
- "ja" after one's own "nee" is a new consent, and the reply proposal says so;
- an answer older than the person's own later answer (an old mail read late) changes nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from mail_corpus import _simple
from mail_support import RemoteVault
from test_mail_replies import READ_AT, _counts, rv

from toestemming.errors import RuleViolation
from toestemming.model import Answer, ItemStatus, SignerRef

__all__ = ["rv"]  # test_mail_replies' fixture: the day after the requests


def _reply(body: str, date: str, msgid: str) -> bytes:
    return _simple(body, date=date, msgid=msgid)


def _decisions(rv: RemoteVault, item_id: int) -> list[tuple[str, str]]:
    return [
        (str(r[0]), str(r[1]))
        for r in rv.svc.vault.db.query(
            "SELECT answer, channel FROM decisions WHERE item_id = ? ORDER BY id", (item_id,)
        )
    ]


def _texts(items: tuple[str, ...]) -> str:
    return " ".join(str(i) for i in items)


def test_a_reply_sent_twice_records_each_answer_once(rv: RemoteVault) -> None:
    """Sam answers "1 ja, 2 ja", and eight minutes later sends it again (another message, the
    same words). The second mail proposes nothing to confirm; confirming it anyway, or the
    desk typing the same answers, records nothing — not even the second mail as evidence."""
    first = _reply("1 ja\n2 ja\n\nGroet, Sam", "Tue, 24 Nov 2026 09:12:40 +0100", "<a1@x.nl>")
    second = _reply("1 ja, 2 ja", "Tue, 24 Nov 2026 09:20:02 +0100", "<a2@x.nl>")
    remote = rv.svc.remote
    remote.confirm(remote.read_reply(first))
    before = _counts(rv)

    again = remote.read_reply(second)
    assert not again.can_confirm
    assert "niets nieuws" in _texts(again.problems)
    assert "al hetzelfde antwoord" in _texts(again.notes)
    with pytest.raises(RuleViolation):
        remote.confirm(again)
    sam = SignerRef.youth(rv.sam.id)
    one, two = (i.id for i in rv.main.items)
    with pytest.raises(RuleViolation) as raised:
        rv.svc.consents.record_decisions(rv.main.id, sam, {one: "yes", two: "yes"}, "desk")
    assert "al precies zo beantwoord" in str(raised.value)
    assert "1, 2" in str(raised.value)
    assert _counts(rv) == before
    assert _decisions(rv, one) == [("yes", "email")]
    history = rv.svc.consents.item_history(one)
    assert [h["kind"] for h in history].count("decisions.recorded") == 1
    assert rv.svc.integrity_problems() == []


def test_yes_by_mail_then_no_at_the_desk_is_a_withdrawal_with_its_moment(
    rv: RemoteVault,
) -> None:
    """ "Ja" to both by e-mail; two days later at the desk Sam says "nee" to the internship.
    That is a withdrawal: a withdrawal row at the moment she said it, no "nee" decision beside
    her "ja", item 2 withdrawn (not merely refused, which a later "ja" would undo), item 1
    still given; the repeated "ja" for item 1 in the same desk entry adds nothing."""
    mail = _reply("1 ja\n2 ja", "Tue, 24 Nov 2026 09:12:40 +0100", "<b1@x.nl>")
    rv.svc.remote.confirm(rv.svc.remote.read_reply(mail))
    rv.clock.advance(timedelta(days=2))
    said_at = rv.clock.now() - timedelta(minutes=10)
    sam = SignerRef.youth(rv.sam.id)
    one, two = (i.id for i in rv.main.items)

    ids = rv.svc.consents.record_decisions(
        rv.main.id, sam, {one: "yes", two: "no"}, "desk", decided_at=said_at
    )

    assert ids == []  # no decision row: item 1 unchanged, item 2 a withdrawal
    assert _decisions(rv, two) == [("yes", "email")]
    assert _decisions(rv, one) == [("yes", "email")]
    row = rv.svc.vault.db.query_one(
        "SELECT item_id, channel, withdrawn_at, signer_kind FROM withdrawals"
    )
    assert row is not None and int(row[0]) == two and row[1] == "desk" and row[3] == "youth"
    assert datetime.fromisoformat(str(row[2])).astimezone(UTC) == said_at.astimezone(UTC)
    now = rv.clock.now()
    assert rv.svc.consents.item_status(two, now).status == ItemStatus.WITHDRAWN
    assert rv.svc.consents.item_status(one, now).status == ItemStatus.GIVEN
    # Closed for good: a "ja" afterwards (an old app link) cannot reopen it.
    with pytest.raises(RuleViolation):
        rv.svc.consents.record_decisions(rv.main.id, sam, {two: "yes"}, "app")
    assert rv.svc.integrity_problems() == []


def test_no_then_yes_by_reply_is_recorded_as_a_new_consent_and_the_worker_is_told(
    rv: RemoteVault,
) -> None:
    """At the desk Sam said "nee" to item 1 (and "ja" to 2); the next day she mails "1 ja".
    A "ja" after one's own "nee" is a new consent: recorded as a decision, and the proposal
    tells the worker that before anything is stored (not a silent change)."""
    sam = SignerRef.youth(rv.sam.id)
    one, two = (i.id for i in rv.main.items)
    desk_at = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    rv.svc.consents.record_decisions(
        rv.main.id, sam, {one: "no", two: "yes"}, "desk", decided_at=desk_at
    )
    later = _reply("1 ja\n2 ja", "Tue, 24 Nov 2026 09:40:00 +0100", "<c1@x.nl>")

    proposal = rv.svc.remote.read_reply(later)

    assert proposal.can_confirm, proposal.problems
    notes = _texts(proposal.notes)
    assert "Onderdeel 1: deze persoon zei op 24-11-2026 nee en zegt nu ja" in notes
    assert "nieuwe toestemming" in notes
    assert "Onderdeel 2: deze persoon gaf op 24-11-2026 al hetzelfde antwoord" in notes
    result = rv.svc.remote.confirm(proposal)
    assert len(result.decision_ids) == 1 and result.withdrawal is None
    assert _decisions(rv, one) == [("no", "desk"), ("yes", "email")]
    assert _decisions(rv, two) == [("yes", "desk")]
    assert rv.svc.consents.item_status(one, rv.clock.now()).status == ItemStatus.GIVEN


def test_a_no_by_reply_after_ones_own_yes_is_proposed_and_recorded_as_a_withdrawal(
    rv: RemoteVault,
) -> None:
    """The worker sees "wordt vastgelegd als intrekking" before confirming; confirmed, it is a
    withdrawal with the mail as evidence, and the recipients already served are listed."""
    sam = SignerRef.youth(rv.sam.id)
    one, two = (i.id for i in rv.main.items)
    rv.svc.consents.record_decisions(
        rv.main.id, sam, {one: "yes", two: "yes"}, "desk", decided_at=rv.clock.now() - READ_AT
    )
    mail = _reply("1 nee\n2 ja", "Tue, 24 Nov 2026 09:12:40 +0100", "<d1@x.nl>")

    proposal = rv.svc.remote.read_reply(mail)

    assert proposal.can_confirm, proposal.problems
    assert "wordt vastgelegd als intrekking" in _texts(proposal.notes)
    result = rv.svc.remote.confirm(proposal)
    assert result.decision_ids == ()
    assert result.withdrawal is not None and len(result.withdrawal.withdrawals) == 1
    w = result.withdrawal.withdrawals[0]
    assert w.item_id == one and w.evidence_id == result.evidence_id
    assert rv.svc.consents.item_status(one, rv.clock.now()).status == ItemStatus.WITHDRAWN
    assert _decisions(rv, one) == [("yes", "desk")]
    assert rv.svc.integrity_problems() == []


def test_an_old_reply_read_after_a_later_answer_at_the_desk_changes_nothing(
    rv: RemoteVault,
) -> None:
    """Sam mailed "nee, nee" on Tuesday morning; an hour later she came by and said "ja" to both at
    the desk. The mail is read in on Wednesday: it is older than her own later answer, so it
    is not recorded (no "nee" rows in the history beside a "ja" that counts)."""
    sam = SignerRef.youth(rv.sam.id)
    one, two = (i.id for i in rv.main.items)
    noon = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # before the clock (10:30 UTC)
    rv.svc.consents.record_decisions(
        rv.main.id, sam, {one: "yes", two: "yes"}, "desk", decided_at=noon
    )
    old = _reply("1 nee\n2 nee", "Tue, 24 Nov 2026 09:12:40 +0100", "<e1@x.nl>")
    before = _counts(rv)

    proposal = rv.svc.remote.read_reply(old)

    assert not proposal.can_confirm
    assert "later (op 24-11-2026) al anders geantwoord" in _texts(proposal.notes)
    with pytest.raises(RuleViolation) as raised:
        rv.svc.remote.confirm(proposal)
    assert "Niets vastgelegd" in str(raised.value) or "niets" in str(raised.value)
    assert _counts(rv) == before
    assert rv.svc.consents.item_status(one, rv.clock.now()).status == ItemStatus.GIVEN


def test_a_stale_app_link_after_the_item_was_withdrawn_records_nothing(rv: RemoteVault) -> None:
    """The QR's pre-filled message, sent from a second phone after Sam withdrew item 1 at the
    desk, cannot reopen it: nothing to confirm, and the core refuses it too."""
    sam = SignerRef.youth(rv.sam.id)
    one, two = (i.id for i in rv.main.items)
    rv.svc.consents.record_decisions(rv.main.id, sam, {one: "yes", two: "yes"}, "app")
    rv.svc.withdrawals.withdraw([one], sam, "desk")
    rv.clock.advance(timedelta(hours=2))
    before = _counts(rv)
    code = rv.main.reference_code

    proposal = rv.svc.remote.read_app_message(
        "06-12345678", rv.clock.now(), f"Code {code}\n1: ja\n2: ja"
    )

    assert not proposal.can_confirm
    assert "ingetrokken" in _texts(proposal.problems)
    with pytest.raises(RuleViolation):
        rv.svc.remote.confirm(proposal)
    assert _counts(rv) == before
    assert rv.svc.consents.item_status(one, rv.clock.now()).status == ItemStatus.WITHDRAWN


def test_the_rule_itself() -> None:
    """rules.answer_effect on a signer's own history (pure)."""
    from toestemming.model import Channel, Decision
    from toestemming.rules import AnswerEffect, answer_effect

    t = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    me = SignerRef.youth(1)

    def d(i: int, answer: Answer, at: datetime) -> Decision:
        return Decision(i, 7, me, "youth", answer, at, at, Channel.EMAIL, 1, None, False, "x")

    hour = timedelta(hours=1)
    assert answer_effect([], Answer.YES, t)[0] == AnswerEffect.NEW
    assert answer_effect([d(1, Answer.YES, t)], Answer.YES, t + hour)[0] == AnswerEffect.SAME
    assert answer_effect([d(1, Answer.YES, t)], Answer.NO, t + hour)[0] == AnswerEffect.WITHDRAWAL
    assert answer_effect([d(1, Answer.NO, t)], Answer.YES, t + hour)[0] == AnswerEffect.RECONSENT
    assert answer_effect([d(1, Answer.YES, t)], Answer.NO, t - hour)[0] == AnswerEffect.OVERTAKEN
    # The latest own answer counts, not the first.
    history = [d(1, Answer.YES, t), d(2, Answer.NO, t + hour)]
    assert answer_effect(history, Answer.YES, t + 2 * hour)[0] == AnswerEffect.RECONSENT
    assert answer_effect(history, Answer.NO, t + 2 * hour)[0] == AnswerEffect.SAME
