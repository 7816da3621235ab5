"""A run over many documents: extraction, typing, validation, and the written outputs.

``run`` is the library API analysts call (one DataFrame per contract table);
``run_documents`` is what the command line calls: the same, plus quarantine, the review and
warnings CSVs and a per-document result for the report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from rencana.limits import process_documents
from rencana.normalize.annotate import annotate
from rencana.normalize.matcher import Matcher
from rencana.pipeline import FAMILY_TABLES, DocumentResult, Options, iter_inputs
from rencana.schemas import COERCE_FAILURES, TABLES, coerce, empty_frame
from rencana.validate import split_valid

log = logging.getLogger(__name__)
NORMALIZER_TABLES = ("nomenclature", "name_matches")
REVIEW_CSV = "review/names_review.csv"
WARNINGS_CSV = "warnings.csv"
"""Names the normalizer could not decide alone: a human fills ``decision`` and appends the
line to ``normalize/overrides.csv``; the next run applies it."""
Progress = Callable[[DocumentResult, int], None]
"""Called after each document with its result and its quarantined row count."""


@dataclass
class RunResult:
    """The tables of a run, what was quarantined, and the per-document results."""

    tables: dict[str, pd.DataFrame]
    quarantine: dict[str, pd.DataFrame] = field(default_factory=dict)
    documents: list[DocumentResult] = field(default_factory=list)
    extra_csv: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def failed(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.document["status"] != "ok"]


def _typed(table: str, rows: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    return split_valid(table, coerce(table, rows))


def run_documents(
    paths: Iterable[Path | str],
    options: Options | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Extract every input file (folders are searched for PDFs) into contract tables."""
    matcher = Matcher.default()
    options = options or Options()
    if options.name_level is None:
        options = replace(options, name_level=matcher.level_of)
    files = iter_inputs(Path(p) for p in paths)
    collected: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    quarantined: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    results: list[DocumentResult] = []
    for result in process_documents(files, options):
        n_quarantined = 0
        for table in FAMILY_TABLES:
            valid, bad = _typed(table, result.rows.get(table, []))
            collected[table].append(valid)
            quarantined[table].append(bad)
            n_quarantined += len(bad)
        result.document["quarantined"] = n_quarantined
        results.append(result)
        if progress:
            progress(result, n_quarantined)
    doc_rows = [r.document for r in results]
    valid, bad = _typed("documents", doc_rows)
    collected["documents"].append(valid)
    quarantined["documents"].append(bad)
    tables = {name: _concat(name, frames) for name, frames in collected.items()
              if name not in NORMALIZER_TABLES}
    tables, nomenclature, name_matches, review = annotate(tables, matcher)
    for name, frame in (("nomenclature", nomenclature), ("name_matches", name_matches)):
        valid, bad = _typed(name, frame)
        tables[name] = valid
        quarantined[name].append(bad)
    tables = {name: _concat(name, [frame]) for name, frame in tables.items()}
    quarantine = {name: pd.concat(frames, ignore_index=True) for name, frames in
                  quarantined.items() if any(len(f) for f in frames)}
    return RunResult(tables, quarantine, results,
                     {REVIEW_CSV: review, WARNINGS_CSV: _warnings(results)})


def _warnings(results: list[DocumentResult]) -> pd.DataFrame:
    """Every value a document printed that could not be read with certainty (left null,
    its text kept in the row's ``*_raw`` column), one line each, for the planner."""
    rows = [{"doc_id": r.document["doc_id"], "source_file": r.document["source_file"],
             "warning": w} for r in results for w in dict.fromkeys(r.warnings)]
    return pd.DataFrame(rows, columns=["doc_id", "source_file", "warning"])


def _concat(table: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame(table)
    return coerce(table, pd.concat(frames, ignore_index=True)).drop(columns=COERCE_FAILURES)


def run(paths: Iterable[Path | str], **settings) -> dict[str, pd.DataFrame]:
    """Extract planning PDFs into one DataFrame per contract table.

    >>> tables = run(["samples/pdf"])            # doctest: +SKIP
    >>> tables["plan_items"].groupby("year").budget_idr.sum()   # doctest: +SKIP

    ``settings`` are :class:`~rencana.pipeline.Options` fields (password, ocr, ocr_engine,
    jobs, timeout). Files are read in this process unless ``jobs`` > 1 or a ``timeout`` is
    given; then in worker processes, so guard the calling script with
    ``if __name__ == "__main__":`` as for any multiprocessing.
    """
    return run_documents(paths, Options(**settings)).tables
