"""Open a zip that came from outside (a proof package to verify, a backup to restore or to
prune) as if it were hostile.

Everything the zip says about itself is checked before a single member is unpacked: the size of
the central directory and the number of members (before `zipfile` parses them), names (no
duplicates, also not after case-folding, `./` or backslashes; no absolute paths, drive letters
or `..`), encryption and compression method, declared sizes against the caller's limits, each
local header against the central directory, and that no two members share bytes. The file
must also be nothing but its members, one after the other from the first byte, then the
directory and its end record: no bytes before, between or after them, no zip or member
comment (none of that is covered by any signature or seal, and other zip readers show or
find it: a "second zip" appended or prepended is how one file shows two contents), and only
plain files and folders (no links or devices, no folder with content). A local header's zip64
sizes must be the directory's too: a streaming reader goes by them. Each member has one name
for every reader: no second name in an Info-ZIP Unicode Path field (unzip, 7-Zip and
libarchive show that one, `zipfile` the header's) unless it repeats the name, and no name
outside ASCII unless it is marked UTF-8 (readers guess cp437, cp850 or UTF-8). Members are
then unpacked by this module, in chunks, never past the size the zip declared: a member that
inflates to more than it says is refused as soon as it does (a zip bomb costs at most its
declared size, which the limits already bound), and the CRC is checked at the end.

Why not `zipfile.ZipFile.read`: it reads a member whole before anything can look at its size,
keeps only the last of two members with the same name, and reports damage as `BadZipFile`
tracebacks. `zipfile` is still used, but only to parse the (already bounded) directory.

Every refusal is a `ZipRefused` (an IntegrityFailure) with a Dutch sentence that starts with
the caller's name for the file ("Het bewijspakket", "De reservekopie"). Member names are shown
only when they are plain ASCII path characters, so a hostile name cannot put control codes on
a terminal; no other content of the zip reaches a message.
"""

from __future__ import annotations

import hashlib
import logging
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from .errors import IntegrityFailure, Param, Phrase
from .zip_names import name_key, second_name, shown, unsafe, zip64_sizes

log = logging.getLogger(__name__)

CHUNK = 1 << 16  # compressed bytes read at a time, and the most one inflate step may produce
STORED_CHUNK = 1 << 20  # a stored member cannot inflate: bigger reads, fewer seeks
_EOCD = struct.Struct("<4s4H2LH")  # end of central directory
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # local file header
_MAX_COMMENT = 0xFFFF
_DIR_BYTES_PER_MEMBER = 4096  # a central directory entry: 46 bytes + name + extra (+ comment)
_ENCRYPTED = 0x1 | 0x40 | 0x2000  # traditional, strong, and central-directory encryption
_DESCRIPTOR = 0x8  # sizes and CRC follow the data; the central directory has them
_DESCRIPTOR_SIG = b"PK\x07\x08"
_UNIX = 3  # ZipInfo.create_system: the upper 16 bits of external_attr are a st_mode
_UTF8 = 0x800
_UNIX_EXTENSION = 0x8000  # external_attr: 7-Zip reads the upper 16 bits as a st_mode then too


class ZipRefused(IntegrityFailure):
    """A zip that is damaged or hostile; `message` is the Dutch sentence for the user."""

    code = "zip_geweigerd"


@dataclass(frozen=True)
class ZipLimits:
    """What one kind of zip may contain. Sizes are uncompressed bytes as the zip declares
    them; unpacking never goes past the declared size, so these bound the work too."""

    max_members: int
    max_member_size: int  # any member not named in member_sizes
    max_total_size: int  # all members together
    member_sizes: Mapping[str, int] = field(default_factory=dict)  # limit per exact name
    methods: frozenset[int] = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})

    def limit_for(self, name: str) -> int:
        return self.member_sizes.get(name, self.max_member_size)


MIB = 1 << 20
# A proof package (proof/package.py): evidence is at most 25 MiB a file (usecases/evidence.py),
# everything else is text, a small PDF and keys. verify holds the files in memory, so the total
# is what bounds its memory: 96 MiB plus one member being assembled stays well under 200 MB.
PROOF_LIMITS = ZipLimits(
    max_members=2000,
    max_member_size=32 * MIB,
    max_total_size=96 * MIB,
    # Read before their signature is checked (the key is inside): a few kB when genuine.
    # bewijs.pdf (~100 kB; only the signature picture is drawn in it) is held by pyHanko and
    # pdfium at once besides the package: bounded so that all of it stays under 200 MB.
    member_sizes={"manifest.json": MIB, "manifest.sig": 1024, "bewijs.pdf": 8 * MIB},
)
PROOF_PACKAGE = Phrase("zip-what-proof")  # how messages name a proof package (Het bewijspakket)


