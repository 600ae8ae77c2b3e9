"""`toestemming --self-test`: proves an installed build works on this machine.

Prints versions, creates a throw-away vault in a private temporary directory, writes and reads
a consent, exports its signed proof package (PDF, receipt, audit proof), verifies that package
offline and the audit log, and removes everything again. All data
is synthetic. Exit code 0 only when every step passed."""

from __future__ import annotations

import os
import platform
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import __version__, cli_secrets
from .errors import ToestemmingError
from .model import ConsentRequest, ItemStatus, SignerRef
from .service import Service
from .standard_catalog import install as install_standard_catalog
from .store.header import KdfParams
from .usecases.consent import ItemSpec

SELF_TEST_PASSPHRASE = "zelftest met verzonnen gegevens"


def run_self_test(say: Callable[[str], None], extra_versions: dict[str, str] | None = None) -> int:
    """The installed build's self-test (`toestemming --self-test`, ui/launcher.py). It needs no
    secret and does not go through cli.main: a passphrase or worker password in the
    environment is taken out of it first, as every command does (cli_secrets.py), so that no
    helper process it starts — the split log check here, the window half's after it —
    inherits it (atk27). The launcher's process ends after the self-test; an in-process
    caller may cli_secrets.put_back()."""
    cli_secrets.take_from_environment(cli_secrets.ENV_NAMES)
    import reportlab

    say(f"Toestemming {__version__} — zelftest")
    say(f"Python {platform.python_version()} op {platform.system()} {platform.machine()}")
    for name, version in (extra_versions or {}).items():
        say(f"{name} {version}")
    say(f"reportlab {reportlab.Version}")
    # Libraries that load data by name at run time (phonenumbers' region tables, zxcvbn's word
    # lists): a bundle that left them out fails here, not at a worker's desk.
    from .passwords import TOO_GUESSABLE, passphrase_strength
    from .phone import to_e164

    if to_e164("+31 (0)6 12345678") != "+31612345678":
        say("FOUT: telefoonnummers worden niet herkend (phonenumbers)")
        return 1
    if passphrase_strength("Welkom123456") != (0, TOO_GUESSABLE):
        say("FOUT: de wachtwoordzinmeter werkt niet (zxcvbn)")
        return 1
    say("Telefoonnummers en wachtwoordzinmeter: in orde")
    try:
        with tempfile.TemporaryDirectory(prefix="toestemming-zelftest-") as tmp:
            path = Path(tmp) / "zelftest.tvault"
            # The Argon2 floor (t=3, 64 MiB), not weaker: calibration would only add seconds here.
            svc, _ = Service.create(
                path, "Zelftest", "Zelftest", SELF_TEST_PASSPHRASE, kdf=KdfParams()
            )
            say(f"SQLCipher {svc.vault.db.cipher_version()}")
            _, request, _ = _one_given_consent(svc)
            svc.close()
            svc = Service.open(path, SELF_TEST_PASSPHRASE)
            status = svc.consents.item_status(request.items[0].id).status
            if status != ItemStatus.GIVEN:
                say(f"FOUT: toestemming niet teruggelezen (status {status.value})")
                return 1
            say("Kluis: maken, schrijven, sluiten, openen en teruglezen gelukt")
            package = svc.forms.proof.export_item(request.items[0].id, Path(tmp) / "bewijs")
            say("PDF en bewijspakket gemaakt (ondertekend)")
            from .proof import verify

            checked = verify(package, expected_key=svc.public_key, clock=svc.clock)
            if not checked.ok:
                say("FOUT: " + checked.describe())
                return 1
            say("Bewijspakket offline gecontroleerd: in orde")
            report = svc.verify_audit(deep=True)
            # Long logs are checked in several processes; prove this build can start them.
            split = svc.verify_audit(parallel_from=1)
            svc.close()
            for checked_log in (report, split):
                if not checked_log.ok:
                    say("FOUT: " + checked_log.describe())
                    return 1
            say(report.describe())
            say(_processes_line(split.processes))
    except ToestemmingError as exc:
        say(f"FOUT: {exc.message}")
        return 1
    say("Zelftest geslaagd.")
    return 0


def _processes_line(processes: int) -> str:
    if processes > 1:
        return f"Logboek ook verdeeld over {processes} processen gecontroleerd: in orde"
    # Not a failure: verification stays complete, only slower for very long logs.
    if (os.cpu_count() or 1) < 2:
        return "Logboek gecontroleerd in één proces (deze computer heeft één processor)"
    return "Logboek gecontroleerd in één proces (meer processen starten lukte hier niet)"


def _one_given_consent(svc: Service) -> tuple[int, ConsentRequest, ItemSpec]:
    """Synthetic: the catalog, one youth, a request whose one item she gave: (youth id,
    request, the item's spec for more requests)."""
    # The standard catalog a new vault starts with (the demo's catalog is a dev tool, not
    # shipped); one purpose, recipient and category from it.
    install_standard_catalog(svc.catalog)
    purpose = next(p for p in svc.catalog.purposes() if p.code == "begeleiding-werk")
    recipient = next(r for r in svc.catalog.recipients() if r.name == "UWV")
    category = next(c for c in svc.catalog.categories() if c.code == "contact")
    youth = svc.people.add_youth(given_name="Zoë", family_name="Çelik", birth_date="01-01-2005")
    spec = ItemSpec(purpose.id, recipient.id, (category.id,))
    request = svc.consents.create_request(youth.id, [spec])
    svc.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    return youth.id, request, spec


def prepare_window_test_vault(path: Path, passphrase: str) -> tuple[int, int, int]:
    """For the window half of the self-test (ui/selftest.py): a vault with one synthetic
    youth, a decided item and an open request: (youth_id, decided item_id, open request_id)."""
    svc, _ = Service.create(path, "Zelftest", "Zelftest", passphrase, kdf=KdfParams())
    try:
        youth_id, request, spec = _one_given_consent(svc)
        open_request = svc.consents.create_request(youth_id, [spec])
        return youth_id, request.items[0].id, open_request.id
    finally:
        svc.close()
