"""Gazetteer Desk (信访接待台): petition reception for township desks and the county office."""

__version__ = "0.1.0"
