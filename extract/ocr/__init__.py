"""The OCR path for scanned pages.

``triage.needs_ocr`` decides per page; ``tables.ocr_page`` renders, prepares, recovers
the ruled grid and reads it with an engine from ``engines.get_engine``, returning the same
``RawTable`` records as the digital path; ``repair.repair_numeric`` is for the value
parsers, which know what a column must hold.
"""
