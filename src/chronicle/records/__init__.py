"""Chronicle's records package."""
