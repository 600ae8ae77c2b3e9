"""The desk's "Intrekken" for a person under curatele names the curator to inform.

DOMAIN.md rule 4: under curatele/mentorschap a withdrawal by the person themselves is accepted,
recorded as theirs, "and the representative is shown as the one to inform". Before (session
17) the result page said only what was withdrawn; the curator was nowhere.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.consent.withdraw import WithdrawDialog


def test_her_withdrawal_under_curatele_names_the_curator(
    qtbot: QtBot, service: Service, tmp_path: Path
) -> None:
    # 18 on the vault's day (23-11-2026), under curatele.
    noor = service.people.add_youth(
        given_name="Noor", family_name="Visser", birth_date=date(2008, 11, 1), protection="curatele"
    )
    curator = service.people.add_representative(noor.id, "Mr. A. Smit", "curator", False)
    uwv = next(r for r in service.catalog.recipients() if r.name == "UWV")
    purpose = service.catalog.purposes()[0]
    category = service.catalog.categories()[0]
    request = service.consents.create_request(
        noor.id, [ItemSpec(purpose.id, uwv.id, (category.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(curator.id), {item: "yes"}, "desk"
    )
    dialog = WithdrawDialog(service, noor.id, item)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.signer_combo
    (her,) = [
        i for i in range(combo.count()) if combo.itemData(i) == SignerRef.youth(noor.id)
    ]  # the core lists her (rules.who_may_withdraw)
    combo.setCurrentIndex(her)
    dialog.ask_confirmation()
    assert dialog.confirm()
    text = dialog.result_title.text()
    assert "Informeer ook Mr. A. Smit (curator): die beslist voor de jongere." in text, text
    if os.environ.get("CASES19_SHOTS"):
        dialog.grab().save(str(Path(os.environ["CASES19_SHOTS"]) / "withdraw_curatele.png"))
