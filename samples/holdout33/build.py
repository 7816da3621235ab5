"""Build holdout33: ``python -m samples.holdout33.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file (``... build renja`` builds one document). Three
social-affairs documents filled in as a Bappeda's spreadsheet forms, one per renderer:
LibreOffice Calc (``holdout11.calcgrid``), headless Chromium (``holdout29.web``) and
reportlab (``holdout6.draw``). Truth comes from the rows the modules print, never from a
PDF."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples import blind
from samples.holdout11 import calcgrid
from samples.holdout29 import web
from samples.holdout33 import iku, rencana_aksi, renja

HERE = Path(__file__).parent


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    steps = {
        "rencana_aksi": lambda: blind.with_office(out, rencana_aksi.build(), calcgrid.write,
                                                  ".fods"),
        "renja": lambda: blind.with_chromium(out, renja.build(),
                                             partial(web.render, renja.LOOK)),
        "iku": lambda: blind.with_reportlab(out, iku.build()),
    }
    for name, step in steps.items():
        if not only or name in only:
            step()


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
