"""Youths and representatives against the log: who must decide follows from these rows.

A youth's birth date decides whether the youth or the parents decide (16) and protection
decides who decides for an adult; both are checked through the salted commitment of the
personal values in `youth.added` / `youth.updated` (the birth date is never logged in the
clear). A representative's role, youth and gezag come from `representative.added` /
`.gezag` / `.ended`, erasure and merges. An erased youth is accepted emptied, as elsewhere in
the replay; problems name the youth's or representative's id, never a name or a date.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from .audit import canonical_json, commitment
from .model import YOUTH_REF
from .replay_events import Origin, moment_agrees
from .replay_registry_events import (
    PERSONAL_YOUTH,
    Registry,
    RepresentativeFacts,
    WorkerFacts,
    YouthFacts,
)
from .replay_report import Disagreement
from .replay_rows import Add, Row, compare, failing
from .store.db import Database
from .validation import family_key, family_key_v9, fold

# As retention.erase leaves an erased youth (the columns are NOT NULL), since its first
# version: the name "(gewist)", the birth date below, every other personal field empty, the
# search keys empty, no protection, no external reference, not left.
ERASED_BIRTH_DATE = "1900-01-01"
ERASED_NAME = "(gewist)"

_sorted_json: Callable[[Any], bytes]
try:
    import orjson

    def _sorted_json(value: Any) -> bytes:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)

except ImportError:  # pragma: no cover - orjson is a dependency
    _sorted_json = canonical_json


def check_youths(db: Database, reg: Registry, salts: dict[int, bytes], add: Add) -> int:
    def name(yid: int, _f: YouthFacts | None) -> str:
        merged = reg.merged_away.get(yid)
        if _f is None and merged is not None:  # the removed record of a merge, still there
            return f"jongere nr. {yid} (samengevoegd, gebeurtenis {merged.seq})"
        return f"jongere nr. {yid}"

    def check(row: Row, f: YouthFacts) -> tuple[list[str], int]:
        seq = f.erased.seq if f.erased is not None else f.personal[0]
        bad = _youth_problems(f, row, salts)
        # From when the record is kept (retention: a youth registered longer ago is due for
        # erasure sooner): the moment of youth.added.
        if not moment_agrees(str(row[12]), None, f.origin):
            bad.append("created_at")
            seq = f.origin.seq if bad == ["created_at"] else seq
        return bad, seq

    return compare(
        add,
        "youths",
        db.iterate(
            "SELECT id, given_name, family_name, birth_date, school, programme, email, phone, "
            "protection, language, erased_at, left_at, created_at, external_ref FROM youths "
            "ORDER BY id",
            tuples=True,
        ),
        reg.youths,
        name,
        check,
    )


def _youth_problems(f: YouthFacts, row: tuple[Any, ...], salts: dict[int, bytes]) -> list[str]:
    personal = dict(zip(PERSONAL_YOUTH, row[1:8], strict=True))
    protection, language, erased_at, left_at = row[8:12]  # (row[12]: created_at, in check)
    if f.ref:  # the student number (a CSV import matches on it) is committed with them
        personal[YOUTH_REF] = row[13] or ""
    if f.erased is not None:
        # The given name too: a name written back into an erased record (or any other value
        # there) is personal data the erasure removed, and no salt is left to check it by.
        emptied = (
            personal["given_name"] == ERASED_NAME
            and personal["birth_date"] == ERASED_BIRTH_DATE
            and all(
                personal[k] == "" for k in PERSONAL_YOUTH if k not in ("given_name", "birth_date")
            )
            and protection == "none"
            and left_at is None
        )
        bad = [] if erased_at is not None else ["erased_at"]
        if not emptied and not committed(salts, f.personal, _ascommitted(personal, f)):
            bad.append("personal")
        return bad
    bad = []
    if erased_at is not None:
        bad.append("erased_at")
    if not committed(salts, f.personal, _ascommitted(personal, f)):
        bad.append("personal")
    if protection != f.protection:
        bad.append("protection")
    if f.language is not None and language != f.language:
        bad.append("language")
    if f.left is None:
        if left_at is not None:
            bad.append("left_at")
    elif left_at is None or not committed(salts, f.left, {"left_at": left_at}):
        bad.append("left_at")
    return bad


def _ascommitted(personal: dict[str, Any], f: YouthFacts) -> dict[str, Any]:
    """The values as last committed: a merge filled empty fields from the other record
    since (youth.merged names them), which were empty then."""
    if not f.filled:
        return personal
    return {k: ("" if k in f.filled else v) for k, v in personal.items()}


def committed(
    salts: dict[int, bytes], logged: tuple[int, str | None], values: dict[str, Any]
) -> bool:
    seq, committed = logged
    if committed is None:  # the event carried no personal values: nothing to compare
        return True
    salt = salts.get(seq)
    if salt is None:
        return False
    # orjson first (several times faster): equal bytes mean equal values, as both write
    # JSON faithfully; where its bytes differ from canonical_json's, the exact way decides.
    fast = hashlib.sha256(salt + _sorted_json(values)).hexdigest()
    return fast == committed or commitment(salt, values) == committed


def check_erased_leftovers(db: Database, reg: Registry, add: Add) -> None:
    """What retention.erase empties besides the replayed columns, for the youths the log says
    were erased: the search keys and external reference (a folded name written back makes the
    youth findable by name again) and the representatives' name and contact data. Only the
    erased youths' rows are read (usually none)."""
    erased = sorted(yid for yid, f in reg.youths.items() if f.erased is not None)
    for start in range(0, len(erased), 500):
        ids = erased[start : start + 500]
        marks = ",".join("?" * len(ids))
        for (yid,) in db.query(
            f"SELECT id FROM youths WHERE id IN ({marks}) AND (given_key != '' OR "
            "family_key != '' OR school_key != '' OR external_ref IS NOT NULL)",
            ids,
        ):
            add(Disagreement(f"jongere nr. {yid}", _REFILLED.format(table="youths")))
        for (yid,) in db.query(
            f"SELECT DISTINCT youth_id FROM representatives WHERE youth_id IN ({marks}) AND "
            "(name != ? OR email != '' OR phone != '')",
            [*ids, ERASED_NAME],
        ):
            add(Disagreement(f"jongere nr. {yid}", _REFILLED.format(table="representatives")))


