"""One interface over Splink's backends: DuckDB embedded (default) and Spark (for scale)."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Sequence
from typing import Any

from chronicle.names.features import COLUMNS, Features

ENGINES = ("duckdb", "spark")


def _columns(rows: Sequence[Features]) -> dict[str, list[Any]]:
    return {column: [getattr(row, column) for row in rows] for column in COLUMNS}


def _arrow_table(rows: Sequence[Features]) -> Any:
    import pyarrow as pa

    schema = pa.schema([(c, pa.int64() if c == "byear" else pa.string()) for c in COLUMNS])
    return pa.table(_columns(rows), schema=schema)


def _duckdb_api() -> Any:
    import duckdb
    from splink import DuckDBAPI

    connection = duckdb.connect()
    connection.execute("SET threads TO 2")
    return DuckDBAPI(connection=connection)


def spark_session() -> Any:
    """A local Spark session (2 cores) unless one is already running."""
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("chronicle-link")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    if not session.sparkContext.getCheckpointDir():
        # Splink checkpoints intermediate tables; a private temporary directory per process.
        session.sparkContext.setCheckpointDir(tempfile.mkdtemp(prefix="chronicle-spark-"))
    return session


def _spark_table(rows: Sequence[Features]) -> Any:
    return spark_session().createDataFrame(_arrow_rows(rows), _spark_schema())


def _arrow_rows(rows: Sequence[Features]) -> list[tuple[Any, ...]]:
    return [tuple(getattr(row, c) for c in COLUMNS) for row in rows]


def _spark_schema() -> Any:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    return StructType([StructField(c, LongType() if c == "byear" else StringType(), True) for c in COLUMNS])


def register(engine: str, rows: Sequence[Features]) -> tuple[Any, Any]:
    """(database API, registered input table) for the chosen engine."""
    # A fresh name each time: a Spark session outlives one run and keeps its views.
    name = f"people_{uuid.uuid4().hex[:12]}"
    if engine == "duckdb":
        api = _duckdb_api()
        return api, api.register(_arrow_table(rows), dataset_display_name=name)
    if engine == "spark":
        from splink import SparkAPI

        api = SparkAPI(spark_session=spark_session())
        return api, api.register(_spark_table(rows), dataset_display_name=name)
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")


def fetch_pairs(engine: str, predictions: Any) -> list[tuple[str, str, float]]:
    """(left id, right id, probability) of every scored pair, read without building dicts."""
    columns = "unique_id_l, unique_id_r, match_probability"
    if engine == "spark":
        frame = predictions.as_spark_dataframe().selectExpr(*columns.split(", "))
        return [(str(a), str(b), float(p)) for a, b, p in frame.collect()]
    relation = predictions.as_duckdbpyrelation().project(columns)
    return [(str(a), str(b), float(p)) for a, b, p in relation.fetchall()]
