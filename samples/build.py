"""Build the sample corpus: ``python -m samples.build [--holdout] [--out DIR] [--only NAME]``.

Renders every sample to ``<out>/pdf/<name>.pdf`` and writes its truth to
``<out>/truth/<name>/``. The default ``--out`` is the ``samples/`` folder itself (or
``samples/holdout/`` with ``--holdout``), so a plain run refreshes the committed corpus;
tests rebuild into a temp dir and compare bytes. The main samples need only reportlab; the
holdout set is printed by headless Chromium.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber

from samples import (
    holdout,
    iku,
    rencana_aksi,
    render_html,
    render_pdf,
    renja,
    renja2023,
    renstra,
    sakip,
    tc27,
    truth,
)
from samples.sample import Sample

SAMPLES: dict[str, Callable[[], Sample]] = {
    "rencana_aksi_2025": rencana_aksi.sample,
    "iku_linkage_2023": iku.sample,
    "renstra_2019_2024": renstra.sample,
    "sakip_2024": sakip.sample,
    "renstra_tc27_2019": tc27.sample,
    "renja_2019": renja.sample,
    "renja_2023_kode": renja2023.sample,
}
HOLDOUT: dict[str, Callable[[], Sample]] = {
    "holdout_rencana_aksi_malang": holdout.rencana_aksi_malang,
    "holdout_renstra_batu": holdout.renstra_batu,
    "holdout_renja_malang": holdout.renja_malang,
}


def _page_count(path: Path) -> int:
    """Pages Chromium produced (reportlab reports its own count while rendering)."""
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def _render_pdf(sample: Sample, path: Path) -> int:
    return render_pdf.render(sample.document, path)


def _render_html(sample: Sample, path: Path) -> int:
    render_html.render(sample.document, path)
    return _page_count(path)


def build(out: Path, only: list[str] | None = None, use_holdout: bool = False) -> dict[str, int]:
    """Render the selected samples (or the holdout set) under ``out``; returns page counts."""
    catalogue, render = (HOLDOUT, _render_html) if use_holdout else (SAMPLES, _render_pdf)
    pages = {}
    for name, make in catalogue.items():
        if only and name not in only:
            continue
        sample = make()
        (out / "pdf").mkdir(parents=True, exist_ok=True)
        pages[name] = render(sample, out / "pdf" / f"{name}.pdf")
        truth.write(out / "truth" / name, sample.info, pages[name], sample.tables)
    return pages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="output folder (default: samples/ itself, "
                        "or samples/holdout/ with --holdout)")
    parser.add_argument("--only", nargs="*", help="sample names to build")
    parser.add_argument("--holdout", action="store_true",
                        help="build the holdout set instead (needs Chromium)")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    out = args.out or (here / "holdout" if args.holdout else here)
    start = time.perf_counter()
    for name, count in build(out, args.only, args.holdout).items():
        print(f"{name}: {count} pages")
    print(f"built in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
