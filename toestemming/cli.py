"""Command line: `toestemming [--vault PAD]` starts the app; subcommands for demo, check and
bench. Dutch help. Passphrases come from a prompt or TOESTEMMING_PASSPHRASE, never argv.

The core never imports the UI: the installed `toestemming` script is `ui.launcher:main`, which
calls `main(argv, start_gui=ui.app.run)`. Without that callback (the console twin
`toestemming-cli`) the commands that need a window say so.

`demo` and `bench` are developer tools (toestemming/devtools), which the installed app does not
ship: there they say so and exit with 2, like every other refused command (0 = done,
2 = refused with a Dutch reason, 130 = interrupted; `verify` has its own codes below). The team
server's commands for the IT department are in cli_team.py."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import cli_secrets, cli_team
from .cli_parser import VERIFY_EXIT_CODES, build_parser, parse_arguments
from .errors import NotInstalled, ToestemmingError, user_text
from .language import SOURCE, worker_languages
from .language import text as catalog_text

if TYPE_CHECKING:
    from .service import Service
    from .store.db import Database

# The grammar lives in cli_parser.py; tests and the docs name it through this module too.
__all__ = [
    "PASSPHRASE_ENV",
    "VERIFY_EXIT_CODES",
    "build_parser",
    "error_language",
    "main",
    "parse_arguments",
]

PASSPHRASE_ENV = "TOESTEMMING_PASSPHRASE"

StartGui = Callable[..., int]  # (vault_path, *, demo_passphrase_hint=None) -> exit code


def _say(message: str, *, err: bool = False) -> None:
    # A windowed (frozen) build may have no stdout/stderr at all.
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    try:
        print(message, file=stream, flush=True)
    except BrokenPipeError:
        # The reader went away (`verify PAKKET | head`): not a failure of the check, whose
        # exit code still counts. Point the stream at nothing so the exit flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    except OSError:
        # Written to a full disk (`> /dev/full`, ENOSPC) or a failing device: the words are
        # lost where someone meant to keep them (a report, a fingerprint), so the exit code
        # must not say all went well (main). Quiet from here on, no traceback.
        _LOST_OUTPUT.add(stream.fileno())
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


_LOST_OUTPUT: set[int] = set()  # the streams _say could not write to in this run


def default_vault_dir() -> Path:
    from platformdirs import user_data_dir

    path = Path(user_data_dir("Toestemming", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def read_passphrase(prompt: str = "Wachtwoordzin: ") -> str:
    value = cli_secrets.handed_over(PASSPHRASE_ENV)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise ToestemmingError(
            message_id="error-cli-passphrase-set-start-terminal",
            params={"passphrase_env": PASSPHRASE_ENV},
        )
    return getpass.getpass(prompt)


def error_language(chosen: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The worker's language for error messages: --taal, else the first of the POSIX locale
    variables that is set ("en_GB.UTF-8" → "en"), when there is a catalog for it; else Dutch."""
    if chosen:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split(".")[0].split("_")[0].split("@")[0].lower()
            return code if code in worker_languages() else SOURCE
    return SOURCE


def main(argv: Sequence[str] | None = None, start_gui: StartGui | None = None) -> int:
    args = parse_arguments(argv)
    language = error_language(args.language)
    _LOST_OUTPUT.clear()
    root = logging.getLogger()
    if not root.handlers:
        # Without a log file, Python prints WARNING records to stderr (logging.lastResort):
        # English lines from libraries, verify's last-resort guard or a TSA that does not
        # answer ("No timestamp for checkpoint 4 …") above the Dutch sentences, for every
        # command that writes a checkpoint. What the user must know is said in Dutch.
        root.addHandler(logging.NullHandler())
    cli_secrets.take_from_environment(cli_secrets.ENV_NAMES)
    try:
        code = _run(args, language, start_gui)
    finally:
        cli_secrets.put_back()
    if _LOST_OUTPUT and code == 0:
        lost = catalog_text(language, "error-cli-output-lost")
        _say(catalog_text(language, "cli-error", message=lost), err=True)
        return 2
    return code


