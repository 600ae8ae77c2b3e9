"""Proof packages attacked a third time (issue 20, session 10): every field a privacy officer
reads on bewijs.pdf's item pages, changed by an insider who holds the organisation's keys.

The insider re-renders the PDF from the vault's own view with one field changed and signs it
with the organisation's certificate; receipt.json, the FHIR Consents, the audit file and the
manifest stay genuine (re-signed with the organisation's Ed25519 key). Before this session
only the code, checkpoint, export, validity, text hashes and answers were read back, so a PDF
could say "gegeven" over a withdrawn item, leave the withdrawal out of the history, show a
decision by another role, at another age, on another day or by another channel, print a
shorter text above the genuine hash, hide a disclosure or name another recipient — and
`verify --trust` said "OK — bewijspakket in orde".

Each case runs `toestemming-cli verify --trust` in a child process: exit 1, a Dutch sentence
naming the item and the field, no traceback."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta

import pytest
from test_attack_s8_packages import (  # noqa: F401  (insider: the module's fixture)
    Insider,
    insider,
    refused,
    rendered,
    signed,
    write,
)

from formulieren.proof_pdf import ProofItem, ProofView
from toestemming.proof import verify
from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC

Edit = Callable[[ProofView], ProofView]
WITHDRAWN = 1  # Marek's item 2 (gemeente): given, shared, then withdrawn by e-mail
REFUSED = 2  # Marek's item 3 (UWV): refused


def item(index: int, **changes: object) -> Edit:
    def edit(view: ProofView) -> ProofView:
        items = list(view.items)
        items[index] = dataclasses.replace(items[index], **changes)  # type: ignore[arg-type]
        return dataclasses.replace(view, items=tuple(items))

    return edit


def decision(index: int, **changes: object) -> Edit:
    def edit(view: ProofView) -> ProofView:
        it = view.items[index]
        first = dataclasses.replace(it.decisions[0], **changes)  # type: ignore[arg-type]
        return item(index, decisions=(first, *it.decisions[1:]))(view)

    return edit


def history(index: int, keep: Callable[[ProofItem], tuple[object, ...]]) -> Edit:
    def edit(view: ProofView) -> ProofView:
        return item(index, history=keep(view.items[index]))(view)

    return edit


def _without_withdrawal(it: ProofItem) -> tuple[object, ...]:
    return tuple(e for e in it.history if "ntrek" not in e.what)


def _refusal_said_yes(it: ProofItem) -> tuple[object, ...]:
    return tuple(
        dataclasses.replace(e, what=e.what.replace(" zei nee", " zei ja")) for e in it.history
    )


def _invented_event(it: ProofItem) -> tuple[object, ...]:
    last = it.history[-1]
    return (*it.history, dataclasses.replace(last, seq=last.seq + 1000))


def _text_shortened(it: ProofItem) -> str:
    return it.text.replace(
        "Nee zeggen mag. Dat heeft geen gevolgen voor je school of opleiding.", ""
    )


CASES: dict[str, tuple[Edit, str]] = {
    "given-over-withdrawn": (
        item(WITHDRAWN, status="gegeven — Alle benodigde personen hebben ja gezegd."),
        "onderdeel 2: de stand",
    ),
    "withdrawal-left-out-of-history": (
        history(WITHDRAWN, _without_withdrawal),
        "onderdeel 2: de geschiedenis",
    ),
    "history-says-yes-where-log-says-no": (
        history(REFUSED, _refusal_said_yes),
        "onderdeel 3: de geschiedenis",
    ),
    "history-with-an-invented-event": (
        history(REFUSED, _invented_event),
        "onderdeel 3: de geschiedenis",
    ),
    "disclosure-hidden": (item(WITHDRAWN, disclosures=()), "onderdeel 2: de verstrekkingen"),
    "another-recipient": (item(REFUSED, recipient="Huisarts Zuid"), "onderdeel 3: de ontvanger"),
    "sensitive-data-left-out": (
        item(REFUSED, categories="Contactgegevens"),
        "onderdeel 3: de gegevens",
    ),
    "another-purpose-title": (
        item(0, purpose="Stage zoeken (versie 1)"),
        "onderdeel 1: het doel",
    ),
    "another-why": (item(0, why="Alleen voor de stage."), "onderdeel 1: het waarom"),
    "shorter-text-above-the-genuine-hash": (
        lambda v: item(0, text=_text_shortened(v.items[0]))(v),
        "onderdeel 1: de getoonde tekst",
    ),
    "decided-by-a-guardian": (decision(0, role="voogd"), "onderdeel 1: de besluiten"),
    "sixteen-instead-of-seventeen": (decision(0, age=16), "onderdeel 1: de besluiten"),
    "decided-another-day": (
        lambda v: decision(0, decided_at=v.items[0].decisions[0].decided_at - timedelta(days=3))(v),
        "onderdeel 1: de besluiten",
    ),
    "another-channel": (decision(0, channel="aan de balie"), "onderdeel 1: de besluiten"),
    "another-evidence-file": (decision(0, evidence="geen"), "onderdeel 1: de besluiten"),
    "special-data-ticked-where-the-log-says-not": (
        decision(REFUSED, special_ack=True),
        "onderdeel 3: de besluiten",
    ),
    "a-text-that-differed-shown-as-the-same": (
        decision(0, text_matches=False),
        "onderdeel 1: de besluiten",
    ),
    "recorded-another-day": (
        lambda v: decision(0, recorded_at=v.items[0].decisions[0].recorded_at + timedelta(days=2))(
            v
        ),
        "onderdeel 1: de besluiten",
    ),
    "requested-another-day": (
        lambda v: dataclasses.replace(v, requested_at=v.requested_at - timedelta(days=30)),
        "ander moment van het verzoek",
    ),
    "another-language": (
        lambda v: dataclasses.replace(v, language="Engels"),
        "andere taal van de tekst",
    ),
    "a-tsa-stamp-that-is-not-there": (
        lambda v: dataclasses.replace(
            v,
            trusted_time="het controlepunt is op 01-11-2026 09:00:00 gestempeld door "
            "tijdstempeldienst Echte Tijd bv (RFC 3161, in logboek/opnamebewijs.json); de "
            "digitale handtekening van dit document draagt ook een tijdstempel (PAdES B-T)",
        ),
        "noemt een tijdstempel van het controlepunt die niet in",
    ),
    "checkpoint-signed-another-day": (
        lambda v: dataclasses.replace(
            v, checkpoint=(v.checkpoint[0], v.checkpoint[1], v.checkpoint[2] - timedelta(days=9))
        ),
        "ander controlepunt",
    ),
}


def test_the_honest_re_render_is_still_authentic(insider: Insider) -> None:  # noqa: F811
    """The control case: the vault's own view, rendered and signed again, changes nothing."""
    files = {**insider.later, PDF: rendered(insider, insider.view)}
    path = write(insider.folder, signed(files, insider.signing_key), "s10-eerlijk.tbewijs")
    report = verify(path, insider.public_key)
    assert report.exit_code == EXIT_AUTHENTIC, report.describe()


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_pdf_field_that_says_what_the_log_never_said(
    insider: Insider,  # noqa: F811
    case: str,
) -> None:
    edit, words = CASES[case]
    lie = edit(insider.view)
    assert lie != insider.view, case
    files = {**insider.later, PDF: rendered(insider, lie)}
    err = refused(insider, signed(files, insider.signing_key), f"s10-{case}.tbewijs", words)
    assert "Marek" not in err and "Wiśniewski" not in err
