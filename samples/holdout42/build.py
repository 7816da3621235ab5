"""Build holdout42: ``python -m samples.holdout42.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas Sosial Kota
Kotamobagu: a Renja drawn with reportlab (``holdout6.draw``), a Renstra T-C.28 and a
Rencana Aksi printed by headless Chromium in an Excel-sheet look (``web``). Truth comes
from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout42 import rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent
REPORTLAB = {"renja": renja}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"renstra": renstra, "rencana_aksi": rencana_aksi}
"""The documents printed by Chromium, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
