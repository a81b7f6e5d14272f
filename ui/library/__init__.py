"""Library of documents."""
