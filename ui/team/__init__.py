"""Team screen: the structure and its professionals."""
