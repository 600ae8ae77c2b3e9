"""The receipt and the evidence of a proof package against its audited events (verify.py
runs these once the manifest, the hashes and the audit file hold): the evidence files by their
logged hash, the receipt's request, items, statuses, events and shown texts field by field
(receipt_fields.py), and every FHIR Consent against the receipt's item. Each problem is a
Dutch sentence naming the file, appended to the report."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any, Protocol

from .. import safejson
from . import clock_fixes, receipt_fields, youth_heard
from .package import RECEIPT
from .receipt import YOUTH_VIEWS
from .verify_fhir import check_fhir


class VerifyReport(Protocol):
    """What these checks write to (verify.VerifyReport), without importing verify back."""

    problems: list[str]
    facts: list[str]


EVIDENCE_DIR = "bewijsstukken/"
_EVIDENCE_NAME = re.compile(r"bewijsstukken/([0-9]{1,12})-[a-z]+\.[a-z0-9]+")


def check_evidence(
    files: Mapping[str, bytes], verified: Mapping[int, dict[str, Any]], report: VerifyReport
) -> None:
    """Every evidence file against the log: its `evidence.added` event (inside the signed
    checkpoint) must be in the package and name the file's SHA-256 and size. So a file
    swapped before export (or a package built from an edited vault) is caught, not only a
    file changed after export (the manifest catches that)."""
    added = {
        int(e["data"]["evidence"]): e["data"]
        for e in verified.values()
        if e["kind"] == "evidence.added"
    }
    claimed = _claimed_evidence(verified)
    count = 0
    for name in sorted(n for n in files if n.startswith(EVIDENCE_DIR)):
        match = _EVIDENCE_NAME.fullmatch(name)
        if match is None:
            report.problems.append(f"{name}: onbekend bewijsstuk (geen nummer uit het logboek).")
            continue
        logged = added.get(int(match.group(1)))
        if logged is None:
            report.problems.append(f"{name}: het logboekbewijs noemt dit bewijsstuk niet.")
        elif int(match.group(1)) not in claimed:
            report.problems.append(
                f"{name}: volgens het logboek hoort dit bewijsstuk niet bij dit verzoek (geen "
                "besluit, intrekking, handtekening, verzonden bericht of koppeling ervan noemt het)."
            )
        elif hashlib.sha256(files[name]).hexdigest() != logged.get("sha256") or len(
            files[name]
        ) != logged.get("size"):
            report.problems.append(
                f"{name}: de SHA-256 klopt niet met het logboek (het bewijsstuk is vervangen)."
            )
        else:
            count += 1
    if count:
        report.facts.append(f"{count} bewijsstukken: controlesom klopt met het logboek.")


def _claimed_evidence(verified: Mapping[int, dict[str, Any]]) -> set[int]:
    """The evidence numbers that an audited event of the package's request names: a decision
    or withdrawal of one of its items, its tablet signing, a message sent for it, a link to
    it. An `evidence.added` event only says the bytes exist; without this, evidence of another
    youth (their signature, their e-mail) could be packed under this request as its proof."""
    created = [e["data"] for e in verified.values() if e["kind"] == "request.created"]
    if len(created) != 1:
        return set()  # verify reports a package that is not of one request
    request = created[0].get("request")
    items = {str(i["item"]) for i in created[0]["items"]}
    out: set[int] = set()
    for e in verified.values():
        kind, d = e["kind"], e["data"]
        if kind == "decisions.recorded":
            mine = bool(items & set(d.get("answers", {})))
        elif kind == "withdrawal.recorded":
            mine = bool(items & {str(i) for i in d.get("items", [])})
        elif kind == "signing.completed":  # at the tablet: a decision's, or a withdrawal's
            mine = d.get("request") == request or bool(
                items & {str(i) for i in d.get("items", []) if isinstance(d.get("items"), list)}
            )
        elif kind in ("remote.sent", "evidence.linked"):
            mine = d.get("request") == request
        else:
            continue
        named = d.get("evidence")
        values = named.values() if isinstance(named, dict) else [named]
        if mine:
            out |= {int(v) for v in values if isinstance(v, int)}
    return out


def check_receipt(
    files: Mapping[str, bytes], verified: Mapping[int, dict[str, Any]], report: VerifyReport
) -> None:
    """The receipt must say what the audited events say, and name the texts in the package."""
    try:
        receipt = safejson.loads(files[RECEIPT])
        created = [e["data"] for e in verified.values() if e["kind"] == "request.created"]
        audited_texts = {i["item"]: i["text_sha256"] for c in created for i in c["items"]}
        request_hashes = {c["text_sha256"] for c in created}
        notice = receipt["notice"]
        if notice["text_sha256"] not in request_hashes:
            report.problems.append(
                f"{RECEIPT}: de tekst van het verzoek klopt niet met het logboek."
            )
        if hashlib.sha256(files[notice["text_file"]]).hexdigest() != notice["text_sha256"]:
            report.problems.append(f"{notice['text_file']}: klopt niet met {RECEIPT}.")
        # Texts in other languages (signing mode): their hashes are in request.created too.
        other_texts = {
            (i["item"], lang): h
            for c in created
            for i in c["items"]
            for lang, h in i.get("texts", {}).items()
        }
        if not _receipt_unique(receipt, report):
            return
        if len(created) == 1 and not receipt_fields.request_agrees(receipt, created[0]):
            report.problems.append(
                f"{RECEIPT} noemt een andere jongere, een ander verzoek of een andere "
                "geldigheid dan het logboek."
            )
        if not receipt_fields.format_agrees(receipt, verified):
            report.problems.append(
                f"{RECEIPT} noemt een andere vorm dan de export volgens het logboek schreef "
                "(of een die dit programma nooit schreef): er zijn velden weggelaten of "
                "veranderd."
            )
        if clock_fixes.missing(verified):
            report.problems.append(
                f"{RECEIPT}: een klokcorrectie die de export noemt ontbreekt in het "
                "logboekbewijs: de stand is zonder die correctie niet te controleren."
            )
        views_complete = not youth_heard.check(verified)
        for c in receipt["consents"]:
            where = f"{RECEIPT}, onderdeel {c['position']}"
            text_hash = c["notice"]["text_sha256"]
            if audited_texts.get(c["item_id"]) != text_hash:
                report.problems.append(f"{where}: de getoonde tekst klopt niet met het logboek.")
            if hashlib.sha256(files[c["notice"]["text_file"]]).hexdigest() != text_hash:
                report.problems.append(f"{where}: het tekstbestand hoort niet bij dit onderdeel.")
            elif not receipt_fields.names_in_text(c, files[c["notice"]["text_file"]].decode()):
                report.problems.append(
                    f"{where}: de ontvanger, het doel of de gegevens staan anders in de tekst "
                    "die werd getoond."
                )
            if len(created) == 1 and not receipt_fields.categories_agree(
                c, created[0], receipt_fields.numbered(verified)
            ):
                report.problems.append(
                    f"{where}: de gegevens die het noemt zijn niet de gegevens die het logboek "
                    "bij dit onderdeel vastlegde."
                )
            shown = _shown_notices(c, other_texts, files, where, report)
            restated = receipt_fields.derived_fields_wrong(
                c, files, str(notice.get("reference_code", "")), verified
            )
            if restated:
                report.problems.append(
                    f"{where}: {', '.join(restated)} past niet bij de rest van het onderdeel "
                    "(de besluiten, de stand, de gegevens of de bewijsstukken)."
                )
            # (A log proof whose views are not the ones its export names: youth_heard.check
            # says that, more precisely, after the other checks.)
            if views_complete and not _views_agree(c, verified):
                report.problems.append(
                    f"{where}: de mening van de jongere is niet wat het logboek vastlegde (een "
                    "mening weggelaten, veranderd of bijgezet)."
                )
            if not receipt_fields.status_agrees(c, verified, receipt["generated_at"]):
                report.problems.append(
                    f"{where}: de stand ({c['status']}) past niet bij de gebeurtenissen in het "
                    "logboek."
                )
            for e in c["events"]:
                body = verified.get(int(e["seq"]))
                if body is None:
                    report.problems.append(
                        f"{where}: gebeurtenis {e['seq']} staat niet in het logboekbewijs."
                    )
                elif body["at"] != e["time"] or not receipt_fields.agree(e, body, c["item_id"]):
                    report.problems.append(
                        f"{where}: gebeurtenis {e['seq']} wijkt af van het logboek."
                    )
                elif not receipt_fields.gezag_then_agrees(e, body, verified):
                    report.problems.append(
                        f"{where}: gebeurtenis {e['seq']}: het gezag van wie besliste of "
                        "introk is niet wat het logboek over dat moment zegt."
                    )
                elif body["kind"] == "withdrawal.recipient_notified" and not (
                    receipt_fields.notified_agrees(
                        e, body, c, created[0] if len(created) == 1 else None, verified
                    )
                ):
                    report.problems.append(
                        f"{where}: gebeurtenis {e['seq']}: de ontvanger die over de intrekking "
                        "werd ingelicht, of het moment, is niet wat het logboek zegt."
                    )
                elif body["kind"] == "disclosure.recorded" and not (
                    receipt_fields.disclosure_agrees(
                        e, body, c, created[0] if len(created) == 1 else None
                    )
                ):
                    report.problems.append(
                        f"{where}: gebeurtenis {e['seq']}: de ontvanger of de gegevens van de "
                        "verstrekking zijn niet die het logboek noemt."
                    )
                elif "language" in e and not _decision_text_ok(e, body["data"], c, shown):
                    report.problems.append(
                        f"{where}: de tekst die bij gebeurtenis {e['seq']} werd getoond "
                        f"({e['language']}) staat niet (juist) in het pakket."
                    )
        # The FHIR copies after the receipt's own findings: a reader is told first what is
        # wrong in the receipt itself, then which copies disagree with it.
        if len(created) == 1:
            check_fhir(files, receipt, created[0], report)
    except (KeyError, ValueError, TypeError):
        report.problems.append(f"{RECEIPT} is onvolledig of onleesbaar.")


def _views_agree(consent: Mapping[str, Any], verified: Mapping[int, dict[str, Any]]) -> bool:
    """The item's `youth_views` are the views the log proof holds on it (youth_heard), and are
    there when the logged export says its receipt carries them (receipt.YOUTH_VIEWS; a
    package of a release before has none)."""
    if youth_heard.RECEIPT_FIELD not in consent:
        return receipt_fields.generation(verified) < YOUTH_VIEWS
    expected = youth_heard.receipt_value(youth_heard.logged_views(verified), consent["item_id"])
    return bool(consent[youth_heard.RECEIPT_FIELD] == expected)


def _receipt_unique(receipt: Mapping[str, Any], report: VerifyReport) -> bool:
    """Each item once, each event once per item: a decision cited twice reads as two."""
    consents = receipt["consents"]
    items = [c["item_id"] for c in consents]
    positions = [c["position"] for c in consents]
    cited = [[e["seq"] for e in c["events"]] for c in consents]
    if len(set(items)) != len(items) or len(set(positions)) != len(positions):
        report.problems.append(f"{RECEIPT} noemt een onderdeel twee keer.")
        return False
    if any(len(set(seqs)) != len(seqs) for seqs in cited):
        report.problems.append(f"{RECEIPT} noemt dezelfde gebeurtenis twee keer bij een onderdeel.")
        return False
    return True


def _shown_notices(
    consent: Mapping[str, Any],
    audited: Mapping[tuple[int, str], str],
    files: Mapping[str, bytes],
    where: str,
    report: VerifyReport,
) -> dict[str, str]:
    """language → hash of each text in the package that a signer saw; each must be the audited
    text of that language and its file must match."""
    out = {consent["notice"].get("language", ""): consent["notice"]["text_sha256"]}
    for n in consent.get("notices", []):
        lang, digest, name = n["language"], n["text_sha256"], n["text_file"]
        if name == consent["notice"]["text_file"]:
            # The same text under another language's name: a reader would take the English
            # text a parent signed for the Dutch one.
            if digest != consent["notice"]["text_sha256"] or lang != consent["notice"].get(
                "language", lang
            ):
                report.problems.append(f"{where}: de getoonde tekst klopt niet met het logboek.")
            continue
        if audited.get((consent["item_id"], lang)) != digest:
            report.problems.append(
                f"{where}: de getoonde tekst ({lang}) klopt niet met het logboek."
            )
        elif name not in files:
            report.problems.append(f"{where}: {name} ontbreekt in het pakket.")
        elif hashlib.sha256(files[name]).hexdigest() != digest:
            report.problems.append(f"{where}: {name} hoort niet bij dit onderdeel.")
        else:
            out[lang] = digest
    return out


def _decision_text_ok(
    entry: Mapping[str, Any],
    audited: Mapping[str, Any],
    consent: Mapping[str, Any],
    shown: Mapping[str, str],
) -> bool:
    """A decision's language and text hash as audited, and that text in the package."""
    item = str(consent["item_id"])
    if "language" in audited:  # switched language: the event names it and the hashes
        if entry["language"] != audited["language"]:
            return False
        if entry.get("text_sha256") != audited.get("text_sha256", {}).get(item):
            return False
    elif entry.get("text_sha256") != consent["notice"]["text_sha256"]:
        return False
    return shown.get(entry["language"]) == entry.get("text_sha256")
