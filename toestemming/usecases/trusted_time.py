"""Trusted time for the vault: the TSA setting, and an RFC 3161 token per signed checkpoint.

`stamp_latest()` runs after every checkpoint (Service.checkpoint, so also at close) and after
each proof export. It asks the TSA for a token over the newest checkpoint's message, outside
any transaction; if the TSA is down it notes that (log + `tsa_last_failure`, no personal data)
and returns None — work goes on, the checkpoint stays without a token. There is no queue of
old checkpoints to stamp: every checkpoint signs the whole tree up to its size and the chain
extends each earlier one, so a token over the newest checkpoint dates everything before it
too. The next checkpoint or close simply tries again."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from .. import timestamps
from ..audit import Checkpoint, checkpoint_message
from ..clock import from_iso, to_iso
from ..errors import ToestemmingError
from ..store.turns import one_turn
from .context import Context

log = logging.getLogger(__name__)

TSA_META = "tsa_url"
FAILURE_META = "tsa_last_failure"
_PROBE = b"toestemming-tsa-probe"


@dataclass(frozen=True)
class CheckpointStamp:
    checkpoint_id: int
    tsa_url: str
    token: bytes  # DER TimeStampToken over SHA-256(checkpoint message)
    tsa_time: datetime

    @property
    def tsa(self) -> str:
        """The TSA's name, from its certificate in the token."""
        return timestamps.token_tsa(self.token)


@dataclass(frozen=True)
class TsaStatus:
    url: str | None
    last_failure: datetime | None
    latest_stamp: CheckpointStamp | None  # the newest checkpoint's token, if it has one


def latest_checkpoint(ctx: Context) -> Checkpoint | None:
    """The newest signed checkpoint (largest tree), by the primary key's end — not a list of
    all of them."""
    row = ctx.db.query_one(
        "SELECT id, tree_size, root, chain_head, at, key_id, signature FROM checkpoints "
        "ORDER BY tree_size DESC, id DESC LIMIT 1"
    )
    if row is None:
        return None
    return Checkpoint(
        int(row[0]),
        int(row[1]),
        bytes(row[2]),
        bytes(row[3]),
        str(row[4]),
        str(row[5]),
        bytes(row[6]),
    )


class TsaUnreachable(ToestemmingError):
    code = "tijdstempeldienst"


class TrustedTime:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # -- the setting --------------------------------------------------------------------------
    def url(self) -> str | None:
        return self._ctx.meta(TSA_META) or None

    @one_turn
    def set_url(self, url: str | None) -> None:
        """Switch trusted time on (an http(s) address of an RFC 3161 TSA) or off (None)."""
        value = timestamps.normalise_url(url) if url is not None and url.strip() else ""
        if value == (self.url() or ""):
            return
        with self._ctx.db.transaction():
            self._ctx.set_meta(TSA_META, value)
            self._ctx.event("tsa.changed", {"url": value or None})

    def probe(self, url: str | None = None) -> datetime:
        """Ask the TSA (the configured one, or `url`) for a token over a fixed test message and
        return its time; stores nothing. TsaUnreachable (Dutch) when it does not answer."""
        target = timestamps.normalise_url(url) if url else self.url()
        if not target:
            raise TsaUnreachable(message_id="error-timestamp-no-service")
        try:
            token = timestamps.request_token(target, _PROBE)
        except timestamps.TimestampUnavailable:
            raise TsaUnreachable(message_id="error-timestamp-no-answer") from None
        moment = timestamps.check_token(token, _PROBE).time
        assert moment is not None  # request_token returns only checked tokens
        return moment

    def status(self) -> TsaStatus:
        failed = self._ctx.meta(FAILURE_META)
        cp = latest_checkpoint(self._ctx)
        latest = None if cp is None else self.stamp_of(cp.id)
        return TsaStatus(self.url(), from_iso(failed) if failed else None, latest)

    # -- tokens ---------------------------------------------------------------------------------
    def stamp_of(self, checkpoint_id: int) -> CheckpointStamp | None:
        row = self._ctx.db.query_one(
            "SELECT tsa_url, token, tsa_time FROM checkpoint_timestamps WHERE checkpoint_id = ?",
            (checkpoint_id,),
        )
        if row is None:
            return None
        return CheckpointStamp(checkpoint_id, str(row[0]), bytes(row[1]), from_iso(str(row[2])))

    def stamp_latest(self) -> CheckpointStamp | None:
        """A token for the newest checkpoint, if a TSA is set and it has none yet."""
        if not self.url() or self._ctx.db.read_only_reason:
            return None
        cp = latest_checkpoint(self._ctx)
        return None if cp is None else self.stamp(cp)

    def stamp(self, checkpoint: Checkpoint) -> CheckpointStamp | None:
        """The checkpoint's token: the stored one, or a new one from the TSA. None without a
        TSA or when it does not answer (noted; never raises for that)."""
        url = self.url()
        if not url or self._ctx.db.read_only_reason:
            return None
        stored = self.stamp_of(checkpoint.id)
        if stored is not None:
            return stored
        message = self.message(checkpoint)
        try:
            token = timestamps.request_token(url, message)
        except timestamps.TimestampUnavailable as exc:
            # Only the checkpoint's number and the kind of failure: no personal data.
            log.warning(
                "No timestamp for checkpoint %d: timestamp authority unreachable (%s); "
                "trying again at the next checkpoint.",
                checkpoint.id,
                type(exc).__name__,
            )
            self._ctx.db.in_one_turn(
                lambda: self._ctx.set_meta(FAILURE_META, to_iso(self._ctx.clock.now()))
            )
            return None
        moment = timestamps.check_token(token, message).time
        assert moment is not None  # request_token returns only checked tokens
        # (Only the write is tried again on a conflict, never the TSA's answer before it.)
        self._ctx.db.in_one_turn(
            lambda: self._ctx.db.execute(
                "INSERT INTO checkpoint_timestamps(checkpoint_id, tsa_url, token, tsa_time, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                (checkpoint.id, url, token, to_iso(moment), to_iso(self._ctx.clock.now())),
            )
        )
        return CheckpointStamp(checkpoint.id, url, token, moment)

    def message(self, checkpoint: Checkpoint) -> bytes:
        """What the token is over: exactly the bytes the organisation key signed."""
        vault = self._ctx.vault
        if vault is None:
            raise ToestemmingError(message_id="error-backup-vault-locked-unlock")
        return checkpoint_message(
            vault.vault_id,
            checkpoint.tree_size,
            checkpoint.root,
            checkpoint.chain_head,
            checkpoint.at,
        )
