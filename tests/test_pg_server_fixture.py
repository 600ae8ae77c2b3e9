"""The test server itself behaves as the team-server set-up promises: TLS or nothing."""

from __future__ import annotations

import psycopg
import pytest

from toestemming.devtools import pgserver


def _make_login(server: pgserver.PgServer, db: str, user: str, password: str) -> None:
    with psycopg.connect(server.superuser_dsn(db), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")


def test_tls_with_verify_full_connects_and_reports_ssl(
    pg_server: pgserver.PgServer, pg_database: str
) -> None:
    _make_login(pg_server, pg_database, "anna", "lang-geheim-1")
    with psycopg.connect(pg_server.url("anna", pg_database), password="lang-geheim-1") as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[
            0
        ]


def test_a_connection_without_tls_is_refused_by_the_server(
    pg_server: pgserver.PgServer, pg_database: str
) -> None:
    _make_login(pg_server, pg_database, "bram", "lang-geheim-2")
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(
            pg_server.url("bram", pg_database, sslmode="disable"), password="lang-geheim-2"
        )


def test_wrong_password_is_refused(pg_server: pgserver.PgServer, pg_database: str) -> None:
    _make_login(pg_server, pg_database, "cees", "lang-geheim-3")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_server.url("cees", pg_database), password="fout")


def test_client_certificate_login_for_the_cert_group(
    pg_server: pgserver.PgServer, pg_database: str, tmp_path
) -> None:
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE dirk LOGIN IN ROLE {pgserver.CERT_GROUP}")
    crt, key = pg_server.certs.client("dirk", tmp_path)
    url = pg_server.url("dirk", pg_database) + f"&sslcert={crt}&sslkey={key}"
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == "dirk"
    other_crt, other_key = pg_server.certs.client("eva", tmp_path)  # a certificate for someone else
    url = pg_server.url("dirk", pg_database) + f"&sslcert={other_crt}&sslkey={other_key}"
    with pytest.raises(psycopg.OperationalError, match="certificate authentication failed"):
        psycopg.connect(url)
