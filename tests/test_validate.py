"""split_valid: good rows pass, bad rows are quarantined with the right reason, none lost."""

from __future__ import annotations

import pandas as pd
import pytest

from rencana.schemas import TABLES, coerce, dtypes
from rencana.validate import ContractError, split_valid

PROV = {"doc_id": "65aacf79f57789bc", "table_id": "p012-t1", "row_no": 1, "page": 12,
        "extraction_method": "pdfplumber"}

GOOD = {
    "documents": {"doc_id": "65aacf79f57789bc", "source_file": "in/renja.pdf",
                  "doc_type": "renja", "year_start": 2019, "year_end": 2019, "pages": 40,
                  "ocr_pages": 2, "status": "ok", "extractor_version": "0.1.0"},
    "renstra_targets": {**PROV, "indikator": "Persentase PMKS tertangani", "year": 2021,
                        "target_raw": "80,90%", "target_value": 80.9, "target_unit": "%"},
    "plan_items": {**PROV, "level": "sub_kegiatan", "code": "1.06.04.2.01.0001",
                   "name": "Penyediaan Makanan", "parent_row_no": 1, "year": 2019,
                   "budget_idr": 1283419000, "match_score": 97.5},
    "rencana_aksi": {**PROV, "sub_kegiatan_target_raw": "50 Orang",
                     "sub_kegiatan_target_value": 50.0, "aksi": "Rapat koordinasi",
                     "tw1": True, "tw2": False, "tw3": False, "tw4": True,
                     "ocr_confidence": 88.2},
    "iku_links": {**PROV, "kegiatan": "Rehabilitasi Sosial", "budget_idr": 29157500},
    "nomenclature": {"canonical_id": "1.06.04.2.01.0001", "level": "sub_kegiatan",
                     "name": "Penyediaan Permakanan", "parent_id": "1.06.04.2.01",
                     "source": "official"},
    "name_matches": {"name_raw": "Penyediaan Makanan", "level": "sub_kegiatan",
                     "name_key": "penyediaan makanan", "canonical_id": "1.06.04.2.01.0001",
                     "score": 91.0, "method": "fuzzy", "status": "auto", "occurrences": 3},
}


