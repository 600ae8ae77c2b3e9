"""The objections (verzet, AVG art. 21) in a youth's proof package: `bezwaren.json`.

An objection is no consent request, so no per-request package carries it; yet a privacy
officer asked "what did this youth say about sharing?" must show it as well (seed 003,
reglement art. 8.3: the student "en/of diens wettelijk vertegenwoordiger [heeft] het recht van
verzet"). The file lists each objection as the log says it (event `objection.recorded`), with
the recipient's and purpose's names for a reader, and the events themselves with an inclusion
path to the same signed checkpoint as the inner packages (youth_logged.py)."""

from __future__ import annotations

from . import youth_logged

FILE = "bezwaren.json"
KIND = "objection.recorded"
# The event's fields a listed objection repeats (the log decides; the names are for reading).
FIELDS = ("objection", "youth", "recipient", "purpose", "signer_kind", "signer_id", "channel", "at")
SPEC = youth_logged.LoggedList(
    FILE,
    "toestemming-bezwaren/2",
    "bezwaren",
    {KIND: FIELDS},
    "Bezwaren (verzet) van of voor deze jongere, zoals het logboek ze vastlegt; elk met "
    "de gebeurtenis en het bewijs dat die in het ondertekende logboek staat.",
    ("%n bezwaar (verzet)", "%n bezwaren (verzet)"),
)
