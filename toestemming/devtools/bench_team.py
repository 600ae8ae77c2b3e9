"""The team server under load, for `toestemming bench` (issue 18).

20 worker processes (spawned, each its own login role and connection, as 20 desks would be) do
desk actions against one real PostgreSQL for a bounded time: search, a request, a decision,
may-share and now and then a withdrawal. Reported: throughput, p95 latency per action as a
ratio to the same action on a single local vault in the same run, lost writes (acknowledged
to a worker but not in the database) and chain breaks (the audit verify and the state-vs-log
replay afterwards). Then a worker is SIGKILLed mid-work 20 times (devtools/crashtest.py):
no half decision may remain.

The server is started here (devtools/pgserver.py, fsync on) in a temp folder; without
PostgreSQL installed the section says so and is skipped.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..clock import SystemClock
from ..model import SignerRef
from ..service import Service
from ..usecases.consent import ItemSpec
from . import pgserver
from .pgteam import Login, make_admin, make_worker

ACTIONS = ("zoeken", "verzoek", "besluit", "mag-delen", "intrekking")
SEARCH_PREFIXES = ("Be", "Ka", "Lo", "Mi", "Sa", "To")
ORGANISATION = "Benchteam"
PASSPHRASE = "bench wachtwoordzin voor metingen"  # (the local vault only; bench.py's too)


@dataclass(frozen=True)
class Catalog:
    recipient: int
    purpose: int
    category: int


def seed(svc: Service, youths: int) -> Catalog:
    """One recipient, purpose and category, and `youths` adults (who decide alone)."""
    recipient = svc.catalog.add_recipient("UWV", "arbeid").id
    purpose = svc.catalog.add_purpose("werk", "Begeleiding naar werk", "Zodat het UWV helpt.").id
    category = svc.catalog.add_category(
        "contact", "Contactgegevens", "Naam en telefoon", "dat", False
    ).id
    rng = random.Random(7)
    for n in range(youths):
        svc.people.add_youth(
            given_name=f"{rng.choice(SEARCH_PREFIXES)}{n:04d}",
            family_name="Bank",
            birth_date=date(2000 + n % 6, 1 + n % 12, 1 + n % 28).strftime("%d-%m-%Y"),
        )
    return Catalog(recipient, purpose, category)


@dataclass
class DeskTally:
    timings: dict[str, list[float]]
    acknowledged: list[int]  # request ids whose decision came back committed
    withdrawn: list[int]  # item ids whose withdrawal came back committed
    errors: dict[str, int]


class _Desk:
    """One worker's desk: rounds of actions for one youth, each action timed."""

    def __init__(self, svc: Service, catalog: Catalog, rng: random.Random) -> None:
        self.svc, self.catalog, self.rng = svc, catalog, rng
        self.spec = ItemSpec(catalog.purpose, catalog.recipient, (catalog.category,))
        self.tally = DeskTally({a: [] for a in ACTIONS}, [], [], {})

    def timed(self, action: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            return fn()
        finally:
            self.tally.timings[action].append(time.perf_counter() - start)

    def round(self) -> None:
        svc, c = self.svc, self.catalog
        rows = self.timed("zoeken", lambda: svc.people.search(self.rng.choice(SEARCH_PREFIXES)))
        if not rows:
            return
        youth = self.rng.choice(rows).id
        signer = SignerRef.youth(youth)
        req = self.timed("verzoek", lambda: svc.consents.create_request(youth, [self.spec]))
        item = req.items[0].id
        self.timed(
            "besluit", lambda: svc.consents.record_decisions(req.id, signer, {item: "yes"}, "desk")
        )
        self.tally.acknowledged.append(req.id)
        self.timed(
            "mag-delen",
            lambda: svc.sharing.may_share(youth, c.recipient, c.purpose, [c.category]),
        )
        if self.rng.random() < 0.25:
            self.timed("intrekking", lambda: svc.withdrawals.withdraw([item], signer, "desk"))
            self.tally.withdrawn.append(item)


def desk_work(svc: Service, catalog: Catalog, until: float, rng: random.Random) -> DeskTally:
    """Desk rounds until `until` (time.monotonic)."""
    desk = _Desk(svc, catalog, rng)
    while time.monotonic() < until:
        try:
            desk.round()
        except Exception as exc:  # counted by kind; the bench reports them, never hides them
            name = type(exc).__name__
            desk.tally.errors[name] = desk.tally.errors.get(name, 0) + 1
    return desk.tally


def _worker(
    login: Login, catalog: Catalog, seconds: float, ready: Any, go: Any, out: Any, seed_: int
) -> None:
    try:
        svc = Service.open_team(login.url, login.password, clock=SystemClock())
    except Exception as exc:
        ready.release()
        out.put({"error": type(exc).__name__})
        return
    try:
        ready.release()
        go.wait(120)
        tally = desk_work(svc, catalog, time.monotonic() + seconds, random.Random(seed_))
        out.put(tally.__dict__)
    finally:
        svc.close()


def _p95(samples: list[float]) -> float:
    if not samples:
        return 0.0
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000


def bench_team(
    say: Callable[[str], None],
    *,
    workers: int = 20,
    seconds: float = 20.0,
    kills: int = 20,
    youths: int = 200,
) -> dict[str, Any] | None:
    """None when no PostgreSQL server can be started here (the reason is said)."""
    try:
        server = pgserver.start(fsync=True, max_connections=workers * 2 + 20)
    except pgserver.ServerUnavailable as exc:
        say(f"Teamserver:       overgeslagen ({exc})")
        return None
    # The log heads a worker's computer keeps (store/team.py) go to a temp folder, not into
    # the user's data folder: these servers are gone after the bench. (Workers inherit it.)
    saved = os.environ.get("XDG_DATA_HOME")
    heads = tempfile.TemporaryDirectory(prefix="toestemming-bench-heads-")
    os.environ["XDG_DATA_HOME"] = heads.name
    try:
        return _run(server, say, workers, seconds, kills, youths)
    finally:
        server.stop()
        if saved is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = saved
        heads.cleanup()


def _run(
    server: pgserver.PgServer,
    say: Callable[[str], None],
    workers: int,
    seconds: float,
    kills: int,
    youths: int,
) -> dict[str, Any]:
    import psycopg

    db = "benchteam"
    with psycopg.connect(server.superuser_dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {db}")
    admin = make_admin(server, db)
    svc = Service.create_team(admin.url, ORGANISATION, "Beheer", admin.password)
    try:
        catalog = seed(svc, youths)
    finally:
        svc.close()
    logins = [make_worker(server, db, admin, f"w{n:02d}") for n in range(workers)]
    say(f"Teamserver: {workers} medewerkers, {seconds:.0f} s baliewerk tegelijk …")

    ctx = multiprocessing.get_context("spawn")
    ready, go, out = ctx.Semaphore(0), ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_worker, args=(login, catalog, seconds, ready, go, out, n), daemon=True)
        for n, login in enumerate(logins)
    ]
    for p in procs:
        p.start()
    for _ in procs:
        ready.acquire(timeout=120)
    started = time.perf_counter()
    go.set()
    tallies = [out.get(timeout=seconds + 300) for _ in procs]
    wall = time.perf_counter() - started
    for p in procs:
        p.join(30)
    failed_open = [t["error"] for t in tallies if "error" in t]
    tallies = [t for t in tallies if "error" not in t]

    team_timings: dict[str, list[float]] = {a: [] for a in ACTIONS}
    acknowledged: list[int] = []
    withdrawn: list[int] = []
    errors: dict[str, int] = {}
    for t in tallies:
        for a in ACTIONS:
            team_timings[a].extend(t["timings"][a])
        acknowledged.extend(t["acknowledged"])
        withdrawn.extend(t["withdrawn"])
        for k, v in t["errors"].items():
            errors[k] = errors.get(k, 0) + v

    # What the workers were told was saved must be there; the log must hold together.
    check = Service.open_team(admin.url, admin.password)
    try:
        dbh = check.vault.db
        present = {
            int(r[0])
            for r in dbh.query(
                "SELECT i.request_id FROM decisions d JOIN consent_items i ON i.id = d.item_id"
            )
        }
        lost = len(set(acknowledged) - present)
        withdrawn_rows = {int(r[0]) for r in dbh.query("SELECT item_id FROM withdrawals")}
        lost += len(set(withdrawn) - withdrawn_rows)
        report = check.verify_audit(deep=True)
        problems = check.integrity_problems(audit=report)
        events = report.events
    finally:
        check.close()

    local = _local_baseline(catalog_youths=youths, seconds=max(5.0, seconds / 2))
    per_action = {}
    for a in ACTIONS:
        team_p95, local_p95 = _p95(team_timings[a]), _p95(local[a])
        per_action[a] = {
            "count": len(team_timings[a]),
            "p95_ms": team_p95,
            "local_p95_ms": local_p95,
            "ratio": team_p95 / local_p95 if local_p95 else 0.0,
        }
    actions_total = sum(len(v) for v in team_timings.values())

    from .crashtest import run as kill_run

    say(f"Teamserver: {kills}× een medewerker midden in het werk afschieten (SIGKILL) …")
    victim = logins[0]
    crash = kill_run(victim.url, victim.password, kills)
    return {
        "workers": workers,
        "seconds": wall,
        "failed_to_open": failed_open,
        "actions": actions_total,
        "throughput_per_s": actions_total / wall if wall else 0.0,
        "decisions_acknowledged": len(acknowledged),
        "withdrawals_acknowledged": len(withdrawn),
        "errors": errors,
        "lost_writes": lost,
        "events": events,
        "chain_breaks": 0 if report.ok else 1,
        "check_problems": len(problems),
        "per_action": per_action,
        "kills": {
            "kills": crash.kills,
            "acknowledged": crash.acknowledged,
            "lost": crash.lost,
            "corrupt": crash.corrupt,
            "half_decisions": crash.half_recorded,
        },
        "ok": (
            lost == 0
            and report.ok
            and not problems
            and not failed_open
            and crash.ok
            and len(acknowledged) > 0
        ),
    }


