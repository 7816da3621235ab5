"""holdout33: a blind holdout set of quarterly-target and spreadsheet-form documents."""
