"""Build the sample corpus: ``python -m samples.build [--holdout] [--out DIR] [--only NAME]``.

Renders every sample to ``<out>/pdf/<name>.pdf`` and writes its truth to
``<out>/truth/<name>/``. The default ``--out`` is the ``samples/`` folder itself (or
``samples/holdout/`` with ``--holdout``), so a plain run refreshes the committed corpus;
tests rebuild into a temp dir and compare bytes. The main samples need only reportlab; the
holdout set is printed by headless Chromium.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from samples import (
    cli,
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
from samples.layout import Document
from samples.sample import Sample

SAMPLES: dict[str, Callable[[], Sample[Document]]] = {
    "rencana_aksi_2025": rencana_aksi.sample,
    "iku_linkage_2023": iku.sample,
    "renstra_2019_2024": renstra.sample,
    "sakip_2024": sakip.sample,
    "renstra_tc27_2019": tc27.sample,
    "renja_2019": renja.sample,
    "renja_2023_kode": renja2023.sample,
}
HOLDOUT: dict[str, Callable[[], Sample[Document]]] = {
    "holdout_rencana_aksi_malang": holdout.rencana_aksi_malang,
    "holdout_renstra_batu": holdout.renstra_batu,
    "holdout_renja_malang": holdout.renja_malang,
}


def _render_pdf(sample: Sample[Document], path: Path) -> int:
    return render_pdf.render(sample.document, path)


def _render_html(sample: Sample[Document], path: Path) -> int:
    render_html.render(sample.document, path)
    return truth.page_count(path)


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
    parser = cli.parser(__doc__, "output folder (default: samples/ itself, or samples/holdout/ "
                        "with --holdout)")
    parser.add_argument("--holdout", action="store_true",
                        help="build the holdout set instead (needs Chromium)")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    out = args.out or (here / "holdout" if args.holdout else here)
    cli.run(lambda: build(out, args.only, args.holdout))


if __name__ == "__main__":
    main()
