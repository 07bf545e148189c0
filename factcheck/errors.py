"""Errors that stop one file or one rule file from being checked; each renders as one line."""

from __future__ import annotations


class FactcheckError(Exception):
    """A problem the user must fix; str() is the one line shown on stderr."""


class InputError(FactcheckError):
    """An article that cannot be read: missing, binary, too large, badly encoded or empty."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class RuleFileError(FactcheckError):
    """A rule or configuration file that is broken; carries file:line:col."""

    def __init__(self, path: str, line: int, column: int, reason: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {reason}")
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM); like KeyboardInterrupt, not an error to catch and go on."""
