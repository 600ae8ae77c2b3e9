"""Every stored column the replay does NOT compare with the audit log, and why (issue 20:
stored state follows events).

Every other column of every table is compared: a hand edit of it with the unlocked key
(sqlcipher3, the log left alone) makes `check` name the row. tests/test_log22_every_column.py
walks the schema of a vault with a row in every table, edits each column of one row and
holds `check` to finding it; a column is allowed to stay silent only when it is listed here.
Adding a column means either logging it (an event field the replay compares) or adding it
here with the reason a hand edit of it changes nothing a proof, a notice or a screen shows.
"""

from __future__ import annotations

# "table.column" (or "table.*") → why a hand edit of it needs no comparison with the log.
NOT_COMPARED: dict[str, str] = {
    # -- the log itself and what is derived from it ----------------------------------------------
    "events.*": "the log itself: hash chain, signed checkpoints (verify_audit, not replay)",
    "checkpoints.id": "a row number; a checkpoint is known by its tree size (verify_audit)",
    "item_state.*": "a cache of the consent tables; replay.py compares it with them",
    "event_subjects.*": "an index of the log; replay_subjects.py rebuilds and compares it",
    "mail_inbox.*": (
        "a work queue of fetched mail, not the record: what a worker confirms from it is stored "
        "as evidence whose hash the log holds (evidence.added) with the decisions naming it"
    ),
    # -- row numbers nothing refers to, orderings --------------------------------------------
    "catalog_texts.id": "a row number nothing refers to; texts are known by entity/language",
    "catalog_texts.version": "orders the versions; the latest text itself is compared",
    "catalog_texts.created_at": "not shown or used; the logged event's moment is the record",
    "erasures.id": "a row number nothing refers to (an erasure is known by its youth)",
    "checkpoint_timestamps.created_at": (
        "when the token was stored; the token's own time (tsa_time) is checked (stamp_rows)"
    ),
    "remote_messages.id": "a row number nothing refers to (a message is known by its Message-ID)",
    "remote_expiries.id": "a row number nothing refers to (an expiry is known by its request)",
    "withdrawal_notifications.id": "a row number nothing refers to (known by withdrawal)",
    # (the search keys youths.given_key/family_key/school_key are compared with the folds of
    # the compared names since s29: replay_people.check_search_keys)
}

# meta rows (key → why not compared). The others (policy, organisation) are compared by
# replay_catalog.py; a key found in neither list fails the schema walk.
META_COMPARED = frozenset({"policy", "organisation"})
META_NOT_COMPARED: dict[str, str] = {
    "vault_id": "names the vault in every signed checkpoint: a change fails verify_audit",
    "created_at": "when this file was made; nothing is decided or shown by it",
    "signing_key": "the checkpoint signing key; a change fails verify_audit",
    "public_key": "verifies the checkpoints; a change fails verify_audit",
    "merkle_frontier": "the log's Merkle state; rebuilt from the log by verify_audit",
    "org_signing_key_pem": (
        "the key proof packages are signed with: it decides who signs the next proof, not what "
        "the record says (a proof is read against its own certificate and the log's checkpoints)"
    ),
    "org_certificate_pem": "the certificate that goes with org_signing_key_pem (see there)",
    "tsa_url": (
        "a setting (which timestamp service asks next); each stored token's address is held "
        "to the log's tsa.changed events (stamp_rows.py)"
    ),
    "tsa_last_failure": "a setting's status line",
    "highest_id.*": (
        "the highest row id given (store/fresh_ids.py): only keeps a number from being given "
        "twice; an id given twice is named by `check` from the log"
    ),
    # Settings of this desk, not part of the record: where mail goes out and comes in, the
    # backup folder, a stated clock correction (each noted in the log where it matters).
    "smtp": "a setting (the outgoing mail server)",
    "remote": (
        "a setting (remote signing); its day counts, which decide when a request expires, are "
        "compared with remote.settings_changed (replay_settings.py)"
    ),
    "imap": "a setting (the incoming mail box)",
    "imap_state": "where the last mail fetch stopped; a message is handled once (mail_inbox)",
    "oauth_app": "a setting (the mail login app)",
    "oauth_token": "the mail login's refresh token (a credential, not a record)",
    "backup.*": (
        "settings and status of the backups of this desk; how many are kept, the warning's "
        "days and the folder are compared with their events (replay_settings.py)"
    ),
    "clock.*": (
        "points at the last stated clock correction (a clock.corrected event) so that opening "
        "need not scan the log; `check` reads the dates from the log itself (log_clock)"
    ),
}


def meta_not_compared(key: str) -> str | None:
    """Why the meta row `key` is not compared with the log, or None when it is (or unknown)."""
    return META_NOT_COMPARED.get(key) or META_NOT_COMPARED.get(key.split(".")[0] + ".*")


def not_compared(table: str, column: str) -> str | None:
    """Why `table.column` is not compared with the log, or None when it is compared."""
    return NOT_COMPARED.get(f"{table}.{column}") or NOT_COMPARED.get(f"{table}.*")
