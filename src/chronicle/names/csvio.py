"""Reading the input of `chronicle link` strictly, and writing its outputs all or nothing."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from chronicle.names.link import InputRecord, ScoredPair

REQUIRED = ("record_id", "name")
MIN_LETTERS = 2
YEARS = range(1850, 2101)


class InputError(ValueError):
    """The input file cannot be linked as it is; the message names the file and the row."""


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"{path}: line {line} is not valid UTF-8 (a legacy or mixed encoding?); save the file as UTF-8"
        ) from error


def _birth_year(path: Path, line: int, text: str) -> int | None:
    text = text.strip()
    if text.endswith(".0"):
        text = text[:-2]  # spreadsheets export whole numbers as 1980.0
    if not text:
        return None
    if not text.isdigit() or int(text) not in YEARS:
        raise InputError(f"{path}: line {line}: birth_year {text!r} is not a year")
    return int(text)


_DATE_FORMATS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),  # 1989-03-08
    re.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})"),  # 08.03.1989, 08/03/1989 (day first)
)


def _birth_date(path: Path, line: int, text: str) -> str | None:
    """A date of birth as YYYY-MM-DD, from the ISO form or the day-first forms of the region's registries."""
    text = text.strip()
    if not text:
        return None
    for pattern in _DATE_FORMATS:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        try:
            return date(int(found["y"]), int(found["m"]), int(found["d"])).isoformat()
        except ValueError:
            break
    raise InputError(f"{path}: line {line}: birth_date {text!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)")


def _record(path: Path, line: int, row: dict[str, str | None]) -> InputRecord:
    record_id = (row.get("record_id") or "").strip()
    name = (row.get("name") or "").strip()
    if not record_id:
        raise InputError(f"{path}: line {line}: empty record_id")
    if "\ufffd" in name:
        raise InputError(
            f"{path}: line {line} (record {record_id}): name {name!r} holds the replacement "
            "character: the file was decoded with the wrong encoding before it was saved"
        )
    if sum(char.isalpha() for char in name) < MIN_LETTERS:
        raise InputError(f"{path}: line {line} (record {record_id}): name {name!r} is empty or one letter")
    birth_date = _birth_date(path, line, row.get("birth_date") or "")
    birth_year = _birth_year(path, line, row.get("birth_year") or "")
    if birth_year is None and birth_date is not None:
        birth_year = int(birth_date[:4])
    return InputRecord(
        record_id=record_id,
        name=name,
        birth_year=birth_year,
        region=(row.get("region") or "").strip() or None,
        source=(row.get("source") or "").strip() or None,
        birth_date=birth_date,
    )


def read_records(path: Path) -> list[InputRecord]:
    """Every record of an input CSV, or InputError naming the first bad row."""
    reader = csv.DictReader(io.StringIO(_decode(path), newline=""))
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in reader.fieldnames]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)} in the header line")
    records: list[InputRecord] = []
    first_line: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        record = _record(path, line, row)
        if record.record_id in first_line:
            first = first_line[record.record_id]
            message = f"duplicate record_id {record.record_id!r} (first on line {first})"
            raise InputError(f"{path}: line {line}: {message}")
        first_line[record.record_id] = line
        records.append(record)
    return records


def _temporary_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    with os.fdopen(handle, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return Path(name)


def write_outputs(
    clusters: dict[str, str], out: Path, pairs: Sequence[ScoredPair] | None, pairs_out: Path | None
) -> None:
    """Write CLUSTERS (and PAIRS): both to temporary files first, renamed only when complete."""
    written = [(_temporary_csv(out, ("record_id", "cluster_id"), clusters.items()), out)]
    try:
        if pairs is not None and pairs_out is not None:
            written.append((_temporary_csv(pairs_out, PAIR_HEADER, _pair_rows(pairs)), pairs_out))
    except BaseException:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, final in written:
        os.replace(temporary, final)


PAIR_HEADER = ("record_id_l", "record_id_r", "match_probability", "veto",
               "name", "patronymic", "birth_year", "sex", "region")  # fmt: skip


def _pair_rows(pairs: Sequence[ScoredPair]) -> Iterable[Sequence[object]]:
    for pair in pairs:
        levels = [pair.levels[c] for c in PAIR_HEADER[4:]]
        yield (pair.left, pair.right, f"{pair.probability:.6f}", pair.veto or "", *levels)
