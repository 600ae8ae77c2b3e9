"""Moments in a reply: a month after a day (a date, not an answer), and a yes that holds
until a moment ("tot de zomer") or only from one on ("na de zomer") — a condition."""

from __future__ import annotations

import re

# A month after a day ("3 dec", "12 januari", "1 mrt."): the month's own forms only — any word
# that merely begins like one ("3 declined", "2 separately") blanked as a date lost an item's
# own answer ("yes to 1 and 3 decline 2" read 3 and 2 as one list with the yes).
MONTH = (
    r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mrt|maart|apr(?:il)?|mei|"
    r"jun[ie]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b\.?"
)

# A yes until a moment of one's own ("akkoord tot 1 januari", "ja tot mijn 18e", "until the
# summer") is a condition: the request says how long. Dates are matched before _mask blanks
# them; "tot ziens", "tot morgen" (a greeting) and "1 t/m 3" (a range of items) are not.
_UNTIL = re.compile(
    r"(?i)\b(?:tot|totdat|until|till|t/m|tot en met)\s+(?:"
    rf"\d{{1,2}}(?:\s*{MONTH}|"
    r"[-/.]\d{1,2}(?:[-/.]\d{2,4})?)|\d{4}\b|"
    r"(?:mijn|m'n|zijn|z'n|haar|my|his|her|their)\s+(?:\d{1,2}(?:e|de|ste|th|st|nd|rd)?\b|"
    r"achttiende|verjaardag|diploma|eindexamen|birthday)|"
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|january|february|march|june|july|august|october)\b|"
    r"(?:de |het |the )?(?:zomer|zomervakantie|kerst|kerstvakantie|herfstvakantie|"
    r"voorjaarsvakantie|meivakantie|vakantie|eind|einde|end|summer|christmas)\b|"
    r"(?:volgend|volgende|next)\s+(?:jaar|week|maand|year|month|schooljaar)\b)"
)

# A yes from a later moment on ("2 ja, na de zomer", "ja na mijn 16e") waits as "pas na" does;
# "na" alone is no condition word ("op 2 na": except 2), so only before such a moment (s32).
_AFTER = re.compile(
    r"(?i)\bna\s+(?:(?:de|het|mijn|m'n|zijn|z'n|haar)\s+)?(?:"
    r"zomer|zomervakantie|kerst|kerstmis|kerstvakantie|herfstvakantie|voorjaarsvakantie|"
    r"meivakantie|vakantie|vakanties|examens?|eindexamens?|diploma|verjaardag|achttiende|"
    r"zestiende|\d{1,2}(?:e|de|ste)|nieuwjaar|januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december)\b"
)


def waiting_moments(segment: str) -> list[tuple[int, int]]:
    """(start, end) in `segment` of each "tot …" / "na …" moment that makes a yes wait."""
    return [m.span() for pattern in (_UNTIL, _AFTER) for m in pattern.finditer(segment)]
