"""reply24's envelopes (round 16): modern mail around the answer, our request quoted under it.

- S/MIME opaque-signed (application/pkcs7-mime, smime.p7m): the reply inside a real PKCS#7
  signature (an EC key made once per run; the signature is not what is judged);
- UTF-8 sent with the label iso-8859-1 (webmail and phones that label what they do not know);
- a PGP inline-signed answer ("-----BEGIN PGP SIGNED MESSAGE-----", the signature under it);
- Outlook mobile, HTML only (no text part), "Outlook voor iOS downloaden" under the answer;
- the iPhone's "Verstuurd vanaf mijn iPhone" under the answer, the request quoted below it.
"""

from __future__ import annotations

import base64
import datetime
from collections.abc import Callable
from functools import lru_cache
from html import escape

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from reply_s10_envelopes import SUBJECT, _html_lines, _part, _quote
from reply_s12_envelopes import _first_request
from reply_s13_mails import _encoded_subject, _headers
from reply_table import ORG

PARENT = "Marja de Vries"
SENDER = "sam.devries@example.org"


def _attribution(lang: str) -> str:
    return (
        f"Op 3 dec. 2026 om 10:12 heeft Testschool <{ORG}> het volgende geschreven:"
        if lang == "nl"
        else f"On 3 Dec 2026, at 10:12, Testschool <{ORG}> wrote:"
    )


def _plain_body(answer: str, lang: str) -> str:
    return f"{answer}\n\n{_attribution(lang)}\n\n{_quote(_first_request(lang))}\n"


@lru_cache(maxsize=1)
def signer() -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, PARENT)])
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(24).not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=900)).sign(key, hashes.SHA256())
    )  # fmt: skip
    return cert, key


def smime_opaque(answer: str, lang: str) -> str:
    inner = _part("text/plain", _plain_body(answer, lang), "utf-8", "b64")
    cert, key = signer()
    der = (
        pkcs7.PKCS7SignatureBuilder().set_data(inner.replace("\n", "\r\n").encode())
        .add_signer(cert, key, hashes.SHA256()).sign(serialization.Encoding.DER, [])
    )  # fmt: skip
    return (
        "Content-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\n"
        "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=smime.p7m"
        f"\n\n{base64.encodebytes(der).decode()}"
    )


def utf8_labelled_latin1(answer: str, lang: str) -> str:
    return (
        _part("text/plain", _plain_body(answer, lang), "utf-8", "8bit")
        .replace("charset=utf-8", "charset=iso-8859-1")
        .replace('charset="utf-8"', 'charset="iso-8859-1"')
    )


def pgp_inline(answer: str, lang: str) -> str:
    dashed = "\n".join("- " + x if x.startswith("-") else x for x in answer.split("\n"))
    body = (
        f"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n{dashed}\n-----BEGIN PGP SIGNATURE-----"
        "\n\niHUEARYKAB0WIQTZ2m0Ff3LwX8t5\n=q1Wx\n-----END PGP SIGNATURE-----\n\n"
        f"{_attribution(lang)}\n{_quote(_first_request(lang))}\n"
    )
    return _part("text/plain", body, "utf-8")


def outlook_mobile_html(answer: str, lang: str) -> str:
    get = "Outlook voor iOS downloaden" if lang == "nl" else "Get Outlook for iOS"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div dir="ltr"><div style="font-family: Aptos, sans-serif">'
        + "".join(f"<div>{escape(x) if x else '<br>'}</div>" for x in answer.split("\n"))
        + f'</div><div id="ms-outlook-mobile-signature"><div><br></div>{escape(get)}</div></div>'
        '<div id="mail-editor-reference-message-container"><hr><div id="divRplyFwdMsg">'
        f"<b>Van:</b> Testschool &lt;{ORG}&gt;<br><b>Onderwerp:</b> {escape(SUBJECT[lang])}</div>"
        f"<div>{_html_lines(_first_request(lang))}</div></div></body></html>"
    )
    return _part("text/html", html, "utf-8", "b64")


def iphone_below(answer: str, lang: str) -> str:
    sent = "Verstuurd vanaf mijn iPhone" if lang == "nl" else "Sent from my iPhone"
    return _part("text/plain", f"{answer}\n\n{sent}\n\n> {_attribution(lang)}\n>\n"
                 f"{_quote(_first_request(lang))}\n", "utf-8")  # fmt: skip


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "smime-opaque": smime_opaque,
    "utf8-labelled-latin1": utf8_labelled_latin1,
    "pgp-inline-signed": pgp_inline,
    "outlook-mobile-html": outlook_mobile_html,
    "iphone-below": iphone_below,
}


def message(envelope: str, answer: str, lang: str = "nl") -> bytes:
    head = _headers(
        f"{_encoded_subject(PARENT)} <{SENDER}>", _encoded_subject("Re: " + SUBJECT[lang])
    )
    text = head + ENVELOPES[envelope](answer, lang)
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if envelope == "utf8-labelled-latin1":
        return raw.encode("utf-8")  # the label lies: the bytes are UTF-8
    return raw.encode("utf-8")
