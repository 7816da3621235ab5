"""The command line: help, exit codes, outputs on disk, per-file isolation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from rencana.cli import main
from rencana.schemas import TABLES

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SMALLEST = min((SAMPLES / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)


def test_help_documents_commands_and_exit_codes():
    out = subprocess.run([sys.executable, "-m", "rencana", "extract", "--help"],
                         capture_output=True, text=True, check=True).stdout
    for text in ("--out", "--password", "--ocr-engine", "exit codes", "quarantine"):
        assert text in out


def test_missing_input_is_a_usage_error(tmp_path: Path, capsys):
    assert main(["extract", str(tmp_path / "nope.pdf"), "--out", str(tmp_path)]) == 2
    assert "nope.pdf" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error():
    assert main(["extract", "--bogus"]) == 2


def test_extract_writes_every_contract_table(tmp_path: Path):
    out = tmp_path / "out"
    assert main(["extract", str(SMALLEST), "--out", str(out), "--quiet"]) == 0
    for table in TABLES:
        assert (out / f"{table}.parquet").is_file(), table
        assert (out / f"{table}.csv").is_file(), table
    assert (out / "review" / "names_review.csv").is_file()
    warnings = pd.read_csv(out / "warnings.csv")
    assert list(warnings.columns) == ["doc_id", "source_file", "warning"]
    documents = pd.read_parquet(out / "documents.parquet")
    assert documents["status"].tolist() == ["ok"]
    rows = sum(len(pd.read_parquet(out / f"{t}.parquet")) for t in
               ("renstra_targets", "plan_items", "rencana_aksi", "iku_links"))
    assert rows > 0


def test_a_bad_file_is_reported_by_name_and_the_good_one_still_extracted(tmp_path: Path,
                                                                         capsys):
    bad = tmp_path / "laporan.pdf"
    bad.write_bytes(b"PK\x03\x04 this is really a docx")
    out = tmp_path / "out"
    assert main(["extract", str(bad), str(SMALLEST), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "laporan.pdf" in err and "not a PDF" in err
    documents = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert documents.loc[str(bad), "status"] == "failed"
    assert "Office" in documents.loc[str(bad), "error"]
    assert documents.loc[str(SMALLEST), "status"] == "ok"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"hello, this is a text file\n", "text file"),
    (b"%PDF-1.7\n1 0 obj <<", "PDF"),
])
def test_unreadable_inputs_fail_with_a_reason(tmp_path: Path, content: bytes, reason: str):
    from rencana.pipeline import Options, process_document

    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    result = process_document(path, Options())
    assert result.document["status"] == "failed"
    assert reason in result.document["error"] and "x.pdf" in result.document["error"]
