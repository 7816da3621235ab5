"""Build holdout47: ``python -m samples.holdout47.build [evaluasi|tujuan|program]`` writes
``pdf/*.pdf`` and ``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas
Sosial Kabupaten Buleleng, each printed the way such a table most often reaches its website:
the Renja evaluation T-C.29 as an Excel sheet printed from LibreOffice Calc, the Renstra
tujuan / sasaran table T-C.25 from headless Chromium, and the Renstra program table T-C.27
typed in Word and exported by LibreOffice Writer. Truth comes from the rows the modules
print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout26 import web
from samples.holdout40 import word
from samples.holdout47 import evaluasi, program, sheet, tujuan

HERE = Path(__file__).parent
OFFICE = {"evaluasi": (evaluasi, sheet.write, ".fods"),
          "program": (program, word.write, ".docx")}
"""Documents exported by LibreOffice: module, office-file writer, suffix."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab={}, chromium={"tujuan": tujuan},
                          render=web.render, office=OFFICE)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
