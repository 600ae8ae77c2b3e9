"""The app's log file: rotating, in the platform's log folder, and free of personal data.

    path = configure_logging()          # once at start-up (ui.app.run, the CLI)
    log_directory()                     # where Help → Logboek openen points

Every module logs through its own `logging.getLogger(__name__)`; the rules say no names,
contact data, dates of birth, reference codes, passphrases or message bodies go into a message.
`RedactionFilter` is the second line for mistakes and for text we do not write ourselves:
on the file handler it replaces e-mail addresses, phone numbers, dates, reference codes and
long digit runs (BSN, IBAN) in the message, and drops the *message* of an exception (a
KeyError or ValueError can carry a name) while keeping its type and the code lines of the
traceback, which are what a maintainer needs. Whole names cannot be recognised by a pattern:
against those only the rule helps, and tests/test_applog.py runs the demo flows and searches
the log for every personal value of the demo data."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

LOG_FILE = "toestemming.log"
MAX_BYTES = 1_000_000  # ~1 MB per file, 5 old files: a few weeks of normal use
BACKUPS = 5
APP_NAME = "Toestemming"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    (re.compile(r"\bTS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]\b", re.IGNORECASE), "[code]"),
    (re.compile(r"\b[A-Z]{2}\d{2}[A-Z]{4}\d{6,10}\b"), "[iban]"),
    # Dates: 31-12-2005, 31/12/2005, 31.12.2005, 2005-12-31 (birth dates; timestamps too).
    (re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"), "[datum]"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b"), "[datum]"),
    # Phone numbers and other long digit runs (BSN): + / ( ) spaces and dashes inside.
    (re.compile(r"(?:\+|\b00)?\d[\d\s().-]{7,}\d"), "[nummer]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _frames(tb: TracebackType | None) -> list[str]:
    # File (last two parts: no home folder with a user name), line and function only: the
    # source line itself can hold a literal value, so it is left out.
    return [
        f"  {'/'.join(Path(f.filename).parts[-2:])}:{f.lineno} in {f.name}"
        for f in traceback.extract_tb(tb)
    ]


def safe_traceback(
    kind: type[BaseException], tb: TracebackType | None, exc: BaseException | None = None
) -> str:
    """Type and code places of an exception (its causes first, as Python prints them), never
    its message or source lines."""
    chunks: list[list[str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_kind, current_tb = kind, tb
    while True:
        name = f"{current_kind.__module__}.{current_kind.__qualname__} (tekst weggelaten)"
        chunks.append([*_frames(current_tb), name])
        if current is None:
            break
        seen.add(id(current))
        cause = current.__cause__ or current.__context__
        if cause is None or id(cause) in seen:
            break
        current, current_kind, current_tb = cause, type(cause), cause.__traceback__
    return redact("\n\n".join("\n".join(chunk) for chunk in reversed(chunks)))


class RedactionFilter(logging.Filter):
    """On a handler: every record leaves with a redacted message and a message-less
    traceback. It changes the record itself (later handlers see the same safe text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the line (nor the data in it)
            message = f"{record.msg!s} (opmaak mislukt)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            kind, exc, tb = record.exc_info
            record.exc_text = safe_traceback(kind, tb, exc)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# The program's own loggers. Their debug lines follow the rule above; a library's do not:
# imapclient writes every line it reads at DEBUG (a fetched reply whole: the parent's name,
# words and attachment), urllib3 and msal their requests. Below INFO only our own reach the
# file (s26), so a debug run to find an IMAP fault writes no parent's mail into the log.
OWN_LOGGERS = ("toestemming", "ui", "formulieren", "__main__")


def _own(name: str) -> bool:
    return any(name == own or name.startswith(own + ".") for own in OWN_LOGGERS)


class LibraryDebugFilter(logging.Filter):
    """On the file handler: a library's records below INFO are dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.INFO or _own(record.name)


class _SafeFormatter(logging.Formatter):
    def formatException(self, ei: object) -> str:
        # Only reached when a record bypassed the filter: still no exception text.
        if isinstance(ei, tuple) and ei and isinstance(ei[0], type):
            return safe_traceback(ei[0], ei[2], ei[1])
        return "(uitzondering weggelaten)"


def log_directory() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_file(directory: Path | None = None) -> Path:
    return (directory or log_directory()) / LOG_FILE


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """The log holds no personal data by design, but it does say when which worker's vault
    was used: it is the current user's only, like the vault (0600 on POSIX)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


def configure_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Attach the rotating, redacting file handler to the root logger (once per file)."""
    path = log_file(directory)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _PrivateRotatingHandler) and Path(handler.baseFilename) == path:
            return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _PrivateRotatingHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False
    )
    handler.addFilter(LibraryDebugFilter())
    handler.addFilter(RedactionFilter())
    handler.setFormatter(_SafeFormatter(FORMAT))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    logging.captureWarnings(True)
    from . import __version__

    logging.getLogger(__name__).info(
        "Toestemming %s gestart (Python %s, %s)", __version__, sys.version.split()[0], sys.platform
    )
    return path


def remove_logging(directory: Path | None = None) -> None:
    """Detach and close the file handler for `directory` (tests; the app keeps it)."""
    path = log_file(directory)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _PrivateRotatingHandler) and Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()


def log_files(directory: Path | None = None) -> list[Path]:
    """The current log and its rotated predecessors, newest first."""
    path = log_file(directory)
    files = [path] + [path.with_name(f"{LOG_FILE}.{i}") for i in range(1, BACKUPS + 1)]
    return [f for f in files if f.exists()]
