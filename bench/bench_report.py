"""Period report on a synthetic record of 300k acts: time to count and render JSON and PDF.

    .venv/bin/python bench/bench_report.py                  # 300k acts, JSON and PDF
    .venv/bin/python bench/bench_report.py --acts 50000 --formats json md html
    .venv/bin/python bench/bench_report.py --home /tmp/bench300k      # keep the SQLite record, reuse it
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/bench_report.py
    .venv/bin/python bench/bench_report.py --home /tmp/bench300k --baseline OLD_SRC --rounds 3

Builds a fresh SQLite database in a temporary CHRONICLE_HOME (or fills the empty PostgreSQL database
named by DATABASE_URL, which is kept and reused once filled) with bulk_create (partial-date bounds
computed here, since bulk_create skips `save`), then times `build_report` and each renderer, as the
`chronicle report` command runs them. With `--baseline OLD_SRC` (a copy of an earlier `src/`) it runs
the whole `chronicle report` command instead, the earlier code and this one alternately in the same
run, and prints wall and CPU seconds (start-up included) and their ratios.
Targets (issue 6): JSON under 5 s, PDF under 30 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
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


PERIODS = (("2020-01-01", "2021-12-31"), ("2020-07-30", "2020-09-27"))
COMMAND = "import sys; from chronicle.cli import main; sys.argv[0] = 'chronicle'; main()"


def _setup(home: Path) -> bool:
    """Point Django at the bench's database and migrate it; True when it already holds a record."""
    os.environ["CHRONICLE_HOME"] = str(home)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chronicle.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from chronicle.records.models import Act

    return Act.objects.exists()


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


def time_command(src: str | None, start: str, end: str, fmt: str, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds (start-up included) of `chronicle report` run from `src` (None: this checkout)."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    arguments = ["report", "--from", start, "--to", end, "--format", fmt, "--out", str(out)]
    subprocess.run([sys.executable, "-c", COMMAND, *arguments], env=env, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(baseline: str, formats: list[str], rounds: int) -> None:
    """The earlier code's command and this one's, alternately, with the ratios of their times."""
    with tempfile.TemporaryDirectory(prefix="chronicle-bench-out-") as directory:
        for round_number in range(1, rounds + 1):
            for start, end in PERIODS:
                for fmt in formats:
                    old_out, new_out = Path(directory) / f"old.{fmt}", Path(directory) / f"new.{fmt}"
                    old_wall, old_cpu = time_command(baseline, start, end, fmt, old_out)
                    new_wall, new_cpu = time_command(None, start, end, fmt, new_out)
                    same = "same bytes" if old_out.read_bytes() == new_out.read_bytes() else "outputs differ"
                    print(
                        f"round {round_number} {start}..{end} {fmt:>4}: before {old_cpu:5.2f} s CPU "
                        f"({old_wall:5.2f} s wall), after {new_cpu:5.2f} s CPU ({new_wall:5.2f} s wall); "
                        f"ratio CPU {old_cpu / new_cpu:4.1f}, wall {old_wall / new_wall:4.1f}; {same}; "
                        f"load {os.getloadavg()[0]:.1f}",
                        flush=True,
                    )


def main() -> None:
    """Build the synthetic record and print timings per format and period."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--acts", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--formats", nargs="+", default=["json", "pdf"])
    parser.add_argument("--home", type=Path, help="keep the database here and reuse it on the next run")
    parser.add_argument("--baseline", help="a copy of an earlier src/: time both commands side by side")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of the side-by-side comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronicle-bench-report-") as scratch:
        home = args.home or Path(scratch)
        engine = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
        if _setup(home):
            print(f"reusing the record in {os.environ.get('DATABASE_URL') or home}")
        else:
            print(f"built {args.acts} acts in {build(args.acts, args.seed):.1f} s ({engine}, {home})", flush=True)
        if args.baseline:
            compare(args.baseline, args.formats, args.rounds)
        else:
            for start, end in PERIODS:
                for fmt in args.formats:
                    counting, rendering, cpu, size = time_report(start, end, fmt)
                    total = counting + rendering
                    print(
                        f"{start}..{end} {fmt:>4}: count {counting:5.2f} s + render {rendering:5.2f} s "
                        f"= {total:5.2f} s wall ({cpu:5.2f} s CPU), {size / 1e6:6.1f} MB",
                        flush=True,
                    )
        print(f"{engine}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
