"""ChatTasks engine: the Qt-free library behind the desktop app, the CLI and the MCP server."""

from __future__ import annotations

from engine.core.errors import ChatTasksError, ExportFormatError, ExportNotFoundError

__all__ = ["ChatTasksError", "ExportFormatError", "ExportNotFoundError", "__version__"]

__version__ = "0.1.0"
