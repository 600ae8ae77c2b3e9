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
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..clock import LOCAL_TZ, from_iso
from ..model import CHANNEL_LABELS, ROLE_LABELS, Channel
from . import gezag, pdfium_bidi, readback, receipt_fields, rtl_lines
from .describe import ANSWER_LABELS
from .package import RECEIPT
from .wordings import ACTION, CHANNEL, ROLE, STATUS, canonical, codes, wordings

_MOMENT = r"[0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}"
_ANCHOR = re.compile(r"(?m)^Stand bij export ([^\n]*)$")
_ITEM = re.compile(r"(?m)^Onderdeel (\d+): ")
# A page's header and footer (layout.py) may fall inside any value; they are left out. Line
# by line with one anchored search each: a forged PDF's long lines cost linear time.
_FOOTER_TAIL = re.compile(r"· TS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z] pagina [0-9]+ van [0-9]+$")
_TEXT_HEAD = re.compile(r"(?m)^Tekst zoals getoond(?: in het [^\n]*)?\n")
_TEXT_HASH = re.compile(r"(?m)^SHA-256: ([0-9a-f]{64})\b")
_END = "\nBewijsstukken in dit pakket\n"
_HISTORY = re.compile(r"(?m)^(\d+) (" + _MOMENT + r") ")
_DISCLOSED = re.compile(r"(?m)^(" + _MOMENT + r") ")
_DECISION = re.compile(r"(?m)^Wie ")
_AGE = re.compile(r"(?m)^Leeftijd jongere toen ([0-9]+) jaar[ \t]*$")
_ANSWER = re.compile(r"(?m)^Antwoord (ja|nee)\b")
_DECIDED = re.compile(r"(?m)^Besloten op (" + _MOMENT + r")[ \t]*$")
_CHANNEL = re.compile(r"(?m)^Kanaal ([^\n]*)$")
_EVIDENCE = re.compile(r"(?m)^Bewijsstuk ([^\n]*)$")
_RECORDED = re.compile(r"(?m)^Vastgelegd op (" + _MOMENT + r") door ")
_GEZAG = re.compile(r"(?m)^Gezag toen ")
_WHO = re.compile(r"(.*?) ?\(([^()]*)\)")  # "<naam> (<rol>)", as signer_name writes it
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
    ):
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
    logged = _logged_decisions(events, item, _shown_hashes(consent))
    recorded = all(r[7] is not None for r in logged)  # events before it was logged: not asked
    # Receipts before session 14 name nobody: not asked — unless the export's logged event
    # says its receipt names them (a re-signed receipt without the names is no older one).
    named = receipt_fields.numbered(verified) or all(r[8] is not None for r in logged)
    printed = [
        (*p[:7], p[7] if recorded else None, p[8] if named else None, p[9])
        for p in _printed_decisions(decisions_part)
    ]
    if Counter(printed) != Counter(logged):
        wrong.append("de besluiten")
    if not _history_agrees(history_part, events, item, verified):
        wrong.append("de geschiedenis")
    if not _disclosures_agree(disclosed_part, consent, events, other_basis):
        wrong.append("de verstrekkingen")
    return wrong


def _between(text: str, start: str, stop: str) -> str | None:
    at = text.find(start)
    if at < 0:
        return None
    at += len(start)
    end = text.find(stop, at)
    return None if end < 0 else text[at:end]


def _collapsed(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split())


def _right_to_left(value: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in value)


def _same(printed: str | None, expected: Any, label: str | None = None, prefix: str = "") -> bool:
    """`printed` (wrapped over lines) says `expected`: word for word, or — for text with
    right-to-left characters, which pdfium hands back in display order — the same
    characters."""
    if printed is None or not isinstance(expected, str):
        return False
    return readback.same(printed, expected, label, prefix)


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


