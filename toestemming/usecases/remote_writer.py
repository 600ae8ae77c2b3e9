"""The writer the text names against the person at the address (reply28).

A reply is attributed by the address it came from. "Ik ben Sam zelf", "groetjes Sam" or "dit is
Sam, mijn moeder heeft dit mailadres" from a parent's address is the youth's answer, not the
parent's; "Ik ben de moeder van Sam" from the youth's address is a parent's. Recorded as the
answer of the person at the address it would be a lie — and under 16 the youth does not decide,
from 16 a parent does not. So: a problem (nothing confirmable), saying whom the text names and,
by the core's own rule (rules.may_sign), whether that person decides at all.
"""

from __future__ import annotations

from ..capture.reply_children import Children
from ..capture.reply_writer import CHILD, PARENT, Person, who_writes
from ..errors import Said
from ..model import Representative, RepresentativeRole, SignerRef, Youth, role_phrase
from ..rules import DeciderRequirement, may_sign

_PARENTS = (RepresentativeRole.PARENT, RepresentativeRole.GUARDIAN)


def writer_said(
    text: str,
    youth: Youth,
    reps: list[Representative],
    children: Children,
    signer: SignerRef,
    signer_label: str,
    decider: DeciderRequirement,
) -> tuple[Said | None, Said | None]:
    """(problem, note): a problem when the text names a writer who is not the person at the
    address; a note when it names only "a parent" ("Ik ben de vader van Sam") and more than one
    parent is on record — the vault does not know which of them is the father, so the worker
    checks it is the person at the address (review33: the father's words from the mother's
    address were confirmable as hers without a word)."""
    people = [Person("youth", youth.given_name, youth.display_name)]
    people += [Person(f"rep:{r.id}", r.name, r.name, adult=True) for r in reps]
    people += [Person("other", name) for name in sorted(children.others)]
    found = who_writes(text, people)
    if found is None:
        return None, None
    refs: set[SignerRef] = set()
    named_other = "other" in found.claims
    if found.claims & {"youth", CHILD}:
        refs.add(SignerRef.youth(youth.id))
    for r in reps:
        if f"rep:{r.id}" in found.claims or (PARENT in found.claims and r.role in _PARENTS):
            refs.add(SignerRef.representative(r.id))
    if signer in refs:
        # the person at the address says it is them (also with others: "Petra en Sam")
        return None, _unnamed_parent(found.claims, reps, signer_label)
    if SignerRef.youth(youth.id) in refs:
        writer = "youth"
    elif refs or PARENT in found.claims:
        writer = "parent"
    else:
        writer = "other" if named_other else "parent"
    if any(may_sign(decider, ref) for ref in refs):
        return Said("reply-writer-not-sender", writer=writer, role=role_phrase(signer_label)), None
    return Said(
        "reply-writer-not-decider",
        writer=writer,
        role=role_phrase(signer_label),
        why=decider.why_phrase,
    ), None


def _unnamed_parent(
    claims: frozenset[str], reps: list[Representative], signer_label: str
) -> Said | None:
    named = any(c.startswith("rep:") for c in claims)
    parents = sum(r.role in _PARENTS for r in reps)
    if PARENT in claims and not named and parents > 1:
        return Said("reply-writer-parent-unnamed", role=role_phrase(signer_label))
    return None
