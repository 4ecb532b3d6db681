"""Business logic over the record: plain functions with keyword arguments."""
