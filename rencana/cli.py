"""The ``rencana`` command: a thin layer that parses options and calls the library.

Exit codes: 0 every file ok; 1 at least one file failed or was only partly read (the rest
is written); 2 usage error (bad option, missing input path); 3 a missing system
dependency; 4 the output folder is locked by another run; 130 interrupted (Ctrl-C).
Known failures print one line; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from tqdm import tqdm

from rencana import __version__, match_cli
from rencana.errors import ExitCode, MissingDependency, OutputLocked, RencanaError
from rencana.limits import DEFAULT_TIMEOUT, usable_cores
from rencana.lock import OutputLock
from rencana.output import write_outputs
from rencana.pipeline import DocumentResult, Options
from rencana.runner import run_documents

EPILOG = """\
exit codes:
  0  every file was extracted
  1  at least one file failed or was only partly read (the others are written)
  2  usage error (bad option, missing input path)
  3  a system dependency is missing (e.g. tesseract-ocr for scanned pages)
  4  another rencana run is writing the same --out folder (nothing was done)
  130  interrupted (Ctrl-C); the previous output in --out is left as it was

outputs (in --out): <table>.parquet and <table>.csv for documents, renstra_targets,
plan_items, rencana_aksi, iku_links, nomenclature, name_matches; quarantine/<table>.csv
for rows that failed validation (with the reason in `error`); review/names_review.csv for
names a human should decide; warnings.csv for values not read with certainty.
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
    parser.add_argument("--jobs", type=_positive_int, default=usable_cores(), metavar="N",
                        help="documents read at once, each in its own worker process "
                        "(default: one per core)")
    parser.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help="stop a document (mark it failed) after this long without "
                        f"finishing a page (default: {DEFAULT_TIMEOUT:g}; 0: no limit)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar or per-file lines")
    parser.set_defaults(handler=_run_extract)


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}")
    return value


def _summary(result: DocumentResult, quarantined: int) -> str:
    doc = result.document
    name = Path(doc["source_file"]).name
    if doc["status"] == "failed":
        return f"FAILED  {doc['error']}"
    rows = sum(len(r) for r in result.rows.values())
    line = (f"{doc['status']:<7} {name}: {doc['doc_type']}, {doc['pages']} pages"
            f" ({doc['ocr_pages']} OCR), {result.tables_found} tables, {rows} rows,"
            f" {quarantined} quarantined, {len(result.warnings)} warnings")
    explanation = doc["error"] or doc.get("note")  # why it is partial, or a note on an ok file
    if explanation:
        line += f" — {explanation}"
    return line


def _run_extract(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        print(f"rencana: input not found: {', '.join(missing)}", file=sys.stderr)
        return ExitCode.USAGE
    options = Options(password=args.password, ocr=args.ocr, ocr_engine=args.ocr_engine,
                      jobs=args.jobs, timeout=args.timeout or None)
    with OutputLock(args.out):
        return _extract_locked(args, options)


def _extract_locked(args: argparse.Namespace, options: Options) -> int:
    # disable=None: no bar when stderr is not a terminal (CI logs, pipes)
    bar = tqdm(total=None, unit="doc", disable=True if args.quiet else None, file=sys.stderr,
               leave=False)

    def progress(result: DocumentResult, quarantined: int) -> None:
        bar.update(1)
        if not args.quiet:
            bar.write(_summary(result, quarantined), file=sys.stderr)

    try:
        result = run_documents(args.inputs, options, progress)
    finally:
        bar.close()
    try:
        written = write_outputs(args.out, result.tables, result.quarantine, result.extra_csv)
    except OSError as exc:  # disk full, no permission: the staging folder is removed
        raise RencanaError(f"cannot write the outputs to {args.out} ({exc}); "
                           "the previous output is unchanged") from exc
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
    match_cli.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.debug:  # ours only: pdfminer's debug log is one line per drawing operator
        logging.getLogger("rencana").setLevel(logging.DEBUG)
    try:
        return int(args.handler(args))
    except RencanaError as exc:
        if args.debug:
            raise
        print(f"rencana: {exc}", file=sys.stderr)
        if isinstance(exc, MissingDependency):
            return ExitCode.MISSING_DEPENDENCY
        if isinstance(exc, OutputLocked):
            return ExitCode.OUTPUT_LOCKED
        return ExitCode.FILES_FAILED
    except KeyboardInterrupt:
        if args.debug:
            raise
        print("\nrencana: interrupted; the output folder was left as it was", file=sys.stderr)
        return ExitCode.INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
