"""Build holdout11: ``python -m samples.holdout11.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Four renderers, one per document: LibreOffice Calc
(``calcgrid``, full cell grid), headless Chromium (``holdout9.web``, full grid), python-docx
printed by LibreOffice Writer (``holdout6.writer``, rules between rows only) and reportlab
(``holdout6.draw``, full grid). Truth comes from the rows the modules print, never from a
PDF."""

from __future__ import annotations

from pathlib import Path

from samples import blind
from samples.holdout6 import writer
from samples.holdout9 import web
from samples.holdout11 import calcgrid, iku, rencana_aksi, renja, renstra

HERE = Path(__file__).parent


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    blind.with_office(out, rencana_aksi.build(), calcgrid.write, ".fods")
    blind.with_chromium(out, iku.build(), web.render)
    blind.with_office(out, renstra.build(), writer.write, ".docx")
    blind.with_reportlab(out, renja.build())


if __name__ == "__main__":
    main()
