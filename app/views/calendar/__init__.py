"""The calendar page."""
