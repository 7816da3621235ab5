"""Build holdout23: ``python -m samples.holdout23.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Renstra tujuan/sasaran target tables: two T-C.25
forms drawn with reportlab (``holdout6.draw``) and a merged-cell table and an IKU PD
table printed by headless Chromium (``web``). Truth comes from the rows the modules
print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout23 import ikupd, merged, tahunke, tc25, web

HERE = Path(__file__).parent
REPORTLAB = {"tc25": tc25, "tahunke": tahunke}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"merged": merged, "ikupd": ikupd}
"""The documents printed by Chromium, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
