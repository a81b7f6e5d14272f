"""Storage: opening databases, models, migrations, backups and checks."""
