"""One pandera model per contract table, column for column as in docs/DATA_CONTRACT.md.

Field order is the contract's order (provenance first); the normalizer columns
(``<name>_code``, ``<name>_canonical``, ``<name>_score``) sit right after the name column
they describe so a planner reading the CSV sees the raw and canonical wording side by side.
They are ``Optional``: a frame validated before normalization has none of them.
Checks only encode what the contract states; anything it leaves open stays unchecked.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from rencana.schemas.base import (
    DOC_ID_PATTERN,
    LEVELS,
    Bool,
    Category,
    Float,
    Int16,
    Int32,
    Int64,
    NormalizedScore,
    NormalizedStr,
    Provenance,
    Str,
    first_occurrence,
    money,
    one_of,
    percent,
    plan_year,
    text,
)

CODE_PATTERN = r"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$"
"""Canonical dotted code: ``1.06.04.2.01.0001`` (2021+) or ``110600.110601.16.017`` (older)."""


class Documents(pa.DataFrameModel):
    """One row per input file."""

    doc_id: Str = pa.Field(str_matches=DOC_ID_PATTERN)
    source_file: Str = text()
    doc_type: Category = one_of(("renstra", "renja", "rencana_aksi", "iku_linkage", "unknown"))
    title: Str = text(nullable=True)
    agency: Str = text(nullable=True)
    region: Str = text(nullable=True)
    unit: Str = text(nullable=True)
    year_start: Int16 = plan_year(nullable=True)
    year_end: Int16 = plan_year(nullable=True)
    # A file that cannot be opened at all is still listed (status failed) with 0 pages.
    pages: Int16 = pa.Field(ge=0)
    ocr_pages: Int16 = pa.Field(ge=0)
    status: Category = one_of(("ok", "partial", "failed"))
    error: Str = text(nullable=True)
    extractor_version: Str = text()

    class Config:
        strict = False
        coerce = False

    @pa.dataframe_check
    def unique_doc_id(cls, df: pd.DataFrame) -> pd.Series:
        """doc_id is the primary key: a repeated file is reported once, repeats quarantined."""
        return first_occurrence(df, ["doc_id"])

    @pa.dataframe_check
    def year_order(cls, df: pd.DataFrame) -> pd.Series:
        """A plan cannot end before it starts."""
        return (df["year_start"] <= df["year_end"]).fillna(True)

    @pa.dataframe_check
    def ocr_pages_within_pages(cls, df: pd.DataFrame) -> pd.Series:
        """OCR'd pages are a subset of the document's pages."""
        return (df["ocr_pages"] <= df["pages"]).fillna(True)

    @pa.dataframe_check
    def error_explains_status(cls, df: pd.DataFrame) -> pd.Series:
        """``partial``/``failed`` must say why (contract: error is "why, for partial/failed")."""
        return (df["status"] == "ok").fillna(False).astype(bool) | df["error"].notna()


class RenstraTargets(Provenance):
    """Indicator × year targets, long format."""

    tujuan: Str = text(nullable=True)
    sasaran: Str = text(nullable=True)
    indikator: Str = text()
    year: Int16 = plan_year()
    target_raw: Str = text()
    target_value: Float = pa.Field(nullable=True)
    target_unit: Str = text(nullable=True)


class PlanItems(Provenance):
    """Program / kegiatan / sub kegiatan lines, one row per item per year."""

    level: Category = one_of(LEVELS)
    code_raw: Str = text(nullable=True)
    code: Str = pa.Field(nullable=True, str_matches=CODE_PATTERN)
    name: Str = text()
    canonical_code: NormalizedStr = pa.Field(nullable=True)
    canonical_name: NormalizedStr = pa.Field(nullable=True)
    match_score: NormalizedScore = percent(nullable=True)
    parent_row_no: Int32 = pa.Field(nullable=True, ge=1)
    indikator: Str = text(nullable=True)
    year: Int16 = plan_year(nullable=True)
    target_raw: Str = text(nullable=True)
    target_value: Float = pa.Field(nullable=True)
    target_unit: Str = text(nullable=True)
    budget_idr: Int64 = money()
    realized_target_raw: Str = text(nullable=True)
    realized_budget_idr: Int64 = money()
    lokasi: Str = text(nullable=True)


class RencanaAksi(Provenance):
    """One row per aksi of the 16-column Rencana Aksi table."""

    unit: Str = text(nullable=True)
    sasaran_strategis: Str = text(nullable=True)
    program: Str = text(nullable=True)
    program_code: NormalizedStr = pa.Field(nullable=True)
    program_canonical: NormalizedStr = pa.Field(nullable=True)
    program_score: NormalizedScore = percent(nullable=True)
    program_indikator: Str = text(nullable=True)
    program_target_raw: Str = text(nullable=True)
    kegiatan: Str = text(nullable=True)
    kegiatan_code: NormalizedStr = pa.Field(nullable=True)
    kegiatan_canonical: NormalizedStr = pa.Field(nullable=True)
    kegiatan_score: NormalizedScore = percent(nullable=True)
    kegiatan_indikator: Str = text(nullable=True)
    kegiatan_target_raw: Str = text(nullable=True)
    sub_kegiatan: Str = text(nullable=True)
    sub_kegiatan_code: NormalizedStr = pa.Field(nullable=True)
    sub_kegiatan_canonical: NormalizedStr = pa.Field(nullable=True)
    sub_kegiatan_score: NormalizedScore = percent(nullable=True)
    sub_kegiatan_indikator: Str = text(nullable=True)
    sub_kegiatan_target_raw: Str = text(nullable=True)
    sub_kegiatan_target_value: Float = pa.Field(nullable=True)
    sub_kegiatan_target_unit: Str = text(nullable=True)
    aksi: Str = text(nullable=True)
    volume_raw: Str = text(nullable=True)
    volume_value: Float = pa.Field(nullable=True)
    volume_unit: Str = text(nullable=True)
    tw1: Bool = pa.Field()
    tw2: Bool = pa.Field()
    tw3: Bool = pa.Field()
    tw4: Bool = pa.Field()


class IkuLinks(Provenance):
    """IKU linkage: one row per kegiatan / sub kegiatan line."""

    tujuan_rpjmd: Str = text(nullable=True)
    iku_kota: Str = text(nullable=True)
    sasaran_strategis: Str = text(nullable=True)
    indikator_kinerja: Str = text(nullable=True)
    target_raw: Str = text(nullable=True)
    baseline_raw: Str = text(nullable=True)
    program: Str = text(nullable=True)
    program_code: NormalizedStr = pa.Field(nullable=True)
    program_canonical: NormalizedStr = pa.Field(nullable=True)
    program_score: NormalizedScore = percent(nullable=True)
    indikator_program: Str = text(nullable=True)
    kegiatan: Str = text()
    kegiatan_code: NormalizedStr = pa.Field(nullable=True)
    kegiatan_canonical: NormalizedStr = pa.Field(nullable=True)
    kegiatan_score: NormalizedScore = percent(nullable=True)
    indikator_kegiatan: Str = text(nullable=True)
    budget_idr: Int64 = money()


class Nomenclature(pa.DataFrameModel):
    """The canonical registry of program / kegiatan / sub kegiatan names."""

    canonical_id: Str = text()
    level: Category = one_of(LEVELS)
    name: Str = text()
    parent_id: Str = text(nullable=True)
    source: Category = one_of(("official", "derived"))

    class Config:
        strict = False
        coerce = False

    @pa.dataframe_check
    def unique_canonical_id(cls, df: pd.DataFrame) -> pd.Series:
        """canonical_id identifies one registry entry."""
        return first_occurrence(df, ["canonical_id"])


class NameMatches(pa.DataFrameModel):
    """Every distinct raw name (per level) and what it was mapped to."""

    name_raw: Str = text()
    level: Category = one_of(LEVELS)
    name_key: Str = pa.Field()
    canonical_id: Str = text(nullable=True)
    score: Float = percent()
    method: Category = one_of(("code", "exact", "fuzzy", "override", "unmatched"))
    status: Category = one_of(("auto", "review", "unmatched", "override"))
    occurrences: Int32 = pa.Field(ge=1)

    class Config:
        strict = False
        coerce = False

    @pa.dataframe_check
    def unique_name_level(cls, df: pd.DataFrame) -> pd.Series:
        """"every distinct raw name": one row per (name_raw, level)."""
        return first_occurrence(df, ["name_raw", "level"])
