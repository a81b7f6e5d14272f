"""ProtoEdit core: storage and operations for care protocols, cooperation and meetings (no Qt)."""

__version__ = "0.1.0"
