"""Django settings, read from the environment so one codebase runs on a laptop and on a server.

CHRONICLE_HOME   data directory (database, secret key, uploads); default `var/` in the checkout
DATABASE_URL     e.g. postgres://user@host:5432/chronicle; default SQLite in CHRONICLE_HOME
CHRONICLE_DEBUG  "1" for development error pages
CHRONICLE_SECRET_KEY  overrides the generated key kept in CHRONICLE_HOME
CHRONICLE_ALLOWED_HOSTS  comma-separated; default localhost only
CHRONICLE_TASKS  "db" (default, no other server) or "rq" (Redis workers, see REDIS_URL)
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent


def _default_home() -> Path:
    checkout = PACKAGE_DIR.parents[1]
    base = checkout if (checkout / "pyproject.toml").exists() else Path.cwd()
    return base / "var"


CHRONICLE_HOME = Path(os.environ.get("CHRONICLE_HOME") or _default_home()).resolve()
CHRONICLE_HOME.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """Keep one random key per data directory so sessions survive restarts."""
    if key := os.environ.get("CHRONICLE_SECRET_KEY"):
        return key
    path = CHRONICLE_HOME / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def _database() -> dict[str, Any]:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{CHRONICLE_HOME / 'chronicle.sqlite3'}"
    config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL and IMMEDIATE transactions avoid "database is locked" with a web server and a worker.
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    elif config["ENGINE"].startswith("django.db.backends.postgresql"):
        # JIT compilation pays off for long analytic scans, not for page queries: a ranked search over
        # 2,000 matches ran in 39 ms and then spent 140 ms compiling (bench/bench_pages.py, 100k persons).
        options = config.setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c jit=off".strip()
    return config


SECRET_KEY = _secret_key()
DEBUG = os.environ.get("CHRONICLE_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("CHRONICLE_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "rules.apps.AutodiscoverRulesConfig",
    "django_htmx",
    "template_partials",
    "django_bootstrap5",
    "django_tasks",
    "django_tasks_db",
    "chronicle.common",
    "chronicle.vocab",
    "chronicle.records",
    "chronicle.ingest",
    "chronicle.names",
    "chronicle.stats",
    "chronicle.web",
    "chronicle.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "chronicle.urls"
WSGI_APPLICATION = "chronicle.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Русский")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = CHRONICLE_HOME / "static"
MEDIA_ROOT = CHRONICLE_HOME / "media"
LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"
# django-bootstrap5 must never point visitors at a CDN.
BOOTSTRAP5 = {
    "css_url": {"url": "/static/vendor/bootstrap/bootstrap.min.css"},
    "javascript_url": {"url": "/static/vendor/bootstrap/bootstrap.bundle.min.js"},
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the cookie-free template tag instead
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

_TASK_BACKENDS = {
    "db": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
TASKS = {"default": _TASK_BACKENDS[os.environ.get("CHRONICLE_TASKS", "db")]}
RQ_QUEUES = {"default": {"URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")}}

LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("CHRONICLE_LOG_LEVEL", "WARNING")},
}
