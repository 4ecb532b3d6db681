"""Benchmark search and the persons list endpoint over a synthetic database.

Builds N persons (default 100k) with a Latin and a Cyrillic spelling each, 1 in 2 public (surnames
from 15 roots, so one surname's key matches about 1 person in 50, like a common surname), plus
sources with text and 300k acts (`--acts`), in a temporary CHRONICLE_HOME on SQLite (or, when DATABASE_URL is set, in a
fresh PostgreSQL test database that is dropped afterwards); rebuilds the index; then prints
p50/p95 of `search()` for an anonymous reader and a viewer, and of GET /api/persons and
/api/search through Django's test client (server time, no network). Queries are surnames, half
in Cyrillic and half in Latin. Wall-clock and CPU time are both printed: on a shared machine the
CPU time of this process is the steadier figure for SQLite (PostgreSQL's work is in its server).

Run: .venv/bin/python bench/bench_search.py [--persons 100000] [--acts 300000] [--queries 200]
     DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/bench_search.py
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any

SCRATCH = None if "CHRONICLE_HOME" in os.environ else tempfile.mkdtemp(prefix="chronicle-bench-search-")
os.environ.setdefault("CHRONICLE_HOME", SCRATCH or "")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chronicle.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser, Group, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from chronicle.api.tokens import make_token  # noqa: E402
from chronicle.common.search import rebuild_index, search  # noqa: E402
from chronicle.names.translit import to_latin  # noqa: E402
from chronicle.records.models import Act, Event, Person, PersonName, Source  # noqa: E402

GIVEN = [
    "Асхат",
    "Ерлан",
    "Жанболат",
    "Айгуль",
    "Мурат",
    "Нурлан",
    "Сауле",
    "Қасым",
    "Ұлжан",
    "Әлия",
    "Серік",
    "Бауыржан",
    "Гүлнар",
    "Дархан",
    "Макс",
]
ROOTS = [
    "Жексеба",
    "Бока",
    "Абиш",
    "Нурга",
    "Сулейменов",
    "Қасым",
    "Төлеге",
    "Ибра",
    "Есен",
    "Байма",
    "Дуйсемби",
    "Клыш",
    "Тока",
    "Омар",
    "Сейтқали",
]
ENDINGS = ["ев", "ов", "ин", "ұлы", "ева", "ова", ""]
WORDS = [
    "court",
    "detention",
    "activist",
    "prison",
    "sentence",
    "protest",
    "hearing",
    "police",
    "appeal",
    "arrest",
    "letter",
    "rights",
]
BATCH = 5000


def percentiles(samples: list[float]) -> str:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {statistics.median(ordered) * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms"


def report(label: str, samples: list[tuple[float, float]]) -> None:
    """Wall-clock figures, and this process's CPU time (all of SQLite's work, none of PostgreSQL's server)."""
    wall, cpu = [sample[0] for sample in samples], [sample[1] for sample in samples]
    print(f"{label:32} wall {percentiles(wall)}   cpu {percentiles(cpu)}")


def cyrillic_name(rng: random.Random) -> str:
    """A Kazakh-style name in Cyrillic."""
    return f"{rng.choice(GIVEN)} {rng.choice(ROOTS)}{rng.choice(ENDINGS)}{rng.randint(0, 999):03d}"


def build_people(count: int, rng: random.Random) -> list[str]:
    """`count` persons, half public, each with a Cyrillic and a Latin spelling; returns the Cyrillic surnames."""
    surnames = []
    for start in range(0, count, BATCH):
        people, names = [], []
        for n in range(start, min(start + BATCH, count)):
            cyrillic = cyrillic_name(rng)
            latin = to_latin(cyrillic).title()
            public = n % 2 == 0
            people.append(
                Person(
                    uid=f"P:{n}",
                    display_name=latin,
                    published=public,
                    confidentiality="clear" if public else rng.choice(["amber", "red"]),
                    consent="full" if public else "none",
                )
            )
            names.append((cyrillic, latin))
            surnames.append(cyrillic.split()[1])
        created = Person.objects.bulk_create(people)
        rows = [
            PersonName(person=p, full_name=spelling)
            for p, pair in zip(created, names, strict=True)
            for spelling in pair
        ]
        PersonName.objects.bulk_create(rows)
    return surnames


