"""Second scanned holdout: scans of holdouts 5-11, mostly tables without vertical rules."""
