"""A handwritten signature as the pad hands it over: strokes as data plus the rendered PNG,
and the checks that refuse an empty or trivially small one. No Qt: the pad (ui/signing/pad.py)
converts its events to these plain values.

A signer who cannot draw (motor impairment, keyboard or switch access) types their own name
instead and ticks that it stands for their signature: a `typed_name` with no strokes. It is
recorded as what it is — method "typed-name" in the strokes record, never as a drawing — and
holds only when the typed name is the signer's name as the vault knows it (check_typed_name)."""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from ..errors import NotFoundError, ValidationError
from .context import Context
from .evidence import Evidence

MAX_POINTS = 20_000  # a long signature has a few hundred; more is not a signature
MAX_PNG_BYTES = 2 * 1024 * 1024
# Below these a "signature" is a tap or a stray line: refused with a Dutch message.
MIN_POINTS = 8
MIN_WIDTH = 60.0  # pad pixels
MIN_HEIGHT = 15.0
MIN_PATH = 120.0
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class StrokePoint:
    x: float
    y: float
    t_ms: int  # milliseconds since the pad was first touched
    pressure: float  # 0..1; a mouse reports 1, a finger usually 1, a pen its pressure


@dataclass(frozen=True)
class Signature:
    """What the pad captured: strokes as data plus the rendered image."""

    strokes: tuple[tuple[StrokePoint, ...], ...]
    width: int  # the pad's size in pixels when it was drawn
    height: int
    png: bytes
    device: str = ""  # "tablet", "touch", "mouse" or a mix, for the record
    typed_name: str = ""  # set: the signer typed their name instead of drawing (no strokes)

    @property
    def typed(self) -> bool:
        return bool(self.typed_name)


MAX_TYPED_NAME = 200


def _plain_name(name: str) -> str:
    # NFC on both sides: the vault stores names composed (validation.py), a keyboard or a paste
    # may give the same letters decomposed (é as e + U+0301) — the signer's own name, refused
    # before s25. Only canonical equivalence: look-alikes (Cyrillic, full-width) stay refused.
    # (Unicode's canonical caseless match: NFD(casefold(NFD(x))).)
    plain = " ".join(name.split())
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", plain).casefold())


def check_typed_name(sig: Signature, signer_name: str) -> None:
    """A typed signature holds only as the signer's own name (case, spaces and the
    composed/decomposed form of its letters aside). Refusals addressed formally unless the
    tablet renders them for its signer (SigningFlow.for_the_signer puts its voice over it)."""
    if sig.typed and _plain_name(sig.typed_name) != _plain_name(signer_name):
        raise ValidationError(
            message_id="tablet-typed-name-mismatch",
            field="signature",
            params={"addressee": "representative"},
        )


def check_signature(sig: Signature) -> None:
    """Refuse an empty or trivially small signature (a tap, a dot, a short stray line); a
    typed name: refuse it empty, too long, with control characters or with strokes too."""
    if sig.typed:
        name = sig.typed_name.strip()
        if (
            not name
            or len(name) > MAX_TYPED_NAME
            or any(not c.isprintable() for c in name)
            or any(sig.strokes)
        ):
            raise ValidationError(
                message_id="tablet-typed-name-missing",
                field="signature",
                params={"addressee": "representative"},
            )
        if not sig.png.startswith(PNG_MAGIC) or len(sig.png) > MAX_PNG_BYTES:
            raise ValidationError(message_id="error-signature-image", field="signature")
        return
    points = [p for s in sig.strokes for p in s]
    if not points:
        raise ValidationError(
            message_id="error-signature-missing",
            field="signature",
            params={"addressee": "representative"},
        )
    if len(points) > MAX_POINTS:
        raise ValidationError(message_id="error-signature-too-long", field="signature")
    for p in points:
        if not all(math.isfinite(v) for v in (p.x, p.y, p.pressure)) or not 0 <= p.pressure <= 1:
            raise ValidationError(message_id="error-signature-unreadable")
    xs, ys = [p.x for p in points], [p.y for p in points]
    path = sum(math.hypot(b.x - a.x, b.y - a.y) for s in sig.strokes for a, b in pairwise(s))
    if (
        len(points) < MIN_POINTS
        or max(xs) - min(xs) < MIN_WIDTH
        or max(ys) - min(ys) < MIN_HEIGHT
        or path < MIN_PATH
    ):
        raise ValidationError(
            message_id="error-signature-too-small",
            field="signature",
            params={"addressee": "representative"},
        )
    if not sig.png.startswith(PNG_MAGIC) or len(sig.png) > MAX_PNG_BYTES:
        raise ValidationError(message_id="error-signature-image", field="signature")


def strokes_json(sig: Signature) -> bytes:
    """The strokes as canonical JSON: per stroke a list of [x, y, t ms, pressure]."""
    body = {
        "format": "toestemming-strokes/1",
        "width": sig.width,
        "height": sig.height,
        "device": sig.device,
        "png_sha256": hashlib.sha256(sig.png).hexdigest(),
        "strokes": [
            [[round(p.x, 1), round(p.y, 1), int(p.t_ms), round(p.pressure, 3)] for p in s]
            for s in sig.strokes
            if s
        ],
    }
    if sig.typed:  # said as what it is: a typed name, not a drawing
        body["method"] = "typed-name"
        body["typed_name"] = unicodedata.normalize("NFC", " ".join(sig.typed_name.split()))
    return json.dumps(body, separators=(",", ":"), sort_keys=True).encode("utf-8")


def is_typed_record(content: bytes | None) -> bool:
    """Whether a stored strokes record (strokes_json) is a typed name, not a drawing: what the
    proof must call it (review25: it was listed as "handtekening-lijnen")."""
    if content is None:
        return False
    try:
        body = json.loads(content)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("method") == "typed-name"


# How the inzage names the picture of a typed name (the proof: signing_method.ROLE_TYPED_PICTURE).
TYPED_LABEL = "getypte naam (geldt als handtekening)"


def typed_pictures(ctx: Context, picture_ids: list[int]) -> set[int]:
    """Of these signature pictures, those of a typed name: their session's strokes record says
    method "typed-name" (an erased or damaged record: not known, so not said)."""
    if not picture_ids:
        return set()
    evidence = Evidence(ctx)
    marks = ",".join("?" * len(picture_ids))
    out: set[int] = set()
    for r in ctx.db.query(
        "SELECT signature_evidence_id, strokes_evidence_id FROM signing_sessions "
        f"WHERE signature_evidence_id IN ({marks})",
        tuple(picture_ids),
    ):
        try:
            if is_typed_record(evidence.content(int(r[1]))):
                out.add(int(r[0]))
        except (NotFoundError, ValidationError):  # erased or damaged: `check` says so
            continue
    return out
