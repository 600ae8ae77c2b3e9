"""Keep `None` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns `None` from every method without a value (`setText`, `resize`,
`show`, a `parentWidget()` that has no parent, ...) without taking a reference to it. On
Python 3.12+ that is harmless (None is immortal, PEP 683); on 3.11, which the Windows
installer uses, each such call takes one reference away, and when the count reaches zero
the process aborts ("Fatal Python error: none_dealloc"). Measured: the desk started with
about 54,000 references and lost about 18 per resize of the main window; it aborted after
about 4,000 resizes — a minute of dragging a window edge, or a long day at the desk.

The same for `True` (and `False`, the same bug's other face): every `Signal.emit()` from
Python returns `True` without a reference (multi26: 200 emits took 200 references away;
the test process, which starts with about 13,000, aborted at exit with "Fatal Python error:
bool_dealloc" once a few UI test files had emitted enough — and so would a desk after a day
of change signals, background results and lock requests).

The remedy is what 3.12 does: give None, True and False a reference count so large it can
never reach zero.
"""

from __future__ import annotations

import sys

# `_ctypes`, not `ctypes`: the package builds its whole type zoo and opens libc at import
# (~2 ms of the unlock window's start, tests/ui/test_ui_unlock_start*); one type is needed.
from _ctypes import _SimpleCData

# 2**60 references: at a million lost per second this lasts 36,000 years, and it stays far
# from the 2**63 where the count would overflow.
HEADROOM = 1 << 60


SINGLETONS: tuple[object, ...] = (None, True, False)


# (generic in typeshed only: subscripted, the class could not be made at run time)
class _Count(_SimpleCData):  # type: ignore[type-arg]
    """ctypes.c_ssize_t (an object's reference count): pointer-sized, as ctypes picks it."""

    _type_ = "q" if sys.maxsize > 2**32 else "i"


def keep_none_alive() -> bool:
    """Raise the reference count of None, True and False by HEADROOM once each; True when
    raised (or high already). Does nothing where they are immortal or the layout is not
    CPython's."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    return all([_keep_alive(obj) for obj in SINGLETONS])


def _keep_alive(obj: object) -> bool:
    if sys.getrefcount(obj) >= HEADROOM:
        return True
    # ob_refcnt is the object's first field in a release build of CPython; check that the
    # field read there is the object's count before writing to it (a debug build puts it
    # later).
    count = _Count.from_address(id(obj))
    if abs(count.value - sys.getrefcount(obj)) > 8:
        return False
    count.value += HEADROOM
    return True
