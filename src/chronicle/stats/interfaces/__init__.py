"""Renderers of the period report (JSON, CSV, Markdown, HTML with charts, PDF); the data comes from stats.reporting."""

from chronicle.stats.interfaces.output import write_atomically
from chronicle.stats.interfaces.render import FORMATS, render

__all__ = ["FORMATS", "render", "write_atomically"]
