"""Refuse a cell word wider than its column, and the font metrics LibreOffice will use.

LibreOffice (Writer and Calc alike) breaks a word that does not fit its cell in the middle,
without a hyphen ("Organisa|si"); the PDF would then no longer print the truth's text. The
check measures every word with the font LibreOffice will substitute for the office font name
(``fc-match``) against the column width minus Word's default cell margins, so a layout
change that would break words fails the build instead of silently corrupting the holdout.
"""

from __future__ import annotations

import subprocess
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

POINTS_PER_CM = 72 / 2.54
CELL_MARGINS_CM = 2 * 0.19  # 108 twips left and right ("Table Grid")
SLACK = 0.97  # LibreOffice's layout rounds; keep a little room


@cache
def face(name: str, bold: bool) -> str:
    """reportlab name of the TrueType file fontconfig picks for an office font name (the
    file LibreOffice substitutes), registered on first use for measuring."""
    pattern = f"{name}:bold" if bold else name
    path = subprocess.run(["fc-match", "-f", "%{file}", pattern], check=True,
                          capture_output=True, text=True).stdout
    key = f"office-{name}-{bold}"
    pdfmetrics.registerFont(TTFont(key, path))
    return key


def overflowing(text: str, width_cm: float, font: str, size: float, bold: bool) -> list[str]:
    """Words of ``text`` that do not fit on one line of a ``width_cm`` wide cell."""
    room = (width_cm - CELL_MARGINS_CM) * POINTS_PER_CM * SLACK
    face_name = face(font, bold)
    return [w for w in text.split() if pdfmetrics.stringWidth(w, face_name, size) > room]
