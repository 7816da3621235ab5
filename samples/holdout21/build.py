"""Build holdout21: ``python -m samples.holdout21.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Evaluation and realisation tables: a Renstra
evaluation and an LKjIP measurement annex printed by headless Chromium (``web``), a Renja
evaluation (T-C.29 style) and a Rencana Aksi with realisasi drawn with reportlab
(``holdout6.draw``). Truth comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout21 import lkjip, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent
CHROMIUM = {"renstra": renstra, "lkjip": lkjip}
"""The documents printed by Chromium, by module name."""
REPORTLAB = {"renja": renja, "rencana_aksi": rencana_aksi}
"""The documents drawn with reportlab, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
