"""Build holdout24: ``python -m samples.holdout24.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. One year of one provincial Dinas P3AP2KB, one
document per family, each typed by different staff: the Renja and the IKU linkage in Word
(printed by Writer), the Rencana Aksi in Excel (printed by Calc, fit to width), the
Renstra targets as a web page printed from the browser (headless Chromium). Truth comes
from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout7 import web
from samples.holdout14 import sheet
from samples.holdout15 import word
from samples.holdout24 import iku, rencana_aksi, renja, renstra

HERE = Path(__file__).parent
WORD = {"renja": renja, "iku": iku}
"""The Word documents, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, module in WORD.items():
        if not only or name in only:
            blind.with_office(out, module.build(), word.write, ".docx")
    if not only or "rencana_aksi" in only:
        blind.with_office(out, rencana_aksi.build(), sheet.write, ".xlsx")
    if not only or "renstra" in only:
        blind.with_chromium(out, renstra.build(), web.render)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
