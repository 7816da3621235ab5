"""Third holdout set: planning tables written as Excel workbooks and exported to PDF by
LibreOffice Calc (generalisation only, never tune on it)."""
