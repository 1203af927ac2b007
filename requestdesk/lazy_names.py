"""A package whose names are loaded on first use (PEP 562): importing the package, or one
module of it, does not import every module its names come from."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def names_on_first_use(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """The package's module `__getattr__`: a name of `where` is imported from the module
    `where` gives it (relative to `package`) when first asked for, and kept."""
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{where[name]}"), name)
        namespace[name] = value
        return value

    return __getattr__
