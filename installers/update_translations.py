"""Refresh the UI translations: lupdate app/ (plus the engine texts the app shows: built-in
connectors' manifests and the live reader's states) into
resources/translations/*.ts, lrelease to .qm.

Run `python installers/update_translations.py` after changing user-facing text; then translate
the strings Qt Linguist (or any editor) shows as unfinished and run it again to rebuild the .qm
files the app loads. `--prune` also drops translations whose source text is gone.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "pt_BR", "hi", "id", "de", "fr", "it")
"""Every shipped translation; English is the source language."""

Key = tuple[str, str, str, bool]
"""(context, source, disambiguation comment, plural) of a message, as QTranslator looks it up."""


def tool(name: str) -> str:
    """Path of a Qt Linguist tool installed with PySide6 next to this Python."""
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The .ts file of `language` in `folder`."""
    return folder / f"chattasks_{language}.ts"


def message_key(context: str, message: ET.Element) -> Key:
    """The lookup key of `message` in `context`."""
    plural = message.get("numerus") == "yes"
    return context, message.findtext("source", ""), message.findtext("comment", ""), plural


def helper_context(path: Path) -> str | None:
    """Context of a module's `def tr(text): return QCoreApplication.translate("Context", text)`.

    lupdate files calls of such a module-level helper under the empty context, while the app
    looks them up under the helper's context; the refresh moves them there.
    """
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for returned in ast.walk(node):
                call = returned.value if isinstance(returned, ast.Return) else None
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return None


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _rehome_helper_calls(root: ET.Element) -> None:
    """Move messages of the empty context to the context of the helper that translates them."""
    for empty in [c for c in root.iter("context") if not c.findtext("name")]:
        for message in empty.findall("message"):
            by_context: dict[str, list[ET.Element]] = {}
            for location in message.findall("location"):
                context = helper_context((TRANSLATIONS / location.get("filename", "")).resolve())
                if context:
                    by_context.setdefault(context, []).append(location)
            for context, locations in by_context.items():
                target = _context(root, context)
                key = message_key(context, message)
                same = [m for m in target.findall("message") if message_key(context, m) == key]
                if not same:
                    same = [copy.deepcopy(message)]
                    for location in same[0].findall("location"):
                        same[0].remove(location)
                    target.append(same[0])
                for position, location in enumerate(locations):
                    same[0].insert(position, location)
            if by_context:
                empty.remove(message)
        if not empty.findall("message"):
            root.remove(empty)


def extract(language: str) -> ET.Element:
    """The catalog lupdate finds in app/ for `language`: every message untranslated."""
    with tempfile.TemporaryDirectory() as folder:
        path = ts_path(language, Path(folder))
        subprocess.run(
            [tool("lupdate"), "-silent", "-extensions", "py", "-locations", "absolute",
             str(APP), "-ts", str(path)],
            check=True, capture_output=True,
        )  # fmt: skip
        root = ET.parse(path).getroot()
        for location in root.iter("location"):
            absolute = (Path(folder) / location.get("filename", "")).resolve()
            location.set("filename", os.path.relpath(absolute, TRANSLATIONS).replace(os.sep, "/"))
    _rehome_helper_calls(root)
    _add_engine_texts(root)
    return root


Places = dict[str, list[tuple[Path, int]]]
"""Engine texts the app translates, each with where it is declared (file, line)."""


def _add_place(found: Places, text: str, path: Path, lines: dict[str, int]) -> None:
    place = (path, lines.get(text, 1))
    if text and place not in found.get(text, []):
        found.setdefault(text, []).append(place)


