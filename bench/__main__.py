"""``make bench``: accuracy and speed figures on the bundled samples.

Prints, per corpus (digital samples, the holdout set rendered another way, the scanned
samples) and per table family: field accuracy, row F1, money exactness and precision; then
pages per second of the whole pipeline next to bare pdfplumber ``extract_tables`` on the same
pages, and the ratio. Benchmarks print figures; the tests assert floors.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

import pdfplumber

from bench.scoring import Score, score_document
from rencana.pipeline import Options
from rencana.runner import run_documents

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
HOLDOUTS = sorted(p.parent.name for p in SAMPLES.glob("holdout*/pdf"))
"""Sets built blind by other hands (other renderers, regions, wordings, layouts), kept to
measure generalisation; see each set's README for what it varies."""


def corpora() -> list[tuple[str, list[Path], Path]]:
    """(name, PDFs, truth root) of every corpus present; truth is ``<root>/<pdf stem>/``."""
    sets = [("digital", sorted((SAMPLES / "pdf").glob("*.pdf")), SAMPLES / "truth"),
            *((name, sorted((SAMPLES / name / "pdf").glob("*.pdf")), SAMPLES / name / "truth")
              for name in HOLDOUTS)]
    for folder in sorted((SAMPLES / "scanned").glob("*")):
        if folder.is_dir():
            sets.append((f"scanned-{folder.name}", sorted(folder.glob("*.pdf")),
                         SAMPLES / "truth"))
    for unseen in sorted(SAMPLES.glob("scanned_holdout*")):
        name = unseen.name.replace("scanned_", "scanned-")
        sets.append((name, sorted((unseen / "pdf").glob("*.pdf")), unseen / "truth"))
    return [s for s in sets if s[1]]


def score_corpus(files: list[Path], truth_root: Path, options: Options
                 ) -> tuple[dict[str, Score], float, int, list[str]]:
    """Per-table scores summed over a corpus, seconds, pages, and the mistakes."""
    start = time.perf_counter()
    result = run_documents(files, options)
    seconds = time.perf_counter() - start
    totals: dict[str, Score] = {}
    pages = 0
    for doc in result.documents:
        pages += doc.document["pages"] or 0
        truth_dir = truth_root / Path(doc.document["source_file"]).stem
        if not truth_dir.is_dir():
            continue
        for table, score in score_document(truth_dir, result.tables,
                                           doc.document["doc_id"]).items():
            totals.setdefault(table, Score()).add(score)
    mistakes = [m for s in totals.values() for m in s.mistakes]
    return totals, seconds, pages, mistakes


def bare_extract_tables(files: list[Path]) -> tuple[float, int]:
    """Seconds and pages for plain pdfplumber ``extract_tables`` over the same files."""
    start, pages = time.perf_counter(), 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                pages += 1
                page.close()
    return time.perf_counter() - start, pages


def _print_scores(name: str, totals: dict[str, Score]) -> None:
    print(f"\n== {name}")
    print(f"{'table':<17}{'rows':>6}{'field acc':>11}{'row F1':>9}{'money exact':>13}"
          f"{'money prec':>12}")
    overall = Score()
    for table, score in sorted(totals.items()):
        if table != "documents":
            overall.add(score)
        print(f"{table:<17}{score.rows_truth:>6}{score.field_accuracy:>11.4f}"
              f"{score.row_f1:>9.4f}{score.money_exact:>13.4f}{score.money_precision:>12.4f}")
    print(f"{'overall rows':<17}{overall.rows_truth:>6}{overall.field_accuracy:>11.4f}"
          f"{overall.row_f1:>9.4f}{overall.money_exact:>13.4f}{overall.money_precision:>12.4f}")


def main() -> None:
    """``python -m bench [--mistakes] [CORPUS...]``: every corpus, or only those named."""
    show_mistakes = "--mistakes" in sys.argv
    only = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    for name, files, truth_root in corpora():
        if only and name not in only:
            continue
        totals, seconds, pages, mistakes = score_corpus(files, truth_root, Options())
        _print_scores(name, totals)
        print(f"pipeline: {pages} pages in {seconds:.2f} s = {pages / seconds:.1f} pages/s")
        if not name.startswith("scanned"):
            bare, bare_pages = bare_extract_tables(files)
            print(f"bare pdfplumber extract_tables: {bare_pages} pages in {bare:.2f} s "
                  f"= {bare_pages / bare:.1f} pages/s; pipeline/bare ratio {seconds / bare:.2f}")
        if mistakes:
            print(f"{len(mistakes)} wrong fields" + ("" if show_mistakes else
                                                    " (--mistakes lists them)"))
            for line in mistakes if show_mistakes else ():
                print("  " + line)
    for module in ("bench.names", "bench.ocr"):
        if only and module not in only:
            continue
        try:
            bench = importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        print(f"\n== {module}")
        bench.main()


if __name__ == "__main__":
    main()
