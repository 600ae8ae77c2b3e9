"""The vault's schema is the one the migrations made: no object added, dropped or changed.

Someone with the passphrase can open the vault with any SQLCipher client and change not only
rows but the schema itself: drop the triggers that refuse an UPDATE of a decision or an event,
add a trigger that quietly rewrites what the program writes, or rename a table and put a VIEW
of the same name in its place that hides rows from every reader. Rows are replayed against the
log (replay.py); this compares every object in `sqlite_master` (tables, indexes, triggers,
views; SQLite's own `sqlite_*` left out) with what migrations 1…EXPECTED_VERSION create, by
the SHA-256 of its table and SQL text. A fresh vault and every saved older vault migrated
forward hold exactly these (tests/test_attack_s8_vault.py), so one query tells.

Only a vault at EXPECTED_VERSION is compared: a newer migration without a new list here must
not make every vault read-only (the test above fails instead, with the list to paste)."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .store.db import Database

EXPECTED_VERSION = 22
_PLAIN = re.compile(r"[a-z0-9_]{1,64}")
_KINDS = {"table": "tabel", "index": "index", "trigger": "trigger", "view": "view"}


def digests(db: Any) -> dict[str, str]:
    """'type name' → SHA-256 (32 hex) of table name and SQL, for every schema object."""
    rows = db.query(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'"
    )
    return {
        f"{r[0]} {r[1]}": hashlib.sha256(f"{r[2]}\0{r[3]}".encode()).hexdigest()[:32] for r in rows
    }


def problems(db: Any) -> list[str]:
    """Dutch lines, one per object that differs from the migrations' (none: [])."""
    # A vault file only: a team server (store/pg.py's PgDatabase, a Database subclass) has its
    # own schema and its own check of lifted guards.
    if type(db) is not Database or db.user_version != EXPECTED_VERSION:
        return []
    found = digests(db)
    out = []
    for key in sorted(found.keys() | EXPECTED.keys()):
        if found.get(key) == EXPECTED.get(key):
            continue
        kind, _, name = key.partition(" ")
        what = (
            f"{_KINDS.get(kind, 'onderdeel')} '{name}'"
            if _PLAIN.fullmatch(name)
            else (f"een {_KINDS.get(kind, 'onderdeel')} met een vreemde naam")
        )
        if key not in EXPECTED:
            change = "is buiten het programma om toegevoegd"
        elif key not in found:
            change = "is buiten het programma om verwijderd"
        else:
            change = "is buiten het programma om gewijzigd"
        out.append(
            f"schema: {what} {change}; wat de kluis doet, is niet meer wat het programma doet."
        )
    return out


