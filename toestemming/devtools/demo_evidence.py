"""Evidence for the demo vault as real use leaves it: a tablet signature with strokes (x, y,
time, pressure) and its picture, the e-mail sent and the reply received, an app message with
its screenshot, a scanned paper form. All invented; drawn without Qt (the core never imports
it) into small PNGs made with zlib."""

from __future__ import annotations

import itertools
import json
import math
import random
import struct
import zlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from ..clock import to_iso
from ..usecases.signature import Signature, StrokePoint

PAD_WIDTH, PAD_HEIGHT = 600, 200


def signature(rng: random.Random) -> Signature:
    """A hand-like signature: two or three loops and a tail, with time and pen pressure."""
    strokes = []
    t = 0
    x = 40.0 + rng.random() * 30
    for _stroke in range(rng.randint(2, 3)):
        points = []
        loops = rng.randint(2, 4)
        width = 90 + rng.random() * 80
        for i in range(40):
            phase = i / 39 * loops * 2 * math.pi
            px = x + width * i / 39 + 12 * math.cos(phase)
            py = PAD_HEIGHT / 2 + (28 + rng.random() * 6) * math.sin(phase) + rng.random() * 3
            pressure = round(0.35 + 0.4 * abs(math.sin(phase / 2)), 3)
            points.append(StrokePoint(round(px, 1), round(py, 1), t, pressure))
            t += 12 + rng.randrange(6)
        strokes.append(tuple(points))
        x += width + 25
        t += 180
    return Signature(tuple(strokes), PAD_WIDTH, PAD_HEIGHT, _render(strokes), device="tablet")


def _render(strokes: list[tuple[StrokePoint, ...]]) -> bytes:
    """Greyscale PNG of the strokes (line segments stamped point by point)."""
    w, h = PAD_WIDTH, PAD_HEIGHT
    pixels = bytearray(b"\xff" * (w * h))
    for stroke in strokes:
        for a, b in itertools.pairwise(stroke):
            steps = max(1, int(math.hypot(b.x - a.x, b.y - a.y)))
            for k in range(steps + 1):
                cx = int(a.x + (b.x - a.x) * k / steps)
                cy = int(a.y + (b.y - a.y) * k / steps)
                for dx in (-1, 0, 1):
                    for dy in (-1, 0, 1):
                        if 0 <= cx + dx < w and 0 <= cy + dy < h:
                            pixels[(cy + dy) * w + cx + dx] = 0x20
    return png(w, h, pixels)


def png(width: int, height: int, grey: bytes | bytearray) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + bytes(grey[row * width : (row + 1) * width]) for row in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def screenshot(lines: int) -> bytes:
    """A phone screenshot's shape: a header bar and message bubbles (no readable text)."""
    w, h = 360, 640
    pixels = bytearray(b"\xee" * (w * h))
    for y in range(0, 56):
        pixels[y * w : (y + 1) * w] = b"\x55" * w
    top = 90
    for n in range(max(1, lines)):
        left, right = (30, 300) if n % 2 else (60, 330)
        for y in range(top, top + 40):
            pixels[y * w + left : y * w + right] = b"\xff" * (right - left)
        top += 60
    return png(w, h, pixels)


def reply_eml(
    sender: str, to: str, code: str, answers: list[str], at: datetime, in_reply_to: str
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = f"Re: Toestemming gevraagd – code {code}"
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = f"<demo.{code.lower()}.{int(at.timestamp())}@example.invalid>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    body = "\n".join(f"{n}: {a}" for n, a in enumerate(answers, 1))
    msg.set_content(f"Hallo,\n\nCode {code}\n{body}\n\nGroet")
    return msg.as_bytes()


def withdrawal_eml(code: str, at: datetime) -> bytes:
    msg = EmailMessage()
    msg["From"] = "ouder@example.invalid"
    msg["To"] = "toestemming@debrug-demo.example"
    msg["Subject"] = f"Intrekken toestemming – code {code}"
    msg["Date"] = format_datetime(at)
    msg.set_content(f"Hallo,\n\nIk trek mijn toestemming in (code {code}).\n\nGroet")
    return msg.as_bytes()


def app_record(number: str, at: datetime, code: str, answers: list[str]) -> bytes:
    text = f"Code {code}\n" + "\n".join(f"{n}: {a}" for n, a in enumerate(answers, 1))
    return json.dumps(
        {"sender_number": number, "received_at": to_iso(at), "text": text, "channel": "WhatsApp"},
        sort_keys=True,
    ).encode("utf-8")
