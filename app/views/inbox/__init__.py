"""The inbox of suggested tasks."""
