"""write_outputs: the full set in Parquet and CSV, typed, escaped, atomic, confined to OUT."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from rencana import output
from rencana.output import escape_formula, read_table, write_outputs
from rencana.schemas import TABLES, coerce, columns, dtypes, empty_frame
from rencana.validate import split_valid

PROV = {"doc_id": "9ed3dace240724e7", "table_id": "p003-t2", "page": 3,
        "extraction_method": "ocr-tesseract+grid", "ocr_confidence": 71.5}


def plan_items() -> pd.DataFrame:
    rows = [
        {**PROV, "row_no": 1, "level": "program", "code_raw": "1.06.04",
         "name": "=HYPERLINK(\"http://x\")", "year": 2024, "budget_idr": 1283419000,
         "target_raw": "-", "target_value": None, "lokasi": "Kelurahan Jati – √"},
        {**PROV, "row_no": 2, "level": "kegiatan", "name": "- Pelaksanaan Koordinasi",
         "parent_row_no": 1, "year": 2024, "target_raw": "-5", "target_value": -5.0,
         "budget_idr": 2**53 + 1, "match_score": 88.0, "canonical_name": "+62 812-3456"},
    ]
    valid, quarantined = split_valid("plan_items", coerce("plan_items", rows))
    assert quarantined.empty
    return valid


def rencana_aksi() -> pd.DataFrame:
    row = {**PROV, "row_no": 1, "aksi": "@SUM(A1)", "tw1": True, "tw2": False, "tw3": True,
           "tw4": False, "volume_value": 12.0}
    return split_valid("rencana_aksi", coerce("rencana_aksi", [row]))[0]


def quarantine_of(table: str, row: dict) -> pd.DataFrame:
    valid, quarantined = split_valid(table, coerce(table, [row]))
    assert valid.empty
    return quarantined


def test_every_table_is_written_in_both_formats_even_when_empty(tmp_path):
    written = write_outputs(tmp_path, {"plan_items": plan_items()}, {})
    expected = {tmp_path / f"{t}.{ext}" for t in TABLES for ext in ("parquet", "csv")}
    assert set(written) == expected
    for table in TABLES:
        with (tmp_path / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle)) == columns(table)
    assert not (tmp_path / "quarantine").exists()


def test_parquet_round_trip_keeps_values_and_dtypes(tmp_path):
    tables = {"plan_items": plan_items(), "rencana_aksi": rencana_aksi()}
    write_outputs(tmp_path, tables, {})
    for table, frame in tables.items():
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"{table}.parquet"), frame)
        pd.testing.assert_frame_equal(read_table(tmp_path, table), frame)
    back = read_table(tmp_path, "plan_items")
    assert back["budget_idr"].tolist() == [1283419000, 2**53 + 1]  # no float detour
    assert back["name"][0] == "=HYPERLINK(\"http://x\")"  # Parquet is not escaped
    for table in TABLES:
        assert read_table(tmp_path, table).dtypes.to_dict() == dtypes(table)


DUCKDB_TYPE = {"str": "VARCHAR", "category": "VARCHAR", "Int16": "SMALLINT",
               "Int32": "INTEGER", "Int64": "BIGINT", "Float64": "DOUBLE", "boolean": "BOOLEAN"}


@pytest.mark.parametrize("table", TABLES)
def test_duckdb_reads_contract_types_even_from_empty_tables(tmp_path, table):
    write_outputs(tmp_path, {"plan_items": plan_items(), "rencana_aksi": rencana_aksi()}, {})
    described = duckdb.sql(f"DESCRIBE SELECT * FROM '{tmp_path / table}.parquet'").fetchall()
    expected = [(name, DUCKDB_TYPE[str(dtype)]) for name, dtype in dtypes(table).items()]
    assert [(row[0], row[1]) for row in described] == expected


def test_duckdb_sees_the_values(tmp_path):
    write_outputs(tmp_path, {"plan_items": plan_items()}, {})
    total = duckdb.sql(f"SELECT sum(budget_idr), count(*) FILTER (WHERE target_value IS NULL) "
                       f"FROM '{tmp_path}/plan_items.parquet'").fetchall()
    assert total == [(1283419000 + 2**53 + 1, 1)]


@pytest.mark.parametrize(("cell", "written"), [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
    ("=1+cmd|' /C calc'!A0", "'=1+cmd|' /C calc'!A0"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("+cmd|x", "'+cmd|x"),
    ("- Pelaksanaan", "'- Pelaksanaan"),
    ("-2+3+cmd", "'-2+3+cmd"),
    ("\t=1", "'\t=1"),
    ("-", "-"),
    ("-5", "-5"),
    ("-12,5%", "-12,5%"),
    ("+62 812-3456-789", "+62 812-3456-789"),
    ("Dinas Sosial", "Dinas Sosial"),
    ("", ""),
])
def test_escape_formula(cell, written):
    assert escape_formula(cell) == written


def test_csv_is_escaped_utf8_and_keeps_numbers(tmp_path):
    write_outputs(tmp_path, {"plan_items": plan_items(), "rencana_aksi": rencana_aksi()}, {})
    items = pd.read_csv(tmp_path / "plan_items.csv", dtype=str, keep_default_na=False)
    assert items["name"].tolist() == ["'=HYPERLINK(\"http://x\")", "'- Pelaksanaan Koordinasi"]
    assert items["target_raw"].tolist() == ["-", "-5"]
    assert items["target_value"].tolist() == ["", "-5.0"]
    assert items["canonical_name"].tolist() == ["", "+62 812-3456"]
    assert items["lokasi"][0] == "Kelurahan Jati – √"
    assert items["budget_idr"].tolist() == ["1283419000", str(2**53 + 1)]
    aksi = pd.read_csv(tmp_path / "rencana_aksi.csv", dtype=str)
    assert aksi["aksi"].tolist() == ["'@SUM(A1)"]
    assert aksi[["tw1", "tw2"]].values.tolist() == [["True", "False"]]


def test_quarantine_only_non_empty_and_stale_files_removed(tmp_path):
    bad_items = quarantine_of("plan_items", {**PROV, "row_no": 1, "level": "program",
                                             "name": "X", "year": 1850})
    write_outputs(tmp_path, {}, {"plan_items": bad_items, "iku_links": empty_frame("iku_links")})
    assert sorted(p.name for p in (tmp_path / "quarantine").iterdir()) == ["plan_items.csv"]
    written = pd.read_csv(tmp_path / "quarantine" / "plan_items.csv")
    assert written["error"].tolist() == ["in_range:year"]

    bad_targets = quarantine_of("renstra_targets", {**PROV, "row_no": 1, "indikator": "=X",
                                                    "year": 2020, "target_raw": None})
    write_outputs(tmp_path, {}, {"renstra_targets": bad_targets})
    assert sorted(p.name for p in (tmp_path / "quarantine").iterdir()) == ["renstra_targets.csv"]
    rejected = pd.read_csv(tmp_path / "quarantine" / "renstra_targets.csv")
    assert rejected["indikator"].tolist() == ["'=X"]


def test_extra_csv_inside_out(tmp_path):
    review = pd.DataFrame({"name_raw": ["=cmd"], "score": [71.0]})
    written = write_outputs(tmp_path, {}, {}, {"review/names_review.csv": review})
    assert tmp_path / "review" / "names_review.csv" in written
    back = pd.read_csv(tmp_path / "review" / "names_review.csv")
    assert back.to_dict("list") == {"name_raw": ["'=cmd"], "score": [71.0]}


@pytest.mark.parametrize("name", ["../evil.csv", "/tmp/evil.csv", "review/../../evil.csv",
                                  "..", "", "review\\..\\evil.csv", "quarantine/plan_items.csv",
                                  "plan_items.csv", "notes.txt"])
def test_bad_extra_paths_are_rejected_before_anything_is_written(tmp_path, name):
    out = tmp_path / "out"
    with pytest.raises(ValueError):
        write_outputs(out, {}, {}, {name: pd.DataFrame({"a": [1]})})
    assert not out.exists() or not any(out.iterdir())
    assert not (tmp_path / "evil.csv").exists()


def test_symlink_escape_is_rejected(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "review").symlink_to(outside)
    with pytest.raises(ValueError, match="outside"):
        write_outputs(out, {}, {}, {"review/names_review.csv": pd.DataFrame({"a": [1]})})
    assert not any(outside.iterdir())


def test_unknown_or_unvalidated_tables_are_rejected(tmp_path):
    with pytest.raises(ValueError, match="not contract tables"):
        write_outputs(tmp_path, {"plan_item": plan_items()}, {})
    with pytest.raises(ValueError, match="split_valid"):
        write_outputs(tmp_path, {"plan_items": coerce("plan_items", [])}, {})
    with pytest.raises(ValueError, match="missing contract columns"):
        write_outputs(tmp_path, {"plan_items": plan_items().drop(columns="name")}, {})
    assert not any(tmp_path.iterdir())


def snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_failure_midway_leaves_the_previous_set_intact(tmp_path, monkeypatch):
    bad = quarantine_of("plan_items", {**PROV, "row_no": 1, "level": "program", "name": "X",
                                       "year": 1850})
    write_outputs(tmp_path, {"plan_items": plan_items()}, {"plan_items": bad})
    before = snapshot(tmp_path)

    real_to_csv = pd.DataFrame.to_csv
    calls = []

    def failing_to_csv(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 4:
            raise OSError("disk full")
        return real_to_csv(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", failing_to_csv)
    with pytest.raises(OSError, match="disk full"):
        write_outputs(tmp_path, {"rencana_aksi": rencana_aksi()}, {})
    assert len(calls) == 4
    assert snapshot(tmp_path) == before
    assert not list(tmp_path.glob(f"{output.STAGING_PREFIX}*"))


def test_leftover_staging_from_a_killed_run_is_cleaned(tmp_path):
    leftover = tmp_path / f"{output.STAGING_PREFIX}killed"
    (leftover / "quarantine").mkdir(parents=True)
    (leftover / "quarantine" / "plan_items.csv").write_text("half", encoding="utf-8")
    write_outputs(tmp_path, {}, {})
    assert not leftover.exists()
    assert not (tmp_path / "quarantine").exists()


def test_rewrite_replaces_content(tmp_path):
    write_outputs(tmp_path, {"plan_items": plan_items()}, {})
    write_outputs(tmp_path, {}, {})
    assert read_table(tmp_path, "plan_items").empty
    assert pd.read_csv(tmp_path / "plan_items.csv").empty
