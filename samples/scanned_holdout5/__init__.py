"""Fifth scanned holdout: ordinary office MFP scans of later digital holdouts, never tuned on."""
