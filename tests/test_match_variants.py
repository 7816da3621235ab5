"""Quality on the name-variant sets (the issue's acceptance figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.names as bench
from rencana.normalize.matcher import ACCEPT, Matcher
from rencana.normalize.nomenclature import Registry

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(Registry.load())


def _scores(matcher: Matcher, name: str):
    return bench.score_variants(matcher, bench.read_variants(ROOT / "tests" / "data" / name))


def test_variant_sets_cover_what_the_issue_asks() -> None:
    rows = bench.read_variants(ROOT / "tests" / "data" / "name_variants.csv")
    kinds = {r["kind"] for r in rows}
    assert {"seed", "ocr", "drop_letter", "double_letter", "truncate", "case", "word_swap",
            "abbreviation", "other_urusan", "aksi"} <= kinds
    seed = [r for r in rows if r["kind"] == "seed"]
    assert len(seed) >= 155
    official = set(Registry.load().by_code)
    assert all(r["expected_id"] in official or r["expected_id"] == "none" for r in rows)


def test_tuning_set(matcher: Matcher) -> None:
    scores = _scores(matcher, "name_variants.csv")
    assert scores.auto_precision == 1.0, scores.mistakes
    assert scores.accuracy >= 0.97, scores.mistakes
    assert scores.top_negative < ACCEPT


def test_held_out_set(matcher: Matcher) -> None:
    scores = _scores(matcher, "name_variants_heldout.csv")
    assert scores.auto_precision == 1.0, scores.mistakes
    assert scores.accuracy >= 0.95, scores.mistakes


def test_names_from_other_urusan_are_never_auto_matched(matcher: Matcher) -> None:
    rows = bench.read_variants(ROOT / "tests" / "data" / "name_variants_other_urusan.csv")
    results = matcher.match_many((r["name_raw"], r["level"], None, None) for r in rows)
    assert [r.name_raw for r in results if r.status == "auto"] == []
