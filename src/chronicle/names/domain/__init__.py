"""Identity in the app: candidate pairs, reviewed decisions, identities as connected components."""
