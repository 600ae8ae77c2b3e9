"""A real RFC 3161 timestamp authority over HTTP on 127.0.0.1, for the trusted-time tests.

pyHanko's `DummyTimeStamper` builds and signs the responses (it is a complete TSA without the
transport); `http.server` gives it the transport, so the code under test talks real HTTP to a
real server, exactly as to a public TSA. The TSA's RSA key and certificate (with the critical
timeStamping extended key usage RFC 3161 requires) are made here with `cryptography`."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps import DummyTimeStamper

TSA_NAME = "Test-TSA Toestemming"
# The moment the test TSA puts in every token (fixed, so tests can look for it): after the
# events of forms_scenario (which end on 30 November near 10:07), as a real TSA asked at export
# would be — a stamp before the events it stamps is a problem (verify_time.time_problems).
TSA_TIME = datetime(2026, 11, 30, 12, 34, 56, tzinfo=UTC)


def tsa_credentials(
    name: str = TSA_NAME,
) -> tuple[asn1_x509.Certificate, asn1_keys.PrivateKeyInfo]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Tijd bv (test)"),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(min(now, TSA_TIME) - timedelta(days=30))
        .not_valid_after(max(now, TSA_TIME) + timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return (
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        asn1_keys.PrivateKeyInfo.load(der_key),
    )


@dataclass
class LocalTsa:
    url: str
    stamper: DummyTimeStamper
    requests: list[bytes] = field(default_factory=list)  # the raw TimeStampReq bodies
    answer: int | None = None  # answer this many requests, then refuse with 503 (overloaded)
    # Set: each answer waits until the test opens it (a slow TSA, without sleeping for time).
    gate: threading.Event | None = None

    @property
    def count(self) -> int:
        return len(self.requests)


@contextmanager
def local_tsa(at: datetime | None = TSA_TIME, name: str = TSA_NAME) -> Iterator[LocalTsa]:
    """A TSA answering POST /tsa on a free port of 127.0.0.1 until the block ends."""
    cert, key = tsa_credentials(name)
    stamper = DummyTimeStamper(tsa_cert=cert, tsa_key=key, fixed_dt=at)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    tsa = LocalTsa(f"http://127.0.0.1:{server.server_address[1]}/tsa", stamper)
    server.tsa = tsa  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tsa
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def closed_port_url() -> str:
    """An address where nothing listens: the TSA is down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsa"


class _Handler(BaseHTTPRequestHandler):
    disable_nagle_algorithm = True  # no 40-200 ms wait on delayed ACKs per reply

    def do_POST(self) -> None:
        tsa: LocalTsa = self.server.tsa  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.headers.get("Content-Type") != "application/timestamp-query":
            self.send_error(415)
            return
        tsa.requests.append(body)
        if tsa.gate is not None:
            tsa.gate.wait(30)
        if tsa.answer is not None and tsa.count > tsa.answer:
            self.send_error(503)
            return
        reply = tsa.stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass
