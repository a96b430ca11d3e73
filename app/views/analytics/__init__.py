"""The analytics page."""
