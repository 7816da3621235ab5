"""Build holdout26: ``python -m samples.holdout26.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three Dinas Sosial Kota Ambon documents: a
Rencana Aksi drawn with reportlab (``holdout6.draw``) and a Renja and a Renstra T-C.27
printed by headless Chromium (``web``). Truth comes from the rows the modules print,
never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout26 import rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent
CHROMIUM = {"renja": renja, "renstra": renstra}
"""The documents printed by Chromium, by module name."""
REPORTLAB = {"rencana_aksi": rencana_aksi}
"""The documents drawn with reportlab, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
