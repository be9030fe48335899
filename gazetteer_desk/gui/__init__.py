"""Qt views: they call services and hold no business rules."""
