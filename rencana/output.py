"""Write a run's tables to ``OUT/`` so that readers only ever see a complete set.

Layout: ``OUT/<table>.parquet`` and ``OUT/<table>.csv`` for every contract table (empty
tables too, with their columns and dtypes), ``OUT/quarantine/<table>.csv`` for tables
that had rejected rows, plus caller-chosen extra CSVs such as ``review/names_review.csv``.

Atomicity: every file is first written into a fresh staging directory inside ``OUT`` (same
filesystem, so ``os.replace`` is an atomic rename), and only when the whole set has been
written are the files moved into place one by one. A run that fails or is killed while
writing, the slow part, leaves the previous set untouched; only a kill during the final
renames (milliseconds) can leave a mix. A staging directory left by a killed run is removed
by the next one. Quarantine files of the previous run that this run did not produce are
deleted, so ``quarantine/`` always describes the latest run.

CSV formula injection: planners open these CSVs in Excel, which executes a cell that starts
with ``=``, ``+``, ``-`` or ``@``. In CSV only, such a text cell gets a leading ``'`` unless
it is plainly a number: ``-``, ``-5``, ``-12,5%`` and ``+62 812-3456`` stay as printed
(``+``/``-`` followed only by digits, spaces and ``.,%()/-``). A cell starting with ``=``
or ``@`` is always escaped, even ``=1+1``, because ``=1+cmd|'/c calc'!A0`` also starts
with a digit; tab and carriage return starts are escaped too (OWASP's list). Parquet keeps
every value exactly as extracted, since no spreadsheet evaluates it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import pandas as pd

from rencana.schemas import COERCE_FAILURES, TABLES, columns, dtypes, empty_frame

QUARANTINE_DIR = "quarantine"
STAGING_PREFIX = ".staging-"

_NUMBER_LIKE = re.compile(r"[+-][\d\s.,%()/-]*")


def write_outputs(
    out_dir: Path,
    tables: dict[str, pd.DataFrame],
    quarantine: dict[str, pd.DataFrame],
    extra_csv: dict[str, pd.DataFrame] | None = None,
) -> list[Path]:
    """Write the full output set into ``out_dir``; return the paths written, in order.

    ``tables`` maps contract table names to validated frames (a missing table is written
    empty); ``quarantine`` maps table names to rejected rows; ``extra_csv`` maps relative
    ``.csv`` paths inside ``out_dir`` to frames. Everything is checked before anything is
    written, so a bad argument never leaves a half-written set.
    """
    plan = _plan(tables, quarantine, extra_csv or {})
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for rel in plan:
        _inside(out_dir, rel)
    _remove_stale_staging(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        for rel, write in plan.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            write(target)
        written = [_swap_in(staging, out_dir, rel) for rel in plan]
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _remove_stale_quarantine(out_dir, keep=set(written))
    return written


def read_table(out_dir: Path, table: str) -> pd.DataFrame:
    """Read a written contract table back from Parquet with its contract dtypes.

    Re-applying the dtypes matters for empty tables only: Parquet cannot store the category
    list of an empty categorical column, so pandas would read it back as ``object``.
    """
    if table not in TABLES:
        raise KeyError(f"unknown contract table {table!r}")
    frame = pd.read_parquet(Path(out_dir) / f"{table}.parquet")
    return frame.astype(dtypes(table))


def escape_formula(value: str) -> str:
    """The CSV form of a text cell: a leading ``'`` where a spreadsheet would see a formula."""
    if not value or value[0] not in "=+-@\t\r":
        return value
    if value[0] in "+-" and _NUMBER_LIKE.fullmatch(value):
        return value
    return "'" + value


WriteFn = Callable[[Path], None]


def _plan(
    tables: dict[str, pd.DataFrame],
    quarantine: dict[str, pd.DataFrame],
    extra_csv: dict[str, pd.DataFrame],
) -> dict[PurePosixPath, WriteFn]:
    """Relative output path → writer, after checking every name and frame."""
    unknown = (set(tables) | set(quarantine)) - set(TABLES)
    if unknown:
        raise ValueError(f"not contract tables: {sorted(unknown)}")
    plan: dict[PurePosixPath, WriteFn] = {}
    for table in TABLES:
        frame = _contract_frame(table, tables.get(table))
        plan[PurePosixPath(f"{table}.parquet")] = _parquet_writer(frame)
        plan[PurePosixPath(f"{table}.csv")] = _csv_writer(frame)
    for table, frame in quarantine.items():
        if not frame.empty:
            plan[PurePosixPath(QUARANTINE_DIR, f"{table}.csv")] = _csv_writer(frame)
    for name, frame in extra_csv.items():
        rel = _relative(name)
        reserved = rel.parts[0] == QUARANTINE_DIR or rel.parts[0].startswith(STAGING_PREFIX)
        if rel in plan or reserved or rel.suffix != ".csv":
            raise ValueError(f"extra CSV {name!r} must be a new .csv path outside quarantine/")
        plan[rel] = _csv_writer(frame)
    return plan


def _contract_frame(table: str, frame: pd.DataFrame | None) -> pd.DataFrame:
    """The frame to write for a contract table: contract columns first, extras after."""
    if frame is None:
        return empty_frame(table)
    if COERCE_FAILURES in frame.columns:
        raise ValueError(f"{table}: frame was coerced but not validated (run split_valid)")
    missing = [c for c in columns(table) if c not in frame.columns]
    if missing:
        raise ValueError(f"{table}: missing contract columns {missing}")
    extras = [c for c in frame.columns if c not in set(columns(table))]
    return frame[columns(table) + extras].reset_index(drop=True)


def _relative(name: str) -> PurePosixPath:
    """A caller-given output name as a relative path that cannot leave ``OUT``."""
    rel = PurePosixPath(name)
    if not name or "\\" in name or rel.is_absolute() or ".." in rel.parts or rel == rel.parent:
        raise ValueError(f"output path {name!r} must be relative and stay inside the output dir")
    return rel


def _inside(out_dir: Path, rel: PurePosixPath) -> None:
    """Reject a path that resolves outside ``out_dir`` (e.g. through a symlinked folder)."""
    target = (out_dir / rel).resolve()
    if not target.is_relative_to(out_dir.resolve()):
        raise ValueError(f"output path {rel} resolves outside {out_dir}")


def _parquet_writer(frame: pd.DataFrame) -> WriteFn:
    return lambda path: frame.to_parquet(path, index=False)


def _csv_writer(frame: pd.DataFrame) -> WriteFn:
    return lambda path: _csv_safe(frame).to_csv(path, index=False, encoding="utf-8")


def _csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells are formula-escaped; numbers and booleans are untouched."""
    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if isinstance(column.dtype, pd.CategoricalDtype) or not (
            pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column)
        ):
            out[name] = column.map(
                lambda v: escape_formula(v) if isinstance(v, str) else v, na_action="ignore"
            )
    return out


def _swap_in(staging: Path, out_dir: Path, rel: PurePosixPath) -> Path:
    target = out_dir / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging / rel, target)
    return target


def _remove_stale_staging(out_dir: Path) -> None:
    for leftover in out_dir.glob(f"{STAGING_PREFIX}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def _remove_stale_quarantine(out_dir: Path, keep: set[Path]) -> None:
    for old in (out_dir / QUARANTINE_DIR).glob("*.csv"):
        if old not in keep:
            old.unlink()
