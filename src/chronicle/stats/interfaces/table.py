"""The period report as CSV: one row per figure, with its records and straddling records."""

from __future__ import annotations

import csv
import io

from chronicle.stats.reporting import PeriodReport

COLUMNS = (
    "section",
    "rule",
    "facet",
    "key",
    "label",
    "reported",
    "own_count",
    "difference",
    "straddling_count",
    "records",
    "straddling_records",
)


def _rows(report: PeriodReport) -> list[list[object]]:
    rows: list[list[object]] = []
    for name, count in report.counts.items():
        rows.append(
            ["own_count", name, "", "", "", "", count.value, "", len(count.straddling), count.records, count.straddling]
        )
    for section in report.sections:
        b = section.breakdown
        for line in section.lines:
            c = line.count
            rows.append(
                [
                    "breakdown",
                    b.rule,
                    b.facet,
                    line.key,
                    line.label,
                    "",
                    c.value,
                    "",
                    len(c.straddling),
                    c.records,
                    c.straddling,
                ]
            )
    for row in report.reconciliation:
        own = row.own
        stated = f"{row.qualifier_text} {row.quantity} {row.counted}".strip()
        rows.append([
            "reconciliation", row.measure, row.period, row.figure, stated, row.quantity,
            own.value if own else "", row.difference if row.difference is not None else "",
            len(own.straddling) if own else "", own.records if own else (), own.straddling if own else (),
        ])  # fmt: skip
    for person in report.prisoners:
        rows.append(["political_prisoner", "political_prisoners", "", person.uid, person.name, "", "", "", "", (), ()])
    return rows


def render_csv(report: PeriodReport) -> str:
    """CSV text; record lists are space-separated uids."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in _rows(report):
        writer.writerow([" ".join(cell) if isinstance(cell, tuple) else cell for cell in row])
    return stream.getvalue()
