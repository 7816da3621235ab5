"""Build holdout40: ``python -m samples.holdout40.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas Sosial, P3A Kota
Tebing Tinggi: an IKU drawn with reportlab (``holdout6.draw``), a Rencana Aksi printed by
headless Chromium (``web``) and a Renja typed in Word and exported by LibreOffice Writer
(``word``). Truth comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout40 import iku, rencana_aksi, renja, web, word

HERE = Path(__file__).parent
REPORTLAB = {"iku": iku}
"""The documents drawn with reportlab, by module name."""
CHROMIUM = {"rencana_aksi": rencana_aksi}
"""The documents printed by Chromium, by module name."""
WRITER = {"renja": renja}
"""The documents typed as .docx and exported by LibreOffice Writer, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab=REPORTLAB, chromium=CHROMIUM,
                          render=web.render)
    for name, module in WRITER.items():
        if not only or name in only:
            blind.with_office(out, module.build(), word.write, ".docx")


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
