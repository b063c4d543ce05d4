"""digest: a static-site generator for annotated news digests."""

__version__ = "0.1.0"