_REFILLED = "is gewist volgens het logboek, maar er staan weer persoonsgegevens in (tabel {table})"

_KEYS_CHANGED = (
    "wordt niet gevonden zoals de naam zegt: de zoeksleutels (tabel youths) horen niet bij "
    "de naam of school"
)


def check_search_keys(db: Database, add: Add) -> int:
    """The search keys of every youth not erased are the folds of her (compared) names and
    school (people._stored_values). Blanked or changed by hand they hide her from the desk's
    search — a worker looking for a youth who objected finds nobody — while every compared
    column still agrees (atk30). ~1.7 s per 100,000 youths: the fold, in the replay's
    background work, not at the desk."""
    rows = 0
    for yid, given, family, school, gkey, fkey, skey in db.iterate(
        "SELECT id, given_name, family_name, school, given_key, family_key, school_key "
        "FROM youths WHERE erased_at IS NULL"
    ):
        rows += 1
        if (gkey, skey) != (fold(given), fold(school)) or (
            fkey != family_key(family) and fkey != family_key_v9(family)
        ):
            add(Disagreement(f"jongere nr. {yid}", _KEYS_CHANGED))
    return rows


def check_representatives(db: Database, reg: Registry, salts: dict[int, bytes], add: Add) -> int:
    moved: dict[int, int] = {}  # merge seq → its representatives still there
    # merge seq → the removed youth's id, when a later youth got that id again (SQLite reuses
    # the highest id) and was erased: that erasure took the moved representatives' salts too.
    reused = {
        o.seq: yid
        for yid, o in reg.merged_away.items()
        if (later := reg.youths.get(yid)) is not None and later.erased is not None
    }

    def name(rid: int, f: RepresentativeFacts | None) -> str:
        return f"vertegenwoordiger nr. {rid}" + ("" if f is None else f" van jongere nr. {f.youth}")

    def check(row: Row, f: RepresentativeFacts) -> tuple[list[str], int]:
        _, yid, role, gezag, ended_at, created_at, rep_name, email, phone, language = row
        if f.merged_from is not None:
            moved[f.merged_from] = moved.get(f.merged_from, 0) + 1
        youth = reg.youths.get(f.youth)
        personal = {"name": rep_name, "email": email, "phone": phone}
        bad = failing(
            ("youth_id", yid == f.youth),
            ("role", f.role is None or role == f.role),
            ("has_gezag", f.has_gezag is None or bool(gezag) == f.has_gezag),
            ("ended_at", _ended_agrees(ended_at, f.ended)),
            # From when a representative counts (gezag_history: who decided on a past day).
            ("created_at", moment_agrees(str(created_at), None, f.origin)),
            # The language their mails are written in (logged since session 18).
            ("language", f.language is None or language == f.language),
            # The name a proof shows as the signer's: erased with the youth (salt gone;
            # check_erased_leftovers names a refilled one), else as last committed.
            (
                "name_contact",
                (youth is not None and youth.erased is not None)
                or (f.merged_from in reused and f.personal[0] not in salts)
                or committed(salts, f.personal, personal),
            ),
        )
        seq = f.gezag_origin.seq if bad == ["has_gezag"] else f.origin.seq
        if bad == ["name_contact"]:
            seq = f.personal[0]
        if bad == ["ended_at"] and f.ended is not None:
            seq = f.ended.seq
        return bad, seq

    count = compare(
        add,
        "representatives",
        db.iterate(
            "SELECT id, youth_id, role, has_gezag, ended_at, created_at, name, email, phone, "
            "language FROM representatives ORDER BY id",
            tuples=True,
        ),
        reg.representatives,
        name,
        check,
        may_be_gone=lambda f: f.merged_from is not None,
    )
    for seq, (keep, expected) in reg.moved.items():
        if moved.get(seq, 0) != expected:  # the others were the kept record's doubles: deleted
            add(
                Disagreement(
                    f"jongere nr. {keep}",
                    "het aantal overgenomen vertegenwoordigers wijkt af van het logboek "
                    f"(gebeurtenis {seq}): tabel representatives",
                )
            )
    return count


