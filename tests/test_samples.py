"""The committed sample corpus: PDFs open, truth follows the data contract, builds reproduce.

Truth is checked against the contract text itself (docs/DATA_CONTRACT.md), and against the
PDFs' text layer: every value the truth claims was printed must be findable in the PDF.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pdfplumber
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CONTRACT = (ROOT / "docs" / "DATA_CONTRACT.md").read_text("utf-8")
NOT_IN_TRUTH = {"doc_id", "table_id", "row_no", "page", "extraction_method", "ocr_confidence"}
DOCUMENT_COLUMNS = ["doc_type", "title", "agency", "region", "unit", "year_start", "year_end",
                    "pages"]
SETS = {"samples": SAMPLES, "holdout": SAMPLES / "holdout"}


def contract_columns() -> dict[str, list[str]]:
    """Table name → its contract columns in order (``a, b, c`` cells expanded)."""
    tables: dict[str, list[str]] = {}
    current = None
    for line in CONTRACT.splitlines():
        heading = re.match(r"^##+ (\w+) —", line)
        if heading:
            current = heading.group(1)
            tables[current] = []
        elif current and line.startswith("| ") and not line.startswith("| column"):
            cell = line.split("|")[1].strip()
            if not set(cell) <= {"-"}:
                tables[current] += [c.strip() for c in cell.split(",")]
        elif line.startswith("## "):
            current = None
    return tables


def truth_folders() -> list[tuple[str, Path]]:
    return [(kind, folder) for kind, base in SETS.items()
            for folder in sorted((base / "truth").iterdir())]


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@cache
def pdf_words(pdf: Path) -> frozenset[str]:
    with pdfplumber.open(pdf) as document:
        # Text-flow order keeps words whole where middle-aligned merged cells put lines of
        # neighbouring cells at nearly the same height.
        return frozenset(w["text"] for page in document.pages
                         for w in page.extract_words(use_text_flow=True))


FOLDERS = truth_folders()
IDS = [f"{kind}/{folder.name}" for kind, folder in FOLDERS]


def test_contract_parser_sees_every_family() -> None:
    tables = contract_columns()
    assert {"renstra_targets", "plan_items", "rencana_aksi", "iku_links"} <= tables.keys()
    assert tables["rencana_aksi"][-4:] == ["tw1", "tw2", "tw3", "tw4"]


def test_corpus_is_complete_and_small() -> None:
    pdfs = sorted((SAMPLES / "pdf").glob("*.pdf"))
    holdout = sorted((SAMPLES / "holdout" / "pdf").glob("*.pdf"))
    assert len(pdfs) >= 6 and len(holdout) >= 2
    for kind, base in SETS.items():
        names = {p.stem for p in (base / "pdf").glob("*.pdf")}
        assert names == {f.name for f in (base / "truth").iterdir()}, kind
    assert sum(p.stat().st_size for p in pdfs + holdout) < 5_000_000


@pytest.mark.parametrize(("kind", "folder"), FOLDERS, ids=IDS)
def test_pdf_opens_with_declared_page_count(kind: str, folder: Path) -> None:
    columns, rows = read_csv(folder / "documents.csv")
    assert columns == DOCUMENT_COLUMNS and len(rows) == 1
    with pdfplumber.open(SETS[kind] / "pdf" / f"{folder.name}.pdf") as pdf:
        assert len(pdf.pages) == int(rows[0]["pages"])
        assert all(page.width > page.height for page in pdf.pages), "landscape"


@pytest.mark.parametrize(("kind", "folder"), FOLDERS, ids=IDS)
def test_truth_tables_follow_the_contract(kind: str, folder: Path) -> None:
    contract = contract_columns()
    tables = [p for p in folder.glob("*.csv") if p.name != "documents.csv"]
    assert tables, "every sample has at least one contract table"
    for path in tables:
        expected = [c for c in contract[path.stem] if c not in NOT_IN_TRUTH]
        columns, rows = read_csv(path)
        assert columns == ["table_seq", *expected], path.name
        assert rows, path.name
        seqs = [int(r["table_seq"]) for r in rows]
        assert seqs == sorted(seqs) and seqs[0] >= 1
        for row in rows:
            for column, value in row.items():
                if column.endswith("_idr") and value:
                    assert re.fullmatch(r"-?\d+", value), (path.name, column, value)
                if column in {"tw1", "tw2", "tw3", "tw4"}:
                    assert value in {"true", "false"}
                if column in {"year", "parent_row_no"} and value:
                    assert re.fullmatch(r"\d+", value)


TEXT_COLUMNS = {"program", "kegiatan", "sub_kegiatan", "aksi", "indikator", "name",
                "target_raw", "volume_raw", "sub_kegiatan_target_raw", "code_raw", "lokasi"}


@pytest.mark.parametrize(("kind", "folder"), FOLDERS, ids=IDS)
def test_truth_text_is_printed_in_the_pdf(kind: str, folder: Path) -> None:
    words = pdf_words(SETS[kind] / "pdf" / f"{folder.name}.pdf")
    for path in folder.glob("*.csv"):
        _, rows = read_csv(path)
        for row in rows:
            for column in TEXT_COLUMNS & row.keys():
                missing = [w for w in row[column].split() if w not in words]
                assert not missing, (path.name, column, row[column])


def test_known_values() -> None:
    """Spot checks of contract semantics against values read off the seeds."""
    _, iku = read_csv(SAMPLES / "truth" / "iku_linkage_2023" / "iku_links.csv")
    name = "Koordinasi dan Sinkronisasi Pelaksanaan PUG Kewenangan Kabupaten/Kota"
    pug = [r for r in iku if r["kegiatan"] == name]
    assert [r["budget_idr"] for r in pug] == ["29157500"]
    assert pug[0]["program"] == "PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN"
    assert pug[0]["target_raw"] == "Utama"
    _, ra = read_csv(SAMPLES / "truth" / "rencana_aksi_2025" / "rencana_aksi.csv")
    honor = next(r for r in ra if r["aksi"] == "Honor TKSK")
    assert honor["program"] == "PROGRAM PEMBERDAYAAN SOSIAL"
    assert (honor["volume_value"], honor["volume_unit"]) == ("12.0", "bulan")
    assert [honor[f"tw{q}"] for q in range(1, 5)] == ["true"] * 4
    _, targets = read_csv(SAMPLES / "truth" / "renstra_2019_2024" / "renstra_targets.csv")
    kla = [r for r in targets if r["indikator"] == "Kategori Kota Layak Anak"
           and r["table_seq"] == "1"]
    assert [r["target_raw"] for r in kla] == ["Madya"] * 3 + ["Nindya"] * 3
    assert all(r["target_value"] == "" for r in kla)


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    """The reportlab samples rebuild to the same bytes (the Chromium-printed holdout set is
    rebuilt with ``python -m samples.build --holdout``, which needs Chromium)."""
    subprocess.run([sys.executable, "-m", "samples.build", "--out", str(tmp_path)],
                   cwd=ROOT, check=True, capture_output=True)
    committed = sorted(p.relative_to(SAMPLES) for p in (SAMPLES / "pdf").glob("*.pdf"))
    assert committed == sorted(p.relative_to(tmp_path) for p in (tmp_path / "pdf").glob("*"))
    for pdf in committed:
        assert (tmp_path / pdf).read_bytes() == (SAMPLES / pdf).read_bytes(), pdf
    for csv_file in (SAMPLES / "truth").rglob("*.csv"):
        rebuilt = tmp_path / csv_file.relative_to(SAMPLES)
        assert rebuilt.read_text("utf-8") == csv_file.read_text("utf-8"), csv_file
