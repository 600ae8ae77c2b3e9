"""Helpers for the backup, retention and fault tests (issue "Keep every record").

- `populate`: a small realistic vault whose personal data all carry MARKER strings, so a test
  can prove where those strings are (and are not) in files.
- `decrypted_pages`: every page of a SQLCipher 4 file decrypted with the raw data key
  (AES-256-CBC, IV in the page's reserved tail): lets a test look *inside* the encryption
  for leftovers after an erasure, which no SQL query can show (free space, old cells).
- `table_dump`: every row of every table, for round-trip comparisons.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store.db import FAST_READ
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

# New vaults use the FAST_READ profile (the key header names it): 16 KiB pages ending in a
# 16-byte IV and a 32-byte HMAC-SHA256.
PAGE_SIZE = FAST_READ.page_size
RESERVE = FAST_READ.reserve

# Distinctive strings in every personal field; none occurs by chance in ciphertext or code.
MARKERS = {
    "given": "Xylofoonmarkeer",
    "family": "Qwibbelmarkeer",
    "parent": "Pruttelmarkeer Ouder",
    "email": "zwoegmarkeer@voorbeeld.example",
    "school": "Snorkelmarkeer College",
    "assessment": "Fladdermarkeer grondslag toelichting",
    "note": "Wiebelmarkeer notitie bij delen",
    "reason": "Knarsmarkeer reden van beeindigen",
    "evidence": "Brommelmarkeer handtekening",
    "override": "Sputtermarkeer reden om ondanks nee te delen",
}


def marker_variants() -> list[bytes]:
    """Each marker as UTF-8, case-folded (search keys) and UTF-16 (some Windows APIs)."""
    out: list[bytes] = []
    for text in MARKERS.values():
        core = text.split()[0]
        for form in {core, core.casefold(), unicodedata.normalize("NFKD", core.casefold())}:
            out += [form.encode("utf-8"), form.encode("utf-16-le")]
    return out


def hits(data: bytes) -> list[bytes]:
    return [m for m in marker_variants() if m in data]


@dataclass(frozen=True)
class Populated:
    youth_id: int
    other_youth_id: int
    item_ids: tuple[int, ...]
    evidence_id: int
    assessment_id: int


def populate(svc: Service, birth_date: str = "01-02-2006") -> Populated:
    """One marked youth (16+, decides alone) with a parent on file, a request with two items
    (one given with evidence then withdrawn and notified, one refused), an assessment, two
    disclosures (one with a note) and an item action with a reason; plus one unmarked youth."""
    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
    gemeente = c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    contact = c.add_category("contact", "Contactgegevens", "Naam en telefoon.", "dat", False)
    youth = svc.people.add_youth(
        given_name=MARKERS["given"],
        family_name=MARKERS["family"],
        birth_date=birth_date,
        school=MARKERS["school"],
        email=MARKERS["email"],
        external_ref="LLN-4711",
    )
    svc.people.add_representative(
        youth.id,
        MARKERS["parent"],
        RepresentativeRole.PARENT,
        True,
        email="ouder@voorbeeld.example",
    )
    other = svc.people.add_youth(given_name="Anders", family_name="Jansen", birth_date=birth_date)
    request = svc.consents.create_request(
        youth.id,
        [ItemSpec(werk.id, uwv.id, (contact.id,)), ItemSpec(werk.id, gemeente.id, (contact.id,))],
    )
    first, second = (i.id for i in request.items)
    evidence = svc.evidence.add("scan", "text/plain", MARKERS["evidence"].encode("utf-8"))
    me = SignerRef.youth(youth.id)
    svc.consents.record_decisions(
        request.id, me, {first: "yes", second: "no"}, "desk", evidence_id=evidence.id
    )
    svc.sharing.record_disclosure(youth.id, uwv.id, werk.id, [contact.id], note=MARKERS["note"])
    # The youth said no to the gemeente: sharing anyway is an override on a named ground.
    assessment = svc.sharing.record_assessment(
        youth.id,
        gemeente.id,
        werk.id,
        "legal_obligation",
        MARKERS["assessment"],
        "Past bij het doel waarvoor de gegevens er zijn.",
        "Alleen wat nodig is voor de begeleiding.",
        "Minder delen kan niet voor dit doel.",
        True,
    )
    svc.sharing.record_disclosure(
        youth.id,
        gemeente.id,
        werk.id,
        [contact.id],
        assessment_id=assessment.id,
        justification=Justification(
            svc.sharing.options(youth.id, gemeente.id, werk.id).inform,
            ground="legal_obligation",
            reason=MARKERS["override"],
            confirmed=True,
        ),
    )
    result = svc.withdrawals.withdraw([first], me, "desk")
    for w_id, recipient in result.recipients_to_notify:
        svc.withdrawals.mark_notified(w_id, recipient.id)
    svc.consents.act_on_item(second, "revoke", MARKERS["reason"])
    return Populated(youth.id, other.id, (first, second), evidence.id, assessment.id)


def decrypted_pages(path: Path, key: bytes) -> bytes:
    data = path.read_bytes()
    out = bytearray()
    for n in range(len(data) // PAGE_SIZE):
        page = data[n * PAGE_SIZE : (n + 1) * PAGE_SIZE]
        start = 16 if n == 0 else 0  # page 1 starts with the file's salt
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(page[start : PAGE_SIZE - RESERVE]) + dec.finalize()
    return bytes(out)


def table_dump(svc: Service) -> dict[str, list[tuple[Any, ...]]]:
    db = svc.vault.db
    tables = [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1")] for t in tables}
