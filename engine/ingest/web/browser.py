"""Launch the user's installed Chromium/Chrome/Edge on a persistent profile (never a download)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from engine.core.errors import ChatTasksError
from engine.ingest.web.knowledge import PageKnowledge
from engine.ingest.web.probe_js import QUIET_JS

if TYPE_CHECKING:
    from playwright.async_api import BrowserContext, Playwright

CANDIDATES = (
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge",
    "microsoft-edge-stable", "/usr/bin/chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
)  # fmt: skip
BROWSER_ENV = "CHATTASKS_BROWSER"


class BrowserNotFoundError(ChatTasksError):
    """No installed Chromium, Chrome or Edge was found."""


class BrowserStartError(ChatTasksError):
    """The browser was found but did not start (crashed, exited at once, refused the profile)."""


@dataclass(frozen=True, slots=True)
class BrowserChoice:
    """Which installed browser to drive: a path, or a Playwright channel ('chrome', 'msedge')."""

    executable: str | None = None
    channel: str | None = None


def find_browser(preferred: str | None = None) -> BrowserChoice:
    """The browser to use: `preferred` (path or channel), $CHATTASKS_BROWSER, or the first found."""
    wanted = preferred or os.environ.get(BROWSER_ENV)
    if wanted in ("chrome", "msedge", "chrome-beta", "msedge-beta"):
        return BrowserChoice(channel=wanted)
    for candidate in (wanted,) if wanted else CANDIDATES:
        path = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if path:
            return BrowserChoice(executable=path)
    if wanted:
        source = "chosen for ChatTasks" if preferred else f"set in {BROWSER_ENV}"
        raise BrowserNotFoundError(
            f"the browser {wanted!r} {source} does not exist; install Chromium, Google Chrome "
            f"or Microsoft Edge, or point {BROWSER_ENV} at one that is installed"
        )
    raise BrowserNotFoundError(
        "no Chromium, Google Chrome or Microsoft Edge found; install one (Debian: "
        f"apt install chromium) or set {BROWSER_ENV} to its path"
    )


def start_failure(choice: BrowserChoice, error: Exception) -> BrowserStartError:
    """A short, actionable error from Playwright's launch failure (whose log runs to pages)."""
    name = choice.executable or choice.channel or "browser"
    text = str(error)
    exited = re.search(r"process did exit: exitCode=(\w+), signal=(\w+)", text)
    if "doesn't exist" in text:
        reason = "its program file does not exist"
    elif exited and exited.group(1) != "null":
        reason = f"it exited at once (exit code {exited.group(1)})"
    elif exited:
        reason = f"it was stopped at once by signal {exited.group(2)}"
    else:
        first = text.split("\n", 1)[0]
        reason = first.split(": ", 1)[-1].strip() or type(error).__name__
    return BrowserStartError(
        f"the browser {name} did not start: {reason}; check that it opens on this computer, "
        f"or set {BROWSER_ENV} to another Chromium, Google Chrome or Microsoft Edge"
    )


def browser_major(choice: BrowserChoice) -> str:
    """The browser's major version for the user agent (a stable default when unknown)."""
    if choice.executable:
        try:
            output = subprocess.run(
                [choice.executable, "--version"], capture_output=True, text=True, timeout=20
            ).stdout
        except (OSError, subprocess.SubprocessError):
            output = ""
        found = re.search(r"(\d+)\.\d+\.\d+", output)
        if found:
            return found.group(1)
    return "136"


async def launch(
    playwright: Playwright,
    knowledge: PageKnowledge,
    profile_dir: Path,
    *,
    choice: BrowserChoice,
    locale: str,
    timezone: str,
    headless: bool = True,
) -> BrowserContext:
    """A persistent context on `profile_dir` that looks like a desktop browser and stays quiet;
    BrowserStartError when the browser does not start."""
    # A headless user agent gets "WhatsApp works with Google Chrome 60+" (docs §2).
    from playwright.async_api import Error as PlaywrightError

    agent = knowledge.user_agent.replace("{major}", browser_major(choice))
    try:
        context = await playwright.chromium.launch_persistent_context(
            str(profile_dir),
            executable_path=choice.executable,
            channel=choice.channel,
            headless=headless,
            args=list(knowledge.browser_args),
            user_agent=agent,
            locale=locale,
            timezone_id=timezone,
            viewport={"width": 1280, "height": 900},
            accept_downloads=False,
            service_workers="allow",
        )
    except PlaywrightError as error:
        raise start_failure(choice, error) from error
    await context.add_init_script(QUIET_JS)
    return context
