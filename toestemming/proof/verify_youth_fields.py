"""A youth's package (youth.py) says nothing `verify` did not check: jongere.json and the
logged lists (bezwaren.json, verstrekkingen.json) hold only the fields the program ever wrote
there, and their explanations for people are words it wrote.

`verify` compares each field youth_logged.check knows with the signed log and skipped any other.
So an insider with the organisation's key could add "opmerking": "bezwaar mondeling
ingetrokken" to an objection, "overrides" at the top of a list, a legal duty's "law" to a
disclosure, an "uitleg" in other words, or a "status" of an inner package in the index, re-sign
the outer manifest, and `verify` said authentic while the youth (or her lawyer, or the AP) read
the addition. The request package's files are held the same way (verify_schema.py); the
sentences and the log proof's fields are signed_fields.py's, shared by both."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from .signed_fields import log_proof_problems, never_written, other_explanation, shown_field
from .youth import INDEX, YOUTH_FORMAT

# jongere.json's fields and those of each inner package it names (unchanged since youth.py
# was written: git log -p toestemming/proof/youth.py).
INDEX_FIELDS = frozenset({"format", "youth", "packages"})
INDEX_PACKAGE_FIELDS = frozenset({"file", "reference_code"})

# A list's fields besides the list itself (its key: "bezwaren", "verstrekkingen"); "export"
# since format /2. An entry has its event's number and, when the vault knew them, the names of
# recipient and purpose; the rest is its kind's fields (youth_logged.LoggedList.kinds, and
# "soort" in a list that names kinds), which the caller gives per entry.
LIST_FIELDS = frozenset({"format", "uitleg", "export", "logboek"})
ENTRY_FIELDS = frozenset({"seq", "ontvanger", "doel"})

# Explanations an earlier version wrote, per list (today's is the list's own): before the
# legal duty's marking was listed, verstrekkingen.json's ended at "… logboek staat.".
EARLIER_EXPLANATIONS: Mapping[str, tuple[str, ...]] = {
    "verstrekkingen.json": (
        "Afwegingen en verstrekkingen over deze jongere, zoals het logboek ze vastlegt: aan wie, "
        "welk doel, welke gegevens, op welke grondslag (toestemming, wettelijke verplichting of "
        "een andere afgewogen grondslag); elk met het bewijs dat het in het ondertekende logboek "
        "staat.",
    ),
}


def index_problems(index: Mapping[str, Any]) -> list[str]:
    """A Dutch sentence when jongere.json is of another format or says more than youth.py
    writes."""
    if index.get("format") != YOUTH_FORMAT:
        return [f"{INDEX}: onbekend formaat."]
    extra = [k for k in index if k not in INDEX_FIELDS]
    extra += [k for p in index["packages"] for k in p if k not in INDEX_PACKAGE_FIELDS]
    return [never_written(INDEX, shown_field(extra[0]))] if extra else []


def list_problems(
    name: str,
    key: str,
    explanation: str,
    doc: Mapping[str, Any],
    entry_fields: Mapping[int, Collection[str]],  # event number → its kind's fields
) -> list[str]:
    """A Dutch sentence when a logged list (`name`, its entries under `key`) says more than
    youth_logged.build writes, in other words for people, or its log proof says more than
    inclusion.py writes. Asked once its entries were checked against the log."""
    extra = [k for k in doc if k not in LIST_FIELDS and k != key]
    extra += [
        k
        for entry in doc[key]
        for k in entry
        if k not in ENTRY_FIELDS and k not in entry_fields[int(entry["seq"])]
    ]
    if extra:
        return [never_written(name, shown_field(extra[0]))]
    if doc.get("uitleg") not in (explanation, *EARLIER_EXPLANATIONS.get(name, ())):
        return [other_explanation(name)]
    return log_proof_problems(doc["logboek"], name)
