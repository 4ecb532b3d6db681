"""Chronicle's ingest package."""
