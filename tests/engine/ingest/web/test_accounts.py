"""Account folders: 'Start with ChatTasks' is on by default but only resumes a linked account
with chosen chats; the choice is stored in the account's private folder."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from engine.ingest.web.accounts import LiveAccounts


def test_start_with_app_resumes_only_linked_accounts_with_chosen_chats(tmp_path: Path) -> None:
    accounts = LiveAccounts(tmp_path / "live")
    phone = accounts.create("Personal phone")
    work = accounts.create("Work phone")
    assert phone.start_with_app and not phone.resumes_on_launch  # not linked yet
    phone.update_info(linked=True)
    assert not phone.resumes_on_launch  # linked, but nothing chosen to read
    phone.set_consent(["Casa & Obra"])
    assert phone.resumes_on_launch
    work.update_info(linked=True)
    work.set_consent(["Team"])
    assert [a.id for a in accounts.resumable()] == ["personal-phone", "work-phone"]

    work.set_start_with_app(False)
    assert not work.start_with_app and not work.resumes_on_launch
    assert [a.id for a in accounts.resumable()] == ["personal-phone"]
    stored = work.folder / "account.json"
    assert json.loads(stored.read_text())["start_with_app"] is False
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    phone.update_info(linked=False)  # logged out (from the phone): nothing to resume
    assert accounts.resumable() == []
    work.set_start_with_app(True)
    assert [a.id for a in LiveAccounts(tmp_path / "live").resumable()] == ["work-phone"]
