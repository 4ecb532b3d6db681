"""Chronicle's common package."""
