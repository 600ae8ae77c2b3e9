"""A second program in its own process, driven line by line (tests of several processes on one
vault): it prints "ready" once it is set up, then "done" after each word on its stdin."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator


class LineProcess:
    def __init__(self, script: str, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "ready"

    def do(self, word: str) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(word + "\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "done"

    def end(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


SAFETY_S = 300  # a hung child fails the test instead of hanging the run (not a measurement)


@contextlib.contextmanager
def script_process(script: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """`script` run by this Python in its own process, its stdio piped; killed at the end if
    it is still running, and always reaped."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=SAFETY_S)
