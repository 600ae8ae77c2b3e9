"""Write tests/data/bewijs_s<N>.zip: a request's proof package as this release exports it
(forms_scenario: decisions on the tablet, a disclosure, a withdrawal by e-mail, refused special
data; PDF and checkpoint stamped by the test TSA). Run once per release that changes what a
package holds or prints, and commit the zip: tests/test_attack_s14_old_wordings.py verifies
every saved package with the current code, so a reworded label or layout that no longer reads
an older package fails there.

    .venv/bin/python tests/data/make_proof_package.py 14
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: forms_scenario, tsa_support

from forms_scenario import build  # noqa: E402
from tsa_support import TSA_TIME, local_tsa  # noqa: E402

from toestemming.clock import FixedClock  # noqa: E402
from toestemming.service import Service  # noqa: E402
from toestemming.store.header import KdfParams  # noqa: E402


def main(session: str) -> int:
    target = HERE / f"bewijs_s{session}.zip"
    if target.exists():
        sys.stderr.write(f"{target.name} bestaat al\n")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))
        svc, _ = Service.create(
            Path(tmp) / "kluis.tvault",
            "Testschool",
            "Anna",
            "correct horse battery staple",
            clock,
            kdf=KdfParams(),
        )
        try:
            scenario = build(svc, clock)
            with local_tsa(at=TSA_TIME) as tsa:
                svc.trusted_time.set_url(tsa.url)
                svc.forms.proof.export_request(scenario.request.id, target)
            sys.stdout.write(f"{target.name}: sleutel {svc.public_key}\n")
        finally:
            svc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
