"""holdout20: SIPD / e-SAKIP web exports printed by a browser (never tuned on)."""
