"""Tests for the synthetic WhatsApp export generator used by the benchmarks."""

from __future__ import annotations

import re
import subprocess
import sys
import tracemalloc
from datetime import datetime
from itertools import product
from pathlib import Path

import pytest

from benchmarks.generate_export import generate_export

ROOT = Path(__file__).resolve().parents[2]
LRM = "\u200e"
NNBSP = "\u202f"
DATES = {"DMY": r"\d{2}/\d{2}/\d{4}", "MDY": r"\d{1,2}/\d{1,2}/\d{2}", "YMD": r"\d{4}-\d{2}-\d{2}"}
STRPTIME_DATES = {"DMY": "%d/%m/%Y", "MDY": "%m/%d/%y", "YMD": "%Y-%m-%d"}
LOOKS_LIKE_HEADER = re.compile(rf"^{LRM}?\[?\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}")
COMBINATIONS = list(product(("android", "ios"), ("DMY", "MDY", "YMD"), ("24h", "12h")))


def header_pattern(style: str, date_order: str, clock: str) -> re.Pattern[str]:
    """The documented header shape, capturing the date and time text."""
    seconds = r":\d{2}" if style == "ios" else ""
    if clock == "24h":
        time_part = rf"\d{{2}}:\d{{2}}{seconds}"
    else:
        time_part = rf"(?:[1-9]|1[0-2]):\d{{2}}{seconds}{NNBSP}[AP]M"
    stamp = rf"(?P<date>{DATES[date_order]}), (?P<time>{time_part})"
    if style == "ios":
        return re.compile(rf"^{LRM}?\[{stamp}\] ")
    return re.compile(rf"^{stamp} - ")


def parse_stamp(match: re.Match[str], style: str, date_order: str, clock: str) -> datetime:
    """The header's timestamp as a datetime."""
    seconds = ":%S" if style == "ios" else ""
    time_format = f"%H:%M{seconds}" if clock == "24h" else f"%I:%M{seconds} %p"
    text = f"{match['date']} {match['time'].replace(NNBSP, ' ')}"
    return datetime.strptime(text, f"{STRPTIME_DATES[date_order]} {time_format}")


def make_export(tmp_path: Path, messages: int = 3000, **options: str | int) -> list[str]:
    """Generate an export with the given options and return its lines."""
    settings: dict[str, str | int] = {"style": "android", "seed": 7, **options}
    path = tmp_path / f"chat-{'-'.join(map(str, settings.values()))}.txt"
    generate_export(path, messages, **settings)  # type: ignore[arg-type]
    return path.read_text(encoding="utf-8").split("\n")[:-1]


@pytest.mark.parametrize("style", ["android", "ios"])
def test_same_seed_gives_the_same_bytes_and_another_seed_does_not(
    tmp_path: Path, style: str
) -> None:
    paths = [tmp_path / name for name in ("a.txt", "b.txt", "c.txt")]
    for path, seed in zip(paths, (1, 1, 2), strict=True):
        generate_export(path, 5000, style=style, seed=seed)  # type: ignore[arg-type]
    first, again, other = (path.read_bytes() for path in paths)
    assert first == again
    assert first != other


@pytest.mark.parametrize(("style", "date_order", "clock"), COMBINATIONS)
def test_every_line_is_a_documented_header_or_a_continuation(
    tmp_path: Path, style: str, date_order: str, clock: str
) -> None:
    lines = make_export(tmp_path, style=style, date_order=date_order, clock=clock)
    pattern = header_pattern(style, date_order, clock)
    headers = [match for line in lines if (match := pattern.match(line))]
    continuations = [line for line in lines if not pattern.match(line)]

    assert len(headers) == 3000
    assert not [line for line in continuations if LOOKS_LIKE_HEADER.match(line)]
    stamps = [parse_stamp(match, style, date_order, clock) for match in headers]
    assert stamps == sorted(stamps)
    assert (stamps[-1] - stamps[0]).days >= 45  # even small exports span months


def test_android_shapes(tmp_path: Path) -> None:
    lines = make_export(tmp_path, 20_000, style="android")
    text = "\n".join(lines)
    bodies = [line.split(" - ", 1)[1] for line in lines if re.match(r"^\d{2}/\d{2}/\d{4}, ", line)]

    assert re.fullmatch(
        r"\d{2}/\d{2}/\d{4}, \d{2}:\d{2} - Messages and calls are end-to-end "
        r"encrypted\. .*Tap to learn more\.",
        lines[0],
    )
    assert re.match(r"^\d{2}/\d{2}/\d{4}, \d{2}:\d{2} - [^:]+ created group \"", lines[1])
    authorless = [body for body in bodies if ": " not in body]
    assert any(re.fullmatch(r".+ (added|removed) .+", body) for body in authorless)
    assert ": <Media omitted>" in text
    assert ": This message was deleted" in text
    assert " <This message was edited>" in text
    assert re.search(r" - \+\d{1,2} [\d ()-]+: ", text)
    assert LRM not in text


