"""IPT Desktop: an offline knowledge base for innovation procurement."""

__version__ = "0.1.0"
APP_NAME = "IPT Desktop"
