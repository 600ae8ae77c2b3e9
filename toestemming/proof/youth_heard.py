"""The young person's own view in a request's proof (proof27).

Session 21 (cases23) let the desk record what a young person said where others decide for
them (`youth.view_heard`, usecases/youth_views.py): shown in the inzage and on the
transitieformulier, never counted. The proof did not show it, so a privacy officer could not
see from a proof of a parent's "ja" for a 14-year-old whether the young person was heard.

Now the export puts every view logged on the request in the package's log proof, and its own
logged event (`proof.exported`, field EXPORT_FIELD) names them: inclusion proofs show what is
there, the logged export says what a complete set is (as gezag.py). bewijs.pdf prints, per
item, under HEADING, each view on that item (event number, moment, channel, the view) — or,
where a representative decided for a young person old enough to be heard, that none was
recorded — and a note that a view is no decision. verify rebuilds the section from the log and
holds the printed words to it, word for word: a view added, left out or turned ("wil het
niet" printed as "vindt het goed") is refused. Packages of earlier releases (no such event, no
field) print no section and still verify.

proof28: receipt.json and the FHIR Consents carry the views too (`receipt_value`: per item,
each view with its event number, moment, channel, code and the printed words; the Consent as
an extension, `fhir_value`), from exports whose logged event says receipt YOUTH_VIEWS on. One
function builds them for the writer (from the export's events) and for verify (from the log
proof), which holds both files to it: a view removed, turned or added is refused."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from formulieren.proof_pdf import HEARD_HEADING, HEARD_NOTE

from ..model import CHANNEL_LABELS
from ..rules import CHILD_SIGNS_FROM, Regime
from ..usecases.youth_view_event import VIEW_KIND, VIEW_WORDS, read_view_event
from .printed_common import _collapsed, moment_shown

if TYPE_CHECKING:
    from ..store.db import Database

KIND = VIEW_KIND
# The logged export's field naming each request's view events (proof.exported data).
EXPORT_FIELD = "youth_views"
HEADING, NOTE = HEARD_HEADING, HEARD_NOTE
NONE_RECORDED = "Er is geen mening van de jongere vastgelegd."
# The logged regime under which a 12–15-year-old co-decides: the desk records no view of hers
# then (youth_views._why_not, review29).
CO_DECIDING = Regime.PARENTS_AND_YOUTH.value


def event_seqs(db: Database, request_id: int) -> list[int]:
    """The log positions of the views recorded on this request, oldest first."""
    out = []
    for seq, body in db.query("SELECT seq, body FROM events WHERE kind = ? ORDER BY seq", (KIND,)):
        data = json.loads(bytes(body) if not isinstance(body, str) else body)["data"]
        if data.get("request") == request_id:
            out.append(int(seq))
    return out


def rows(views: Iterable[tuple[int, Mapping[str, Any]]], item_id: int) -> list[str]:
    """The printed line of each view (seq, event data) on this item, in log order."""
    out = []
    for seq, data in sorted(views, key=lambda v: v[0]):
        _, _, said, channel, _ = read_view_event(data)
        view = said.get(item_id)
        if view is None:
            continue
        when = moment_shown(data["heard_at"])
        out.append(
            f"Gebeurtenis {seq} — {when}, {CHANNEL_LABELS[channel]}: de jongere {VIEW_WORDS[view]}."
        )
    return out


# receipt.json: per consent, the young person's views on the item (receipt_value).
RECEIPT_FIELD = "youth_views"
# FHIR Consent: one extension per view (fhir_value); a reader without it ignores it.
FHIR_EXTENSION = "urn:toestemming:youth-view"  # (no vault id: verify_vault reads those)


def receipt_value(
    views: Iterable[tuple[int, Mapping[str, Any]]], item_id: int
) -> list[dict[str, Any]]:
    """The receipt's `youth_views` of this item: each view on it, in log order (raises
    ValueError on an event the program never writes, as read_view_event)."""
    out = []
    for seq, data in sorted(views, key=lambda v: v[0]):
        _, _, said, channel, _ = read_view_event(data)
        view = said.get(item_id)
        if view is None:
            continue
        out.append(
            {
                "seq": seq,
                "heard_at": data["heard_at"],
                "channel": channel.value,
                "view": view.value,
                "text": f"de jongere {VIEW_WORDS[view]}",
                "decides": False,  # a view is no decision: it changes no state
            }
        )
    return out


def fhir_value(views: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The FHIR Consent's `extension` for the receipt's `youth_views` of its item."""
    return [
        {
            "url": FHIR_EXTENSION,
            "extension": [
                {"url": "event", "valueInteger": v["seq"]},
                {"url": "heardAt", "valueDateTime": v["heard_at"]},
                {"url": "channel", "valueCode": v["channel"]},
                {"url": "view", "valueCode": v["view"]},
                {"url": "text", "valueString": v["text"] + " (" + NOTE + ")"},
            ],
        }
        for v in views
    ]


