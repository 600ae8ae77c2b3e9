"""Tablet signing sessions, sent messages and saved transition forms against the log
(signing.completed, remote.sent, transition_form.saved).

Neither table decides a consent, but a proof export reads both (proof/collect.request_evidence):
the evidence a session or a message names is packed as this request's signature, strokes or
sent request. Their rows are append-only (an UPDATE is refused), yet an INSERT is not: an
insider with the passphrase could add a session naming another youth's signature under this
request, and its picture went into the request's proof as "handtekening" while `check` said
nothing. Every row must now follow from its event, field by field. The same for the versions
of a transitieformulier (a version INSERTed by hand became the form the desk prints), and
their content against the salted commitment in the event (replay_forms.py)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from .replay_events import moment_agrees
from .replay_forms import content_agrees
from .replay_registry_events import Registry
from .replay_report import Disagreement
from .replay_rows import NOT_LOGGED, Add, Row, compare, failing
from .store.db import Database


def _pad_records(db: Database) -> dict[int, tuple[Any, Any]]:
    """Per session: the signature image's hash and the strokes record (None once erased)."""
    return {
        int(r[0]): (r[1], r[2])
        for r in db.iterate(
            "SELECT s.id, p.sha256, k.content FROM signing_sessions s "
            "JOIN evidence p ON p.id = s.signature_evidence_id "
            "JOIN evidence k ON k.id = s.strokes_evidence_id",
            tuples=True,
        )
    }


def strokes_as_written(png_sha256: Any, content: Any) -> bool:
    """The strokes record is one usecases/signature.strokes_json writes: of this session's own
    image (its hash), and a typed name (method "typed-name") with no strokes — or a drawing
    without a typed name. An insider who appends a session through the log (evidence.added,
    signing.completed) could otherwise pack another image with these strokes, or a record that
    says "typed" and "drawn" at once, and the proof showed it as the signature (s25)."""
    if content is None:
        return True  # erased with the youth (its hash stays in the log)
    try:
        record = json.loads(bytes(content))
    except (ValueError, TypeError):
        return False
    if not isinstance(record, dict) or record.get("format") != "toestemming-strokes/1":
        return False
    if record.get("png_sha256") != png_sha256 or not isinstance(record.get("strokes"), list):
        return False
    method = record.get("method")
    if method is None:
        return "typed_name" not in record and bool(record["strokes"])
    name = record.get("typed_name")
    return (
        method == "typed-name"
        and record["strokes"] == []
        and isinstance(name, str)
        and bool(name.strip())
    )


def check_sessions(db: Database, reg: Registry, add: Add) -> int:
    """signing_sessions against signing.completed (the event names the row's id), and each
    session's strokes record against its image (strokes_as_written)."""
    pads = _pad_records(db)

    def check(row: Row, facts: tuple[Any, dict[str, Any]]) -> tuple[list[str], int]:
        _, kind, request, youth, sk, sid, role, lang, started, signed, png, strokes = row
        d = facts[1]
        evidence = d.get("evidence") or {}
        pad = pads.get(int(row[0]))
        bad = failing(
            ("strokes_evidence", pad is None or strokes_as_written(*pad)),
            ("kind", kind == d.get("kind")),
            ("request_id", request == d.get("request")),
            ("youth_id", youth == d.get("youth")),
            ("signer", [sk, sid] == list(d.get("signer", []))),
            ("signer_role", role == d.get("role")),
            ("language", lang == d.get("language")),
            ("started_at", started == d.get("started_at")),
            ("signed_at", signed == d.get("signed_at")),
            ("signature_evidence_id", png == evidence.get("signature")),
            ("strokes_evidence_id", strokes == evidence.get("strokes")),
        )
        return bad, facts[0].seq

    return compare(
        add,
        "signing_sessions",
        db.iterate(
            "SELECT id, kind, request_id, youth_id, signer_kind, signer_id, signer_role, "
            "language, started_at, signed_at, signature_evidence_id, strokes_evidence_id "
            "FROM signing_sessions ORDER BY id",
            tuples=True,
        ),
        reg.sessions,
        lambda sid, _f: f"ondertekening op de tablet nr. {sid}",
        check,
    )


def check_messages(db: Database, reg: Registry, add: Add) -> int:
    """remote_messages against remote.sent. The event does not name the row's id, so rows and
    events are compared as two collections of (request, kind, way, signer, evidence)."""
    logged: Counter[tuple[Any, ...]] = Counter()
    for _origin, d in reg.sent:
        signer = list(d.get("signer", [None, None]))
        logged[(d.get("request"), d.get("kind"), d.get("via"), *signer, d.get("evidence"))] += 1
    stored: Counter[tuple[Any, ...]] = Counter()
    count = 0
    for row in db.iterate(
        "SELECT request_id, kind, via, signer_kind, signer_id, evidence_id FROM remote_messages "
        "ORDER BY id",
        tuples=True,
    ):
        count += 1
        stored[tuple(row)] += 1
    for key in sorted((stored - logged).keys(), key=repr):
        add(
            Disagreement(
                f"verzonden bericht bij verzoek nr. {key[0]}",
                NOT_LOGGED.format(table="remote_messages"),
            )
        )
    for key in sorted((logged - stored).keys(), key=repr):
        add(
            Disagreement(
                f"verzonden bericht bij verzoek nr. {key[0]}",
                "staat in het logboek maar ontbreekt in de kluis (tabel remote_messages)",
            )
        )
    return count


def check_forms(db: Database, reg: Registry, salts: dict[int, bytes], add: Add) -> int:
    """transition_forms (which versions exist, whose, for which request, and their content
    against the event's salted commitment) against transition_form.saved; an erased youth's
    versions are deleted with them (and the salts with them)."""

    def check(row: Row, facts: tuple[Any, dict[str, Any]]) -> tuple[list[str], int]:
        _, youth, version, request, data, saved_at, worker = row
        origin, d = facts
        bad = failing(
            ("youth_id", youth == d.get("youth")),
            ("version", version == d.get("version")),
            ("request_id", request == d.get("request")),
            # The inzage prints "opgeslagen op": the moment and who saved it are the event's.
            ("saved_at", moment_agrees(saved_at, None, origin)),
            ("worker_id", worker == origin.actor),
            # None: an event without a commitment (none this program wrote): not checkable.
            ("data", content_agrees(data, d.get("pd"), salts.get(origin.seq)) is not False),
        )
        return bad, origin.seq

    def name(fid: Any, facts: tuple[Any, dict[str, Any]] | None) -> str:
        if facts is None:
            return f"transitieformulier nr. {fid}"
        d = facts[1]
        return (
            f"transitieformulier nr. {fid} (jongere nr. {d.get('youth')}, "
            f"versie {d.get('version')})"
        )

    return compare(
        add,
        "transition_forms",
        db.iterate(
            "SELECT id, youth_id, version, request_id, data, saved_at, worker_id "
            "FROM transition_forms ORDER BY id",
            tuples=True,
        ),
        reg.forms,
        name,
        check,
        may_be_gone=lambda f: f[1].get("youth") in reg.erased_youths,
    )
