"""Rule-based extraction of persons, organisations, statistics, events and letters."""
