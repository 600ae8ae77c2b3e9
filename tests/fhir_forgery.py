"""An insider who forges a package rewrites its FHIR copies to match the forged receipt: a
forgery test that leaves them as they were is refused by verify_fhir first and never reaches
the check it is about."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any


def fhir_edited(
    files: Mapping[str, bytes], edit: Callable[[dict[str, Any]], None]
) -> dict[str, bytes]:
    """`files` with `edit` applied to every FHIR Consent in it."""
    out = dict(files)
    for name in [n for n in files if n.startswith("fhir/")]:
        resource = json.loads(files[name])
        edit(resource)
        out[name] = json.dumps(resource, ensure_ascii=False, indent=2).encode("utf-8")
    return out


def without_attachment(url: str) -> Callable[[dict[str, Any]], None]:
    """Leaves the file at `url` out of a Consent's sourceAttachment."""

    def edit(resource: dict[str, Any]) -> None:
        resource["sourceAttachment"] = [
            a for a in resource.get("sourceAttachment", []) if a.get("url") != url
        ]

    return edit


def grantors_unnamed(resource: dict[str, Any]) -> None:
    """Each grantor as a receipt that names nobody has it: " (role)"."""
    for grantor in resource.get("grantor", []):
        grantor["display"] = " (" + grantor["display"].rpartition(" (")[2]


def fhir_names_the_pdf(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """`files` whose FHIR Consents name the package's bewijs.pdf by its SHA-1, as an insider
    who puts another PDF in writes them (atk31: verify compares that hash). A Consent that
    names it already is left byte for byte."""
    out = dict(files)
    if "bewijs.pdf" not in files:
        return out
    sha1 = base64.b64encode(hashlib.sha1(files["bewijs.pdf"]).digest()).decode("ascii")
    for name in [n for n in files if n.startswith("fhir/")]:
        try:
            resource = json.loads(files[name])
            attachments = [a for a in resource["sourceAttachment"] if a.get("url") == "bewijs.pdf"]
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a forgery of the Consent itself: left as the test made it
        if all(a.get("hash") == sha1 for a in attachments):
            continue
        for a in attachments:
            a["hash"] = sha1
        out[name] = json.dumps(resource, ensure_ascii=False, indent=2).encode("utf-8")
    return out
