"""Team-server connection profiles: saved as JSON without the password, the password in a real
keyring backend (keyrings.alt's file keyring: the OS keyring is not reachable here), TLS always
verified against a CA file, and typed values that cannot smuggle connection options in."""

from __future__ import annotations

import base64
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from psycopg.conninfo import conninfo_to_dict
from team_setup_support import file_keyring as keyring_at

from toestemming import team_profile
from toestemming.devtools import pgserver
from toestemming.errors import ValidationError
from toestemming.team_profile import KeyringUnavailable, ProfileStore, make_profile

PASSWORD = "Zomer-Regen-2026-geheim"


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    with keyring_at(tmp_path / "keyring" / "keyring_pass.cfg") as backend:
        yield backend


@pytest.fixture
def certs(tmp_path: Path) -> pgserver.Certificates:
    folder = tmp_path / "ict"
    folder.mkdir()
    return pgserver.make_certificates(folder)


def _profile(certs: pgserver.Certificates, **changes: object) -> team_profile.TeamProfile:
    fields: dict[str, object] = {
        "host": "db.jeugdregio.nl",
        "port": "5432",
        "database": "toestemming",
        "user": "anna_devries",
        "organisation": "RMC Regio West",
        "ca_file": str(certs.ca_cert),
    }
    fields.update(changes)
    return make_profile(**fields)


def test_save_load_delete_round_trip(tmp_path: Path, certs, file_keyring) -> None:
    store = ProfileStore(tmp_path / "settings")
    assert store.load_all() == []
    crt, key = certs.client("bram", tmp_path / "ict")
    first = _profile(certs)
    second = _profile(certs, user="bram", client_cert=str(crt), client_key=str(key))
    store.save(first)
    store.save(second)
    again = ProfileStore(tmp_path / "settings").load_all()
    assert again == [first, second]
    assert again[1].uses_certificate and not again[0].uses_certificate
    # Saving the same user@host:port/db again replaces it, not a second entry.
    store.save(_profile(certs, organisation="RMC Regio West-Friesland"))
    names = [p.organisation for p in store.load_all()]
    assert names == ["RMC Regio West-Friesland", "RMC Regio West"]
    store.delete(second)
    assert [p.key() for p in store.load_all()] == ["anna_devries@db.jeugdregio.nl:5432/toestemming"]


def test_the_file_on_disk_never_holds_the_password(tmp_path: Path, certs, file_keyring) -> None:
    settings = tmp_path / "settings"
    store = ProfileStore(settings)
    profile = _profile(certs)
    store.save(profile)
    team_profile.remember_password(profile, PASSWORD)
    store.save(profile)  # saving again after remembering: still not in the file
    hidden = base64.b64encode(PASSWORD.encode())  # how the file keyring writes it
    for path in settings.rglob("*"):
        assert PASSWORD.encode() not in path.read_bytes(), path.name
        assert hidden not in path.read_bytes(), path.name
    assert PASSWORD not in profile.conninfo()
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    # ... it is in the keyring, and back from there.
    assert hidden in Path(file_keyring.file_path).read_bytes()
    assert team_profile.stored_password(ProfileStore(settings).load_all()[0]) == PASSWORD


def test_deleting_a_profile_forgets_its_password(tmp_path: Path, certs, file_keyring) -> None:
    store = ProfileStore(tmp_path / "settings")
    anna, bram = _profile(certs), _profile(certs, user="bram")
    for profile in (anna, bram):
        store.save(profile)
        team_profile.remember_password(profile, PASSWORD + profile.user)
    store.delete(anna)
    assert team_profile.stored_password(anna) is None
    assert team_profile.stored_password(bram) == PASSWORD + "bram"
    store.delete(anna)  # twice: nothing left to forget, no error


def test_no_keyring_on_this_computer(tmp_path: Path, certs) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        profile = _profile(certs)
        with pytest.raises(KeyringUnavailable) as caught:
            team_profile.remember_password(profile, PASSWORD)
        assert PASSWORD not in str(caught.value)
        assert "wachtwoordkluis" in caught.value.message
        assert team_profile.stored_password(profile) is None  # typed again, not an error
        team_profile.forget_password(profile)
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize("ca_file", ["", "   ", None])
def test_a_profile_without_ca_is_refused(certs, ca_file: object) -> None:
    with pytest.raises(ValidationError) as caught:
        _profile(certs, ca_file=ca_file)
    assert caught.value.field == "ca_file"
    assert "CA-certificaat" in caught.value.message


