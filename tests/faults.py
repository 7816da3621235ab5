"""Bad and awkward inputs, built on the fly (no binaries in the repository).

Each builder writes one file and returns its path. ``BAD_INPUTS`` lists every input that
must come out ``failed`` or ``partial``, with a phrase its ``error`` must contain, so the
acceptance test and the per-kind tests share one table of expectations.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SMALL_SAMPLES = sorted((SAMPLES / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)[:2]
"""The two smallest digital samples: the good files of the fault runs."""
BASE = SMALL_SAMPLES[0]
"""The sample that fault fixtures are cut from."""
SCANNED = SAMPLES / "scanned" / "200" / "renstra_2019_2024.pdf"
"""A 200 dpi scan of the digital sample of the same name."""
USER_PASSWORD = "rahasia"


def empty(folder: Path) -> Path:
    path = folder / "kosong.pdf"
    path.write_bytes(b"")
    return path


def text_file(folder: Path) -> Path:
    path = folder / "catatan.pdf"
    path.write_text("Rencana kerja 2024: lihat lampiran.\nTerima kasih.\n", encoding="utf-8")
    return path


def png_file(folder: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format="PNG")
    path = folder / "scan_halaman.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def docx_file(folder: Path) -> Path:
    path = folder / "renja_word.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def truncated(folder: Path) -> Path:
    data = BASE.read_bytes()
    path = folder / "setengah_unduh.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def random_bytes(folder: Path) -> Path:
    path = folder / "acak.pdf"
    path.write_bytes(b"\x00\x17" + random.Random(6).randbytes(4096))
    return path


def user_password(folder: Path) -> Path:
    """Encrypted with a user password: nothing can be read without it."""
    writer = PdfWriter(clone_from=BASE)
    writer.encrypt(user_password=USER_PASSWORD, owner_password="pemilik", algorithm="AES-128")
    path = folder / "terkunci.pdf"
    writer.write(path)
    return path


def owner_password_only(folder: Path) -> Path:
    """Opens without a password; printing and copying are "forbidden" (as agencies do)."""
    writer = PdfWriter(clone_from=BASE)
    allowed = UserAccessPermissions.all() & ~UserAccessPermissions.PRINT
    writer.encrypt(user_password="", owner_password="pemilik", algorithm="RC4-128",
                   permissions_flag=allowed & ~UserAccessPermissions.EXTRACT)
    path = folder / "hanya_pemilik.pdf"
    writer.write(path)
    return path


def not_planning(folder: Path) -> Path:
    """A letter: text, no ruled table, nothing a family reads."""
    path = folder / "surat_undangan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    lines = ["SURAT UNDANGAN", "Nomor: 005/123/2024", "",
             "Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada rapat koordinasi",
             "yang akan dilaksanakan pada hari Senin, 4 Maret 2024 pukul 09.00 WIB."]
    for i, line in enumerate(lines):
        pdf.drawString(72, 770 - 18 * i, line)
    pdf.save()
    return path


def _scan_like_page(writer: PdfWriter, width: float, height: float, pixels: tuple[int, int]):
    """A page covered by one image that declares ``pixels`` (its data is a few bytes)."""
    page = writer.add_blank_page(width, height)
    image = StreamObject()
    image._data = zlib.compress(b"\xff" * 64)
    image.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(pixels[0]),
        NameObject("/Height"): NumberObject(pixels[1]),
        NameObject("/ColorSpace"): NameObject("/DeviceGray"),
        NameObject("/BitsPerComponent"): NumberObject(8),
        NameObject("/Filter"): NameObject("/FlateDecode"),
    })
    images = DictionaryObject({NameObject("/Im0"): writer._add_object(image)})
    resources = {NameObject("/XObject"): images}
    page[NameObject("/Resources")] = DictionaryObject(resources)
    content = DecodedStreamObject()
    content.set_data(f"q {width} 0 0 {height} 0 0 cm /Im0 Do Q".encode())
    page[NameObject("/Contents")] = writer._add_object(content)


def some_pages_fail(folder: Path) -> Path:
    """The base sample plus two scanned-looking pages that must not be rendered: one whose
    image declares 40000 × 40000 pixels (a decompression bomb), one 5 m wide."""
    writer = PdfWriter(clone_from=BASE)
    _scan_like_page(writer, 595, 842, (40_000, 40_000))
    _scan_like_page(writer, 14_000, 9_000, (100, 100))
    path = folder / "sebagian_rusak.pdf"
    writer.write(path)
    return path


def hangs(folder: Path) -> Path:
    """82 KB that expand to 3 million drawing operators: minutes of parsing, a "hang"."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    content = StreamObject()
    content._data = zlib.compress(b"0 0 m 1 1 l S\n" * 3_000_000, 9)
    content[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(content)
    path = folder / "macet.pdf"
    writer.write(path)
    return path


def rotated(folder: Path, degrees: int) -> Path:
    """The base sample with every page turned by ``/Rotate`` (as a viewer saves it)."""
    writer = PdfWriter(clone_from=BASE)
    for page in writer.pages:
        page.rotate(degrees)
    path = folder / f"diputar_{degrees}.pdf"
    writer.write(path)
    return path


def mixed_digital_and_scanned(folder: Path) -> Path:
    """The base sample (digital) followed by the first page of a scanned sample."""
    writer = PdfWriter(clone_from=BASE)
    writer.add_page(PdfReader(SCANNED).pages[0])
    path = folder / "campuran.pdf"
    writer.write(path)
    return path


def long_document(folder: Path, n_pages: int) -> Path:
    """The base sample's pages repeated to ``n_pages`` pages."""
    reader = PdfReader(BASE)
    writer = PdfWriter()
    while len(writer.pages) < n_pages:
        for page in reader.pages[: n_pages - len(writer.pages)]:
            writer.add_page(page)
    path = folder / f"panjang_{n_pages}.pdf"
    writer.write(path)
    return path


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "empty": (empty, "failed", "empty file"),
    "text": (text_file, "failed", "not a PDF: it is a text file"),
    "png": (png_file, "failed", "not a PDF: it is a PNG image"),
    "docx": (docx_file, "failed", "not a PDF: it is a ZIP or Office"),
    "truncated": (truncated, "failed", "corrupt or truncated PDF"),
    "random": (random_bytes, "failed", "not a PDF (no %PDF header)"),
    "user_password": (user_password, "failed", "needs a user password (use --password)"),
    "some_pages_fail": (some_pages_fail, "partial", "decompression bomb"),
}
"""kind → (builder, expected status, phrase of the expected error)."""
