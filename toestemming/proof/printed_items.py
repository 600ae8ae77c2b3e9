"""What bewijs.pdf prints per item must be what the receipt (already held to the log) says.

printed.py holds the PDF's code, checkpoint, export, validity, text hashes and answers to the
audited package. A privacy officer reads more than that on each item's pages, and an insider
with the organisation's keys could re-render and re-sign the PDF with any of it changed while
every other part stayed genuine (issue 20, session 10): "Stand bij export gegeven" over a
withdrawn item, a history without the withdrawal, a decision taken "aan de balie" by a
"voogd" of 16 instead of by e-mail by a parent of a 15-year-old, a shorter text above the
genuine SHA-256, a disclosure left out, another recipient. So every field formulieren/
proof_pdf.py prints from the log is read back here under its label (pdfium text, as a reader
sees it) and compared with the receipt's item:

    Onderdeel N: TITLE (versie V)      the receipt's service and purpose version
    Stand bij export LABEL[ — …]       the receipt's status (status_agrees held it to the log)
    Ontvanger / Gegevens / Waarom      the receipt's recipient, categories, purpose
    Tekst zoals getoond …  SHA-256     the text file of the item, word for word
    Besluiten: Wie (rol), Leeftijd, Gezag toen, Antwoord, Besloten op, Kanaal, Bewijsstuk
                                       each decision event of the item, field by field
    Geschiedenis: Nr. Moment Wat       exactly the item's events: number, moment and kind;
                                       who decided (name, role, age) or withdrew (name,
                                       role, gezag then), who was told and when
    Verstrekkingen                     every disclosure event of the item (its moment)

Names of people are not in the log (salted commitments), so "Wie" is held to the role only.
Values are compared as the writer drew them (readback.py): word for word, a line break
possibly inside a word; text with right-to-left letters, which pdfium reorders, line for line
in the order pdfium reads it; names as their letters in order (right to left: as drawn)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from formulieren.layout import status_text

from ..model import CHANNEL_LABELS, ROLE_LABELS, Channel, ItemStatus
from . import readback, receipt_fields, status_reasons, youth_heard
from .describe import ANSWER_LABELS
from .package import RECEIPT
from .printed_common import (
    _MOMENT,
    _collapsed,
    _gezag_shown,
    _name_key,
    _right_to_left,
    _same,
    as_today_each,
    moment_shown,
)
from .printed_history import disclosures_agree, history_agrees
from .wordings import CHANNEL, LANGUAGE, ROLE, STATUS, canonical, codes, wordings

_ANCHOR = re.compile(r"(?m)^Stand bij export ([^\n]*)$")
_ITEM = re.compile(r"(?m)^Onderdeel (\d+): ")
# A page's header and footer (layout.py) may fall inside any value; they are left out. Line
# by line with one anchored search each: a forged PDF's long lines cost linear time.
_FOOTER_TAIL = re.compile(r"· TS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z] pagina [0-9]+ van [0-9]+$")
_TEXT_HEAD = re.compile(r"(?m)^Tekst zoals getoond(?: in het [^\n]*)?\n")
_TEXT_HASH = re.compile(r"(?m)^SHA-256: ([0-9a-f]{64})\b")
_END = "\nBewijsstukken in dit pakket\n"
_DECISION = re.compile(r"(?m)^Wie ")
_AGE = re.compile(r"(?m)^Leeftijd jongere toen ([0-9]+) jaar[ \t]*$")
_ANSWER = re.compile(r"(?m)^Antwoord (ja|nee)\b")
_DECIDED = re.compile(r"(?m)^Besloten op (" + _MOMENT + r")[ \t]*$")
# The channel row with every line it wraps onto, up to the next row (proof26: a second line
# "met getuige" was read past).
_CHANNEL = re.compile(
    r"(?ms)^Kanaal (.*?)(?=\n(?:Getoonde tekst|Bewijsstuk|Ondertekening|Getypte naam|"
    r"Handtekening|Wie|Geschiedenis van dit onderdeel)\b|\Z)"
)
_EVIDENCE = re.compile(r"(?m)^Bewijsstuk ([^\n]*)$")
_RECORDED = re.compile(r"(?m)^Vastgelegd op (" + _MOMENT + r") door ")
_GEZAG = re.compile(r"(?m)^Gezag toen ")
_EVIDENCE_FILE = re.compile(r"bewijsstukken/([0-9]+)")


def item_problems(
    text: str,
    name: str,
    receipt: Mapping[str, Any],
    verified: Mapping[int, Mapping[str, Any]],
    texts: Mapping[str, bytes],
) -> list[str]:
    """One Dutch problem per item whose printed fields differ from the receipt; `texts`: the
    package's files (the item texts are read from it). Call once the receipt was found to
    agree with the audited events (verify_receipt)."""
    body = _without_page_frames(text)
    end = body.find(_END)
    body = body if end < 0 else body[:end]
    consents = {int(c["position"]): c for c in receipt["consents"]}
    sections = _sections(body)
    if sorted(p for p, _ in sections) != sorted(consents):
        return [f"{name} toont per onderdeel niet één stand, of andere onderdelen dan {RECEIPT}."]
    other_basis = receipt.get("disclosures_on_other_basis", [])
    out = []
    for position, section in sections:
        consent = consents[position]
        wrong = _wrong_fields(section, consent, verified, texts, other_basis)
        if wrong:
            out.append(
                f"{name}, onderdeel {position}: {', '.join(wrong)} in het document "
                f"wijk{'t' if len(wrong) == 1 else 'en'} af van {RECEIPT} en het logboek."
            )
    return out


def _without_page_frames(text: str) -> str:
    lines = text.split("\n")
    keep = [True] * len(lines)
    for i, line in enumerate(lines):
        if i and line.startswith("Gemaakt op ") and _FOOTER_TAIL.search(line):
            keep[i] = keep[i - 1] = False  # the footer and the header line printed before it
    return "\n".join(line for line, k in zip(lines, keep, strict=True) if k)


def _sections(body: str) -> list[tuple[int, str]]:
    """(position, text) per item: from its heading to the next item's heading. The anchor is
    the one "Stand bij export" line each item prints right under its heading."""
    anchors = list(_ANCHOR.finditer(body))
    heads = list(_ITEM.finditer(body))
    at = [h.start() for h in heads]
    starts: list[tuple[int, int]] = []
    for a in anchors:
        last = bisect.bisect_left(at, a.start()) - 1  # the heading right before the anchor
        if last < 0:
            return []
        starts.append((int(heads[last].group(1)), heads[last].start()))
    out = []
    for i, (position, start) in enumerate(starts):
        stop = starts[i + 1][1] if i + 1 < len(starts) else len(body)
        out.append((position, body[start:stop]))
    return out


def _wrong_fields(
    section: str,
    consent: Mapping[str, Any],
    verified: Mapping[int, Mapping[str, Any]],
    texts: Mapping[str, bytes],
    other_basis: Sequence[Mapping[str, Any]],
) -> list[str]:
    (service,) = consent["services"]
    (purpose,) = service["purposes"]
    events = [(e, verified[int(e["seq"])]) for e in consent["events"] if int(e["seq"]) in verified]
    wrong = []
    head, _, rest = section.partition("\nStand bij export ")
    if not _same(
        head.partition(": ")[2],
        f"{service['service']} (versie {purpose['purpose_version']})",
        prefix=head.partition(": ")[0] + ": ",
    ):
        wrong.append("het doel")
    status_line = rest.split("\n", 1)[0]
    if not any(
        status_line == label or status_line.startswith(label + " — ")
        for label in wordings(STATUS, consent["status"])
    ) or not _reason_agrees(rest.partition("\nOntvanger ")[0], consent, verified):
        wrong.append("de stand")
    if not _same(
        _between(rest, "\nOntvanger ", "\nGegevens "), purpose["thirdPartyName"], label="Ontvanger"
    ):
        wrong.append("de ontvanger")
    special = set(consent.get("spiCat", []))  # the special categories' names, every format
    categories = ", ".join(
        c["name"] + (" (gevoelig)" if c["name"] in special else "")
        for c in purpose["pii_categories"]
    )
    if not _same(_between(rest, "\nGegevens ", "\nWaarom "), categories, label="Gegevens"):
        wrong.append("de gegevens")
    if not _same(_between(rest, "\nWaarom ", "\nGeldig "), purpose["purpose"], label="Waarom"):
        wrong.append("het waarom")
    if not _texts_shown(rest, consent, texts):
        wrong.append("de getoonde tekst")
    decisions_part = _between(rest, "\nBesluiten\n", "\nGeschiedenis van dit onderdeel\n")
    history_part = _between(
        rest, "\nGeschiedenis van dit onderdeel\n", "\nVerstrekkingen onder dit onderdeel\n"
    )
    disclosed_part = rest.partition("\nVerstrekkingen onder dit onderdeel\n")[2]
    item = str(consent["item_id"])
    # The young person's views, printed between the decisions and the history (youth_heard).
    decisions_part, heard_part = youth_heard.split(decisions_part)
    if not youth_heard.printed_agrees(heard_part, _heard_expected(verified, events, item)):
        wrong.append("de mening van de jongere")
    logged = _logged_decisions(events, item, _shown_hashes(consent))
    recorded = all(r[7] is not None for r in logged)  # events before it was logged: not asked
    # Receipts before session 14 name nobody: not asked — unless the export's logged event
    # says its receipt names them (a re-signed receipt without the names is no older one).
    named = receipt_fields.numbered(verified) or all(r[8] is not None for r in logged)
    # Moments as today's release prints the logged ones they name (an earlier release left
    # the doubled hour unmarked, printed_common.moment_forms).
    moments = [
        b["data"][k]
        for _, b in events
        if b["kind"] == "decisions.recorded"
        for k in ("decided_at", "recorded_at")
        if k in b["data"]
    ]
    rows = _printed_decisions(decisions_part, _deciders(events))
    each = as_today_each(
        [x for p in rows for x in (p[2], p[7] if recorded and p[7] else None)], moments
    )
    printed = [
        (*p[:2], each[2 * n], *p[3:7], each[2 * n + 1], p[8] if named else None, p[9])
        for n, p in enumerate(rows)
    ]
    if Counter(printed) != Counter(logged):
        wrong.append("de besluiten")
    if not history_agrees(history_part, events, item, verified):
        wrong.append("de geschiedenis")
    if not disclosures_agree(disclosed_part, consent, events, other_basis, verified):
        wrong.append("de verstrekkingen")
    return wrong


def _heard_expected(
    verified: Mapping[int, Mapping[str, Any]],
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    item: str,
) -> list[str] | None:
    """The view section's lines the log gives for this item (None: no section)."""
    try:
        return youth_heard.section(
            youth_heard.logged_views(verified),
            [b["data"] for _, b in events if b["kind"] == "decisions.recorded"],
            int(item),
            promised=youth_heard.promised_seqs(verified) is not None,
        )
    except (ValueError, TypeError, KeyError):
        return []  # an unreadable view: no printing agrees (youth_heard.check names it)


