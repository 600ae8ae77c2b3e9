"""Session 19 (multi22): the team server's disk is full during a write.

The organisation's log lives on a tablespace on a small file system of its own (what IT does
with a quota'd volume), and that file system fills up. A desk adds youths until the server
cannot extend the log's file (SQLSTATE 53100, "No space left on device"). The worker hears in
Dutch that the *team server* is full — not that their own disk is (they cannot free space on
the server) and not that the line broke — nothing of that write is kept (no youth without its
event), and once IT made room the next write works and the log is whole."""

from __future__ import annotations

import contextlib
import os
import pwd
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from test_attack_s15_team_desks import (
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)

from toestemming.errors import ToestemmingError, user_text
from toestemming.store import pg_schema

pytestmark = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0, reason="mounting a small file system needs root"
)


@contextlib.contextmanager
def _small_volume(beside: Path) -> Iterator[Path]:
    """A 1 MB file system the server's user can reach (beside its data folder)."""
    where = beside / f"vol-{uuid.uuid4().hex[:8]}"
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.strip()}")
    try:
        pg = pwd.getpwnam("postgres")
        os.chown(where, pg.pw_uid, pg.pw_gid)
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
        with contextlib.suppress(OSError):
            where.rmdir()


def _fill(volume: Path) -> Path:
    """Every byte of the volume taken (a filler file as big as it gets)."""
    filler = volume / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while os.write(fd, b"\0" * 4096):
                pass
        with contextlib.suppress(OSError):
            while os.write(fd, b"\0"):
                pass
    finally:
        os.close(fd)
    return filler


def test_a_write_when_the_team_servers_disk_is_full_is_told_and_kept_nothing_of(
    team,  # noqa: F811
    pg_server,
    pg_database,
) -> None:
    svc = team[0]
    space = f"vol{uuid.uuid4().hex[:8]}"
    with (
        _small_volume(pg_server.root) as volume,
        psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su,
    ):
        su.execute(f"CREATE TABLESPACE {space} LOCATION '{volume}'")
        try:
            su.execute(f"ALTER TABLE {pg_schema.SCHEMA}.events SET TABLESPACE {space}")
            filler = _fill(volume)
            told = None
            for n in range(400):  # (until the log's file needs one more page)
                try:
                    svc.people.add_youth(
                        given_name=f"Vol{n}", family_name="Schijf", birth_date="2010-01-01"
                    )
                except ToestemmingError as exc:
                    told = exc
                    break
            assert told is not None, "the volume never filled up"
            said = user_text(told)
            assert "teamserver" in said.lower(), said
            assert "verbinding" not in said.lower(), said  # (the line did not break)
            assert "Vol" not in said and "Traceback" not in said
            # Nothing half: each youth row has its event, the failed one has neither.
            youths = int(svc.vault.db.scalar("SELECT count(*) FROM youths"))
            added = int(
                svc.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'youth.added'")
            )
            assert youths == added == n
            # IT makes room: the same write again works, once.
            filler.unlink()
            svc.people.add_youth(
                given_name=f"Vol{n}", family_name="Schijf", birth_date="2010-01-01"
            )
            assert int(svc.vault.db.scalar("SELECT count(*) FROM youths")) == n + 1
            _whole(svc)
            su.execute(f"ALTER TABLE {pg_schema.SCHEMA}.events SET TABLESPACE pg_default")
        finally:
            svc.close()
            with contextlib.suppress(psycopg.Error):
                su.execute(f"ALTER TABLE {pg_schema.SCHEMA}.events SET TABLESPACE pg_default")
            with contextlib.suppress(psycopg.Error):
                su.execute(f"DROP TABLESPACE {space}")
