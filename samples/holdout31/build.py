"""Build holdout31: ``python -m samples.holdout31.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file (``... build renja`` builds one module). Three
revised plans of three social-affairs agencies: a Renja Perubahan printed by headless
Chromium (``holdout26.web``), a Renstra Perubahan T-C.27 drawn with reportlab
(``holdout6.draw``) and a Rencana Aksi Perubahan written as .docx and printed by
LibreOffice Writer (``holdout6.writer``). Truth comes from the rows the modules print,
never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout6 import writer
from samples.holdout26 import web
from samples.holdout31 import rencana_aksi, renja, renstra

HERE = Path(__file__).parent


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab={"renstra": renstra},
                          chromium={"renja": renja}, render=web.render)
    if not only or "rencana_aksi" in only:
        blind.with_office(out, rencana_aksi.build(), writer.write, ".docx")


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