def _reason_agrees(
    shown: str, consent: Mapping[str, Any], verified: Mapping[int, Mapping[str, Any]]
) -> bool:
    """ "Stand bij export" says, after its status, a reason the rules give for that status
    (status_reasons.py), when the logged export says its reasons are held."""
    if not status_reasons.held(verified):
        return True
    try:
        status = ItemStatus(consent["status"])
    except ValueError:
        return False
    why = status_reasons.reasons(status, consent["services"][0]["purposes"][0].get("termination"))
    # The status in any of its wordings (wordings.py: a later release's rewording of "gegeven"
    # must not fail a package printed before it), each with a reason the rules give.
    return any(
        _same(shown, status_text(label, reason))
        for label in wordings(STATUS, consent["status"])
        for reason in why
    )


def _between(text: str, start: str, stop: str) -> str | None:
    at = text.find(start)
    if at < 0:
        return None
    at += len(start)
    end = text.find(stop, at)
    return None if end < 0 else text[at:end]


def _texts_shown(rest: str, consent: Mapping[str, Any], texts: Mapping[str, bytes]) -> bool:
    """Each text under "Tekst zoals getoond …" is, word for word, the text file whose hash it
    prints (the hashes themselves are held to the log by printed.py)."""
    hashes = [(m.start(), m.group(1)) for m in _TEXT_HASH.finditer(rest)]
    hash_at = [h[0] for h in hashes]
    blocks = []
    for head in _TEXT_HEAD.finditer(rest):
        n = bisect.bisect_left(hash_at, head.end())  # the first hash line after the heading
        if n == len(hashes):
            return False
        blocks.append((rest[head.end() : hashes[n][0]], hashes[n][1]))
    files = {consent["notice"]["text_sha256"]: consent["notice"]["text_file"]}
    files |= {n["text_sha256"]: n["text_file"] for n in consent.get("notices", [])}
    if not blocks or {h for _, h in blocks} != set(files):
        return False
    for shown, digest in blocks:
        try:
            original = texts[files[digest]].decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return False
        if not _same(shown, original):
            return False
    return True


