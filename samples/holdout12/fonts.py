"""The office fonts of this set — Carlito (Calibri's metrics) and Caladea (Cambria's) — made
visible to this build only.

Word's default fonts since 2007 are Calibri and Cambria, and no earlier set printed either.
Debian ships their metric-compatible twins (``fonts-crosextra-carlito`` 20220224-1,
``fonts-crosextra-caladea`` 20200211-1), but they must NOT be installed system-wide: openpyxl
and python-docx files name Calibri in their default styles, and with Carlito installed
LibreOffice substitutes it there, which changes the bytes of holdout2's and holdout3's PDFs
(measured). So the two packages are fetched with ``apt-get download`` into a user cache,
unpacked with ``dpkg-deb`` (nothing is installed), and shown to fontconfig — hence to
LibreOffice, Chromium and ``fc-match`` started by this build — through a private
``FONTCONFIG_FILE`` that adds their folder to the system configuration. reportlab (drawing,
and the word-fit checks) gets them registered by name; ``samples.fonts.ensure`` returns a
name that is already registered.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PACKAGES = {"fonts-crosextra-carlito": "20220224-1", "fonts-crosextra-caladea": "20200211-1"}
FAMILIES = ("Carlito", "Caladea")
STYLES = {"Regular": "", "Bold": "-Bold"}
"""Font file style → reportlab name suffix (``Carlito-Bold``)."""
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "rencana-samples"
CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><include ignore_missing="no">/etc/fonts/fonts.conf</include><dir>{folder}</dir>
</fontconfig>
"""


def _files(folder: Path) -> list[Path]:
    return [folder / f"{family}-{style}.ttf" for family in FAMILIES for style in STYLES]


def folder() -> Path:
    """The folder holding the four TrueType files, fetched on first use."""
    target = CACHE / "crosextra"
    if all(path.exists() for path in _files(target)):
        return target
    with tempfile.TemporaryDirectory(prefix="holdout12_fonts_") as tmp:
        subprocess.run(["apt-get", "download", *(f"{p}={v}" for p, v in PACKAGES.items())],
                       cwd=tmp, check=True, capture_output=True)
        for deb in sorted(Path(tmp).glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), f"{tmp}/root"], check=True)
        target.mkdir(parents=True, exist_ok=True)
        for path in _files(target):
            shutil.copyfile(Path(tmp) / "root/usr/share/fonts/truetype/crosextra" / path.name,
                            path)
    return target


def register() -> None:
    """Register ``Carlito``, ``Carlito-Bold``, ``Caladea`` and ``Caladea-Bold`` with
    reportlab (once)."""
    for path in _files(folder()):
        family, style = path.stem.split("-")
        name = family + STYLES[style]
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))


@contextmanager
def private() -> Iterator[None]:
    """Within the block, fontconfig (and every renderer started) also sees this set's fonts;
    the process environment is restored afterwards."""
    fonts = folder()
    conf = fonts / "fonts.conf"
    conf.write_text(CONF.format(folder=fonts), encoding="utf-8")
    before = os.environ.get("FONTCONFIG_FILE")
    os.environ["FONTCONFIG_FILE"] = str(conf)
    try:
        yield
    finally:
        if before is None:
            del os.environ["FONTCONFIG_FILE"]
        else:
            os.environ["FONTCONFIG_FILE"] = before
