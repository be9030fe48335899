"""The window: Qt views and Qt models. Views hold no business rules; they call services."""
