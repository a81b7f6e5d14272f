"""Consultation during care: search from anywhere, the protocol in force for my profession."""
