"""Build holdout35: ``python -m samples.holdout35.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file (``... build iku`` builds one module). Three
agencies no earlier set printed, three tools: a Satpol PP Rencana Aksi drawn with reportlab
(``holdout6.draw``), a DPMD IKU linkage printed by headless Chromium (``iku.render``) and a
Dinas PPKB Renja written as .docx and printed by LibreOffice Writer (``writer``). Truth
comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout35 import iku, rencana_aksi, renja, writer

HERE = Path(__file__).parent


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab={"rencana_aksi": rencana_aksi},
                          chromium={"iku": iku}, render=iku.render)
    if not only or "renja" in only:
        blind.with_office(out, renja.build(), writer.write, ".docx")


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
