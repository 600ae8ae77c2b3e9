"""The hour that occurs twice (core25; atk23's leftover): on the last Sunday of October the
clocks in Europe/Amsterdam go back from 03:00 to 02:00, so 02:00–03:00 happens twice. Two events
an hour apart — 02:30 summer time, then 02:30 winter time — printed as "25-10-2026 02:30" twice:
the privacy officer reading the activity log, or a parent reading the confirmation of a
withdrawal, could not tell which came first. Inside that hour (and only there) the moment now
carries its offset: "02:30 (UTC+2)", then "02:30 (UTC+1)"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat

from toestemming.clock import FixedClock, local_moment_text
from toestemming.language import moment_text
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.activity_log import to_csv
from toestemming.usecases.consent import ItemSpec

SATURDAY = datetime(2026, 10, 24, 12, 0, tzinfo=UTC)
SUMMER_0230 = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
WINTER_0230 = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET, an hour later


def test_only_the_doubled_hour_carries_its_offset() -> None:
    assert local_moment_text(SUMMER_0230) == "25-10-2026 02:30 (UTC+2)"
    assert local_moment_text(WINTER_0230) == "25-10-2026 02:30 (UTC+1)"
    assert local_moment_text(WINTER_0230, seconds=True) == "25-10-2026 02:30:00 (UTC+1)"
    # Just before and after it, and on any other day, the local time alone is unambiguous.
    assert local_moment_text(SUMMER_0230 - timedelta(hours=1)) == "25-10-2026 01:30"
    assert local_moment_text(WINTER_0230 + timedelta(hours=1)) == "25-10-2026 03:30"
    assert local_moment_text(SATURDAY) == "24-10-2026 14:00"
    # Spring forward (29 March 2026): the hour that never happens is no doubled hour.
    assert local_moment_text(datetime(2026, 3, 29, 1, 30, tzinfo=UTC)) == "29-03-2026 03:30"
    # The reader's language (a parent's receipt) marks it the same way.
    from toestemming.clock import LOCAL_TZ

    assert moment_text("nl", SUMMER_0230.astimezone(LOCAL_TZ)).endswith("02:30 (UTC+2)")
    assert moment_text("nl", WINTER_0230.astimezone(LOCAL_TZ)).endswith("02:30 (UTC+1)")


@pytest.mark.parametrize("clock", [SATURDAY], indirect=True)
def test_the_privacy_officer_tells_the_two_half_past_twos_apart(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Night shift on the last Sunday of October: Lotte (17) withdraws her yes to werk at
    02:30 summer time; Sem withdraws his at 02:30 winter time. The CSV of the activity log and
    the confirmations they get say which was first."""
    c = catalog
    items = []
    for name in ("Lotte", "Sem"):
        youth = make_youth(17, given_name=name).youth
        request = service.consents.create_request(
            youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
        )
        (item,) = (i.id for i in request.items)
        service.consents.record_decisions(
            request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk"
        )
        items.append((item, SignerRef.youth(youth.id)))
    done = []
    for (item, me), at in zip(items, (SUMMER_0230, WINTER_0230), strict=True):
        clock.set(at)
        done.append(service.withdrawals.withdraw([item], me, "desk"))

    rows = [
        line
        for line in to_csv(service.activity_log.entries()).splitlines()
        if "25-10-2026 02:30" in line
    ]
    assert any("02:30:00 (UTC+2)" in r for r in rows), rows
    assert any("02:30:00 (UTC+1)" in r for r in rows), rows
    assert not any(r.split(";")[1] == "25-10-2026 02:30:00" for r in rows), rows

    first, second = (
        flat(service.forms.render_withdrawal_confirmation([w.withdrawals[0].id])) for w in done
    )
    assert "Wanneer: 25-10-2026 02:30 (UTC+2)" in first, first
    assert "Wanneer: 25-10-2026 02:30 (UTC+1)" in second, second
