"""The schemas must agree with docs/DATA_CONTRACT.md, which is fixed: parse it, compare."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from rencana.schemas import SCHEMAS, TABLES, columns, dtypes, empty_frame, schema

CONTRACT = (Path(__file__).resolve().parents[1] / "docs" / "DATA_CONTRACT.md").read_text("utf-8")

# Contract type word → the pandas dtype the schemas use for it (see schemas/base.py).
EXPECTED_DTYPE = {
    "string": pd.StringDtype(na_value=float("nan")),
    "int16": pd.Int16Dtype(),
    "int32": pd.Int32Dtype(),
    "int64": pd.Int64Dtype(),
    "float64": pd.Float64Dtype(),
    "bool": pd.BooleanDtype(),
}


def parse_contract(text: str) -> dict[str, list[dict]]:
    """Table name → rows of its ``| column | type | meaning |`` table, in order.

    A cell listing several columns ("doc_id, table_id, …") yields one row per column; the
    provenance row has no type and is recorded with type "" (non-null).
    """
    tables: dict[str, list[dict]] = {}
    heading = None
    for line in text.splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").split()[0]
        elif line.startswith("| column |") and heading:
            tables[heading] = []
        elif line.startswith("|") and heading in tables and not line.startswith("|---"):
            names, kind, meaning = (c.strip() for c in line.strip("|").split("|"))
            for name in names.split(","):
                tables[heading].append({
                    "name": name.strip(),
                    "type": kind.rstrip("?"),
                    "nullable": kind.endswith("?"),
                    "values": re.findall(r"`([a-z_]+)`", meaning),
                })
    return tables


PARSED = parse_contract(CONTRACT)


def normalizer_columns() -> dict[str, list[str]]:
    """Extra columns the "Normalizer outputs" paragraph promises to the tables above it."""
    above, section = CONTRACT.split("## Normalizer outputs", 1)
    paragraph = " ".join(section.strip().split("\n\n", 1)[0].split())
    name_columns = re.findall(r"`(\w+)`", paragraph.split(")", 1)[0])
    suffixes = re.findall(r"`<column>(_\w+)`", paragraph)
    plan_items_extra = re.findall(r"`(\w+)`", paragraph.split("(plan_items:", 1)[1].split(")")[0])
    assert suffixes == ["_code", "_canonical", "_score"]
    assert plan_items_extra == ["canonical_code", "canonical_name", "match_score"]
    extra = {table: [] for table in PARSED}
    for table, rows in parse_contract(above).items():
        names = [r["name"] for r in rows]
        if table == "plan_items":
            extra[table] = plan_items_extra
        else:
            extra[table] = [f"{n}{s}" for n in name_columns if n in names for s in suffixes]
    return extra


def test_contract_lists_exactly_the_schema_tables_in_order():
    assert tuple(PARSED) == TABLES
    assert set(SCHEMAS) == set(TABLES)


@pytest.mark.parametrize("table", TABLES)
def test_schema_columns_equal_contract_columns(table):
    contract = [r["name"] for r in PARSED[table]]
    declared = columns(table)
    assert [c for c in declared if c in contract] == contract
    allowed_extra = set(normalizer_columns()[table])
    if "extraction_method" in contract:
        assert "`ocr_confidence`" in CONTRACT
        allowed_extra.add("ocr_confidence")
    assert set(declared) - set(contract) == allowed_extra


@pytest.mark.parametrize("table", TABLES)
def test_nullability_and_types_match(table):
    cols = schema(table).columns
    types = dtypes(table)
    for row in PARSED[table]:
        col = cols[row["name"]]
        assert col.nullable == row["nullable"], row["name"]
        assert col.required, row["name"]
        if row["type"] == "category":
            assert isinstance(types[row["name"]], pd.CategoricalDtype), row["name"]
        elif row["type"]:
            assert types[row["name"]] == EXPECTED_DTYPE[row["type"]], row["name"]


@pytest.mark.parametrize("table", TABLES)
def test_category_values_match_contract(table):
    types = dtypes(table)
    for row in PARSED[table]:
        if row["type"] == "category" and row["values"]:
            assert list(types[row["name"]].categories) == row["values"], row["name"]


def test_category_columns_without_listed_values_reuse_the_level_list():
    """name_matches.level has no value list of its own: it is the same level as elsewhere."""
    level = dtypes("plan_items")["level"]
    assert dtypes("name_matches")["level"] == level
    assert dtypes("nomenclature")["level"] == level


@pytest.mark.parametrize("table", TABLES)
def test_normalizer_columns_are_optional_and_nullable(table):
    cols = schema(table).columns
    for name in normalizer_columns()[table]:
        assert not cols[name].required and cols[name].nullable, name
    if "ocr_confidence" in cols:
        assert cols["ocr_confidence"].nullable


@pytest.mark.parametrize("table", TABLES)
def test_empty_frame_has_every_column_and_validates(table):
    frame = empty_frame(table)
    assert list(frame.columns) == columns(table)
    assert frame.dtypes.to_dict() == dtypes(table)
    schema(table).validate(frame)
