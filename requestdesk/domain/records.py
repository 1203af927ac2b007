"""`@record`: the domain's immutable value classes, made as `@dataclass(frozen=True)` makes
them, without compiling code for each class.

On Python 3.11 the dataclass decorator writes the source of six methods per class and
compiles each (some 0.75 ms a class), and importing `dataclasses` imports `inspect`: the
two-dozen classes a check needs cost 28 ms of `requestdesk check`, a third of the whole
command. Here the methods are shared functions that read the class's field names, made
in microseconds. A record has what the domain used of a dataclass: keyword or positional
construction with defaults (`field(default_factory=...)` for a fresh default), equality
and hashing by value, a repr, `__match_args__`, `__slots__` on request, no
assignment after construction, and `replace`. tests/test_records.py holds it to dataclasses' behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

_Class = TypeVar("_Class", bound=type)
_Record = TypeVar("_Record")


class FrozenInstanceError(AttributeError):
    """An attempt to change a record after it was made."""


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]):
        self.make = make


def field(*, default_factory: Callable[[], Any]) -> Any:
    """A default made afresh for each record (a dict, a nested record)."""
    return _Factory(default_factory)


def _is_class_variable(annotation: object) -> bool:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return isinstance(text, str) and text.replace("typing.", "").startswith("ClassVar")


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names: tuple[str, ...] = cls.__record_fields__
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} arguments but {len(args)} were given")
    set_value = object.__setattr__
    for name, value in zip(names, args):
        set_value(self, name, value)
    defaults = cls.__record_defaults__
    for name in names[len(args):]:
        if name in kwargs:
            value = kwargs.pop(name)
        elif name in defaults:
            value = defaults[name]
            if type(value) is _Factory:
                value = value.make()
        else:
            raise TypeError(f"{cls.__name__}() missing argument: '{name}'")
        set_value(self, name, value)
    if kwargs:
        given = next(iter(kwargs))
        problem = "got multiple values for argument" if given in names else "got an unexpected keyword argument"
        raise TypeError(f"{cls.__name__}() {problem} '{given}'")


def _values(self: Any) -> tuple[Any, ...]:
    return tuple([getattr(self, name) for name in type(self).__record_fields__])


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented  # type: ignore[no-any-return]
    return _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash(_values(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__record_fields__)
    return f"{type(self).__qualname__}({shown})"


def _frozen_setattr(self: Any, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field '{name}'")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field '{name}'")


def _getstate(self: Any) -> tuple[Any, ...]:
    return _values(self)


def _setstate(self: Any, state: tuple[Any, ...]) -> None:
    for name, value in zip(type(self).__record_fields__, state):
        object.__setattr__(self, name, value)


def replace(made: _Record, /, **changes: Any) -> _Record:
    """A copy of the record with some fields changed, as dataclasses.replace makes it."""
    cls: Any = type(made)
    values = {name: getattr(made, name) for name in cls.__record_fields__}
    unknown = changes.keys() - values.keys()
    if unknown:
        raise TypeError(f"{cls.__name__} has no field '{sorted(unknown)[0]}'")
    return cls(**{**values, **changes})  # type: ignore[no-any-return]


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: _Class | None = None, /, *, slots: bool = False) -> Any:
    """The class as an immutable record of its annotated fields (in the order written)."""

    def make(cls: _Class) -> _Class:
        own = cls.__dict__
        names: list[str] = []
        for base in reversed(cls.__mro__[1:]):
            names.extend(n for n in getattr(base, "__record_fields__", ()) if n not in names)
        defaults: dict[str, Any] = {}
        for base in reversed(cls.__mro__[1:]):
            defaults.update(getattr(base, "__record_defaults__", {}))
        own_names = [n for n, a in own.get("__annotations__", {}).items() if not _is_class_variable(a)]
        for name in own_names:
            if name not in names:
                names.append(name)
            if name in own:
                defaults[name] = own[name]
            else:
                defaults.pop(name, None)
        required_after_default = [n for i, n in enumerate(names) if n not in defaults and any(m in defaults for m in names[:i])]
        if required_after_default:
            raise TypeError(f"non-default argument '{required_after_default[0]}' follows default argument")
        namespace = {k: v for k, v in own.items() if k not in own_names and k not in ("__dict__", "__weakref__")}
        namespace.update(
            __record_fields__=tuple(names), __record_defaults__=defaults, __match_args__=tuple(names),
            __init__=_init, __repr__=_repr, __eq__=_eq, __hash__=_hash, __setattr__=_frozen_setattr,
            __delattr__=_frozen_delattr,
        )
        if slots:
            namespace["__slots__"] = tuple(own_names)
            namespace.update(__getstate__=_getstate, __setstate__=_setstate)
        made = type(cls)(cls.__name__, cls.__bases__, namespace)
        made.__qualname__ = cls.__qualname__
        return made

    return make if cls is None else make(cls)