def _run(args: argparse.Namespace, language: str, start_gui: StartGui | None) -> int:
    vault = getattr(args, "sub_vault", None) or args.vault
    try:
        if args.command == "demo":
            return _demo(vault, no_gui=args.no_gui, fresh=args.opnieuw, start_gui=start_gui)
        if args.command == "check":
            return _check(vault, args.held)
        if args.command == "export-proof":
            if args.youth_package is not None:
                return _export_youth_package(vault, args.youth_package, args.out)
            return _export_proof(vault, args.code, args.youth, args.all_requests, args.out)
        if args.command == "verify":
            return _verify(args.package, args.expect_key, args.trust)
        if args.command == "export-trust":
            return _export_trust(vault, args.out)
        if args.command == "set-tsa":
            return _set_tsa(vault, None if args.off else args.url)
        if args.command == "backup":
            return _backup(vault, args.out)
        if args.command == "confirm-clock":
            from .cli_clock import confirm_clock

            return confirm_clock(
                vault, args.confirmed, lambda p: _open(p, hint=False), _say, args.today
            )
        if args.command == "migrate":
            return _migrate(vault, args.to)
        if args.command == "restore":
            return _restore(
                args.backup_file, args.to, recovery=args.herstelsleutel, current=args.current_vault
            )
        if args.command in cli_team.COMMANDS:
            return cli_team.run(args, _say)
        if args.command == "bench":
            try:
                from .devtools.bench import run_bench
            except ModuleNotFoundError as exc:
                raise _devtools_missing(exc, "bench") from None
            return run_bench(
                args.youths,
                args.items,
                args.dir,
                args.json,
                args.crash,
                _say,
                args.team_seconds,
                args.team_kills,
            )
        return _start_gui(start_gui, vault)
    except ToestemmingError as exc:
        _say(catalog_text(language, "cli-error", message=user_text(exc, language)), err=True)
        return 2
    except KeyboardInterrupt:
        _say("Afgebroken.", err=True)
        return 130
    except Exception as exc:
        # Last resort (atk27): a vault whose rows an insider edited (a birth date that is no
        # date, a 1 MB name that no PDF page can hold) or a bug. Never a traceback: its text
        # can hold the very value (a ValueError quotes it). The class name is the code; the
        # log file gets where it happened without the exception's text (applog.py).
        logging.getLogger(__name__).error("Onverwachte fout bij %s", args.command, exc_info=exc)
        unexpected = catalog_text(language, "error-cli-unexpected", code=type(exc).__name__)
        _say(catalog_text(language, "cli-error", message=unexpected), err=True)
        return 2


def _devtools_missing(exc: ModuleNotFoundError, command: str) -> NotInstalled:
    """The package itself is absent (an installed app): say so. Anything else that is missing
    is a broken development set-up, which should show as it is."""
    if exc.name is None or not exc.name.startswith("toestemming.devtools"):
        raise exc
    return NotInstalled(message_id="error-cli-developer-tool", params={"command": command})


