"""The reply-reading bench measures the real thing: its sample replies are read as a worker
would read them, and it reports its figures (shape only; speed is judged by the bench)."""

from __future__ import annotations

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.devtools.bench_replies import ITEMS, SAMPLES, bench_replies
from toestemming.model import Answer

Y, N = Answer.YES, Answer.NO


def test_bench_samples_are_read_right() -> None:
    got = []
    for raw in SAMPLES:
        reading = read_answers(parse_reply(raw).text, ITEMS)
        got.append((reading.answers, reading.withdraw, bool(reading.problems)))
    assert got == [
        ({1: N, 2: Y}, None, False),  # Gmail, quoted request with "1 ja, 2 nee" below
        ({1: Y, 2: N}, None, False),  # Thunderbird inline
        ({1: Y, 2: Y}, None, False),  # Outlook HTML only: "Akkoord!"
        ({}, None, True),  # "niet intrekken": no withdrawal, nothing to record
        ({1: Y}, None, True),  # the app template, half edited
        ({1: Y, 2: N}, None, False),  # English
        ({}, None, True),  # "Ja, misschien. Ik bel nog even."
        ({1: Y, 2: N}, None, False),  # disclaimer and an Outlook original below
    ]


def test_bench_reports_its_figures() -> None:
    said: list[str] = []
    result = bench_replies(said.append, rounds=1)
    assert result["replies_per_run"] == len(SAMPLES) == result["kinds"]
    for key in ("per_second", "cpu_per_second", "with_parsing_per_second"):
        assert result[key] > 0
    assert said and said[0].startswith("Antwoorden lezen:")
