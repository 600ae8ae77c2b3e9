"""Paths typed on the command line, checked before anything is opened (atk28).

A path the file system cannot hold — empty, with a NUL character, a name longer than a file
name may be, longer than a path may be, a vault or file path that names no file ("/", ".") —
reached the open, the backup or the restore as a ValueError or an OSError (ENAMETOOLONG) and
ended in the last-resort message, which tells the privacy officer that the VAULT may hold data
the program did not write: the wrong alarm for a typing mistake. Now argparse refuses it with
a Dutch reason (exit 2), before the passphrase is asked and before any file is touched. The
reason never repeats the path (a file name may hold a young person's name)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

NAME_BYTES = 255  # the longest file name of the common file systems (ext4, APFS, NTFS)
PATH_BYTES = 4095  # PATH_MAX less its closing NUL (Linux); macOS allows less, never more


def path_problem(text: str, *, names_file: bool) -> str | None:
    """Why `text` cannot be a path (Dutch), or None."""
    if not text.strip():
        return "er is geen pad opgegeven"
    if "\x00" in text:
        return "het pad bevat een nul-teken; typ het opnieuw"
    try:
        raw = os.fsencode(text)
    except UnicodeError:
        return "het pad bevat tekens die het bestandssysteem niet kan opslaan"
    if len(raw) > PATH_BYTES:
        return f"het pad is langer dan {PATH_BYTES} tekens"
    if any(len(part) > NAME_BYTES for part in raw.split(os.fsencode(os.sep))):
        return f"een naam in het pad is langer dan {NAME_BYTES} tekens"
    if names_file and Path(text).name in ("", ".", ".."):
        return "het pad noemt geen bestand (alleen een map)"
    return None


def file_arg(text: str) -> Path:
    """A vault, backup, package or new file: a path with a file name at its end."""
    problem = path_problem(text, names_file=True)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return Path(text)


def path_arg(text: str) -> Path:
    """A file or a folder (export-proof's --out, verify's package, bench's --dir)."""
    problem = path_problem(text, names_file=False)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return Path(text)
