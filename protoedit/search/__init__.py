"""Full-text search: text folding and query parsing, snippets, the index and its two backends."""
