"""Ways in and out of the record: the JSON case file."""
