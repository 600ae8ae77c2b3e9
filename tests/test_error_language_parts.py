"""Issue 21: no Dutch clause inside an English error. Every part of a worker's error that used
to be finished Dutch text (who decides and why, why nobody can, why a vault is read-only, what
the log head check found, a refused zip's name and reason, a language's name) is a catalog
phrase now: the English desk reads English throughout, and the Dutch text is exactly what it
was before (the expected Dutch below is copied from the code before the change).

Raised through the real code paths: a real vault, a new worker at the desk who tries what the
rules do not allow, an insider who deletes the newest log rows, a crafted zip."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlcipher3
from conftest import PASSPHRASE
from records_support import populate
from zip_craft import build, stored

from toestemming.backup_file import BACKUP, BACKUP_LIMITS, restore_backup
from toestemming.errors import RuleViolation, ToestemmingError, ValidationError, VaultError
from toestemming.model import (
    AdultProtection,
    ParentPolicy,
    Policy,
    Representative,
    RepresentativeRole,
    SignerRef,
    Youth,
)
from toestemming.rules import who_must_decide
from toestemming.safezip import PROOF_LIMITS, PROOF_PACKAGE, SafeZip, ZipRefused
from toestemming.service import Service
from toestemming.share_rule import TextDrift
from toestemming.store.header import read_header
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.text_drift import drift_warning_phrases, drift_warnings

# Words that give a Dutch sentence away (word-wise, so "made" or "the" do not count).
TELLTALE = ("niet", "de", "het", "kluis", "jongere", "onderdeel", "toestemming", "geen", "wordt")


def dutch_words(text: str) -> list[str]:
    return [w for w in TELLTALE if re.search(rf"(?<![\w-]){w}(?![\w-])", text.lower())]


def assert_languages(exc: ToestemmingError, dutch: str) -> str:
    """The Dutch text is exactly `dutch`; the English one has no Dutch in it. Returns English."""
    assert exc.message == dutch
    assert exc.text_in("nl") == dutch
    english = exc.text_in("en")
    assert dutch_words(english) == [], english
    assert english != dutch
    return english


def work_at_uwv(catalog: SimpleNamespace) -> ItemSpec:
    """One item: contact data to UWV for help finding work."""
    return ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))


# -- who decides and why (rules.py) --------------------------------------------------------------

BLOCKED_NO_GEZAG = (
    "Er is geen ouder met gezag of voogd vastgelegd. Leg eerst vast wie het gezag heeft."
)
UNDER_16_ONE = (
    "De jongere is 10 jaar (jonger dan 16): de ouder met gezag of de voogd beslist. De jongere "
    "wordt wel geïnformeerd en naar zijn of haar mening gevraagd."
)


def test_a_request_for_a_child_without_gezag_is_refused_in_english(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    child = make_youth(10)
    spec = work_at_uwv(catalog)
    with pytest.raises(RuleViolation) as caught:
        service.consents.create_request(child.youth.id, [spec])
    english = assert_languages(caught.value, BLOCKED_NO_GEZAG)
    assert "parental authority" in english


def test_the_wrong_signer_hears_who_decides_in_english(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    # A hurried worker records the child's own "yes" where the parent decides.
    child = make_youth(10, parents=1)
    spec = work_at_uwv(catalog)
    request = service.consents.create_request(child.youth.id, [spec])
    with pytest.raises(RuleViolation) as caught:
        service.consents.record_decisions(
            request.id, SignerRef.youth(child.youth.id), {request.items[0].id: "yes"}, "paper"
        )
    english = assert_languages(
        caught.value, "Deze persoon beslist niet over dit verzoek. " + UNDER_16_ONE
    )
    assert "under 16" in english


# Every explanation and reason the rules give, before the change (Dutch).
MAIN_TEXTS = {
    "De geboortedatum ligt na deze datum.",
    BLOCKED_NO_GEZAG,
    UNDER_16_ONE,
    "De jongere is 10 jaar (jonger dan 16): beide ouders met gezag beslissen (beleid: allebei). "
    "De jongere wordt wel geïnformeerd en naar zijn of haar mening gevraagd.",
    "De jongere is 10 jaar (jonger dan 16): één van de ouders met gezag beslist (beleid: één "
    "ouder is genoeg). De jongere wordt wel geïnformeerd en naar zijn of haar mening gevraagd.",
    "De jongere is 10 jaar: de ouders met gezag of de voogd beslissen.",
    "De jongere is 14 jaar (jonger dan 16): de ouder met gezag of de voogd beslist. De jongere "
    "wordt wel geïnformeerd en naar zijn of haar mening gevraagd.",
    "De jongere is 14 jaar (jonger dan 16): beide ouders met gezag beslissen (beleid: allebei). "
    "De jongere wordt wel geïnformeerd en naar zijn of haar mening gevraagd.",
    "De jongere is 14 jaar (jonger dan 16): één van de ouders met gezag beslist (beleid: één "
    "ouder is genoeg). De jongere wordt wel geïnformeerd en naar zijn of haar mening gevraagd.",
    "De jongere is 14 jaar. Beleid 12–15 jaar: de jongere beslist samen met de ouders met gezag "
    "of de voogd; allebei moeten ja zeggen.",
    "De jongere is 14 jaar: de ouders met gezag of de voogd beslissen.",
    "De jongere is 17 jaar en beslist zelf. Ouders beslissen niet meer mee.",
    "De jongere is 26 jaar en beslist zelf. Ouders beslissen niet meer mee.",
    "De jongere is 26 jaar en staat onder curatele: de curator beslist namens de jongere.",
    "De jongere is 26 jaar en staat onder mentorschap: de mentor beslist namens de jongere.",
    "Er is geen curator vastgelegd. Voeg eerst de curator toe.",
    "Er is geen mentor vastgelegd. Voeg eerst de mentor toe.",
}


def test_every_rule_explanation_reads_as_before_in_dutch_and_as_english_in_english() -> None:
    day = date(2026, 6, 1)
    parent = Representative(1, 1, "A", RepresentativeRole.PARENT, True)
    other = Representative(2, 1, "B", RepresentativeRole.PARENT, True)
    curator = Representative(3, 1, "C", RepresentativeRole.CURATOR, False)
    mentor = Representative(4, 1, "D", RepresentativeRole.MENTOR, False)
    dutch: set[str] = set()
    english: set[str] = set()
    for born, protection, reps, parents, co in itertools.product(
        (date(2027, 1, 1), date(2016, 1, 1), date(2012, 1, 1), date(2009, 1, 1), date(2000, 1, 1)),
        AdultProtection,
        ((), (parent,), (parent, other), (curator,), (mentor,)),
        ParentPolicy,
        (False, True),
    ):
        youth = Youth(1, "x", "y", born, protection=protection)
        req = who_must_decide(youth, reps, Policy(parents, co), day)
        for phrase in (req.why, req.blocked):
            if phrase is not None and phrase.text_in("nl"):
                dutch.add(phrase.text_in("nl"))
                english.add(phrase.text_in("en"))
        assert req.explanation == (req.why.text_in("nl") if req.why else "")
    assert dutch == MAIN_TEXTS
    assert len(english) == len(MAIN_TEXTS)  # no two situations read the same in English
    for text in english:
        assert dutch_words(text) == [], text


# -- why a vault is read-only ------------------------------------------------------------------


def test_a_write_in_a_vault_opened_to_check_is_refused_in_english(
    service: Service, vault_path: Path
) -> None:
    service.close()
    svc = Service.open(vault_path, PASSPHRASE, check_only=True)
    try:
        with pytest.raises(VaultError) as caught:
            svc.people.add_youth(given_name="Nieuw", family_name="Mens", birth_date="01-01-2010")
    finally:
        svc.close()
    assert_languages(
        caught.value, "De kluis is alleen geopend om te controleren; er wordt niets gewijzigd."
    )


def test_a_write_in_a_vault_opened_read_only_beside_a_writer_is_refused_in_english(
    service: Service, vault_path: Path
) -> None:
    # The colleague's desk (`service`) holds the vault; this one opens it to look only.
    svc = Service.open(vault_path, PASSPHRASE, read_only=True)
    try:
        with pytest.raises(VaultError) as caught:
            svc.people.add_youth(given_name="Nieuw", family_name="Mens", birth_date="01-01-2010")
    finally:
        svc.close()
    english = assert_languages(
        caught.value,
        "De kluis is alleen-lezen geopend, omdat zij op een andere plek al geopend is: er is "
        "niets gewijzigd. Sluit de kluis op de andere plek en open haar hier opnieuw om te "
        "wijzigen.",
    )
    assert "read-only" in english


# -- what the log head check found -------------------------------------------------------------


def test_a_vault_that_lost_its_newest_events_says_so_in_english(
    service: Service, vault_path: Path
) -> None:
    populate(service)
    key = service.vault.current_data_key()
    service.close()
    head = read_header(vault_path).log_head
    assert head is not None
    # An insider with the data key deletes the newest three events (plain sqlcipher3).
    conn = sqlcipher3.connect(str(vault_path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_page_size = 16384")
        conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
        conn.execute("DROP TRIGGER events_no_delete")
        conn.execute("DELETE FROM events WHERE seq > ?", (head.size - 3,))
        conn.execute("DROP TRIGGER checkpoints_no_delete")
        conn.execute("DELETE FROM checkpoints WHERE tree_size > ?", (head.size - 3,))
    finally:
        conn.close()
    svc = Service.open(vault_path, PASSPHRASE)
    try:
        assert svc.read_only
        with pytest.raises(VaultError) as caught:
            svc.people.add_youth(given_name="Nieuw", family_name="Mens", birth_date="01-01-2010")
        problems = svc.log_head_problems
    finally:
        svc.close()
    at = caught.value.message.split("vastgelegd op ")[1].split(")")[0]
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", at)
    dutch = (
        "Het logboek is korter dan de kluis zelf heeft vastgelegd: de laatste 3 "
        f"gebeurtenis(sen) (tot nummer {head.size}, vastgelegd op {at}) ontbreken. Er is "
        "opgeslagen werk verloren gegaan, bijvoorbeeld doordat het logbestand (-wal) is "
        "verwijderd of een oudere kopie van het kluisbestand is teruggezet. Zet de laatste "
        "reservekopie terug op een nieuwe plek, of laat de beheerder uitzoeken wat er met het "
        "bestand is gebeurd. Deze kluis blijft onaangeroerd."
    )
    assert problems == [dutch]  # the check's report (Dutch) is what it was
    english = assert_languages(caught.value, dutch)
    assert f"up to number {head.size}" in english and at in english


# -- a refused zip's name and reason -----------------------------------------------------------


def test_a_backup_with_a_member_twice_is_refused_in_english(
    service: Service, tmp_path: Path
) -> None:
    forged = tmp_path / "reservekopie.zip"
    forged.write_bytes(build([stored("a.txt", b"echt"), stored("a.txt", b"vals")]))
    with pytest.raises(ZipRefused) as direct:
        SafeZip.open(forged, BACKUP_LIMITS, BACKUP)
    reason = (
        "De reservekopie wordt geweigerd: de naam 'a.txt' komt meer dan één keer voor; één van "
        "beide kan vervalst zijn."
    )
    english = assert_languages(direct.value, reason)
    assert english.startswith("The backup is refused: the name 'a.txt' occurs more than once")
    # Through the restore a worker starts: the same reason inside the restore's own advice.
    with pytest.raises(ZipRefused) as restored:
        restore_backup(forged, tmp_path / "nieuw.tvault", PASSPHRASE)
    assert_languages(
        restored.value, reason + " Er is niets teruggezet; kies een andere reservekopie."
    )
    assert not (tmp_path / "nieuw.tvault").exists()


def test_a_proof_package_with_bytes_after_it_is_refused_in_english(tmp_path: Path) -> None:
    package = tmp_path / "bewijs.zip"
    package.write_bytes(build([stored("manifest.json", b"{}")]) + b"achteraan geplakt")
    with pytest.raises(ZipRefused) as caught:
        SafeZip.open(package, PROOF_LIMITS, PROOF_PACKAGE)
    english = assert_languages(
        caught.value,
        "Het bewijspakket wordt geweigerd: er staat tekst of iets anders achter de "
        "inhoudsopgave (een opmerking of een tweede bestand) die niet bij het pakket hoort.",
    )
    assert english.startswith("The proof package is refused")


def test_a_member_with_an_odd_name_is_named_in_english(tmp_path: Path) -> None:
    package = tmp_path / "bewijs.zip"
    package.write_bytes(build([stored("manifest.json", b"{}")]))
    with SafeZip.open(package, PROOF_LIMITS, PROOF_PACKAGE) as z, pytest.raises(ZipRefused) as c:
        z.read("weg\u202etxt.exe")
    english = assert_languages(
        c.value,
        "Het bewijspakket is beschadigd of gewijzigd: een bestand met een vreemde naam ontbreekt.",
    )
    assert "unusual name" in english


# -- a language's name -------------------------------------------------------------------------


def test_a_request_in_a_language_without_purpose_texts_names_the_language_in_english(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    adult = make_youth(19)
    spec = work_at_uwv(catalog)
    with pytest.raises(ValidationError) as caught:
        service.consents.create_request(adult.youth.id, [spec], language="ar")
    assert caught.value.message == (
        "Het doel 'Begeleiding naar werk' heeft nog geen tekst in het Arabisch. Voeg die toe "
        "(Beheer → Instellingen → Doelen → Nieuwe versie, taal Arabisch) of maak het verzoek in "
        "een andere taal."
    )
    english = caught.value.text_in("en")
    assert "in Arabic" in english and "Arabisch" not in english


# -- "Mag ik delen?" and an item's status (then: the refusal that quotes it) -------------------


def test_the_sharing_answer_and_its_refusal_read_english_at_an_english_desk(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    adult = make_youth(19).youth
    spec = work_at_uwv(catalog)
    request = service.consents.create_request(adult.id, [spec])
    code = request.reference_code
    ask = service.sharing.may_share

    nobody = ask(adult.id, catalog.gemeente.id, catalog.werk.id, [catalog.contact.id])
    assert nobody.reason == "Er is geen toestemming gevraagd voor deze ontvanger en dit doel."
    assert dutch_words(nobody.reason_in("en")) == []

    waiting = ask(adult.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id])
    dutch = (
        f"Geen geldige toestemming. {code} onderdeel 1: Nog niet iedereen die moet beslissen "
        "heeft gereageerd."
    )
    assert waiting.reason == dutch and waiting.reason_in("nl") == dutch
    english = waiting.reason_in("en")
    assert dutch_words(english) == [] and f"{code} part 1" in english
    # A hurried worker shares anyway: the refusal quotes the answer in the same language.
    with pytest.raises(RuleViolation) as caught:
        service.sharing.record_disclosure(
            adult.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
        )
    assert_languages(
        caught.value,
        dutch + " Kies een andere grondslag en leg de afweging vast, of deel niet.",
    )

    service.consents.record_decisions(
        request.id, SignerRef.youth(adult.id), {request.items[0].id: "yes"}, "paper"
    )
    covered = ask(adult.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id])
    until = f"{request.valid_until:%d-%m-%Y}"
    assert covered.allowed
    assert covered.reason == (
        f"Gedekt door toestemming {code}, onderdeel 1, geldig tot en met {until}."
    )
    assert covered.reason_in("en") == f"Covered by consent {code}, part 1, valid up to and " + (
        f"including {until}."
    )

    wider = ask(adult.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id, catalog.school.id])
    assert wider.reason == (
        "De toestemming dekt niet alle gekozen gegevens. Niet gedekt: Schoolgegevens."
    )
    assert dutch_words(wider.reason_in("en")) == []
    status = service.consents.items_for_youth(adult.id)[0].status
    assert status.reason == "Alle benodigde personen hebben ja gezegd."
    assert status.reason_in("en") == "Everyone who has to decide has said yes."


# -- what the audit log check found ------------------------------------------------------------


def test_a_row_slipped_in_before_the_log_is_reported_in_english(service: Service) -> None:
    db = service.vault.db
    with db.transaction():  # an insider's row before event 1
        db.execute(
            "INSERT INTO events (seq, at, actor, kind, body, hash) "
            "SELECT 0, at, actor, kind, body, hash FROM events WHERE seq = 1"
        )
    report = service.verify_audit()
    assert not report.ok and report.why is not None
    assert report.problem == "Er staat een gebeurtenis vóór het begin van het logboek."
    english = report.why.text_in("en")
    assert english == "There is an event before the start of the log."
    assert dutch_words(english) == []


def test_the_older_text_warnings_read_as_before_in_dutch_and_english_in_english() -> None:
    drift = TextDrift(1, 2, "oud", "nieuw", "[-oud-] {+nieuw+}", material=True)
    assert drift_warnings(drift) == (
        "Let op: de toestemming is gegeven op een oudere tekst van dit doel (versie 1); de tekst "
        "is nu versie 2. Verschil: [-oud-] {+nieuw+}",
        "De tekst is wezenlijk gewijzigd: vraag opnieuw toestemming (staat op de werklijst "
        "'opnieuw vragen').",
    )
    english = [p.text_in("en") for p in drift_warning_phrases(drift)]
    assert english[0].endswith("Difference: [-oud-] {+nieuw+}")
    # (The difference is the purpose text's own words: checked without them.)
    assert [dutch_words(t.split("Difference:")[0]) for t in english] == [[], []]


# -- what the file check found -----------------------------------------------------------------


def test_a_damaged_page_is_reported_in_english(service: Service, vault_path: Path) -> None:
    populate(service)
    service.close()
    page = 16384  # the vault's cipher page size
    pages = vault_path.stat().st_size // page
    with vault_path.open("r+b") as fh:  # damaged behind the app's back
        fh.seek((pages - 2) * page + 300)
        byte = fh.read(1)
        fh.seek((pages - 2) * page + 300)
        fh.write(bytes([byte[0] ^ 0x40]))
    svc = Service.open(vault_path, PASSPHRASE, check_only=True)
    try:
        found = svc.vault.db.file_problem_phrases()
        dutch = svc.vault.db.file_problems()
    finally:
        svc.close()
    assert found and dutch == [p.text_in("nl") for p in found]
    assert re.fullmatch(
        r"versleuteling: pagina \d+ is beschadigd of gewijzigd \(controlecode klopt niet\)",
        dutch[0],
    )
    english = found[0].text_in("en")
    assert english.startswith("encryption: page ") and dutch_words(english) == []


# -- a status named inside a sentence ------------------------------------------------------------


def test_a_closed_part_names_its_status_in_the_readers_words(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A worker acts on a part that was already withdrawn: the sentence names the status in
    Dutch ("ingetrokken"), in English in English — never the internal code in a Dutch sentence
    (it used to say "Dit onderdeel is al withdrawn.")."""
    youth = make_youth(17).youth
    request = service.consents.create_request(youth.id, [work_at_uwv(catalog)])
    item = request.items[0].id
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "desk")
    with pytest.raises(RuleViolation) as caught:
        service.consents.act_on_item(item, "revoke", "Dubbel vastgelegd.")
    english = assert_languages(caught.value, "Dit onderdeel is al ingetrokken.")
    assert english == "This part is already withdrawn."
    with pytest.raises(ToestemmingError) as again:
        service.consents.record_decisions(
            request.id, SignerRef.youth(youth.id), {item: "no"}, "desk"
        )
    assert "withdrawn" not in again.value.message and "ingetrokken" in again.value.message
