"""Exchange files between teams: export, checks, writing and import."""
