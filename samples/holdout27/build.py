"""Build holdout27: ``python -m samples.holdout27.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of one DP3A of a Sumatran
kabupaten, by two renderers: the IKU linkage table and the Renstra targets as web pages
printed by headless Chromium, the Rencana Aksi as an Excel sheet printed by LibreOffice
Calc. Truth comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout14 import sheet
from samples.holdout27 import iku, rencana_aksi, renstra, web

HERE = Path(__file__).parent


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    if not only or "iku" in only:
        blind.with_chromium(out, iku.build(), web.render_bottom)
    if not only or "rencana_aksi" in only:
        blind.with_office(out, rencana_aksi.build(), sheet.write, ".xlsx")
    if not only or "renstra" in only:
        blind.with_chromium(out, renstra.build(), web.render_middle)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
