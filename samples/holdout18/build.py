"""Build holdout18: ``python -m samples.holdout18.build [module …]`` writes ``pdf/*.pdf``
and ``truth/<stem>/*.csv`` beside this file. All four documents are laid out by
``holdout6.draw`` and written through this set's canvases (``canvases.py``); truth comes
from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout18 import iku, rencana_aksi, renja, renstra

HERE = Path(__file__).parent
MODULES = {"iku": iku, "renstra": renstra, "rencana_aksi": rencana_aksi, "renja": renja}


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render the chosen documents (all by default) and write their truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, module in MODULES.items():
        if not only or name in only:
            built = module.build()
            blind.finish(out, built, module.write(built[0], out / "pdf" / f"{built[0].name}.pdf"))


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
