"""Charts drawn by matplotlib as inline SVG: no external file, no script, text kept as text."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

from django.utils.safestring import SafeString, mark_safe
from matplotlib.figure import Figure


def bar_chart_svg(labels: list[str], values: list[int], *, title: str) -> SafeString:
    """A horizontal bar chart as an <svg> element (labels are drawn as escaped SVG text)."""
    figure = Figure(figsize=(7, 0.45 * max(len(labels), 2) + 1))
    axes = figure.add_subplot()
    positions = list(range(len(labels)))
    axes.barh(positions, values, color="#0d6efd")
    axes.set_yticks(positions, labels)
    axes.invert_yaxis()
    axes.set_title(title)
    for position, value in zip(positions, values, strict=True):
        axes.text(value, position, f" {value}", va="center")
    figure.tight_layout()
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    return mark_safe(svg[svg.index("<svg") :])  # matplotlib escapes every label it draws as SVG text