def build_sources(count: int, surnames: list[str], rng: random.Random) -> None:
    """`count` sources of about 300 words that mention some persons."""
    sources = []
    for n in range(count):
        words = [rng.choice(WORDS) for _ in range(300)] + [to_latin(rng.choice(surnames)).title() for _ in range(5)]
        rng.shuffle(words)
        text = " ".join(words)
        sources.append(
            Source(uid=f"S:{n}", title=f"Report {n}", text=text, sha256=f"{n:064x}", published=n % 2 == 0,
                   confidentiality="clear" if n % 2 == 0 else "amber")
        )  # fmt: skip
    Source.objects.bulk_create(sources)


def build_acts(count: int, rng: random.Random) -> None:
    """`count` acts (100 per event) against the persons, half of them public."""
    people = list(Person.objects.values_list("pk", flat=True))
    for start in range(0, count, BATCH):
        size = min(BATCH, count - start)
        events = Event.objects.bulk_create(
            Event(uid=f"E:{start + n}", title=f"Event {start + n}", published=True, confidentiality="clear")
            for n in range(0, size, 100)
        )
        Act.objects.bulk_create(
            Act(
                uid=f"A:{start + n}",
                event=events[n // 100],
                act_type=rng.choice(["detention", "search", "fine", "interrogation"]),
                victim_id=rng.choice(people),
                description=f"{rng.choice(WORDS)} {rng.choice(WORDS)}",
                published=n % 2 == 0,
                confidentiality="clear" if n % 2 == 0 else "amber",
            )
            for n in range(size)
        )


def timed(action: Callable[[], Any], repeats: int) -> list[tuple[float, float]]:
    """(wall-clock seconds, CPU seconds of this process) of each call."""
    samples = []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        samples.append((time.perf_counter() - wall, time.process_time() - cpu))
    return samples


def bench(persons: int, acts: int, queries: int) -> None:
    """Build, index and measure."""
    rng = random.Random(20201016)
    started = time.perf_counter()
    surnames = build_people(persons, rng)
    build_sources(max(100, persons // 100), surnames, rng)
    build_acts(acts, rng)
    load = ", ".join(f"{figure:.1f}" for figure in os.getloadavg())
    seconds = time.perf_counter() - started
    print(f"{connection.vendor}: built {persons} persons and {acts} acts in {seconds:.1f} s (load {load})")
    started = time.perf_counter()
    written = rebuild_index()
    print(f"reindex: {sum(written.values())} entries in {time.perf_counter() - started:.1f} s")
    viewer = User.objects.create_user("viewer")
    viewer.groups.add(Group.objects.get_or_create(name="viewer")[0])
    terms = [rng.choice(surnames) for _ in range(queries)]
    mixed = [term if i % 2 else to_latin(term) for i, term in enumerate(terms)]
    for label, user in (("anonymous", AnonymousUser()), ("viewer", viewer)):
        found = iter(mixed)
        samples = timed(lambda user=user, found=found: search(next(found), user=user), queries)
        report(f"search() as {label}", samples)
    client, token = Client(), make_token(viewer)
    for label, headers in (("anonymous", {}), ("viewer", {"Authorization": f"Bearer {token}"})):
        client.get("/api/persons", headers=headers)  # warm up: URL map, schemas, the token's first use
        client.get("/api/search", {"q": mixed[0]}, headers=headers)
        pages = iter(rng.randrange(0, 5000, 20) for _ in range(queries))
        samples = timed(lambda h=headers, p=pages: client.get(f"/api/persons?offset={next(p)}", headers=h), queries)
        report(f"GET /api/persons as {label}", samples)
        found = iter(mixed)
        samples = timed(lambda h=headers, f=found: client.get("/api/search", {"q": next(f)}, headers=h), queries)
        report(f"GET /api/search as {label}", samples)


def main() -> None:
    """Parse arguments, make a scratch database, run, drop it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=300_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    setup_test_environment()
    if connection.vendor == "postgresql":
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            bench(args.persons, args.acts, args.queries)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    else:
        call_command("migrate", verbosity=0)
        try:
            bench(args.persons, args.acts, args.queries)
        finally:
            connection.close()
            if SCRATCH:
                shutil.rmtree(SCRATCH)


if __name__ == "__main__":
    main()
