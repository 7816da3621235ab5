"""holdout7: a seventh never-tuned holdout set (Calc, Chromium and reportlab renderers)."""
