"""Build holdout41: ``python -m samples.holdout41.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas Sosial P3A Kota
Palopo: a Renja T-C.33 and a Rencana Aksi drawn with reportlab (``holdout6.draw``) and an
IKU linkage table printed by headless Chromium (``web``). Truth comes from the rows the
modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout41 import iku, rencana_aksi, renja, web

HERE = Path(__file__).parent
REPORTLAB = {"renja": renja, "rencana_aksi": rencana_aksi}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"iku": iku}
"""The documents printed by Chromium, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
