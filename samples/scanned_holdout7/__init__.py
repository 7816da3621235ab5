"""Seventh scanned holdout: a departmental copier's "scan to PDF" (mostly 1-bit), never tuned on."""
