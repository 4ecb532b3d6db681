"""The period report as Markdown: own counts first, others' figures apart, records listed per figure."""

from __future__ import annotations

from chronicle.stats.interfaces.figures import Figure, figures, shown
from chronicle.stats.interfaces.words import coverage_words, words
from chronicle.stats.reporting import PeriodReport, Reconciliation, Section


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]


def _reconciliation(rows: tuple[Reconciliation, ...], w: dict[str, str], language: str) -> list[str]:
    header = [w["figure"], w["period"], w["coverage"], w["own_count"], w["difference"], w["straddling"]]
    body: list[list[object]] = []
    for row in rows:
        stated = f"{row.qualifier_text} {row.quantity} {row.counted}".strip()
        own = row.own.value if row.own else w["no_rule"]
        difference = f"{row.difference:+d}" if row.difference is not None else ""
        straddling = len(row.own.straddling) if row.own else ""
        body.append(
            [
                f"{stated} ({row.author or row.source_title})",
                row.period,
                coverage_words(row.coverage, language),
                own,
                difference,
                straddling,
            ]
        )
    return _table(header, body)


def _section(section: Section, w: dict[str, str]) -> list[str]:
    breakdown = section.breakdown
    lines = [f"### {w[breakdown.rule].capitalize()} {w[breakdown.facet]}", "", f"_{breakdown.definition}_", ""]
    rows: list[list[object]] = [[line.label, line.count.value, len(line.count.straddling)] for line in section.lines]
    if section.total is not None:
        rows.append([f"**{w['total']}**", f"**{section.total}**", ""])
    lines += _table(["", w["value"], w["straddling"]], rows)
    return lines + ([] if section.total is not None else ["", f"_{w['no_total']}_"]) + [""]


def _records(figure: Figure, limit: int | None, w: dict[str, str]) -> list[str]:
    count = figure.count
    lines = [f"- **{figure.title}** = {count.value}"]
    for label, records in (("", count.records), (w["straddling"] + ": ", count.straddling)):
        if records:
            listed, more = shown(records, limit)
            extra = f" … (+{more} {w['more']})" if more else ""
            lines.append(f"  - {label}" + ", ".join(f"`{uid}`" for uid in listed) + extra)
    return lines


def render_markdown(report: PeriodReport, *, records_limit: int | None = 50) -> str:
    """Markdown text of the report; each figure's records are listed, up to `records_limit` each."""
    w = words(report.language)
    period = report.period
    lines = [f"# {w['title']}: {period.start} – {period.end}", ""]
    if report.scope.describe():
        lines += [f"{w['scope']}: {report.scope.describe()}", ""]
    lines += [f"## {w['own']}", "", f"_{w['own_note']}_", "", *report.sentences, ""]
    lines += [f"## {w['reported']}", "", f"_{w['reported_note']}_", ""]
    lines += [f"- {sentence}" for sentence in report.reported] + [""]
    lines += [f"## {w['reconciliation']}", "", *_reconciliation(report.reconciliation, w, report.language), ""]
    lines += [f"## {w['breakdowns']}", ""]
    for section in report.sections:
        lines += _section(section, w)
    lines += [f"## {w['prisoners']} {period.end}", ""]
    lines += [f"{n}. {p.name} (`{p.uid}`) — {', '.join(p.claimed_by)}" for n, p in enumerate(report.prisoners, 1)]
    lines += [] if report.prisoners else [w["none"]]
    lines += ["", f"## {w['rules']}", ""] + [f"- **{name}**: {text}" for name, text in report.rules.items()]
    lines += ["", f"## {w['records']}", ""]
    for figure in figures(report, w):
        lines += _records(figure, records_limit, w)
    return "\n".join(lines) + "\n"
