"""The Linux packaging recipes agree with each other and with the files they install."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

LINUX = Path(__file__).resolve().parents[2] / "installers" / "linux"
FLATPAK = LINUX / "flatpak"


def test_flatpak_manifest_installs_the_bundle_desktop_file_metainfo_and_icons() -> None:
    manifest = yaml.safe_load((FLATPAK / "org.chattasks.ChatTasks.yml").read_text(encoding="utf-8"))
    app_id = manifest["app-id"]
    metainfo = ET.parse(FLATPAK / f"{app_id}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == app_id
    assert metainfo.findtext("launchable") == f"{app_id}.desktop"
    (module,) = manifest["modules"]
    commands = "\n".join(module["build-commands"])
    assert f"/app/bin/{manifest['command']}" in commands
    assert f"/app/share/applications/{app_id}.desktop" in commands and "/app/share/metainfo" in commands
    assert f"apps/{app_id}.png" in commands
    # Only what the app uses: no home-folder access, no session bus beyond secrets and the tray.
    assert not any(arg.startswith("--filesystem=home") for arg in manifest["finish-args"])
    assert "--talk-name=org.freedesktop.secrets" in manifest["finish-args"]


def test_desktop_entry_launches_the_app_with_files() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "chattasks.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "chattasks-app" and "%F" in desktop["Exec"]
    assert desktop["Icon"] == "chattasks" and desktop["Type"] == "Application"
    assert "application/zip" in desktop["MimeType"]
