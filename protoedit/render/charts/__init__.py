"""Quality charts drawn with ReportLab graphics, for PDFs and (through the same drawing) the screen."""
