"""A real PostgreSQL server in a temp folder on 127.0.0.1, for the tests and the bench.

Not shipped (devtools). Runs Debian's (or any) `initdb` / `pg_ctl`; TLS on with a CA and a server
certificate made here (CN and SAN = localhost + 127.0.0.1, so `sslmode=verify-full` works), and
pg_hba.conf as an IT department is told to write it (docs/TEAM_SERVER.md): TCP only over TLS,
a password (SCRAM) or a client certificate; a connection without TLS is rejected by the server.
The superuser is reached only over the Unix socket inside the private temp folder.

PostgreSQL refuses to run as root; when the tests run as root (CI containers) the server runs
as the `postgres` system user, which then owns the temp folder.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SUPERUSER = "postgres"
# Members of this group log in with a client certificate instead of a password (pg_hba.conf).
CERT_GROUP = "toestemming_cert"

_SEARCH = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/usr/local/bin", "/usr/bin")


class ServerUnavailable(RuntimeError):
    """No PostgreSQL binaries here, or the server did not start: the reason says which."""


def find_bin_dir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres (newest Debian version first)."""
    found = shutil.which("initdb")
    candidates: list[Path] = [Path(found).parent] if found else []
    for pattern in _SEARCH:
        root = Path("/")
        candidates.extend(sorted(root.glob(pattern.lstrip("/")), reverse=True))
    for folder in candidates:
        if all((folder / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Certificates:
    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path
    _ca: tuple[x509.Certificate, ec.EllipticCurvePrivateKey] = field(repr=False)

    def client(self, user: str, folder: Path) -> tuple[Path, Path]:
        """A client certificate whose CN is the database role (libpq sslcert/sslkey)."""
        ca_cert, ca_key = self._ca
        key = ec.generate_private_key(ec.SECP256R1())
        cert = _build(
            x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, user)]),
            key,
            ca_cert.subject,
            ca_key,
            ca=False,
            usage=ExtendedKeyUsageOID.CLIENT_AUTH,
        )
        crt, pem = folder / f"{user}.crt", folder / f"{user}.key"
        crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        _write_private(pem, key)
        return crt, pem


def _write_private(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _build(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
    usage: x509.ObjectIdentifier | None = None,
    names: list[x509.GeneralName] | None = None,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if usage is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def make_certificates(folder: Path) -> Certificates:
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Toestemming test-CA")])
    ca_cert = _build(ca_name, ca_key, ca_name, ca_key, ca=True)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = _build(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]),
        server_key,
        ca_name,
        ca_key,
        ca=False,
        usage=ExtendedKeyUsageOID.SERVER_AUTH,
        names=[x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))],
    )
    paths = {n: folder / n for n in ("ca.crt", "ca.key", "server.crt", "server.key")}
    paths["ca.crt"].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    _write_private(paths["ca.key"], ca_key)
    paths["server.crt"].write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    _write_private(paths["server.key"], server_key)
    return Certificates(
        paths["ca.crt"],
        paths["ca.key"],
        paths["server.crt"],
        paths["server.key"],
        (ca_cert, ca_key),
    )


HBA = f"""\
# TYPE     DATABASE  USER           ADDRESS        METHOD
local      all       {SUPERUSER}    trust
local      all       all            reject
hostssl    all       +{CERT_GROUP}  127.0.0.1/32   cert
hostssl    all       all            127.0.0.1/32   scram-sha-256
hostnossl  all       all            0.0.0.0/0      reject
host       all       all            ::1/128        reject
"""


