"""Kill test: a child process commits in a loop and reports each acknowledged write; the
parent kills it with SIGKILL at random moments and checks that every acknowledged write
survived, the file is intact and the audit chain verifies. Used by the test suite (≥ 20
kills) and by `toestemming bench --crash N`. The target is a vault file or a team server's
URL (the worker's role; its password, like the passphrase, goes by environment, never argv):
on the server a killed worker's open transaction must be rolled back whole.

The child prints only row ids (no personal data) after each COMMIT has returned.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..clock import SystemClock
from ..model import SignerRef
from ..service import Service
from ..store.header import KdfParams
from ..usecases.consent import ItemSpec

PASS_ENV = "TOESTEMMING_PASSPHRASE"


@dataclass
class CrashReport:
    kills: int
    acknowledged: int
    lost: int
    corrupt: int
    half_recorded: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return self.lost == 0 and self.corrupt == 0 and self.half_recorded == 0


def prepare(path: Path, passphrase: str, kdf: KdfParams | None = None) -> None:
    svc, _ = Service.create(path, "Kill-test", "Crash Tester", passphrase, kdf=kdf)
    try:
        svc.catalog.add_recipient("UWV", "arbeid")
        svc.catalog.add_purpose("werk", "Begeleiding naar werk", "Zodat het UWV je kan helpen.")
        svc.catalog.add_category("contact", "Contactgegevens", "Naam en telefoon", "dat", False)
    finally:
        svc.close()


def open_target(target: Path | str, secret: str) -> Service:
    """A vault file (passphrase) or a team server URL (the login role's password)."""
    if str(target).startswith(("postgresql://", "postgres://")):
        return Service.open_team(str(target), secret, clock=SystemClock())
    return Service.open(Path(target), secret, clock=SystemClock())


def child(target: Path | str) -> None:
    """Loop forever: add a youth, ask consent for 3 items, record the answers (3 transactions)."""
    svc = open_target(target, os.environ[PASS_ENV])
    recipient = svc.catalog.recipients()[0].id
    purpose = svc.catalog.purposes()[0].id
    category = svc.catalog.categories()[0].id
    n = 0
    while True:
        n += 1
        y = svc.people.add_youth(
            given_name="Kill", family_name=f"Test {n}", birth_date="01-01-2005"
        )
        print(f"youth {y.id}", flush=True)
        req = svc.consents.create_request(y.id, [ItemSpec(purpose, recipient, (category,))])
        print(f"request {req.id}", flush=True)
        ids = svc.consents.record_decisions(
            req.id, SignerRef.youth(y.id), {req.items[0].id: "yes"}, "desk"
        )
        print(f"decisions {req.id} {len(ids)}", flush=True)


def run(
    path: Path | str, passphrase: str, kills: int, seed: int = 0, max_wait_lines: int = 40
) -> CrashReport:
    rng = random.Random(seed)
    env = dict(os.environ, **{PASS_ENV: passphrase})
    acked_youths: set[int] = set()
    acked_requests: set[int] = set()
    problems: list[str] = []
    lost = corrupt = half = 0
    for _k in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-m", "toestemming.devtools.crashtest", "child", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        target = rng.randrange(1, max_wait_lines)
        for _ in range(target):
            line = proc.stdout.readline()
            if not line:
                break
            kind, rid, *_rest = line.split()
            (acked_youths if kind == "youth" else acked_requests).add(int(rid))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        svc = open_target(path, passphrase)
        try:
            db = svc.vault.db
            present_y = {int(r[0]) for r in db.query("SELECT id FROM youths")}
            present_r = {int(r[0]) for r in db.query("SELECT id FROM consent_requests")}
            missing = (acked_youths - present_y) | {-r for r in acked_requests - present_r}
            if missing:
                lost += len(missing)
                problems.append(f"kill {_k}: {len(missing)} bevestigde schrijfacties kwijt")
            bad = svc.integrity_problems()
            report = svc.verify_audit(deep=True)
            if bad or not report.ok:
                corrupt += 1
                problems.append(f"kill {_k}: {bad[:1] or report.describe()}")
            # A request without its items, or an event without its rows, would be half-recorded.
            orphans = db.scalar(
                "SELECT count(*) FROM consent_requests r WHERE NOT EXISTS "
                "(SELECT 1 FROM consent_items i WHERE i.request_id = r.id)"
            )
            # Each transaction writes decision rows and the event listing them, or neither.
            # (Counted in Python: the same on a vault file and on a team server.)
            listed = sum(
                len(json.loads(bytes(r[0]))["data"]["decisions"])
                for r in db.query("SELECT body FROM events WHERE kind = 'decisions.recorded'")
            )
            undocumented = abs(int(db.scalar("SELECT count(*) FROM decisions")) - listed)
            if orphans or undocumented:
                half += int(orphans) + int(undocumented)
                problems.append(f"kill {_k}: half vastgelegd ({orphans}, {undocumented})")
        finally:
            svc.close()
    return CrashReport(
        kills, len(acked_youths) + len(acked_requests), lost, corrupt, half, problems
    )


def _child_main(argv: list[str]) -> None:
    if argv[:1] == ["child"]:
        child(argv[1])


if __name__ == "__main__":
    _child_main(sys.argv[1:])
    sys.exit(0)
