"""Helper processes' ending: with the program that started them, and a bounded wait for them.

The chain check (audit_links), the split replay (replay_split) and the registry check's own
child (replay_registry) start spawned helpers. A helper stuck in a read of a hung network
share never answers and cannot be joined; a desk that is killed never ends its helpers. These
two pieces keep both bounded (s22, s26, multi26, multi27).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
import time

__all__ = ["end_with_parent", "still_running"]


def still_running(
    processes: list[multiprocessing.process.BaseProcess], within: float
) -> list[multiprocessing.process.BaseProcess]:
    """The processes that have not ended after `within` seconds. By their sentinels, not
    join()/is_alive(): the pool's own thread reaps its helpers too, and a helper it reaped
    first reads as alive forever to is_alive() (waitpid finds no child)."""
    deadline = time.monotonic() + within
    running = {p.sentinel: p for p in processes}
    while running:
        left = deadline - time.monotonic()
        ready = multiprocessing.connection.wait(list(running), timeout=max(0.0, left))
        for sentinel in ready:
            running.pop(int(sentinel))  # type: ignore[arg-type]  # (sentinels are ints)
        if left <= 0:
            break
    return list(running.values())


def end_with_parent() -> None:
    """A helper ends itself when the program that started it is gone. Service.close ends the
    helpers, but a desk that crashes, runs out of memory or is killed never gets there: its
    helpers waited for work for good, each holding the vault file (and its -wal, -shm) open
    and the data key in memory (s26). The parent's sentinel (a pipe end on POSIX, the process
    handle on Windows) becomes ready when the parent ends, however it ends."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(0)  # nothing of this helper's is worth finishing: it only read

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
