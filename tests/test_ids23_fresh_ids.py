"""A number the audit log used for a row is never given to another (session 17, ids23).

SQLite gives a new row the highest id + 1. A merge of double records deletes a youth and the
representatives that were doubles, an erasure deletes the youth's transition forms: when the
deleted row was the newest, the next one got its number, the log spoke of two rows under one
id, and erasing the newcomer deleted the salts of the other's events (retention selects salts
by `data.youth`). Now a vault takes these ids above a mark kept in meta (store/fresh_ids.py);
a vault from before derives the mark from its log; `check` names a number an older version
gave twice (without calling the vault broken: it is history, not tampering)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from forms_scenario import transition_data
from test_attack_s11_settings import check

from toestemming.model import RepresentativeRole
from toestemming.service import Service
from toestemming.store import fresh_ids


def _added_seq(service: Service, kind: str, key: str, value: int) -> int:
    for seq, body in service.vault.db.query(
        "SELECT seq, body FROM events WHERE kind = ? ORDER BY seq", (kind,)
    ):
        if json.loads(bytes(body))["data"][key] == value:
            return int(seq)
    raise AssertionError(f"no {kind} for {value}")


def _forget_marks(service: Service) -> None:
    """The vault as an older version left it: no marks in meta."""
    db = service.vault.db
    with db.transaction():
        db.execute("DELETE FROM meta WHERE key LIKE 'highest_id.%'")


def test_erasing_a_newcomer_keeps_the_history_of_the_parent_a_merge_moved(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """The worker merges two records of Daan (the newest holds his mother), registers the next
    youth and later erases that newcomer on request: the mother's registration stays
    checkable (its salt was deleted with the newcomer's when both had one number)."""
    kept = make_youth(16, email="").youth
    removed = make_youth(16, parents=1, email="dubbel@example.nl")
    mother = removed.parents[0]
    service.duplicates.merge(kept.id, removed.youth.id)
    newcomer = make_youth(15).youth
    assert newcomer.id > removed.youth.id
    service.retention.erase(newcomer.id, "request")
    seq = _added_seq(service, "representative.added", "representative", mother.id)
    salt = service.vault.db.scalar("SELECT 1 FROM event_salts WHERE seq = ?", (seq,))
    assert salt is not None, "the moved mother's registration lost its salt"
    assert service.people.representative(mother.id).youth_id == kept.id
    report = service.replay(texts=True)
    assert report.ok, report.lines()


def merged_with_a_double_father(
    service: Service, make_youth: Callable[..., Any]
) -> tuple[Any, ...]:
    """Both records of one youth name his father; the merge deletes the second record (the
    newest youth) and its father (the newest representative). (kept, removed, double)"""
    kept = make_youth(15, email="").youth
    removed = make_youth(15, email="sem@example.nl").youth
    service.people.add_representative(kept.id, "Karel Bos", RepresentativeRole.PARENT, True)
    double = service.people.add_representative(
        removed.id, "Karel Bos", RepresentativeRole.PARENT, True
    )
    service.duplicates.merge(kept.id, removed.id)
    return kept, removed, double


def test_a_representative_removed_as_a_double_keeps_its_number(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """Both records of Sem name his father; the merge deletes the second (the newest
    representative). The next representative registered gets a number of its own."""
    _kept, removed, double = merged_with_a_double_father(service, make_youth)
    assert not service.vault.db.scalar(
        "SELECT 1 FROM representatives WHERE id = ?", (double.id,)
    ), "the double was not deleted: the test no longer shows the gap"
    other = make_youth(16).youth
    assert other.id > removed.id
    guardian = service.people.add_representative(
        other.id, "Voogd Jeugdbescherming", RepresentativeRole.GUARDIAN, True
    )
    assert guardian.id > double.id
    assert service.replay(texts=True).ok


def test_a_transition_form_erased_with_its_youth_keeps_its_number(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """Lotte's form was the newest; she is erased on request (her forms are deleted). The
    next form saved, for Marek, does not take her form's number."""
    lotte = make_youth(17).youth
    marek = make_youth(17).youth
    form = service.forms.save_transition_form(lotte.id, transition_data(None))
    service.retention.erase(lotte.id, "request")
    assert service.forms.transition_form(lotte.id) is None
    saved = service.forms.save_transition_form(marek.id, transition_data(None))
    assert saved.id > form.id
    assert service.replay(texts=True).ok


def test_a_vault_from_before_takes_its_mark_from_the_log(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """A vault where the merge ran under an older version has no mark in meta: the log's
    youth.added and youth.merged events give it."""
    kept = make_youth(16, email="").youth
    removed = make_youth(16, parents=1, email="dubbel@example.nl")
    service.duplicates.merge(kept.id, removed.youth.id)
    _forget_marks(service)
    newcomer = make_youth(15).youth
    assert newcomer.id > removed.youth.id
    guardian = service.people.add_representative(
        newcomer.id, "Voogd", RepresentativeRole.GUARDIAN, True
    )
    assert guardian.id > removed.parents[0].id
    mark = service.vault.db.scalar("SELECT value FROM meta WHERE key = 'highest_id.youths'")
    assert mark == str(newcomer.id)


def _check(service: Service, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> tuple[int, str]:
    return check(service, service.vault.path, monkeypatch, capsys)


def test_check_names_a_number_an_older_version_gave_twice(
    service: Service,
    make_youth: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    """The vault is what the old version made of a merge followed by a new youth and a new
    representative: `check` names both numbers (a notice: history, not tampering)."""
    kept = make_youth(16, email="").youth
    removed = make_youth(16, parents=1, email="dubbel@example.nl")
    service.duplicates.merge(kept.id, removed.youth.id)
    service.people.add_representative(kept.id, "Ouder Bos", RepresentativeRole.PARENT, True)
    with monkeypatch.context() as old_version:  # SQLite's own choice: the highest id + 1
        old_version.setattr(fresh_ids, "_mark", lambda db, table: 0)
        _forget_marks(service)
        kept_rep_ids = [p.id for p in service.people.representatives(kept.id)]
        doubled = service.people.add_youth(
            given_name="Nieuw", family_name="Kind", birth_date="2011-03-04"
        )
    assert doubled.id == removed.youth.id  # the old behaviour, reproduced
    assert kept_rep_ids  # (the moved mother and Ouder Bos)
    code, text = _check(service, monkeypatch, capsys)
    line = f"nr. {doubled.id} (jongere) is twee keer uitgegeven"
    assert line in text, text
    assert "Let op:" in text
    assert "(vertegenwoordiger)" not in text  # no representative number was given twice
    assert code == 0, text


def test_check_says_nothing_about_numbers_in_a_vault_that_never_gave_one_twice(
    service: Service,
    make_youth: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    kept = make_youth(16, email="").youth
    removed = make_youth(16, parents=1, email="dubbel@example.nl")
    service.duplicates.merge(kept.id, removed.youth.id)
    make_youth(15, parents=2)
    code, text = _check(service, monkeypatch, capsys)
    assert "twee keer uitgegeven" not in text, text
    assert code == 0, text
