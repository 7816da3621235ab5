"""Build holdout37: ``python -m samples.holdout37.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas Sosial, P3A Kota Bima:
a Rencana Aksi drawn with reportlab (``holdout6.draw``), a Renja printed by headless
Chromium (``holdout26.web``) and a cascading IKU printed by LibreOffice Calc
(``holdout11.calcgrid``). Truth comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout11 import calcgrid
from samples.holdout26 import web
from samples.holdout37 import iku, rencana_aksi, renja

HERE = Path(__file__).parent
CHROMIUM = {"renja": renja}
"""The documents printed by Chromium, by module name."""
REPORTLAB = {"rencana_aksi": rencana_aksi}
"""The documents drawn with reportlab, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)
    if not only or "iku" in only:
        blind.with_office(out, iku.build(), calcgrid.write, ".fods")


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
