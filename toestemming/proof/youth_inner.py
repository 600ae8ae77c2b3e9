"""The request packages inside a youth's package are the whole of one export of that youth.

A youth's package is what the organisation holds about the youth's consents, handed over as
the whole. Each inner package is a complete signed package of one request, so an insider with
the key could take one out (the request where a parent said no) and sign the outer manifest
again, or build a youth's package from packages of separate exports. Every youth export
(since the first, 7ecfacf) is ONE logged `proof.exported` naming all of the youth's requests,
and each inner package proves it: so the inner packages must share that event, be exactly the
requests it names, and — for an export that says (since 5433198 a youth's export names its
youth, since proof20 any other export says it is one) — be a youth's export of this youth
(tests/test_proof20_youth_spliced.py). Lists of the export (youth_logged.py) prove the same
event, so a package whose lists show requests it lacks is short of them too."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import safejson
from .youth_logged import export_data

# What a non-youth export logs (package.py), so that its inner package cannot pass for one
# of a youth's export; a youth's export logs "youth" instead.
SCOPE_FIELD = "scope"


@dataclass(frozen=True)
class Inner:
    """A verified inner package: its export's event number and data, and its request."""

    export: int | None
    data: Mapping[str, Any]
    request: Any


def inner_of(audit: Mapping[str, Any]) -> Inner:
    """From a verified inner package's log proof (the request package's audit file)."""
    seq, data = export_data(audit)
    created = [e for e in audit.get("events", []) if e.get("kind") == "request.created"]
    request = None
    if len(created) == 1:
        try:
            request = safejson.loads(str(created[0]["body"]))["data"]["request"]
        except (KeyError, TypeError, ValueError):
            request = None
    return Inner(seq, data, request)


def log_proofs(files: Mapping[str, bytes], names: Iterable[str]) -> list[Mapping[str, Any]]:
    """The log proofs of the lists `names` as they are (not yet verified: see `exported_by`)."""
    found: list[Mapping[str, Any]] = []
    for name in names:
        try:
            proof = safejson.loads(files[name]).get("logboek")
        except (KeyError, ValueError, AttributeError):
            continue
        if isinstance(proof, dict):
            found.append(proof)
    return found


def exported_by(
    proofs: Iterable[Mapping[str, Any]], export: int | None
) -> Mapping[str, Any] | None:
    """The data of the export `export` (the event number the verified /2 lists name, None
    without) as their log proofs hold it."""
    if export is None:
        return None
    for proof in proofs:
        seq, data = export_data(proof)
        if seq == export:
            return data
    return None


def problems(
    inners: Mapping[str, Inner], listed_export: Mapping[str, Any] | None, youth: Any
) -> list[str]:
    """Dutch. `inners`: the verified inner packages by file name; `listed_export`: the data
    of the export the package's lists prove (None without /2 lists)."""
    said: list[str] = []
    for name, inner in sorted(inners.items()):
        if "youth" in inner.data and inner.data["youth"] != youth:
            said.append(f"{name}: komt uit de export van een andere jongere.")
        elif "youth" not in inner.data and SCOPE_FIELD in inner.data:
            said.append(
                f"{name}: komt uit een losse export, niet uit een export van deze jongere "
                "(geen export van deze jongere): het pakket is samengesteld."
            )
    if said:
        return said
    if len({inner.export for inner in inners.values()}) > 1:
        return [
            "De verzoeken in het pakket komen uit verschillende exports: het pakket is "
            "samengesteld, niet in één keer gemaakt."
        ]
    named = next((inner.data for inner in inners.values()), listed_export)
    if named is None or "requests" not in named:
        return []
    wanted = named["requests"]
    held = [inner.request for inner in inners.values()]
    if not isinstance(wanted, list) or sorted(map(str, held)) == sorted(map(str, wanted)):
        return []
    missing = len(set(map(str, wanted)) - set(map(str, held)))
    if missing:
        return [
            "Het pakket bevat niet alle verzoeken die de vastgelegde export noemt: "
            + (
                f"{missing} verzoek ontbreekt."
                if missing == 1
                else f"{missing} verzoeken ontbreken."
            )
        ]
    return ["Het pakket bevat een verzoek dat de vastgelegde export niet noemt."]
