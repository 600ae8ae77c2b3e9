"""Build zips the way an attacker would: byte by byte, so every field can lie (zipfile refuses
to write most of these). Also a memory-measuring runner for the CLI in a child process.

A member is given as its plain bytes (deflated here) or as a ready raw deflate stream with the
CRC and size it really has; every declared field can be overridden, separately for the central
directory and the local header."""

from __future__ import annotations

import functools
import json
import os
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

MIB = 1 << 20
GIB = 1 << 30


@dataclass
class Entry:
    name: str
    raw: bytes  # the bytes stored in the zip (already deflated when method is 8)
    method: int = zipfile.ZIP_STORED
    crc: int = 0
    size: int = 0  # declared uncompressed size
    flags: int = 0
    local: dict[str, object] = field(default_factory=dict)  # overrides in the local header
    compress_size: int | None = None  # declared compressed size (default: len(raw))
    extra: bytes = b""  # the central directory's extra field (the local one: local["extra"])


def stored(name: str, data: bytes) -> Entry:
    return Entry(name, data, zipfile.ZIP_STORED, zlib.crc32(data), len(data))


def deflated(name: str, data: bytes) -> Entry:
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = c.compress(data) + c.flush()
    return Entry(name, raw, zipfile.ZIP_DEFLATED, zlib.crc32(data), len(data))


def zero_bomb(name: str, size: int) -> Entry:
    """`size` bytes of zeros (a multiple of 1 MiB) as a raw deflate stream of about size/1000,
    made without ever holding or compressing `size` bytes: after a full flush the compressor
    starts afresh, so every 1 MiB compresses to the same bytes."""
    raw, crc = _zeros(size)
    return Entry(name, raw, zipfile.ZIP_DEFLATED, crc, size)


@functools.cache
def _zeros(size: int) -> tuple[bytes, int]:
    assert size % MIB == 0
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    chunk = bytes(MIB)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // MIB):
        crc = zlib.crc32(chunk, crc)
    return block * (size // MIB) + c.flush(zlib.Z_FINISH), crc


def build(entries: list[Entry], *, entry_count: int | None = None) -> bytes:
    """The zip: local headers + data in order, then the central directory and its end record.
    `entry_count` lets the end record lie about the number of members."""
    body = bytearray()
    directory = bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        flags = e.flags | (0x800 if not e.name.isascii() else 0)
        csize = len(e.raw) if e.compress_size is None else e.compress_size
        lo = {
            "name": name,
            "method": e.method,
            "crc": e.crc,
            "csize": csize,
            "size": e.size,
            "flags": flags,
            "extra": e.extra,
        }
        lo.update(e.local)
        offset = len(body)
        lname, lextra = lo["name"], lo["extra"]
        assert isinstance(lname, bytes) and isinstance(lextra, bytes)
        body += struct.pack(
            "<4s2B4HL2L2H",
            b"PK\x03\x04",
            20,
            0,
            lo["flags"],
            lo["method"],
            0,
            0x21,
            lo["crc"],
            lo["csize"],
            lo["size"],
            len(lname),
            len(lextra),
        )
        body += lname + lextra + e.raw
        directory += struct.pack(
            "<4s4B4HL2L5H2L",
            b"PK\x01\x02",
            20,
            3,
            20,
            0,
            flags,
            e.method,
            0,
            0x21,
            e.crc,
            csize,
            e.size,
            len(name),
            len(e.extra),
            0,
            0,
            0,
            0,
            offset,
        )
        directory += name + e.extra
    count = len(entries) if entry_count is None else entry_count
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
    return bytes(body + directory + end)


def write_cases(folder: Path, cases: dict[str, list[Entry]], suffix: str) -> dict[str, Path]:
    """Each case built into its own small file in `folder`: what → path."""
    out = {}
    for n, (what, entries) in enumerate(cases.items()):
        path = folder / f"geval-{n}{suffix}"
        path.write_bytes(build(entries))
        assert path.stat().st_size < 20 * MIB  # a bomb on disk is small; that is the point
        out[what] = path
    return out


def members(path: Path) -> dict[str, bytes]:
    """A genuine zip's members, read with zipfile (only for zips we made ourselves)."""
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def layout(data: bytes) -> dict[str, int]:
    """Offsets in a zip: 'dir' (central directory start), 'end' (end record start), and per
    member 'local:NAME' and 'central:NAME' (the start of its header in each place)."""
    end = data.rfind(b"PK\x05\x06")
    _, _, _, _, count, _, start, _ = struct.unpack("<4s4H2LH", data[end : end + 22])
    out = {"dir": start, "end": end}
    at = start
    for _ in range(count):
        fields = struct.unpack("<4s4B4HL2L5H2L", data[at : at + 46])
        name_len, extra_len, comment_len, local = fields[12], fields[13], fields[14], fields[18]
        name = data[at + 46 : at + 46 + name_len].decode("utf-8")
        out[f"central:{name}"] = at
        out[f"local:{name}"] = local
        at += 46 + name_len + extra_len + comment_len
    return out


def flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


# -- the CLI in a child process, with its peak memory ---------------------------------------
_MEASURE = textwrap.dedent(
    """
    import json, resource, subprocess, sys
    out = subprocess.run(sys.argv[1:], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if sys.platform == "darwin":
        peak //= 1024  # bytes there, KiB on Linux
    print(json.dumps({"rc": out.returncode, "out": out.stdout, "err": out.stderr, "kib": peak}))
    """
)


@dataclass(frozen=True)
class CliRun:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float  # the CLI process's peak resident memory


def cli_command() -> list[str]:
    """The installed console program next to this interpreter, else the module."""
    script = Path(sys.executable).parent / "toestemming-cli"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "toestemming"]


def run_cli(args: list[str], secret: str | None = None) -> CliRun:
    """Run `toestemming-cli ARGS` as a grandchild of a fresh measuring process, so the peak is
    the CLI's alone (RUSAGE_CHILDREN of this test process would include every earlier child)."""
    env = {k: v for k, v in os.environ.items() if k != "TOESTEMMING_PASSPHRASE"}
    if secret is not None:
        env["TOESTEMMING_PASSPHRASE"] = secret
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cli_command(), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    return CliRun(got["rc"], got["out"], got["err"], got["kib"] / 1024)