@dataclass
class PgServer:
    """A running server. `superuser_dsn()` is for set-up only (Unix socket, no password)."""

    root: Path
    port: int
    bin_dir: Path
    certs: Certificates
    _as_user: Callable[[], None] | None = field(default=None, repr=False)

    host = "127.0.0.1"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "run"

    def superuser_dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={dbname}"

    def url(self, user: str, dbname: str, *, sslmode: str = "verify-full") -> str:
        """A TCP URL as a worker's profile makes it (host = localhost so verify-full matches)."""
        return (
            f"postgresql://{user}@localhost:{self.port}/{dbname}"
            f"?sslmode={sslmode}&sslrootcert={self.certs.ca_cert}"
        )

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            preexec_fn=self._as_user,  # setuid to 'postgres' before exec when run as root
            check=False,
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        )

    def restart(self, *, crash: bool = False) -> None:
        """Stop and start again on the same data and port, as IT restarting the server (or,
        `crash`, a power cut: no shutdown checkpoint, every session cut mid-statement)."""
        log = str(self.root / "server.log")
        mode = "immediate" if crash else "fast"
        done = self._run(
            "pg_ctl", "-D", str(self.data), "-l", log, "-m", mode, "-w", "-t", "60", "restart"
        )  # fmt: skip
        if done.returncode != 0:
            raise ServerUnavailable(f"PostgreSQL did not restart: {done.stderr.strip()[-300:]}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _drop_to(user: str) -> Callable[[], None]:
    entry = pwd.getpwnam(user)

    def switch() -> None:
        os.setgid(entry.pw_gid)
        os.setuid(entry.pw_uid)

    return switch


def start(*, fsync: bool = False, max_connections: int = 100) -> PgServer:
    """initdb + pg_ctl start in a new private temp folder; raises ServerUnavailable with why."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise ServerUnavailable(
            "PostgreSQL is not installed (no initdb/pg_ctl; Debian: apt-get install postgresql)"
        )
    root = Path(tempfile.mkdtemp(prefix="toestemming-pg-"))
    as_user = None
    if os.geteuid() == 0:
        try:
            as_user = _drop_to(SUPERUSER)
            entry = pwd.getpwnam(SUPERUSER)
        except KeyError as exc:
            raise ServerUnavailable("running as root and there is no 'postgres' user") from exc
    certs = make_certificates(root)
    (root / "run").mkdir()
    server = PgServer(root, free_port(), bin_dir, certs, as_user)
    if as_user is not None:
        for path in [root, *root.iterdir()]:
            os.chown(path, entry.pw_uid, entry.pw_gid)
    done = server._run(
        "initdb", "-D", str(server.data), "-U", SUPERUSER, "-E", "UTF8", "--no-instructions",
        "--auth-local=trust", "--auth-host=reject",
    )  # fmt: skip
    if done.returncode != 0:
        raise ServerUnavailable(f"initdb failed: {done.stderr.strip()[-300:]}")
    (server.data / "pg_hba.conf").write_text(HBA)
    settings = {
        "listen_addresses": "'127.0.0.1'",
        "port": str(server.port),
        "unix_socket_directories": f"'{server.socket_dir}'",
        "ssl": "on",
        "ssl_cert_file": f"'{certs.server_cert}'",
        "ssl_key_file": f"'{certs.server_key}'",
        "ssl_ca_file": f"'{certs.ca_cert}'",
        "password_encryption": "'scram-sha-256'",
        "max_connections": str(max_connections),
        "fsync": "on" if fsync else "off",
        "synchronous_commit": "on",
        "shared_buffers": "'64MB'",
        "log_min_messages": "warning",
    }
    with (server.data / "postgresql.conf").open("a") as conf:
        conf.write("\n# toestemming test server\n")
        conf.writelines(f"{k} = {v}\n" for k, v in settings.items())
    log = root / "server.log"
    if as_user is not None:
        log.touch()
        os.chown(log, entry.pw_uid, entry.pw_gid)
    done = server._run("pg_ctl", "-D", str(server.data), "-l", str(log), "-w", "-t", "60", "start")
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-500:] if log.exists() else done.stderr
        shutil.rmtree(root, ignore_errors=True)
        raise ServerUnavailable(f"PostgreSQL did not start: {tail.strip()}")
    _wait_ready(server)
    return server


def _wait_ready(server: PgServer) -> None:
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(server.superuser_dsn(), connect_timeout=5) as conn:
                conn.execute(f"CREATE ROLE {CERT_GROUP} NOLOGIN")
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)  # the server is starting; pg_ctl -w normally makes this rare
