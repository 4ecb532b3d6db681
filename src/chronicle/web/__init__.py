"""Chronicle's web package."""
