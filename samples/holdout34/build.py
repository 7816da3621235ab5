"""Build holdout34: ``python -m samples.holdout34.build [name …]`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three social-affairs documents of three regions: a
Rencana Aksi with a twelve-month schedule drawn with reportlab (``holdout6.draw``), a Renja
from an en-US LibreOffice Calc workbook (``calc``) and a long-form Renstra printed by
headless Chromium (``holdout26.web``). Truth comes from the rows the modules print, never
from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout26 import web
from samples.holdout34 import calc, rencana_aksi, renja, renstra

HERE = Path(__file__).parent
REPORTLAB = {"rencana_aksi": rencana_aksi}
CHROMIUM = {"renstra": renstra}
CALC = {"renja": renja}
"""The documents exported from an en-US Calc workbook, by module name."""
DOCUMENTS = (rencana_aksi, renja, renstra)


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)
    for name, module in CALC.items():
        if not only or name in only:
            blind.with_office(out, module.build(), calc.write, ".fods")


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
