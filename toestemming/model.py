"""The domain's nouns (see shared/DOMAIN.md) as frozen dataclasses and enums.

Identifiers follow the GDPR's English terms; Dutch labels for display live beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .errors import Phrase
from .language import has_message
from .language import text as language_text


class ItemStatus(StrEnum):
    """One vocabulary for an item's state, modelled on W3C DPV / ISO/IEC TS 27560."""

    REQUESTED = "requested"
    GIVEN = "given"
    REFUSED = "refused"
    CONFLICTING = "conflicting"
    WITHDRAWN = "withdrawn"
    REVOKED = "revoked"
    EXPIRED = "expired"
    INVALIDATED = "invalidated"
    SUPERSEDED = "superseded"


STATUS_LABELS: dict[ItemStatus, str] = {
    ItemStatus.REQUESTED: "gevraagd",
    ItemStatus.GIVEN: "gegeven",
    ItemStatus.REFUSED: "geweigerd",
    ItemStatus.CONFLICTING: "tegenstrijdig",
    ItemStatus.WITHDRAWN: "ingetrokken",
    ItemStatus.REVOKED: "beëindigd door organisatie",
    ItemStatus.EXPIRED: "verlopen",
    ItemStatus.INVALIDATED: "ongeldig verklaard",
    ItemStatus.SUPERSEDED: "vervangen",
}


class Answer(StrEnum):
    YES = "yes"
    NO = "no"


class Channel(StrEnum):
    DESK = "desk"  # said at the desk or on the phone, recorded by the worker
    TABLET = "tablet"  # signing mode
    EMAIL = "email"
    APP = "app"
    PAPER = "paper"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.DESK: "aan de balie of telefonisch",  # (the desk offers both as one channel)
    Channel.TABLET: "ondertekend op tablet",
    Channel.EMAIL: "per e-mail",
    Channel.APP: "per app/sms",
    Channel.PAPER: "op papier",
}


# Where the moment of an answer by e-mail comes from when the message had no date of its own
# (the proof says so: the sender did not date it).
MOMENT_FROM_LABELS: dict[str, str] = {
    "server": "Het bericht had geen datum van de afzender; het tijdstip is de ontvangst door "
    "de mailserver.",
    "read": "Het bericht had geen datum van de afzender en van geen mailserver; het tijdstip "
    "is het ophalen of inlezen.",
    # The sender's Date lay long before our server received it (remote_replies.LATE_ARRIVAL):
    # only the receipt is more than the sender's word.
    "received": "De datum van de afzender lag ruim vóór de ontvangst door de mailserver; het "
    "tijdstip is die ontvangst.",
    # The sender's Date lay after our server received it (a clock set ahead): the receipt.
    "ahead": "De datum van de afzender lag ná de ontvangst door de mailserver; het tijdstip "
    "is die ontvangst.",
}


def channel_label(channel: Channel, language: str = "nl") -> str:
    """How the answer came in, for what a signer reads (language catalog)."""
    return language_text(language, f"channel-{channel.value}")


class RepresentativeRole(StrEnum):
    PARENT = "parent"  # ouder
    GUARDIAN = "guardian"  # voogd (always holds gezag)
    CURATOR = "curator"  # curator (18+, curatele)
    MENTOR = "mentor"  # mentor (18+, mentorschap)


ROLE_LABELS: dict[str, str] = {
    "youth": "jongere",
    RepresentativeRole.PARENT: "ouder",
    RepresentativeRole.GUARDIAN: "voogd",
    RepresentativeRole.CURATOR: "curator",
    RepresentativeRole.MENTOR: "mentor",
}


def role_phrase(dutch_label: str) -> Phrase:
    """A role the core already put in Dutch words (ROLE_LABELS: a reply's signer label) as a
    parameter of a worker message: "ouder" reads "parent" in English, not "ouder"."""
    role = next((key for key, label in ROLE_LABELS.items() if label == dutch_label), "")
    return Phrase(f"role-{role}", fallback=dutch_label)


def role_label(role: str, language: str = "nl") -> str:
    """The role in `language` (language catalog); "" for a role the catalog does not know."""
    message = f"role-{role}"
    return language_text(language, message) if has_message(language, message) else ""


class AdultProtection(StrEnum):
    NONE = "none"
    CURATELE = "curatele"
    MENTORSCHAP = "mentorschap"


class RecipientKind(StrEnum):
    EDUCATION = "onderwijs"
    CARE = "zorg"
    LABOUR = "arbeid"
    MUNICIPALITY = "gemeente"
    ATTENDANCE = "leerplicht_rmc"
    EMPLOYER = "werkgever"
    OTHER = "anders"


