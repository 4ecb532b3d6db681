"""A model field whose values are codes of a controlled vocabulary."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.deconstruct import deconstructible

from chronicle.vocab.loader import choices, vocabulary


@deconstructible
class InVocabulary:
    """Validator: the value is a code of the named vocabulary."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, value: str) -> None:
        if value and value not in vocabulary(self.name):
            raise ValidationError(f"{value!r} is not a term of the {self.name} vocabulary")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InVocabulary) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)


class VocabularyField(models.CharField):
    """A CharField holding a vocabulary code; forms show the vocabulary's labels.

    Choices are not stored on the field so that editing a vocabulary file needs no migration.
    """

    def __init__(self, *args: Any, vocabulary: str, **kwargs: Any) -> None:
        self.vocabulary = vocabulary
        kwargs.setdefault("max_length", 64)
        super().__init__(*args, **kwargs)
        self.validators.append(InVocabulary(vocabulary))

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["vocabulary"] = self.vocabulary
        kwargs.pop("validators", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs: Any) -> Any:  # type: ignore[override]
        options = [("", "---------")] if self.blank else []
        field = forms.ChoiceField(
            choices=options + choices(self.vocabulary),
            required=not self.blank,
            label=kwargs.get("label", self.verbose_name.capitalize()),
            help_text=self.help_text,
        )
        return field