def test_a_ca_that_is_missing_or_no_certificate_is_refused(tmp_path: Path, certs) -> None:
    with pytest.raises(ValidationError, match="bestaat niet"):
        _profile(certs, ca_file=str(tmp_path / "weg.crt"))
    with pytest.raises(ValidationError, match="geen certificaat"):
        _profile(certs, ca_file=str(certs.ca_key))  # the key picked by mistake
    with pytest.raises(ValidationError, match="kan niet worden gelezen"):
        _profile(certs, ca_file=str(tmp_path))  # a folder


def test_a_hand_edited_file_without_ca_does_not_load(tmp_path: Path, certs, caplog) -> None:
    store = ProfileStore(tmp_path / "settings")
    store.save(_profile(certs))
    store.save(_profile(certs, user="bram"))
    text = store.path.read_text().replace(str(certs.ca_cert), "", 1)
    store.path.write_text(text)
    assert [p.user for p in store.load_all()] == ["bram"]
    assert "anna" not in caplog.text
    store.path.write_text("{" * 10_000)
    assert store.load_all() == []


def test_certificate_and_key_come_together(tmp_path: Path, certs) -> None:
    crt, _key = certs.client("anna_devries", tmp_path / "ict")
    with pytest.raises(ValidationError, match="geen van beide"):
        _profile(certs, client_cert=str(crt))
    with pytest.raises(ValidationError, match="geen sleutel"):
        _profile(certs, client_cert=str(crt), client_key=str(crt))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("host", "db.example.nl?sslmode=disable"),
        ("host", "db example.nl"),
        ("host", "-db.example.nl"),
        ("host", ""),
        ("port", "0"),
        ("port", "65536"),
        ("port", "5432 "),
        ("port", "vijf"),
        ("user", "Anna"),
        ("user", "anna@evil"),
        ("user", "anna sslmode=disable"),
        ("user", "pg_read_all_data"),
        ("user", "a" * 64),
        ("database", "toestemming\nsslmode=disable"),
        ("organisation", ""),
    ],
)
def test_bad_fields_are_refused_with_the_field_named(certs, field: str, value: str) -> None:
    if field == "port" and value == "5432 ":
        assert _profile(certs, port=value).port == 5432  # spaces around a number are fine
        return
    with pytest.raises(ValidationError) as caught:
        _profile(certs, **{field: value})
    assert caught.value.field == field
    assert value.strip() == "" or value not in caught.value.message


def test_conninfo_always_verifies_tls_and_cannot_be_steered(tmp_path: Path, certs) -> None:
    odd = tmp_path / "map met spatie & #"
    odd.mkdir()
    ca = odd / "ca.crt"
    ca.write_bytes(certs.ca_cert.read_bytes())
    profile = _profile(certs, ca_file=str(ca), database="db?sslmode=disable&x=1", host="::1")
    parsed = conninfo_to_dict(profile.conninfo())
    assert parsed["sslmode"] == "verify-full"
    assert parsed["sslrootcert"] == str(ca)
    assert parsed["dbname"] == "db?sslmode=disable&x=1"
    assert parsed["host"] == "::1"
    assert "password" not in parsed


def test_the_profile_connects_to_a_real_server_with_the_keyring_password(
    tmp_path: Path, pg_server: pgserver.PgServer, pg_database: str, file_keyring
) -> None:
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE fleur LOGIN PASSWORD '{PASSWORD}'")
    profile = make_profile(
        host="localhost",
        port=pg_server.port,
        database=pg_database,
        user="fleur",
        organisation="Test",
        ca_file=pg_server.certs.ca_cert,
    )
    store = ProfileStore(tmp_path / "settings")
    store.save(profile)
    team_profile.remember_password(profile, PASSWORD)
    loaded = store.load_all()[0]
    password = team_profile.stored_password(loaded)
    assert password is not None
    with psycopg.connect(loaded.conninfo(), password=password) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert row is not None and row[0] is True
    # The same profile with another CA: the server is not trusted, nothing is sent.
    (tmp_path / "other").mkdir()
    other = pgserver.make_certificates(tmp_path / "other")
    wrong = make_profile(**{**loaded.to_json(), "ca_file": other.ca_cert})
    with pytest.raises(psycopg.OperationalError, match=r"SSL error|certificate verify failed"):
        psycopg.connect(wrong.conninfo(), password=password)
