"""Seed 004's legal duty as the session-13 tests use it: the verzuimmelding's law and weighing,
and what the replay says after an insider edited the legal_duties table by hand (shared by
test_casussen_s13_legal_duty, test_attack_s13_duty_after_no and test_attack_s13_youth_lists)."""

from __future__ import annotations

LAW = "Leerplichtwet 1969, art. 21 en 28 (kwalificatieplicht)"
STEPS = (
    "Leerplichtwet: de school meldt ongeoorloofd verzuim bij leerplicht.",
    "Alleen om het verzuim te melden, het doel van de leerplichtwet.",
    "Alleen naam, school en dat er verzuim is; geen reden of zorg.",
    "Eerst met de jongere gepraat; de melding is verplicht, anoniem kan niet.",
)


def duty_named(lines: list[str], purpose_id: int, field: str = "") -> bool:
    """Whether the replay's `lines` name the legal duty of purpose `purpose_id` (and, given,
    the field that differs from the log)."""
    return any(
        f"wettelijke plicht van doel nr. {purpose_id}" in line and field in line for line in lines
    )