def split(table: str, rows: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    return split_valid(table, coerce(table, rows))


@pytest.mark.parametrize("table", TABLES)
def test_good_row_passes_with_contract_dtypes(table):
    valid, quarantined = split(table, [GOOD[table]])
    assert len(valid) == 1 and quarantined.empty
    assert valid.dtypes.to_dict() == dtypes(table)
    assert {"error", "error_detail"} <= set(quarantined.columns)


BAD = [
    ("renstra_targets", {"indikator": None, "year": 1850},
     "not_nullable:indikator; in_range:year"),
    ("renstra_targets", {"doc_id": "65AACF79F57789BC"}, "str_matches:doc_id"),
    ("renstra_targets", {"table_id": "t1"}, "str_matches:table_id"),
    ("renstra_targets", {"row_no": 0, "page": 0},
     "greater_than_or_equal_to:row_no; greater_than_or_equal_to:page"),
    ("renstra_targets", {"extraction_method": "camelot lattice"}, "str_matches:extraction_method"),
    ("renstra_targets", {"target_raw": ""}, "str_length:target_raw"),
    ("renstra_targets", {"year": "20l9"}, "coerce:year; not_nullable:year"),
    ("plan_items", {"level": "programme"}, "coerce:level; not_nullable:level"),
    ("plan_items", {"budget_idr": -5}, "greater_than_or_equal_to:budget_idr"),
    ("plan_items", {"realized_budget_idr": "1.273.095.214"}, "coerce:realized_budget_idr"),
    ("plan_items", {"code": "1.06.04 2.01"}, "str_matches:code"),
    ("plan_items", {"match_score": 100.5}, "in_range:match_score"),
    ("rencana_aksi", {"tw1": None, "tw2": "v"}, "not_nullable:tw1; coerce:tw2; not_nullable:tw2"),
    ("rencana_aksi", {"ocr_confidence": 101}, "in_range:ocr_confidence"),
    ("rencana_aksi", {"volume_value": "12 Bulan"}, "coerce:volume_value"),
    ("iku_links", {"kegiatan": None}, "not_nullable:kegiatan"),
    ("documents", {"year_start": 2024, "year_end": 2019}, "year_order"),
    ("documents", {"status": "failed"}, "error_explains_status"),
    ("documents", {"ocr_pages": 41}, "ocr_pages_within_pages"),
    ("documents", {"pages": 70000}, "coerce:pages; not_nullable:pages"),
    ("nomenclature", {"source": "guess"}, "coerce:source; not_nullable:source"),
    ("name_matches", {"score": 120.0, "occurrences": 0},
     "in_range:score; greater_than_or_equal_to:occurrences"),
]


@pytest.mark.parametrize(("table", "change", "slugs"), BAD)
def test_bad_row_is_quarantined_with_its_reasons(table, change, slugs):
    rows = [GOOD[table], {**other(table, 1), **change}, other(table, 2)]
    valid, quarantined = split(table, rows)
    assert len(valid) == 2
    assert quarantined["error"].tolist() == [slugs]


def other(table: str, n: int) -> dict:
    """Another good row whose key differs from GOOD's (keyed tables reject repeats)."""
    key = {"documents": "doc_id", "nomenclature": "canonical_id", "name_matches": "name_raw"}
    row = dict(GOOD[table])
    if table in key:
        row[key[table]] = f"{n:016x}"
    else:
        row["row_no"] = n + 1
    return row


def test_detail_keeps_the_value_that_failed():
    _, quarantined = split("plan_items", [{**GOOD["plan_items"], "year": 1850,
                                           "budget_idr": "Rp 1.283.419.000"}])
    assert quarantined["error_detail"].tolist() == [
        "in_range:year=1850; coerce:budget_idr='Rp 1.283.419.000'"]
    assert quarantined["budget_idr"].isna().all()


@pytest.mark.parametrize(("table", "key", "slug"), [
    ("documents", {"doc_id": "65aacf79f57789bc"}, "unique_doc_id"),
    ("nomenclature", {"canonical_id": "1.06"}, "unique_canonical_id"),
    ("name_matches", {"level": "sub_kegiatan"}, "unique_name_level"),
])
def test_repeated_key_quarantines_only_the_repeats(table, key, slug):
    first = {**GOOD[table], **key}
    rows = [first, other(table, 1), first, first]
    valid, quarantined = split(table, rows)
    assert len(valid) == 2
    assert quarantined["error"].tolist() == [slug, slug]


def test_counts_add_up_and_rows_are_kept_whole():
    rows = [{**GOOD["renstra_targets"], "row_no": n,
             "year": 1850 if n % 3 == 0 else 2020,
             "indikator": None if n % 4 == 0 else f"Indikator {n}"} for n in range(1, 25)]
    valid, quarantined = split("renstra_targets", rows)
    assert len(valid) + len(quarantined) == len(rows)
    bad = {n for n in range(1, 25) if n % 3 == 0 or n % 4 == 0}
    assert set(quarantined["row_no"]) == bad
    assert set(valid["row_no"]) == set(range(1, 25)) - bad
    both = quarantined.loc[quarantined["row_no"] == 12, "error"].item()
    assert both == "not_nullable:indikator; in_range:year"
    assert quarantined.loc[quarantined["row_no"] == 9, "year"].item() == 1850


def test_duplicate_index_labels_do_not_misplace_failures():
    first = coerce("renstra_targets", [GOOD["renstra_targets"]] * 2)
    second = coerce("renstra_targets", [{**GOOD["renstra_targets"], "row_no": 7, "year": 1850},
                                        GOOD["renstra_targets"]])
    valid, quarantined = split_valid("renstra_targets", pd.concat([first, second]))
    assert quarantined["row_no"].tolist() == [7]
    assert len(valid) == 3
    assert list(valid.index) == [0, 1, 2]


def test_documents_quarantine_keeps_the_documents_own_error():
    row = {**GOOD["documents"], "status": "failed", "error": "encrypted PDF",
           "extractor_version": ""}
    _, quarantined = split("documents", [row])
    assert quarantined["row_error"].tolist() == ["encrypted PDF"]
    assert quarantined["error"].tolist() == ["str_length:extractor_version"]


def test_missing_column_is_a_bug_not_bad_data():
    frame = coerce("renstra_targets", [GOOD["renstra_targets"]]).drop(columns="indikator")
    with pytest.raises(ContractError, match="indikator"):
        split_valid("renstra_targets", frame)


def test_wrong_dtype_is_a_bug_not_bad_data():
    frame = coerce("renstra_targets", [GOOD["renstra_targets"]])
    frame["year"] = frame["year"].astype("float64")
    with pytest.raises(ContractError, match="year"):
        split_valid("renstra_targets", frame)


def test_missing_optional_normalizer_columns_are_fine():
    frame = coerce("plan_items", [GOOD["plan_items"]])
    frame = frame.drop(columns=["canonical_code", "canonical_name", "match_score"])
    valid, quarantined = split_valid("plan_items", frame)
    assert len(valid) == 1 and quarantined.empty


def test_extra_columns_pass_through():
    valid, _ = split("iku_links", [{**GOOD["iku_links"], "note": "kept"}])
    assert valid["note"].tolist() == ["kept"]
