"""The command line for admins: init, check, backup, list, import, export, PDF."""
