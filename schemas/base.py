"""Shared building blocks of the contract schemas: dtypes, value sets and the provenance base.

Dtype choice (why every column is a pandas *extension* dtype that can hold null):

- ``coerce`` must turn an uncastable value into null instead of raising, so even columns the
  contract marks non-null need a dtype that can hold null; non-null is then enforced by the
  schema (``nullable=False``) and the row is quarantined, never silently dropped. Hence
  ``Int16/Int32/Int64`` (contract int16/int32/int64), ``Float64`` (float64) and ``boolean``
  (bool), all missing as ``pd.NA``.
- Text is pandas 3's default ``str`` dtype (``StringDtype(na_value=nan)``, pyarrow-backed),
  not ``"string"`` (``na_value=pd.NA``): pandera 0.35 on pandas 3 resolves a ``StringDtype``
  annotation to ``str``, and it is what ``read_csv``/``DataFrame(...)`` give the rest of the
  pipeline anyway. Missing text is therefore NaN, tested with ``isna()`` like the others.
- All of them survive a Parquet round trip unchanged (pyarrow stores the pandas metadata):
  ``str`` → arrow string, ``Int16/32/64`` → int16/32/64, ``Float64`` → double, ``boolean`` →
  bool, ``category`` → dictionary. DuckDB reads VARCHAR, SMALLINT, INTEGER, BIGINT, DOUBLE,
  BOOLEAN and VARCHAR.
- ``category`` dtypes carry exactly the contract's value list (``dtype_kwargs``), so analysts
  see every level even when absent and the list is stored in the Parquet dictionary. A value
  outside the list cannot be cast: ``coerce`` records it (``coerce:<column>`` with the raw
  text) and the row is quarantined. Parquet cannot keep the category list of an *empty*
  column; :func:`rencana.output.read_table` re-applies the dtypes.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

# Aliases so the table models read like the contract ("string?", "int16", ...).
Str = Series[pd.StringDtype]
Int16 = Series[pd.Int16Dtype]
Int32 = Series[pd.Int32Dtype]
Int64 = Series[pd.Int64Dtype]
Float = Series[pd.Float64Dtype]
Bool = Series[pd.BooleanDtype]
Category = Series[pd.CategoricalDtype]

LEVELS = ("program", "kegiatan", "sub_kegiatan")
YEAR_MIN, YEAR_MAX = 1990, 2100

DOC_ID_PATTERN = r"^[0-9a-f]{16}$"
# RawTable.table_id formats the page with ``:03d``, so documents of 1000+ pages give p1000-t1.
TABLE_ID_PATTERN = r"^p\d{3,}-t\d+$"


def text(*, nullable: bool = False, **kwargs) -> pa.Field:
    """A text column; a required one must also be non-empty (a blank cell is no value)."""
    if not nullable:
        kwargs.setdefault("str_length", {"min_value": 1})
    return pa.Field(nullable=nullable, **kwargs)


def plan_year(*, nullable: bool = False) -> pa.Field:
    """A plan year: planning documents of this family cover 1990–2100."""
    return pa.Field(nullable=nullable, in_range={"min_value": YEAR_MIN, "max_value": YEAR_MAX})


def percent(*, nullable: bool = False) -> pa.Field:
    """A 0–100 score or OCR confidence."""
    return pa.Field(nullable=nullable, in_range={"min_value": 0, "max_value": 100})


def money() -> pa.Field:
    """A rupiah amount (``*_idr``): nullable, never negative."""
    return pa.Field(nullable=True, ge=0)


def one_of(values: tuple[str, ...], *, nullable: bool = False) -> pa.Field:
    """A category column whose dtype carries exactly the contract's value list."""
    return pa.Field(nullable=nullable, dtype_kwargs={"categories": list(values), "ordered": False})


def first_occurrence(df: pd.DataFrame, key: list[str]) -> pd.Series:
    """True except for the 2nd, 3rd… row of a duplicated key.

    pandera's ``unique`` flags *every* copy of a duplicate, which would quarantine the
    original too; a key check should keep the first row and quarantine only the repeats.
    Rows with a null key part are left to the key column's own not-null check.
    """
    return df[key].isna().any(axis=1) | ~df.duplicated(subset=key, keep="first")


class Provenance(pa.DataFrameModel):
    """Columns that make every extracted row traceable to its place in the source PDF.

    ``ocr_confidence`` is always present (null for text-layer rows) so that every output of
    a table has the same columns whatever path its rows took.
    """

    doc_id: Str = pa.Field(str_matches=DOC_ID_PATTERN)
    table_id: Str = pa.Field(str_matches=TABLE_ID_PATTERN)
    row_no: Int32 = pa.Field(ge=1)
    page: Int16 = pa.Field(ge=1)
    extraction_method: Str = text(str_matches=r"^\S+$")
    ocr_confidence: Float = percent(nullable=True)

    class Config:
        strict = False
        coerce = False


NormalizedStr = Str | None
NormalizedScore = Float | None
"""Normalizer output columns: absent before normalization, null where a name is unmatched."""