RECIPIENT_KIND_LABELS: dict[RecipientKind, str] = {
    RecipientKind.EDUCATION: "onderwijs",
    RecipientKind.CARE: "zorg",
    RecipientKind.LABOUR: "arbeid",
    RecipientKind.MUNICIPALITY: "gemeente",
    RecipientKind.ATTENDANCE: "leerplicht / RMC",
    RecipientKind.EMPLOYER: "werkgever",
    RecipientKind.OTHER: "anders",
}


class LegalRole(StrEnum):
    """A recipient's legal role (not its display kind): decides which lawful bases it may use."""

    PUBLIC_TASK = "public_task"  # a public body acting on its legal task (gemeente, UWV, RBL)
    PRIVATE = "private"  # a private organisation (employer, private care provider)


LEGAL_ROLE_LABELS: dict[LegalRole, str] = {
    LegalRole.PUBLIC_TASK: "overheidsorgaan met een wettelijke taak",
    LegalRole.PRIVATE: "private organisatie",
}

# Kinds that are public bodies unless the catalog says otherwise (a new recipient's default).
PUBLIC_KINDS = frozenset({"gemeente", "leerplicht_rmc"})


class OverrideGround(StrEnum):
    """The named legal grounds (stappenplan, stap 1) that may justify sharing after a "no"."""

    LEGAL_OBLIGATION = "legal_obligation"  # a law obliges us (e.g. a reporting duty)
    VITAL_INTEREST = "vital_interest"  # life or health in danger, no time to ask
    COURT_ORDER = "court_order"  # a judge ordered it (a legal obligation, named as such)


OVERRIDE_GROUND_LABELS: dict[OverrideGround, str] = {
    OverrideGround.LEGAL_OBLIGATION: "wettelijke verplichting",
    OverrideGround.VITAL_INTEREST: "vitaal belang",
    OverrideGround.COURT_ORDER: "rechterlijke uitspraak",
}


class Informed(StrEnum):
    """Who was told about a disclosure that no consent covered (or that nobody was, and why)."""

    YOUTH = "youth"
    PARENTS = "parents"  # parents/representatives: under 16, or under curatele/mentorschap
    # A minor and the parents both (seed 003 casus 7: before reporting a 16/17-year-old's
    # absence the school informs the parents too). Migration 19 lets the table hold it.
    YOUTH_AND_PARENTS = "youth_and_parents"
    NOT_INFORMED = "not_informed"


INFORMED_LABELS: dict[Informed, str] = {
    Informed.YOUTH: "de jongere is geïnformeerd",
    Informed.PARENTS: "de ouders/vertegenwoordigers zijn geïnformeerd",
    Informed.YOUTH_AND_PARENTS: "de jongere en de ouders zijn geïnformeerd",
    Informed.NOT_INFORMED: "niet geïnformeerd (reden vastgelegd)",
}


class LawfulBasis(StrEnum):
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTEREST = "vital_interest"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"


BASIS_LABELS: dict[LawfulBasis, str] = {
    LawfulBasis.CONSENT: "toestemming",
    LawfulBasis.CONTRACT: "overeenkomst",
    LawfulBasis.LEGAL_OBLIGATION: "wettelijke verplichting",
    LawfulBasis.VITAL_INTEREST: "vitaal belang",
    LawfulBasis.PUBLIC_TASK: "algemeen belang / publieke taak",
    LawfulBasis.LEGITIMATE_INTEREST: "gerechtvaardigd belang",
}


class DataLevel(StrEnum):
    DAT = "dat"  # buitenkantinformatie: *that* someone is known, since when, contact
    WAT = "wat"  # what the problem or support need is


class ParentPolicy(StrEnum):
    ALL_WITH_GEZAG = "all"  # conservative default: every parent with gezag must consent
    ONE_WITH_GEZAG = "one"


class ItemActionKind(StrEnum):
    REVOKE = "revoke"  # the organisation ends the consent (e.g. purpose ended)
    INVALIDATE = "invalidate"  # entered in error / voided
    SUPERSEDE = "supersede"  # replaced by a renewed consent
    EXPIRE = "expire"  # a remote request got no answer in time (requested → expired)


class SignerKind(StrEnum):
    YOUTH = "youth"
    REPRESENTATIVE = "representative"


@dataclass(frozen=True, slots=True)
class SignerRef:
    kind: SignerKind
    id: int

    @staticmethod
    def youth(youth_id: int) -> SignerRef:
        return SignerRef(SignerKind.YOUTH, youth_id)

    @staticmethod
    def representative(rep_id: int) -> SignerRef:
        return SignerRef(SignerKind.REPRESENTATIVE, rep_id)