def heard_age(decisions: Iterable[Mapping[str, Any]], item_id: int) -> bool:
    """Whether a representative decided on this item for a young person old enough to be
    asked their view (the logged age), and the young person did not decide on it themself
    nor co-decided (the logged regime): then the proof says whether a view was recorded, also
    when none was."""
    mine = [d for d in decisions if str(item_id) in d.get("answers", {})]
    if any(list(d.get("signer", []))[:1] == ["youth"] for d in mine):
        return False
    if any(d.get("regime") == CO_DECIDING for d in mine):
        return False  # she decides with them: no view is recorded then (review31)
    return any(
        list(d.get("signer", []))[:1] == ["representative"]
        and isinstance(d.get("age"), int)
        and not isinstance(d.get("age"), bool)
        and d["age"] >= CHILD_SIGNS_FROM
        for d in mine
    )


def section(
    views: Sequence[tuple[int, Mapping[str, Any]]],
    decisions: Iterable[Mapping[str, Any]],
    item_id: int,
    promised: bool,
) -> list[str] | None:
    """The section's lines for this item (HEADING and NOTE not included), or None when the
    proof prints no section: no view on the item, and either nobody was to be heard or the
    package is of a release before this one (`promised`: its export names EXPORT_FIELD)."""
    lines = rows(views, item_id)
    if lines:
        return lines
    if promised and heard_age(decisions, item_id):
        return [NONE_RECORDED]
    return None


def split(part: str | None) -> tuple[str | None, str | None]:
    """bewijs.pdf's "Besluiten" part → (the decisions, the view section's text or None)."""
    if part is None:
        return None, None
    head, found, tail = part.partition("\n" + HEADING + "\n")
    return head, (tail if found else None)


def printed_agrees(shown: str | None, expected: list[str] | None) -> bool:
    """The printed section is exactly the expected lines and the note (words as wrapped)."""
    if expected is None:
        return shown is None
    if shown is None:
        return False
    return _collapsed(shown) == _collapsed(" ".join([*expected, NOTE]))


def logged_views(verified: Mapping[int, Mapping[str, Any]]) -> list[tuple[int, Mapping[str, Any]]]:
    return [(s, b["data"]) for s, b in sorted(verified.items()) if b["kind"] == KIND]


def promised_seqs(verified: Mapping[int, Mapping[str, Any]]) -> list[Any] | None:
    """The view events the package's logged export names for its request; None for a package
    of a release before (or one without exactly one export and one request)."""
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    created = [b["data"] for b in verified.values() if b["kind"] == "request.created"]
    if len(exports) != 1 or len(created) != 1:
        return None
    field = exports[0].get(EXPORT_FIELD)
    if not isinstance(field, dict):
        return None
    want = field.get(str(created[0].get("request")))
    return want if isinstance(want, list) else []


def check(verified: Mapping[int, Mapping[str, Any]]) -> list[str]:
    """Problems (Dutch) of a request package's views in its verified log proof: exactly the
    ones its logged export names, each of this request and readable."""
    held = logged_views(verified)
    want = promised_seqs(verified)
    if want is None and not held:
        return []
    created = [b["data"] for b in verified.values() if b["kind"] == "request.created"]
    request = created[0].get("request") if len(created) == 1 else None
    wrong = want is None or sorted(s for s, _ in held) != sorted(want)
    for _, data in held:
        try:
            _, of, _, _, _ = read_view_event(data)
        except (ValueError, TypeError, KeyError):
            wrong = True
            continue
        wrong = wrong or of != request
    if wrong:
        return [
            "De meningen van de jongere in het logboekbewijs zijn niet die de vastgelegde "
            "export noemt: er is er een weggelaten of bijgezet."
        ]
    return []
