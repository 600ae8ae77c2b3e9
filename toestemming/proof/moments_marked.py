"""Every moment bewijs.pdf prints inside the doubled hour carries its offset (proof28).

At the end of summer time (the last Sunday of October) the local hour 02:00–03:00 happens
twice. Since proof26 the proof prints a moment in it with its offset ("02:30 (UTC+2)",
formulieren.layout.moment), and verify reads each printed moment against the logged one.
But verify also accepted the unmarked form, because releases before proof26 printed it and
their packages must still verify: so a package of this release re-rendered without the marks
verified too — every time true, yet a reader could not tell which of the two 02:30s a
decision or a withdrawal was taken at (review30).

Now the export's logged event says its PDF marks them (EXPORT_FIELD). For such a package a
moment printed in the doubled hour without its offset is refused, wherever it stands (a
decision, the history, a disclosure, a view, the footer). Packages whose logged export does
not say so (earlier releases) still verify as before. (receipt.json and the FHIR Consents
write moments in UTC with "Z": never ambiguous.)"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from ..clock import LOCAL_TZ

EXPORT_FIELD = "moments_marked"  # in proof.exported: its PDF marks the doubled hour

# dd-mm-jjjj uu:mm (optionally :ss), and the mark after it when there is one (a narrow
# column wraps the mark onto the next line).
_MOMENT = re.compile(
    r"(?<![0-9])([0-9]{2})-([0-9]{2})-([0-9]{4})[ \n]([0-9]{2}):([0-9]{2})(?::[0-9]{2})?"
    r"(?![0-9:])(?P<mark>[ \n]\(UTC[+-][0-9]{1,2}(?::[0-9]{2})?\))?"
)


def exported() -> dict[str, Any]:
    """What the export's logged event says of its PDF's moments."""
    return {EXPORT_FIELD: True}


def promised(verified: Mapping[int, Mapping[str, Any]]) -> bool:
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    return len(exports) == 1 and exports[0].get(EXPORT_FIELD) is True


def doubled(day: int, month: int, year: int, hour: int, minute: int) -> bool:
    """Whether this local wall time happened twice (the hour the clocks go back)."""
    real = set()
    for fold in (0, 1):
        try:
            local = datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ, fold=fold)
        except ValueError:
            return False
        back = local.astimezone(UTC).astimezone(LOCAL_TZ)
        if back.replace(tzinfo=None) == local.replace(tzinfo=None):  # not in the spring gap
            real.add(local.utcoffset())
    return len(real) == 2


def check(text: str, verified: Mapping[int, Mapping[str, Any]], name: str) -> list[str]:
    """A Dutch sentence when a package whose export promised marked moments prints one in
    the doubled hour without its offset."""
    if not promised(verified):
        return []
    for match in _MOMENT.finditer(text):
        if match.group("mark"):
            continue
        day, month, year, hour, minute = (int(match.group(i)) for i in range(1, 6))
        if doubled(day, month, year, hour, minute):
            shown = " ".join(match.group(0).split())
            return [
                f"{name}: het tijdstip {shown} valt in het uur dat bij het ingaan van de "
                "wintertijd twee keer voorkomt, maar staat er zonder aanduiding (UTC+2 of "
                "UTC+1): een lezer kan niet zien welk van de twee het was. Dit programma "
                "schrijft die aanduiding altijd: het document is na het opmaken gewijzigd."
            ]
    return []
