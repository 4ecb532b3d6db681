"""Server time of the monitors' list, search and person pages over a synthetic database.

Builds N persons (default 100k) with a Latin and a Cyrillic spelling each, 3 acts per person (300k)
in events of 10 acts, a political-prisoner status claim for 1 person in 10, half the records CLEAR and
published and the rest AMBER or RED; rebuilds the search index; then, as a logged-in viewer through
Django's test client (server time, no network), prints p50/p95 of GET /persons/ (random pages), the
persons list filtered by status and by region, /search/ (surnames, half Cyrillic, half Latin) and a
person's page. SQLite in a temporary CHRONICLE_HOME, or, when DATABASE_URL is set, a fresh PostgreSQL
test database dropped afterwards (VACUUM ANALYZEd after loading, as autovacuum would).

Run: .venv/bin/python bench/bench_pages.py [--persons 100000] [--requests 200]
     DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/bench_pages.py
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from typing import Any

os.environ.setdefault("CHRONICLE_HOME", tempfile.mkdtemp(prefix="chronicle-bench-pages-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chronicle.settings")

import django

django.setup()

from django.contrib.auth.models import Group, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from chronicle.common.search import rebuild_index  # noqa: E402
from chronicle.names.translit import to_latin  # noqa: E402
from chronicle.records.models import Act, Event, Organization, Person, PersonName, StatusClaim  # noqa: E402
from chronicle.vocab.loader import vocabulary  # noqa: E402

GIVEN = ["Асхат", "Ерлан", "Жанболат", "Айгуль", "Мурат", "Нурлан", "Сауле", "Қасым", "Ұлжан", "Әлия"]
ROOTS = ["Жексеба", "Бока", "Абиш", "Нурга", "Сулейменов", "Қасым", "Төлеге", "Ибра", "Есен", "Байма"]
ENDINGS = ["ев", "ов", "ин", "ұлы", "ева", "ова", ""]
ACT_TYPES = ["detention", "arrest", "house_arrest", "administrative_arrest", "pretrial_custody"]
BATCH = 5000
ACTS_PER_PERSON = 3
ACTS_PER_EVENT = 10


def percentiles(samples: list[float]) -> str:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {statistics.median(ordered) * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms"


def report(label: str, samples: list[tuple[float, float]]) -> None:
    """Wall-clock figures, and this process's CPU time (all of SQLite's work, none of PostgreSQL's server)."""
    wall, cpu = [sample[0] for sample in samples], [sample[1] for sample in samples]
    print(f"{label:40} wall {percentiles(wall)}   cpu {percentiles(cpu)}")


def level(n: int, rng: random.Random) -> dict[str, Any]:
    """Half the records public, the rest internal."""
    if n % 2 == 0:
        return {"published": True, "confidentiality": "clear"}
    return {"published": False, "confidentiality": rng.choice(["amber", "red"])}


