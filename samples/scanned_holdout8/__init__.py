"""Eighth scanned holdout: ordinary colour office scans of holdouts 41-46, never tuned on."""
