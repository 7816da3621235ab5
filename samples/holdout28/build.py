"""Build holdout28: ``python -m samples.holdout28.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Two agencies outside social affairs: a Dinas
Kesehatan's Renja (Word, printed by LibreOffice Writer) and IKU linkage (headless Chromium),
a Bappeda's Renstra T-C.27 (Chromium) and Rencana Aksi (reportlab). Truth comes from the
rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout15 import word
from samples.holdout28 import iku, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``: renja, iku, renstra,
    rencana_aksi) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    if not only or "renja" in only:
        blind.with_office(out, renja.build(), word.write, ".docx")
    if not only or "iku" in only:
        blind.with_chromium(out, iku.build(), web.render_iku)
    if not only or "renstra" in only:
        blind.with_chromium(out, renstra.build(), web.render_renstra)
    if not only or "rencana_aksi" in only:
        blind.with_reportlab(out, rencana_aksi.build())


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
