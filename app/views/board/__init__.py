"""The kanban board."""
