"""kgbuilder's errors: each carries the exit code the command line ends with."""

from __future__ import annotations


class KgbuilderError(Exception):
    """A problem to report in one line; ``exit_code`` follows the CLI's contract
    (1: nothing usable, a bad input under --strict, a bad query or graph file;
    2: usage errors)."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(KgbuilderError):
    """An input, option or output folder the user named cannot be used (default exit 2)."""

    exit_code = 2
