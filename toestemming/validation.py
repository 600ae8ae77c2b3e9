"""Input checks shared by every use case. Each failure raises ValidationError with a Dutch
message that names the field but never echoes the (possibly personal) value."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .errors import ValidationError, field_label
from .rules import age_on

MAX_NAME = 120
MAX_TEXT = 20_000
# From birth: a kinderopvang or primary school hands a young child's data over too (seed 001);
# the parents decide for them (rules.who_must_decide), the child signs nothing.
MIN_YOUTH_AGE = 0
MAX_YOUTH_AGE = 30
LANGUAGES = ("nl", "en", "ar", "tr", "pl", "uk", "ti", "so", "fa", "de", "fr", "es", "pap")

# Explicit direction overrides/isolates can make a list or PDF show a different name than the
# one stored ("spoofing"); right-to-left names never need them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters that change nothing a reader sees but make two names differ ("Anna" and
# "An<zero-width space>na"), or reorder what is shown: direction marks (LRM, RLM, ALM),
# zero-width space, word joiner, byte-order mark. Refused with a message rather than stripped
# silently, so what is stored is always exactly what the worker saw and confirmed.
_INVISIBLE = _BIDI_CONTROLS | frozenset("\u200e\u200f\u061c\u200b\u2060\ufeff")
# ZWNJ/ZWJ are part of the spelling in Persian, Arabic and Indic scripts ("فاطمة‌زهرا"): allowed
# between two letters of such a script, refused anywhere else (where they are invisible).
_JOINERS = frozenset("\u200c\u200d")
_JOINING_SCRIPTS = ((0x0590, 0x08FF), (0x0900, 0x0DFF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFC))
_EMAIL = re.compile(r"^[^@\s<>\"]{1,64}@[^@\s<>\"]{1,253}\.[^@\s<>\".]{2,63}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{5,19}$")
_DATE_PATTERNS = (
    re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"),  # 31-12-2009, 31/12/2009, 31.12.2009
    re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),  # ISO
)


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\t" for ch in text)


def _joins_script_letters(text: str, i: int) -> bool:
    def letter(ch: str) -> bool:
        return unicodedata.category(ch)[0] in "LM" and any(
            lo <= ord(ch) <= hi for lo, hi in _JOINING_SCRIPTS
        )

    return 0 < i < len(text) - 1 and letter(text[i - 1]) and letter(text[i + 1])


def hidden_characters(text: str) -> bool:
    """True when `text` holds a character that is invisible or changes the reading order
    (bidi controls and marks, zero-width characters outside the scripts that need them)."""
    return any(
        ch in _INVISIBLE or (ch in _JOINERS and not _joins_script_letters(text, i))
        for i, ch in enumerate(text)
    )


def name(value: object, label: str, field: str, *, required: bool = True) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            message_id="error-validation-must-be-text",
            params={"label": field_label(label)},
            field=field,
        )
    cleaned = unicodedata.normalize("NFC", " ".join(value.split()))
    # Zero-width and other format characters (Cf) are legitimate inside some names (ZWNJ in
    # Persian) but a name made only of them is empty to a human reader.
    if not "".join(ch for ch in cleaned if unicodedata.category(ch) != "Cf").strip():
        cleaned = ""
    if required and not cleaned:
        raise ValidationError(
            message_id="error-validation-required",
            params={"label": field_label(label)},
            field=field,
        )
    if len(cleaned) > MAX_NAME:
        raise ValidationError(
            message_id="error-validation-too-long-most-characters",
            params={"label": field_label(label), "max_name": MAX_NAME},
            field=field,
        )
    if _has_control(cleaned) or "\n" in cleaned:
        raise ValidationError(
            message_id="error-validation-characters-not-allowed",
            params={"label": field_label(label)},
            field=field,
        )
    if hidden_characters(cleaned):
        raise ValidationError(
            message_id="error-validation-hidden-characters",
            params={"label": field_label(label)},
            field=field,
        )
    return cleaned


def text(
    value: object, label: str, field: str, *, required: bool = True, max_len: int = MAX_TEXT
) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            message_id="error-validation-must-be-text",
            params={"label": field_label(label)},
            field=field,
        )
    cleaned = unicodedata.normalize("NFC", value.strip())
    if required and not cleaned:
        raise ValidationError(
            message_id="error-validation-required",
            params={"label": field_label(label)},
            field=field,
        )
    if len(cleaned) > max_len:
        raise ValidationError(
            message_id="error-validation-too-long-max",
            params={"label": field_label(label), "max_len": max_len},
            field=field,
        )
    if _has_control(cleaned):
        raise ValidationError(
            message_id="error-validation-characters-not-allowed",
            params={"label": field_label(label)},
            field=field,
        )
    return cleaned


def display_text(
    value: object, label: str, field: str, *, required: bool = True, max_len: int = MAX_TEXT
) -> str:
    """`text` for what others are shown and sign (purpose and category explanations): NFC,
    and no invisible or direction-changing characters (see hidden_characters)."""
    cleaned = text(value, label, field, required=required, max_len=max_len)
    if hidden_characters(cleaned):
        raise ValidationError(
            message_id="error-validation-hidden-characters",
            params={"label": field_label(label)},
            field=field,
        )
    return cleaned


def email(value: object, field: str = "email") -> str:
    cleaned = name(value, "E-mailadres", field, required=False)
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(message_id="error-validation-email-invalid", field=field)
    if cleaned and not cleaned.rpartition("@")[0].isascii():
        raise ValidationError(message_id="error-validation-email-non-ascii", field=field)
    return cleaned


# Letters such as ë before the @ need SMTPUTF8, which most mail servers of schools and parents
# do not offer: such a message would bounce or never leave (a domain like exämple.nl is fine).
NON_ASCII_MAILBOX = (
    "Dit e-mailadres heeft vóór de @ een letter met een accent of een ander teken buiten "
    "a-z (zoals ë); de meeste mailservers kunnen daar niet naartoe sturen. Controleer het "
    "adres met de ontvanger."
)


def mail_address_ascii(address: str) -> str:
    """The address as mail headers and SMTP need it: the domain in its ASCII (IDNA) form.
    Raises ValidationError for a mailbox with non-ASCII letters (stored by an older version)."""
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        raise ValidationError(message_id="error-validation-email-non-ascii", field="email")
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        raise ValidationError(message_id="error-validation-email-invalid", field="email") from None


def phone(value: object, field: str = "phone") -> str:
    cleaned = name(value, "Telefoonnummer", field, required=False)
    if cleaned and not _PHONE.match(cleaned):
        raise ValidationError(message_id="error-validation-phone-invalid", field=field)
    return cleaned


def language(value: object, field: str = "language") -> str:
    if value not in LANGUAGES:
        raise ValidationError(message_id="error-forms-language-unsupported", field=field)
    return str(value)


def parse_date(value: object, label: str, field: str) -> date:
    """Accepts a date, ISO text or Dutch notation (dd-mm-jjjj, dd/mm/jjjj, dd.mm.jjjj)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValidationError(
            message_id="error-validation-not-a-date",
            params={"label": field_label(label)},
            field=field,
        )
    raw = value.strip()
    for i, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.match(raw)
        if m:
            a, b, c = (int(g) for g in m.groups())
            try:
                return date(c, b, a) if i == 0 else date(a, b, c)
            except ValueError:
                break
    raise ValidationError(
        message_id="error-validation-date-invalid",
        params={"label": field_label(label)},
        field=field,
    )


