"""Chronicle: documentation of political persecution, from source passages to counts."""
