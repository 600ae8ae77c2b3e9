"""Write tests/data/vault_v<LATEST>.tvault (+ .keys): a vault of the current schema version with
every kind of record (youths with diacritics and Arabic names, parents, requests, decisions
with signature and e-mail evidence, a withdrawal, a disclosure). Run once per released schema
version and commit the two files; tests/store/test_saved_vaults.py opens every saved version
with the current code.

    .venv/bin/python tests/data/make_saved_vault.py
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: forms_scenario

from forms_scenario import build  # noqa: E402
from tsa_support import local_tsa  # noqa: E402

from toestemming.clock import FixedClock  # noqa: E402
from toestemming.model import SignerRef  # noqa: E402
from toestemming.service import Service  # noqa: E402
from toestemming.store.header import KdfParams, header_path  # noqa: E402
from toestemming.store.migrations import LATEST  # noqa: E402

PASSPHRASE = "correct horse battery staple"  # the same for every saved vault


def main() -> int:
    target = HERE / f"vault_v{LATEST}.tvault"
    if target.exists() or header_path(target).exists():
        sys.stderr.write(f"{target.name} bestaat al\n")
        return 1
    clock = FixedClock(datetime(2026, 11, 27, 10, tzinfo=UTC))
    svc, _ = Service.create(
        target, f"Schema v{LATEST} school", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        scenario = build(svc, clock)
        # Schema 17+: a weighing limited to buitenkantinformatie (DAT only); 18+: an objection
        # (verzet) — Youssef (18) objects to sharing with the UWV (Marek's third item's).
        rbl_item, _gem, uwv_item = scenario.request.items
        clock.advance(timedelta(days=1))
        svc.sharing.record_assessment(
            scenario.marek,
            rbl_item.recipient.id,
            rbl_item.purpose.id,
            "legal_obligation",
            "Leerplichtwet: verzuimmelding.",
            "Alleen om het verzuim terug te dringen.",
            "Alleen dat de jongere in een traject zit, niet waarvoor.",
            "Eerst met de jongere zelf besproken.",
            True,
            dat_only=True,
        )
        svc.objections.record(
            scenario.youssef,
            uwv_item.recipient.id,
            uwv_item.purpose.id,
            SignerRef.youth(scenario.youssef),
            "desk",
        )
        # Schema 20+: a purpose the law requires (wettelijke plicht) while under 18, and a
        # verzuimmelding about Marek (17) on it, without consent.
        verzuim = svc.catalog.add_purpose(
            "verzuimmelding", "Verzuimmelding", "De school meldt verzuim bij leerplicht."
        )
        svc.legal_duties.mark(verzuim.id, "Leerplichtwet 1969, art. 21", until_age=18)
        melding = svc.sharing.record_assessment(
            scenario.marek,
            rbl_item.recipient.id,
            verzuim.id,
            "legal_obligation",
            "Leerplichtwet: de school meldt verzuim.",
            "Alleen om het verzuim te melden.",
            "Alleen naam, school en dat er verzuim is.",
            "Eerst met de jongere zelf besproken.",
            True,
        )
        svc.sharing.record_disclosure(
            scenario.marek,
            rbl_item.recipient.id,
            verzuim.id,
            [rbl_item.categories[0].id],
            assessment_id=melding.id,
        )
        # Schema 21+: a startkwalificatie (ends a duty of the kwalificatieplicht): Youssef's
        # mbo-2 diploma, recorded once and corrected once (the latest counts).
        svc.qualifications.record(scenario.youssef, "mbo2", "01-07-2026")
        svc.qualifications.record(scenario.youssef, "mbo2", "03-07-2026")
        # Schema 22+: a startkwalificatie taken back (a desk mistake), with its reason; Marek's.
        svc.qualifications.record(scenario.marek, "havo", "01-07-2026")
        svc.qualifications.take_back(scenario.marek, "Diploma bij de verkeerde jongere ingevoerd.")
        # Schema 12+: English category names, so the saved vault carries the column's data.
        svc.catalog.set_category_english_names(svc.catalog.standard_english_names())
        # Schema 13+: a checkpoint with an RFC 3161 token from a local TSA; the setting is
        # switched off again, so opening the saved vault later asks no server.
        with local_tsa() as tsa:
            svc.trusted_time.set_url(tsa.url)
            svc.checkpoint()
            svc.trusted_time.set_url(None)
    finally:
        svc.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    sys.stdout.write(f"{target.name} geschreven\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
