"""Counted words in real plural forms: "1 dag", "3 dagen", never "dag(en)".

    plural(days, "%n dag", "%n dagen")   # "%n" becomes the number

Dutch and English both use the singular for exactly one and the plural otherwise (also for
0: "0 dagen", "0 days"). The UI passes both forms through tr(), so a translation can give its
own words; Qt's own numerus forms need a compiled Dutch translation, which the app does not
ship (Dutch is the source language).
"""

from __future__ import annotations


def plural(n: int, one: str, many: str) -> str:
    """`one` when n is 1 (or -1), else `many`; "%n" in the chosen form becomes n."""
    return (one if abs(n) == 1 else many).replace("%n", str(n))


def count_form(n: int) -> str:
    """A count's form for a worker catalog selector (`one` / `other`): the desk's languages,
    Dutch and English, agree on which numbers take which."""
    return "one" if abs(n) == 1 else "other"


# The languages' names in Dutch, for the worker (a signer sees language.language_name).
LANGUAGE_LABELS = {
    "nl": "Nederlands",
    "en": "Engels",
    "ar": "Arabisch",
    "tr": "Turks",
    "pl": "Pools",
    "uk": "Oekraïens",
    "ti": "Tigrinya",
    "so": "Somalisch",
    "fa": "Perzisch",
    "de": "Duits",
    "fr": "Frans",
    "es": "Spaans",
    "pap": "Papiaments",
}
