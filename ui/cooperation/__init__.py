"""The Cooperation screen: declarations, team changes, monthly activity, yearly report."""
