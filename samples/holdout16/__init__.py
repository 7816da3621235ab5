"""holdout16: whole planning documents (cover, foreword, chapters, plan tables)."""
