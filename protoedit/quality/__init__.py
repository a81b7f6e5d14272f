"""Quality loop: indicators, run charts and control charts."""
