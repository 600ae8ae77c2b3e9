"""What one replay run compares (its own module so that replay.py, replay_items.py and
replay_split.py can all name it without importing each other)."""

from __future__ import annotations

from dataclasses import dataclass

LOWEST, HIGHEST = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class Scope:
    """Which rows one run compares: consent requests and items by id range (inclusive), or
    just the requests in `only` (a proof export); `rest`: also the rows that belong to no
    request (weighings, disclosures on another basis)."""

    requests: tuple[int, int] = (LOWEST, HIGHEST)
    items: tuple[int, int] = (LOWEST, HIGHEST)
    only: frozenset[int] | None = None
    rest: bool = True
    # Also hash the stored texts (request, item, other languages) against their stored hash,
    # which the log fixes: what a proof packs is what was shown. Reads every text page, so
    # `check` and the proof export do it; the unlock check and the bench do not.
    texts: bool = False

    def wants_request(self, request_id: int) -> bool:
        if self.only is not None:
            return request_id in self.only
        return self.requests[0] <= request_id <= self.requests[1]
