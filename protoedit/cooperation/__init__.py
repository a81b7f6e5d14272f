"""Cooperation protocols: the national catalogue and its rules, declarations, members, activity."""
