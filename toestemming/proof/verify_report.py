"""What `verify` found (VerifyReport) and the exit code each outcome gives (EXIT_*).

Intact is not the same as authentic. An intact package proves that whoever holds its key made
it — a forger with a key of their own makes intact packages too. Authentic means: signed with
the key of the organisation the user trusts (trust.py: --trust FILE or --expect-key). Hence
four outcomes, each its own exit code: authentic, intact but signer not confirmed (the
fingerprint is shown, to compare by phone), not intact, unreadable."""

from __future__ import annotations

from dataclasses import dataclass, field

from .shown import MAX_LINE, one_line
from .trust import Trust, grouped

EXIT_AUTHENTIC = 0  # intact, and signed with the key the user trusts
EXIT_NOT_INTACT = 1  # something changed, or signed with another key than the trusted one
EXIT_UNREADABLE = 2  # no package to check: missing, not a zip (the CLI: also bad arguments)
EXIT_UNCONFIRMED = 3  # intact, but no trusted key given: the signer is not confirmed


CLI_CONFIRM_HINT = (
    "Of controleer opnieuw met --trust VERTROUWENSBESTAND of --expect-key VINGERAFDRUK."
)


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # what was checked, for the OK message
    fingerprint: str = ""  # of the package's key (32 hex), once the manifest is read
    public_key: str = ""  # the package's key (64 hex), once the manifest is read
    organisation: str = ""  # as the package names itself (unconfirmed without trust)
    trust: Trust | None = None  # what the user trusts, if anything was given
    unreadable: bool = False
    youth: int | None = None  # whose request the audited log says the package is about

    @property
    def ok(self) -> bool:
        """Intact: every hash and signature agrees (says nothing about who signed)."""
        return not self.problems

    @property
    def authentic(self) -> bool:
        """Intact and signed with the trusted key (a different key is a problem)."""
        return self.ok and self.trust is not None

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        if not self.ok:
            return EXIT_NOT_INTACT
        return EXIT_AUTHENTIC if self.authentic else EXIT_UNCONFIRMED

    def describe(self, confirm_hint: str = CLI_CONFIRM_HINT) -> str:
        """`confirm_hint`: how the reader can confirm the signer where they read this (the
        command line's options by default; the app names its buttons)."""
        # Every line may repeat what the package says of itself: one line of visible
        # characters each (shown.py), so no value can print a line of its own.
        details = "\n".join("  " + one_line(f, MAX_LINE) for f in self.facts)
        problems = "\n".join("  - " + one_line(p, MAX_LINE) for p in self.problems)
        if self.unreadable:
            return "Kan het pakket NIET controleren:\n" + problems
        if not self.ok:
            return "NIET in orde:\n" + problems
        organisation = one_line(self.organisation)
        if self.trust is not None:
            signer = one_line(self.trust.organisation) or "de organisatie die u vertrouwt"
            return (
                f"OK — bewijspakket in orde: intact en ondertekend door {signer} (sleutel "
                f"{grouped(self.fingerprint)}, volgens {one_line(self.trust.source)}).\n" + details
            )
        return (
            "Resultaat: intact, ondertekenaar niet bevestigd.\n"
            "  Het pakket is na export niet gewijzigd. Maar dat het van "
            f"{organisation or 'de organisatie'} komt, zegt het pakket alleen zelf.\n"
            "  Bel de organisatie (op een nummer dat u zelf opzoekt) en vergelijk de "
            "vingerafdruk van de sleutel:\n"
            f"      {grouped(self.fingerprint)}\n"
            f"  {one_line(confirm_hint)}\n" + details
        )
