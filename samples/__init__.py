"""Sample corpus: curated seed tables rendered to PDFs, with ground truth in the data contract."""
