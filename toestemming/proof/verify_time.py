"""What a proof package's trusted time says, for the verify report (split out of verify.py):
the TSA's moment for the PDF signature and the log's checkpoint, and a checkpoint whose own
moment lies far from its stamp."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from .. import safejson
from ..clock import LOCAL_TZ, from_iso, local_moment_text
from ..timestamps import TokenCheck
from .package import AUDIT, PDF

NO_TRUSTED_TIME = (
    "geen vertrouwde tijdstempel: alle tijden komen van de klok van de computer van de organisatie."
)


def time_facts(pdf: TokenCheck | None, checkpoint: TokenCheck | None) -> list[str]:
    if pdf is None and checkpoint is None:
        return ["Vertrouwde tijd: " + NO_TRUSTED_TIME]
    out = []
    for what, check in (
        ("handtekening van " + PDF, pdf),
        ("controlepunt van het logboek", checkpoint),
    ):
        if check is None:
            out.append(f"Vertrouwde tijd, {what}: geen vertrouwde tijdstempel.")
        elif check.time is not None:
            out.append(
                f"Vertrouwde tijd, {what}: {local_moment(check.time)} volgens tijdstempeldienst "
                f"{check.tsa} (certificaat SHA-256 {check.tsa_certificate_sha256[:16]}…)."
            )
    return out


# How far the checkpoint's own moment (the organisation's clock) may lie before the TSA's:
# the TSA is asked right after the transaction, or again at the next close when it was down.
TIME_GAP = timedelta(hours=1)


# How far ahead of the reader's clock a moment may lie before it is "in the future": two
# computers' clocks differ by seconds, an unsynchronised office PC by minutes, and one set by
# hand in the wrong time zone or left on summer time by hours — a genuine package checked right
# after it was made elsewhere must not be called "NIET in orde" for that (exit 1 reads as
# forged). A claim that matters (a consent dated next month) lies far beyond a day.
CLOCK_SKEW = timedelta(days=1)


def time_problems(
    now: datetime,
    files: Mapping[str, bytes],
    verified: Mapping[int, Mapping[str, Any]],
    pdf: TokenCheck | None,
    pdf_signed_at: datetime | None,
    checkpoint: TokenCheck | None,
) -> list[str]:
    """What the package's moments say against each other and against `now` (the reader's
    clock, injected): a TSA cannot stamp a moment that has not come yet, nor data before it
    existed; a checkpoint or signature cannot have been made after today. Each is a Dutch
    problem: the package then claims a time that cannot be true (a token not from a real TSA,
    a backdated log, or a clock far off — the reader's own included, which the sentence
    says). Checked only once the tokens themselves are intact (their problems come first)."""
    out = []
    try:
        claimed = from_iso(str(safejson.loads(files[AUDIT])["checkpoint"]["at"]))
    except (KeyError, TypeError, ValueError):
        return []  # the audit check reports it
    future = (
        f"ligt na de tijd van deze computer ({local_moment(now)}): zo'n tijd kan niet kloppen "
        "(of de klok van deze computer loopt achter)."
    )
    for what, moment in (
        ("De tijdstempel op het controlepunt", checkpoint.time if checkpoint else None),
        (f"De tijdstempel op de handtekening van {PDF}", pdf.time if pdf else None),
        (f"Het ondertekenen van het controlepunt in {AUDIT}", claimed),
        (f"Het ondertekenen van {PDF}", pdf_signed_at),
    ):
        if moment is not None and moment > now + CLOCK_SKEW:
            out.append(f"{what} ({local_moment(moment)}) {future}")
    exported = [
        from_iso(str(e["at"])) for e in verified.values() if e.get("kind") == "proof.exported"
    ]
    newest = max([claimed, *(from_iso(str(e["at"])) for e in verified.values())])
    for what, stamp, after in (
        ("het controlepunt", checkpoint, newest),
        (f"de handtekening van {PDF}", pdf, max(exported, default=None)),
    ):
        if stamp is None or stamp.time is None or after is None:
            continue
        if stamp.time < after - TIME_GAP:
            out.append(
                f"De tijdstempel op {what} ({local_moment(stamp.time)}) ligt vóór de "
                f"gebeurtenissen die hij vastlegt (tot {local_moment(after)}): een "
                "tijdstempeldienst kan niet stempelen wat er nog niet was. De tijdstempel is "
                "niet echt, of de klok van de organisatie liep meer dan een uur voor."
            )
    return out


def time_gap(files: Mapping[str, bytes], stamp: TokenCheck | None) -> list[str]:
    """A checkpoint whose own moment lies far before the TSA's is said plainly: only the TSA's
    time is independent, so a checkpoint dated a month before its stamp (a clock set back, or
    a stamp asked much later) proves nothing about that month. (One dated after its stamp is
    a problem: time_problems.)"""
    if stamp is None or stamp.time is None or stamp.problem is not None:
        return []
    try:
        claimed = from_iso(str(safejson.loads(files[AUDIT])["checkpoint"]["at"]))
    except (KeyError, TypeError, ValueError):
        return []
    if stamp.time - claimed <= TIME_GAP:
        return []
    return [
        f"Let op: het controlepunt zegt ondertekend op {local_moment(claimed)}, de "
        f"tijdstempeldienst zag het op {local_moment(stamp.time)}. Alleen die tweede tijd is "
        "onafhankelijk: dat het logboek er eerder zo uitzag, zegt alleen de klok van de "
        "organisatie."
    ]


def local_moment(moment: Any) -> str:
    """A moment in the report: local time with seconds, marked inside the doubled hour at the
    end of summer time (clock.local_moment_text; proof26)."""
    return local_moment_text(moment, seconds=True)


_STAMPED = re.compile(
    r"het controlepunt is op ([0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}"
    r"(?: \(UTC[+-][0-9]{1,2}(?::[0-9]{2})?\))?) gestempeld door tijdstempeldienst"
)
_PDF_STAMPED = "draagt ook een tijdstempel (PAdES B-T)"


def printed_time(text: str, pdf: TokenCheck | None, checkpoint: TokenCheck | None) -> list[str]:
    """The "Vertrouwde tijd" the PDF prints is a token the package holds: the checkpoint's
    (at the moment printed) and, when it says so, the PDF signature's own. A PDF claiming a
    TSA's stamp that is not there read as trusted time to anyone who did not run verify."""
    flat = " ".join(text.split())
    claimed = _STAMPED.findall(flat)
    out = []
    if claimed and (
        checkpoint is None
        or checkpoint.time is None
        or not set(claimed) <= _printed_forms(checkpoint.time)
    ):
        out.append(
            f"{PDF} noemt een tijdstempel van het controlepunt die niet in {AUDIT} staat "
            "(of met een andere tijd)."
        )
    if _PDF_STAMPED in flat and pdf is None:
        out.append(
            f"{PDF} zegt dat de digitale handtekening een tijdstempel draagt, maar die is er niet."
        )
    return out


def _printed_forms(moment: datetime) -> set[str]:
    """How a release printed the TSA's moment: marked inside the doubled hour (proof26 on),
    unmarked before."""
    return {local_moment(moment), moment.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")}
