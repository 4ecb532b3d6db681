"""Views of the monitors' application and the public site: thin, each calling domain functions."""
