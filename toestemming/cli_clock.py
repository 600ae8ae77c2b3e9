"""`toestemming confirm-clock`: the worker's way out of a vault held read-only by a clock that
ran ahead (usecases/clock_right.py). Without --ja it only explains the situation in Dutch and
writes nothing: the statement goes into the log under the worker's name, so it must be meant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ToestemmingError, VaultError
from .language import SOURCE
from .language import text as catalog_text

if TYPE_CHECKING:
    from .service import Service


def confirm_clock(
    vault: Path | None,
    confirmed: bool,
    open_vault: Callable[[Path], Service],
    say: Callable[..., None],
) -> int:
    if vault is None:
        raise ToestemmingError(message_id="error-cli-give-vault-vault-path")
    svc = open_vault(vault)
    try:
        right = svc.clock_right
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
