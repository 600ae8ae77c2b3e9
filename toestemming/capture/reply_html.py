"""A reply's HTML part as the text a mail client shows: quotes marked "> ", struck-through
text struck, lists numbered, divs as lines (split out of replies.py; one job: HTML → text)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .reply_layout import own_text

MAX_TEXT_CHARS = 200_000  # shown and searched; a real reply is far shorter
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _HtmlText(HTMLParser):
    """HTML → text the way a mail client shows it as plain text: what sits inside a quote
    (blockquote, Outlook's block after the reply header) gets "> " before each line, so the
    same reading of quotes and inline answers applies as for a text/plain message."""

    _BLOCK = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol", "hr"}
    )
    # Gmail's and Thunderbird's quotes are blockquotes; their "Op … schreef:" line stays text
    # (it is recognised as a quote header), so answers typed between blockquotes are read.
    _QUOTE_MARKERS = (
        "divrplyfwdmsg",
        "appendonsend",
        "yahoo_quoted",
        "outlookmessageheader",
        "mailoriginal",
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[tuple[str, int]] = []  # (text, quote depth)
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, opened a quote, strikes through)
        self._quote_depth = 0
        self._quoted_after = False  # Outlook puts the original after a marker, not inside it
        self._skip = 0
        self._pre = 0
        self._had_pre = False
        self._line_start = True  # nothing but spaces since the last line break
        self._soft_p: list[bool] = []  # per open <p>: Outlook's MsoNormal (no margins)
        # Outlook on the web / Outlook.com: "P {margin-top:0;margin-bottom:0;}" in the head,
        # every typed line a <p>: lines, not paragraphs ("Ja" / "maar niet voor 2" is one answer)
        self._p_margin_free = False
        # per open list: the next number of an <ol>'s item (None: a <ul>). Gmail and Apple
        # Mail turn a typed "1. ja" into <ol><li>ja</li>: without the number no item is named.
        self._lists: list[int | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
            self._stack.append((tag, False, False))
            return
        names = " ".join((v or "") for k, v in attrs if k in ("class", "id", "type")).lower()
        quote = tag == "blockquote" or any(m in names for m in self._QUOTE_MARKERS)
        if any(m in names for m in ("divrplyfwdmsg", "appendonsend", "outlookmessageheader")):
            self._quoted_after = True
        raw_style = "".join((v or "") for k, v in attrs if k == "style").lower()
        style = raw_style.replace(" ", "")
        soft_p = tag == "p" and ("msonormal" in names or self._p_margin_free or _margin_free(style))
        if tag in self._BLOCK:
            self._block_break(tag, "msonormal" if soft_p else names)
        if tag in ("ol", "ul"):
            # An <ol style="list-style: none"> shows no numbers (our own request's item list:
            # "> 1. Onderdeel 2: …" after a client split the quote was no item heading, and the
            # answers typed under the quoted items were nobody's).
            numbered = tag == "ol" and not _NO_MARKER.search(raw_style)
            self._lists.append(_list_start(attrs) if numbered else None)
        elif tag == "li" and self._lists and self._lists[-1] is not None and not self._skip:
            if not _NO_MARKER.search(raw_style):  # counted, but no number shown
                self._text(f"{self._lists[-1]}. ")
            self._lists[-1] += 1
        elif tag in ("td", "th") and not self._line_start:
            self._text(" ")  # cells side by side: "1" and "ja" are two words
        if tag in _VOID:
            if tag == "hr":
                self._quoted_after = self._quoted_after or not self._quote_depth
            return
        self._stack.append((tag, quote, tag in ("s", "strike", "del") or "line-through" in style))
        if tag == "p":
            self._soft_p.append(soft_p)
        if quote:
            self._quote_depth += 1
        if tag in ("pre", "textarea", "plaintext"):
            self._pre += 1
            self._had_pre = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<br/>" (GMX, web.de, XHTML) is one line break, not a start and an end tag with a
        # break each: the default would turn every line of a header block into a paragraph.
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching tag; browsers are forgiving and so are we.
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                for t, q, _ in self._stack[i:]:
                    if q:
                        self._quote_depth -= 1
                    if t in ("pre", "textarea", "plaintext"):
                        self._pre -= 1
                    if t in ("script", "style", "head", "title"):
                        self._skip -= 1
                del self._stack[i:]
                break
        if tag in ("ol", "ul") and self._lists:
            self._lists.pop()
        if tag in self._BLOCK:
            self._block_break(tag, "msonormal" if tag == "p" and self._pop_soft_p() else "")

    def _block_break(self, tag: str, names: str) -> None:
        """A <div> (and Outlook's margin-less MsoNormal paragraph) starts a new line, as a
        browser shows it: two divs in a row are two lines, not two paragraphs ("Ja" and
        "maar niet voor 2" typed on two lines stay one answer). <br> always breaks, so an
        empty line (<div><br></div>) stays empty; other blocks keep their blank line."""
        soft = tag == "div" or (tag == "p" and "msonormal" in names)
        if soft and self._line_start:
            return
        self._text("\n")

    def _pop_soft_p(self) -> bool:
        return self._soft_p.pop() if self._soft_p else False

    def handle_data(self, data: str) -> None:
        if self._skip:
            if self._stack and self._stack[-1][0] == "style" and _P_NO_MARGIN.search(data):
                self._p_margin_free = True
            return
        # A line break in the HTML source is a space, as a browser shows it (Outlook writes
        # "maar niet\r\nvoor 2" inside one paragraph); only <pre> keeps its lines.
        text = data if self._pre else _HTML_SPACE.sub(" ", data)
        if any(struck for _, _, struck in self._stack):
            # Struck-through text is shown struck through (a combining stroke after each
            # character), and the reader never takes it for the word: "ja / <s>nee</s>".
            text = "".join(c if c.isspace() else c + "\u0336" for c in text)
        self._text(text)

    def _text(self, data: str) -> None:
        self.chunks.append((data, self._quote_depth + (1 if self._quoted_after else 0)))
        if data.strip(" "):  # the source's line breaks between tags are spaces
            self._line_start = data.rstrip(" ").endswith("\n")

    def lines(self) -> str:
        out: list[str] = []
        parts: list[str] = []
        depth = 0
        # A browser shows no space at the start of a line (the source's line breaks between
        # tags are spaces); only <pre> keeps its indentation.
        lead = "" if self._had_pre else " "
        for data, d in self.chunks:
            pieces = data.split("\n")
            for k, piece in enumerate(pieces):
                if k:
                    out.append(_quoted("".join(parts).lstrip(lead), depth))
                    parts, depth = [], 0
                parts.append(piece)
                if piece.strip():
                    depth = max(depth, d)
        out.append(_quoted("".join(parts).lstrip(lead), depth))
        return "\n".join(out)


def _list_start(attrs: list[tuple[str, str | None]]) -> int:
    """An <ol>'s first number (start="3"), 1 when absent or not a small number."""
    value = next((v for k, v in attrs if k == "start"), None) or "1"
    return int(value) if value.isdigit() and len(value) <= 4 else 1


def _margin_free(style: str) -> bool:
    """An inline style without a paragraph's gap below: "margin-bottom:0", "margin:0"."""
    return bool(re.search(r"margin(?:-bottom)?:0(?:px|pt|cm|em)?(?:;|$)", style))


# "list-style: none", "list-style-type:none", "list-style: inside none": no marker shown
_NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*(?:[^;]*\s)?none(?![\w-])")
_P_NO_MARGIN = re.compile(r"(?:^|[\s,}])p\s*\{[^}]*margin-bottom\s*:\s*0", re.IGNORECASE)
_VOID = frozenset({"br", "hr", "img", "meta", "input", "wbr"})
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")  # not \s: a no-break space stays what it is


def _quoted(line: str, depth: int) -> str:
    if not depth or not line.strip():
        return line
    return "> " * min(depth, 8) + line.strip()


def html_to_text(markup: str) -> tuple[str, str]:
    """(whole text with quoted lines marked "> ", the sender's own words)."""
    parser = _HtmlText()
    try:
        parser.feed(markup[: MAX_TEXT_CHARS * 4])
        parser.close()
    except Exception:  # HTMLParser is lenient, but hostile markup must never crash the import
        pass
    whole = tidy(parser.lines())
    return whole, own_text(whole)


def tidy(text: str) -> str:
    text = CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\xa0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    return "\n".join(out).strip()[:MAX_TEXT_CHARS]
