"""Triage: a page with a real text layer stays digital; a scan or a garbage layer is OCR'd."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pdfplumber
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from rencana.extract.ocr.triage import garbage_text, is_odd_word, needs_ocr

LINES = [
    "RENCANA AKSI DINAS SOSIAL KOTA PROBOLINGGO TAHUN 2025",
    "Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi 88%",
    "Penyediaan Permakanan bagi Lanjut Usia Terlantar Rp 1.250.000.000",
] * 8


def _digital_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for i, line in enumerate(LINES):
        pdf.drawString(50, 800 - 14 * i, line)
    pdf.save()
    return path


def _scanned_pdf(tmp_path: Path, footer: str | None = None, layer: bool = False,
                 ruled: bool = False) -> Path:
    """An image-only A4 page at 100 dpi, optionally with a real-text footer on top
    (an e-signature line, as on many scanned Indonesian documents), an invisible text
    layer over the whole picture (a searchable scan), or a drawn rule."""
    png = tmp_path / "scan.png"
    image = np.full((1169, 827), 250, np.uint8)
    image[100:105, 80:700] = 20
    Image.fromarray(image).save(png)
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(str(png), 0, 0, *A4)
    if footer:
        pdf.drawString(40, 20, footer)
    if layer:
        text = pdf.beginText()
        text.setTextRenderMode(3)
        for i, line in enumerate(LINES):
            text.setTextOrigin(50, 800 - 14 * i)
            text.textOut(line)
        pdf.drawText(text)
    if ruled:
        pdf.line(40, 100, 550, 100)
    pdf.save()
    return path


def test_digital_page_takes_the_digital_path(tmp_path: Path) -> None:
    with pdfplumber.open(_digital_pdf(tmp_path / "digital.pdf")) as pdf:
        assert needs_ocr(pdf.pages[0]) is False


def test_image_only_page_needs_ocr(tmp_path: Path) -> None:
    with pdfplumber.open(_scanned_pdf(tmp_path)) as pdf:
        assert needs_ocr(pdf.pages[0]) is True


def test_scan_with_a_text_footer_still_needs_ocr(tmp_path: Path) -> None:
    footer = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat BSrE"
    with pdfplumber.open(_scanned_pdf(tmp_path, footer)) as pdf:
        assert needs_ocr(pdf.pages[0]) is True


def test_a_searchable_scan_is_read_from_its_picture(tmp_path: Path) -> None:
    with pdfplumber.open(_scanned_pdf(tmp_path, layer=True)) as pdf:
        assert len(pdf.pages[0].chars) > 100
        assert needs_ocr(pdf.pages[0]) is True


def test_text_with_drawn_rules_over_a_page_image_stays_digital(tmp_path: Path) -> None:
    """A digital page printed over a full-page background keeps its text layer."""
    with pdfplumber.open(_scanned_pdf(tmp_path, layer=True, ruled=True)) as pdf:
        assert needs_ocr(pdf.pages[0]) is False


def test_garbage_text_layer_is_detected() -> None:
    good = " ".join(LINES).split()
    assert garbage_text(good) is False
    bad = ["Per센", "(cid:12)", "srrnl", "Kbptn", "Pemberdayaan", "x\ufffdy"] * 5
    assert garbage_text(bad) is True
    assert not is_odd_word("PMKS")  # acronyms have no vowels but are real
