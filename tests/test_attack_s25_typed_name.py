"""Attack s25 on the typed-name signature (s19: a signer who cannot draw types their own name;
usecases/signature.py): names that only look like the signer's, hidden characters, a flood,
a typed name with strokes, and an insider who flips the recorded method in the tables.

Found: the check compared the names code point by code point after case-folding, so the
signer's own name typed in decomposed form (é as e + U+0301: a Mac keyboard, a paste from a
PDF, some on-screen keyboards) was refused as "another name" — the parent could not sign at
all. Now both sides are compared in NFC (the form the vault stores names in); every look-alike
stays refused. Real vault, the core's own sign_decisions."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from types import SimpleNamespace
from typing import Any

import pytest
from replay_support import replay_after_edit
from test_signing_core import png_bytes, three_items

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.model import Answer, SignerRef
from toestemming.service import Service
from toestemming.usecases.signature import (
    Signature,
    StrokePoint,
    check_signature,
    check_typed_name,
)

NAME = "José Šimić"  # as the vault stores it (NFC)


def typed(name: str, strokes: tuple[tuple[StrokePoint, ...], ...] = ()) -> Signature:
    return Signature(strokes, 0, 0, png_bytes(), "typed", typed_name=name)


def _accepted(name: str) -> bool:
    try:
        check_signature(typed(name))
        check_typed_name(typed(name), NAME)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize(
    "name",
    [
        unicodedata.normalize("NFD", NAME),  # the same letters, decomposed
        "josé šimić",
        "  JOSÉ   ŠIMIĆ ",
    ],
)
def test_the_signers_own_name_is_accepted_however_it_is_typed(name: str) -> None:
    assert _accepted(name)


@pytest.mark.parametrize(
    "name",
    [
        "Jose Simic",  # the accents left out: another spelling
        "José Šimič",  # č for ć
        "Jоsé Šimić",  # Cyrillic о
        "José Šіmić",  # Cyrillic і
        "José\u200b Šimić",  # zero-width space
        "Jo\u200dsé Šimić",  # zero-width joiner
        "\u202eJosé Šimić",  # right-to-left override
        "José Šimić\u2066",  # bidi isolate
        "José Šimić\u0301",  # a combining accent added at the end
        "Ｊｏｓé Šimić",  # full-width letters
        "José\u00adŠimić",  # soft hyphen
        "José Šimić" + " x" * 1000,  # 2,000 characters
        "J" * 2000,
    ],
)
def test_a_name_that_only_looks_like_the_signers_is_refused(name: str) -> None:
    assert not _accepted(name)


def test_a_typed_name_with_strokes_too_is_refused() -> None:
    stroke = tuple(StrokePoint(10 + 10 * i, 50 + (i % 3) * 10, i * 16, 0.5) for i in range(20))
    with pytest.raises(ValidationError):
        check_signature(typed(NAME, (stroke,)))


def _signed_typed(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock, name: str
) -> Any:
    youth = make_youth(17, given_name="José", family_name="Šimić").youth
    rid, *items = three_items(service, youth.id, catalog)
    session = service.signing.session(rid)
    shown = {i.item_id: i.texts["nl"][1] for i in session.items}
    return service.signing.sign_decisions(
        rid,
        SignerRef.youth(youth.id),
        "nl",
        {i: Answer.NO for i in items},
        (),
        shown,
        typed(name),
        clock.now(),
    )


def test_the_signer_types_her_name_decomposed_and_it_is_recorded_as_typed(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock
) -> None:
    done = _signed_typed(service, catalog, make_youth, clock, unicodedata.normalize("NFD", NAME))
    record = json.loads(
        service.vault.db.scalar(
            "SELECT content FROM evidence WHERE id = ?", (done.strokes_evidence_id,)
        )
    )
    assert record["method"] == "typed-name" and record["strokes"] == []


def test_an_insider_who_flips_typed_into_drawn_in_the_tables_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock
) -> None:
    done = _signed_typed(service, catalog, make_youth, clock, NAME)
    sid = done.strokes_evidence_id
    record = json.loads(
        service.vault.db.scalar("SELECT content FROM evidence WHERE id = ?", (sid,))
    )
    del record["method"], record["typed_name"]  # now it reads as a drawing
    record["strokes"] = [[[10.0 + 9 * i, 50.0 + (i % 3) * 9, i * 16, 0.5] for i in range(20)]]
    forged = json.dumps(record, separators=(",", ":"), sort_keys=True).encode()
    lines = replay_after_edit(
        service,
        [
            (
                "UPDATE evidence SET content = ?, sha256 = ?, size = ? WHERE id = ?",
                (forged, hashlib.sha256(forged).hexdigest(), len(forged), sid),
            )
        ],
    )
    assert any(f"nr. {sid}" in line or str(sid) in line for line in lines), lines


def _append_session(service: Service, youth_id: int, strokes: dict[str, Any], png: bytes) -> int:
    """The insider's append through the program's own code: two evidence rows with their
    evidence.added events, a session row with its signing.completed event — nothing else."""
    signing = service.signing
    ctx = signing._ctx
    with ctx.db.transaction():
        png_id = signing._add_evidence("image/png", png)
        body = json.dumps(strokes, separators=(",", ":"), sort_keys=True).encode()
        strokes_id = signing._add_evidence("application/json", body)
        now = ctx.clock.now()
        return signing._add_session(
            "withdrawal",
            None,
            youth_id,
            SignerRef.youth(youth_id),
            "youth",
            "nl",
            now,
            now,
            png_id,
            strokes_id,
            {"items": [], "withdrawals": []},
        )


def _record(png: bytes, **fields: Any) -> dict[str, Any]:
    return {
        "format": "toestemming-strokes/1",
        "width": 0,
        "height": 0,
        "device": "typed",
        "png_sha256": hashlib.sha256(png).hexdigest(),
        "strokes": [],
        **fields,
    }


STROKE = [[10.0 + 9 * i, 50.0 + (i % 3) * 9, i * 16, 0.5] for i in range(20)]


@pytest.mark.parametrize(
    "forge",
    [
        # the strokes of one image packed with another
        lambda png: _record(png_bytes(41, 16), strokes=[STROKE]),
        # "typed" and "drawn" at once
        lambda png: _record(png, method="typed-name", typed_name=NAME, strokes=[STROKE]),
        # a drawing that is no drawing, with a typed name
        lambda png: _record(png, typed_name=NAME),
        # typed, but no name
        lambda png: _record(png, method="typed-name", typed_name=" "),
    ],
)
def test_an_appended_session_whose_strokes_record_the_program_never_writes_is_named(
    service: Service, make_youth: Any, forge: Any
) -> None:
    youth = make_youth(17).youth
    png = png_bytes(40, 16)
    sid = _append_session(service, youth.id, forge(png), png)
    lines = service.replay().lines()
    assert any(f"nr. {sid}" in line for line in lines), lines


def test_a_genuine_typed_and_drawn_session_check_clean(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock
) -> None:
    _signed_typed(service, catalog, make_youth, clock, NAME)
    png = png_bytes(40, 16)
    _append_session(service, make_youth(17).youth.id, _record(png, strokes=[STROKE]), png)
    assert service.replay().lines() == []
