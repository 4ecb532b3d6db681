"""Chronicle's api package."""
