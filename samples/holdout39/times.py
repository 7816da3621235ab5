"""Times-Roman, the base-14 PDF font (not embedded: a viewer substitutes its own Times), for
reportlab's grid renderer.

``holdout6.draw`` asks for ``<font>-Bold`` beside ``<font>``; the base-14 bold Times is
called ``Times-Bold``, not ``Times-Roman-Bold``. Registering that alias (a Type 1 font
object whose face is ``Times-Bold``) lets the shared renderer print Times unchanged; the
PDF names the real base-14 face.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

FACE = "Times-Roman"


def register() -> str:
    """Make ``Times-Roman`` and its bold usable by ``holdout6.draw``; return the face name."""
    alias = f"{FACE}-Bold"
    if alias not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(pdfmetrics.Font(alias, "Times-Bold", "WinAnsiEncoding"))
    return FACE
