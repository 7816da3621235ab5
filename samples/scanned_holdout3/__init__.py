"""Third scanned holdout: scans of holdouts 12-33 with office, fax and phone defects."""
