"""Care protocols (HAS method): content, lifecycle, queries, checks, diff, consultation, readings."""
