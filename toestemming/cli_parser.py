"""The command line's grammar: options, commands and their Dutch help (cli.py runs them).
Starting the app needs only the options before a command, so that is parsed first and the full
parser is built only for a command, -h or a mistake (see parse_arguments)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any, NoReturn

from . import __version__, cli_team
from .cli_paths import file_arg, path_arg
from .cli_words import speak_dutch
from .language import worker_languages

VERIFY_EXIT_CODES = """afsluitcodes:
  0  in orde: intact en ondertekend door de organisatie die u vertrouwt (--trust/--expect-key)
  1  NIET in orde: gewijzigd, beschadigd, of ondertekend met een andere sleutel
  2  kan niet controleren: pakket of vertrouwensbestand ontbreekt of is onleesbaar
  3  intact, ondertekenaar niet bevestigd: geen vertrouwde sleutel opgegeven; vergelijk de
     getoonde vingerafdruk met de organisatie (telefonisch)"""


class _Once(argparse.Action):
    """An option that may be given once: `verify --trust a --trust b` checked against b alone,
    without a word, while the user meant a (or both) — now refused (exit 2, "kan niet
    controleren"), before anything is read."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if getattr(namespace, self.dest, None) is not None:
            parser.error(
                f"{option_string} is twee keer opgegeven: geef één vertrouwensbestand of "
                "één vingerafdruk, van de organisatie die het pakket maakte"
            )
        setattr(namespace, self.dest, values)


class _NotJustOptions(Exception):
    """The light parse below gave up: the full parser reads (and reports) the command line."""


class _OptionsParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotJustOptions


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line. Starting the app (no command, the usual case) needs only the options
    before a command; building every command's parser costs ~15 ms of the window's start
    (bench: GUI start), so that is tried first. Anything else — a command, -h, a mistake —
    goes through the full parser, which also words the errors (in Dutch: cli_words)."""
    speak_dutch()
    light = _OptionsParser(prog="toestemming", add_help=False)
    _add_options(light)
    try:
        args, rest = light.parse_known_args(argv)
    except _NotJustOptions:
        rest = ["?"]
    if rest:
        return build_parser().parse_args(argv)
    args.command = None
    return args


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        action="version",
        version=f"toestemming {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument("--vault", type=file_arg, help="pad naar het kluisbestand (.tvault)")
    parser.add_argument(
        "--taal",
        "--language",
        dest="language",
        choices=worker_languages(),
        help="taal van de foutmeldingen (standaard: uit LC_ALL/LC_MESSAGES/LANG, anders nl)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="toestemming",
        description="Toestemming: toestemming voor het delen van gegevens van jongeren vastleggen, "
        "lokaal en versleuteld.",
    )
    _add_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="opdracht")

    demo = sub.add_parser(
        "demo", help="maak of open een demokluis met verzonnen gegevens en start de app"
    )
    demo.add_argument(
        "--vault", type=file_arg, dest="sub_vault", metavar="KLUIS", help="pad van de demokluis"
    )
    demo.add_argument(
        "--no-gui", action="store_true", help="alleen klaarzetten, de app niet starten"
    )
    demo.add_argument(
        "--opnieuw", action="store_true", help="een bestaande demokluis eerst weggooien"
    )

    check = sub.add_parser("check", help="controleer bestand en logboek van een kluis")
    check.add_argument("--vault", type=file_arg, dest="sub_vault", metavar="KLUIS", required=False)
    check.add_argument(
        "--tegen",
        type=file_arg,
        action="append",
        default=[],
        metavar="PAKKET",
        dest="held",
        help="een eerder uitgegeven bewijspakket of een reservekopie (.tbackup) die buiten "
        "bereik bewaard werd (mag vaker): bevat de kluis het logboek tot de ondertekende "
        "logboekstand daarin? Zo niet, dan is zij teruggezet of herschreven",
    )

    bench = sub.add_parser("bench", help="meet snelheid tegen ondergrenzen uit dezelfde run")
    bench.add_argument(
        "--youths", type=int, default=100_000, help="aantal jongeren (standaard 100000)"
    )
    bench.add_argument(
        "--items", type=int, default=1_000_000, help="aantal onderdelen (standaard 1000000)"
    )
    bench.add_argument(
        "--dir", type=path_arg, help="map voor de benchkluis (standaard een tijdelijke map)"
    )
    bench.add_argument(
        "--json", type=file_arg, help="schrijf de cijfers ook als JSON naar dit bestand"
    )
    bench.add_argument(
        "--crash", type=int, default=0, help="aantal kill-tests (SIGKILL tijdens schrijven)"
    )
    bench.add_argument(
        "--team-seconds",
        type=float,
        default=20.0,
        help="seconden baliewerk van 20 medewerkers op een teamserver (0 = overslaan)",
    )
    bench.add_argument(
        "--team-kills",
        type=int,
        default=20,
        help="aantal keer een medewerker van de teamserver afschieten (SIGKILL)",
    )
    _add_backup_commands(sub)
    _add_proof_commands(sub)
    migrate = sub.add_parser(
        "migrate",
        help="zet een kluis over naar een teamserver (PostgreSQL); de kluis blijft ongewijzigd",
    )
    migrate.add_argument(
        "--vault", type=file_arg, dest="sub_vault", metavar="KLUIS", required=False
    )
    migrate.add_argument(
        "--to",
        required=True,
        dest="to",
        help="adres van de teamserver (postgresql://beheerder@host/database?sslmode=verify-full);"
        " het wachtwoord uit PGPASSWORD of een vraag, nooit in de opdracht",
    )
    cli_team.add_commands(sub)
    return parser


def _add_backup_commands(sub: Any) -> None:
    backup = sub.add_parser(
        "backup", help="maak een versleutelde reservekopie en controleer die meteen"
    )
    backup.add_argument("--vault", type=file_arg, dest="sub_vault", metavar="KLUIS", required=False)
    backup.add_argument(
        "--out", type=file_arg, required=True, help="nieuw bestand voor de reservekopie (.tbackup)"
    )
    restore = sub.add_parser(
        "restore", help="zet een reservekopie terug op een nieuwe plek, na volledige controle"
    )
    restore.add_argument("backup_file", type=file_arg, metavar="RESERVEKOPIE")
    restore.add_argument(
        "--to", type=file_arg, required=True, dest="to", help="nieuw pad voor de teruggezette kluis"
    )
    restore.add_argument(
        "--huidige-kluis",
        type=file_arg,
        dest="current_vault",
        metavar="KLUIS",
        help="de kluis die nu in gebruik is: zeg wat de kopie mist (nieuwere gebeurtenissen, "
        "medewerkers die sindsdien zijn verwijderd)",
    )
    restore.add_argument(
        "--herstelsleutel",
        action="store_true",
        help="ontgrendel met de herstelsleutel in plaats van een wachtwoordzin",
    )
    clock = sub.add_parser(
        "confirm-clock",
        help="de klok van deze computer klopt nu: leg dat vast als de kluis alleen-lezen opent "
        "omdat het logboek verder in de tijd staat (een klok die vooruit liep)",
    )
    clock.add_argument("--vault", type=file_arg, dest="sub_vault", metavar="KLUIS", required=False)
    clock.add_argument(
        "--ja",
        action="store_true",
        dest="confirmed",
        help="ik verklaar dat datum en tijd van deze computer nu kloppen (komt in het logboek)",
    )
    clock.add_argument(
        "--vandaag",
        dest="today",
        metavar="DD-MM-JJJJ",
        help="de datum van vandaag, als de klok van deze computer ver na het logboek staat "
        "(meer dan twee maanden) en dat klopt (komt in het logboek)",
    )


def _add_proof_commands(sub: Any) -> None:
    export = sub.add_parser(
        "export-proof", help="schrijf bewijspakketten (.tbewijs) voor een verzoek, jongere of alles"
    )
    export.add_argument("--vault", type=file_arg, dest="sub_vault", metavar="KLUIS", required=False)
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--code", help="referentiecode van één verzoek (TS-XXXX-XXXX-X)")
    which.add_argument("--youth", type=int, help="nummer van de jongere: al haar/zijn verzoeken")
    which.add_argument(
        "--youth-package",
        type=int,
        metavar="NUMMER",
        help="één pakket voor één jongere: alle verzoeken, onderdelen en bewijsstukken",
    )
    which.add_argument("--all", action="store_true", dest="all_requests", help="alle verzoeken")
    export.add_argument(
        "--out", type=path_arg, required=True, help="bestand (bij --code) of map voor de pakketten"
    )
    verify = sub.add_parser(
        "verify",
        help="controleer een bewijspakket, zonder de kluis (werkt offline)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=VERIFY_EXIT_CODES,
    )
    verify.add_argument(
        "package",
        type=path_arg,
        metavar="PAKKET",
        help="het bewijspakket (.tbewijs of .zip) of de map",
    )
    trusted = verify.add_mutually_exclusive_group()
    trusted.add_argument(
        "--expect-key",
        action=_Once,
        help="vingerafdruk (of publieke sleutel) die de organisatie heeft gepubliceerd",
    )
    trusted.add_argument(
        "--trust",
        action=_Once,
        type=file_arg,
        metavar="BESTAND",
        help="vertrouwensbestand van de organisatie (gemaakt met export-trust)",
    )
    trust = sub.add_parser(
        "export-trust",
        help="schrijf het vertrouwensbestand van de organisatie (sleutel, certificaat) voor "
        "wie bewijspakketten controleert",
    )
    trust.add_argument("--vault", type=file_arg, dest="sub_vault", metavar="KLUIS", required=False)
    trust.add_argument("--out", type=file_arg, required=True, help="nieuw bestand (.json)")
    tsa = sub.add_parser(
        "set-tsa",
        help="stel een tijdstempeldienst (RFC 3161) in voor vertrouwde tijd, of zet die uit",
    )
    tsa.add_argument("--vault", type=file_arg, dest="sub_vault", metavar="KLUIS", required=False)
    which_tsa = tsa.add_mutually_exclusive_group(required=True)
    which_tsa.add_argument("url", nargs="?", metavar="URL", help="adres van de dienst (http(s))")
    which_tsa.add_argument("--off", action="store_true", help="geen tijdstempeldienst meer")
