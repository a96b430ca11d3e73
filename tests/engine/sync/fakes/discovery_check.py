"""Check requests and responses against a Google discovery document, through JSON Schema."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from werkzeug.wrappers import Request

from .openapi_check import SPECS

_INT32 = (-(2**31), 2**31 - 1)
FORMATS = FormatChecker()


@FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    if isinstance(value, str):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(f"{value!r} is not yyyy-mm-dd")
        date.fromisoformat(value)
    return True


def _is_datetime(value: str) -> bool:
    return bool(re.fullmatch(
        r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", value))


class DiscoveryChecker:
    """Resolves a method by HTTP method + path template and validates it like Google would."""

    def __init__(self, filename: str) -> None:
        self.document: dict[str, Any] = json.loads((SPECS / filename).read_text("utf-8"))
        self.base_path = "/" + self.document.get("servicePath", "").strip("/")
        self.base_path = self.base_path.rstrip("/")
        self.methods: list[tuple[re.Pattern[str], dict[str, Any]]] = []
        self._collect(self.document.get("resources", {}))
        self._validators: dict[tuple[str, str], Draft202012Validator] = {}

    def _collect(self, resources: dict[str, Any]) -> None:
        for resource in resources.values():
            for method in resource.get("methods", {}).values():
                template = re.escape(self.base_path + "/" + method["path"])
                template = re.sub(r"\\\{\\\+(\w+)\\\}", r"(?P<\1>.+)", template)
                template = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", template)
                self.methods.append((re.compile(f"^{template}$"), method))
            self._collect(resource.get("resources", {}))

    def method(self, http_method: str, path: str) -> dict[str, Any] | None:
        """The discovery method for a request, if the document describes it."""
        for pattern, method in self.methods:
            if method["httpMethod"] == http_method and pattern.match(path):
                return method
        return None

    # JSON Schema conversion -----------------------------------------------------------------
    def json_schema(self, ref: str, method_id: str) -> dict[str, Any]:
        """The discovery schema `ref` as strict JSON Schema for `method_id`'s required fields."""
        defs = {name: self._convert(node, method_id)
                for name, node in self.document["schemas"].items()}
        return {"$ref": f"#/$defs/{ref}", "$defs": defs}

    def _convert(self, node: dict[str, Any], method_id: str) -> dict[str, Any]:
        if "$ref" in node:
            return {"$ref": f"#/$defs/{node['$ref']}"}
        out: dict[str, Any] = {}
        kind, fmt = node.get("type"), node.get("format")
        if kind == "string" and fmt in ("int64", "uint64"):
            out.update(type="string", pattern=r"^-?\d+$")
        elif kind == "integer":
            out["type"] = "integer"
            if fmt == "int32":
                out.update(minimum=_INT32[0], maximum=_INT32[1])
            elif fmt == "uint32":
                out.update(minimum=0, maximum=2**32 - 1)
        elif kind in ("string", "number", "boolean", "array", "object"):
            out["type"] = kind
            if fmt in ("date", "date-time"):
                out["format"] = fmt
        if "enum" in node:
            out["enum"] = node["enum"]
        if "items" in node:
            out["items"] = self._convert(node["items"], method_id)
        if "properties" in node:
            properties = node["properties"]
            out["properties"] = {k: self._convert(v, method_id) for k, v in properties.items()}
            required = [k for k, v in properties.items()
                        if method_id in v.get("annotations", {}).get("required", [])
                        or v.get("required") is True]
            if required:
                out["required"] = required
        if "additionalProperties" in node:
            out["additionalProperties"] = self._convert(node["additionalProperties"], method_id)
        elif "properties" in node:
            out["additionalProperties"] = False  # the strict check for undeclared keys
        return out

    def _validator(self, ref: str, method_id: str) -> Draft202012Validator:
        key = (ref, method_id)
        if key not in self._validators:
            self._validators[key] = Draft202012Validator(
                self.json_schema(ref, method_id), format_checker=FORMATS)
        return self._validators[key]

    def validate(self, value: Any, ref: str, method_id: str, where: str) -> Iterator[str]:
        """Messages for every way `value` breaks schema `ref`."""
        for error in self._validator(ref, method_id).iter_errors(value):
            location = "/".join(map(str, error.absolute_path)) or "<root>"
            yield f"{where} {location}: {error.message}"

    # requests and responses ------------------------------------------------------------------
    def check_request(self, request: Request) -> Iterator[str]:
        """Every problem with `request`: unknown method, parameters, body."""
        method = self.method(request.method, request.path)
        if method is None:
            yield f"no method in {self.document['name']} {self.document['version']} matches"
            return
        params = dict(self.document.get("parameters", {}))
        params.update(method.get("parameters", {}))
        for name in request.args:
            if name not in params or params[name].get("location") != "query":
                yield f"query parameter {name!r} is not declared"
        for name, param in params.items():
            if param.get("location") != "query":
                continue
            values = request.args.getlist(name)
            if not values and param.get("required"):
                yield f"required query parameter {name!r} is missing"
            if len(values) > 1 and not param.get("repeated"):
                yield f"query parameter {name!r} is not repeatable"
            for value in values:
                yield from (f"query parameter {name!r}: {m}" for m in _check_scalar(value, param))
        body = request.get_data(cache=True)
        if "request" in method:
            if request.mimetype != "application/json":
                yield f"body must be application/json, not {request.mimetype!r}"
                return
            try:
                payload = json.loads(body)
            except ValueError:
                yield "body is not JSON"
                return
            yield from self.validate(payload, method["request"]["$ref"], method["id"], "body")
        elif body:
            yield "a body was sent to a method that takes none"

    def check_response(self, request: Request, payload: Any) -> Iterator[str]:
        """Every problem with a success payload."""
        method = self.method(request.method, request.path)
        if method is None or "response" not in method:
            return
        yield from self.validate(payload, method["response"]["$ref"], method["id"], "response")


def _check_scalar(value: str, param: dict[str, Any]) -> Iterator[str]:
    kind, fmt = param.get("type"), param.get("format")
    if kind == "integer":
        try:
            number = int(value)
        except ValueError:
            yield f"{value!r} is not an integer"
            return
        low, high = int(param.get("minimum", _INT32[0])), int(param.get("maximum", _INT32[1]))
        if not low <= number <= high:
            yield f"{number} is outside {low}..{high}"
    elif kind == "boolean" and value not in ("true", "false"):
        yield f"{value!r} is not a boolean"
    elif fmt == "date-time" and not _is_datetime(value):
        yield f"{value!r} is not an RFC 3339 date-time"
    if "enum" in param and value not in param["enum"]:
        yield f"{value!r} is not one of {param['enum']}"
