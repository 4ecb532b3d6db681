"""The same model on Spark (local mode) gives the same pairs and clusters as on DuckDB."""

from __future__ import annotations

import pytest

from chronicle.names.link import InputRecord, link_records

pytestmark = pytest.mark.slow

RECORDS = [
    InputRecord("r1", "Бокаев Ерлан Кайратович", 1980),
    InputRecord("r2", "Bokayev Yerlan", 1980),
    InputRecord("r3", "BOKAEV ERLAN"),
    InputRecord("r4", "Бокаев Ермек Кайратович", 1983),
    InputRecord("r5", "Yermek Bokayev"),
]


def _scores(engine: str) -> tuple[dict[str, str], list[tuple[str, str, float]]]:
    result = link_records(RECORDS, engine=engine)
    pairs = sorted((p.left, p.right, round(p.probability, 6)) for p in result.pairs)
    return result.clusters, pairs


def test_spark_engine_agrees_with_duckdb() -> None:
    pytest.importorskip("pyspark")
    spark = _scores("spark")
    assert spark == _scores("duckdb")
    assert spark[0] == {"r1": "r1", "r2": "r1", "r3": "r1", "r4": "r4", "r5": "r4"}
