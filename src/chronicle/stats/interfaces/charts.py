"""Charts for the report, drawn with matplotlib (Agg) and embedded as base64 SVG data URIs: no external files."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicle.stats.reporting import Reconciliation, Section

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_BARS = 15
COUNTED, UNCERTAIN, REPORTED = "#1f4e79", "#a9c4e0", "#c0504d"


def _data_uri(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue().encode()).decode()


def _figure(rows: int) -> Figure:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure as MatplotlibFigure

    return MatplotlibFigure(figsize=(7.0, 1.2 + 0.32 * rows))


def section_chart(section: Section, title: str, legend: Sequence[str]) -> str | None:
    """Horizontal bars of a breakdown: counted, and stacked after it the straddling records; None if empty."""
    lines = section.lines[:MAX_BARS]
    if not lines:
        return None
    figure = _figure(len(lines))
    axes = figure.subplots()
    labels = [line.label[:50] for line in lines]
    counted = [line.count.value for line in lines]
    uncertain = [len(line.count.straddling) for line in lines]
    axes.barh(labels, counted, color=COUNTED, label=legend[0])
    axes.barh(labels, uncertain, left=counted, color=UNCERTAIN, label=legend[1])
    axes.invert_yaxis()
    axes.set_title(title)
    axes.legend(loc="lower right", fontsize="small")
    return _data_uri(figure)


def reconciliation_chart(rows: Sequence[Reconciliation], legend: Sequence[str]) -> str | None:
    """Paired bars: each reported figure beside Chronicle's own count; None when nothing is comparable."""
    comparable = [row for row in rows if row.own is not None][:MAX_BARS]
    if not comparable:
        return None
    figure = _figure(2 * len(comparable))
    axes = figure.subplots()
    positions = range(len(comparable))
    labels = [f"{row.counted[:45]} ({row.period})" for row in comparable]
    axes.barh([p - 0.2 for p in positions], [row.quantity for row in comparable], 0.4, color=REPORTED, label=legend[0])
    own = [row.own.value if row.own else 0 for row in comparable]
    axes.barh([p + 0.2 for p in positions], own, 0.4, color=COUNTED, label=legend[1])
    axes.set_yticks(list(positions), labels, fontsize="small")
    axes.invert_yaxis()
    axes.legend(loc="lower right", fontsize="small")
    return _data_uri(figure)