def moment_shown(value: Any) -> str:
    """A logged moment as the PDF prints it (formulieren.layout.moment)."""
    return str(from_iso(str(value)).astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M"))


def _channel(value: Any) -> str:
    try:
        return CHANNEL_LABELS[Channel(str(value))]
    except ValueError:
        return str(value)


# (answer, age, decided, channel, role, evidence, separately ticked + text as shown, recorded,
# who by name — receipts before session 14 name nobody: then not asked —, gezag then as the
# receipt's `gezag_then` (held to the log) prints it, None when it has none)
Shown = tuple[
    str, str | None, str, str, str, str, tuple[bool, bool], str | None, str | None, str | None
]


def _printed_decisions(part: str | None) -> list[Shown]:
    """What each decision block prints (Shown)."""
    if part is None:
        return [("?", None, "", "", "", "", (False, False), None, None, "?")]
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
        values = [
            rx.search(block) for rx in (_ANSWER, _AGE, _DECIDED, _CHANNEL, _EVIDENCE, _RECORDED)
        ]
        answer, age, decided, channel, evidence, recorded = (
            m.group(1).strip() if m else "" for m in values
        )
        answer_line = block[values[0].start() :].split("\n", 1)[0] if values[0] else ""
        shown_line = block.partition("\nGetoonde tekst ")[2].partition("\nBewijsstuk ")[0]
        checks = (" apart bevestigd" in answer_line, "WIJKT AF" not in shown_line)
        out.append(
            (
                answer,
                age or None,
                decided,
                canonical(CHANNEL, channel),
                roles.pop() if len(roles) == 1 else "?",
                _evidence_number(evidence),
                checks,
                recorded or None,
                _name_key(name, drawn=drawn),
                _gezag_row(block),
            )
        )
    return out


def _gezag_row(block: str) -> str | None:
    """The "Gezag toen" row of a decision (up to the answer's row), spaces collapsed; None
    when there is none, "?" when there are several."""
    rows = list(_GEZAG.finditer(block))
    if len(rows) != 1:
        return None if not rows else "?"
    return _collapsed(block[rows[0].end() :].partition("\nAntwoord ")[0])


def _name_key(value: str, drawn: bool = False) -> str:
    """A name as compared, as the writer drew it (readback.py): its characters in order
    without spaces — a name longer than its cell breaks inside a word, and where the spaces
    fall names no other person — or, with right-to-left letters, which pdfium hands back in
    its own order, in the order drawn (`drawn`: `value` is already, readback.as_drawn)."""
    flat = _collapsed(readback.drawn(value))
    if _right_to_left(flat):
        return readback.name_key(value, drawn=drawn)
    return "".join(flat.split())


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
                ),
                moment_shown(d["recorded_at"]) if "recorded_at" in d else None,
                None if "name" not in entry.get("by", {}) else _name_key(str(entry["by"]["name"])),
                _gezag_shown(entry),
            )
        )
    return out


def _gezag_shown(entry: Mapping[str, Any]) -> str | None:
    value = entry.get("gezag_then")
    return gezag.printed(value) if isinstance(value, Mapping) else None


def _history_agrees(
    part: str | None,
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    item: str,
    verified: Mapping[int, Mapping[str, Any]],
) -> bool:
    """The rows are exactly the item's audited events (number and moment), each described as
    its kind: no withdrawal left out, none added, no "ja" where the event says "nee"."""
    if part is None:
        return False
    rows = list(_HISTORY.finditer(part))
    printed = {}
    for i, m in enumerate(rows):
        end = rows[i + 1].start() if i + 1 < len(rows) else len(part)
        raw = part[m.end() : end]
        printed[int(m.group(1))] = (m.group(2), _row_drawn(raw), raw)
    if len(printed) != len(rows) or set(printed) != {int(e["seq"]) for e, _ in events}:
        return False
    for entry, body in events:
        moment, what, raw = printed[int(entry["seq"])]
        if moment != moment_shown(body["at"]) or not _describes(what, body, item):
            return False
        if body["kind"] == "withdrawal.recorded" and not (
            _names_withdrawer(what, entry, _signer_role(verified, body["data"]["signer"]))
            and _withdrawer_gezag(what, entry)
        ):
            return False
        if body["kind"] == "decisions.recorded" and not _names_decider(what, entry, body["data"]):
            return False
        if body["kind"] == "withdrawal.recipient_notified" and not _names_told(raw, entry, body):
            return False
        if body["kind"] == "disclosure.recorded" and not _names_shared(raw, entry):
            return False
    return True


