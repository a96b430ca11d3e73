"""Linked WhatsApp accounts: one private folder each with profile, consent list, reader state."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from engine.core.errors import ChatTasksError
from engine.core.settings import APP_NAME
from engine.ingest.web.locking import ProfileLock

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


class AccountNotFoundError(ChatTasksError):
    """No linked account has that name."""


def default_accounts_root() -> Path:
    """`live/` in the user's data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)) / "live"


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable only by the user; tighten it if it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    os.chmod(path, PRIVATE_DIR)
    return path


def write_private_json(path: Path, data: Any) -> None:
    """Write JSON atomically with user-only permissions (a crash leaves the old file)."""
    temporary = path.with_suffix(path.suffix + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
    os.replace(temporary, path)


def read_json(path: Path, default: Any) -> Any:
    """Parsed JSON of `path`, or `default` when it does not exist."""
    if not path.exists():
        return default
    return json.loads(path.read_text(encoding="utf-8"))


def chat_consent_key(title: str) -> str:
    """How chat titles are compared in the consent list: spaces collapsed, case folded."""
    return re.sub(r"\s+", " ", title).strip().casefold()


@dataclass(frozen=True, slots=True)
class Account:
    """One linked (or being linked) WhatsApp account and its folder."""

    id: str
    folder: Path

    @property
    def profile_dir(self) -> Path:
        """The persistent browser profile (IndexedDB keeps WhatsApp's keys)."""
        return self.folder / "profile"

    def lock(self) -> ProfileLock:
        """The lock guarding this account against a second app instance."""
        return ProfileLock(self.folder / "lock")

    def info(self) -> dict[str, Any]:
        """account.json: name, linked flag, locale, own name as shown in messages."""
        data: dict[str, Any] = read_json(self.folder / "account.json", {})
        return data

    def update_info(self, **values: Any) -> None:
        """Merge `values` into account.json."""
        data = self.info()
        data.update(values)
        write_private_json(self.folder / "account.json", data)

    @property
    def linked(self) -> bool:
        """True once a login succeeded and no logout was seen since."""
        return bool(self.info().get("linked", False))

    @property
    def start_with_app(self) -> bool:
        """The user's 'Start with ChatTasks' choice (on unless turned off)."""
        return bool(self.info().get("start_with_app", True))

    def set_start_with_app(self, start: bool) -> None:
        """Store the 'Start with ChatTasks' choice."""
        self.update_info(start_with_app=start)

    @property
    def resumes_on_launch(self) -> bool:
        """True when the reader starts with the app: the choice is on, the account is linked
        and the user chose chats to read (before that there is nothing to resume)."""
        info = self.info()
        chosen = bool(info.get("linked", False)) and bool(info.get("start_with_app", True))
        return chosen and bool(self.consented_chats())

    def consented_chats(self) -> list[str]:
        """Titles of the chats the user chose to read, as chosen."""
        data: dict[str, list[str]] = read_json(self.folder / "consent.json", {"chats": []})
        return list(data.get("chats", []))

    def set_consent(self, titles: list[str]) -> None:
        """Replace the consent list: only these chats are ever stored."""
        unique = {chat_consent_key(t): t for t in titles}
        write_private_json(self.folder / "consent.json", {"chats": sorted(unique.values())})

    def allows(self, title: str) -> bool:
        """True when the user consented to storing chat `title`."""
        chosen = {chat_consent_key(t) for t in self.consented_chats()}
        return chat_consent_key(title) in chosen

    def load_state(self) -> dict[str, Any]:
        """state.json: per chat, the message ids seen and the backfill progress."""
        data: dict[str, Any] = read_json(self.folder / "state.json", {"chats": {}})
        return data

    def save_state(self, state: dict[str, Any]) -> None:
        """Write state.json atomically."""
        write_private_json(self.folder / "state.json", state)


class LiveAccounts:
    """The accounts folder: list, create, find and delete accounts."""

    def __init__(self, root: Path | None = None) -> None:
        """Accounts under `root` (default: `live/` in the user's data folder)."""
        self.root = root or default_accounts_root()

    def resumable(self) -> list[Account]:
        """The accounts whose reader starts with the app (see `Account.resumes_on_launch`)."""
        return [account for account in self.list() if account.resumes_on_launch]

    def list(self) -> list[Account]:
        """Every account, by id."""
        if not self.root.is_dir():
            return []
        return [
            Account(p.name, p)
            for p in sorted(self.root.iterdir())
            if p.is_dir() and (p / "account.json").exists()
        ]

    def create(self, name: str, *, locale: str = "en-GB") -> Account:
        """A new account folder named after `name` (made unique)."""
        private_dir(self.root)
        base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "account"
        candidate, number = base, 1
        while (self.root / candidate).exists():
            number += 1
            candidate = f"{base}-{number}"
        account = Account(candidate, private_dir(self.root / candidate))
        private_dir(account.profile_dir)
        account.update_info(name=name, linked=False, locale=locale)
        return account

    def get(self, account_id: str) -> Account:
        """The account `account_id`, or AccountNotFoundError."""
        folder = self.root / account_id
        if not (folder / "account.json").exists():
            known = ", ".join(a.id for a in self.list()) or "none"
            raise AccountNotFoundError(f"no live account {account_id!r} (known: {known})")
        return Account(account_id, folder)

    def delete(self, account: Account) -> None:
        """Remove the account's folder: profile, keys, consent and state."""
        shutil.rmtree(account.folder, ignore_errors=True)
