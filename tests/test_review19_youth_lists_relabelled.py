"""A youth's package without request packages whose two lists are relabelled as the older
format (review19's gap, closed by proof20).

proof18 holds the names a /2 list shows to the catalogue's events, and refuses a /2 list
that drops them. The older /1 lists carry neither the export nor the names, and verify
accepts them with two facts ("van vóór de volledigheidscontrole", "alleen als nummer").
With a request package beside the lists, its logged export says which lists it made, so a
relabelled list is caught (youth_logged.lists_older_than_export). Without one nothing did:
an insider with the key relabelled both lists as /1, dropped the export and catalogue events
from their log proofs, showed the gemeente's objection against the UWV, re-signed, and verify
said authentic (exit 0, with those two facts). The format decision (proof20): a package
without requests exists only with /2 lists (it came in an hour before /2, and no release wrote
one with /1 lists), so such a list is refused (youth_logged.older_without_requests); and the
logged export says each list's format ("formats"), so a later format relabelled as this one
is caught wherever the export is proven."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from youth_package_support import YouthPackage, exported, youth_with_an_objection

from toestemming.clock import FixedClock
from toestemming.proof import youth_logged, youth_names
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
    assert any("nooit gehad" in p for p in report.problems), report.problems


def test_the_logged_export_says_the_format_each_list_was_written_in(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """What a later format change needs: the export's own logged event (proven in each list)
    says which format it wrote, so a list relabelled as an earlier format is caught wherever
    that event is proven, with or without a request package."""
    objected = youth_with_an_objection(service, catalog, make_youth, clock, with_request=False)
    files, _facts = exported(service, objected.youth_id, tmp_path / "echt.ttbewijs")
    lists = ("bezwaren.json", "verstrekkingen.json")
    written = {name: json.loads(files[name])["format"] for name in lists}
    assert all(fmt.endswith("/2") for fmt in written.values()), written
    for name in lists:
        assert youth_logged.logged_formats(json.loads(files[name])["logboek"]) == written
