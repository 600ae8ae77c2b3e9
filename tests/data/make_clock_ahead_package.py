"""Write tests/data/bewijs_s18_klok_voor.zip (+ .key): a proof package as the release of
session 18 (commit eb5bf7e) exported it for atk23's story — Sem's "ja" on Monday, his data
shared with UWV on Tuesday at a laptop whose clock said Thursday, the clock put right an hour
later, Sem's withdrawal on Wednesday. That release printed the sharing's row as recorded:
"GEDEELD NA DE INTREKKING". tests/test_review24_old_clock_ahead_package.py verifies it with
today's code (a genuine package of an earlier release stays authentic).

Run with that release's code first on the path (review24 made it so):

    git archive eb5bf7e toestemming formulieren tests | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old:/tmp/old/tests .venv/bin/python tests/data/make_clock_ahead_package.py
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

HERE = Path(__file__).resolve().parent
TARGET = HERE / "bewijs_s18_klok_voor.zip"
START = datetime(2026, 11, 23, 10, tzinfo=UTC)  # a Monday


def main() -> int:
    if TARGET.exists():
        sys.stderr.write(f"{TARGET.name} bestaat al\n")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        clock = FixedClock(START)
        svc, _ = Service.create(
            Path(tmp) / "kluis.tvault",
            "Testschool",
            "Anna de Tester",
            "correct horse battery staple",
            clock,
            kdf=KdfParams(),
        )
        try:
            c = svc.catalog
            uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example")
            werk = c.add_purpose(
                "begeleiding-werk",
                "Begeleiding naar werk",
                "Zodat je hulp krijgt bij het vinden en houden van werk.",
            )
            contact = c.add_category(
                "contact", "Contactgegevens", "Naam, adres, telefoon, e-mail.", "dat", False
            )
            sem = svc.people.add_youth(
                given_name="Sem", family_name="Bakker", birth_date="14-10-2009"
            )
            request = svc.consents.create_request(
                sem.id, [ItemSpec(werk.id, uwv.id, (contact.id,))]
            )
            item = request.items[0].id
            me = SignerRef.youth(sem.id)
            svc.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
            tuesday = START + timedelta(days=1)
            clock.set(tuesday + timedelta(days=2))  # the laptop says Thursday
            svc.sharing.record_disclosure(sem.id, uwv.id, werk.id, [contact.id])
            clock.set(tuesday + timedelta(hours=1))  # put right: "de klok klopt nu"
            with contextlib.suppress(VaultError):
                svc.people.add_youth(
                    given_name="Ander", family_name="Kind", birth_date="01-01-2012"
                )
            assert svc.clock_right.confirm() is not None
            clock.set(tuesday + timedelta(days=1))  # Wednesday
            svc.withdrawals.withdraw([item], me, "desk")
            svc.forms.proof.export_request(request.id, TARGET)
            (HERE / (TARGET.name + ".key")).write_text(svc.public_key + "\n", encoding="utf-8")
            sys.stdout.write(f"{TARGET.name}: sleutel {svc.public_key}\n")
        finally:
            svc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
