"""Build holdout22: ``python -m samples.holdout22.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Page-layout stress, all drawn with reportlab
(``paper``): a Renstra table printed across then down, a Rencana Aksi turning from a
portrait title page to landscape pages, a Renja whose rows break across pages mid-cell.
Truth comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout22 import iku, paper, rencana_aksi, renja, renstra

HERE = Path(__file__).parent
MODULES = {"renstra": renstra, "rencana_aksi": rencana_aksi, "renja": renja, "iku": iku}


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, module in MODULES.items():
        if not only or name in only:
            built = module.build()
            pdf = out / "pdf" / f"{built[0].name}.pdf"
            blind.finish(out, built, paper.render(built[0], pdf, module.LATER))


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
