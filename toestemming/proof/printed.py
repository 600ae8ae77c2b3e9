"""What bewijs.pdf prints must be what the audited part of the package says.

People read the PDF; `verify` checks the audit file, receipt.json and the hashes. Without this
check a package could be intact and signed while its PDF showed another request (the PDF of
another export, re-signed into this package with the organisation's key), an older checkpoint
than the audit file, or a "ja" where the log says "nee". The PDF is not rendered again (that
needs the vault: names are only salted commitments in the log); what the log fixes is read
back from the PDF's text (pdfium, as a reader sees it) under the labels formulieren/proof_pdf.py
prints:

    Verzoek CODE                 and every page's footer "· CODE pagina N van M"
    Geldig DD-MM-JJJJ t/m …      each item: the audited validity of the request
    Onderdelen in dit pakket     the positions of the receipt's items
    Antwoord ja|nee              per item heading "Onderdeel N:", the audited answers
    SHA-256: …                   only hashes of texts the log holds for these items
    Controlepunt N gebeurtenissen, Merkle-wortel …   the audit file's signed checkpoint
    Deze export … gebeurtenis N  an audited `proof.exported` of this request

Every package this program exported prints these lines the same way (also the ones made
before this check: tests/data/bewijs_voor_issue20.zip)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from ..clock import from_iso
from . import readback
from .package import MANIFEST as MANIFEST_NAME
from .package import RECEIPT
from .printed_common import _MOMENT, moment_agrees
from .printed_items import item_problems
from .wordings import LANGUAGE, wordings

# Labels as proof_pdf prints them, each with the shape of its value, so that free text (a
# purpose's description wrapping onto a line that starts with "Verzoek" or "Antwoord") is not
# taken for a field.
_CODE = r"(TS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])"
_DAY = r"([0-9]{2}-[0-9]{2}-[0-9]{4})"
_CODE_FIELD = re.compile(r"(?m)^Verzoek " + _CODE + r"[ \t]*$")
_FOOTER = re.compile(r"· " + _CODE + r" pagina \d+ van \d+")
_VALID = re.compile(r"(?m)^Geldig " + _DAY + " t/m " + _DAY)
# A long list wraps: the lines after it that hold only numbers and commas belong to it.
_POSITIONS = re.compile(r"(?m)^Onderdelen in dit pakket ([0-9, ]+(?:\n[0-9, ]+)*)$")
_ITEM = re.compile(r"(?m)^Onderdeel (\d+): ")
# The answer's row is the whole line ("ja", "nee", perhaps "— gevoelige gegevens apart
# bevestigd"); the decision's table may break onto the next page right after it.
_ANSWER = re.compile(r"(?m)^Antwoord (ja|nee)(?: — [^\n]*)?[ \t]*$")
_TEXT_HASH = re.compile(r"(?m)^SHA-256: ([0-9a-f]{64})\b")
_CHECKPOINT = re.compile(r"(?m)^Controlepunt (\d+) gebeurtenissen")
_SIGNED_AT = re.compile(r"(?m)^Controlepunt \d+ gebeurtenissen, ondertekend op (" + _MOMENT + ")")
_REQUESTED = re.compile(r"(?m)^Gevraagd (" + _MOMENT + ") door ")
_LANGUAGE = re.compile(r"(?m)^Taal van de tekst ([^\n;]*)")
_ROOT = re.compile(r"Merkle-wortel\s+((?:[0-9a-f]\s*){64})")
_EXPORT = re.compile(r"Deze export vastgelegd als gebeurtenis (\d+) in het logboek")
_ANSWERS = {"yes": "ja", "no": "nee"}


def problems(
    text: str,
    name: str,
    manifest: Mapping[str, Any],
    checkpoint: Mapping[str, Any],
    verified: Mapping[int, Mapping[str, Any]],
    receipt: Mapping[str, Any],
    files: Mapping[str, bytes] | None = None,
) -> list[str]:
    """Dutch problems, one per disagreement; [] when the PDF says what the package says.
    `verified`: the audited event bodies (inclusion.check); call once those and the receipt
    were found in order. With the package's `files`, every item's printed fields too
    (printed_items.py)."""
    text = readback.labels_first(text)
    created = [e["data"] for e in verified.values() if e["kind"] == "request.created"]
    if len(created) != 1:
        return []  # _request_named already reports it
    request = created[0]
    code = str(manifest.get("reference_code") or request.get("code"))
    out: list[str] = []
    shown_codes = _CODE_FIELD.findall(text) + _FOOTER.findall(text)
    if not shown_codes or any(c != code for c in shown_codes):
        out.append(
            f"{name} toont een ander verzoek dan het logboekbewijs en {RECEIPT}: het "
            "document hoort niet bij dit pakket."
        )
        return out  # the rest would only repeat it
    out += _checkpoint(text, name, checkpoint, verified, request)
    if not out:
        out += _exportmoment_shown(text, manifest, receipt, verified)
    out += _request_fields(text, name, receipt, request)
    out += _items(text, name, request, receipt, verified)
    if files is not None and not out:
        out += item_problems(text, name, receipt, verified, files)
    return out


def _checkpoint(
    text: str,
    name: str,
    checkpoint: Mapping[str, Any],
    verified: Mapping[int, Mapping[str, Any]],
    request: Mapping[str, Any],
) -> list[str]:
    sizes = {int(s) for s in _CHECKPOINT.findall(text)}
    roots = {re.sub(r"\s", "", r) for r in _ROOT.findall(text)}
    signed = set(_SIGNED_AT.findall(text))
    if (
        sizes != {int(checkpoint["tree_size"])}
        or roots != {str(checkpoint["root"])}
        or not _one_moment(signed, checkpoint["at"])
    ):
        return [
            f"{name} noemt een ander controlepunt van het logboek dan het logboekbewijs "
            f"({checkpoint['tree_size']} gebeurtenissen): het document komt uit een andere "
            "export."
        ]
    exports = [int(s) for s in _EXPORT.findall(text)]
    event = verified.get(exports[0]) if len(exports) == 1 else None
    if (
        event is None
        or event["kind"] != "proof.exported"
        or request.get("request") not in event["data"].get("requests", [])
    ):
        # Also a PDF that names no export at all: a preview, never signed into a package.
        return [
            f"{name} noemt niet de export die in het logboekbewijs staat: het document komt "
            "uit een andere export, of is een voorbeeld."
        ]
    return []


# The receipt's and the manifest's moment are taken just before the export's event is
# written (package.py: `now`, then the transaction): never after it, and not long before.
EXPORT_SLACK = timedelta(minutes=10)


def _exportmoment_shown(
    text: str,
    manifest: Mapping[str, Any],
    receipt: Mapping[str, Any],
    verified: Mapping[int, Mapping[str, Any]],
) -> list[str]:
    """ "Stand bij export" is only as good as the moment of the export: a receipt dated before
    a withdrawal it cites may call the item "given" (status_agrees counts what ended before
    the export). So its date, and the manifest's, must be the audited export's."""
    exports = [int(s) for s in _EXPORT.findall(text)]
    event = verified[exports[0]]  # _checkpoint found it and its kind
    at = from_iso(str(event["at"]))
    for value in (receipt.get("generated_at"), manifest.get("created_at")):
        try:
            moment = from_iso(str(value))
        except ValueError:
            moment = None
        if moment is None or not at - EXPORT_SLACK <= moment <= at:
            return [
                f"{RECEIPT} of {MANIFEST_NAME} noemt een ander moment van export dan het "
                f"logboek (gebeurtenis {exports[0]}): de stand bij export is niet te vertrouwen."
            ]
    return []


def _request_fields(
    text: str, name: str, receipt: Mapping[str, Any], request: Mapping[str, Any]
) -> list[str]:
    """When the request was made and in which language, as the audited `request.created`
    (its `created_at`, in older events its moment) and the receipt say."""
    out = []
    created = request.get("created_at") or receipt["notice"].get("presented_at")
    if created is not None and not _one_moment(set(_REQUESTED.findall(text)), created):
        out.append(f"{name} noemt een ander moment van het verzoek dan het logboek.")
    language = str(receipt.get("language", ""))
    shown = [v.strip() for v in _LANGUAGE.findall(text)]
    if len(shown) != 1 or shown[0] not in (wordings(LANGUAGE, language) or (language,)):
        out.append(f"{name} noemt een andere taal van de tekst dan {RECEIPT}.")
    # Who it is about and who is responsible: not in the log (names are salted commitments),
    # but the PDF and the receipt must name the same youth, birth date and organisation.
    principal = receipt.get("pii_principal", {})
    youth = _between_lines(text, "Jongere ", "Verantwoordelijke ")
    born = f", geboren {_day(principal.get('birth_date'))}" if principal.get("birth_date") else ""
    if youth is None or not _youth_named(youth, str(principal.get("name", "")), born):
        out.append(f"{name} noemt een andere jongere of geboortedatum dan {RECEIPT}.")
    controllers = [str(c.get("piiController", "")) for c in receipt.get("piiControllers", [])]
    organisation = _between_lines(text, "Verantwoordelijke ", "Gevraagd ")
    # As the writer drew it (readback.py): an organisation named "Stichting Al-Amal (الأمل)"
    # comes back from pdfium in display order; its genuine PDF was called forged (proof24).
    if (
        organisation is None
        or len(controllers) != 1
        or not readback.same(organisation, controllers[0], label="Verantwoordelijke")
    ):
        out.append(f"{name} noemt een andere verantwoordelijke organisatie dan {RECEIPT}.")
    return out


def _between_lines(text: str, label: str, next_label: str) -> str | None:
    """The value after the first line starting with `label`, up to the line starting with
    `next_label` (a long value wraps)."""
    match = re.search(r"(?m)^" + re.escape(label), text)
    if match is None:
        return None
    end = text.find("\n" + next_label, match.end())  # one scan, however the text is shaped
    return None if end < 0 else text[match.end() : end]


def _youth_named(shown: str, name: str, born: str) -> bool:
    """ "NAME, geboren DD-MM-JJJJ" as printed (readback.py: as the writer draws it); on a
    line pdfium reads right to left the date's numbers come back reversed (JJJJ-MM-DD), but
    never in another order."""
    if not readback.same(shown, f"{name}{born}", label="Jongere"):
        return False
    if not born or not readback.right_to_left(name):
        return True
    day = born.removeprefix(", geboren ")
    flat = " ".join(shown.split())
    return day in flat or "-".join(reversed(day.split("-"))) in flat


def _items(
    text: str,
    name: str,
    request: Mapping[str, Any],
    receipt: Mapping[str, Any],
    verified: Mapping[int, Mapping[str, Any]],
) -> list[str]:
    out: list[str] = []
    consents = {int(c["position"]): c for c in receipt["consents"]}
    listed = _POSITIONS.findall(text)
    positions = [sorted(int(p) for p in re.findall(r"\d+", line)) for line in listed]
    if positions != [sorted(consents)]:
        out.append(f"{name} noemt andere onderdelen dan {RECEIPT}.")
    valid = {(a, b) for a, b in _VALID.findall(text)}
    expected = {(_day(request["valid_from"]), _day(request["valid_until"]))}
    if valid and valid != expected:
        out.append(f"{name} noemt een andere geldigheid dan het logboek.")
    audited_hashes = {str(request.get("text_sha256"))} | {
        str(h)
        for i in request.get("items", [])
        for h in [i.get("text_sha256"), *i.get("texts", {}).values()]
    }
    if any(h not in audited_hashes for h in _TEXT_HASH.findall(text)):
        out.append(f"{name} toont een tekst die het logboek niet bij dit verzoek heeft vastgelegd.")
    shown = _answers_per_item(text)
    for position, consent in consents.items():
        item = str(consent["item_id"])
        logged = [
            _ANSWERS.get(str(verified[int(e["seq"])]["data"]["answers"].get(item)), "?")
            for e in consent["events"]
            if int(e["seq"]) in verified and verified[int(e["seq"])]["kind"] == "decisions.recorded"
        ]
        if Counter(shown.get(position, [])) != Counter(logged):
            out.append(
                f"{name}, onderdeel {position}: de antwoorden in het document zijn niet de "
                "antwoorden in het logboek."
            )
    return out


def _answers_per_item(text: str) -> dict[int, list[str]]:
    """'ja'/'nee' of every "Antwoord" line, under the item whose "Onderdeel N:" came last."""
    marks = [(m.start(), int(m.group(1))) for m in _ITEM.finditer(text)]
    out: dict[int, list[str]] = {}
    for m in _ANSWER.finditer(text):
        before = [position for at, position in marks if at < m.start()]
        out.setdefault(before[-1] if before else 0, []).append(m.group(1))
    return out


def _day(value: Any) -> str:
    return f"{date.fromisoformat(str(value)):%d-%m-%Y}"


def _one_moment(printed: set[str], value: Any) -> bool:
    """The PDF prints the logged moment `value` (in a form a release printed it), and no
    other, at least once."""
    return bool(printed) and all(moment_agrees(p, value) for p in printed)
