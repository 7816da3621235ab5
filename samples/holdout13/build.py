"""Build holdout13: ``python -m samples.holdout13.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Two renderers: headless Chromium (``web``: this
set's page and table looks) for the Rencana Aksi, the IKU linkage and the Renstra, and
LibreOffice Calc (``calcshade``: full grid, centred body cells, heavy program shading) for
the Renja. Truth comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

from pathlib import Path

from samples import blind
from samples.holdout13 import calcshade, iku, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for module in (rencana_aksi, iku, renstra):
        style = module.STYLE
        blind.with_chromium(out, module.build(),
                            lambda doc, path, style=style: web.render(doc, path, style))
    blind.with_office(out, renja.build(), calcshade.write, ".fods")


if __name__ == "__main__":
    main()
