"""The case-file documentation names every key the format accepts, so it cannot go stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.records.interfaces.casefile.spec import TOP_LEVEL, Spec

DOC = (Path(__file__).resolve().parents[2] / "docs" / "casefile.md").read_text(encoding="utf-8")


def _keys(spec: Spec) -> set[str]:
    keys = {spec.json_name(n) for n in (*spec.scalars, *spec.refs, *spec.many)}
    for child in spec.children:
        keys |= {child.key} | _keys(child)
    return keys


@pytest.mark.parametrize("spec", TOP_LEVEL, ids=lambda spec: spec.key)
def test_docs_name_every_key_of(spec: Spec) -> None:
    missing = sorted(key for key in _keys(spec) | {spec.key} if f"`{key}`" not in DOC)
    assert missing == []
