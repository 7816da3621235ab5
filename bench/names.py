"""Name-matching benchmark: quality on the variant sets, and throughput.

``python bench/names.py`` (``make bench``) prints, for the tuning set
(``tests/data/name_variants.csv``) and the held-out set (``name_variants_heldout.csv``):

The matcher runs without the curated overrides: the figures measure the automatic
decisions alone.

* accuracy — share of names whose decision is right: the proposed id (auto, review or
  override) equals the expected id, or the name is unmatched when none is expected;
* auto precision — share of ``auto`` decisions whose id is right (must be 1.00);
* review and unmatched rates, and every mistake;

and the time to match 100,000 names (distinct damaged names, so the cache does not help).
"""

from __future__ import annotations

import csv
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from rencana.normalize.matcher import Matcher, MatchResult
from rencana.normalize.nomenclature import Registry

DATA = Path(__file__).parents[1] / "tests" / "data"
SETS = {"tuning": "name_variants.csv", "held-out": "name_variants_heldout.csv"}


@dataclass
class Scores:
    """Quality figures of one variant set."""

    total: int = 0
    correct: int = 0
    auto: int = 0
    auto_correct: int = 0
    review: int = 0
    unmatched: int = 0
    top_negative: float = 0.0
    """Highest score any name without an entry reached: the accept threshold must clear it."""
    mistakes: list[tuple[dict[str, str], MatchResult]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def auto_precision(self) -> float:
        return self.auto_correct / self.auto if self.auto else 1.0


def read_variants(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def is_correct(expected: str, result: MatchResult) -> bool:
    """Right id proposed, or left unmatched when the name has no entry."""
    if expected == "none":
        return result.status == "unmatched" or result.canonical_id is None
    return result.status != "unmatched" and result.canonical_id == expected


def score_variants(matcher: Matcher, rows: list[dict[str, str]]) -> Scores:
    """Match every variant row (with its level and parent context) and score the outcome."""
    results = matcher.match_many(
        (r["name_raw"], r["level"] or None, r["parent_code"] or None, None) for r in rows
    )
    scores = Scores(total=len(rows))
    for row, result in zip(rows, results, strict=True):
        right = is_correct(row["expected_id"], result)
        scores.correct += right
        scores.review += result.status == "review"
        scores.unmatched += result.status == "unmatched"
        if result.status in ("auto", "override"):
            scores.auto += 1
            scores.auto_correct += right
        if row["expected_id"] == "none":
            scores.top_negative = max(scores.top_negative, result.score)
        if not right:
            scores.mistakes.append((row, result))
    return scores


def _damaged(name: str, rng: random.Random) -> str:
    """A distinct, lightly damaged copy (one letter dropped, one letter repeated)."""
    chars = list(name)
    del chars[rng.randrange(len(chars))]
    at = rng.randrange(len(chars))
    chars.insert(at, chars[at])
    return "".join(chars)


def throughput(n: int = 100_000) -> tuple[float, int]:
    """Seconds to match ``n`` names with a fresh matcher, and how many were distinct."""
    rng = random.Random(7)
    pool = [r for name in SETS.values() for r in read_variants(DATA / name)]
    items = []
    for _ in range(n):
        row = rng.choice(pool)
        items.append((_damaged(row["name_raw"], rng), row["level"] or None,
                      row["parent_code"] or None, None))
    matcher = Matcher(Registry.load())
    start = time.perf_counter()
    matcher.match_many(items)
    return time.perf_counter() - start, len(set(items))


def _print_scores(label: str, scores: Scores) -> None:
    n = scores.total
    print(f"\n== {label}: {n} names ==")
    print(f"accuracy        {scores.accuracy:.3f}")
    print(f"auto precision  {scores.auto_precision:.3f}  ({scores.auto} auto)")
    print(f"review rate     {scores.review / n:.3f}")
    print(f"unmatched rate  {scores.unmatched / n:.3f}")
    print(f"top score of a name with no entry  {scores.top_negative:.1f}")
    print(f"mistakes        {len(scores.mistakes)}")
    for row, result in scores.mistakes:
        print(f"  [{row['kind']}] {row['name_raw'][:70]!r} expected {row['expected_id']} "
              f"got {result.canonical_id} {result.status}/{result.method} {result.score}")


def threshold_sweep(rows: list[dict[str, str]]) -> None:
    """How accept/review thresholds trade auto precision against review load (tuning set)."""
    print("\n== threshold sweep on the tuning set ==")
    print("accept review  auto-precision accuracy review-rate")
    registry = Registry.load()
    for accept in (85.0, 88.0, 90.0, 92.0, 95.0):
        for review in (65.0, 70.0, 75.0, 80.0):
            matcher = Matcher(registry, accept=accept, review=review)
            scores = score_variants(matcher, rows)
            print(f"{accept:6.0f} {review:6.0f}  {scores.auto_precision:14.3f} "
                  f"{scores.accuracy:8.3f} {scores.review / scores.total:11.3f}")


def main() -> None:
    matcher = Matcher(Registry.load())
    threshold_sweep(read_variants(DATA / SETS["tuning"]))
    for label, name in SETS.items():
        _print_scores(label, score_variants(matcher, read_variants(DATA / name)))
    seconds, distinct = throughput()
    print(f"\nthroughput: 100000 names ({distinct} distinct) in {seconds:.1f} s")


if __name__ == "__main__":
    main()
