"""OCR engines behind one small interface.

The table code only needs word boxes with a confidence, so an engine is anything with a
``name`` and ``read_words(image)``. That keeps the engine swappable (``--ocr-engine``) and
lets tests inject a fake or crashing one. Tesseract is driven through its CLI (TSV output)
rather than a binding: the Debian package is all it needs, and one process per page is
what the pipeline parallelises anyway. Each run loads the language models (about 0.1 s),
so images read at one point of the work are read in one run (:meth:`read_batch`).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from rencana.errors import MissingDependency
from rencana.extract.words import Word


class OcrEngine(Protocol):
    """What the OCR path needs from an engine."""

    name: str

    def read_words(self, image: np.ndarray) -> list[Word]:
        """Words on a grayscale (or RGB) image, boxes in its pixels."""
        ...

    def read_sparse_words(self, image: np.ndarray) -> list[Word]:
        """Words of text whose lines sit at unrelated heights side by side (a table
        header's one-, two- and three-line labels), each line found on its own."""
        ...


# Tesseract's OpenMP threads make it ~10x slower on a 2-core box; the pipeline
# parallelises over pages instead.
_SINGLE_THREAD = {**os.environ, "OMP_THREAD_LIMIT": "1"}
SPARSE_PSM = 11
TIMEOUT_S = 120
"""A page that takes Tesseract longer than this is pathological (noise); fail it."""
IMAGE_FORMAT = ".pnm"
"""How images are handed to Tesseract: read once and thrown away, so uncompressed. A page
is written in 3 ms as PNM against 60–200 ms as PNG, and decoded faster; the words read
are the same."""


class TesseractEngine:
    """Tesseract 5 via its CLI. ``ind+eng``: ``ind`` alone never reads "%".

    Page segmentation 6 (one uniform block): word boxes stay exact, so cells are still
    told apart by position, and unlike the sparse modes (11, 12) and the automatic one (3)
    it keeps lone short tokens ("1", "v") that the others drop as noise; on a scanned
    Rencana Aksi page it matched 0.83–0.90 of the cells against 0.56–0.70.
    """

    name = "tesseract"

    def __init__(self, languages: str = "ind+eng", psm: int = 6, dpi: int = 300) -> None:
        if shutil.which("tesseract") is None:
            raise MissingDependency(
                "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-ind"
            )
        missing = set(languages.split("+")) - _installed_languages()
        if missing:
            packages = " ".join(f"tesseract-ocr-{lang}" for lang in sorted(missing))
            raise MissingDependency(
                f"tesseract language data missing ({', '.join(sorted(missing))}): "
                f"apt-get install {packages}"
            )
        self.languages = languages
        self.psm = psm
        self.dpi = dpi

    def _run(self, source: str, *args: str, image: bytes | None = None) -> str:
        """Tesseract's output for ``source``: "stdin" (then ``image`` holds the encoded
        image), an image file, or a text file listing image files (read as pages)."""
        result = subprocess.run(
            ["tesseract", source, "stdout", "--dpi", str(self.dpi), *args],
            input=image,
            capture_output=True,
            env=_SINGLE_THREAD,
            check=False,
            timeout=TIMEOUT_S,
        )
        if result.returncode != 0:
            error = result.stderr.decode("utf-8", errors="replace").strip()
            raise RuntimeError(f"tesseract failed on {source}: {error}")
        return result.stdout.decode("utf-8", errors="replace")

    def read_words(self, image: np.ndarray) -> list[Word]:
        return self._words(image, self.psm)

    def read_sparse_words(self, image: np.ndarray) -> list[Word]:
        """Page segmentation 11 (sparse text): one uniform block (6) lays one baseline
        across the whole width, so a two-line label beside a one-line one is read as
        words two lines tall, half of them garbled ("Indikator Kegiatan / Sub" → "inci")."""
        return self._words(image, SPARSE_PSM)

    def read_batch(self, images: Sequence[np.ndarray], sparse: bool = False) -> list[list[Word]]:
        """All images in one Tesseract run (one model load), as the pages of a list file."""
        psm = SPARSE_PSM if sparse else self.psm
        if len(images) == 1:
            return [self._words(images[0], psm)]
        with tempfile.TemporaryDirectory(prefix="rencana-ocr-") as tmp:
            paths = []
            for number, image in enumerate(images):
                paths.append(path := Path(tmp) / f"{number}{IMAGE_FORMAT}")
                if not cv2.imwrite(str(path), image):
                    raise ValueError(f"could not write a {image.shape} image for tesseract")
            listing = Path(tmp) / "images.txt"
            listing.write_text("\n".join(map(str, paths)) + "\n", encoding="utf-8")
            pages = _tsv_words(self._run(str(listing), "-l", self.languages, "--psm", str(psm),
                                         "tsv"))
        return [pages.get(number, []) for number in range(1, len(images) + 1)]

    def _words(self, image: np.ndarray, psm: int) -> list[Word]:
        ok, encoded = cv2.imencode(IMAGE_FORMAT, image)
        if not ok:
            raise ValueError("could not encode the page image")
        tsv = self._run("stdin", "-l", self.languages, "--psm", str(psm), "tsv",
                        image=encoded.tobytes())
        return _tsv_words(tsv).get(1, [])


def _tsv_words(tsv: str) -> dict[int, list[Word]]:
    """Words of Tesseract's TSV output by page number (1 for a single image)."""
    pages: dict[int, list[Word]] = defaultdict(list)
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = float(row["left"]), float(row["top"])
        pages[int(row["page_num"])].append(Word(text, left, top, left + float(row["width"]),
                                                top + float(row["height"]),
                                                max(float(row["conf"]), 0.0)))
    return pages


def _installed_languages() -> set[str]:
    out = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=False
    ).stdout
    return {line.strip() for line in out.splitlines()[1:] if line.strip()}