def check_workers(db: Database, reg: Registry, salts: dict[int, bytes], add: Add) -> int:
    """The workers against worker.added / .removed: the name the activity log and every proof
    show as who recorded a decision, the key slot, active, the moment added. Nothing renames
    a worker; a removed one stays removed."""

    def check(row: Row, f: WorkerFacts) -> tuple[list[str], int]:
        _, name, slot, active, created_at = row
        bad = failing(
            ("name", committed(salts, (f.origin.seq, f.name), {"name": name})),
            ("slot_id", f.slot is None or str(slot) == f.slot),
            ("active", active in (0, 1) and bool(active) == (f.removed is None)),
            ("created_at", moment_agrees(str(created_at), None, f.origin)),
        )
        seq = f.removed.seq if bad == ["active"] and f.removed is not None else f.origin.seq
        return bad, seq

    return compare(
        add,
        "workers",
        db.iterate(
            "SELECT id, name, slot_id, active, created_at FROM workers ORDER BY id", tuples=True
        ),
        reg.workers,
        lambda wid, _f: f"medewerker nr. {wid}",
        check,
    )


def _ended_agrees(ended_at: str | None, ended: Any) -> bool:
    if ended is None:
        return ended_at is None
    return ended_at is not None and moment_agrees(ended_at, None, ended)


def check_erasures(db: Database, reg: Registry, add: Add) -> int:
    """One `erasures` row per erased youth (its counts stay shown) as youth.erased says."""

    def check(row: Row, f: tuple[Origin, str, dict[str, Any]]) -> tuple[list[str], int]:
        _, erased_at, ground, worker, summary, seq = row
        origin, logged_ground, logged_summary = f
        try:
            counts = json.loads(summary)
        except (ValueError, TypeError):
            counts = None
        bad = failing(
            ("event_seq", seq == origin.seq),
            ("ground", ground == logged_ground),
            ("worker_id", worker == origin.actor),
            ("erased_at", moment_agrees(erased_at, None, origin)),
            ("summary", counts == logged_summary),
        )
        return bad, origin.seq

    return compare(
        add,
        "erasures",
        db.iterate(
            "SELECT youth_id, erased_at, ground, worker_id, summary, event_seq FROM erasures "
            "ORDER BY id",
            tuples=True,
        ),
        reg.erasures,
        lambda yid, _f: f"jongere nr. {yid}",
        check,
    )
