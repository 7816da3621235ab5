"""Write truth CSVs in the data contract's columns (plus ``table_seq``), and read the
``pages`` of the documents row back from a PDF whose printer paginated on its own."""

from __future__ import annotations

import csv
from dataclasses import asdict
from pathlib import Path

import pdfplumber

from samples.families import Row
from samples.sample import DocumentTruth

DOCUMENT_COLUMNS = ("doc_type", "title", "agency", "region", "unit", "year_start", "year_end",
                    "pages")


def _cell(value: object) -> str:
    """Empty = null; booleans ``true``/``false``; numbers in plain Python form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write(path: Path, columns: tuple[str, ...], rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])


def write(folder: Path, info: DocumentTruth, pages: int,
          tables: tuple[tuple[str, list[Row]], ...]) -> None:
    """``documents.csv`` and one ``<table>.csv`` per contract table the sample has rows for."""
    folder.mkdir(parents=True, exist_ok=True)
    document = {**asdict(info), "pages": pages}
    _write(folder / "documents.csv", DOCUMENT_COLUMNS, [document])
    by_table: dict[str, list[Row]] = {}
    for seq, (name, rows) in enumerate(tables, start=1):
        by_table.setdefault(name, []).extend({"table_seq": seq, **row} for row in rows)
    for name, rows in by_table.items():
        _write(folder / f"{name}.csv", tuple(rows[0]), rows)


def page_count(pdf: Path) -> int:
    """Pages of a PDF printed by Chromium or LibreOffice (reportlab reports its own count
    while rendering)."""
    with pdfplumber.open(pdf) as document:
        return len(document.pages)
