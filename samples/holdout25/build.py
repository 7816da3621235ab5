"""Build holdout25: ``python -m samples.holdout25.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Dense small-font Dinas Sosial documents: a
Rencana Aksi drawn with reportlab (``holdout6.draw``) and a Renstra target table and a
Renja printed by headless Chromium (``web``). Truth comes from the rows the modules print,
never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout25 import rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent
CHROMIUM = {"renstra": renstra, "renja": renja}
"""The documents printed by Chromium, by module name."""
REPORTLAB = {"rencana_aksi": rencana_aksi}
"""The documents drawn with reportlab, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
