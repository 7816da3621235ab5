"""Build holdout15: ``python -m samples.holdout15.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three Word documents typed with python-docx and
printed by LibreOffice Writer (``word``: Word's "Table Grid", autofit, paragraph spacing,
section rows) and one Renstra drawn with reportlab (``holdout6.draw``). Truth comes from the
rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout15 import iku, rencana_aksi, renja, renstra, word

HERE = Path(__file__).parent
DOCUMENTS = {"rencana_aksi": rencana_aksi, "renja": renja, "iku": iku}
"""The Word documents, by module name."""


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, module in DOCUMENTS.items():
        if not only or name in only:
            blind.with_office(out, module.build(), word.write, ".docx")
    if not only or "renstra" in only:
        blind.with_reportlab(out, renstra.build())


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
