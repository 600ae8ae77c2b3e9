"""Who must read a request in a language it has no text in.

A consent is informed only when its reader understands the text (DOMAIN rule 2): a mother
who reads Arabic, handed a Dutch request, has not been informed — yet nothing told the worker
so. Asked before a request is made (the desk chooses its language) and of a request made
(before it is mailed or handed over): each decider, and the youth where the youth is to be
informed, whose own language (people: `language`) is neither the request's nor one every
item has its own text in (request_texts.py; the tablet lets them switch to it). A warning,
not a refusal: the worker may read it out with an interpreter — the point is that it is seen.
Split from consent.py by job."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from ..errors import Phrase
from ..language import SOURCE
from ..model import Policy, Representative, SignerRef, Youth
from ..rules import who_must_decide
from ..words import LANGUAGE_LABELS


@dataclass(frozen=True, slots=True)
class LanguageGap:
    """One reader for whom the request has no text in their language."""

    signer: SignerRef
    name: str
    reads: str  # their language (code)
    request_language: str  # the request's (or the desk's chosen) language

    @property
    def phrase(self) -> Phrase:
        """The warning as a catalog phrase (worker catalog: the worker's language)."""
        return Phrase(
            "request-warning-other-language",
            {
                "name": self.name,
                "reads": _label(self.reads),
                "language": _label(self.request_language),
            },
        )

    @property
    def warning(self) -> str:
        """The same in Dutch."""
        return self.phrase.text_in(SOURCE)


def _label(code: str) -> Phrase:
    return Phrase(f"language-label-{code}", fallback=LANGUAGE_LABELS.get(code, code))


def language_gaps(
    youth: Youth,
    reps: Sequence[Representative],
    policy: Policy,
    day: date,
    language: str,
    readable: Collection[str] = (),
) -> tuple[LanguageGap, ...]:
    """The readers on `day` (the deciders; the youth too where they are to be informed)
    whose language is neither `language` nor one of `readable` (the other languages every
    item has a text in)."""
    req = who_must_decide(youth, reps, policy, day)
    readers = list(req.signers)
    me = SignerRef.youth(youth.id)
    if req.inform_youth and me not in readers:
        readers.append(me)
    ok = {language, *readable}
    by_ref = {SignerRef.representative(r.id): r for r in reps}
    gaps = []
    for s in readers:
        rep = by_ref.get(s)
        name, reads = (
            (youth.display_name, youth.language) if rep is None else (rep.name, rep.language)
        )
        if reads and reads not in ok:
            gaps.append(LanguageGap(s, name, reads, language))
    return tuple(gaps)
