"""Scoring extracted tables against ground truth: field accuracy, row F1, money exactness.

Rows are aligned in document order on a few key fields (difflib on the key sequence); a
run of rows that differ in their keys is paired by position so that a row with one wrong
key field still scores its other fields. Every truth field counts: a missed row scores zero
on all its fields, an invented row lowers precision.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

KEYS: dict[str, tuple[str, ...]] = {
    "rencana_aksi": ("sub_kegiatan", "aksi"),
    "renstra_targets": ("indikator", "year"),
    "plan_items": ("name", "year"),
    "iku_links": ("kegiatan",),
}
MONEY = ("budget_idr", "realized_budget_idr")
DOCUMENT_FIELDS = ("doc_type", "title", "agency", "region", "unit", "year_start", "year_end",
                   "pages")
IGNORED = {"table_seq"}
CASELESS = {"agency", "region", "unit"}
"""Names printed in capitals or title case alike (samples/README.md: compared ignoring case)."""


def _norm(value: object) -> object:
    """Comparable form: nulls as None, numbers as floats, text with collapsed spaces."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return round(float(value), 6)
    text = " ".join(str(value).split())
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    try:
        return round(float(text), 6) if text and text[0] in "-0123456789" else text or None
    except ValueError:
        return text or None


@dataclass
class Score:
    """Counts behind the figures of one table (or a sum of several)."""

    fields_total: int = 0
    fields_right: int = 0
    rows_truth: int = 0
    rows_found: int = 0
    rows_right: int = 0
    money_total: int = 0
    money_right: int = 0
    money_output: int = 0
    money_output_right: int = 0
    mistakes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in vars(self):
            if name == "mistakes":
                self.mistakes.extend(other.mistakes)
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def field_accuracy(self) -> float:
        return self.fields_right / self.fields_total if self.fields_total else 1.0

    @property
    def row_f1(self) -> float:
        if not self.rows_truth and not self.rows_found:
            return 1.0
        precision = self.rows_right / self.rows_found if self.rows_found else 0.0
        recall = self.rows_right / self.rows_truth if self.rows_truth else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def money_exact(self) -> float:
        return self.money_right / self.money_total if self.money_total else 1.0

    @property
    def money_precision(self) -> float:
        return self.money_output_right / self.money_output if self.money_output else 1.0


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict]:
    return [{c: _caseless(c, _norm(v)) for c, v in zip(columns, row, strict=True)}
            for row in frame[columns].itertuples(index=False, name=None)]


def _caseless(column: str, value: object) -> object:
    return value.casefold() if column in CASELESS and isinstance(value, str) else value


def _pairs(truth: list[dict], found: list[dict], keys: tuple[str, ...]) -> list[tuple[int, int]]:
    def key(r: dict) -> tuple:
        return tuple(r.get(k) for k in keys)

    matcher = difflib.SequenceMatcher(None, [key(r) for r in truth], [key(r) for r in found],
                                      autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=False))
    return pairs


def score_table(table: str, truth: pd.DataFrame, found: pd.DataFrame) -> Score:
    """Score one contract table of one document."""
    columns = [c for c in truth.columns if c not in IGNORED]
    for column in columns:
        if column not in found.columns:
            found = found.assign(**{column: None})
    t_rows, f_rows = _records(truth, columns), _records(found, columns)
    score = Score(rows_truth=len(t_rows), rows_found=len(f_rows),
                  fields_total=len(t_rows) * len(columns))
    money = [c for c in MONEY if c in columns]
    score.money_total = sum(r[c] is not None for r in t_rows for c in money)
    score.money_output = sum(r[c] is not None for r in f_rows for c in money)
    for i, j in _pairs(t_rows, f_rows, KEYS[table]):
        t, f = t_rows[i], f_rows[j]
        wrong = [c for c in columns if t[c] != f[c]]
        score.fields_right += len(columns) - len(wrong)
        score.rows_right += not wrong
        score.money_right += sum(t[c] is not None and t[c] == f[c] for c in money)
        score.money_output_right += sum(f[c] is not None and t[c] == f[c] for c in money)
        score.mistakes.extend(f"{table} row {i + 1}: {c}: expected {t[c]!r}, got {f[c]!r}"
                              for c in wrong)
    return score


def score_document(truth_dir: Path, tables: dict[str, pd.DataFrame], doc_id: str
                   ) -> dict[str, Score]:
    """Scores per table (and ``documents``) of one document against its truth folder."""
    scores: dict[str, Score] = {}
    for path in sorted(truth_dir.glob("*.csv")):
        table = path.stem
        truth = pd.read_csv(path, dtype=str, keep_default_na=False).replace("", None)
        found = tables[table]
        found = found[found["doc_id"] == doc_id]
        if table == "documents":
            columns = [c for c in DOCUMENT_FIELDS if c in truth.columns]
            t, f = _records(truth, columns), _records(found, columns)
            right = sum(t[0][c] == f[0][c] for c in columns) if f else 0
            scores[table] = Score(fields_total=len(columns), fields_right=right, rows_truth=1,
                                  rows_found=len(f), rows_right=int(right == len(columns)))
            if f:
                scores[table].mistakes = [f"documents: {c}: expected {t[0][c]!r}, got "
                                          f"{f[0][c]!r}" for c in columns if t[0][c] != f[0][c]]
            continue
        found = found.sort_values(["table_id", "row_no"], kind="stable")
        scores[table] = score_table(table, truth, found)
        scores[table].mistakes = [f"{truth_dir.name}: {m}" for m in scores[table].mistakes]
    return scores
