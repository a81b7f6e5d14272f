"""Qt user interface of ProtoEdit: thin widgets over the core operations."""