@dataclass(frozen=True)
class _Member:
    info: zipfile.ZipInfo
    data_start: int  # offset of the first byte of the (compressed) data

    @property
    def data_end(self) -> int:
        return self.data_start + self.info.compress_size


class SafeZip:
    """A checked zip, open for streaming its members. Use `SafeZip.open(path, limits, what)`
    as a context manager; `what` names the file in messages ("Het bewijspakket")."""

    def __init__(self, fh: BinaryIO, limits: ZipLimits, what: Param) -> None:
        """Check `fh` (a seekable binary file, left open: the caller owns it)."""
        self._fh = fh
        self._what = what
        self._limits = limits
        self._members: dict[str, _Member] = {}
        self._names: list[str] = []
        self._owns_file = False
        self._end_at = 0  # where the end record (or the zip64 end record) starts
        self._dir_size = 0  # the central directory's size, as the end record declares it
        entries = self._check_directory_extent()
        try:
            zf = zipfile.ZipFile(fh)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            ValueError,
            struct.error,
            UnicodeDecodeError,
            NotImplementedError,
            OverflowError,
            IndexError,
            KeyError,
        ):
            raise self._unreadable() from None
        self._check_members(zf.infolist(), zf.start_dir, entries)

    @classmethod
    def open(cls, path: Path | str, limits: ZipLimits, what: Param) -> SafeZip:
        fh = Path(path).open("rb")  # noqa: SIM115 -- closed by close(), or below on refusal
        try:
            safe = cls(fh, limits, what)
        except BaseException:
            fh.close()
            raise
        safe._owns_file = True
        return safe

    def close(self) -> None:
        if self._owns_file:
            self._fh.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- what is inside ---------------------------------------------------------------------
    def names(self) -> list[str]:
        """Member names in directory order (directories included, ending in "/")."""
        return list(self._names)

    def size(self, name: str) -> int:
        """The declared uncompressed size: unpacking `name` yields exactly this or fails."""
        return self._member(name).info.file_size

    # -- reading ----------------------------------------------------------------------------
    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes, in pieces of at most CHUNK (STORED_CHUNK when stored). Raises ZipRefused as soon as it
        inflates past its declared size, and at the end when the size or CRC is wrong: a
        caller that hashes or copies along must treat what it got as void until the loop
        ends without an error."""
        member = self._member(name)
        info = member.info
        pieces = (
            self._stored(member)
            if info.compress_type == zipfile.ZIP_STORED
            else self._inflated(member)
        )
        produced = 0
        crc = 0
        for piece in pieces:
            produced += len(piece)
            if produced > info.file_size:
                raise self._refuse("zip-why-bomb", name=self._shown(name))
            crc = zlib.crc32(piece, crc)
            yield piece
        if produced != info.file_size or crc != info.CRC:
            raise self._damaged("zip-why-crc", name=self._shown(name))

    def read(self, name: str) -> bytes:
        """The whole member; its size is bounded by the limits it was checked against."""
        member = self._member(name)
        if member.info.compress_type == zipfile.ZIP_STORED:
            # One piece, read once: assembling 32 MiB from chunks held it twice for a moment.
            self._fh.seek(member.data_start)
            data = self._fh.read(member.info.compress_size)
            if len(data) != member.info.file_size or zlib.crc32(data) != member.info.CRC:
                raise self._damaged("zip-why-crc", name=self._shown(name))
            return data
        buf = bytearray()
        for piece in self.chunks(name):
            buf += piece
        return bytes(buf)

    def copy(self, name: str, out: BinaryIO) -> tuple[str, int]:
        """Write the member to `out`; returns (SHA-256 hex, size) of what was written."""
        h = hashlib.sha256()
        size = 0
        for piece in self.chunks(name):
            h.update(piece)
            out.write(piece)
            size += len(piece)
        return h.hexdigest(), size

    def digest(self, name: str) -> tuple[str, int]:
        """(SHA-256 hex, size) of the member, streamed."""
        h = hashlib.sha256()
        size = 0
        for piece in self.chunks(name):
            h.update(piece)
            size += len(piece)
        return h.hexdigest(), size

    def read_all(self) -> dict[str, bytes]:
        """Every file member (directories skipped), by name."""
        return {n: self.read(n) for n in self._names if not n.endswith("/")}

    # -- the checks -------------------------------------------------------------------------
    def _check_directory_extent(self) -> int:
        """Find the end-of-directory record the way `zipfile` does and bound the number of
        members and the directory's size before `zipfile` reads a byte of it: a directory of
        millions of entries would otherwise cost memory before any count could be checked.
        Returns the number of members the end record declares."""
        fh = self._fh
        fh.seek(0, 2)
        file_size = fh.tell()
        if file_size < _EOCD.size:
            raise self._unreadable()
        fh.seek(file_size - _EOCD.size)
        tail = fh.read(_EOCD.size)
        if tail[:4] == b"PK\x05\x06" and tail[-2:] == b"\0\0":
            at = file_size - _EOCD.size
        else:
            start = max(file_size - _MAX_COMMENT - _EOCD.size, 0)
            fh.seek(start)
            found = fh.read().rfind(b"PK\x05\x06")
            if found < 0 or start + found + _EOCD.size > file_size:
                raise self._unreadable()
            at = start + found
            fh.seek(at)
            tail = fh.read(_EOCD.size)
        _, _, _, _, entries, dir_size, _, comment_len = _EOCD.unpack(tail)
        if comment_len or at + _EOCD.size != file_size:
            raise self._refuse("zip-why-trailing")
        self._end_at = at
        if at >= _EOCD64_LOCATOR.size + _EOCD64.size:
            fh.seek(at - _EOCD64_LOCATOR.size)
            locator = fh.read(_EOCD64_LOCATOR.size)
            if locator[:4] == b"PK\x06\x07":
                fh.seek(at - _EOCD64_LOCATOR.size - _EOCD64.size)
                record = _EOCD64.unpack(fh.read(_EOCD64.size))
                if record[0] == b"PK\x06\x06":
                    entries, dir_size = record[7], record[8]
                    self._end_at = at - _EOCD64_LOCATOR.size - _EOCD64.size
        self._dir_size = int(dir_size)
        limit = self._limits.max_members
        if entries > limit:
            raise self._refuse("zip-why-too-many-files", limit=limit)
        if dir_size > limit * _DIR_BYTES_PER_MEMBER or dir_size > file_size:
            raise self._refuse("zip-why-directory-too-large")
        return int(entries)

    def _check_members(self, infos: list[zipfile.ZipInfo], dir_start: int, entries: int) -> None:
        limits = self._limits
        if len(infos) > limits.max_members:
            raise self._refuse("zip-why-too-many-files", limit=limits.max_members)
        if len(infos) != entries:  # e.g. an entry whose comment swallows the ones after it
            raise self._damaged("zip-why-directory-incomplete")
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.orig_filename  # before zipfile cuts it at a NUL character
            shown = self._shown(name)
            if unsafe(name):
                raise self._refuse("zip-why-unsafe-name", name=shown)
            key = name_key(name)
            if key in seen:
                raise self._refuse("zip-why-duplicate-name", name=shown)
            seen.add(key)
            if info.flag_bits & _ENCRYPTED:
                raise self._refuse("zip-why-encrypted", name=shown)
            self._check_kind(info, shown)
            self._check_one_name(name, info.flag_bits, info.extra, shown)
            if info.compress_type not in limits.methods:
                raise self._refuse("zip-why-method", name=shown)
            limit = limits.limit_for(name)
            if info.file_size > limit:
                raise self._refuse("zip-why-file-too-large", name=shown, amount=amount(limit))
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise self._damaged("zip-why-size-wrong", name=shown)
            total += info.file_size
            if total > limits.max_total_size:
                raise self._refuse("zip-why-total-too-large", amount=amount(limits.max_total_size))
            self._members[name] = _Member(info, self._local_header(info, dir_start))
            self._names.append(name)
        self._check_no_empty_folders()
        self._check_no_overlap(dir_start)
        self._check_no_gaps(dir_start)

    def _check_kind(self, info: zipfile.ZipInfo, shown: Param) -> None:
        """A plain file or folder, nothing hidden beside it. A link would point an unpacking
        tool outside the folder; a folder entry with bytes, or a comment, holds content no
        manifest lists."""
        if info.comment:
            raise self._refuse("zip-why-comment", name=shown)
        unix = info.create_system == _UNIX or info.external_attr & _UNIX_EXTENSION
        mode = info.external_attr >> 16 if unix else 0
        kind = stat.S_IFMT(mode)
        folder = info.orig_filename.endswith("/")
        if kind not in (0, stat.S_IFDIR if folder else stat.S_IFREG) or (
            folder and (info.file_size or info.compress_size)
        ):
            raise self._refuse("zip-why-not-plain-file", name=shown)
        if info.flag_bits & _DESCRIPTOR and info.compress_type == zipfile.ZIP_STORED:
            # Where a stored member with a trailing descriptor ends is a guess for a reader
            # that streams: the directory and such a reader can see different contents.
            raise self._refuse("zip-why-ambiguous", name=shown)

    def _check_one_name(self, name: str, flags: int, extra: bytes, shown: Param) -> None:
        """The name every zip reader shows is `name`, the one the manifest was checked by
        (zip_names.second_name says why not)."""
        why = second_name(name, flags, extra)
        if why == "zip-why-header-differs":  # a broken field: where it ends is a guess
            raise self._damaged(why, name=shown)
        if why is not None:
            raise self._refuse(why, name=shown)

    def _check_no_empty_folders(self) -> None:
        """A folder entry holds no bytes, so no manifest or seal ever covers it; only its name
        reaches whoever unpacks the zip ("LET OP - onderdeel 1 is ingetrokken/"). A folder
        on the path to a file is what zip tools write; an empty one only says something."""
        parents = {
            name[: at + 1]
            for name in self._names
            if not name.endswith("/")
            for at, c in enumerate(name)
            if c == "/"
        }
        for name in self._names:
            if name.endswith("/") and name not in parents:
                raise self._refuse("zip-why-empty-folder", name=self._shown(name))

    def _local_header(self, info: zipfile.ZipInfo, dir_start: int) -> int:
        """Check the member's local header against the central directory; returns where its
        data starts. A name or size that differs between the two is how one zip shows two
        different contents to two different readers."""
        shown = self._shown(info.orig_filename)
        if info.header_offset < 0 or info.header_offset + _LOCAL.size > dir_start:
            raise self._damaged("zip-why-offset-wrong", name=shown)
        self._fh.seek(info.header_offset)
        raw = self._fh.read(_LOCAL.size)
        if len(raw) != _LOCAL.size:
            raise self._unreadable()
        sig, _, _, flags, method, _, _, crc, csize, usize, name_len, extra_len = _LOCAL.unpack(raw)
        raw_name = self._fh.read(name_len)
        extra = self._fh.read(extra_len)
        try:
            local_name = raw_name.decode("utf-8" if flags & _UTF8 else "cp437")
        except UnicodeDecodeError:
            local_name = ""
        same = (
            sig == b"PK\x03\x04"
            and local_name == info.orig_filename
            and method == info.compress_type
            and not flags & _ENCRYPTED
        )
        if same and not flags & _DESCRIPTOR:
            same = crc == info.CRC and all(
                local in (declared, 0xFFFFFFFF)  # 0xFFFFFFFF: the real size is in zip64 extra
                for local, declared in ((csize, info.compress_size), (usize, info.file_size))
            )
            if same and 0xFFFFFFFF in (usize, csize):
                # A streaming reader takes the sizes from here: they must be the directory's.
                same = zip64_sizes(extra, usize, csize) == (
                    info.file_size if usize == 0xFFFFFFFF else None,
                    info.compress_size if csize == 0xFFFFFFFF else None,
                )
        if not same:
            raise self._damaged("zip-why-header-differs", name=shown)
        # A streaming reader (libarchive) takes the Unicode Path from here, not the directory.
        self._check_one_name(info.orig_filename, flags, extra, shown)
        return int(info.header_offset + _LOCAL.size + name_len + extra_len)

    def _check_no_overlap(self, dir_start: int) -> None:
        """Members may not share bytes with each other or with the directory: overlapping
        entries are how a small file unpacks to terabytes (each entry reuses the next)."""
        ordered = sorted(self._members.values(), key=lambda m: m.info.header_offset)
        for member, following in zip(ordered, [*ordered[1:], None], strict=True):
            end = dir_start if following is None else following.info.header_offset
            if member.data_end > end:
                raise self._damaged("zip-why-overlap", name=self._shown(member.info.orig_filename))

    def _check_no_gaps(self, dir_start: int) -> None:
        """Members from byte 0, one after the other (each followed only by its own data
        descriptor, when it has one), then the directory, then the end record: a byte the
        directory does not account for is content no signature covers."""
        at = 0
        for member in sorted(self._members.values(), key=lambda m: m.info.header_offset):
            if member.info.header_offset != at:
                raise self._unaccounted()
            at = member.data_end
            if member.info.flag_bits & _DESCRIPTOR:
                at += self._descriptor_length(member, at)
        if at != dir_start or dir_start + self._dir_size != self._end_at:
            raise self._unaccounted()

    def _descriptor_length(self, member: _Member, at: int) -> int:
        """The data descriptor after a member: it must repeat the directory's CRC and sizes."""
        info = member.info
        self._fh.seek(at)
        raw = self._fh.read(24)
        body = raw[4:] if raw[:4] == _DESCRIPTOR_SIG else raw
        skip = len(raw) - len(body)
        for fmt in ("<LQQ", "<LLL"):  # zip64 sizes, then classic; the values decide
            size = struct.calcsize(fmt)
            if len(body) >= size and struct.unpack(fmt, body[:size]) == (
                info.CRC,
                info.compress_size,
                info.file_size,
            ):
                return skip + size
        raise self._damaged("zip-why-header-differs", name=self._shown(info.orig_filename))

    def _unaccounted(self) -> ZipRefused:
        return self._refuse("zip-why-unaccounted-bytes")

    # -- unpacking --------------------------------------------------------------------------
    def _compressed(self, member: _Member, chunk: int = CHUNK) -> Iterator[bytes]:
        """The member's raw bytes. Seeks before every read, so two members may be read
        interleaved from one SafeZip."""
        pos, left = member.data_start, member.info.compress_size
        while left:
            self._fh.seek(pos)
            block = self._fh.read(min(chunk, left))
            if not block:
                raise self._unreadable()
            pos += len(block)
            left -= len(block)
            yield block

    def _stored(self, member: _Member) -> Iterator[bytes]:
        yield from self._compressed(member, STORED_CHUNK)

    def _inflated(self, member: _Member) -> Iterator[bytes]:
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        reason = Phrase("zip-why-not-inflatable", {"name": self._shown(member.info.orig_filename)})
        try:
            for block in self._compressed(member):
                if d.eof:  # bytes after the end of the deflate stream
                    raise self._damaged_because(reason)
                data = block
                while not d.eof:
                    # max_length: one step never produces more than CHUNK, whatever the ratio;
                    # an empty step with output last time drains what inflate still holds.
                    out = d.decompress(data, CHUNK)
                    data = d.unconsumed_tail
                    if out:
                        yield out
                    elif not data:
                        break
        except zlib.error:
            raise self._damaged_because(reason) from None
        if not d.eof or d.unused_data:
            raise self._damaged_because(reason)

    # -- messages ---------------------------------------------------------------------------
    def _member(self, name: str) -> _Member:
        try:
            return self._members[name]
        except KeyError:
            raise self._damaged("zip-why-missing", name=self._shown(name)) from None

    # The reason is a catalog phrase (worker catalog, zip-why-*) with its facts: a member's
    # shown name, a limit, an amount; rendered in the reader's language with the message.
    def _refuse(self, why: str, **facts: Param) -> ZipRefused:
        log.info("zip refused (%s)", self._logged)  # the kind of file only
        return ZipRefused(
            message_id="error-zip-refused",
            params={"what": self._what, "reason": Phrase(why, facts)},
        )

    def _damaged(self, why: str, **facts: Param) -> ZipRefused:
        return self._damaged_because(Phrase(why, facts))

    def _damaged_because(self, reason: Phrase) -> ZipRefused:
        log.info("zip damaged (%s)", self._logged)
        return ZipRefused(
            message_id="error-zip-damaged", params={"what": self._what, "reason": reason}
        )

    @property
    def _logged(self) -> str:
        # A plain name may be an inner package's file name, which carries a reference code:
        # log only which kind of file it was.
        what = self._what
        return what.message_id if isinstance(what, Phrase) else "named file"

    def _unreadable(self) -> ZipRefused:
        log.info("zip unreadable (%s)", self._logged)
        return ZipRefused(message_id="error-zip-unreadable", params={"what": self._what})

    @staticmethod
    def _shown(name: str) -> Param:
        return shown(name)


def amount(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:,.0f} MB".replace(",", ".")
    if size >= 1_000:
        return f"{size / 1_000:.0f} kB"
    return f"{size} bytes"
