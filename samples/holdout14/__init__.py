"""holdout14: a fourteenth never-tuned blind holdout set (what an Excel-first agency prints)."""