def load_rapidocr(single_thread: bool = False):
    """A RapidOCR instance, quiet; ``single_thread`` keeps onnxruntime to one thread (the
    pipeline parallelises over pages). MissingDependency says how to install it."""
    try:
        from rapidocr import RapidOCR
    except ImportError as error:
        raise MissingDependency(
            "rapidocr is not installed: pip install rapidocr onnxruntime"
        ) from error
    params: dict[str, object] = {"Global.log_level": "error"}
    if single_thread:
        params |= {"EngineConfig.onnxruntime.intra_op_num_threads": 1,
                   "EngineConfig.onnxruntime.inter_op_num_threads": 1}
    return RapidOCR(params=params)


class RapidOcrEngine:
    """RapidOCR (PP-OCR models shipped in its wheel, run by onnxruntime)."""

    name = "rapidocr"

    def __init__(self) -> None:
        self._ocr = load_rapidocr()

    def read_words(self, image: np.ndarray) -> list[Word]:
        result = self._ocr(image, return_word_box=True)
        if result.boxes is None:
            return []
        words = []
        for box, text, score in zip(result.boxes, result.txts, result.scores, strict=True):
            xs, ys = box[:, 0], box[:, 1]
            words.append(
                Word(
                    text,
                    float(xs.min()),
                    float(ys.min()),
                    float(xs.max()),
                    float(ys.max()),
                    100 * float(score),
                )
            )
        return words

    def read_sparse_words(self, image: np.ndarray) -> list[Word]:
        """The detector finds each text line on its own already."""
        return self.read_words(image)

    def read_batch(self, images: Sequence[np.ndarray], sparse: bool = False) -> list[list[Word]]:
        """One image after the other: the models stay loaded in the process anyway."""
        return [self.read_words(image) for image in images]


_ENGINES = {"tesseract": TesseractEngine, "rapidocr": RapidOcrEngine}


@cache
def get_engine(name: str = "tesseract") -> OcrEngine:
    """The engine called ``name``; MissingDependency says how to install an absent one.

    Cached: the pipeline asks once per page, and RapidOCR takes a second to load models.
    """
    try:
        factory = _ENGINES[name]
    except KeyError:
        raise ValueError(f"unknown OCR engine {name!r}; choose from {sorted(_ENGINES)}") from None
    return factory()
