"""The analysts' panel: budgets of one canonical program across documents and years.

Loads the Parquet output of the bundled samples and answers "budget of canonical program X
per year, across all documents" with one groupby — names printed differently in different
years ("REHABILITASI SOSIAL" in a 2023 Renja, "PROGRAM REHABILITASI SOSIAL" in a 2024
report) must meet on one canonical code.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from rencana.cli import main

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "normalize" / "data" / "nomenklatur.csv"


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("panel")
    assert main(["extract", str(ROOT / "samples" / "pdf"), "--out", str(out), "--quiet"]) == 0
    return out


def _truth_program_budgets() -> pd.DataFrame:
    """Program rows with a budget in the ground truth, with their official code."""
    registry = pd.read_csv(REGISTRY, dtype=str)
    programs = registry[registry.level == "program"]
    frames = []
    for path in (ROOT / "samples" / "truth").glob("*/plan_items.csv"):
        truth = pd.read_csv(path, dtype={"code": str})
        truth = truth[(truth.level == "program") & truth.budget_idr.notna()]
        frames.append(truth.assign(sample=path.parent.name))
    truth = pd.concat(frames, ignore_index=True)
    by_name = dict(zip(programs.name.str.upper(), programs.code, strict=True))
    truth["official"] = truth.name.str.upper().map(by_name)
    return truth.dropna(subset=["official"])


def test_one_groupby_gives_a_program_budget_per_year_across_documents(output: Path):
    items = pd.read_parquet(output / "plan_items.parquet")
    panel = (items[items.level == "program"]
             .groupby(["canonical_code", "year"])["budget_idr"].sum())
    truth = _truth_program_budgets()
    assert len(truth), "the samples print official programs with budgets"
    for row in truth.itertuples():
        assert panel.loc[(row.official, row.year)] == row.budget_idr


def test_differently_printed_names_meet_on_one_canonical_code(output: Path):
    items = pd.read_parquet(output / "plan_items.parquet")
    programs = items[(items.level == "program") & items.canonical_code.notna()]
    spread = programs.groupby("canonical_code").agg(names=("name", "nunique"),
                                                    years=("year", "nunique"),
                                                    docs=("doc_id", "nunique"))
    met = spread[(spread.names > 1) & (spread.years > 1) & (spread.docs > 1)]
    assert len(met) >= 1, spread


def test_duckdb_reads_the_same_panel(output: Path):
    items = pd.read_parquet(output / "plan_items.parquet")
    expected = items[items.level == "program"].groupby("canonical_code")["budget_idr"].sum()
    rows = duckdb.sql(
        f"select canonical_code, sum(budget_idr) as b from '{output}/plan_items.parquet' "
        "where level = 'program' group by canonical_code"
    ).fetchall()
    assert {code: int(b or 0) for code, b in rows} == {k: int(v) for k, v in expected.items()}
