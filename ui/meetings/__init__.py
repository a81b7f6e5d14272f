"""Meetings screens: agenda before, minutes during, closing after, decisions board, ACI year."""
