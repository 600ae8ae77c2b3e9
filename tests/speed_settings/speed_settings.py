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

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType
from typing import Any

TIME_COST = 1
MEMORY_KIB = 1024
PARALLELISM = 1
# calibrate() stops at its first derivation: it would otherwise double the memory up to 256 MiB.
CALIBRATION_TARGET_S = 0.0
KDF_MODULE = "toestemming.store.kdf"
CONNECT_MODULE = "toestemming.store.db_connect"

_product: dict[str, Any] = {}


def _set_kdf(kdf: Any, test: bool) -> None:
    if not _product:
        _product.update(
            time_cost=kdf.MIN_TIME_COST,
            memory_kib=kdf.MIN_MEMORY_KIB,
            init=kdf.KdfParams.__init__.__defaults__,
            calibrate=kdf.calibrate.__defaults__,
        )
    kdf.MIN_TIME_COST = TIME_COST if test else _product["time_cost"]
    kdf.MIN_MEMORY_KIB = MEMORY_KIB if test else _product["memory_kib"]
    # KdfParams() and calibrate() bound their defaults when defined: those are set too.
    kdf.KdfParams.__init__.__defaults__ = (
        (TIME_COST, MEMORY_KIB, PARALLELISM) if test else _product["init"]
    )
    kdf.calibrate.__defaults__ = (CALIBRATION_TARGET_S,) if test else _product["calibrate"]


def _set_connect(db_connect: Any, test: bool) -> None:
    db_connect.MEMORY_SECURITY = "OFF" if test else "ON"


def _set(test: bool) -> None:
    from toestemming.store import db_connect, kdf

    _set_kdf(kdf, test)
    _set_connect(db_connect, test)


def apply() -> None:
    _set(True)


@contextmanager
def product_settings() -> Iterator[None]:
    """The product's Argon2id floor and memory security for the steps inside."""
    _set(False)
    try:
        yield
    finally:
        _set(True)


class _SetWhenImported(MetaPathFinder, Loader):
    """For a child process: the settings are made when the product imports the two modules,
    never earlier — importing the package at start-up would change what a child loads
    (test_core_layering: the unlock window starts without the store)."""

    def __init__(self) -> None:
        self._loaders: dict[str, Loader] = {}

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if name not in (KDF_MODULE, CONNECT_MODULE):
            return None
        spec = PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None:
            return spec
        self._loaders[name] = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loaders[spec.name].create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loaders[module.__name__].exec_module(module)
        if module.__name__ == KDF_MODULE:
            _set_kdf(module, True)
        else:
            _set_connect(module, True)


def apply_when_imported() -> None:
    sys.meta_path.insert(0, _SetWhenImported())
