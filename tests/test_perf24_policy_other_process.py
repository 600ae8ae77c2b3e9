"""Perf24: "Mag ik delen?" reads the database's change mark once per question and hands it to
the policy (Context.policy_as_of) instead of taking a second one. The policy kept between
questions must still be read again after another process committed a new one — on a single
desk's vault file, not only on a team server (multi26's test).

The colleague is a real second process on the same vault file: the administrator's desk sets
"every parent with gezag must consent" while a read-only window keeps asking about Lotte (14),
for whom only her mother said yes under "one parent suffices"."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.model import ParentPolicy, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

PASS = "correct horse battery staple"
START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

# The administrator's desk in its own process: sets the parent rule it is told, on each line.
ADMIN = r"""
import sys
from dataclasses import replace
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.model import ParentPolicy
from toestemming.service import Service

path, passphrase, moment = sys.argv[1:4]
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(moment)))
print("ready", flush=True)
for line in sys.stdin:
    if not line.strip():
        break
    svc.set_policy(replace(svc.policy(), parent_policy=ParentPolicy(line.strip())))
    print("set", flush=True)
svc.close()
"""


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, tuple[int, int, int, int]]:
    """Lotte (14), two parents with gezag, asked about UWV; her mother said yes."""
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    try:
        svc.set_policy(replace(svc.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
        c = svc.catalog
        uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
        werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
        contact = c.add_category("contact", "Contactgegevens", "Naam en adres.", "dat", False)
        lotte = svc.people.add_youth(given_name="Lotte", family_name="Bos", birth_date="2012-01-01")
        mother = svc.people.add_representative(lotte.id, "Moeder", RepresentativeRole.PARENT, True)
        svc.people.add_representative(lotte.id, "Vader", RepresentativeRole.PARENT, True)
        asked = svc.consents.create_request(lotte.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
        svc.consents.record_decisions(
            asked.id, SignerRef.representative(mother.id), {asked.items[0].id: "yes"}, "desk"
        )
    finally:
        svc.close()
    return path, (lotte.id, uwv.id, werk.id, contact.id)


@pytest.fixture
def admin(vault: tuple[Path, tuple[int, int, int, int]]) -> Iterator[subprocess.Popen[str]]:
    path, _ = vault
    child = subprocess.Popen(
        [sys.executable, "-c", ADMIN, str(path), PASS, (START + timedelta(minutes=1)).isoformat()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()


def _set(admin: subprocess.Popen[str], rule: ParentPolicy) -> None:
    assert admin.stdin is not None and admin.stdout is not None
    admin.stdin.write(f"{rule.value}\n")
    admin.stdin.flush()
    assert admin.stdout.readline().strip() == "set"


def test_a_window_asking_again_and_again_sees_the_parent_rule_another_process_set(
    vault: tuple[Path, tuple[int, int, int, int]], admin: subprocess.Popen[str]
) -> None:
    path, (lotte, uwv, werk, contact) = vault
    window = Service.open(
        path, PASS, clock=FixedClock(START + timedelta(minutes=2)), read_only=True
    )
    try:
        for _ in range(3):  # asked again and again: the policy is kept between questions
            assert window.sharing.may_share(lotte, uwv, werk, [contact]).allowed

        _set(admin, ParentPolicy.ALL_WITH_GEZAG)  # committed by the other process

        answer = window.sharing.may_share(lotte, uwv, werk, [contact])
        assert not answer.allowed  # the father's answer is still missing
        assert window.policy().parent_policy == ParentPolicy.ALL_WITH_GEZAG
        assert not window.sharing.may_share(lotte, uwv, werk, [contact]).allowed

        _set(admin, ParentPolicy.ONE_WITH_GEZAG)  # and back: the very next question says so
        assert window.sharing.may_share(lotte, uwv, werk, [contact]).allowed
    finally:
        window.close()
