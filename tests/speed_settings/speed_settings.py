"""Test-only speed settings: the suite creates and unlocks thousands of vaults, and two product
settings made up half of its run time.

- Argon2id at a test floor (1 pass over 1 MiB, 1 lane) instead of the product's (3 passes over
  64 MiB): every derivation cost ~0.25 s, a quarter of the run.
- SQLCipher's cipher_memory_security off (store/db_connect.MEMORY_SECURITY): wiping every freed
  allocation made creating a vault (its schema) three times slower.

Neither changes what the product does with the data; both only change its cost. Production code
cannot reach them: they live in tests/ (never installed, not importable from the package) and
change module values only inside the process that calls `apply()` — the test process
(tests/conftest.py) and the Python children the tests start (sitecustomize.py beside this file,
on their PYTHONPATH). A test of the product's settings themselves uses `product_settings()`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from toestemming.store import db_connect, kdf

TIME_COST = 1
MEMORY_KIB = 1024
PARALLELISM = 1
# calibrate() stops at its first derivation: it would otherwise double the memory up to 256 MiB.
CALIBRATION_TARGET_S = 0.0

_PRODUCT = (
    kdf.MIN_TIME_COST,
    kdf.MIN_MEMORY_KIB,
    kdf.KdfParams.__init__.__defaults__,
    kdf.calibrate.__defaults__,
    db_connect.MEMORY_SECURITY,
)
_TEST = (
    TIME_COST,
    MEMORY_KIB,
    (TIME_COST, MEMORY_KIB, PARALLELISM),
    (CALIBRATION_TARGET_S,),
    "OFF",
)


def _set(values: tuple[object, ...]) -> None:
    time_cost, memory_kib, init_defaults, calibrate_defaults, memory_security = values
    kdf.MIN_TIME_COST = time_cost  # type: ignore[assignment]
    kdf.MIN_MEMORY_KIB = memory_kib  # type: ignore[assignment]
    # KdfParams() and calibrate() bound their defaults when defined: those are set too.
    kdf.KdfParams.__init__.__defaults__ = init_defaults  # type: ignore[assignment]
    kdf.calibrate.__defaults__ = calibrate_defaults  # type: ignore[assignment]
    db_connect.MEMORY_SECURITY = memory_security  # type: ignore[assignment]


def apply() -> None:
    _set(_TEST)


@contextmanager
def product_settings() -> Iterator[None]:
    """The product's Argon2id floor and memory security for the steps inside."""
    _set(_PRODUCT)
    try:
        yield
    finally:
        _set(_TEST)
