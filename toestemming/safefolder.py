"""An unpacked proof package (a folder) read under the same limits and rules as its zip
(safezip.py): no links or devices, no empty folders, sizes checked before reading, and names
as a zip's are held (zip_names.py): no control characters, no bytes that are not UTF-8 (a
name that would reach a report or a terminal as escape codes), no two names one file system
would take for one ("Receipt.json" beside "receipt.json")."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import Param, Phrase
from .safezip import ZipLimits, ZipRefused, amount
from .zip_names import name_key, shown, unsafe


def read_folder(folder: Path, limits: ZipLimits, what: Param) -> dict[str, bytes]:
    """An unpacked package (a folder) under the same limits as its zip: no links, no more
    entries than the limits allow (counted while walking, so a folder of a million files costs
    nothing), sizes checked before anything is read."""
    found: list[tuple[str, Path]] = []
    seen: set[str] = set()
    total = 0
    entries = 0
    stack = [folder]
    while stack:  # iterative: a deep tree cannot exhaust the recursion limit
        with os.scandir(stack.pop()) as it:
            for entry in it:
                entries += 1
                if entries > limits.max_members:
                    raise ZipRefused(
                        message_id="error-zip-too-many-files",
                        params={"what": what, "max_members": limits.max_members},
                    )
                if entry.is_symlink():
                    raise ZipRefused(message_id="error-zip-contains-link", params={"what": what})
                path = Path(entry.path)
                _check_name(path.relative_to(folder).as_posix(), seen, what)
                if entry.is_dir(follow_symlinks=False):
                    with os.scandir(path) as inside:
                        empty = next(inside, None) is None
                    if empty:  # as in a zip: only its name says something
                        name = path.relative_to(folder).as_posix() + "/"
                        raise ZipRefused(
                            message_id="error-zip-refused",
                            params={
                                "what": what,
                                "reason": Phrase("zip-why-empty-folder", {"name": shown(name)}),
                            },
                        )
                    stack.append(path)
                    continue
                if not entry.is_file(follow_symlinks=False):
                    raise ZipRefused(message_id="error-zip-not-only-files", params={"what": what})
                name = path.relative_to(folder).as_posix()
                size = entry.stat(follow_symlinks=False).st_size
                limit = limits.limit_for(name)
                total += size
                if size > limit or total > limits.max_total_size:
                    raise ZipRefused(
                        message_id="error-zip-files-too-large",
                        params={"what": what, "amount": amount(min(limit, limits.max_total_size))},
                    )
                found.append((name, path))
    files: dict[str, bytes] = {}
    for name, path in sorted(found):
        limit = limits.limit_for(name)
        with path.open("rb") as fh:
            data = fh.read(limit + 1)  # it may have grown since it was counted
        if len(data) > limit:
            raise ZipRefused(message_id="error-zip-file-too-large", params={"what": what})
        files[name] = data
    return files


def _check_name(name: str, seen: set[str], what: Param) -> None:
    """The rules safezip applies to a member's name (its message names it only when plain)."""
    try:
        name.encode("utf-8")  # undecodable bytes come back from the OS as surrogates
        bad = unsafe(name)
    except UnicodeEncodeError:
        bad = True
    key = "" if bad else name_key(name)
    why = "zip-why-unsafe-name" if bad else "zip-why-duplicate-name" if key in seen else ""
    if why:
        raise ZipRefused(
            message_id="error-zip-refused",
            params={"what": what, "reason": Phrase(why, {"name": shown(name)})},
        )
    seen.add(key)