def birth_date(value: object, today: date) -> date:
    born = parse_date(value, "Geboortedatum", "birth_date")
    if born > today:
        raise ValidationError(message_id="error-validation-date-birth-future", field="birth_date")
    age = age_on(born, today)
    if age < MIN_YOUTH_AGE or age > MAX_YOUTH_AGE:
        raise ValidationError(
            message_id="error-validation-date-birth-gives-age",
            params={"min_youth_age": MIN_YOUTH_AGE, "max_youth_age": MAX_YOUTH_AGE},
            field="birth_date",
        )
    return born


# SQLite's largest integer: a bigger number finds no row and cannot be bound (OverflowError).
MAX_ID = 2**63 - 1


def positive_id(value: object, label: str, field: str) -> int:
    """A caller's id as the whole positive number it must be, or a Dutch message. Every id a
    use case writes into the log goes through here first: True or 1.0 find row 1 in SQLite,
    "1" finds it by affinity, but the log would hold them as given (true, 1.0, "1"), which
    the strict replay cannot read — `check` then says vault and log disagree (s21, review29)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise ValidationError(
            message_id="error-validation-invalid", params={"label": field_label(label)}, field=field
        )
    return value


def optional_id(value: object, label: str, field: str) -> int | None:
    """positive_id, or None for None (an id the caller may leave out)."""
    return None if value is None else positive_id(value, label, field)


def share_ids(youth_id: object, recipient_id: object, purpose_id: object) -> tuple[int, int, int]:
    """Whose data, to whom, for what: the three ids a sharing, a weighing or an objection logs."""
    return (
        positive_id(youth_id, "Jongere", "youth_id"),
        positive_id(recipient_id, "Ontvanger", "recipient_id"),
        positive_id(purpose_id, "Doel", "purpose_id"),
    )


# Letters that Unicode does not decompose into a base letter + accent, typed by Dutch users
# as the plain letter: "yilmaz" must find Yılmaz, "odegaard" Ødegaard, "lukasz" Łukasz.
_PLAIN = str.maketrans(
    {"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
)


def fold(text_value: str) -> str:
    """Search key: case- and accent-insensitive ("Çelik" ~ "celik", "Ødegaard" ~ "odegaard")."""
    decomposed = unicodedata.normalize("NFKD", text_value.casefold().translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


# Dutch tussenvoegsels, longest first so "van der" wins over "van".
_INFIXES = tuple(
    sorted(
        (
            "van der",
            "van den",
            "van de",
            "van het",
            "van 't",
            "in 't",
            "in het",
            "op de",
            "op den",
            "uit de",
            "uit den",
            "von der",
            "von",
            "van",
            "de",
            "den",
            "der",
            "het",
            "'t",
            "te",
            "ter",
            "ten",
            "la",
            "le",
            "du",
            "da",
            "di",
            "el",
            "al",
        ),
        key=len,
        reverse=True,
    )
)


def is_infix(text_value: str) -> bool:
    """True for a Dutch tussenvoegsel such as "van der" or "De" (any case, accents folded)."""
    return " ".join(fold(text_value).split()) in _INFIXES


def family_name_order(family_name: str) -> str:
    """A family name written the way registers sort it ("Berg, van der") back in reading
    order ("van der Berg"); any other spelling is only trimmed."""
    family = " ".join(family_name.split())
    base, comma, tail = family.rpartition(",")
    if comma and base.strip() and is_infix(tail):
        return f"{tail.strip()} {base.strip()}"
    return family


def join_infix(infix: str, family_name: str) -> str:
    """Tussenvoegsel field + family name field as one family name: "de" + "Vries" gives
    "de Vries"; a family name that already starts with it ("de Vries") or is written the
    register way ("Vries, de") is not doubled."""
    infix = " ".join(infix.split())
    family = family_name_order(family_name)
    if not infix or not family:
        return family
    folded, key = fold(family), fold(infix)
    if folded.startswith(key + " ") or folded == key:
        return family
    return f"{infix} {family}"


def split_infix(family_name: str) -> tuple[str, str]:
    """The reverse of join_infix, for a form that edits both fields: "van der Berg" gives
    ("van der", "Berg") as written; a name that is only a tussenvoegsel-like word ("Van")
    stays a family name."""
    family = family_name_order(family_name)
    folded = fold(family)
    for infix in _INFIXES:
        if folded.startswith(infix + " ") and len(folded) > len(infix) + 1:
            words = len(infix.split())
            parts = family.split(" ")
            return " ".join(parts[:words]), " ".join(parts[words:])
    return "", family


def family_key_v9(family_name: str) -> str:
    """The key as versions from migration 9 until 2026-12-03 wrote it (no register order, no
    inner spaces joined), kept by vaults of that time: the replay accepts both."""
    folded = fold(family_name)
    for infix in _INFIXES:
        if folded.startswith(infix + " ") and len(folded) > len(infix) + 1:
            return f"{folded[len(infix) + 1 :]} {infix}"
    return folded


def family_key(family_name: str) -> str:
    """Sort and search key of a family name, the Dutch way: the tussenvoegsel goes to the end
    ("de Vries" → "vries de"), so the list sorts under V and typing "vries" finds it.
    "Vries, de" (register order) gives the same key."""
    folded = " ".join(fold(family_name_order(family_name)).split())
    for infix in _INFIXES:
        if folded.startswith(infix + " ") and len(folded) > len(infix) + 1:
            return f"{folded[len(infix) + 1 :]} {infix}"
    return folded


def search_key(query: str) -> tuple[str, str]:
    """The typed text split the same way: "de vr" → ("vr", "de"), matching "vries de";
    ("vr", "") when no tussenvoegsel was typed."""
    folded = fold(query)
    for infix in _INFIXES:
        if folded.startswith(infix + " "):
            return folded[len(infix) + 1 :], infix
    return folded, ""
