"""Rendering of user Markdown: safe HTML for Qt previews, ReportLab flowables for PDFs."""