def _local_baseline(catalog_youths: int, seconds: float) -> dict[str, list[float]]:
    """The same desk rounds on one local vault, one process: the floor the server is held to."""
    with tempfile.TemporaryDirectory(prefix="toestemming-bench-team-") as folder:
        svc, _ = Service.create(
            Path(folder) / "lokaal.tvault", ORGANISATION, "Beheer", PASSPHRASE, SystemClock()
        )
        try:
            catalog = seed(svc, catalog_youths)
            tally = desk_work(svc, catalog, time.monotonic() + seconds, random.Random(1))
        finally:
            svc.close()
    return tally.timings


def describe(r: dict[str, Any]) -> list[str]:
    """Dutch lines for the bench's printout."""
    lines = [
        f"Teamserver:       {r['workers']} medewerkers tegelijk, {r['actions']} handelingen in "
        f"{r['seconds']:.1f} s ({r['throughput_per_s']:.0f} per seconde); "
        f"{r['decisions_acknowledged']} besluiten en {r['withdrawals_acknowledged']} "
        f"intrekkingen bevestigd, {r['lost_writes']} kwijt, {r['chain_breaks']} breuken in de "
        f"keten, {r['check_problems']} afwijkingen bij de controle"
        + (f", fouten: {r['errors']}" if r["errors"] else "")
    ]
    for action, a in r["per_action"].items():
        lines.append(
            f"  {action:<11} p95 {a['p95_ms']:.1f} ms (lokale kluis {a['local_p95_ms']:.1f} ms, "
            f"×{a['ratio']:.1f}; {a['count']}×)"
        )
    k = r["kills"]
    lines.append(
        f"  SIGKILL {k['kills']}×: {k['acknowledged']} bevestigde schrijfacties, {k['lost']} kwijt, "
        f"{k['corrupt']} kapot, {k['half_decisions']} halve besluiten"
    )
    return lines
