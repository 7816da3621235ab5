"""Build holdout29: ``python -m samples.holdout29.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file (``... build iku`` builds one module). Three
social-affairs documents of three regions, each printed by headless Chromium in its own
lightly ruled template (``web.ZEBRA``, ``web.DARK``, ``web.FRAMED``). Truth comes from the
rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples import blind
from samples.holdout29 import iku, rencana_aksi, renja, web

HERE = Path(__file__).parent
DOCUMENTS = {"renja": renja, "iku": iku, "rencana_aksi": rencana_aksi}
"""Each document's module: ``build()`` gives the document and its truth, ``LOOK`` its
template."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, module in DOCUMENTS.items():
        if not only or name in only:
            blind.with_chromium(out, module.build(), partial(web.render, module.LOOK))


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
