"""Django application configuration for chronicle.vocab."""

from django.apps import AppConfig


class VocabConfig(AppConfig):
    """Loads every vocabulary at start-up so that a malformed file stops the app at once."""

    name = "chronicle.vocab"
    label = "vocab"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from chronicle.vocab.loader import vocabularies

        vocabularies()
