"""Build holdout14: ``python -m samples.holdout14.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. LibreOffice Calc prints the .xlsx workbooks
(``sheet``: one sheet per document, fit to width); headless Chromium prints the IKU
linkage as a spreadsheet saved as a web page (``web``). Truth comes from the rows the
modules print, never from a PDF."""

from __future__ import annotations

from pathlib import Path

from samples import blind
from samples.holdout14 import iku, iku_calc, rencana_aksi, renja, renstra, sheet, web

HERE = Path(__file__).parent


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for module in (rencana_aksi, iku_calc, renja, renstra):
        blind.with_office(out, module.build(), sheet.write, ".xlsx")
    blind.with_chromium(out, iku.build(), web.render)


if __name__ == "__main__":
    main()