@dataclass(frozen=True, slots=True)
class Policy:
    """Organisation policy; stored in the vault, editable in settings."""

    parent_policy: ParentPolicy = ParentPolicy.ALL_WITH_GEZAG
    co_decision_12_15: bool = False  # youth-care context: 12-15 decide together with parents
    default_validity_days: int = 365
    retention_years: int = 7
    autolock_seconds: int = 300
    # The organisation itself is a public body acting on its legal task (an RMC office, leerplicht,
    # a gemeente): then legitimate interest is never its basis (AVG art. 6(1), last sentence;
    # seed 002 hoofdstuk 1, grondslag 6), whoever receives the data.
    public_body: bool = False


@dataclass(frozen=True, slots=True)
class Worker:
    id: int
    name: str
    slot_id: str
    active: bool


# The personal values `youth.added` / `youth.updated` commit to (salted) in the log, in this
# order: the people use case writes the commitment, the replay checks the rows against it.
PERSONAL_YOUTH_FIELDS = (
    "given_name",
    "family_name",
    "birth_date",
    "school",
    "programme",
    "email",
    "phone",
)
# Since session 19 the commitment covers the student number too (a CSV import matches on it
# first); the event says so with YOUTH_REF_FLAG. Older events: the number is not compared.
YOUTH_REF = "external_ref"
YOUTH_REF_FLAG = "ref"


# A recipient's e-mail and phone (where a withdrawal notice or a form is sent), which
# `recipient.added` commits to (salted) since session 18, in this order.
RECIPIENT_CONTACT_FIELDS = ("email", "phone")


@dataclass(frozen=True, slots=True)
class Youth:
    id: int
    given_name: str
    family_name: str
    birth_date: date
    school: str = ""
    programme: str = ""
    email: str = ""
    phone: str = ""
    language: str = "nl"
    protection: AdultProtection = AdultProtection.NONE
    erased: bool = False
    external_ref: str = ""  # the school's Leerlingnummer/Stamnummer, "" when unknown

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True, slots=True)
class Representative:
    id: int
    youth_id: int
    name: str
    role: RepresentativeRole
    has_gezag: bool
    email: str = ""
    phone: str = ""
    language: str = "nl"


@dataclass(frozen=True, slots=True)
class Recipient:
    id: int
    name: str
    department: str
    kind: RecipientKind
    email: str = ""
    phone: str = ""
    convenant: bool = False
    active: bool = True
    legal_role: LegalRole = LegalRole.PRIVATE
    # Who the recipient is, in plain words per language (catalog_texts, latest version):
    # (language, description) pairs; the name itself is a proper name and is not translated.
    descriptions: tuple[tuple[str, str], ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.name} – {self.department}" if self.department else self.name

    def description_in(self, language: str) -> str:
        """The description a reader of `language` sees: theirs, else the Dutch one, else ""."""
        found = dict(self.descriptions)
        return found.get(language) or found.get("nl", "")

    def shown_in(self, language: str) -> str:
        """The recipient as a signer reads it in an item text: the name, and the description
        in their language when there is one."""
        description = self.description_in(language)
        return f"{self.display_name} ({description})" if description else self.display_name


@dataclass(frozen=True, slots=True)
class Purpose:
    """One version of a purpose text. Editing a purpose creates a new version; consent items
    keep pointing at the version whose text was shown."""

    id: int
    code: str
    version_id: int
    version: int
    title: str
    description: str  # plain language (B1): why the data is shared
    language: str = "nl"


@dataclass(frozen=True, slots=True)
class LegalDuty:
    """A purpose a law requires (wettelijke plicht, migration 20): sharing for it rests on the
    law, not on consent — no consent is asked, there is nothing to withdraw, an objection does
    not reach it. `until_age`: the duty holds while the youth is younger (kwalificatieplicht:
    18, seed 004); None: at any age."""

    purpose_id: int
    law: str  # the law and article, as the organisation names it
    until_age: int | None
    recorded_at: datetime
    worker_id: int

    def applies_at(self, age: int) -> bool:
        return self.until_age is None or age < self.until_age

    @property
    def ends_with_startkwalificatie(self) -> bool:
        """A duty bound to an age is one of the leer- or kwalificatieplicht (seed 004: "nog
        leer- of kwalificatieplichtig"; the RMC's tasks for youths "zonder
        startkwalificatie", seed 000): it ends for a youth on the day they get a
        startkwalificatie, before that age (usecases/qualifications.py). A duty at any age
        (no `until_age`) is not about school attendance and does not."""
        return self.until_age is not None


class Diploma(StrEnum):
    """A startkwalificatie (DOMAIN.md glossary: havo/vwo or an mbo diploma from level 2)."""

    HAVO = "havo"
    VWO = "vwo"
    MBO2 = "mbo2"
    MBO3 = "mbo3"
    MBO4 = "mbo4"


