"""Multi26: the organisation's policy changed at one team desk while another desk is open.

The policy (who of the parents must decide, co-decision at 12–15, the organisation as a public
body, the default validity, retention, the auto-lock time) is read once per open vault and kept
in memory (usecases Context.policy). On a team server another desk changes it: the
administrator at desk A sets "every parent with gezag must consent" — and Wim's desk B, open
since the morning, kept deciding by "one parent suffices" until it was closed: Wim records the
mother's "ja" and "Mag ik delen?" at his desk says yes, where desk A (and the log) say the
father's answer is still missing. Two windows, two answers on the same data.

Now a desk reads the policy again when the server's stored policy has changed (one small
read of the meta row per question; the same on a vault, where one program writes).

Real PostgreSQL, two desks (two Services, each its own connection and login)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from review21_support import MONDAY
from team_pair import anna_and_wim

from toestemming.model import ParentPolicy, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.fixture(name="pair")
def pair_fixture(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Service, Service]]:
    def one_parent(anna: Service) -> None:
        anna.set_policy(replace(anna.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))

    with anna_and_wim(pg_server, pg_database, tmp_path, monkeypatch, one_parent) as pair:
        yield pair


def test_a_policy_set_at_one_desk_holds_at_the_desk_open_beside_it(
    pair: tuple[Service, Service],
) -> None:
    anna, wim = pair
    assert wim.policy().parent_policy == ParentPolicy.ONE_WITH_GEZAG  # read at its open
    c = anna.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    contact = c.add_category("contact", "Contactgegevens", "Naam en telefoon.", "dat", False)
    today = MONDAY.date()
    tim = anna.people.add_youth(
        given_name="Tim",
        family_name="Bos",
        birth_date=today.replace(year=today.year - 10).isoformat(),
    )
    mother = anna.people.add_representative(tim.id, "Els Bos", "parent", True)
    anna.people.add_representative(tim.id, "Kees Bos", "parent", True)

    # The administrator, at her desk: from now on every parent with gezag must consent.
    anna.set_policy(replace(anna.policy(), parent_policy=ParentPolicy.ALL_WITH_GEZAG))

    # Wim, at his desk open since the morning: the mother says yes.
    request = wim.consents.create_request(tim.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    item = request.items[0].id
    wim.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    at_anna = anna.sharing.may_share(tim.id, uwv.id, werk.id, [contact.id])
    at_wim = wim.sharing.may_share(tim.id, uwv.id, werk.id, [contact.id])
    assert not at_anna.allowed  # the father's answer is missing
    assert at_wim.allowed == at_anna.allowed, at_wim.reason  # one answer at both desks
    assert wim.policy().parent_policy == ParentPolicy.ALL_WITH_GEZAG
