"""Build holdout8: ``python -m samples.holdout8.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three renderers: reportlab (``holdout6.draw``, full
grid), headless Chromium (``web``, rules between rows only, cells vertically centred) and
LibreOffice Calc (``holdout7.calc``, a hand-written .fods sheet). Truth comes from the rows
the modules print, never from a PDF."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from samples import blind
from samples.holdout7 import calc
from samples.holdout8 import iku, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for build in (renstra.build, renja.build):
        blind.with_reportlab(out, build())
    blind.with_chromium(out, rencana_aksi.build(), web.render)
    blind.with_office(out, iku.build(), partial(calc.write, marks=frozenset()), ".fods")


if __name__ == "__main__":
    main()
