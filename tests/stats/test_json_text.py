"""The report's JSON writer gives exactly `json.dumps(data, ensure_ascii=False)`, whatever the data."""

from __future__ import annotations

import json
from typing import Any

import pytest

from chronicle.stats.interfaces.json_text import dumps


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        [[]],
        {"a": []},
        {"a": [1, 2.5, None, True, False]},
        ["A:1"],
        ["A:1", "A:2", "A:10"],
        ("A:1", "A:2"),
        {"records": ("A:1",)},
        ['quote"d', "A:2"],
        ["back\\slash"],
        ["new\nline", "tab\t"],
        ["é", "日本", "\u2028", "\x7f"],
        [["a"], ["b", 1]],
        ["a", 1],
        {"k": {"n": {}, "m": [{"x": "y"}]}},
        [float("nan"), float("inf"), 1e300],
        "text",
        3,
        None,
        {1: "x", "2": "y"},
        {"ключ": "значение"},
        [""],
        ["", ""],
    ],
)
def test_writes_what_json_dumps_writes(data: Any) -> None:
    assert dumps(data) == json.dumps(data, ensure_ascii=False)


def test_a_long_list_of_uids_is_one_array() -> None:
    uids = [f"A:{number}" for number in range(10_000)]
    assert dumps({"records": uids, "straddling": []}) == json.dumps({"records": uids, "straddling": []})
