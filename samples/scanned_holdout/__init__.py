"""Scanned twins of the holdout PDFs, degraded by code written apart from the tuning scans."""
