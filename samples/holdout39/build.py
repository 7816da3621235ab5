"""Build holdout39: ``python -m samples.holdout39.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas Sosial P3A Kabupaten
Timor Tengah Selatan: a Renstra T-C.27 with its code split over five columns and an IKU
lampiran, both drawn with reportlab in base-14 fonts (``holdout6.draw``), and a Renja
printed from a browser window by headless Chromium (``web``). Truth comes from the rows
the modules print, never from a PDF. ``build renja`` builds one module."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout39 import iku, renja, renstra, web

HERE = Path(__file__).parent
REPORTLAB = {"renstra": renstra, "iku": iku}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"renja": renja}
"""The documents printed by Chromium, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render_money(renja.MONEY_COLUMNS))


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
