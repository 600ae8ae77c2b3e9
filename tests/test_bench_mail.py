"""`toestemming bench`'s IMAP section: a server that does not answer (too slow under the load
of a 100k bench) is reported as not measured, in Dutch, instead of ending the whole bench
after its hour of generation."""

from __future__ import annotations

import socket
from pathlib import Path

from toestemming.devtools.bench_mail import _cert, measured
from toestemming.service import Service


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends: nobody answers


def test_an_imap_server_that_does_not_answer_is_a_failed_measurement(
    service: Service, tmp_path: Path
) -> None:
    cert, _key = _cert(tmp_path)
    said: list[str] = []
    result = measured(service, _closed_port(), cert, said.append, 10)
    assert set(result) == {"failed"}
    assert "server" in result["failed"].lower() and "Traceback" not in result["failed"]
    assert said == []  # nothing claimed as measured
