"""The texts of a request's items in every language a signer may read them in.

Made once when the request is created (the request's own language in consent_items, each other
language in item_texts) and read back by the tablet and the mail: a signer reads one language
from first to last item, so another language is offered only when every item's purpose has its
own text in it. Split from consent.py by job."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..language import languages
from ..model import DataCategory, Purpose, Recipient
from ..store import repo
from ..store.db import Database
from ..texts import item_text


def texts_in_other_languages(
    db: Database,
    organisation: str,
    resolved: Sequence[tuple[Purpose, Recipient, list[DataCategory]]],
    end: date,
    code: str,
    lang: str,
) -> dict[str, list[tuple[int, str]]]:
    """Per other language: (purpose version, text) per item, only for a language in which
    every item's purpose has its own text (no mixing: a signer reads one language)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for other in languages():
        if other == lang:
            continue
        texts = []
        for n, (p, r, cs) in enumerate(resolved, 1):
            vid = db.scalar(
                "SELECT id FROM purpose_versions WHERE purpose_id = ? AND language = ? "
                "ORDER BY version DESC LIMIT 1",
                (p.id, other),
            )
            if vid is None:
                break
            version = repo.purpose_version(db, int(vid))
            texts.append((int(vid), item_text(n, version, r, cs, end, organisation, code, other)))
        else:
            out[other] = texts
    return out


def stored_item_texts(db: Database, request_id: int) -> dict[int, dict[str, tuple[str, str]]]:
    """Every stored text per item and language: {item: {language: (text, sha256)}}. The
    request's own language comes first."""
    request = repo.load_request(db, request_id)
    out: dict[int, dict[str, tuple[str, str]]] = {
        i.id: {request.language: (i.text, i.text_sha256)} for i in request.items
    }
    for r in db.query(
        "SELECT t.item_id, t.language, t.text, t.text_sha256 FROM item_texts t "
        "JOIN consent_items i ON i.id = t.item_id WHERE i.request_id = ? "
        "ORDER BY t.item_id, t.language",
        (request_id,),
    ):
        out[int(r[0])].setdefault(str(r[1]), (str(r[2]), str(r[3])))
    return out
