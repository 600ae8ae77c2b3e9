"""The signed JSON of a package says nothing `verify` did not check, and receipt.schema.json
is ours. (manifest.json, FHIR Consents and the audit file: only the fields the program ever
wrote there, see the lists below and signed_fields.py; receipt.json as follows.)

The receipt is read by other tools too (a privacy officer's validator, a DPV/ISO 27560 reader).
`verify` holds every field receipt.py writes against the log; a field it does not know it
skipped. So an insider with the key could add `"note": "toch gedeeld met UWV"` to a refused
item, or `"overrides"` at the top, sign it, and `verify` said authentic while the receipt said
more than the log. Here every field of the receipt must be one the package's schema defines
(its `properties`, also inside allOf/if/then/else/oneOf), and the schema must be byte for byte
one this program shipped (KNOWN_SCHEMAS: its description of the fields is what a reader
relies on; a package exported before it was packed has none, and is held to today's)."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from .. import safejson
from . import worker_names
from .package import AUDIT, MANIFEST, RECEIPT
from .receipt import SCHEMA, SCHEMA_FILE, schema_bytes
from .signed_fields import log_proof_problems, never_written, shown_field

# SHA-256 of every receipt.schema.json this program ever packed (git log of the file). Change
# the schema and add its hash here: tests/test_attack_s15_json_readers.py says so.
KNOWN_SCHEMAS = frozenset(
    {
        "f7837f7e4341d25e1be1813bf383f245c2e02b092f1bb11cc085200d0b792daa",
        "944930a2e8a9e834129d4c19b7153a0f617e876b9e07d899b9b542b1dcd68443",
        "960da6091847cbf7b01cd93b60da922368316ddd41a874f3274395cd3fe74f1e",
        "bcf51f6d31ba132c37c06d23219e70c1bd70412f52d60b0f73038f35805f8da8",
        "9d7f3d90cc6d744e0db696a84f091d4a6c617ed1cbae804239ed792dc0836f10",
        "48fe3bcce840987f3b429d10b53380905e7b6322ff418776072e2575f6c498c3",
        "f4802aa63406b5a01b397dbd35318bf66d3a260982d31e9b28dffbdb7177b644",
        "b39d11ee4eb899045560219fa5ee5d9852a3dbe632920c022d5c816d1b12ed20",
        "6bcee03f5dd3d182d2df7f418adab8322176d305a536d7d3bcb0778cc01cd479",  # proof28: youth_views
    }
)
# Fields receipt.py writes (or wrote) that no shipped schema describes, as paths without
# their list positions: the decision's signer, age and channel, a disclosure's recipient, and
# the first format's "version". A field under one of these is held to this list too.
WRITTEN_BEYOND_SCHEMA = frozenset(
    {
        "version",
        "vocabulary.eu-gdpr",
        "pii_principal.name",
        "pii_principal.birth_date",
        "audit.file",
        "audit.hash",
        "audit.tree",
        "piiControllers[].role_label",
        "consents[].services[].purposes[].recipient_kind",
        "consents[].services[].purposes[].consentType",
        *(
            f"consents[].events[].{name}"
            for name in (
                "age_then",
                "answer",
                "by",
                "by.id",
                "by.kind",
                "by.name",
                "by.role",
                "categories",
                "channel",
                "channel_label",
                "decided_at",
                "disclosed_at",
                "evidence",
                "language",
                "lawful_basis",
                "moment_from",
                "moment_note",
                "recipient",
                "seq",
                "state",
                "text_sha256",
                "time",
                "type",
                "withdrawn_at",
            )
        ),
        *(
            f"disclosures_on_other_basis[].{name}"
            for name in (
                "disclosure_id",
                "recipient",
                "categories",
                "lawful_basis",
                "disclosed_at",
                "override",
            )
        ),
    }
)
_SUBSCHEMAS = ("allOf", "anyOf", "oneOf")
_BRANCHES = ("if", "then", "else")


# Every name a manifest ever had (package.py, youth.py; "requests" and "items" in the first
# format), and what it says of a file. Anything else is signed but read by nobody here.
MANIFEST_FIELDS = frozenset(
    {
        "format",
        "created_at",
        "organisation",
        "vault",
        "reference_code",
        "youth",
        "public_key",
        "key_id",
        "files",
        "requests",
        "items",
    }
)
MANIFEST_FILE_FIELDS = frozenset({"sha256", "size"})


def manifest_problems(manifest: Mapping[str, Any]) -> list[str]:
    """A Dutch sentence when the signed manifest says more than the program writes there."""
    extra = [k for k in manifest if k not in MANIFEST_FIELDS]
    extra += [
        k
        for entry in manifest["files"].values()
        for k in (entry if isinstance(entry, dict) else {"(geen object)": 0})
        if k not in MANIFEST_FILE_FIELDS
    ]
    return [never_written(MANIFEST, shown_field(extra[0]))] if extra else []


# The top-level fields fhir.py ever wrote in a Consent. A FHIR reader shows a "text"
# narrative as the resource's summary and must act on a "modifierExtension": a forged one of
# either would say what `verify` never compared.
FHIR_FIELDS = frozenset(
    {
        "resourceType",
        "id",
        "language",
        "identifier",
        "status",
        "category",
        "subject",
        "date",
        "period",
        "grantee",
        "grantor",
        "controller",
        "sourceAttachment",
        "regulatoryBasis",
        "decision",
        "provision",
        "verification",
        "extension",  # the young person's views (proof28; verify_receipt holds it)
    }
)


def fhir_problems(files: Mapping[str, bytes]) -> list[str]:
    """A Dutch sentence for the first FHIR Consent with a field fhir.py never writes."""
    for name in sorted(n for n in files if n.startswith("fhir/")):
        resource = safejson.loads(files[name])
        extra = [k for k in resource if k not in FHIR_FIELDS] if isinstance(resource, dict) else []
        if extra:
            return [never_written(name, shown_field(extra[0]))]
    return []


def audit_problems(files: Mapping[str, bytes]) -> list[str]:
    """A Dutch sentence when the audit file says more (or other words) than inclusion.py
    writes: a field there was signed but read by nobody, its explanation is read by people."""
    # The names of the workers bewijs.pdf names, with their salts (worker_names.py).
    also = frozenset({worker_names.SALTS_FIELD})
    return log_proof_problems(safejson.loads(files[AUDIT]), AUDIT, also)


def schema_problems(files: Mapping[str, bytes]) -> list[str]:
    """Dutch sentences: an unknown schema file, or a receipt field no schema defines."""
    raw = files.get(SCHEMA_FILE)
    if raw is not None and hashlib.sha256(raw).hexdigest() not in KNOWN_SCHEMAS:
        return [
            f"{SCHEMA_FILE} is niet het schema dat dit programma meelevert: wat het over de "
            f"velden van {RECEIPT} zegt, is niet te vertrouwen."
        ]
    receipt = safejson.loads(files[RECEIPT])
    if raw is None and receipt.get("schema") == SCHEMA:
        return [f"{SCHEMA_FILE} ontbreekt, maar {RECEIPT} is van de vorm die het beschrijft."]
    schema = safejson.loads(raw if raw is not None else schema_bytes())
    unknown = next(_unknown_fields(receipt, [schema], "", ""), None)
    if unknown is not None:
        return [never_written(RECEIPT, unknown)]
    # Types: against the package's own schema only (one exported before the schema was
    # packed wrote some fields in another shape than today's schema gives them).
    wrong = None if raw is None else next(_wrong_types(receipt, [schema], ""), None)
    if wrong is not None:
        return [
            f"{RECEIPT}: het veld {wrong} heeft een waarde van een andere soort dan dit "
            "programma schrijft (zoals een getal als tekst, of 0 of 1 voor ja of nee): "
            "programma's die het pakket lezen, lezen er iets anders in."
        ]
    decomposed = next(_decomposed(receipt, ""), None)
    if decomposed is not None:
        return [
            f"{RECEIPT}: het veld {decomposed} is anders gecodeerd dan dit programma schrijft "
            "(letters en accenten los van elkaar): het ziet er hetzelfde uit, maar wie erop "
            "zoekt of het vergelijkt, vindt iets anders."
        ]
    return []


def _decomposed(value: Any, shown: str) -> Iterator[str]:
    """Where (as shown) a text in `value` is not in NFC: the vault stores every name and text
    composed (validation.text), so the program never writes another form, and the PDF check
    compares names as NFKC (what pdfium hands back) — "Wiśniewski" with a separate accent
    passed there (proof29)."""
    if isinstance(value, str):
        if unicodedata.normalize("NFC", value) != value:
            yield shown or "(het geheel)"
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _decomposed(child, f"{shown}.{shown_field(key)}" if shown else key)
    elif isinstance(value, list):
        for index, child in enumerate(value, start=1):
            yield from _decomposed(child, f"{shown}[{index}]")


def _unknown_fields(value: Any, schemas: list[Any], path: str, shown: str) -> Iterator[str]:
    """Where (as shown) `value` has a field that neither `schemas` nor WRITTEN_BEYOND_SCHEMA
    defines. `path` is the field's place without list positions, `shown` with them."""
    flat = list(_flattened(schemas))
    if isinstance(value, dict):
        defined: dict[str, list[Any]] = {}
        for s in flat:
            props = s.get("properties")
            if isinstance(props, dict):
                for key, sub in props.items():
                    defined.setdefault(key, []).append(sub)
        # An object no schema gives properties to (and no list names) is free-form.
        free = not defined and not any(p.startswith(f"{path}.") for p in WRITTEN_BEYOND_SCHEMA)
        for key, child in value.items():
            where = f"{path}.{key}" if path else key
            here = f"{shown}.{shown_field(key)}" if shown else shown_field(key)
            if key in defined or where in WRITTEN_BEYOND_SCHEMA:
                yield from _unknown_fields(child, defined.get(key, []), where, here)
            elif not free:
                yield here
    elif isinstance(value, list):
        items = [s[k] for s in flat for k in ("items", "contains") if isinstance(s.get(k), dict)]
        for index, child in enumerate(value, start=1):
            yield from _unknown_fields(child, items, f"{path}[]", f"{shown}[{index}]")


