"""One document at a time: open → per-page tables → stitch → families → rows with provenance.

Each document is processed in isolation; whatever goes wrong with one file is recorded in
its ``documents`` row (status and error) and never costs the other files. Provenance
(doc_id, table_id, method) is stamped here, in one place, after a family returns.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rencana import __version__
from rencana.errors import DocumentError, describe
from rencana.extract.classify import classify
from rencana.extract.families.base import TableContext
from rencana.extract.families.registry import FAMILIES, choose_reading
from rencana.extract.header import body_headings
from rencana.extract.levels import spread_levels
from rencana.extract.pages import read_pages
from rencana.extract.stitch import StitchedTable, stitch
from rencana.normalize.text import clean_cell, fold, without_trailing_speck
from rencana.records import DocumentInfo

log = logging.getLogger(__name__)
FAMILY_TABLES: tuple[str, ...] = tuple(dict.fromkeys(f.table for f in FAMILIES))
PREAMBLE_MAX_ROWS = 3
"""An unclaimed table with at most this many body rows is a block of labels and values
(e.g. sasaran strategis above a Rencana Aksi table) handed to the next table."""


@dataclass
class Options:
    """Settings of a run that reach document processing."""

    password: str | None = None
    ocr: bool = True
    ocr_engine: str = "tesseract"
    name_level: Callable[[str], str | None] | None = None
    jobs: int = 1
    """Documents read at once. Above 1, or with a ``timeout``, each document is read in a
    worker process (see :mod:`rencana.limits`); Options must then be picklable."""
    timeout: float | None = None
    """Seconds a document may go without finishing a page (or, before its first page,
    without opening) before it is stopped and marked failed."""
    page_done: Callable[[int], None] | None = None
    """Called with the page number after each page: a worker's heartbeat."""


@dataclass
class DocumentResult:
    """Everything one input file produced."""

    document: dict
    rows: dict[str, list[dict]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    tables_found: int = 0


def doc_id_of(path: Path) -> str:
    """First 16 hex digits of the SHA-256 of the file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def _preamble(item: StitchedTable) -> dict[str, str] | None:
    """Label → value of a small block table, or None when it is not one."""
    table, header = item.table, item.header
    body = table.grid(spread_spans=False)[header.n_rows :]
    body = [row for row in body if any(clean_cell(c) for c in row)]
    if not header.n_rows or not body or len(body) > PREAMBLE_MAX_ROWS:
        return None
    values: dict[str, str] = {}
    for col, label in enumerate(header.labels):
        text = clean_cell(body[0][col])
        if label and text and label not in values:
            values[label] = text
    return values


def _body_rows(item: StitchedTable) -> int:
    body = item.table.grid(spread_spans=False)[item.header.n_rows :]
    return sum(any(clean_cell(c) for c in row) for row in body)


def _unclaimed(item: StitchedTable) -> str:
    """A warning for a table no family reads: its rows are not in any output table, so
    the planner must hear of it (a header worded in a way no family knows yet)."""
    labels = " | ".join(label for label in item.header.labels if label) or "no header"
    return (f"{item.table.table_id}: a table of {_body_rows(item)} rows that no table family "
            f"reads (header: {labels}); its rows are not in the output")


_LABELLED = re.compile(r"^\s*([A-Za-z][\w /&.()-]{2,40}?)\s*:\s*(\S.*)$")


def labelled_lines(lines: Iterable[str]) -> dict[str, str]:
    """``Label : value`` lines printed above a table ("Sasaran Strategis : Meningkatnya …"),
    the other common way of giving a table's block context."""
    found: dict[str, str] = {}
    for line in lines:
        match = _LABELLED.match(line)
        if match:
            found[fold(match.group(1))] = without_trailing_speck(" ".join(match.group(2).split()))
    return found


def read_tables(
    stitched: list[StitchedTable], info: DocumentInfo, options: Options
) -> tuple[dict[str, list[dict]], list[str]]:
    """Hand each stitched table to the family that claims it."""
    rows: dict[str, list[dict]] = {name: [] for name in FAMILY_TABLES}
    warnings: list[str] = []
    preamble: dict[str, str] = {}
    above: tuple[str, ...] = ()
    for item in stitched:
        table, header = spread_levels(item.table, item.header)
        family, header = choose_reading(
            [header, *(spread_levels(item.table, r)[1] for r in item.repeats)],
            body_headings(table, header))
        item = StitchedTable(table, header)
        if family is None:
            preamble = _preamble(item) or {}
            above = item.table.context if preamble else ()
            if not preamble and _body_rows(item) > PREAMBLE_MAX_ROWS:
                warnings.append(_unclaimed(item))
            continue
        ctx = TableContext(
            doc=info, lines_above=above + item.table.context,
            preamble={**preamble, **labelled_lines(item.table.context)},
            name_level=options.name_level,
        )
        result = family.read(item.table, item.header, ctx)
        for record in result.rows:
            record["table_id"] = item.table.table_id
            record["extraction_method"] = item.table.method
        rows[result.table].extend(result.rows)
        warnings.extend(f"{item.table.table_id}: {w}" for w in result.warnings)
        preamble, above = {}, ()
    return rows, warnings


def blank_document(path: Path) -> dict:
    """The documents row of a file before anything is read: ``failed`` until proven ok."""
    return {
        "doc_id": None, "source_file": str(path), "doc_type": "unknown", "pages": 0,
        "ocr_pages": 0, "status": "failed", "error": None, "extractor_version": __version__,
    }


def process_document(path: Path, options: Options) -> DocumentResult:
    """Extract one file; failures become a ``failed`` documents row, never an exception."""
    document = blank_document(path)
    try:
        document["doc_id"] = doc_id_of(path)
        pages = read_pages(path, options)
        info = classify(pages.page_lines)
        document.update(vars(info), pages=pages.count, ocr_pages=pages.ocr_pages)
        stitched = stitch(pages.tables, options.name_level)
        rows, warnings = read_tables(stitched, info, options)
    except DocumentError as exc:
        document["error"] = f"{path.name}: {exc}"
        return DocumentResult(document)
    except Exception as exc:  # an unexpected bug must not cost the other files
        log.debug("unexpected failure on %s", path, exc_info=True)
        document["error"] = f"{path.name}: {describe(exc)}"
        return DocumentResult(document)
    for table_rows in rows.values():
        for record in table_rows:
            record["doc_id"] = document["doc_id"]
    failed_pages = pages.failed
    document["status"] = "partial" if failed_pages else "ok"
    if failed_pages:
        document["error"] = f"{path.name}: " + "; ".join(failed_pages)
    elif not any(rows.values()):  # ok, but say so: the planner may have picked the wrong file
        document["note"] = (f"{path.name}: no planning table found "
                            f"(document type {document['doc_type']}); nothing extracted")
    return DocumentResult(document, rows, warnings + pages.warnings, len(stitched))


def iter_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files named and PDF files found (recursively) in folders named, in a stable order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and
                              p.suffix.lower() == ".pdf"))
        else:
            out.append(path)
    return list(dict.fromkeys(out))
