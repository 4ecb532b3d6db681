"""Chronicle's stats package."""
