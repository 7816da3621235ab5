"""Build the sample corpus: ``python -m samples.build [--out DIR] [--only NAME ...]``.

Renders every sample to ``<out>/pdf/<name>.pdf`` and writes its truth to
``<out>/truth/<name>/``. The default ``--out`` is the ``samples/`` folder itself, so a plain
run refreshes the committed corpus; tests rebuild into a temp dir and compare bytes.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from samples import iku, rencana_aksi, render_pdf, renja, renstra, sakip, tc27, truth
from samples.sample import Sample

SAMPLES: dict[str, Callable[[], Sample]] = {
    "rencana_aksi_2025": rencana_aksi.sample,
    "iku_linkage_2023": iku.sample,
    "renstra_2019_2024": renstra.sample,
    "sakip_2024": sakip.sample,
    "renstra_tc27_2019": tc27.sample,
    "renja_2019": renja.sample,
}


def build(out: Path, only: list[str] | None = None) -> dict[str, int]:
    """Render the selected samples; returns page counts by sample name."""
    pages = {}
    for name, make in SAMPLES.items():
        if only and name not in only:
            continue
        sample = make()
        (out / "pdf").mkdir(parents=True, exist_ok=True)
        pages[name] = render_pdf.render(sample.document, out / "pdf" / f"{name}.pdf")
        truth.write(out / "truth" / name, sample.info, pages[name], sample.tables)
    return pages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    parser.add_argument("--only", nargs="*", help="sample names to build")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    for name, count in build(args.out, args.only).items():
        print(f"{name}: {count} pages")
    print(f"built in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
