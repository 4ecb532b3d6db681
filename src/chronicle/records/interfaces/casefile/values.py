"""Converting field values between the database and JSON, the same way in both directions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import models


def to_json(value: Any) -> Any:
    """A database value as JSON: datetimes as ISO strings, decimals as strings."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


def from_json(field: models.Field, value: Any) -> Any:
    """A JSON value for a model field; raises ValueError with the reason when it cannot be one."""
    if value is None:
        if field.null:
            return None
        if isinstance(field, models.CharField | models.TextField):
            return ""
        raise ValueError("may not be null")
    if isinstance(field, models.DateTimeField):
        return datetime.fromisoformat(str(value))
    if isinstance(field, models.DecimalField):
        try:
            return Decimal(str(value))
        except InvalidOperation as error:
            raise ValueError(f"not a number: {value!r}") from error
    if isinstance(field, models.BooleanField) and not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    if isinstance(field, models.IntegerField) and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"must be a whole number, not {value!r}")
    if isinstance(field, models.CharField | models.TextField) and not isinstance(value, str):
        raise ValueError(f"must be text, not {value!r}")
    return value


def default_of(field: models.Field) -> Any:
    """The value a field takes when the case file leaves it out."""
    if field.has_default():
        return field.get_default()
    if field.null:
        return None
    return "" if isinstance(field, models.CharField | models.TextField) else None
