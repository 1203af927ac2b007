"""`@record` behaves as the frozen dataclasses it replaced in the domain (held here against
`dataclasses` itself), and a check imports no `dataclasses` at all."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError as DataclassFrozen
from dataclasses import dataclass
from dataclasses import field as dataclass_field

import pytest
from requestdesk.domain.records import FrozenInstanceError, field, record


@record(slots=True)
class Point:
    """A record with slots."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DataPoint:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()


@record
class Holder:
    name: str
    items: dict[str, int] = field(default_factory=dict)
    point: Point = field(default_factory=lambda: Point(1))

    def size(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class DataHolder:
    name: str
    items: dict[str, int] = dataclass_field(default_factory=dict)


def test_made_as_a_dataclass_is_made():
    for args, kwargs in (((1,), {}), ((1, 2), {}), ((), {"x": 1, "tags": ("a",)}), ((1,), {"y": 5})):
        made, expected = Point(*args, **kwargs), DataPoint(*args, **kwargs)
        assert (made.x, made.y, made.tags) == (expected.x, expected.y, expected.tags)
        assert repr(made) == repr(expected).replace("DataPoint", "Point")
    assert Holder("a").items == {} and Holder("a").items is not Holder("a").items
    assert Holder("a").point == Point(1)
    assert Holder("a", {"k": 1}).size() == 1


@pytest.mark.parametrize("args, kwargs", [((), {}), ((1, 2, (), 4), {}), ((1,), {"x": 2}), ((1,), {"z": 2})])
def test_wrong_arguments_are_a_type_error_as_for_a_dataclass(args, kwargs):
    with pytest.raises(TypeError):
        DataPoint(*args, **kwargs)
    with pytest.raises(TypeError):
        Point(*args, **kwargs)


def test_equal_and_hashed_by_value_and_only_to_its_own_class():
    assert Point(1, 2) == Point(1, 2) and hash(Point(1, 2)) == hash(Point(1, 2))
    assert Point(1, 2) != Point(2, 1)
    assert Point(1, 2) != (1, 2, ()) and Point(1, 2) != DataPoint(1, 2)
    assert len({Point(1), Point(1), Point(2)}) == 2
    assert Holder("a") == Holder("a") and Holder("a") != Holder("b")
    with pytest.raises(TypeError):
        hash(Holder("a"))  # a dict field is not hashable, as in a frozen dataclass
    with pytest.raises(TypeError):
        hash(DataHolder("a"))


def test_frozen_after_it_is_made():
    for made in (Point(1), Holder("a")):
        with pytest.raises(FrozenInstanceError):
            made.x = 2  # type: ignore[misc,attr-defined]
        with pytest.raises(AttributeError):  # what code that catches a dataclass's error catches
            del made.name  # type: ignore[attr-defined]
    assert issubclass(DataclassFrozen, AttributeError) and issubclass(FrozenInstanceError, AttributeError)
    with pytest.raises(AttributeError):
        Point(1).z = 3  # type: ignore[attr-defined]  (slots: no other attribute either)


def test_copied_and_pickled_whole():
    for made in (Point(1, 2, ("a",)), Holder("a", {"k": 1})):
        assert copy.copy(made) == made
        assert copy.deepcopy(made) == made
        assert pickle.loads(pickle.dumps(made)) == made


def test_matched_by_position_and_documented():
    match Point(3, 4):
        case Point(x, y):
            assert (x, y) == (3, 4)
    assert Point.__doc__ == "A record with slots."
    assert Point.__qualname__ == "Point" and Point.__module__ == __name__


def test_a_default_before_a_field_without_one_is_refused():
    with pytest.raises(TypeError):
        @record
        class Wrong:
            a: int = 0
            b: int


def test_replaced_as_dataclasses_replace_does():
    from dataclasses import replace as dataclass_replace

    from requestdesk.domain.records import replace

    made = Point(1, 2, ("a",))
    assert replace(made, y=5) == Point(1, 5, ("a",)) and made == Point(1, 2, ("a",))
    assert dataclass_replace(DataPoint(1, 2), y=5) == DataPoint(1, 5)
    with pytest.raises(TypeError):
        replace(made, z=1)
    with pytest.raises(TypeError):
        dataclass_replace(DataPoint(1), z=1)
