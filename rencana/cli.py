"""The ``rencana`` command: a thin layer that parses options and calls the library.

Exit codes: 0 every file ok; 1 at least one file failed or was only partly read (the rest
is written); 2 usage error (bad option, missing input path); 3 a missing system
dependency. Known failures print one line; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from tqdm import tqdm

from rencana import __version__
from rencana.errors import ExitCode, MissingDependency, RencanaError
from rencana.output import write_outputs
from rencana.pipeline import DocumentResult, Options
from rencana.runner import run_documents

EPILOG = """\
exit codes:
  0  every file was extracted
  1  at least one file failed or was only partly read (the others are written)
  2  usage error (bad option, missing input path)
  3  a system dependency is missing (e.g. tesseract-ocr for scanned pages)

outputs (in --out): <table>.parquet and <table>.csv for documents, renstra_targets,
plan_items, rencana_aksi, iku_links, nomenclature, name_matches; quarantine/<table>.csv
for rows that failed validation (with the reason in `error`).
"""


def _extract_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract planning tables from PDFs",
        description="Extract Renstra, Renja, Rencana Aksi and IKU-linkage tables from PDF "
        "files (digital or scanned) into validated Parquet and CSV tables.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                        help="PDF files and/or folders (searched recursively for *.pdf)")
    parser.add_argument("--out", type=Path, default=Path("output"),
                        help="output folder (default: output/)")
    parser.add_argument("--password", help="user password for encrypted PDFs")
    parser.add_argument("--no-ocr", dest="ocr", action="store_false",
                        help="skip pages without a text layer instead of OCR-ing them")
    parser.add_argument("--ocr-engine", default="tesseract", choices=("tesseract", "rapidocr"),
                        help="OCR engine for scanned pages (default: tesseract)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar or per-file lines")
    parser.set_defaults(handler=_run_extract)


def _summary(result: DocumentResult, quarantined: int) -> str:
    doc = result.document
    name = Path(doc["source_file"]).name
    if doc["status"] == "failed":
        return f"FAILED  {doc['error']}"
    rows = sum(len(r) for r in result.rows.values())
    line = (f"{doc['status']:<7} {name}: {doc['doc_type']}, {doc['pages']} pages"
            f" ({doc['ocr_pages']} OCR), {result.tables_found} tables, {rows} rows,"
            f" {quarantined} quarantined")
    if doc["status"] == "partial":
        line += f" — {doc['error']}"
    return line


def _run_extract(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        print(f"rencana: input not found: {', '.join(missing)}", file=sys.stderr)
        return ExitCode.USAGE
    options = Options(password=args.password, ocr=args.ocr, ocr_engine=args.ocr_engine)
    bar = tqdm(total=None, unit="doc", disable=args.quiet, file=sys.stderr, leave=False)

    def progress(result: DocumentResult, quarantined: int) -> None:
        bar.update(1)
        if not args.quiet:
            bar.write(_summary(result, quarantined), file=sys.stderr)

    try:
        result = run_documents(args.inputs, options, progress)
    finally:
        bar.close()
    written = write_outputs(args.out, result.tables, result.quarantine, result.extra_csv)
    n_rows = sum(len(t) for name, t in result.tables.items() if name != "documents")
    n_bad = sum(len(q) for q in result.quarantine.values())
    print(f"{len(result.documents)} files, {len(result.failed)} not ok, {n_rows} rows, "
          f"{n_bad} quarantined → {args.out}/ ({len(written)} files)", file=sys.stderr)
    return ExitCode.FILES_FAILED if result.failed else ExitCode.OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rencana",
        description="Indonesian regional planning PDFs → clean, validated tables.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rencana {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _extract_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.handler(args))
    except RencanaError as exc:
        if args.debug:
            raise
        print(f"rencana: {exc}", file=sys.stderr)
        if isinstance(exc, MissingDependency):
            return ExitCode.MISSING_DEPENDENCY
        return ExitCode.FILES_FAILED


if __name__ == "__main__":
    sys.exit(main())
