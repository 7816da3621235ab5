"""Build holdout9: ``python -m samples.holdout9.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three renderers: reportlab (``holdout6.draw``, full
grid), headless Chromium (``web``, full grid) and python-docx printed by LibreOffice Writer
(``holdout6.writer``, rules between rows only). Truth comes from the rows the modules
print, never from a PDF."""

from __future__ import annotations

from pathlib import Path

from samples import blind
from samples.holdout6 import writer
from samples.holdout9 import iku, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    blind.with_reportlab(out, rencana_aksi.build())
    for build in (renstra.build, iku.build):
        blind.with_chromium(out, build(), web.render)
    blind.with_office(out, renja.build(), writer.write, ".docx")


if __name__ == "__main__":
    main()
