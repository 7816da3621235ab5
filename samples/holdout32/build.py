"""Build holdout32: ``python -m samples.holdout32.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file (``... build iku`` builds one module). Four
social-affairs documents of four regions, each stating part of its table's meaning
outside the column header: a Renstra drawn with reportlab (``holdout6.draw``, rotated
year headers), a Renja and a Rencana Aksi printed by headless Chromium (``web``), and an
IKU linkage written as .docx and printed by LibreOffice Writer (``footer``). Truth comes
from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from samples import blind
from samples.holdout29 import web
from samples.holdout32 import footer, iku, rencana_aksi, renja, renstra

HERE = Path(__file__).parent
DOCUMENTS = (renstra, renja, iku, rencana_aksi)
"""Every document's module: ``build()`` gives the document and its truth, ``MONEY`` how
its amounts are printed, ``SAYS`` the words its meaning hangs on."""
PRINTERS: dict[str, Callable[[Path], None]] = {
    "renstra": lambda out: blind.with_reportlab(out, renstra.build()),
    "renja": lambda out: blind.with_chromium(out, renja.build(),
                                             partial(web.render, renja.LOOK)),
    "iku": lambda out: blind.with_office(out, iku.build(), footer.write, ".docx"),
    "rencana_aksi": lambda out: blind.with_chromium(out, rencana_aksi.build(),
                                                    partial(web.render, rencana_aksi.LOOK)),
}
"""How each document is printed, by name: reportlab, Chromium or LibreOffice Writer."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, printer in PRINTERS.items():
        if not only or name in only:
            printer(out)


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