def _demo(vault: Path | None, *, no_gui: bool, fresh: bool, start_gui: StartGui | None) -> int:
    try:
        from .devtools.demo import DEMO_PASSPHRASE, create_demo_vault
    except ModuleNotFoundError as exc:
        raise _devtools_missing(exc, "demo") from None
    from .store.header import header_path

    path = vault or default_vault_dir() / "demo.tvault"
    if fresh:
        for p in (path, header_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    if not path.exists():
        _say(f"Demokluis maken in {path} … (verzonnen gegevens)")
        create_demo_vault(path)
    _say(f"Demokluis: {path}\nWachtwoordzin van de demokluis: {DEMO_PASSPHRASE}")
    if no_gui:
        return 0
    return _start_gui(start_gui, path, hint=DEMO_PASSPHRASE)


def _start_gui(start_gui: StartGui | None, vault: Path | None, hint: str | None = None) -> int:
    if start_gui is None:
        raise ToestemmingError(message_id="error-cli-command-line-version-start")
    path = vault or default_vault_dir() / "kluis.tvault"
    return start_gui(path, demo_passphrase_hint=hint)


def _check(vault: Path | None, held: Sequence[Path] = ()) -> int:
    """Read-only: the database is opened in SQLite's read-only mode and nothing is written to
    it or to the key header, not even a checkpoint (a suspect vault stays as it was found)."""
    from . import log_clock
    from .health_schema import problems as schema_problems
    from .service import Service

    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    if held:
        from .held_head import require_files

        require_files(held)  # a mistyped --tegen: refused before the passphrase is asked
    svc = Service.open(vault, read_passphrase(), check_only=True)
    try:
        svc.warm_up_audit_helpers()
        report = svc.verify_audit(deep=True)
        problems = (
            svc.integrity_problems(audit=report)
            + svc.log_head_problems
            + svc.seen_head_problems
            + schema_problems(svc.vault.db)
        )
        if not problems:
            problems = svc.log_head_deep_problems()
        # Heads kept outside the vault: a rollback of database + key file together, or a
        # re-signed rewrite, passes every check above (held_head.py); the RFC 3161 tokens,
        # which only triggers guard, each against its own checkpoint (stamp_rows.py).
        problems = problems + svc.held_head_problems(held) + svc.stamp_row_problems()
        # Dates that run back: the chain holds the order, not the clock (log_clock.py); a
        # worker's stated clock correction is a notice, with the events it overlaps.
        dates = log_clock.read_dates(svc.vault.db)
        problems += [p.text_in(SOURCE) for p in dates.problems]
        for notice in dates.notices:
            _say(f"Let op: {notice.text_in(SOURCE)}")
        for line in _given_twice(svc.vault.db):
            _say(f"Let op: {line}")
        if problems:
            # Each line names what is wrong (for the log replay: reference code and item).
            _say("Kluis NIET in orde:", err=True)
            for line in problems:
                _say(f"  - {line}", err=True)
        else:
            _say(
                "Bestand in orde (versleuteling en structuur gecontroleerd); de gegevens volgen "
                "uit het logboek."
            )
        _say(report.describe(), err=not report.ok)
        _say("Alleen gelezen: er is niets aan de kluis of het sleutelbestand gewijzigd.")
        return 0 if report.ok and not problems else 1
    finally:
        svc.close()


_ROW_NAMES = {
    "youths": "jongere",
    "representatives": "vertegenwoordiger",
    "transition_forms": "overdrachtsformulier",
}


def _given_twice(db: Database) -> list[str]:
    """An id an older version gave a second time after its row was deleted (a merge, an
    erasure; store/fresh_ids.py): the log's events about that number may concern two rows."""
    from .store.fresh_ids import given_twice

    return [
        f"nr. {key} ({_ROW_NAMES[table]}) is twee keer uitgegeven (opnieuw in gebeurtenis "
        f"{seq}, na het verwijderen van het eerste record): gebeurtenissen over dit nummer "
        "kunnen over twee verschillende records gaan"
        for table, key, seq in given_twice(db)
    ]


def _migrate(vault: Path | None, conninfo: str) -> int:
    """The vault read-only, everything copied and verified on the server in one transaction
    (toestemming/team_move.py). The server password: PGPASSWORD (libpq reads it) or a prompt;
    a client certificate needs none."""
    from .team_move import move_vault

    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    passphrase = read_passphrase()
    password = None
    if not os.environ.get("PGPASSWORD") and sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass("Wachtwoord van de teamserver (leeg: certificaat): ") or None
    report = move_vault(vault, passphrase, conninfo, password)
    for line in report.lines():
        _say(line)
    return 0


def _open(vault: Path, *, hint: bool = True) -> Service:
    """Open for writing (the writer lock: a vault open elsewhere is refused with who has it),
    after warning on stderr when it is on a network share or in a cloud-sync folder. Held
    against a clock far ahead of the log like the desk (usecases/clock_ahead.py: nothing is
    written dated years ahead; a backup is made, not recorded), with the way out named."""
    from .service import Service

    risk = Service.location_risk(vault)
    if risk is not None:
        _say(f"Waarschuwing: {risk.warning()}", err=True)
    svc = Service.open(vault, read_passphrase())
    try:
        held = svc.clock_right.ahead.hold()
    except BaseException:
        svc.close()
        raise
    if held is not None and hint:
        from .cli_clock import ahead_hint

        _say(ahead_hint(vault, held), err=True)
    return svc


def _backup(vault: Path | None, out: Path) -> int:

    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    svc = _open(vault)
    try:
        info = svc.backups.create(out)
        ahead = svc.clock_right.ahead.held() is not None
    finally:
        svc.close()
    _say(
        f"Reservekopie gemaakt en gecontroleerd: {info.path} ({info.size / 1e6:.1f} MB, "
        f"{info.events} gebeurtenissen; SHA-256 {info.sha256})."
    )
    if not info.recorded:
        why = "backup-not-recorded-clock-ahead" if ahead else "backup-not-recorded-clock-behind"
        _say(catalog_text(SOURCE, why))
    return 0


def _restore(backup: Path, target: Path, *, recovery: bool, current: Path | None) -> int:
    from .service import Service

    secret = read_passphrase("Herstelsleutel: " if recovery else "Wachtwoordzin: ")
    if recovery:
        report = Service.restore_backup(backup, target, recovery_key=secret, current_vault=current)
    else:
        report = Service.restore_backup(backup, target, secret, current_vault=current)
    _say(report.describe())
    _say(f"De kluis staat nu in {report.path}. Open haar met: toestemming --vault {report.path}")
    return 0


def _export_youth_package(vault: Path | None, youth: int, out: Path) -> int:
    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    svc = _open(vault)
    try:
        path = svc.forms.proof.export_youth_package(youth, out)
    finally:
        svc.close()
    _say(f"Bewijspakket van de jongere: {path}")
    _say("Controleer met: toestemming verify PAKKET")
    return 0


def _export_proof(
    vault: Path | None, code: str | None, youth: int | None, everything: bool, out: Path
) -> int:

    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    svc = _open(vault)
    try:
        if code is not None:
            paths = [svc.forms.proof.export_code(code, out)]
        elif youth is not None:
            paths = list(svc.forms.proof.export_youth(youth, out).paths)
        else:
            paths = list(svc.forms.proof.export_all(out).paths)
    finally:
        svc.close()
    for path in paths:
        _say(f"Bewijspakket: {path}")
    _say(f"{len(paths)} pakket(ten) geschreven. Controleer met: toestemming verify PAKKET")
    return 0


def _verify(package: Path, expected_key: str | None, trust_file: Path | None) -> int:
    """Exit codes: VERIFY_EXIT_CODES (proof/verify.py EXIT_*)."""
    from .proof.trust import load_trust_file
    from .proof.verify import verify

    trust = load_trust_file(trust_file) if trust_file is not None else None
    report = verify(package, expected_key, trust=trust)
    _say(report.describe(), err=not report.ok)
    return report.exit_code


def _export_trust(vault: Path | None, out: Path) -> int:
    from .service import Service

    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    svc = Service.open(vault, read_passphrase())
    try:
        path = svc.forms.proof.export_trust(out)
        fingerprint = svc.forms.proof.own_trust().shown
    finally:
        svc.close()
    _say(
        f"Vertrouwensbestand: {path}\nVingerafdruk van de sleutel: {fingerprint}\n"
        "Geef het bestand zelf af (of zet het op de eigen website) en noem de vingerafdruk "
        "als iemand belt: alleen dan bewijst het iets. Controleren: toestemming verify "
        f"--trust {path.name} PAKKET"
    )
    return 0


def _set_tsa(vault: Path | None, url: str | None) -> int:
    from .clock import LOCAL_TZ
    from .usecases.trusted_time import TsaUnreachable

    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    svc = _open(vault)
    try:
        if svc.clock_right.ahead.held() is not None:
            from .cli_clock import first_tsa

            return first_tsa(svc, vault, url, _say)
        svc.trusted_time.set_url(url)
        if url is None:
            _say(
                "Geen tijdstempeldienst meer: nieuwe bewijzen zeggen 'geen vertrouwde tijdstempel'."
            )
            return 0
        try:
            moment = svc.trusted_time.probe()
        except TsaUnreachable as exc:
            _say(
                f"Opgeslagen, maar: {exc.message} Bewijzen worden gewoon gemaakt, zonder "
                "vertrouwde tijd, tot de dienst weer antwoordt.",
                err=True,
            )
            return 0
        _say(
            "Tijdstempeldienst opgeslagen en getest: die gaf als tijd "
            f"{moment.astimezone(LOCAL_TZ).strftime('%d-%m-%Y %H:%M:%S')}."
        )
        return 0
    finally:
        svc.close()


if __name__ == "__main__":
    sys.exit(main())
