"""The fields a signed JSON file of a proof package may have, and the Dutch sentences `verify`
says when it has more: a field the program never writes there was signed, but compared with
nothing, while another reader (a privacy officer, the youth) reads it. Used for a request's
package (verify_schema.py) and a youth's (verify_youth_fields.py); it knows no file of either,
so both can use it without an import circle (package.py → youth_logged.py → here)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_PLAIN_FIELD = re.compile(r"[A-Za-z_][A-Za-z0-9_:-]{0,39}")

# logboek/opnamebewijs.json (inclusion.py): its fields, and its two sentences for people.
AUDIT_FIELDS = frozenset(
    {"format", "uitleg", "vault", "public_key", "key_id", "checkpoint", "events"}
)
CHECKPOINT_FIELDS = frozenset(
    {"tree_size", "root", "chain_head", "at", "key_id", "signature", "timestamp"}
)
STAMP_FIELDS = frozenset({"rfc3161_token", "tsa_url", "over"})
EVENT_FIELDS = frozenset({"seq", "kind", "prev_hash", "body", "hash", "inclusion_path"})
AUDIT_TEXTS = {
    "uitleg": "Per gebeurtenis: hash = SHA-256(prev_hash ‖ body); blad = SHA-256(0x00 ‖ hash); "
    "het pad (RFC 9162) leidt naar de wortel van het ondertekende controlepunt.",
    "over": "SHA-256 van het ondertekende controlepuntbericht",
}


def log_proof_problems(
    doc: Mapping[str, Any], name: str, also: frozenset[str] = frozenset()
) -> list[str]:
    """A Dutch sentence when a log proof says more (or other words) than inclusion.py writes
    (`name`: the file it is in; a youth package's list carries one as its "logboek"; `also`:
    fields the file may have besides, each read by its own check)."""
    checkpoint = doc["checkpoint"]
    stamp = checkpoint.get("timestamp", {})
    extra = [k for k in doc if k not in AUDIT_FIELDS | also]
    extra += [k for k in checkpoint if k not in CHECKPOINT_FIELDS]
    extra += [k for k in stamp if k not in STAMP_FIELDS]
    extra += [k for e in doc["events"] for k in e if k not in EVENT_FIELDS]
    if extra:
        return [never_written(name, shown_field(extra[0]))]
    if (
        doc.get("uitleg") != AUDIT_TEXTS["uitleg"]
        or stamp.get("over", AUDIT_TEXTS["over"]) != (AUDIT_TEXTS["over"])
    ):
        return [other_explanation(name)]
    return []


def never_written(name: str, field: str) -> str:
    """The Dutch sentence for a field (`field`: as shown) in file `name` that the program
    never writes there."""
    return (
        f"{name} bevat het veld {field}, dat dit programma nooit schrijft: wat erin staat, is "
        "niet gecontroleerd."
    )


def other_explanation(name: str) -> str:
    return f"{name}: de uitleg erin is niet de tekst die dit programma schrijft."


def shown_field(key: str) -> str:
    # A field name is the package's own text: shown only when it is a plain identifier.
    return key if _PLAIN_FIELD.fullmatch(key) else "(naamloos)"
