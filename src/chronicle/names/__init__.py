"""Chronicle's names package."""
