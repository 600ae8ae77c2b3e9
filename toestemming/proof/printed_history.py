"""bewijs.pdf's "Geschiedenis van dit onderdeel" and "Verstrekkingen onder dit onderdeel",
read back against the receipt's item (already held to the log): exactly the item's events,
each row saying its kind, and who (proof21: a decision's decider by name, role and age; a
withdrawer by name, role and gezag then; the recipient told and when; a disclosure's
recipient and data); every audited disclosure a row in the table, with its recipient and
data. Split from printed_items.py, which calls `history_agrees` and `disclosures_agree`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..clock import from_iso
from ..model import BASIS_LABELS, MOMENT_FROM_LABELS, LawfulBasis
from ..usecases.sharing_rules import basis_label, shared_after_withdrawal
from . import clock_fixes, pdfium_bidi, readback, rtl_lines, worker_names
from .describe import ANSWER_LABELS, WITHDRAWN_AGE, withdrawn_age
from .printed_common import (
    _MOMENT,
    _collapsed,
    _gezag_shown,
    _name_key,
    _right_to_left,
    as_today_each,
    moment_agrees,
    moment_forms,
    moment_shown,
)
from .wordings import ACTION, CHANNEL, MOMENT_FROM, ROLE, wordings

_HISTORY = re.compile(r"(?m)^(\d+) (" + _MOMENT + r")[ \n]")

# A row pdfium read right to left as a whole: the Nr. and Moment cells last, each reversed
# as a whole ("… 11:00 23-11-2026 19"), a long right-to-left name in its "Wat" (rtl22).
_HISTORY_LAST = re.compile(r"(.*\S) ([0-9]{2}:[0-9]{2}) ([0-9]{2}-[0-9]{2}-[0-9]{4}) (\d+)")

_DISCLOSED = re.compile(r"(?m)^(" + _MOMENT + r")[ \n]")

_WHO = re.compile(r"(.*?) ?\(([^()]*)\)")  # "<naam> (<rol>)", as signer_name writes it


def history_agrees(
    part: str | None,
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    item: str,
    verified: Mapping[int, Mapping[str, Any]],
) -> bool:
    """The rows are exactly the item's audited events (number and moment), each described as
    its kind: no withdrawal left out, none added, no "ja" where the event says "nee"."""
    if part is None:
        return False
    part = "\n".join(_number_first(line) for line in _words_put_back(part.split("\n")))
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
        if not moment_agrees(moment, body["at"]) or not _describes(what, body, item):
            return False
        if body["kind"] == "withdrawal.recorded" and not (
            _names_withdrawer(what, entry, _signer_role(verified, body["data"]["signer"]))
            and _withdrawer_gezag(what, entry)
            and _withdrawn_age(what, body)
        ):
            return False
        if body["kind"] == "decisions.recorded" and not (
            _names_decider(what, raw, entry, body, item)
        ):
            return False
        if body["kind"] == "withdrawal.recipient_notified" and not _names_told(raw, entry, body):
            return False
        if body["kind"] == "disclosure.recorded" and not _names_shared(raw, entry):
            return False
    return True


_WORD_BEFORE_ROW = re.compile(r"([^\s0-9]\S*) ([0-9]+ " + _MOMENT + r" .*)")


def _words_put_back(lines: list[str]) -> list[str]:
    """A left-to-right word that opens the wrapped second line of a row ("Gegevens الاتصال."
    drawn under "… Contactgegevens,") is read by pdfium in front of the row's Nr. on its first
    line: put back at the start of the next line, where it was drawn, and that line read as
    pdfium reads it whole (proof22: a genuine sharing of "Gegevens الاتصال" was called a
    forged history)."""
    out = list(lines)
    for i in range(len(out) - 1):
        match = _WORD_BEFORE_ROW.fullmatch(out[i])
        if match is not None and _right_to_left(out[i + 1]):
            out[i] = match.group(2)
            rest = out[i + 1]
            drawn = pdfium_bidi.unread(rest, pdfium_bidi.reads_right_to_left(rest))
            out[i + 1] = pdfium_bidi.read(f"{match.group(1)} {drawn}")
    return out


def _number_first(line: str) -> str:
    """A history row pdfium read right to left as a whole with its Nr. and Moment back in
    front, as drawn (left columns first); the "Wat" stays as pdfium read it, which is how
    _row_drawn and rtl_lines read it (the other cells are digits: they turn no direction)."""
    match = _HISTORY_LAST.fullmatch(line) if _right_to_left(line) else None
    if match is None or not pdfium_bidi.reads_right_to_left(line):
        return line
    what, time, day, number = match.groups()
    return f"{number} {day} {time} {what}"


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


def _names_decider(
    what: str, raw: str, entry: Mapping[str, Any], body: Mapping[str, Any], item: str
) -> bool:
    """A decision's row ("<naam> (<rol>), <leeftijd> jaar zei ja — …") names the decider,
    role and age the log and the receipt give, as the decision's own table does (until
    session 17 only the answer and channel of the row were read). A row with right-to-left
    letters whose receipt names the decider is the whole row as drawn (_drawn_decision;
    until rtl22 the name's drawn letters as one piece of the row, which called a genuine
    "ليلى Haddad" forged and let "Haddad ليلى" — the same letters drawn — pass)."""
    d = body["data"]
    age = d.get("age")
    said = f", {age} jaar zei " if age is not None else " zei "
    if _right_to_left(what):
        by = entry.get("by", {})
        if isinstance(by, Mapping) and "name" in by:
            return _drawn_decision(raw, entry, body, item)
        return any(f"{w}){said}" in what for w in wordings(ROLE, d.get("role")))
    head = what.partition(said)[0]
    return said in what and _person(head, entry, d.get("role"))


_LANGUAGE_SHOWN = {"en": " Tekst getoond in het Engels.", "nl": " Tekst getoond in het Nederlands."}


def _drawn_decision(raw: str, entry: Mapping[str, Any], body: Mapping[str, Any], item: str) -> bool:
    """A decision's row with right-to-left letters is, line for line, pdfium's reading of the
    row describe.py writes from the log and the receipt's name ("<naam> (<rol>), <leeftijd>
    jaar zei ja — <kanaal>." and its tail), as the writer draws it (rtl_lines.same_lines).
    A name mixing scripts, or with brackets of its own, is drawn with the rest of the row
    between its parts ("ليلى Haddad" right to left: the Latin name, the role and channel, then
    the Arabic), so it cannot be found as one piece of the row (rtl22)."""
    d, by = body["data"], entry.get("by", {})
    if not _right_to_left(raw) or not isinstance(by, Mapping) or "name" not in by:
        return False
    age = f", {d['age']} jaar" if d.get("age") is not None else ""
    answer = ANSWER_LABELS.get(str(d["answers"].get(item)), "?")
    return any(
        rtl_lines.same_lines(raw, f"{by['name']} ({role}){age} zei {answer} — {channel}.{tail}")
        for role in wordings(ROLE, d.get("role"))
        for channel in wordings(CHANNEL, d["channel"]) or (str(d["channel"]),)
        for tail in _decision_tails(d)
    )


def _decision_tails(d: Mapping[str, Any]) -> tuple[str, ...]:
    """What a decision's history row may say after its channel (describe.py), in each
    wording its moment note had."""
    before = (" Met bewijsstuk." if d.get("evidence") else "") + _LANGUAGE_SHOWN.get(
        str(d.get("language", "")), ""
    )
    return tuple(before + said for said in _moment_from_said(d))


def _moment_from_said(d: Mapping[str, Any]) -> tuple[str, ...]:
    """The moment note as printed: today's wording or one a package of an earlier release
    printed (wordings.EARLIER, as the channel's); "" when the row has none."""
    code = str(d.get("moment_from", ""))
    if not MOMENT_FROM_LABELS.get(code):
        return ("",)
    return tuple(f" {label}" for label in wordings(MOMENT_FROM, code))


def _person(who: str, entry: Mapping[str, Any], role: str | None) -> bool:
    """ "<naam> (<rol>)" as drawn: the role one of the log's role's wordings (when known), the
    name the receipt's `by.name` (when it has one), a right-to-left one as drawn inside the
    row's left-to-right sentence."""
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
        return rtl_lines.visual_key(who) == readback.name_key(expected, in_left_line=True)
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


def _withdrawn_age(what: str, body: Mapping[str, Any]) -> bool:
    """A withdrawal's row says the youth's age then exactly as its logged event does, before
    its "Gezag toen" (cases26); an event without an age (before then): the row says none."""
    before, said = what.partition(_GEZAG_SAID)[0], withdrawn_age(body["data"])
    if not said:
        return WITHDRAWN_AGE.strip() not in before
    return before.count(WITHDRAWN_AGE.strip()) == 1 and before.endswith(said)


def _names_told(raw: str, entry: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """ "<ontvanger> is op <moment> op de hoogte gebracht van de intrekking." names the
    recipient the receipt names (notified_agrees held it to the log's number) and the logged
    moment, compared as the writer drew the whole row (readback.same: a right-to-left name
    leads a row drawn from the right); receipts before session 17 name neither: the row has
    no moment then either."""
    if "recipient" not in entry:
        return not re.search(r" is op [0-9]{2}-", _collapsed(raw))
    return any(
        readback.same(
            raw, f"{entry['recipient']} is op {told} op de hoogte gebracht van de intrekking."
        )
        for told in moment_forms(body["data"]["at"])
    )


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
        return (
            f" zei {answer}" in what
            and f" zei {other}" not in what
            and _names_channel(what, d, f" zei {answer} — ", _decision_tails(d))
        )
    if kind == "withdrawal.recorded":
        before = what.partition(_GEZAG_SAID)[0].partition(WITHDRAWN_AGE)[0]
        return what.startswith("Ingetrokken door") and _names_channel(
            before, d, " — ", _moment_from_said(d)
        )
    if kind == "withdrawal.recipient_notified":
        return "op de hoogte gebracht van de intrekking" in what
    if kind == "disclosure.recorded":
        return what.startswith("Gegevens gedeeld met")
    return any(what.startswith(label) for label in wordings(ACTION, kind))


def _names_channel(what: str, d: Mapping[str, Any], before: str, tails: Sequence[str]) -> bool:
    """A history row names the event's channel in a wording it had (wordings.py; an unknown
    code is printed as itself), and exactly that: from `before` to the row's end (or its
    "Gezag toen") it says "<kanaal>." and one of the row's `tails`, nothing else (until proof26 the
    words had only to appear in it: "aan de balie of telefonisch, met getuige" passed). A
    row with right-to-left letters, which pdfium reorders, is held line by line when the
    receipt names its signer (_drawn_decision); else by its words."""
    words = wordings(CHANNEL, d["channel"]) or (str(d["channel"]),)
    if _right_to_left(what):
        return any(w in what for w in words)
    rest = what.partition(before)[2]
    return any(rest == f"{w}.{tail}" for w in words for tail in tails)


def disclosures_agree(
    part: str,
    consent: Mapping[str, Any],
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    other_basis: Sequence[Mapping[str, Any]],
    verified: Mapping[int, Mapping[str, Any]],
) -> bool:
    """Every audited disclosure under the item is a row (its moment); besides those only
    disclosures to the item's recipient on another ground (receipt: disclosures_on_other_basis,
    held to the log by other_basis.py), each a row naming its recipient, data and basis."""
    logged = Counter(
        moment_shown(b["data"]["at"]) for _, b in events if b["kind"] == "disclosure.recorded"
    )
    recipient = consent["services"][0]["purposes"][0]["thirdPartyName"]
    mine = [o for o in other_basis if o.get("recipient") == recipient]
    others = Counter(moment_shown(o["disclosed_at"]) for o in mine)
    values = [b["data"]["at"] for _, b in events if b["kind"] == "disclosure.recorded"]
    values += [o["disclosed_at"] for o in mine]
    if _right_to_left(part):
        return _table_drawn(part, consent, events, mine, logged + others, verified, values)
    shown = Counter(str(m) for m in as_today_each(_DISCLOSED.findall(part), values))
    if (logged - shown) or (shown - logged - others):
        return False
    if not all(_row_names(part, entry, body, events, verified) for entry, body in events):
        return False
    return all(_other_row_names(part, o, others, logged) for o in mine)


def _other_row_names(
    part: str, entry: Mapping[str, Any], others: Counter[str], logged: Counter[str]
) -> bool:
    """A disclosure on another ground is drawn at its moment ("Moment Aan Gegevens
    Grondslag"), naming its recipient, data and basis as the receipt says them (an override
    in capitals, its ground and who was informed): a re-rendered row saying "toestemming", or
    another organisation, was read for its moment only. A row that may not be this one's
    (another at the same moment) is not asked."""
    moment = moment_shown(entry["disclosed_at"])
    if others[moment] + logged[moment] == 0:
        return True
    names = [entry.get("recipient"), *entry.get("categories", [])]
    if not all(isinstance(n, str) for n in names):
        return False
    try:
        label = basis_label(LawfulBasis(entry["lawful_basis"]), entry.get("override"))
    except (KeyError, ValueError):
        return False
    return _row_holds(
        part,
        entry["disclosed_at"],
        [str(entry["recipient"]), ", ".join(entry["categories"]), label],
    ) or (others[moment] + logged[moment] > 1)


def _row_names(
    part: str,
    entry: Mapping[str, Any],
    body: Mapping[str, Any],
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    verified: Mapping[int, Mapping[str, Any]],
) -> bool:
    """A disclosure's row in the table ("Moment Aan Gegevens Grondslag") holds the words of
    the recipient and the categories the receipt names for it (disclosure_agrees held those
    to the log): a re-rendered table naming another organisation was read for its moment
    only. A sharing made after the item's withdrawal (read late) says so, as the rule
    (sharing_rules.shared_after_withdrawal) gives it from the logged withdrawals, and only
    then (proof23: a forger can neither drop nor add that note)."""
    if body["kind"] != "disclosure.recorded":
        return True
    note = after_withdrawal_note(entry, body, events, verified)
    if note is None:
        return False
    if not note and _rows_say_withdrawn(part, body["data"]["at"]):
        return False
    names = [entry.get("recipient"), *entry.get("categories", [])]
    if not all(isinstance(n, str) for n in names):
        return not note
    # As the table draws them (view.py: categories_text): the categories joined by ", ".
    drawn = [str(entry["recipient"]), ", ".join(entry.get("categories", [])), note]
    return _row_holds(part, body["data"]["at"], [d for d in drawn if d])


def after_withdrawal_note(
    entry: Mapping[str, Any],
    body: Mapping[str, Any],
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    verified: Mapping[int, Mapping[str, Any]],
) -> str | None:
    """The note a disclosure's row carries after the item's logged withdrawals (the rule's
    own words), "" for none; None when the log's moments cannot be read. Each moment as the
    rules judge it (clock_fixes.moment, as the export's event_seek.judged_moment): a sharing
    recorded while the clock ran ahead, before a withdrawal of the next day, was not made
    after it (atk23)."""
    # The release of session 18 printed the note on the dates as recorded; its packages say so
    # by a logged export that names no workers (review24: a genuine one was called forged).
    if not _judged_export(verified):
        verified = {}
    try:
        shared = clock_fixes.moment(
            int(entry["seq"]), str(body["at"]), from_iso(str(body["data"]["at"])), verified
        )
        withdrawn = [
            clock_fixes.moment(
                int(e["seq"]),
                str(b["at"]),
                from_iso(str(b["data"].get("withdrawn_at") or b["data"]["at"])),
                verified,
            )
            for e, b in events
            if b["kind"] == "withdrawal.recorded"
        ]
    except (KeyError, ValueError, TypeError):
        return None
    return shared_after_withdrawal(shared, withdrawn).removeprefix(" — ")


def _judged_export(verified: Mapping[int, Mapping[str, Any]]) -> bool:
    """Whether the package's logged export judged "shared after the withdrawal?" on the rules'
    moments (c662dfe): those of the same release on also name the workers the PDF prints
    (worker_names.EXPORT_FIELD); an older package printed the note on the dates as recorded."""
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    return len(exports) == 1 and worker_names.EXPORT_FIELD in exports[0]


def _rows_say_withdrawn(part: str, value: Any) -> bool:
    """Whether a row of the table at the logged moment `value` carries the note of a sharing
    after a withdrawal (its word in capitals, as nothing else in the table writes it)."""
    return any("INTREKKING" in raw for raw in _rows_at(part, value))


def _rows_at(part: str, value: Any) -> list[str]:
    """The table's rows (after their moment) printed at the logged moment `value`."""
    rows = list(_DISCLOSED.finditer(part))
    ends = [m.start() for m in rows[1:]] + [len(part)]
    return [
        part[m.end() : end]
        for m, end in zip(rows, ends, strict=True)
        if moment_agrees(m.group(1), value)
    ]


def _row_holds(part: str, value: Any, drawn: Sequence[str]) -> bool:
    """Some row of the table at the logged moment `value` holds the words of each of `drawn` (cells as the
    writer draws them). The columns wrap side by side, so a row is held as the bag of its
    words; a row with right-to-left letters as the bag of its words as drawn (each line put
    back in the order drawn: pdfium reorders them)."""
    want = Counter(" ".join(_collapsed(readback.drawn(n)) for n in drawn).split())
    if any(_right_to_left(n) for n in drawn):
        want = Counter(_visual_word(w) for n in drawn for w in n.split())
    for raw in _rows_at(part, value):
        if _right_to_left(raw):
            got = Counter(_row_drawn(raw).split())
        else:
            got = Counter(_collapsed(readback.drawn(raw)).split())
        if not want - got:
            return True
    return False


def _visual_word(word: str) -> str:
    """One word as the writer draws it in a line: a right-to-left one shaped and in visual
    order (formulieren/text.py), whatever line of its cell it falls on."""
    from formulieren import text as writer

    if not _right_to_left(word):
        return _collapsed(word)
    return rtl_lines.visual_key(writer.shape(word))


# A moment in a table row with right-to-left letters: pdfium may read the row right to left
# as a whole (the moment last, its time first) or put a wrapped word of another cell before it.
_MOMENT_ANYWHERE = re.compile(
    r"(?<![0-9-])(?:(" + _MOMENT + r")|([0-9]{2}:[0-9]{2}) ([0-9]{2}-[0-9]{2}-[0-9]{4}))(?![0-9])"
)


def _table_drawn(
    part: str,
    consent: Mapping[str, Any],
    events: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    other_basis: Sequence[Mapping[str, Any]],
    moments: Counter[str],
    verified: Mapping[int, Mapping[str, Any]],
    values: Sequence[Any],
) -> bool:
    """The Verstrekkingen table when a row has right-to-left letters (proof22; until then
    every such genuine table was called forged, the rows not found at their moments): pdfium
    reorders each drawn line by its own bidi guess, may read a whole row right to left (the
    moment last) and puts a wrapped cell's words where it likes. So the table is held as a
    whole: exactly the expected moments (either order), and exactly the words the rows draw
    (recipient, data, basis: each word as drawn), none left out, none added."""
    found = [m.group(1) or f"{m.group(3)} {m.group(2)}" for m in _MOMENT_ANYWHERE.finditer(part)]
    shown = Counter(str(m) for m in as_today_each(found, values))
    if shown != moments:
        return False
    want: Counter[str] = Counter()
    for entry, body in events:
        if body["kind"] != "disclosure.recorded":
            continue
        names = [entry.get("recipient"), *entry.get("categories", [])]
        if not all(isinstance(n, str) for n in names):
            return False
        try:
            basis = BASIS_LABELS[LawfulBasis(body["data"].get("basis"))]
        except ValueError:
            return False
        note = after_withdrawal_note(entry, body, events, verified)
        if note is None:
            return False
        cells = [str(entry["recipient"]), ", ".join(entry.get("categories", [])), basis, note]
        want += _drawn_words(cells)
    for o in other_basis:
        try:
            label = basis_label(LawfulBasis(o["lawful_basis"]), o.get("override"))
            want += _drawn_words([str(o["recipient"]), ", ".join(o["categories"]), label])
        except (KeyError, ValueError, TypeError):
            return False
    body_text = _MOMENT_ANYWHERE.sub(" ", part.partition("\n")[2])
    got = Counter(w for line in body_text.split("\n") for w in _row_drawn(line).split())
    # Exactly those words: a word wider than its cell is broken inside (its letters stay).
    return got == want or Counter("".join(got.elements())) == Counter("".join(want.elements()))


def _drawn_words(cells: Sequence[str]) -> Counter[str]:
    """The words of table cells as drawn: a right-to-left word shaped and in visual order."""
    return Counter(_visual_word(w) for cell in cells for w in cell.split())
