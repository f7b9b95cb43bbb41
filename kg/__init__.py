"""kg: knowledge graphs of officials, organizations and initiatives from Chinese news."""

__version__ = "0.1.0"
