"""Machine description and the markdown rendering of the parse benchmark's results."""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import psutil

PEER_PACKAGES = ("whatstk", "chat-miner", "pandas", "polars")

NOTES: dict[str, str] = {
    "timing": "Parse time excludes interpreter start-up and imports (import_seconds in "
    "parse.json); peak RSS is the whole child process, imported libraries included "
    "(import_rss_mb is the RSS before parsing).",
    "counts": "Messages/s uses each tool's own message count; the generated export holds exactly "
    "the requested number of messages, system notices included.",
    "ours": "engine.ingest.open_export(path).messages(), consumed one by one.",
    "whatstk": "df_from_whatsapp(path, max_size=None) with header auto-detection; its default "
    "50 MB cap refuses exports above roughly 600k messages. Authorless Android notices are not "
    "headers to it, so they are folded into the previous message.",
    "chatminer": "WhatsAppParser(path).parse_file() then parsed_messages.get_df() (polars); it "
    "skips authorless Android notices and logs each one, and draws a tqdm bar on stderr (sent to "
    "a file).",
}


def machine_info() -> dict[str, object]:
    """What the numbers were measured on."""
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 1e9, 1),
        "python": platform.python_version(),
        "packages": {name: _version(name) for name in PEER_PACKAGES},
    }


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or platform.machine()


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def render_markdown(report: dict[str, Any]) -> str:
    """The results as a markdown table, one row per export and tool, then failures and notes."""
    machine, settings = report["machine"], report["settings"]
    packages = " · ".join(f"{name} {version}" for name, version in machine["packages"].items())
    if settings.get("ours_impl"):
        packages += f" · ours = stand-in {settings['ours_impl']}"
    lines = [
        "# Parse benchmark",
        "",
        f"{machine['date']} · {machine['platform']} · {machine['cpu']}"
        f" ({machine['cpu_count']} CPUs) · {machine['memory_gb']} GB · Python {machine['python']}",
        f"{packages} · seed {settings['seed']} · best of up to {settings['runs']} runs",
        "",
        "| Messages | Style | Tool | Count | Runs | Best s | Msgs/s | Peak RSS MB "
        "| Ours ÷ peer msgs/s | Ours ÷ peer RSS |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    failures = []
    for case in report["cases"]:
        for tool, result in case["tools"].items():
            ratio = case["ratios"].get(tool, {})
            lead = f"| {case['size']:,} | {case['style']} | {tool} "
            if result["status"] != "ok":
                lines.append(lead + f"| failed | {result['runs']} | – | – | – | | |")
                failures.append(f"- {case['size']:,} {case['style']} {tool}: {result['error']}")
                continue
            lines.append(
                lead + f"| {result['messages']:,} | {result['runs']} | {result['seconds']:.2f} "
                f"| {result['msgs_per_s']:,.0f} | {result['peak_rss_mb']:.0f} "
                f"| {_times(ratio.get('throughput'))} | {_times(ratio.get('peak_rss'))} |"
            )
    if failures:
        lines += ["", "Failures:", *failures]
    lines += ["", "Notes:", *(f"- {topic}: {text}" for topic, text in report["notes"].items())]
    return "\n".join(lines) + "\n"


def _times(ratio: float | None) -> str:
    return "" if ratio is None else f"{ratio:.2f}×"
