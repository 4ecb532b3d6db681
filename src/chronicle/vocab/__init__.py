"""Chronicle's vocab package."""
