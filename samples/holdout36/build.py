"""Build holdout36: ``python -m samples.holdout36.build [name …]`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. A Renstra T-C.27 exported from a LibreOffice Calc
workbook (``holdout11.calcgrid``), a Rencana Aksi printed by headless Chromium
(``holdout26.web``) and an IKU linkage drawn with reportlab (``stacked``). Truth comes from
the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples import blind
from samples.holdout11 import calcgrid
from samples.holdout26 import web
from samples.holdout36 import iku, rencana_aksi, renstra, stacked

HERE = Path(__file__).parent


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    steps = {"renstra": partial(blind.with_office, write=calcgrid.write, suffix=".fods"),
             "rencana_aksi": partial(blind.with_chromium, render=web.render),
             "iku": lambda out, built: blind.finish(
                 out, built, stacked.render(built[0], out / "pdf" / f"{built[0].name}.pdf"))}
    modules = {"renstra": renstra, "rencana_aksi": rencana_aksi, "iku": iku}
    for name, step in steps.items():
        if not only or name in only:
            step(out, modules[name].build())


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
