"""An unpacked proof package (a folder) read under the same limits and rules as its zip
(safezip.py): no links or devices, no empty folders, sizes checked before reading."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import Param, Phrase
from .safezip import ZipLimits, ZipRefused, amount
from .zip_names import shown


def read_folder(folder: Path, limits: ZipLimits, what: Param) -> dict[str, bytes]:
    """An unpacked package (a folder) under the same limits as its zip: no links, no more
    entries than the limits allow (counted while walking, so a folder of a million files costs
    nothing), sizes checked before anything is read."""
    found: list[tuple[str, Path]] = []
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
