"""Google Tasks v1 behaviour for the fake: task lists and tasks with status and due dates."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from .google_errors import google_error, not_found
from .server import json_response, parse_rfc3339, rfc3339

if TYPE_CHECKING:
    from .google import FakeGoogle

_API = "https://tasks.googleapis.com/tasks/v1"
_WRITABLE = ("title", "notes", "status", "due", "completed", "deleted")


class TasksService:
    """In-memory task lists behind the Tasks v1 routes."""

    def __init__(self, server: FakeGoogle) -> None:
        self.server = server
        self.lists: dict[str, dict[str, Any]] = {}
        self.tasks: dict[str, dict[str, dict[str, Any]]] = {}
        self.counter = 0
        self.default_list = self.add_list("My Tasks")
        for method, template, handler in [
            ("GET", "/tasks/v1/users/@me/lists", self._lists),
            ("POST", "/tasks/v1/lists/{tasklist}/tasks", self._insert),
            ("GET", "/tasks/v1/lists/{tasklist}/tasks", self._list),
            ("GET", "/tasks/v1/lists/{tasklist}/tasks/{task}", self._get),
            ("PATCH", "/tasks/v1/lists/{tasklist}/tasks/{task}", self._patch),
        ]:
            server.route(method, template, handler)

    def add_list(self, title: str) -> str:
        """Create a task list; returns its id."""
        self.counter += 1
        list_id = f"TDEwMDAw{self.counter:04d}"
        self.lists[list_id] = {"kind": "tasks#taskList", "id": list_id, "title": title,
                               "etag": f'"{self.counter}"',
                               "updated": rfc3339(self.server.clock.now()),
                               "selfLink": f"{_API}/users/@me/lists/{list_id}"}
        self.tasks[list_id] = {}
        return list_id

    def edit_task(self, list_id: str, task_id: str, at: datetime | None = None,
                  **changes: Any) -> dict[str, Any]:
        """Change a task as its owner would in the Google Tasks app (at `at`)."""
        with self.server.lock:
            task = self.tasks[self._resolve(list_id) or list_id][task_id]
            self._apply(task, changes)
            if at is not None:
                task["updated"] = rfc3339(at)
            return task

    def _resolve(self, list_id: str) -> str | None:
        list_id = self.default_list if list_id == "@default" else list_id
        return list_id if list_id in self.lists else None

    def _apply(self, task: dict[str, Any], changes: dict[str, Any]) -> Response | None:
        if changes.get("status", "needsAction") not in ("needsAction", "completed"):
            return google_error(400, "invalid", "Invalid value for: status")
        for key in _WRITABLE:
            if key in changes:
                task[key] = changes[key]
        if "due" in changes and changes["due"] is not None:
            # Google keeps only the date part of `due`
            task["due"] = parse_rfc3339(changes["due"]).strftime("%Y-%m-%dT00:00:00.000Z")
        if task.get("status") == "completed":
            task.setdefault("completed", rfc3339(self.server.clock.now()))
        else:
            task.pop("completed", None)
        self.counter += 1
        task["etag"] = f'"LTE{self.counter:09d}"'
        task["updated"] = rfc3339(self.server.clock.now())
        return None

    def _insert(self, request: Request, tasklist: str) -> Response:
        list_id = self._resolve(tasklist)
        if list_id is None:
            return not_found()
        self.counter += 1
        task_id = f"dGFzay{self.counter:06d}"
        task: dict[str, Any] = {
            "kind": "tasks#task", "id": task_id, "title": "", "status": "needsAction",
            "position": f"{len(self.tasks[list_id]):020d}", "links": [],
            "selfLink": f"{_API}/lists/{list_id}/tasks/{task_id}",
            "webViewLink": f"https://tasks.google.com/task/{task_id}"}
        problem = self._apply(task, json.loads(request.get_data() or b"{}"))
        if problem is not None:
            return problem
        self.tasks[list_id][task_id] = task
        return json_response(task)

    def _find(self, tasklist: str, task_id: str) -> dict[str, Any] | Response:
        list_id = self._resolve(tasklist)
        task = self.tasks[list_id].get(task_id) if list_id else None
        return task if task is not None else not_found()

    def _get(self, request: Request, tasklist: str, task: str) -> Response:
        found = self._find(tasklist, task)
        return found if isinstance(found, Response) else json_response(found)

    def _patch(self, request: Request, tasklist: str, task: str) -> Response:
        found = self._find(tasklist, task)
        if isinstance(found, Response):
            return found
        return self._apply(found, json.loads(request.get_data() or b"{}")) or \
            json_response(found)

    def _lists(self, request: Request) -> Response:
        return json_response({"kind": "tasks#taskLists", "etag": f'"{self.counter}"',
                              "items": list(self.lists.values())})

    def _list(self, request: Request, tasklist: str) -> Response:
        list_id = self._resolve(tasklist)
        if list_id is None:
            return not_found()
        args = request.args
        tasks = list(self.tasks[list_id].values())
        if args.get("showCompleted") == "false":
            tasks = [t for t in tasks if t["status"] != "completed"]
        if args.get("showDeleted") != "true":
            tasks = [t for t in tasks if not t.get("deleted")]
        if args.get("showHidden") != "true":
            tasks = [t for t in tasks if not t.get("hidden")]
        if "updatedMin" in args:
            floor = parse_rfc3339(args["updatedMin"])
            tasks = [t for t in tasks if parse_rfc3339(t["updated"]) >= floor]
        offset = int(args.get("pageToken", "0")) if args.get("pageToken", "0").isdigit() else 0
        size = min(int(args.get("maxResults", "20")), 100)
        body: dict[str, Any] = {"kind": "tasks#tasks", "etag": f'"{self.counter}"',
                                "items": tasks[offset:offset + size]}
        if offset + size < len(tasks):
            body["nextPageToken"] = str(offset + size)
        return json_response(body)
