"""Manifests of every connector, and discovery of third-party ones through a real entry point."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from engine.sync.http import HttpClient
from engine.sync.manifest import AUTH_KINDS, KINDS
from engine.sync.protocols import CAPABILITIES, ConnectorContext, capabilities_of
from engine.sync.registry import BUILTINS, ENTRY_POINT_GROUP, Registry
from engine.sync.secrets import Secret

from .conftest import StepClock

EXAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "example_connector"
SAMPLE = {"url": "http://127.0.0.1:1/x/", "path": "/tmp/none.ics", "channel": "#t",
          "smtp_host": "127.0.0.1", "from_address": "a@b.c", "to_address": "d@e.f",
          "workflow_url": "https://x.logic.azure.com/workflows/abc/triggers?sig=s"}


@pytest.mark.parametrize("spec", Registry.discover(third_party=False).specs(),
                         ids=lambda spec: spec.manifest.id)
def test_every_manifest_is_complete_and_true(spec, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    manifest = spec.manifest
    assert manifest.id.isidentifier() and manifest.name
    assert manifest.kind in KINDS and manifest.auth in AUTH_KINDS
    assert set(manifest.capabilities) <= set(CAPABILITIES)
    assert len({item.name for item in manifest.settings}) == len(manifest.settings)
    if manifest.auth in ("api_token", "basic", "webhook_url"):
        assert manifest.secret_names, "credentials must be marked secret"
    if manifest.auth == "oauth2_pkce":
        assert manifest.oauth is not None
    values = {item.name: SAMPLE.get(item.name, "x") for item in manifest.settings
              if item.required or item.secret}
    values = {k: str(tmp_path / "f.ics") if k == "path" else v for k, v in values.items()}
    secrets = {name: Secret(str(values.pop(name))) for name in manifest.secret_names
               if name in values}
    settings = manifest.clean({**values, **{k: v.reveal() for k, v in secrets.items()}})
    for name in manifest.secret_names:
        settings.pop(name, None)
    client = HttpClient(manifest)
    try:
        instance = spec.factory(ConnectorContext(1, settings, secrets, client, StepClock()))
        # The declared capabilities are exactly the Protocols the instance satisfies.
        assert set(capabilities_of(instance)) == set(manifest.capabilities)
    finally:
        client.close()


def test_builtins_are_listed_explicitly() -> None:
    ids = {spec.manifest.id for spec in Registry.discover(third_party=False).specs()}
    assert len(BUILTINS) == len(ids)
    assert {"caldav", "ics", "webhook", "slack", "teams", "email"} <= ids


def _pip_install(project: Path, site: Path) -> None:
    # A real `pip install` of the example project into a folder: offline (no index, the build
    # backend is the venv's own setuptools), so its dist-info and entry points are pip's. It
    # builds from a copy, so the build leaves nothing in the repository.
    copy = site.parent / "example-src"
    shutil.copytree(project, copy)
    project = copy
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--no-build-isolation", "--target", str(site), str(project)],
        check=True, capture_output=True, text=True,
    )


def test_third_party_connector_is_found_through_its_entry_point(tmp_path: Path) -> None:
    target = tmp_path / "site"
    _pip_install(EXAMPLE, target)
    assert list(target.glob("chattasks_example_connector-*.dist-info/entry_points.txt"))
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from engine.sync.registry import Registry;"
        "r = Registry.discover(); s = r.get('example');"
        "print(s.manifest.name, r.problems)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(target)], check=True,
                         capture_output=True, text=True, cwd=Path(__file__).parents[3]).stdout
    assert out.strip() == "Example connector []"
    assert ENTRY_POINT_GROUP == "chattasks.connectors"
