"""Care-protocol screens: editor, steps and matrix, validation, history."""
