"""Errors the engine raises, each with a message fit to show a user."""

from __future__ import annotations


class ChatTasksError(Exception):
    """Base class of every error the engine reports to a user."""


class ExportFormatError(ChatTasksError):
    """An input file is not a readable WhatsApp export; names the file, the line and the problem."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class ExportNotFoundError(ChatTasksError):
    """The path given holds no WhatsApp chat text."""
