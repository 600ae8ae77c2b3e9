"""A genuine proof package read as a privacy officer reads it: the signed PDF alone, in plain
Dutch (session 15).

Everything the officer needs must be on the pages, not only in receipt.json: what was agreed
or refused per item, by whom in which role and at what age, when, how (the channel), the texts
as shown, the withdrawal with its channel, the trusted time (or that there is none), the
signer's key fingerprint and how to check the package. The list of evidence files says what
each file is in Dutch ("handtekening", "e-mail"), not the program's internal kind
("signature", "eml")."""

from __future__ import annotations

import re

from test_attack_s8_packages import Insider, insider  # noqa: F401

from toestemming.audit import key_fingerprint
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import PDF
from toestemming.proof.trust import grouped


def _text(insider: Insider) -> str:  # noqa: F811
    text = pdf_text(insider.later[PDF])
    assert text is not None
    return re.sub(r"[ \t]+", " ", text)


def test_every_fact_the_officer_needs_is_on_the_pages(insider: Insider) -> None:  # noqa: F811
    text = _text(insider)
    for label in (
        "Onderdeel 1:",  # what was asked, per item
        "Stand bij export",
        "Ontvanger",
        "Gegevens",
        "Waarom",
        "Geldig",
        "Tekst zoals getoond",  # the text as shown, with its hash
        "SHA-256:",
        "Wie",
        "(jongere)",  # who, in which role
        "Leeftijd jongere toen",  # at what age
        "Antwoord ja",
        "Antwoord nee",
        "Besloten op",  # when
        "Kanaal",  # how
        "Geschiedenis van dit onderdeel",
        "Ingetrokken door",  # the withdrawal, and how it came in
        "Vertrouwde tijd",
        "Sleutel (vingerafdruk)",
        "toestemming verify",
    ):
        assert label in text, label
    assert grouped(key_fingerprint(insider.public_key)) in text
    assert re.search(r"Ingetrokken door [^\n]+ — per e-mail", text), "withdrawal channel"


def test_the_evidence_list_says_what_each_file_is_in_dutch(insider: Insider) -> None:  # noqa: F811
    text = _text(insider)
    listed = text.partition("Bewijsstukken in dit pakket")[2].partition("Zo controleert u")[0]
    rows = re.findall(r"(bewijsstukken/\S+) (\S+)", listed)
    assert rows, listed
    for name, what in rows:
        assert what not in ("signature", "eml", "screenshot", "message", "document"), (name, what)
    assert any(what == "handtekening" for _, what in rows), rows
    assert any(what == "e-mail" for _, what in rows), rows
