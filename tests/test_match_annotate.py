"""annotate(): normalizer columns on the contract tables, audit tables, the review loop."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from rencana.normalize.annotate import annotate
from rencana.normalize.matcher import Matcher, derived_id
from rencana.normalize.nomenclature import Registry
from rencana.schemas import schema

REHAB = "Rehabilitasi Sosial"
DASAR = ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut "
         "Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial")
PMKS = ("Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) lainnya Bukan "
        "Korban HIV/AIDS dan NAPZA di Luar Panti Sosial")
SHORTENED = "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat"


def _provenance(doc: str, n: int) -> dict[str, list]:
    return {"doc_id": [doc] * n, "table_id": ["p001-t1"] * n, "row_no": list(range(1, n + 1)),
            "page": [1] * n, "extraction_method": ["pdfplumber"] * n}


def _tables() -> dict[str, pd.DataFrame]:
    """Hand-built frames with the contract's columns, as the extractor writes them."""
    rencana_aksi = pd.DataFrame({
        **_provenance("aksi2025", 4),
        "program": [REHAB, REHAB, REHAB, "PROGRAM PEMBERDAYAAN SOSIAL"],
        "kegiatan": [DASAR, DASAR, PMKS,
                     "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"],
        "sub_kegiatan": ["Penyediaan Permakanan", "Penyediaan Permakanan",
                         "Penyediaan Permakanan", SHORTENED],
    })
    iku_links = pd.DataFrame({
        **_provenance("iku2023", 3),
        "program": ["REHABILITASI SOSIAL", "REHABILITASI SOSIAL",
                    "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)"],
        "kegiatan": [DASAR.replace("Panti", "Pantli"), "Penyediaan Alat Bantu",
                     "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota"],
    })
    plan_items = pd.DataFrame({
        **_provenance("renja2019", 5),
        "level": ["program", "kegiatan", "kegiatan", "program", "sub_kegiatan"],
        "code_raw": ["110600.16", "110600.110601.16.017", "110600.110601.16.017", None,
                     "1.06.04.2.01.0001"],
        "code": ["110600.16", "110600.110601.16.017", "110600.110601.16.017", None,
                 "1.06.04.2.01.0001"],
        "name": ["Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
                 "Pelayanan dan Rehabilitasi Sosial Penyandang Disabilitas",
                 "Pelayanan dan Rehabilitasi Sosial Penyandang Disabilitas",
                 "Program Peningkatan Peran Serta Perempuan", "Penyediaan Permakanan"],
        "parent_row_no": [None, 1, 1, None, None],
        "year": [2019, 2019, 2020, 2019, 2019],
        "budget_idr": [100, 60, 40, 10, 5],
    })
    plan_items["row_no"] = [1, 2, 2, 3, 4]
    documents = pd.DataFrame({"doc_id": ["aksi2025", "iku2023", "renja2019"],
                              "year_start": [2025, 2023, 2019], "year_end": [2025, 2023, 2019]})
    return {"rencana_aksi": rencana_aksi, "iku_links": iku_links, "plan_items": plan_items,
            "documents": documents}


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def test_every_name_column_gets_code_canonical_and_score(registry: Registry) -> None:
    tables, *_ = annotate(_tables(), Matcher(registry))
    aksi = tables["rencana_aksi"]
    assert aksi["program_code"].tolist() == ["1.06.04"] * 3 + ["1.06.02"]
    assert aksi["kegiatan_code"].tolist() == ["1.06.04.2.01", "1.06.04.2.01", "1.06.04.2.02",
                                              "1.06.02.2.03"]
    # the parent decides between the two "Penyediaan Permakanan"
    assert aksi["sub_kegiatan_code"].tolist()[:3] == ["1.06.04.2.01.0001"] * 2 + \
        ["1.06.04.2.02.0003"]
    assert aksi["sub_kegiatan_canonical"].iloc[0] == "Penyediaan Permakanan"
    assert aksi["program_canonical"].iloc[0] == "PROGRAM REHABILITASI SOSIAL"
    # a name in review keeps its score but gets no code until a human decides
    assert pd.isna(aksi["sub_kegiatan_code"].iloc[3])
    assert 75 <= aksi["sub_kegiatan_score"].iloc[3] < 90

    iku = tables["iku_links"]
    assert iku["program_code"].tolist()[:2] == ["1.06.04", "1.06.04"]
    assert pd.isna(iku["program_code"].iloc[2])
    assert iku["kegiatan_code"].iloc[0] == "1.06.04.2.01"
    # iku_links' kegiatan column also carries sub kegiatan: "Penyediaan Alat Bantu" exists
    # under two kegiatan of the program; the kegiatan printed above it decides
    assert iku["kegiatan_code"].iloc[1] == "1.06.04.2.01.0003"
    assert pd.isna(iku["kegiatan_code"].iloc[2])


