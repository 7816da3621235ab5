"""Build holdout4: ``python -m samples.holdout4.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file (Chromium prints; truth comes from the curated seed
tables, never from the PDFs)."""

from __future__ import annotations

from pathlib import Path

from samples import truth
from samples.holdout4 import iku, renja, renstra
from samples.holdout4.html import render

HERE = Path(__file__).parent
SAMPLES = ((renstra.build, "renstra_targets"), (renja.build, "plan_items"),
           (iku.build, "iku_links"))


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (documents.csv pages read back)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for build, table in SAMPLES:
        page, info, rows = build()
        pdf = out / "pdf" / f"{page.name}.pdf"
        render(page, pdf)
        truth.write(out / "truth" / page.name, info, truth.page_count(pdf), ((table, rows),))
        print(f"{pdf.name}: {truth.page_count(pdf)} pages, {len(rows)} {table} rows")


if __name__ == "__main__":
    main()