def _channel(value: Any) -> str:
    try:
        return CHANNEL_LABELS[Channel(str(value))]
    except ValueError:
        return str(value)


# (answer, age, decided, channel, role, evidence, separately ticked + text as shown, recorded,
# who by name — receipts before session 14 name nobody: then not asked —, gezag then as the
# receipt's `gezag_then` (held to the log) prints it, None when it has none)
Shown = tuple[
    str, str | None, str, str, str, str, tuple[bool, bool, str], str | None, str | None, str | None
]


def _deciders(
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
) -> list[tuple[str, str]]:
    """(name, role code) of every logged decision whose receipt names the decider."""
    out = []
    for entry, body in events:
        by = entry.get("by", {})
        if body["kind"] == "decisions.recorded" and isinstance(by, Mapping) and "name" in by:
            out.append((str(by["name"]), str(body["data"]["role"])))
    return out


def _drawn_who(value: str, deciders: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """(role, name key) of the decider whose "Wie" the printed `value` (after its label, maybe
    wrapped) is: its lines exactly pdfium's reading of "<name> (<rol>)" as the writer draws
    it, brackets and all (rtl_lines.same_lines). A name mixing scripts or with brackets of its
    own is drawn with the role's brackets turned ("Layla حداد) ouder)"), so the role cannot
    be cut off the printed line first (rtl22: genuine packages called forged)."""
    for name, role in deciders:
        for word in wordings(ROLE, role):
            if readback.same(value, f"{name} ({word})", label="Wie"):
                return canonical(ROLE, word), _name_key(name)
    return None


def _printed_decisions(part: str | None, deciders: Sequence[tuple[str, str]] = ()) -> list[Shown]:
    """What each decision block prints (Shown); `deciders`: the logged (name, role) a
    right-to-left "Wie" is read against (_drawn_who)."""
    if part is None:
        return [("?", None, "", "", "", "", (False, False, "?"), None, None, "?")]
    starts = [m.start() for m in _DECISION.finditer(part)]
    out: list[Shown] = []
    for i, start in enumerate(starts):
        block = part[start : starts[i + 1] if i + 1 < len(starts) else len(part)]
        who = block.partition("\nLeeftijd jongere toen")[0]
        worded = [r for r in codes(ROLE) if f"({r})" in who]
        roles = {canonical(ROLE, r) for r in worded}
        drawn = _right_to_left(who)  # then its order as drawn (readback.name_key)
        name = (readback.as_drawn(who, "Wie") if drawn else who).removeprefix("Wie ")
        for r in worded:
            name = name.replace(f"({r})", "")
        key = _name_key(name, drawn=drawn)
        role = roles.pop() if len(roles) == 1 else "?"
        known = _drawn_who(who.removeprefix("Wie "), deciders) if drawn else None
        if known is not None:
            role, key = known
        values = [
            rx.search(block) for rx in (_ANSWER, _AGE, _DECIDED, _CHANNEL, _EVIDENCE, _RECORDED)
        ]
        answer, age, decided, channel, evidence, recorded = (
            m.group(1).strip() if m else "" for m in values
        )
        answer_line = block[values[0].start() :].split("\n", 1)[0] if values[0] else ""
        shown_line = block.partition("\nGetoonde tekst ")[2].partition("\nBewijsstuk ")[0]
        checks = (
            " apart bevestigd" in answer_line,
            "WIJKT AF" not in shown_line,
            _language_said(shown_line),
        )
        out.append(
            (
                answer,
                age or None,
                decided,
                canonical(CHANNEL, " ".join(channel.split())),
                role,
                _evidence_number(evidence),
                checks,
                recorded or None,
                key,
                _gezag_row(block),
            )
        )
    return out


def _language_said(shown_line: str) -> str:
    """The language a decision's "Getoonde tekst" says the signer read, when it is not the
    request's ("in het Engels: gelijk aan …"); "" when it names none (the request's)."""
    if not shown_line.startswith("in het "):
        return ""
    return canonical(LANGUAGE, shown_line.removeprefix("in het ").partition(":")[0].strip())


def _language_logged(entry: Mapping[str, Any], request_language: str) -> str:
    """What _language_said must read for the logged decision: the name of the language the
    signer read when it is not the request's (an insider relabelling the English text a
    parent signed as the Dutch one, or leaving it unsaid, is caught)."""
    lang = str(entry.get("language", request_language))
    if lang == request_language or not request_language:  # (a receipt naming no language)
        return ""
    return next(iter(wordings(LANGUAGE, lang)), lang)


def _gezag_row(block: str) -> str | None:
    """The "Gezag toen" row of a decision (up to the answer's row), spaces collapsed; None
    when there is none, "?" when there are several."""
    rows = list(_GEZAG.finditer(block))
    if len(rows) != 1:
        return None if not rows else "?"
    return _collapsed(block[rows[0].end() :].partition("\nAntwoord ")[0])


def _evidence_number(name: str) -> str:
    """Which evidence a decision names: its number (the file's name after it may be shortened,
    as in a preview), or "geen"."""
    match = _EVIDENCE_FILE.match(name)
    return match.group(1) if match else name


def _ticked(acks: Any, item: str) -> bool:
    """Whether the log says the signer ticked this item's special data separately (a list of
    item numbers; a flag in the oldest events)."""
    if isinstance(acks, list):
        return any(str(a) == item for a in acks)
    return bool(acks)


def _shown_hashes(consent: Mapping[str, Any]) -> dict[str, str]:
    """language → hash of the item's text a signer saw in it (the receipt's notices)."""
    notice = consent["notice"]
    out = {str(notice.get("language", "")): str(notice["text_sha256"])}
    out |= {str(n["language"]): str(n["text_sha256"]) for n in consent.get("notices", [])}
    return out


def _logged_decisions(
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    item: str,
    texts: Mapping[str, str],
) -> list[Shown]:
    out = []
    request_language = next(iter(texts), "")  # the notice's language comes first
    for entry, body in events:
        if body["kind"] != "decisions.recorded":
            continue
        d = body["data"]
        age = d.get("age")
        out.append(
            (
                ANSWER_LABELS.get(str(d["answers"].get(item)), "?"),
                None if age is None else str(age),
                moment_shown(d["decided_at"]),
                _channel(d["channel"]),
                ROLE_LABELS.get(str(d["role"]), "?"),
                _evidence_number(str(entry.get("evidence") or "geen")),
                (
                    _ticked(d.get("special_ack"), item),
                    "text_sha256" not in entry
                    or texts.get(str(entry.get("language"))) == entry["text_sha256"],
                    _language_logged(entry, request_language),
                ),
                moment_shown(d["recorded_at"]) if "recorded_at" in d else None,
                None if "name" not in entry.get("by", {}) else _name_key(str(entry["by"]["name"])),
                _gezag_shown(entry),
            )
        )
    return out
