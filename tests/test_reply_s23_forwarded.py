"""reply23: a reply forwarded by the school's secretariat ("Zie hieronder het antwoord van de
moeder van Sam", Outlook's "Van:/Verzonden:" block, then the parent's own mail). Before, the
worker saw no answer at all (the secretariat is no representative); now the forwarded mail's
answer is read and highlighted, marked "doorgestuurd", and can never be confirmed as it stands
(nobody can tell from a forward what the parent sent, or when). Through the import of a real
vault."""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import format_datetime

import pytest
import reply_s22_mails as s22
from mail_corpus import CODE_MAIN
from mail_support import RemoteVault, build_remote_vault
from reply_table import CODE
from test_mail_replies import READ_AT

from toestemming.capture.reply_forwarded import forwarded_part
from toestemming.model import Answer

MOTHER = "moeder.devries@example.org"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("s23fwd") / "t.tvault", mp)
    v.svc.people.add_representative(v.sam.id, "Marja de Vries", "parent", True, email=MOTHER)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


def _forward(vault: RemoteVault, answer: str, parent: str = MOTHER) -> bytes:
    raw = s22.message("secretariat-forward", answer)
    raw = raw.replace(CODE.encode(), CODE_MAIN.encode())
    raw = raw.replace(
        b"Van: Marja de Vries <sam.devries@example.org>", f"Van: Marja de Vries <{parent}>".encode()
    )
    return raw.replace(
        b"Thu, 03 Dec 2026 19:41:07 +0100",
        format_datetime(vault.clock.now() - READ_AT / 2).encode(),
    )


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("1 ja 2 nee", (Answer.YES, Answer.NO)),
        ("Ja voor alles", (Answer.YES, Answer.YES)),
        ("Nee", (Answer.NO, Answer.NO)),
    ],
)
def test_a_forwarded_answer_is_shown_and_never_confirmable(
    vault: RemoteVault, answer: str, want: tuple[Answer, ...]
) -> None:
    proposal = vault.svc.remote.read_reply(_forward(vault, answer))
    assert proposal.request_id == vault.main.id
    assert tuple(i.answer for i in proposal.items) == want
    # the words that decided it are the parent's, in the text the worker sees
    for item in proposal.items:
        assert item.evidence
        assert all(proposal.text[a:b].strip() for a, b in item.evidence)
    assert proposal.signer is None and proposal.signer_label == "ouder"
    assert not proposal.can_confirm
    assert "Doorgestuurd" in str(proposal.problems[0])


def test_a_forward_of_someone_unknown_proposes_nothing(vault: RemoteVault) -> None:
    proposal = vault.svc.remote.read_reply(_forward(vault, "1 ja 2 nee", "iemand@example.net"))
    assert proposal.items == () and not proposal.can_confirm


def test_the_secretariats_own_words_are_not_the_forward() -> None:
    """Only a header block at the top level starts a forward: not a quote, not a lone line."""
    assert forwarded_part("1 ja\n\n> Van: x <a@b.nl>\n> Aan: y\n\n> 2 nee") is None
    assert forwarded_part("Van: de moeder van Sam\n\n1 ja") is None
    found = forwarded_part("Zie hieronder.\n\nVan: M <m@example.org>\nAan: S\n\n1 ja")
    assert found is not None and found.address == "m@example.org"


def test_a_forwarded_withdrawal_is_shown_as_one_and_never_confirmable(vault: RemoteVault) -> None:
    proposal = vault.svc.remote.read_reply(_forward(vault, "Ik trek mijn toestemming in"))
    assert proposal.withdrawal and len(proposal.items) == 2
    assert proposal.signer is None and not proposal.can_confirm
    assert "Doorgestuurd" in str(proposal.problems[0])
