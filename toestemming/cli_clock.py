"""`toestemming confirm-clock`: the worker's way out of a vault held read-only by a clock that
ran ahead (usecases/clock_right.py). Without --ja it only explains the situation in Dutch and
writes nothing: the statement goes into the log under the worker's name, so it must be meant.

A clock far AHEAD of the log (usecases/clock_ahead.py; s21): every command that writes opens
the vault held (cli._open) and names this way out; `confirm-clock --vandaag DD-MM-JJJJ` is the
CLI's "Datum van vandaag" window: the typed date must be the computer's, and when a timestamp
authority is configured its time is asked first and shown (a second opinion that is not this
computer's clock); a confirmation it contradicts is refused.

`set-tsa` on a vault held for a clock far ahead (s23, `first_tsa`): the first TSA is set up
(it must answer; its time is shown beside the computer's) and the vault stays held, so the
next step is `confirm-clock --vandaag` with that second opinion. Changing or switching off a
TSA that is already set waits for the confirmation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .clock import to_iso
from .errors import ToestemmingError, ValidationError, VaultError
from .language import SOURCE
from .language import text as catalog_text
from .log_head import moment

if TYPE_CHECKING:
    from .service import Service
    from .usecases.clock_ahead import ClockJump


def confirm_clock(
    vault: Path | None,
    confirmed: bool,
    open_vault: Callable[[Path], Service],
    say: Callable[..., None],
    today: str | None = None,
) -> int:
    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    svc = open_vault(vault)
    try:
        right = svc.clock_right
        jump = right.ahead.held()
        if jump is not None:
            return _confirm_ahead(svc, jump, today, say)
        if today is not None:
            raise ToestemmingError(message_id="error-clock-ahead-not-held")
        if right.behind() is None:
            reason = svc.vault.db.read_only_reason
            if reason is not None:
                # Read-only for another reason (a log that does not match its key file,
                # damage): that reason is said, never "the vault can be used as normal".
                raise VaultError(message_id="error-vault-read-only", params={"reason": reason})
            say(catalog_text(SOURCE, "cli-clock-not-behind"))
            return 0
        last = right.last_moment()
        now = svc.clock.now()
        shown = {"last": right.shown(last) if last else "?", "now": right.shown(now)}
        say(catalog_text(SOURCE, "cli-clock-situation", **shown))
        if not confirmed:
            say(catalog_text(SOURCE, "cli-clock-confirm-with-ja"), err=True)
            return 2
        seq = right.confirm()
        if seq is None:
            say(catalog_text(SOURCE, "cli-clock-not-behind"))
        else:
            say(catalog_text(SOURCE, "cli-clock-confirmed", seq=seq, **shown))
        return 0
    finally:
        svc.close()


def _shown(jump: ClockJump) -> dict[str, str | int]:
    return {
        "last": moment(to_iso(jump.last)),
        "now": moment(to_iso(jump.now)),
        "days": jump.days,
    }


def ahead_hint(vault: Path, jump: ClockJump) -> str:
    """What a CLI command that would write says when the clock is far ahead of the log."""
    return catalog_text(SOURCE, "cli-clock-ahead-hint", vault=str(vault), **_shown(jump))


def _confirm_ahead(
    svc: Service, jump: ClockJump, today: str | None, say: Callable[..., None]
) -> int:
    """The CLI's "Datum van vandaag": the situation, the TSA's time when one is configured,
    then the typed date confirmed (one event) or refused with the reason (nothing written)."""
    ahead = svc.clock_right.ahead
    say(catalog_text(SOURCE, "cli-clock-ahead-situation", **_shown(jump)))
    said = ahead.second_opinion()
    if said is not None:
        say(catalog_text(SOURCE, "cli-clock-ahead-tsa", tsa=moment(to_iso(said))))
    if today is None:
        say(catalog_text(SOURCE, "cli-clock-ahead-give-today"), err=True)
        return 2
    seq = ahead.confirm(today)
    say(catalog_text(SOURCE, "cli-clock-ahead-confirmed", seq=seq, **_shown(jump)))
    return 0


def first_tsa(svc: Service, vault: Path, url: str | None, say: Callable[..., None]) -> int:
    """`set-tsa` while the vault is held for a clock far ahead: only a first TSA, which must
    answer; its time is shown, then the way out (the hold stays)."""
    if url is None:
        raise ValidationError(message_id="error-clock-ahead-tsa-change-held")
    said = svc.clock_right.ahead.first_tsa(url)
    jump = svc.clock_right.ahead.held()
    shown = _shown(jump) if jump is not None else {"now": moment(to_iso(svc.clock.now()))}
    say(
        catalog_text(
            SOURCE, "cli-clock-ahead-tsa-set", tsa=moment(to_iso(said)), vault=str(vault), **shown
        )
    )
    return 0
