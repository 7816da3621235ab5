"""Build holdout38: ``python -m samples.holdout38.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three documents of the Dinas Sosial, P3A Kota
Pangkalpinang: a Renstra T-C.29 and a Perjanjian Kinerja lampiran (two tables side by side)
printed by headless Chromium (``web``), and a Renja typed in Word and printed by
LibreOffice Writer (``word``). Truth comes from the rows the modules print, never from a
PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout38 import pk, renja, renstra, web, word

HERE = Path(__file__).parent
CHROMIUM = {"renstra": renstra}
"""The documents printed by Chromium one table below the other, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    blind.build_documents(out, only, reportlab={}, chromium=CHROMIUM, render=web.render)
    if not only or "pk" in only:
        blind.with_chromium(out, pk.build(), pk.render)
    if not only or "renja" in only:
        blind.with_office(out, renja.build(), word.write, ".docx")


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
