"""Quality loop: indicator measurements, run charts, PDSA cycles."""
