"""Repository tools: run as ``python tools/NAME.py``; not part of the installed package."""
