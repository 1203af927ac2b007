"""RequestDesk: requests for assistance under Article 6 of the 2018 CIS Agreement."""

__version__ = "0.1.0"
