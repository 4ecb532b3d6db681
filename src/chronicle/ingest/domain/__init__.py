"""Ingestion: capturing documents, running extraction, reviewing its proposals."""