def _row_drawn(raw: str) -> str:
    """A history row's "Wat" as the writer drew it (spaces collapsed): a line with
    right-to-left letters, which pdfium reorders, put back in the order drawn (visual order,
    pdfium_bidi.unread: whether it read the line right to left follows from the line)."""
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    if _right_to_left(raw):
        lines = [pdfium_bidi.unread(line, pdfium_bidi.reads_right_to_left(line)) for line in lines]
    return _collapsed(" ".join(lines))


def _names_withdrawer(what: str, entry: Mapping[str, Any], role: str | None) -> bool:
    """ "Ingetrokken door <naam> (<rol>) — …" names the person the receipt names (`by.name`,
    as a decision's "Wie") in the role the log gives that signer: the log has only a number
    and a salted commitment, so without this a re-rendered PDF could say the other parent, or
    a "voogd", withdrew. Receipts without the name (older exports) are held to kind and
    channel only. `what` is in the order drawn (_row_drawn): a right-to-left name is compared
    in that order (until session 17 as the bag of its letters, so a given and family name
    swapped verified)."""
    return _person(what.removeprefix("Ingetrokken door ").partition(" — ")[0], entry, role)


def _names_decider(what: str, entry: Mapping[str, Any], d: Mapping[str, Any]) -> bool:
    """A decision's row ("<naam> (<rol>), <leeftijd> jaar zei ja — …") names the decider,
    role and age the log and the receipt give, as the decision's own table does (until
    session 17 only the answer and channel of the row were read). A row with right-to-left
    letters is drawn from the right: its name and the rest are held as drawn (see _person)."""
    age = d.get("age")
    said = f", {age} jaar zei " if age is not None else " zei "
    if _right_to_left(what):
        role = [w for w in wordings(ROLE, d.get("role")) if f"{w}){said}" in what]
        by = entry.get("by", {})
        if not role or not isinstance(by, Mapping) or "name" not in by:
            return bool(role)
        key, want = rtl_lines.visual_key(what), readback.name_key(str(by["name"]))
        return key.count(want) == 1 and not _right_to_left(key.replace(want, ""))
    head = what.partition(said)[0]
    return said in what and _person(head, entry, d.get("role"))


def _person(who: str, entry: Mapping[str, Any], role: str | None) -> bool:
    """ "<naam> (<rol>)" as drawn: the role one of the log's role's wordings (when known), the
    name the receipt's `by.name` (when it has one)."""
    match = _WHO.fullmatch(who)  # the name may print as nothing (glyphs the fonts lack)
    if match is not None:
        who, shown_role = match.group(1), match.group(2)
        if role is not None and shown_role not in wordings(ROLE, role):
            return False
    elif role is not None:
        return False
    by = entry.get("by", {})
    if not isinstance(by, Mapping) or "name" not in by:
        return True
    expected = str(by["name"])
    if _right_to_left(expected) or _right_to_left(who):
        return rtl_lines.visual_key(who) == readback.name_key(expected)
    return _name_key(who) == _name_key(expected)


def _signer_role(verified: Mapping[int, Mapping[str, Any]], signer: Any) -> str | None:
    """The role code the log gives a signer: "youth" for the youth, else a decision of theirs
    or the representative's registration (in the log proof since proof20); None: unknown."""
    signer = list(signer)
    if signer[:1] == ["youth"]:
        return "youth"
    for body in sorted(verified.values(), key=lambda b: b["kind"] != "decisions.recorded"):
        d = body["data"]
        decided = body["kind"] == "decisions.recorded" and list(d.get("signer", [])) == signer
        added = body["kind"] == "representative.added" and d.get("representative") == signer[1]
        if decided or added:
            return str(d.get("role"))
    return None