def build_batch(start: int, stop: int, rng: random.Random, regions: list[str], claimant: Organization) -> list[str]:
    """Persons start..stop with names, events, acts and status claims; returns their Cyrillic surnames."""
    people, spellings = [], []
    for n in range(start, stop):
        cyrillic = f"{rng.choice(GIVEN)} {rng.choice(ROOTS)}{rng.choice(ENDINGS)}{rng.randint(0, 999):03d}"
        latin = to_latin(cyrillic).title()
        consent = "full" if n % 2 == 0 else "none"
        people.append(
            Person(uid=f"P:{n}", display_name=latin, region=rng.choice(regions), consent=consent, **level(n, rng))
        )
        spellings.append((cyrillic, latin))
    created = Person.objects.bulk_create(people)
    PersonName.objects.bulk_create(
        [PersonName(person=p, full_name=s) for p, pair in zip(created, spellings, strict=True) for s in pair]
    )
    victims = [p for p in created for _ in range(ACTS_PER_PERSON)]
    events = Event.objects.bulk_create(
        [Event(uid=f"E:{start}:{i}", title=f"Event {start}:{i}", start="2021", **level(i, rng))
         for i in range(0, len(victims), ACTS_PER_EVENT)]
    )  # fmt: skip
    acts = []
    for i, victim in enumerate(victims):
        day = f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        acts.append(Act(uid=f"A:{start}:{i}", event=events[i // ACTS_PER_EVENT], act_type=rng.choice(ACT_TYPES),
                        victim=victim, start=day, **level(i, rng)))  # fmt: skip
    for act in acts:  # bulk_create skips save(): fill the partial-date bounds as save() would
        act.start_earliest = act.start_latest = date.fromisoformat(act.start)
    Act.objects.bulk_create(acts)
    StatusClaim.objects.bulk_create(
        [StatusClaim(uid=f"SC:{p.uid}", person=p, status="political_prisoner", claimed_by=claimant,
                     recognised_on="2021-01-01", **level(i, rng))
         for i, p in enumerate(created) if i % 10 == 0]
    )  # fmt: skip
    return [pair[0].split()[1] for pair in spellings]


def timed(action: Callable[[], Any], repeats: int) -> list[tuple[float, float]]:
    """(wall-clock seconds, CPU seconds of this process) of each call, failing on any non-200 answer."""
    samples = []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        response = action()
        samples.append((time.perf_counter() - wall, time.process_time() - cpu))
        assert response.status_code == 200, response.status_code
    return samples


def bench(persons: int, requests: int) -> None:
    """Build, index and measure."""
    rng = random.Random(20201016)
    regions = vocabulary("regions").codes()
    claimant = Organization.objects.create(name="Human rights monitor", confidentiality="clear", published=True)
    started = time.perf_counter()
    surnames: list[str] = []
    for start in range(0, persons, BATCH):
        surnames += build_batch(start, min(start + BATCH, persons), rng, regions, claimant)
    print(f"{connection.vendor}: built {persons} persons, {persons * ACTS_PER_PERSON} acts "
          f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
    started = time.perf_counter()
    written = rebuild_index()
    print(f"reindex: {sum(written.values())} entries in {time.perf_counter() - started:.1f} s")
    if connection.vendor == "postgresql":  # fresh bulk-loaded tables have no planner statistics yet
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    viewer = User.objects.create_user("viewer")
    viewer.groups.add(Group.objects.get_or_create(name="viewer")[0])
    client = Client()
    client.force_login(viewer)
    client.get("/persons/")  # warm up: URL map, templates, session
    last_page = max(1, persons // 2 // 50)
    ids = list(Person.objects.filter(confidentiality__in=["clear", "amber"]).values_list("pk", flat=True)[:50_000])
    terms = [rng.choice(surnames) for _ in range(requests)]
    queries = iter(term if i % 2 else to_latin(term) for i, term in enumerate(terms))
    pages: list[tuple[str, Callable[[], Any]]] = [
        ("GET /persons/?page=N", lambda: client.get("/persons/", {"page": rng.randint(1, last_page)})),
        ("GET /persons/?status=political_prisoner", lambda: client.get("/persons/", {"status": "political_prisoner"})),
        ("GET /persons/?region=R", lambda: client.get("/persons/", {"region": rng.choice(regions)})),
        ("GET /search/?q=surname", lambda: client.get("/search/", {"q": next(queries)})),
        ("GET /persons/<id>/", lambda: client.get(f"/persons/{rng.choice(ids)}/")),
    ]
    for label, action in pages:
        report(label, timed(action, requests))


def main() -> None:
    """Parse arguments, make a scratch database, run, drop it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database (prints its name)")
    args = parser.parse_args()
    setup_test_environment()
    if connection.vendor == "postgresql":
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            bench(args.persons, args.requests)
        finally:
            if args.keep:
                print(f"kept database {connection.settings_dict['NAME']}")
            else:
                connection.creation.destroy_test_db(old_name, verbosity=0)
    else:
        call_command("migrate", verbosity=0)
        bench(args.persons, args.requests)


if __name__ == "__main__":
    main()