def test_ios_shapes(tmp_path: Path) -> None:
    lines = make_export(tmp_path, 20_000, style="ios")
    text = "\n".join(lines)
    group = re.match(r"^.\[[^]]+\] ([^:]+): ", lines[0])
    assert group is not None
    marked = [line for line in lines if line.startswith(LRM)]

    assert lines[0].startswith(LRM) and "Messages and calls are end-to-end encrypted." in lines[0]
    assert all(f": {LRM}" in line for line in marked)  # LRM-led lines have an LRM-led body
    assert any(re.search(rf"\] {re.escape(group[1])}: {LRM}.+ added .+", line) for line in marked)
    assert f": {LRM}image omitted" in text
    assert f": {LRM}This message was deleted." in text
    assert f" {LRM}<This message was edited>" in text
    assert re.search(rf"\] ~{NNBSP}\w", text)
    assert "<Media omitted>" not in text


@pytest.mark.parametrize("style", ["android", "ios"])
def test_attached_media_names_match_their_message_time(tmp_path: Path, style: str) -> None:
    lines = make_export(tmp_path, 5000, style=style, media="attached")
    if style == "android":
        found = re.findall(
            r"^(\d{2})/(\d{2})/(\d{4}), .*: IMG-(\d{8})-WA\d{4}\.jpg \(file attached\)$",
            "\n".join(lines),
            re.MULTILINE,
        )
        assert found
        assert all(f"{year}{month}{day}" == name for day, month, year, name in found)
    else:
        found = re.findall(
            rf"^{LRM}\[(\d{{2}})/(\d{{2}})/(\d{{4}}), (\d{{2}}):(\d{{2}}):(\d{{2}})\] "
            rf".*: {LRM}<attached: \d{{8}}-PHOTO-(.*)\.jpg>$",
            "\n".join(lines),
            re.MULTILINE,
        )
        assert found
        assert all(f"{y}-{mo}-{d}-{h}-{mi}-{s}" == name for d, mo, y, h, mi, s, name in found)


@pytest.mark.parametrize("style", ["android", "ios"])
def test_realistic_mix(tmp_path: Path, style: str) -> None:
    lines = make_export(tmp_path, 20_000, style=style)
    pattern = header_pattern(style, "DMY", "24h")
    text = "\n".join(lines)
    multiline = sum(
        1
        for line, after in zip(lines, [*lines[1:], ""], strict=True)
        if pattern.match(line) and after and not pattern.match(after)
    )

    assert 0.05 <= multiline / 20_000 <= 0.10
    assert "https://" in text
    assert re.search(r"[\u4e00-\u9fff]", text)  # CJK
    assert re.search(r"[\u0600-\u06ff]", text)  # Arabic
    assert "\u200d" in text  # emoji ZWJ sequences
    assert "é" in text and "ü" in text


def test_cli_writes_the_same_file_as_the_library(tmp_path: Path) -> None:
    out = tmp_path / "cli.txt"
    command = [
        sys.executable,
        "-m",
        "benchmarks.generate_export",
        str(out),
        "--messages",
        "500",
        "--style",
        "ios",
        "--seed",
        "3",
        "--clock",
        "12h",
        "--date-order",
        "MDY",
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    generate_export(tmp_path / "lib.txt", 500, style="ios", seed=3, clock="12h", date_order="MDY")
    assert out.read_bytes() == (tmp_path / "lib.txt").read_bytes()


def test_rejects_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate_export(tmp_path / "x.txt", 0, style="android", seed=1)
    with pytest.raises(ValueError):
        generate_export(tmp_path / "x.txt", 10, style="symbian", seed=1)  # type: ignore[arg-type]


def test_memory_does_not_grow_with_the_export(tmp_path: Path) -> None:
    peaks = []
    tracemalloc.start()
    try:
        for messages in (30_000, 150_000):
            tracemalloc.reset_peak()
            generate_export(tmp_path / "big.txt", messages, style="ios", seed=1)
            peaks.append(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()
    small, large = peaks
    assert large < 1.2 * small
    assert large < (tmp_path / "big.txt").stat().st_size / 4
