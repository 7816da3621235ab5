"""PDF → raw tables (digital and OCR paths) → family rows. Installed as ``rencana.extract``."""
