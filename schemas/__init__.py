"""pandera schemas: the executable form of the data contract. Installed as ``rencana.schemas``.

``coerce`` is the single place where loosely typed family rows (dicts of Python values)
become contract-typed frames. It never raises on a bad value: the value becomes null and
the failure is recorded in the internal :data:`COERCE_FAILURES` column, which
:func:`rencana.validate.split_valid` turns into a quarantine reason. That keeps one bad
cell from aborting a whole document while making sure it is never silently lost.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from rencana.schemas.tables import (
    Documents,
    IkuLinks,
    NameMatches,
    Nomenclature,
    PlanItems,
    RencanaAksi,
    RenstraTargets,
)

SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents,
    "renstra_targets": RenstraTargets,
    "plan_items": PlanItems,
    "rencana_aksi": RencanaAksi,
    "iku_links": IkuLinks,
    "nomenclature": Nomenclature,
    "name_matches": NameMatches,
}
TABLES: tuple[str, ...] = tuple(SCHEMAS)

COERCE_FAILURES = "_coerce_failures"
"""Internal column added by :func:`coerce`: per row, ``(column, original value)`` pairs that
could not be cast, or None. Consumed by ``split_valid``; never part of an output file."""

_CAST_ERRORS = (TypeError, ValueError, OverflowError)


def schema(table: str) -> pa.DataFrameSchema:
    """The built pandera schema of a contract table (pandera caches the build)."""
    try:
        model = SCHEMAS[table]
    except KeyError:
        raise KeyError(f"unknown contract table {table!r}; known: {', '.join(TABLES)}") from None
    return model.to_schema()


def columns(table: str) -> list[str]:
    """Contract column names in contract order, including the optional normalizer columns."""
    return list(schema(table).columns)


def dtypes(table: str) -> dict[str, object]:
    """Contract column name → pandas dtype."""
    return {name: col.dtype.type for name, col in schema(table).columns.items()}


def empty_frame(table: str) -> pd.DataFrame:
    """Zero rows, every contract column, contract dtypes (what an empty table is written as)."""
    return coerce(table, []).drop(columns=COERCE_FAILURES)


def coerce(table: str, rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Build a contract-typed frame from family rows without raising on bad values.

    Every contract column is present (missing ones are all-null) in contract order, then
    any extra columns as given (object columns become ``string`` so Parquet can store
    them). A value that cannot be cast to its column's dtype becomes null and is listed in
    the row's :data:`COERCE_FAILURES` entry.
    """
    source = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame.from_records(rows)
    if COERCE_FAILURES in source.columns:
        source = source.drop(columns=COERCE_FAILURES)
    out: dict[str, pd.Series] = {}
    failures: list[list[tuple[str, object]]] = [[] for _ in range(len(source))]
    for name, dtype in dtypes(table).items():
        if name in source.columns:
            values = source[name]
        else:
            values = pd.Series(pd.NA, index=source.index, dtype=object)
        out[name], failed = _cast(values, dtype)
        for pos in failed.to_numpy().nonzero()[0]:
            failures[pos].append((name, values.iloc[pos]))
    for name in source.columns.difference(list(out), sort=False):
        extra = source[name]
        out[name] = extra.astype("string") if extra.dtype == object else extra
    frame = pd.DataFrame(out, index=source.index)
    frame[COERCE_FAILURES] = pd.Series([f or None for f in failures], index=source.index,
                                       dtype=object)
    return frame


def _cast(values: pd.Series, dtype: object) -> tuple[pd.Series, pd.Series]:
    """Cast a column; returns the cast column and a mask of values that could not be cast."""
    if isinstance(dtype, pd.CategoricalDtype):
        # A value outside the contract's category list is a failed cast like any other.
        text, failed = _cast(values, "str")
        unknown = text.notna() & ~text.isin(dtype.categories)
        return text.mask(unknown).astype(dtype), failed | unknown
    try:
        return values.astype(dtype), pd.Series(False, index=values.index)
    except _CAST_ERRORS:
        return _cast_each(values, dtype)


def _cast_each(values: pd.Series, dtype: object) -> tuple[pd.Series, pd.Series]:
    """Slow path when a column has at least one bad value: cast value by value."""
    cast: list[object] = []
    failed: list[bool] = []
    for value in values:
        if pd.api.types.is_scalar(value) and pd.isna(value):
            cast.append(pd.NA)
            failed.append(False)
            continue
        try:
            cast.append(pd.array([value], dtype=dtype)[0])
            failed.append(False)
        except _CAST_ERRORS:
            cast.append(pd.NA)
            failed.append(True)
    return (pd.Series(pd.array(cast, dtype=dtype), index=values.index),
            pd.Series(failed, index=values.index))