_GEZAG_SAID = " Gezag toen: "


def _withdrawer_gezag(what: str, entry: Mapping[str, Any]) -> bool:
    """A withdrawal's row says the withdrawer's gezag then exactly as the receipt's
    `gezag_then` (held to the log), at its end; a receipt without it: the row says none."""
    shown = _gezag_shown(entry)
    if shown is None:
        return _GEZAG_SAID.strip() not in what
    return what.count(_GEZAG_SAID.strip()) == 1 and what.endswith(f"{_GEZAG_SAID}{shown}.")


def _names_told(raw: str, entry: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """ "<ontvanger> is op <moment> op de hoogte gebracht van de intrekking." names the
    recipient the receipt names (notified_agrees held it to the log's number) and the logged
    moment, compared as the writer drew the whole row (readback.same: a right-to-left name
    leads a row drawn from the right); receipts before session 17 name neither: the row has
    no moment then either."""
    if "recipient" not in entry:
        return not re.search(r" is op [0-9]{2}-", _collapsed(raw))
    told = moment_shown(body["data"]["at"])
    expected = f"{entry['recipient']} is op {told} op de hoogte gebracht van de intrekking."
    return readback.same(raw, expected)


def _names_shared(raw: str, entry: Mapping[str, Any]) -> bool:
    """ "Gegevens gedeeld met <ontvanger>: <gegevens>." as the receipt names them
    (disclosure_agrees held those to the log's numbers); until proof21 only its start."""
    if not isinstance(entry.get("recipient"), str) or not isinstance(entry.get("categories"), list):
        return True  # a receipt that does not name them (none this program wrote)
    cats = ", ".join(str(c) for c in entry["categories"])
    return readback.same(raw, f"Gegevens gedeeld met {entry['recipient']}: {cats}.")


def _describes(what: str, body: Mapping[str, Any], item: str) -> bool:
    kind, d = body["kind"], body["data"]
    if kind == "request.created":
        return what.startswith(f"Verzoek {d['code']} gemaakt")
    if kind == "decisions.recorded":
        answer = ANSWER_LABELS.get(str(d["answers"].get(item)), "?")
        other = "nee" if answer == "ja" else "ja"
        return f" zei {answer}" in what and f" zei {other}" not in what and _names_channel(what, d)
    if kind == "withdrawal.recorded":
        return what.startswith("Ingetrokken door") and _names_channel(what, d)
    if kind == "withdrawal.recipient_notified":
        return "op de hoogte gebracht van de intrekking" in what
    if kind == "disclosure.recorded":
        return what.startswith("Gegevens gedeeld met")
    return any(what.startswith(label) for label in wordings(ACTION, kind))


def _names_channel(what: str, d: Mapping[str, Any]) -> bool:
    """A history row names the event's channel in a wording it had (wordings.py); an unknown
    code is printed as itself."""
    return any(w in what for w in wordings(CHANNEL, d["channel"]) or (str(d["channel"]),))


def _disclosures_agree(
    part: str,
    consent: Mapping[str, Any],
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    other_basis: Sequence[Mapping[str, Any]],
) -> bool:
    """Every audited disclosure under the item is a row (its moment); besides those only
    disclosures to the item's recipient on another ground (receipt: disclosures_on_other_basis)."""
    shown = Counter(_DISCLOSED.findall(part))
    logged = Counter(
        moment_shown(b["data"]["at"]) for _, b in events if b["kind"] == "disclosure.recorded"
    )
    recipient = consent["services"][0]["purposes"][0]["thirdPartyName"]
    others = Counter(
        moment_shown(o["disclosed_at"]) for o in other_basis if o.get("recipient") == recipient
    )
    return not (logged - shown) and not (shown - logged - others)
