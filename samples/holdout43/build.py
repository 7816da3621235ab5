"""Build holdout43: ``python -m samples.holdout43.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas Sosial Kabupaten Muna
in the forms most regions publish: a Renstra T-C.27 typed in Word and exported by
LibreOffice Writer (``holdout40.word``), a Renja T-C.33 printed by headless Chromium
(``holdout26.web``) and a Rencana Aksi drawn with reportlab (``holdout6.draw``). Truth
comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout26 import web
from samples.holdout40 import word
from samples.holdout43 import rencana_aksi, renja, renstra

HERE = Path(__file__).parent
REPORTLAB = {"rencana_aksi": rencana_aksi}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"renja": renja}
"""The documents printed by Chromium, by module name."""
OFFICE = {"renstra": (renstra, word.write, ".docx")}
"""The one document typed in Word and exported by LibreOffice."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render, office=OFFICE)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
