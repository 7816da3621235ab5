"""OCR engines behind one small interface.

The table code only needs word boxes with a confidence, so an engine is anything with a
``name`` and ``read_words(image)``. That keeps the engine swappable (``--ocr-engine``) and
lets tests inject a fake or crashing one. Tesseract is driven through its CLI (TSV output)
rather than a binding: the Debian package is all it needs, and one process per page is
what the pipeline parallelises anyway.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from functools import cache
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

    def _run(self, image: np.ndarray, *args: str) -> str:
        ok, png = cv2.imencode(".png", image)
        if not ok:
            raise ValueError("could not encode the page image")
        result = subprocess.run(
            ["tesseract", "stdin", "stdout", "--dpi", str(self.dpi), *args],
            input=png.tobytes(),
            capture_output=True,
            env=_SINGLE_THREAD,
            check=False,
            timeout=TIMEOUT_S,
        )
        if result.returncode != 0:
            error = result.stderr.decode("utf-8", errors="replace").strip()
            raise RuntimeError(f"tesseract failed on a {image.shape} image: {error}")
        return result.stdout.decode("utf-8", errors="replace")

    def read_words(self, image: np.ndarray) -> list[Word]:
        return self._words(image, self.psm)

    def read_sparse_words(self, image: np.ndarray) -> list[Word]:
        """Page segmentation 11 (sparse text): one uniform block (6) lays one baseline
        across the whole width, so a two-line label beside a one-line one is read as
        words two lines tall, half of them garbled ("Indikator Kegiatan / Sub" → "inci")."""
        return self._words(image, SPARSE_PSM)

    def _words(self, image: np.ndarray, psm: int) -> list[Word]:
        tsv = self._run(image, "-l", self.languages, "--psm", str(psm), "tsv")
        words = []
        for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
            text = (row.get("text") or "").strip()
            if row.get("level") != "5" or not text:
                continue
            left, top = float(row["left"]), float(row["top"])
            words.append(
                Word(
                    text,
                    left,
                    top,
                    left + float(row["width"]),
                    top + float(row["height"]),
                    max(float(row["conf"]), 0.0),
                )
            )
        return words


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