@dataclass(frozen=True, slots=True)
class Qualification:
    """The youth got a startkwalificatie on `obtained_on` (migration 21); the latest row of a
    youth counts, an earlier one is corrected by appending, not edited."""

    id: int
    youth_id: int
    diploma: Diploma
    obtained_on: date
    recorded_at: datetime
    worker_id: int


@dataclass(frozen=True, slots=True)
class DataCategory:
    id: int
    code: str
    name: str
    description: str
    level: DataLevel
    special: bool  # bijzondere persoonsgegevens (art. 9 AVG) or criminal data (art. 10)
    # The name per other language (catalog_texts, latest version): (language, name) pairs.
    names: tuple[tuple[str, str], ...] = ()

    def name_in(self, language: str) -> str:
        """The name a signer reading `language` sees; the Dutch name where none was given."""
        return dict(self.names).get(language) or self.name

    @property
    def name_en(self) -> str:
        """The English name, "" when none (Instellingen → Gegevenscategorieën shows it)."""
        return dict(self.names).get("en", "")


@dataclass(frozen=True, slots=True)
class ConsentItem:
    id: int
    request_id: int
    position: int
    purpose: Purpose
    recipient: Recipient
    categories: tuple[DataCategory, ...]
    text: str  # exactly what was shown for this item
    text_sha256: str

    @property
    def has_special_categories(self) -> bool:
        return any(c.special for c in self.categories)


@dataclass(frozen=True, slots=True)
class ConsentRequest:
    id: int
    reference_code: str
    youth_id: int
    worker_id: int
    created_at: datetime
    valid_from: date
    valid_until: date
    language: str
    text: str
    text_sha256: str
    items: tuple[ConsentItem, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    item_id: int
    signer: SignerRef
    signer_role: str  # "youth" or a RepresentativeRole value
    answer: Answer
    decided_at: datetime
    recorded_at: datetime
    channel: Channel
    worker_id: int
    evidence_id: int | None
    special_ack: bool
    text_sha256: str  # hash of the text the signer saw


@dataclass(frozen=True, slots=True)
class Withdrawal:
    id: int
    item_id: int
    signer: SignerRef
    withdrawn_at: datetime
    recorded_at: datetime
    channel: Channel
    worker_id: int
    evidence_id: int | None


@dataclass(frozen=True, slots=True)
class ItemAction:
    id: int
    item_id: int
    kind: ItemActionKind
    at: datetime
    worker_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """The 4-step weighing (stappenplan 'informatie delen'), documented."""

    id: int
    youth_id: int
    recipient_id: int
    purpose_id: int
    basis: LawfulBasis
    basis_motivation: str  # stap 1 grondslag
    purpose_compatibility: str  # stap 2 doel
    proportionality: str  # stap 3 proportionaliteit
    subsidiarity: str  # stap 4 subsidiariteit
    youth_informed: bool
    created_at: datetime
    worker_id: int
    # Stap 3 limited to buitenkantinformatie: *that* the youth is known or in care, since
    # when, who the contact is — never *what for* (seed 003 casus 8; sharing_rules.check_scope).
    dat_only: bool = False


@dataclass(frozen=True, slots=True)
class Disclosure:
    id: int
    youth_id: int
    recipient_id: int
    purpose_id: int
    category_ids: tuple[int, ...]
    disclosed_at: datetime
    basis: LawfulBasis
    item_id: int | None
    assessment_id: int | None
    note: str
    worker_id: int
    override: bool = False  # shared after a "no" for this recipient × purpose (sharing.py)


@dataclass(frozen=True, slots=True)
class EvidenceInfo:
    id: int
    kind: str  # signature, eml, screenshot, scan, note
    media_type: str
    sha256: str
    size: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AuditEvent:
    seq: int
    at: datetime
    actor: int | None
    kind: str
    body: bytes  # canonical JSON; personal data only as salted commitments
    hash: bytes


@dataclass(frozen=True, slots=True)
class StatusInfo:
    status: ItemStatus
    reason: str  # Dutch, one sentence
    needs_reconfirmation: bool = False
    since: datetime | None = None
    # `reason` as a catalog phrase, for the worker in their language (rules.py sets it).
    why: Phrase | None = None
    # Asked under 16: who said yes no longer holds gezag, who holds it now has not answered
    # (rules._former_yes). The label "gevraagd" alone hides that yes; forms print the reason.
    gezag_changed: bool = False
    # Still "gevraagd", but who decides now was not a decider when it was asked (turned 16,
    # gezag gained, a voogd) and has not answered: the reason says to ask them (cases28).
    decider_changed: bool = False

    def reason_in(self, language: str) -> str:
        return self.why.text_in(language) if self.why is not None else self.reason
