"""Is a reply really from the address it says? What the organisation's own mail server found.

Anyone can put a parent's address in `From:`. Receiving mail servers check that (DKIM, SPF,
DMARC) and write the outcome into an `Authentication-Results` header (RFC 8601), e.g.

    Authentication-Results: mx.school.nl; dkim=pass header.d=ouder.nl; dmarc=pass header.from=ouder.nl

A sender can write such a header too, so only the headers of the servers the organisation
names are read (`trusted`: their authserv-ids, set with the incoming mail settings); a server
at the organisation's border removes look-alikes of its own id from incoming mail (RFC 8601
section 5). Without a trusted server nothing is concluded (UNCHECKED).

The verdict about the `From:` domain D:
- FORGED: dmarc=fail for D. The domain's owner says this message is not theirs.
- VERIFIED: dmarc=pass for D, or a passing DKIM signature of D (or of a domain D belongs to,
  or one that belongs to D: relaxed alignment).
- UNVERIFIED: the trusted server looked, and neither of the above holds (no signature, a
  broken one, only SPF, or a result about another domain).
- UNCHECKED: no header of a trusted server (none configured, or the message did not pass it:
  e.g. an .eml saved elsewhere).

Pure text handling: never raises for any header value, never does a network lookup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# A header longer than this is not a real server's result; it is cut, not parsed whole.
MAX_HEADER_CHARS = 8_000
MAX_HEADERS = 50


class SenderCheck(StrEnum):
    VERIFIED = "verified"
    FORGED = "forged"
    UNVERIFIED = "unverified"
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class MethodResult:
    """One `method=result` with its properties (`header.d`, `header.from`, …), lower case."""

    method: str
    result: str
    properties: dict[str, str]


def _without_comments(value: str) -> str:
    """The header with (comments) removed (they nest) and "quoted strings" as one value: their
    quotes dropped and any ; or = inside made harmless (a value, never a result of its own)."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in value[:MAX_HEADER_CHARS]:
        if escaped:
            if depth == 0:
                out.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif quoted:
            if ch == '"':
                quoted = False
            else:
                out.append("_" if ch in ";= \t" else ch)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth:
            continue
        elif ch == '"':
            quoted = True
        else:
            out.append(ch)
    return "".join(out)


_PAIR = re.compile(r"([A-Za-z0-9_.\-]+)\s*=\s*(\S+)")


def parse(value: str) -> tuple[str, list[MethodResult]]:
    """(authserv-id, results) of one Authentication-Results value; ("", []) when unreadable."""
    text = " ".join(_without_comments(value if isinstance(value, str) else "").split())
    parts = [p.strip() for p in text.split(";")]
    if not parts or not parts[0]:
        return "", []
    head = parts[0].split()
    authserv = head[0].lower() if head else ""
    results: list[MethodResult] = []
    for part in parts[1:]:
        pairs = _PAIR.findall(part)
        if not pairs or "." in pairs[0][0]:  # a result starts with method=result
            continue
        method, result = pairs[0][0].lower(), pairs[0][1].lower()
        props = {key.lower(): val.lower().strip(".") for key, val in pairs[1:] if "." in key}
        results.append(MethodResult(method, result, props))
    return authserv, results


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(".").lower()


def _aligned(signer: str, sender: str) -> bool:
    """Relaxed alignment: the same domain, or one is a subdomain of the other."""
    if not signer or not sender:
        return False
    return signer == sender or sender.endswith("." + signer) or signer.endswith("." + sender)


def check_sender(headers: list[str], from_address: str, trusted: tuple[str, ...]) -> SenderCheck:
    """The verdict on `from_address` from the Authentication-Results `headers` of the servers
    in `trusted` (authserv-ids, any case)."""
    sender = _domain_of(from_address)
    wanted = {t.strip().lower() for t in trusted if t.strip()}
    if not wanted or not sender:
        return SenderCheck.UNCHECKED
    seen = False
    verified = False
    for value in headers[:MAX_HEADERS]:
        authserv, results = parse(value)
        if authserv not in wanted:
            continue
        seen = True
        for r in results:
            if r.method == "dmarc":
                about = r.properties.get("header.from", sender)
                if about != sender:
                    continue
                if r.result == "fail":
                    return SenderCheck.FORGED  # whatever else any header says
                if r.result == "pass":
                    verified = True
            elif r.method == "dkim" and r.result == "pass":
                signer = r.properties.get("header.d") or _domain_of(
                    r.properties.get("header.i", "")
                )
                verified = verified or _aligned(signer, sender)
    if verified:
        return SenderCheck.VERIFIED
    return SenderCheck.UNVERIFIED if seen else SenderCheck.UNCHECKED
