"""Finding connectors: built-ins listed here, third-party ones through entry points."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from importlib.metadata import entry_points

from engine.sync.errors import ConnectorNotFoundError
from engine.sync.protocols import ConnectorSpec

ENTRY_POINT_GROUP = "chattasks.connectors"
"""Third-party packages register `id = "package.module:CONNECTOR"` under this group."""

BUILTINS: tuple[str, ...] = (
    "engine.sync.connectors.caldav:CONNECTOR",
    "engine.sync.connectors.ics:CONNECTOR",
    "engine.sync.connectors.webhook:CONNECTOR",
    "engine.sync.connectors.slack:CONNECTOR",
    "engine.sync.connectors.teams:CONNECTOR",
    "engine.sync.connectors.email:CONNECTOR",
    "engine.sync.connectors.google_calendar:CONNECTOR",
    "engine.sync.connectors.trello:CONNECTOR",
)
"""Built-in connectors, listed explicitly (a frozen app cannot scan folders)."""

log = logging.getLogger(__name__)


def _load(reference: str) -> ConnectorSpec:
    module_name, _, attribute = reference.partition(":")
    spec = getattr(importlib.import_module(module_name), attribute or "CONNECTOR")
    if not isinstance(spec, ConnectorSpec):
        raise TypeError(f"{reference} is not a ConnectorSpec")
    return spec


class Registry:
    """The connectors available to this installation, by manifest id."""

    def __init__(self, specs: Iterable[ConnectorSpec]) -> None:
        """A registry of exactly `specs` (tests build small ones)."""
        self._specs: dict[str, ConnectorSpec] = {}
        self.problems: list[str] = []
        """Third-party connectors that failed to load, one line each, for the user."""
        for spec in specs:
            self.add(spec)

    @classmethod
    def discover(cls, *, third_party: bool = True) -> Registry:
        """Built-ins plus every installed `chattasks.connectors` entry point."""
        registry = cls(_load(reference) for reference in BUILTINS)
        if third_party:
            for point in entry_points(group=ENTRY_POINT_GROUP):
                try:
                    spec = point.load()
                    if not isinstance(spec, ConnectorSpec):
                        raise TypeError("not a ConnectorSpec")
                    registry.add(spec)
                except Exception as error:  # noqa: BLE001 - a broken plugin must not stop the app
                    registry.problems.append(f"connector {point.name!r} ({point.value}): {error}")
                    log.warning("could not load connector %s: %s", point.name, error)
        return registry

    def add(self, spec: ConnectorSpec) -> None:
        """Register a connector; a second one with the same id is refused."""
        if spec.manifest.id in self._specs:
            raise ValueError(f"two connectors declare the id {spec.manifest.id!r}")
        self._specs[spec.manifest.id] = spec

    def get(self, connector_id: str) -> ConnectorSpec:
        """The connector with this manifest id."""
        try:
            return self._specs[connector_id]
        except KeyError:
            known = ", ".join(sorted(self._specs))
            raise ConnectorNotFoundError(
                f"no connector {connector_id!r} (available: {known})") from None

    def specs(self) -> list[ConnectorSpec]:
        """Every connector, by id."""
        return [self._specs[key] for key in sorted(self._specs)]
