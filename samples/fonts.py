"""TrueType fonts for the samples, registered with reportlab under stable names.

Fixed font files keep the PDFs byte-reproducible. Debian ships DejaVu and Liberation under
/usr/share/fonts; a sample that asks for a font that is missing fails loudly instead of
silently falling back, because a silent fallback would change the committed PDFs.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF_FILES = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
}
BUILTIN = frozenset({"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"})


def ensure(name: str) -> str:
    """Register ``name`` with reportlab (once) and return it."""
    if name in BUILTIN or name in pdfmetrics.getRegisteredFontNames():
        return name
    path = FONT_DIR / TTF_FILES[name]
    if not path.exists():
        raise FileNotFoundError(f"font {name} needs {path}")
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name
