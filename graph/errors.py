"""One exception root for the whole project, with precise subclasses.

`api/` maps these to HTTP responses in one place; the CLI prints them in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass


class AllianceError(Exception):
    """Root of every error Alliance Graph raises on purpose."""


class NotFound(AllianceError):
    """A record that was asked for by id does not exist."""


class StoreUnavailable(AllianceError):
    """Neo4j cannot be reached (not started, wrong address, or gone away)."""


class StoreFailed(AllianceError):
    """Neo4j, or its driver, failed a query for another reason than time (memory, a lost
    transaction, a conflict): worth retrying later."""


class QueryTimeout(AllianceError):
    """A query ran past its time limit."""


class LoadBusy(AllianceError):
    """Another process's load holds the store's load lock, and waiting for it took too long
    (`graph.loadlock`)."""


class UnsafeIdentifier(AllianceError):
    """A label or relationship type that is not on the allow-list was about to reach Cypher."""


class UnsupportedInput(AllianceError):
    """Input of a kind or version that is not read (e.g. an IATI 1.0x file)."""


class LocalDatabaseError(AllianceError):
    """The local embedded Neo4j could not be built, started or stopped."""


#: Longest excerpt of a bad value that an error message repeats.
EXCERPT = 80


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """`text`, or its beginning and its length when it is longer than `limit`.

    >>> excerpt("x" * 100, 10)
    'xxxxxxxxxx… (100 characters)'
    """
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


@dataclass(frozen=True, order=True)
class FieldError:
    """One problem in one field of one input file, in words a data editor understands."""

    file: str
    line: int
    column: str
    got: str
    expected: str

    def __str__(self) -> str:
        if not self.file:
            return f"{self.column}: got {self.got!r}, expected {self.expected}"
        where = f"{self.file}:{self.line}" if self.line else self.file
        column = f" column '{self.column}':" if self.column else ""
        return f"{where}:{column} got {self.got!r}, expected {self.expected}"


class InvalidData(AllianceError):
    """Input that does not validate; carries every error found, not only the first."""

    def __init__(self, errors: list[FieldError]):
        self.errors = sorted(errors)
        shown = "\n".join(f"  {e}" for e in self.errors[:50])
        more = f"\n  … and {len(self.errors) - 50} more" if len(self.errors) > 50 else ""
        super().__init__(f"{len(self.errors)} error(s) in the input:\n{shown}{more}")

    @classmethod
    def single(cls, field: str, got: object, expected: str) -> InvalidData:
        """One bad value outside any file (a parameter, an option)."""
        return cls([FieldError("", 0, field, str(got), expected)])
