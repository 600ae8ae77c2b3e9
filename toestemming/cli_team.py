"""The team server's commands for the IT department: `team-worker add|remove|list` and
`team-setup` (the one command after deploy/team_server.sql).

Passwords never come from argv (every user of the computer can read a command line): the
admin's from PGPASSWORD or a prompt, a new worker's from TOESTEMMING_WORKER_PASSWORD or a
prompt (typed twice). The server URL must verify TLS (sslmode=verify-full + sslrootcert) and
may not hold a password. The store's team modules are imported only when one of these
commands runs."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any

from . import cli_secrets
from .errors import ToestemmingError, ValidationError

ADMIN_PASSWORD_ENV = "PGPASSWORD"
WORKER_PASSWORD_ENV = "TOESTEMMING_WORKER_PASSWORD"
COMMANDS = ("team-worker", "team-setup")

EXIT_CODES = """afsluitcodes:
  0  gelukt
  2  geweigerd of mislukt, met de reden (niets veranderd): ongeldige invoer, server niet
     bereikbaar, inloggen mislukt, geen rechten
  130 afgebroken (Ctrl+C)

wachtwoorden nooit op de opdrachtregel: de beheerder uit PGPASSWORD of gevraagd; een nieuwe
medewerker uit TOESTEMMING_WORKER_PASSWORD of gevraagd (twee keer)."""

SERVER_HELP = (
    "adres van de teamserver met de beheerder, bv. postgresql://toestemming_admin@server:5432/"
    "toestemming?sslmode=verify-full&sslrootcert=ca.crt (zonder wachtwoord)"
)

Say = Callable[..., None]


def add_commands(sub: Any) -> None:
    worker = sub.add_parser(
        "team-worker",
        help="medewerkers op de teamserver: toevoegen, verwijderen, tonen (ICT-afdeling)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXIT_CODES,
    )
    actions = worker.add_subparsers(dest="team_action", metavar="actie", required=True)
    add = actions.add_parser(
        "add", help="nieuwe medewerker (eigen inlognaam op de server)", epilog=EXIT_CODES
    )
    add.add_argument("role", metavar="NAAM", help="inlognaam: a-z, 0-9 en _, bv. anna_devries")
    add.add_argument(
        "--naam", default="", help="naam van de medewerker zoals collega's die zien in de app"
    )
    add.add_argument(
        "--certificaat",
        action="store_true",
        help="inloggen met een clientcertificaat (CN = NAAM) in plaats van een wachtwoord",
    )
    remove = actions.add_parser(
        "remove",
        help="medewerker uitschakelen: kan niet meer inloggen, open verbindingen worden verbroken",
        epilog=EXIT_CODES,
    )
    remove.add_argument("role", metavar="NAAM")
    actions.add_parser("list", help="alle medewerkers op de server", epilog=EXIT_CODES)
    for parser in (add, remove, actions.choices["list"]):
        parser.add_argument("--server", required=True, metavar="URL", help=SERVER_HELP)
    formatter = argparse.RawDescriptionHelpFormatter
    for parser in actions.choices.values():
        parser.formatter_class = formatter

    setup = sub.add_parser(
        "team-setup",
        help="richt de teamserver in: schema en organisatie, met de eerste medewerker",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXIT_CODES,
    )
    setup.add_argument("--server", required=True, metavar="URL", help=SERVER_HELP)
    setup.add_argument("--organisation", "--organisatie", required=True, help="naam organisatie")
    setup.add_argument("--worker", "--medewerker", required=True, help="naam eerste medewerker")


def _secret(env: str, prompt: str, *, twice: bool = False) -> str:
    value = cli_secrets.handed_over(env)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise ToestemmingError(
            message_id="error-team-password-set-start-terminal", params={"password_env": env}
        )
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Nog een keer: ") != first:
        raise ValidationError(message_id="error-team-passwords-differ", field="password")
    return first


def run(args: argparse.Namespace, say: Say) -> int:
    if args.command == "team-setup":
        return _setup(args, say)
    from .store import pg_connect

    pg_connect.checked_url(args.server)  # refused before any password is asked
    role = args.role if args.team_action in ("add", "remove") else None
    worker_password = None
    if args.team_action == "add":
        from .team_profile import role_name

        role = role_name(args.role, "Naam van de medewerker", "role")
        if not args.certificaat:
            worker_password = _secret(
                WORKER_PASSWORD_ENV, "Wachtwoord nieuwe medewerker: ", twice=True
            )
    admin_password = _secret(ADMIN_PASSWORD_ENV, "Wachtwoord beheerder: ")
    with pg_connect.server_errors():  # the connection broke halfway: Dutch, no traceback
        return _worker_action(args, role, worker_password, admin_password, say)


def _worker_action(
    args: argparse.Namespace,
    role: str | None,
    worker_password: str | None,
    admin_password: str,
    say: Say,
) -> int:
    from .store import pg_roles
    from .store.pg_admin_line import AdminLine

    # (A line that is made again when it breaks, and changes tried again after a conflict.)
    with AdminLine.connect(args.server, admin_password) as conn:
        if args.team_action == "add":
            assert role is not None
            joined = pg_roles.add_worker(
                conn, role, worker_password, cert=args.certificaat, worker_name=args.naam
            )
            how = "clientcertificaat (CN = inlognaam)" if args.certificaat else "wachtwoord"
            say(f"Medewerker toegevoegd: {role} (inloggen met {how}).")
            if not joined:
                say(
                    "Let op: de server is nog niet ingericht (team-setup); deze medewerker hoort "
                    "nog bij geen organisatie.",
                    err=True,
                )
        elif args.team_action == "remove":
            ended = pg_roles.remove_worker(conn, role or "")
            say(
                f"Medewerker {role} uitgeschakeld: kan niet meer inloggen; "
                f"{ended} open verbinding(en) verbroken."
            )
            if pg_roles.has_schema(conn):
                _remove_in_app(args.server, admin_password, role or "", say)
        else:
            workers = pg_roles.list_workers(conn)
            if not workers:
                say("Nog geen medewerkers op deze server.")
            for worker in workers:
                state = "actief" if worker.can_login else "verwijderd"
                if worker.removed_in_app:
                    state = "verwijderd*"  # (the server keeps them out; the login is still on)
                how = "certificaat" if worker.certificate else "wachtwoord"
                say(f"{worker.role:<32} {state:<11} {how:<12} {worker.sessions} verbinding(en)")
            if any(w.removed_in_app for w in workers):
                say(
                    "* verwijderd in de app; inloggen staat nog aan. Zet het uit met "
                    "team-worker remove NAAM."
                )
    return 0


def _remove_in_app(url: str, admin_password: str, role: str, say: Say) -> None:
    """The worker's row in the app marked removed, with its worker.removed event, as the
    app's Medewerkers screen does (so the app's list no longer shows them as active). The
    login is already disabled: a failure here is said, and the removal stands."""
    from .errors import user_text
    from .service import Service

    try:
        service = Service.open_team(url, admin_password)
    except ToestemmingError as exc:
        say(
            f"Let op: de lijst van medewerkers in de app is niet bijgewerkt: {user_text(exc)}",
            err=True,
        )
        return
    try:
        # Held like every other write of the CLI (cli._open, usecases/clock_ahead.py): a clock
        # far past the team's log would date worker.removed years ahead, and every desk of the
        # team would read only ("achter het logboek") once clocks are right again (review23).
        service.clock_right.ahead.hold()
        worker = next((w for w in service.workers() if w.slot_id == role and w.active), None)
        if worker is not None:
            service.remove_worker(worker.id)
            say("In de app staat de medewerker nu als verwijderd.")
    except ToestemmingError as exc:
        say(
            f"Let op: de lijst van medewerkers in de app is niet bijgewerkt: {user_text(exc)}",
            err=True,
        )
    finally:
        service.close()


def _setup(args: argparse.Namespace, say: Say) -> int:
    """Schema + organisation + the first worker, by the Service (pgcore's create_team)."""
    from .service import Service
    from .store import pg_connect

    pg_connect.checked_url(args.server)
    admin_password = _secret(ADMIN_PASSWORD_ENV, "Wachtwoord beheerder: ")
    service = Service.create_team(args.server, args.organisation, args.worker, admin_password)
    service.close()
    say("Teamserver ingericht: schema en organisatie staan klaar.")
    return 0
