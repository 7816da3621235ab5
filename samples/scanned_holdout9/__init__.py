"""Ninth scanned holdout: greyscale scans of a photocopied printout, never tuned on."""
