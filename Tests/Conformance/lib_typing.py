# The typing module from the host library: aliases and their reprs, Generic
# and Protocol classes (PEP 560 __mro_entries__), NamedTuple, TypedDict, hints.
from typing import (Any, Callable, ClassVar, Dict, Generic, List, Literal, NamedTuple, Optional, Protocol,
                    Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload,
                    runtime_checkable, Iterator, Sequence, Mapping, Final, NewType, Type)
import typing
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K.__bound__, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int], str])
print(Tuple[int, ...], Literal["a", 1], get_args(Dict[str, int]), get_origin(List[int]), list[int], int | None)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack.__parameters__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("x"), Emp._fields, Emp.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
print(Movie(title="x"), Movie.__annotations__, Movie.__total__)
def f(a: int, b: "str" = "x") -> Optional[int]: return None
print(get_type_hints(f))
UserId = NewType("UserId", int)
print(UserId(5), cast(str, 1))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), typing.TYPE_CHECKING)
print(repr(Any), Type[int], Sequence[int], Iterator[str])
