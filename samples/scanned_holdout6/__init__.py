"""Sixth scanned holdout: ordinary office scans by a second MFP model, never tuned on."""
