"""Engine selection: a missing engine is a clear, installable error, never a traceback."""

from __future__ import annotations

import pytest

from rencana.errors import MissingDependency
from rencana.extract.ocr import engines


def test_missing_tesseract_names_the_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines.shutil, "which", lambda _name: None)
    with pytest.raises(MissingDependency, match="apt-get install tesseract-ocr tesseract-ocr-ind"):
        engines.TesseractEngine()


def test_missing_language_data_names_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "_installed_languages", lambda: {"eng", "osd"})
    with pytest.raises(MissingDependency, match="tesseract-ocr-ind"):
        engines.TesseractEngine()


def test_unknown_engine_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="unknown OCR engine 'abbyy'"):
        engines.get_engine("abbyy")
