"""Quality loop screens: indicator charts and PDSA cycles."""
