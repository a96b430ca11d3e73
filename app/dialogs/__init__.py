"""Dialogs: import, task detail, settings."""
