"""Second holdout set: seed rows written as Word documents (python-docx) and exported to PDF
by LibreOffice, for other agencies and regions. Measures generalisation; never tune on it."""