EXPECTED: dict[str, str] = {
    "index consent_items_cover": "a24f7cfd164b1a4aebae71af6e9fdf98",
    "index consent_requests_youth": "3731eb15367aa975fb41da7b63a9cf4f",
    "index decisions_item": "804c6ca4f4499a13d20855e99138608c",
    "index disclosures_item": "7122f45228b5970b5f1db6e6afc4697a",
    "index disclosures_youth": "cc5f035c066578a05d38a4c45dea0daf",
    "index evidence_links_request": "245a902b99d4a6abf6cca9ca5081e044",
    "index evidence_links_youth": "ad7f34903ee75c3ae89d8490aac0fc33",
    "index item_actions_item": "298e03f3e4fe1ddff8aac9ab48bd3d61",
    "index item_state_item": "3432aeff0440ae75bed1f9b3cc221fa1",
    "index item_state_valid_until": "1424ed041bc54b92557e36c5937e05e4",
    "index mail_inbox_waiting": "51f84232a045119c3c2537a74584daba",
    "index objections_about": "baaba45660a9c12f2ec810341e287a55",
    "index remote_messages_message_id": "af9cfe46bbe3edd23c1f3ffe4edb2307",
    "index remote_messages_request": "36140b5ac649d936f1c91121729b2ebf",
    "index representatives_youth": "6042bb14ce9798e85109dadbe543c3de",
    "index signing_sessions_youth": "07bc81ebc297d2ad5d6802d7d7a3a71f",
    "index withdrawal_notifications_withdrawal": "32e88d4e7baa5c261e10c4a6869026ea",
    "index withdrawals_item": "d4d0213f3e82c0e12df4a9a74ff3fefc",
    "index withdrawals_withdrawn_at": "ff457c657622ca9c4ff4e31f99559dee",
    "index youth_qualification_withdrawals_youth": "02036fa6a66a16b7c7d5113bdae23d01",
    "index youth_qualifications_youth": "5959ae73a324477e8cc27d912a976ca3",
    "index youths_birth_date": "1fabb8f4e5205c43f3c95a6f348d8db4",
    "index youths_by_family": "c44b8152d754f29867434471103f0757",
    "index youths_by_given": "2f03bff220a677526f675109661dec08",
    "index youths_by_school": "521511209f36f41e62e81913ca1dbbf2",
    "index youths_external_ref": "ffdf6f158f3f50bf8e3e7031fde6bb62",
    "table assessments": "fa1c56ed2b9c93af3406811c022291c8",
    "table catalog_texts": "bc620f4bbf7588d13a2d0381c6c9cbf6",
    "table checkpoint_timestamps": "0da9da8f70c1ac39860bc003bc92b5a3",
    "table checkpoints": "eb6534e32d5e8a8b38a4a642b6651bca",
    "table consent_items": "28fdf147f89d7f90aba268a77807dd31",
    "table consent_requests": "30a25ef8104be323e382ecd905c3cf45",
    "table data_categories": "af9552ba7808d943557197268c482e0b",
    "table decisions": "e290e32616cec6ab2d37d6dedb63bf3a",
    "table disclosure_categories": "18814e342d2fb642e344764dbc200db8",
    "table disclosure_overrides": "15c9b89120c804af02f612a4c2b86b2d",
    "table disclosures": "314226877fc17f83937d65cc09e81f12",
    "table erasures": "05f98355ab3729b8920f9c04e41782ce",
    "table event_salts": "2389aa0c5c61723889a322203f19d336",
    "table event_subjects": "95c30aea0faaf8f3895ba629b0a882da",
    "table events": "157650218e64debc6331b20d3c69b30e",
    "table evidence": "7a35ee0b84135ec9af1ba91285411568",
    "table evidence_links": "e4cc7d09912239e3caa1776b6c0df3e1",
    "table item_actions": "bac541912cbfffb0ee035dac91583a7d",
    "table item_categories": "622822a8f7db0575d14487c304b11eeb",
    "table item_state": "00770e083411b888b67c5b285ff37a96",
    "table item_texts": "4f0b92475ba8ba9e385b88e0086e15df",
    "table legal_duties": "4d3aae304493ad88505ae07c67799a3d",
    "table mail_inbox": "39525642ed8e4919af3d719eb72a2fae",
    "table meta": "56afac831afe1ea59d5e376aada1d6bb",
    "table objections": "b007a381614f8c2cb52f8da60c0bbb87",
    "table purpose_versions": "1feae27a4785bc1bd3968e4dd12bd4fd",
    "table purposes": "7a51700f1274cf7b30e1d7c65fac7ae7",
    "table recipients": "4612a1ad508cb6aa82883af3921f2a55",
    "table remote_expiries": "4245d45a490c85ce1eef9cc0a1c43d27",
    "table remote_messages": "d108309f14209a8d49c3af60317b945f",
    "table representatives": "a122f116c677ed268df19e73afab110b",
    "table signing_sessions": "6c7d3a8a5dcf975f331565af7b2c7083",
    "table transition_forms": "f531e08f4a4eaeb9fcc799a4484e098b",
    "table withdrawal_notifications": "7e2ab90a1037fe89279bbabe9f1fdafc",
    "table withdrawals": "7b900202ed77aa1167febf1bad8d8f2a",
    "table workers": "5290f58701f6e92646bacc2effbfc65f",
    "table youth_qualification_withdrawals": "702b4fc99b18562a1f0232f0737f73c3",
    "table youth_qualifications": "14ebfb4df4f08e73b14b64ad4c1d1e10",
    "table youths": "8f52d2fe68aa513925273d5d0f2e5307",
    "trigger assessments_no_delete": "3475622e9ec0f693c2049a4a6badb8aa",
    "trigger assessments_only_erase": "7114786a525c83955bf3c9e108fd8908",
    "trigger assessments_scope_fixed": "3465ddd7127c149dbd6d62e7cfbccba2",
    "trigger checkpoint_timestamps_no_delete": "6efc2245c4a73c427d9bfbcb75d89b3b",
    "trigger checkpoint_timestamps_no_update": "b433b8e57e127cf886b88babfc432f83",
    "trigger checkpoints_no_delete": "1daa9ac4f884ede4ebab905c41d1ea02",
    "trigger checkpoints_no_update": "84901c4230ca161a161656b6772ad3e0",
    "trigger consent_items_no_delete": "6046b0e13610c4846e8691ccd625a2c6",
    "trigger consent_items_no_update": "f9b8a7aad31e18b2495a824034a71a66",
    "trigger consent_requests_no_delete": "27e060cde9b4c23d3a619ce21a5ca996",
    "trigger consent_requests_no_update": "40a1e3765d8b557480a611a7387c0404",
    "trigger decisions_no_delete": "feb179db4a0bf7b5bddda3cef14734bb",
    "trigger decisions_no_update": "8611023f60b2060b87570b04aa1b4230",
    "trigger disclosure_categories_no_delete": "4627bb27cd1fd6b79f2190a37d4d5bba",
    "trigger disclosure_categories_no_update": "8803eb4ee9d83c63af6ddf2447309fc6",
    "trigger disclosure_overrides_no_delete": "3b23e86afdf15addedffd546016bbf52",
    "trigger disclosure_overrides_only_erase": "1fc37dc9c1db946053505a2e386c88bb",
    "trigger disclosures_no_delete": "70bf008e97d36d30a507e633523e1776",
    "trigger disclosures_only_erase": "445c4ef9bf247b9287182e27edf8799d",
    "trigger erasures_no_delete": "5943ad3f70c3fb8c7d457c13f6b4b1eb",
    "trigger erasures_no_update": "8694e147c3a6c2df867686af76c15d13",
    "trigger event_salts_no_update": "ffa8c4121f955ed0886e3e7e862067f3",
    "trigger event_subjects_no_delete": "92813d9113c8ec541412b1457f6892a4",
    "trigger event_subjects_no_update": "4cc78a4d8a498d117d00732364e98b4b",
    "trigger events_no_delete": "8e625ae898b19c045a0b42f59019d442",
    "trigger events_no_update": "16f341d91aaa018d3f4daf1f6fc0e6d4",
    "trigger evidence_links_no_delete": "b83a4137eb0d11472b8701b8d444475c",
    "trigger evidence_links_no_update": "74f7d3e4fe89ade6e3a409dd323bf31f",
    "trigger evidence_only_erase": "bf686f385ecd2883df1543f0eecc8d72",
    "trigger item_actions_no_delete": "5a7eccff97e337513f15fbca284f9331",
    "trigger item_actions_only_erase": "c76a2c763e28c414fc0faf8e43943618",
    "trigger item_categories_no_delete": "b39f47440d7fd4038ad79afbcd023209",
    "trigger item_categories_no_update": "eee48bd18c8a0881595ad370be9a4a92",
    "trigger item_texts_no_delete": "512794c47291b7e5b99e895e1fc0e303",
    "trigger item_texts_no_update": "f6fb8abbcc84340d4d76e248a8e6d09a",
    "trigger legal_duties_no_delete": "f5e049fee31fca067d225ee72a1aadf4",
    "trigger legal_duties_no_update": "f30b4893d51f81cd20081a2aa46bb8a1",
    "trigger objections_no_delete": "539803cbbf6ea7cddd0267fcda6db6b0",
    "trigger objections_no_update": "621cb1b65bba0e78f78966fd26fab589",
    "trigger purpose_versions_no_delete": "b0b7f867ea76742fb73c86ee4a52b6bf",
    "trigger purpose_versions_no_update": "de539baa4309bebccd3f44dfa86d8210",
    "trigger remote_expiries_no_delete": "1fe4a76b7feb81ecaf44ee4448abe922",
    "trigger remote_expiries_no_update": "ed3d56560671c8e4e62c731bbb0fb410",
    "trigger remote_messages_no_delete": "e7d5e24e6722301fcd8cde5891d78c48",
    "trigger remote_messages_no_update": "4d8aaa62feaac132d61896b4d8097ae8",
    "trigger signing_sessions_no_update": "238f57061b111a5e44dfae2d5404b982",
    "trigger transition_forms_no_update": "1d98ff841ce00f8fee827ecae4e0399a",
    "trigger withdrawal_notifications_no_delete": "c1331c67c6a8f388ff8bf9b2ed3cc7bf",
    "trigger withdrawal_notifications_no_update": "501372b69790bf0485b562d0f97a958e",
    "trigger withdrawals_no_delete": "b9f326fbcbdc804861dd5eb2261a9245",
    "trigger withdrawals_no_update": "81f9524e2a2bd8b0f7dde62ab3f7f381",
    "trigger youth_qualification_withdrawals_no_delete": "66dcf0c821f609f7d08ad6106a0858cf",
    "trigger youth_qualification_withdrawals_only_erase": "467106505202aeebdbcda50070ab3fb9",
    "trigger youth_qualifications_no_delete": "edb156a334f47ed830ffc67e9613f26b",
    "trigger youth_qualifications_no_update": "d669d642f9dc47d266cc79d3af4a097c",
    "trigger youths_erased_stay_erased": "0e9e21b2759a0c18d295046bffd9d1b7",
}