def _string_lines(path: Path) -> dict[str, int]:
    """The line of each string constant of a Python file."""
    return {
        node.value: node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def connector_texts() -> Places:
    """Built-in connectors' manifest texts (name, description, field labels, help, choices); the
    app shows them through translate("connectors", text)."""
    import importlib

    from engine.sync.registry import BUILTINS

    found: Places = {}
    for reference in BUILTINS:
        module_name, _, attribute = reference.partition(":")
        module = importlib.import_module(module_name)
        manifest = getattr(module, attribute).manifest
        texts = [manifest.name, manifest.description]
        for item in manifest.settings:
            texts += [item.label, item.help, *item.choices]
        path = Path(module.__file__ or "")
        lines = _string_lines(path)
        for text in texts:
            _add_place(found, text, path, lines)
    return found


def live_state_texts() -> Places:
    """What the live reader says of each state and what to do (engine.ingest.web.states); the
    live page shows them through translate("LiveState", text)."""
    from engine.ingest.web import states

    path = Path(states.__file__)
    lines = _string_lines(path)
    found: Places = {}
    for state in states.LiveState:
        report = states.StateReport(state)
        for text in (report.explanation, report.action):
            _add_place(found, text, path, lines)
    return found


def _add_engine_texts(root: ET.Element) -> None:
    for name, found in (("connectors", connector_texts()), ("LiveState", live_state_texts())):
        context = _context(root, name)
        for text, places in found.items():
            message = ET.SubElement(context, "message")
            for path, line in places:
                filename = os.path.relpath(path.resolve(), TRANSLATIONS).replace(os.sep, "/")
                ET.SubElement(message, "location", filename=filename, line=str(line))
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")


def messages(root: ET.Element) -> dict[Key, ET.Element]:
    """Every message of a .ts tree by its lookup key."""
    return {
        message_key(context.findtext("name", ""), message): message
        for context in root.iter("context")
        for message in context.findall("message")
    }


def merge(fresh: ET.Element, old: ET.Element | None, prune: bool = False) -> ET.Element:
    """`fresh` with the translations of `old` for the same keys.

    Translations whose source is gone stay as type="vanished" (lrelease leaves them out, and they
    come back by themselves if the text returns), unless `prune`.
    """
    known = messages(old) if old is not None else {}
    current = messages(fresh)
    for key, message in current.items():
        if key in known:
            message.remove(message.find("translation"))  # type: ignore[arg-type]
            translation = copy.deepcopy(known[key].find("translation"))
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                translation.attrib.pop("type")
            message.append(translation)
    if not prune:
        for key, message in known.items():
            translation = message.find("translation")
            if key in current or translation is None or not "".join(translation.itertext()):
                continue
            kept = copy.deepcopy(message)
            for location in kept.findall("location"):
                kept.remove(location)
            kept_translation = kept.find("translation")
            assert kept_translation is not None
            kept_translation.set("type", "vanished")
            _context(fresh, key[0]).append(kept)
    if old is not None and old.get("language"):
        fresh.set("language", old.get("language", ""))
    return fresh


def write(root: ET.Element, path: Path) -> None:
    """Write a .ts file laid out as lupdate lays it out (contexts sorted, four-space indents)."""
    attributes = "".join(f' {name}="{value}"' for name, value in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes}>"]
    for context in sorted(root.findall("context"), key=lambda c: c.findtext("name", "")):
        ET.indent(context, "    ")
        text = ET.tostring(context, encoding="unicode", short_empty_elements=False)
        lines.append(text.replace("></location>", "/>").rstrip())
    lines.append("</TS>\n")
    path.write_text("\n".join(lines), encoding="utf-8")


def compile_qm(ts: Path, qm: Path) -> None:
    """Build the binary catalog the app loads from a .ts file."""
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def refresh(languages: tuple[str, ...] = LANGUAGES, prune: bool = False) -> None:
    """Update every .ts from the sources, keeping its translations, and rebuild every .qm."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in languages:
        path = ts_path(language)
        old = ET.parse(path).getroot() if path.exists() else None
        write(merge(extract(language), old, prune), path)
        compile_qm(path, path.with_suffix(".qm"))


def unfinished(root: ET.Element) -> list[Key]:
    """Keys of the live (not vanished) messages that lack a finished translation."""
    missing = []
    for key, message in messages(root).items():
        translation = message.find("translation")
        state = translation.get("type") if translation is not None else "unfinished"
        if state in ("vanished", "obsolete"):
            continue
        if translation is None or state == "unfinished":
            missing.append(key)
            continue
        forms = translation.findall("numerusform") if key[3] else [translation]
        if not forms or not all((form.text or "").strip() for form in forms):
            missing.append(key)
    return missing


def main(argv: list[str] | None = None) -> int:
    """Refresh the .ts and .qm files; list what still needs a translator."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prune", action="store_true", help="drop translations of removed text")
    args = parser.parse_args(argv)
    refresh(prune=args.prune)
    status = 0
    for language in LANGUAGES:
        missing = unfinished(ET.parse(ts_path(language)).getroot())
        for context, source, _comment, _plural in missing:
            print(f"{language}: untranslated [{context}] {source!r}")
        status = status or int(bool(missing))
    return status


if __name__ == "__main__":
    sys.exit(main())
