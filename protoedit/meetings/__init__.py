"""Concertation meetings: meetings and agenda, decisions, queries, ACI report, pseudonyms, invitations."""
