"""Build holdout7: ``python -m samples.holdout7.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three renderers: reportlab (``holdout6.draw``, full
grid), headless Chromium (``web``, borderless) and LibreOffice Calc (``calc``, a .fods
sheet with filled-cell marks). Truth comes from the rows the modules print, never from a
PDF."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from samples import blind
from samples.holdout7 import calc, iku, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for build in (renstra.build, iku.build):
        blind.with_reportlab(out, build())
    blind.with_chromium(out, renja.build(), web.render)
    blind.with_office(out, rencana_aksi.build(),
                      partial(calc.write, marks=rencana_aksi.MARK_COLUMNS), ".fods")


if __name__ == "__main__":
    main()
