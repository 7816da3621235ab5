"""Build holdout46: ``python -m samples.holdout46.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file (``... build renja`` builds one module). Three
documents of the Dinas Sosial P3A Kabupaten Solok Selatan in the forms most regions
publish, each from the tool such a document usually comes from: the IKU table typed in
Word (exported by LibreOffice Writer, ``holdout15.word``), the Renja printed from HTML by headless
Chromium (``holdout26.web``) and the Rencana Aksi drawn as a ruled grid (reportlab,
``holdout6.draw``). Truth comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout15 import word
from samples.holdout26 import web
from samples.holdout46 import iku, rencana_aksi, renja

HERE = Path(__file__).parent
REPORTLAB = {"rencana_aksi": rencana_aksi}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"renja": renja}
"""The documents printed by Chromium, by module name."""
OFFICE = {"iku": (iku, word.write, ".docx")}
"""The one document typed in Word and exported by LibreOffice."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render, office=OFFICE)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
