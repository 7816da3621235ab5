"""Build holdout45: ``python -m samples.holdout45.build [renstra|renja|rencana_aksi]``
writes ``pdf/*.pdf`` and ``truth/<stem>/*.csv`` beside this file. Three documents of the
DP3A Kota Tomohon, one per renderer an agency most often prints with: a Renstra T-C.27 from
headless Chromium, a Renja T-C.33 typed in Word and exported by LibreOffice Writer, and a
Rencana Aksi sheet exported by LibreOffice Calc. Truth comes from the rows the modules
print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout11 import calcgrid
from samples.holdout26 import web
from samples.holdout44 import word
from samples.holdout45 import rencana_aksi, renja, renstra

HERE = Path(__file__).parent
OFFICE = {"renja": (renja, word.write, ".docx"),
          "rencana_aksi": (rencana_aksi, calcgrid.write, ".fods")}
"""Documents exported by LibreOffice: module, office-file writer, suffix."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab={}, chromium={"renstra": renstra},
                          render=web.render, office=OFFICE)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
