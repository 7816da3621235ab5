"""Build holdout12: ``python -m samples.holdout12.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Four documents, four renderers: python-docx printed
by LibreOffice Writer (``holdout6.writer``, rules between rows only), LibreOffice Calc
(``holdout11.calcgrid``, full cell grid), reportlab (``holdout6.draw``, full grid) and headless
Chromium (``web``, full grid), in Word's Calibri / Cambria (Carlito / Caladea, visible to
this build only: ``fonts.private``). Truth comes from the rows the modules print, never
from a PDF."""

from __future__ import annotations

from pathlib import Path

from samples import blind
from samples.holdout6 import writer
from samples.holdout11 import calcgrid
from samples.holdout12 import fonts, iku, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    with fonts.private():
        fonts.register()
        blind.with_office(out, rencana_aksi.build(), writer.write, ".docx")
        blind.with_office(out, iku.build(), calcgrid.write, ".fods")
        blind.with_reportlab(out, renja.build())
        blind.with_chromium(out, renstra.build(), web.render)


if __name__ == "__main__":
    main()
