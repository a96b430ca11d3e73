"""Qt item models over the engine's paged readers."""
