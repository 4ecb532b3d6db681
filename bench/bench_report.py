"""Period report on a synthetic record of 300k acts: time to count and render JSON and PDF.

    .venv/bin/python bench/bench_report.py                  # 300k acts, JSON and PDF
    .venv/bin/python bench/bench_report.py --acts 50000 --formats json md html

Builds a fresh SQLite database in a temporary CHRONICLE_HOME with bulk_create (partial-date bounds
computed here, since bulk_create skips `save`), then times `build_report` and each renderer, as the
`chronicle report` command runs them. Targets (issue 6): JSON under 5 s, PDF under 30 s.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

FIRST_DAY = date(2020, 1, 1)
DAYS = 731
ACT_TYPES = ("detention", "arrest", "administrative_arrest", "fine", "search", "harassment", "summons", "threat")
REGIONS = ("KZ-75", "KZ-71", "KZ-79", "KZ-19", "KZ-35", "KZ-47", "KZ-63", "")
ARTICLES = ("KZ-CC-2014:405", "KZ-CC-2014:174", "KZ-CC-2014:274", "KZ-CAO-2014:488")
PERPETRATORS = ("police", "national_security", "court", "unknown")


def _setup(home: Path) -> None:
    os.environ["CHRONICLE_HOME"] = str(home)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chronicle.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _edtf(rng: random.Random) -> str:
    """A partial date: mostly days, some months, years, open ranges and unknowns."""
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    roll = rng.random()
    if roll < 0.75:
        return day.isoformat()
    if roll < 0.88:
        return day.isoformat()[:7]
    if roll < 0.93:
        return str(day.year)
    return f"../{day.isoformat()}" if roll < 0.97 else ""


def _bounds(text: str) -> dict[str, Any]:
    from chronicle.common.partial_date import parse_partial_date

    if not text:
        return {"start": "", "start_earliest": None, "start_latest": None}
    parsed = parse_partial_date(text)
    return {"start": text, "start_earliest": parsed.earliest, "start_latest": parsed.latest}


def _people(count: int, rng: random.Random) -> list[Any]:
    from chronicle.records.models import Person

    people = [Person(uid=f"P:{n}", display_name=f"Person {n}", region=rng.choice(REGIONS)) for n in range(count)]
    return Person.objects.bulk_create(people, batch_size=5000)


def _events(count: int, rng: random.Random) -> list[Any]:
    from chronicle.records.models import Event, Organization

    movements = Organization.objects.bulk_create(
        [Organization(uid=f"O:{n}", name=f"Movement {n}", kind="movement") for n in range(10)]
    )
    events = Event.objects.bulk_create(
        [
            Event(uid=f"E:{n}", title=f"Event {n}", region=rng.choice(REGIONS), **_bounds(_edtf(rng)))
            for n in range(count)
        ],
        batch_size=5000,
    )
    through = Event.related_organizations.through
    links = [through(event_id=e.pk, organization_id=rng.choice(movements).pk) for e in events if rng.random() < 0.4]
    through.objects.bulk_create(links, batch_size=5000)
    return events


def _cases(people: list[Any], count: int, rng: random.Random) -> list[Any]:
    from chronicle.records.models import Charge, LegalCase

    cases = []
    for n in range(count):
        opened = _bounds(_edtf(rng))
        cases.append(
            LegalCase(
                uid=f"C:{n}",
                defendant=rng.choice(people),
                kind=rng.choice(("criminal", "administrative")),
                opened=opened["start"],
                opened_earliest=opened["start_earliest"],
                opened_latest=opened["start_latest"],
                region=rng.choice(REGIONS),
            )
        )
    cases = LegalCase.objects.bulk_create(cases, batch_size=5000)
    Charge.objects.bulk_create([Charge(legal_case=c, article=rng.choice(ARTICLES)) for c in cases], batch_size=5000)
    return cases


def _acts(count: int, events: list[Any], people: list[Any], cases: list[Any], rng: random.Random) -> None:
    from chronicle.records.models import Act, Involvement

    batch = []
    for n in range(count):
        named = rng.random() < 0.9
        batch.append(
            Act(
                uid=f"A:{n}",
                event=rng.choice(events),
                act_type=rng.choice(ACT_TYPES),
                victim=rng.choice(people) if named else None,
                victim_count_min=None if named else rng.randint(1, 20),
                region=rng.choice(REGIONS),
                legal_case=rng.choice(cases) if rng.random() < 0.2 else None,
                legal_articles=[rng.choice(ARTICLES)] if rng.random() < 0.3 else [],
                **_bounds(_edtf(rng)),
            )
        )
    acts = Act.objects.bulk_create(batch, batch_size=5000)
    involvements = [Involvement(act=a, perpetrator_type=rng.choice(PERPETRATORS)) for a in acts if rng.random() < 0.5]
    Involvement.objects.bulk_create(involvements, batch_size=5000)


def _figures() -> None:
    from chronicle.records.models import ReportedStatistic, Source

    source = Source.objects.create(uid="S:bench", title="Synthetic bulletin")
    for category, quantity in (("persecution_cases", 280000), ("criminal_case", 9000), ("detention", 40000)):
        ReportedStatistic.objects.create(
            uid=f"R:{category}", source=source, quantity=quantity, counted=category, category=category,
            period="2020-01-01/2021-12-31",
        )  # fmt: skip


def build(acts: int, seed: int) -> float:
    """Fill the database; returns seconds taken."""
    rng = random.Random(seed)
    started = time.perf_counter()
    people = _people(max(acts // 3, 10), rng)
    events = _events(max(acts // 10, 10), rng)
    cases = _cases(people, max(acts // 10, 10), rng)
    _acts(acts, events, people, cases, rng)
    _figures()
    return time.perf_counter() - started


def time_report(start: str, end: str, fmt: str) -> tuple[float, float, float, int]:
    """Wall seconds to build and to render the report, CPU seconds for both, bytes written (as the command does)."""
    from chronicle.stats.counting import Scope
    from chronicle.stats.interfaces import render, write_atomically
    from chronicle.stats.reporting import build_report, period_of

    cpu = time.process_time()
    started = time.perf_counter()
    report = build_report(period_of(start, end), scope=Scope())
    built = time.perf_counter()
    content = render(report, fmt, records_limit=20 if fmt == "pdf" else 50)
    with tempfile.TemporaryDirectory() as directory:
        write_atomically(Path(directory) / f"report.{fmt}", content)
    return built - started, time.perf_counter() - built, time.process_time() - cpu, len(content)


def main() -> None:
    """Build the synthetic record and print timings per format and period."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--acts", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--formats", nargs="+", default=["json", "pdf"])
    parser.add_argument("--home", type=Path, help="keep the database here and reuse it on the next run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronicle-bench-report-") as scratch:
        home = args.home or Path(scratch)
        reuse = (home / "chronicle.sqlite3").exists()
        _setup(home)
        if reuse:
            print(f"reusing the record in {home}")
        else:
            print(f"built {args.acts} acts in {build(args.acts, args.seed):.1f} s (SQLite, {home})")
        for start, end in (("2020-01-01", "2021-12-31"), ("2020-07-30", "2020-09-27")):
            for fmt in args.formats:
                counting, rendering, cpu, size = time_report(start, end, fmt)
                total = counting + rendering
                print(
                    f"{start}..{end} {fmt:>4}: count {counting:5.2f} s + render {rendering:5.2f} s "
                    f"= {total:5.2f} s wall ({cpu:5.2f} s CPU), {size / 1e6:6.1f} MB"
                )
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
