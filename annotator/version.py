"""The library's version, in a module of its own: model files record and check it without
importing the package (whose ``__init__`` imports the API, which loads model files)."""

__version__ = "0.1.0"
