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
    youth, request, items = data["youth"], data["request"], data["items"]
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (youth, request)):
        raise ValueError("ids")
    if not isinstance(items, list) or not items:
        raise ValueError("items")
    views: dict[int, YouthView] = {}
    for entry in items:
        item = entry["item"]
        if not isinstance(item, int) or isinstance(item, bool) or item in views:
            raise ValueError("item")
        views[item] = YouthView(entry["view"])
    return youth, request, views, Channel(data["channel"]), from_iso(data["heard_at"])
