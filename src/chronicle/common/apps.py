"""Django application configuration for chronicle.common."""

from django.apps import AppConfig


class CommonConfig(AppConfig):
    """Registers chronicle.common with Django."""

    name = "chronicle.common"
    label = "common"
    default_auto_field = "django.db.models.BigAutoField"
