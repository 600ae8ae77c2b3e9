"""The `youth.view_heard` event's body: what the program writes and how it is read strictly
(youth_views.py records it; replay_registry_events checks it — a leaf module, so replay can
import it without importing the use cases)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from ..clock import from_iso
from ..model import Channel

VIEW_KIND = "youth.view_heard"
# Exactly the fields record() writes (youth_views.py); anything else is not the program's event.
_KEYS = frozenset({"youth", "request", "items", "channel", "heard_at"})
_ITEM_KEYS = frozenset({"item", "view"})


class YouthView(StrEnum):
    AGREES = "agrees"  # vindt het goed
    OBJECTS = "objects"  # wil het niet
    NO_VIEW = "no_view"  # wil er niets over zeggen / weet het niet


# How the view reads beside the parents' decision (inzage, transitieformulier).
VIEW_WORDS = {
    YouthView.AGREES: "vindt het goed",
    YouthView.OBJECTS: "wil het niet",
    YouthView.NO_VIEW: "wil er niets over zeggen",
}


def read_view_event(data: Any) -> tuple[int, int, dict[int, YouthView], Channel, datetime]:
    """(youth, request, item → view, channel, heard_at) of a `youth.view_heard` event; a body
    the program never writes raises ValueError (replay names it unreadable)."""
    if not isinstance(data, dict):
        raise ValueError("not an object")
    if set(data) != _KEYS:  # ids and fixed choices only: a field more may carry a name (atk27)
        raise ValueError("fields")
    youth, request, items = data["youth"], data["request"], data["items"]
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (youth, request)):
        raise ValueError("ids")
    if not isinstance(items, list) or not items:
        raise ValueError("items")
    views: dict[int, YouthView] = {}
    for entry in items:
        if not isinstance(entry, dict) or set(entry) != _ITEM_KEYS:
            raise ValueError("item fields")
        item = entry["item"]
        if not isinstance(item, int) or isinstance(item, bool) or item in views:
            raise ValueError("item")
        views[item] = YouthView(entry["view"])
    if not isinstance(data["channel"], str) or not isinstance(data["heard_at"], str):
        raise ValueError("channel or moment")
    heard_at = from_iso(data["heard_at"])
    if heard_at.tzinfo is None:  # the program writes UTC moments only
        raise ValueError("moment without a zone")
    return youth, request, views, Channel(data["channel"]), heard_at