# JSON Schema's types as Python reads them: a bool is no integer (True == 1 in Python, so
# `"needs_reconfirmation": 0` or `"seq": true` compared equal to what verify expected), and
# an integer is not 1.0 (proof29).
_TYPES: dict[str, Any] = {
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) in (int, float),
    "boolean": lambda v: type(v) is bool,
    "string": lambda v: type(v) is str,
    "array": lambda v: type(v) is list,
    "object": lambda v: type(v) is dict,
    "null": lambda v: v is None,
}


def _wrong_types(value: Any, schemas: list[Any], shown: str) -> Iterator[str]:
    """Where (as shown) `value` has a type none of the `schemas` that name one allows."""
    # (if/then/else apply only when their condition holds: their types are not the value's
    # own — "ground" is a string only where "override" is true, null elsewhere)
    flat = list(_flattened(schemas, branches=False))
    named = [t for s in flat for t in _named_types(s)]
    if named and not any(_TYPES.get(t, lambda v: True)(value) for t in named):
        yield shown or "(het geheel)"
        return
    if isinstance(value, dict):
        for key, child in value.items():
            subs = [
                s["properties"][key]
                for s in flat
                if isinstance(s.get("properties"), dict) and key in s["properties"]
            ]
            here = f"{shown}.{shown_field(key)}" if shown else shown_field(key)
            yield from _wrong_types(child, subs, here)
    elif isinstance(value, list):
        items = [s[k] for s in flat for k in ("items", "contains") if isinstance(s.get(k), dict)]
        for index, child in enumerate(value, start=1):
            yield from _wrong_types(child, items, f"{shown}[{index}]")


def _named_types(schema: dict[str, Any]) -> list[str]:
    named = schema.get("type")
    if isinstance(named, str):
        return [named]
    return [t for t in named if isinstance(t, str)] if isinstance(named, list) else []


def _flattened(schemas: list[Any], branches: bool = True) -> Iterator[dict[str, Any]]:
    """Each schema and every subschema that applies to the same value (with `branches`, also
    the if/then/else ones, which apply only under their condition)."""
    for s in schemas:
        if not isinstance(s, dict):
            continue
        yield s
        nested = [sub for k in _SUBSCHEMAS for sub in s.get(k, []) if isinstance(sub, dict)]
        if branches:
            nested += [s[k] for k in _BRANCHES if isinstance(s.get(k), dict)]
        yield from _flattened(nested, branches)
