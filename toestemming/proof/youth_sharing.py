"""What was shared about a youth, and on which basis, in the youth's proof package:
`verstrekkingen.json`.

Data shared on a legal duty (seed 004: a verzuimmelding to leerplicht, the RMC registration,
study results at a warme overdracht) or on another weighed basis asks no consent, so no
request's package need carry it; yet it must be provable as the rest (DOMAIN.md rule 1 and the
stappenplan: record the weighing). The file lists, as the log says them, each weighing
(`assessment.recorded`: the basis, whether the youth was informed, DAT only), each disclosure
(`disclosure.recorded`: to whom, for what, which categories, on which basis, the consent item
or the weighing, whether it overrode a "no") and each justification (`disclosure.justified`:
the named ground, who was informed), and for each purpose shared on the legal obligation
its marking as a legal duty (`purpose.legal_duty`: which law, until which age). The written
motivations stay in the vault (they are personal and in the log only as salted
commitments); the inzage shows them to the youth."""

from __future__ import annotations

from . import youth_logged
from .wordings import LIST_KIND_LABELS

FILE = "verstrekkingen.json"
KINDS = {
    "assessment.recorded": (
        "assessment",
        "youth",
        "recipient",
        "purpose",
        "basis",
        "youth_informed",
        "created_at",
        "dat_only",
    ),
    "disclosure.recorded": (
        "disclosure",
        "youth",
        "recipient",
        "purpose",
        "categories",
        "basis",
        "item",
        "assessment",
        "at",
        "override",
    ),
    "disclosure.justified": (
        "disclosure",
        "youth",
        "override",
        "ground",
        "informed",
        "confirmed_at",
    ),
    # The marking of a purpose as required by law, for each purpose the youth's data went out
    # for on the legal obligation: "this went without your consent because of law X" is then
    # the log's word, not only the package's (it names no youth: see youth_logged.check).
    "purpose.legal_duty": ("purpose", "law", "until_age", "recorded_at"),
}
SPEC = youth_logged.LoggedList(
    FILE,
    "toestemming-verstrekkingen/2",
    "verstrekkingen",
    KINDS,
    "Afwegingen en verstrekkingen over deze jongere, zoals het logboek ze vastlegt: aan wie, "
    "welk doel, welke gegevens, op welke grondslag (toestemming, wettelijke verplichting of "
    "een andere afgewogen grondslag); elk met het bewijs dat het in het ondertekende logboek "
    "staat. Een wettelijke plicht noemt de wet waarop zonder toestemming werd gedeeld.",
    ("%n afweging of verstrekking", "%n afwegingen en verstrekkingen"),
    LIST_KIND_LABELS,
    by_purpose=frozenset({"purpose.legal_duty"}),
)
