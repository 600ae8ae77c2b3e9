"""A youth's package without request packages whose two lists are relabelled as the older
format (review19, a gap reported to the lead, not fixed here).

proof18 holds the names a /2 list shows to the catalogue's events, and refuses a /2 list
that drops them. The older /1 lists carry neither the export nor the names, and verify
accepts them with two facts ("van vóór de volledigheidscontrole", "alleen als nummer").
With a request package beside the lists, its logged export says which lists it made, so a
relabelled list is caught (youth_logged.lists_older_than_export). Without one nothing does:
an insider with the key relabels both lists as /1, drops the export and catalogue events
from their log proofs, shows the gemeente's objection against the UWV, re-signs, and verify
says authentic (exit 0, with those two facts). Closing it needs something signed that a /1
list cannot have had (the format of the outer manifest is re-signed with it): a change of
format, not a small fix."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from youth_package_support import YouthPackage, exported, youth_with_an_objection

from toestemming.clock import FixedClock
from toestemming.proof import youth_names
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service


def relabelled(doc: dict[str, Any]) -> None:
    """The list as an export before the names (and the completeness) were proven wrote it."""
    export = doc.pop("export")
    doc["format"] = doc["format"].rpartition("/")[0] + "/1"
    doc["logboek"]["events"] = [
        e
        for e in doc["logboek"]["events"]
        if e["kind"] not in youth_names.KINDS and e["seq"] != export
    ]


@pytest.mark.xfail(strict=True, reason="gap reported by review19: /1 relabel, no inner package")
def test_lists_relabelled_as_older_in_a_package_without_requests(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    objected = youth_with_an_objection(service, catalog, make_youth, clock, with_request=False)
    files, facts = exported(service, objected.youth_id, tmp_path / "echt.ttbewijs")
    sharing = json.loads(files["verstrekkingen.json"])
    relabelled(sharing)
    files["verstrekkingen.json"] = json.dumps(sharing, indent=2, ensure_ascii=False).encode()
    package = YouthPackage(service, files, tmp_path, facts)

    def against_the_uwv(doc: dict[str, Any]) -> None:
        relabelled(doc)
        doc["bezwaren"][0]["ontvanger"] = catalog.uwv.display_name

    report = package.forged("bezwaren.json", against_the_uwv, "ouder.ttbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
