"""Build holdout44: ``python -m samples.holdout44.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas Sosial P3A Kabupaten
Kapuas Hulu in the forms most regions publish: an IKU linkage table drawn with reportlab
(``holdout6.draw``), a Renja evaluation T-C.29 printed by headless Chromium
(``holdout26.web``) and a Renstra T-C.25 typed in Word and exported by LibreOffice Writer
(``holdout44.word``: ``holdout40.word`` with rows that never split). Truth comes from the
rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout26 import web
from samples.holdout44 import evaluasi, iku, renstra, word

HERE = Path(__file__).parent
REPORTLAB = {"iku": iku}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"evaluasi": evaluasi}
"""The documents printed by Chromium, by module name."""
OFFICE = {"renstra": (renstra, word.write, ".docx")}
"""The one document typed in Word and exported by LibreOffice."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render, office=OFFICE)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