def test_linkage_rows_take_their_kegiatan_from_the_rows_above(registry: Registry) -> None:
    data = "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"
    iku = pd.DataFrame({
        **_provenance("iku2023", 5),
        "program": ["PERLINDUNGAN DAN JAMINAN SOSIAL"] * 2 + [REHAB] * 3,
        # the first "Pengelolaan Data ..." is the kegiatan, the second its own sub kegiatan
        "kegiatan": [data, data, PMKS, "Penyediaan Sandang", "Penyediaan Permakanan"],
    }).iloc[::-1]                                  # row order comes from row_no, not position
    tables, _, matches, _ = annotate({"iku_links": iku}, Matcher(registry))
    codes = tables["iku_links"].sort_values("row_no")["kegiatan_code"].tolist()
    assert codes == ["1.06.05.2.02", "1.06.05.2.02.0002", "1.06.04.2.02",
                     "1.06.04.2.02.0004", "1.06.04.2.02.0003"]
    assert set(matches["status"]) == {"auto"}
    assert sorted(matches.loc[matches["name_raw"] == data, "level"].astype(str)) == \
        ["kegiatan", "sub_kegiatan"]


def test_plan_items_old_rows_are_derived_and_new_codes_resolve(registry: Registry) -> None:
    tables, nomenclature, *_ = annotate(_tables(), Matcher(registry))
    plan = tables["plan_items"]
    assert plan["canonical_code"].iloc[4] == "1.06.04.2.01.0001"
    derived = plan["canonical_code"].iloc[:4].tolist()
    assert all(code.startswith("D-") for code in derived)
    assert derived[1] == derived[2]          # one kegiatan, two years, one id
    assert derived[1] == derived_id("kegiatan", Matcher(registry).key(plan["name"].iloc[1]))
    assert set(derived) <= set(nomenclature.loc[nomenclature["source"] == "derived",
                                                "canonical_id"])
    # the panel question: budget per canonical item and year, one groupby
    budget = plan.groupby(["canonical_code", "year"])["budget_idr"].sum()
    assert budget[(derived[1], 2019)] == 60 and budget[(derived[1], 2020)] == 40


def test_name_matches_and_review_tables(registry: Registry) -> None:
    _, nomenclature, matches, review = annotate(_tables(), Matcher(registry))
    schema("name_matches").validate(matches)
    schema("nomenclature").validate(nomenclature)
    assert list(matches.columns[:8]) == ["name_raw", "level", "name_key", "canonical_id",
                                         "score", "method", "status", "occurrences"]
    rehab = matches[matches["name_raw"] == REHAB]
    assert rehab[["canonical_id", "method", "status"]].values.tolist() == \
        [["1.06.04", "exact", "auto"]]
    assert rehab["occurrences"].tolist() == [3]
    # one row per name and level; the parent-dependent ids are all listed
    permakanan = matches[matches["name_raw"] == "Penyediaan Permakanan"]
    assert len(permakanan) == 1
    row = permakanan.iloc[0]
    assert (row["canonical_id"], row["occurrences"]) == ("1.06.04.2.01.0001", 4)
    assert row["all_canonical_ids"] == "1.06.04.2.01.0001 (3); 1.06.04.2.02.0003 (1)"
    assert set(matches["status"]) == {"auto", "review", "unmatched"}
    assert list(review.columns[:4]) == ["name", "level", "decision", "note"]
    assert (review["decision"] == "").all()
    shortened = review[review["name"] == SHORTENED].iloc[0]
    assert shortened["candidate_1_id"] == "1.06.02.2.03.0001"


def test_review_decision_pasted_into_overrides_is_applied(registry: Registry,
                                                          tmp_path: Path) -> None:
    """The loop a reviewer runs: review file → decision → overrides file → re-run."""
    _, _, _, review = annotate(_tables(), Matcher(registry))
    line = review[review["name"] == SHORTENED].iloc[:1].copy()
    line["decision"] = line["candidate_1_id"]
    line["note"] = "checked against the document"
    overrides = tmp_path / "overrides.csv"
    line[["name", "level", "decision", "note"]].to_csv(overrides, index=False)

    tables, _, matches, review_again = annotate(_tables(), Matcher(registry, overrides))
    assert tables["rencana_aksi"]["sub_kegiatan_code"].iloc[3] == "1.06.02.2.03.0001"
    decided = matches[matches["name_raw"] == SHORTENED].iloc[0]
    assert (decided["status"], decided["method"]) == ("override", "override")
    assert SHORTENED not in set(review_again["name"])


def test_plan_rows_without_parent_links_use_the_rows_above(registry: Registry) -> None:
    """Pelaporan Kinerja tables: no parent column, kegiatan filed as sub kegiatan."""
    plan = pd.DataFrame({
        **_provenance("sakip2024", 3),
        "level": ["program", "sub_kegiatan", "sub_kegiatan"],
        "code": [None, None, None],
        "name": ["PROGRAM REHABILITASI SOSIAL", DASAR, "Penyediaan Permakahan"],
        "parent_row_no": [None, None, None],
        "year": [2024] * 3,
    })
    tables, _, matches, review = annotate({"plan_items": plan}, Matcher(registry))
    assert tables["plan_items"]["canonical_code"].tolist() == \
        ["1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001"]
    assert review.empty
    assert matches.set_index("name_raw").loc[DASAR, "level"] == "kegiatan"
