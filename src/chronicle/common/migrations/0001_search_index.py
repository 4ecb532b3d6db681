"""The search index: a table of entries, and the engine's text index over it (FTS5 or a tsvector)."""

from typing import Any

from django.db import migrations, models

# Frozen copies of chronicle.common.search.engine's statements at the time of this migration.
SQLITE_SCHEMA = ("CREATE VIRTUAL TABLE common_searchentry_fts USING fts5(title, body, keys, content='common_searchentry', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='3')", 'CREATE TRIGGER common_searchentry_fts_ai AFTER INSERT ON common_searchentry BEGIN INSERT INTO common_searchentry_fts(rowid, title, body, keys) VALUES (new.id, new.title, new.body, new.keys); END', "CREATE TRIGGER common_searchentry_fts_ad AFTER DELETE ON common_searchentry BEGIN INSERT INTO common_searchentry_fts(common_searchentry_fts, rowid, title, body, keys) VALUES ('delete', old.id, old.title, old.body, old.keys); END", "CREATE TRIGGER common_searchentry_fts_au AFTER UPDATE ON common_searchentry BEGIN INSERT INTO common_searchentry_fts(common_searchentry_fts, rowid, title, body, keys) VALUES ('delete', old.id, old.title, old.body, old.keys); INSERT INTO common_searchentry_fts(rowid, title, body, keys) VALUES (new.id, new.title, new.body, new.keys); END")
SQLITE_DROP = ('DROP TABLE IF EXISTS common_searchentry_fts',)
POSTGRES_SCHEMA = ("ALTER TABLE common_searchentry ADD COLUMN document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B') || setweight(to_tsvector('simple', keys), 'D')) STORED", 'CREATE INDEX common_searchentry_document ON common_searchentry USING gin (document)')
POSTGRES_DROP = ('ALTER TABLE common_searchentry DROP COLUMN IF EXISTS document',)


def schema(vendor: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if vendor == "postgresql":
        return POSTGRES_SCHEMA, POSTGRES_DROP
    return SQLITE_SCHEMA, SQLITE_DROP


def create_text_index(apps: Any, schema_editor: Any) -> None:
    create, _ = schema(schema_editor.connection.vendor)
    for statement in create:
        schema_editor.execute(statement)


def drop_text_index(apps: Any, schema_editor: Any) -> None:
    _, drop = schema(schema_editor.connection.vendor)
    for statement in drop:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    initial = True

    dependencies: list[tuple[str, str]] = []

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(max_length=20)),
                ("object_id", models.BigIntegerField()),
                ("uid", models.CharField(max_length=120)),
                ("title", models.CharField(max_length=500)),
                ("body", models.TextField()),
                ("keys", models.TextField()),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("kind", "object_id"), name="search_entry_once")],
            },
        ),
        migrations.RunPython(create_text_index, drop_text_index),
    ]
