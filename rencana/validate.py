"""Split a contract-typed table into rows that pass its schema and rows to quarantine.

A row that fails a check is data trouble (a misread cell, a year of 1800): it goes to
quarantine with stable reason slugs, so the run's report can count them and an auditor can
look them up. A failure that concerns the whole frame (a missing column, a wrong dtype, a
check that crashed) is a programming bug: quarantining every row would hide it, so it
raises :class:`ContractError` instead.

Reason slugs are ``<check>:<column>`` for column checks (``not_nullable:indikator``,
``in_range:year``, ``str_matches:doc_id``, ``greater_than_or_equal_to:page``,
``str_length:name``), ``coerce:<column>`` for a value :func:`rencana.schemas.coerce` could
not cast, and the check's name for row-wise checks over several columns (``year_order``,
``unique_doc_id``). ``error`` holds the slugs of a row joined by ``"; "`` in contract column
order; ``error_detail`` repeats them with the offending values, e.g. ``in_range:year=1850``.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from rencana.schemas import COERCE_FAILURES, columns, schema

ERROR = "error"
ERROR_DETAIL = "error_detail"
SHADOWED_ERROR = "row_error"
"""Where a table's own ``error`` column (documents) goes in its quarantine file."""


_NO_REASONS = pd.DataFrame(columns=[ERROR, ERROR_DETAIL], dtype="str")


class ContractError(ValueError):
    """A frame does not have the shape of its contract table (a bug, not bad data)."""


def split_valid(table: str, df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Validate ``df`` lazily; return (valid rows, quarantined rows with ``error`` columns).

    ``df`` should come from :func:`rencana.schemas.coerce`. Both results have a fresh
    0..n-1 index; together they hold every input row exactly once.
    """
    frame = df.reset_index(drop=True)
    coerce_failures = frame.pop(COERCE_FAILURES) if COERCE_FAILURES in frame.columns else None
    reasons = pd.concat([_check_failures(table, frame), _coerce_reasons(table, coerce_failures)])
    if reasons.empty:
        return frame, _with_errors(frame.iloc[:0], _NO_REASONS)
    per_row = (
        reasons.drop_duplicates()
        .sort_values(["row", "order", "slug"])
        .groupby("row", sort=True)
        .agg(**{ERROR: ("slug", _join_unique), ERROR_DETAIL: ("detail", _join_unique)})
    )
    bad = frame.index.isin(per_row.index)
    quarantined = _with_errors(frame.loc[bad], per_row)
    return frame.loc[~bad].reset_index(drop=True), quarantined


def _check_failures(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Row-level pandera failures as (row, order, slug, detail); raise on frame-level ones."""
    try:
        schema(table).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    else:
        return _reason_frame([])
    frame_level = cases[cases["index"].isna()]
    if not frame_level.empty:
        problems = "; ".join(
            f"{row.check} on {row.column}: {row.failure_case}"
            for row in frame_level.drop_duplicates(["check", "column"]).itertuples()
        )
        raise ContractError(f"{table}: frame does not match its schema ({problems})")
    order = {name: pos for pos, name in enumerate(columns(table))}
    records = []
    for case in cases.itertuples():
        check = str(case.check).split("(", 1)[0]
        if case.schema_context == "Column":
            slug = f"{check}:{case.column}"
            detail = slug if check == "not_nullable" else f"{slug}={_show(case.failure_case)}"
            records.append((int(case.index), order.get(case.column, len(order)), slug, detail))
        else:  # a row-wise check over several columns: one reason, whatever column it lists
            records.append((int(case.index), len(order), check, check))
    return _reason_frame(records)


def _coerce_reasons(table: str, failures: pd.Series | None) -> pd.DataFrame:
    """Reasons for values that ``coerce`` could not cast (the original value is kept)."""
    if failures is None:
        return _reason_frame([])
    order = {name: pos for pos, name in enumerate(columns(table))}
    records = [
        (row, order[name], f"coerce:{name}", f"coerce:{name}={_show(value)}")
        for row, pairs in failures.dropna().items()
        for name, value in pairs
    ]
    return _reason_frame(records)


def _reason_frame(records: list[tuple[int, int, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(records, columns=["row", "order", "slug", "detail"])


def _with_errors(rows: pd.DataFrame, per_row: pd.DataFrame) -> pd.DataFrame:
    """Quarantined rows plus their reasons; a table's own ``error`` column is kept aside."""
    out = rows.rename(columns={ERROR: SHADOWED_ERROR}).reset_index(drop=True)
    for name in (ERROR, ERROR_DETAIL):
        out[name] = pd.array(per_row[name].reindex(rows.index).tolist(), dtype="str")
    return out


def _join_unique(values: pd.Series) -> str:
    return "; ".join(dict.fromkeys(values))


def _show(value: object) -> str:
    """A failing value as an auditor should read it: text quoted, numbers plain."""
    return repr(value) if isinstance(value, str) else str(value)
