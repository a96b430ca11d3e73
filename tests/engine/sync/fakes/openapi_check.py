"""Check requests and responses against a vendor OpenAPI file: openapi-core plus undeclared keys."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from werkzeug.wrappers import Request, Response

SPECS = Path(__file__).resolve().parents[5] / "shared" / "corpus" / "api-specs"
Fixup = Callable[[dict[str, Any]], None]


def _error_text(error: BaseException) -> str:
    parts = [str(error)]
    cause = error.__cause__
    while cause is not None:
        details = getattr(cause, "schema_errors", None)
        if details:
            parts.extend(f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                         for e in details)
        else:
            parts.append(str(cause))
        cause = cause.__cause__
    return " | ".join(parts)


class OpenApiChecker:
    """Validates exchanges with openapi-core and flags keys the description does not declare."""

    def __init__(self, filename: str, fixups: list[tuple[str, Fixup]] | None = None) -> None:
        self.document: dict[str, Any] = json.loads((SPECS / filename).read_text("utf-8"))
        self.fixups = [label for label, _ in fixups or []]
        for _, fixup in fixups or []:
            fixup(self.document)
        self.base_path = re.sub(r"^https?://[^/]+", "", self.document["servers"][0]["url"])
        self._openapi: OpenAPI | None = None
        self._operations = [
            (re.compile("^" + re.sub(r"\{(\w+)\}", r"[^/]+", path) + "$"), path)
            for path in self.document["paths"]
        ]

    def serve_at(self, url: str) -> None:
        """Point the description's server at the fake's own address."""
        document = copy.deepcopy(self.document)
        document["servers"] = [{"url": url + self.base_path}]
        self._openapi = OpenAPI.from_dict(document)

    def resolve(self, node: Any) -> Any:
        """Follow a local `$ref`."""
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def operation(self, method: str, path: str) -> tuple[dict[str, Any], list[Any]] | None:
        """The operation object and its parameters for a request path, if described."""
        relative = path[len(self.base_path):] if path.startswith(self.base_path) else path
        for pattern, template in self._operations:
            item = self.document["paths"][template]
            if pattern.match(relative) and method.lower() in item:
                operation = item[method.lower()]
                params = [self.resolve(p) for p in item.get("parameters", [])]
                params += [self.resolve(p) for p in operation.get("parameters", [])]
                return operation, params
        return None

    def check_request(self, request: Request) -> Iterator[str]:
        """Every problem with `request`."""
        assert self._openapi is not None, "serve_at() first"
        for error in self._openapi.iter_request_errors(WerkzeugOpenAPIRequest(request)):
            yield _error_text(error)
        found = self.operation(request.method, request.path)
        if found is None:
            return
        operation, params = found
        yield from self._undeclared_query(request, operation, params)
        yield from self._undeclared_body(request, operation)

    def check_response(self, request: Request, response: Response) -> Iterator[str]:
        """Every problem with `response`, including keys the schema does not declare."""
        assert self._openapi is not None, "serve_at() first"
        openapi_request = WerkzeugOpenAPIRequest(request)
        for error in self._openapi.iter_response_errors(
                openapi_request, WerkzeugOpenAPIResponse(response)):
            yield _error_text(error)
        found = self.operation(request.method, request.path)
        if found is None or response.mimetype != "application/json":
            return
        spec = found[0]["responses"].get(str(response.status_code)) or \
            found[0]["responses"].get("default", {})
        schema = spec.get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            for key in self.undeclared(json.loads(response.get_data()), schema):
                yield f"response key {key!r} is not declared"

    def _undeclared_query(self, request: Request, operation: dict[str, Any],
                          params: list[Any]) -> Iterator[str]:
        declared = {p["name"] for p in params if p.get("in") == "query"}
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        for requirement in operation.get("security", self.document.get("security", [])):
            for name in requirement:
                scheme = schemes.get(name, {})
                if scheme.get("type") == "apiKey" and scheme.get("in") == "query":
                    declared.add(scheme["name"])
        for key in request.args:
            if key not in declared:
                yield f"query parameter {key!r} is not declared"

    def _undeclared_body(self, request: Request, operation: dict[str, Any]) -> Iterator[str]:
        body = request.get_data(cache=True)
        if "requestBody" not in operation:
            if body:
                yield "a body was sent to an operation that declares none"
            return
        content = self.resolve(operation["requestBody"]).get("content", {})
        media = content.get(request.mimetype, {})
        schema = media.get("schema")
        if schema is None:
            return
        if request.mimetype == "application/json" and body:
            payload: Any = json.loads(body)
        else:
            payload = request.form.to_dict()
        for key in self.undeclared(payload, schema):
            yield f"body key {key!r} is not declared"

    def undeclared(self, value: Any, schema: Any, where: str = "") -> Iterator[str]:
        """Paths of object keys that `schema` does not declare (strict undeclared-key check)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return
        for combinator in ("allOf", "anyOf", "oneOf"):
            if combinator in schema:
                branches = [self.resolve(s) for s in schema[combinator]]
                merged: dict[str, Any] = {}
                for branch in branches:
                    merged.update(branch.get("properties", {}))
                if merged:
                    yield from self.undeclared(value, {"properties": merged}, where)
                return
        if isinstance(value, dict):
            properties = schema.get("properties")
            extra = schema.get("additionalProperties")
            for key, item in value.items():
                path = f"{where}.{key}" if where else key
                if properties is not None and key in properties:
                    yield from self.undeclared(item, properties[key], path)
                elif isinstance(extra, dict):
                    yield from self.undeclared(item, extra, path)
                elif properties is not None and extra is not True:
                    yield path
        elif isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                yield from self.undeclared(item, schema["items"], f"{where}[{index}]")
