"""holdout30: searchable scans — page images with an invisible OCR text layer."""
