"""Build holdout17: ``python -m samples.holdout17.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents printed by headless Chromium with
this set's own line layout (``web``: justified, hyphenated, amounts broken in narrow
columns, forced breaks, bold/italic inside cells) and one IKU drawn with reportlab
(``holdout6.draw``). Truth comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout17 import iku, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent
REPORTLAB = {"iku": iku}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"renstra": renstra, "renja": renja, "rencana_aksi": rencana_aksi}
"""The documents printed by Chromium, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
