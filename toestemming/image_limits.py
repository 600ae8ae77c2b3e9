"""The core's side of the image limits (formulieren/image_limits.py reads sizes from file
headers): the same limits, refusals as the core's ValidationError."""

from __future__ import annotations

from formulieren.image_limits import MAX_PIXELS as MAX_PIXELS
from formulieren.image_limits import ImageRefused
from formulieren.image_limits import check_image as _check_image
from formulieren.image_limits import image_size as image_size

from .errors import ValidationError


def check_image(content: bytes, field: str = "content") -> None:
    try:
        _check_image(content, field)
    except ImageRefused as exc:
        raise ValidationError(
            message_id=exc.message_id, params=exc.params, field=exc.field
        ) from None
