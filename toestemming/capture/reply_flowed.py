"""format=flowed (RFC 3676): undo the soft line breaks that Thunderbird, Apple Mail and many
phone apps put into plain text.

A flowed line ends in a space and goes on in the next line; without joining them "1 ja, 2 "
and "nee" would be read as two sentences, and a "ni" + "et" split (delsp=yes) as no "niet"
at all. Quote depth is kept ("> " per level), so quotes and inline answers read as before.
"""

from __future__ import annotations


def _depth(line: str) -> tuple[int, str]:
    depth = 0
    while depth < len(line) and line[depth] == ">":
        depth += 1
    rest = line[depth:]
    if rest.startswith(" "):  # space-stuffing (or the space after the quote marks)
        rest = rest[1:]
    return depth, rest


def unflow(text: str, delsp: bool = False) -> str:
    """The text with flowed lines joined into the paragraphs they were typed as."""
    out: list[str] = []
    current: str | None = None
    current_depth = 0
    for raw in text.replace("\r\n", "\n").split("\n"):
        depth, line = _depth(raw)
        if current is not None and depth != current_depth:
            out.append(_quoted(current, current_depth))  # a flowed line may not cross depths
            current = None
        flowed = line.endswith(" ") and line != "-- "
        if flowed and delsp:
            line = line[:-1]
        current = line if current is None else current + line
        current_depth = depth
        if not flowed:
            out.append(_quoted(current, depth))
            current = None
    if current is not None:
        out.append(_quoted(current, current_depth))
    return "\n".join(out)


def _quoted(line: str, depth: int) -> str:
    return ("> " * depth + line) if depth else line
