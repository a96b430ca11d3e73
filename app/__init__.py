"""ChatTasks desktop app: PySide6 + qasync views over the engine (see engine/ for the logic)."""
