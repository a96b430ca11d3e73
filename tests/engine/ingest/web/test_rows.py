"""Message rows read from the page become the same ParsedMessage an export would give."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from engine.ingest.web.rows import EDITED_MARKER, date_order_for, message_id, parse_wall, to_live

TODAY = date(2026, 3, 22)


@pytest.mark.parametrize(
    ("pre_time", "pre_date", "locale", "expected"),
    [
        ("12:50", "19/09/2023", "pt-BR", datetime(2023, 9, 19, 12, 50)),
        ("10:54 PM", "12/9/2025", "en-US", datetime(2025, 12, 9, 22, 54)),
        ("8:05 pm", "14/12/2025", "en-IN", datetime(2025, 12, 14, 20, 5)),
        ("13:52", "22/03/2026", "en-GB", datetime(2026, 3, 22, 13, 52)),
    ],
)
def test_pre_plain_text_dates_follow_the_locale(
    pre_time: str, pre_date: str, locale: str, expected: datetime
) -> None:
    assert parse_wall(pre_time, pre_date, date_order_for(locale)) == expected


def test_packed_and_bare_ids_name_the_same_message() -> None:
    packed = "false_557592270077-1625659411@g.us_11A7CB54FF1F39852C0DC31A8A334F2C_5511933964000@c.us"
    assert message_id(packed) == "11A7CB54FF1F39852C0DC31A8A334F2C"
    assert message_id("true_4477009@c.us_3EB0041865291286CF6A5D") == "3EB0041865291286CF6A5D"
    assert message_id("3EB0041865291286CF6A5D") == "3EB0041865291286CF6A5D"


def _row(**values: object) -> dict[str, object]:
    row: dict[str, object] = {"id": "3EB0AA", "out": False, "in": True, "system": False,
                              "pre": "[13:52, 22/03/2026] +65 9000 0001: ", "text": "hi",
                              "media": False, "deleted": False, "edited": False,
                              "time": "13:52", "dividers": ["Today"]}
    row.update(values)
    return row


def test_rows_become_export_shaped_messages() -> None:
    def live(**values: object) -> object:
        return to_live(_row(**values), chat_title="Ann", is_group=False, me="Me",
                       order="DMY", today=TODAY)

    message = live(text="pay rent 🙂\nplease")
    assert message is not None and message.parsed.author == "+65 9000 0001"
    assert message.parsed.text == "pay rent 🙂\nplease" and message.parsed.kind == "text"
    edited = live(edited=True)
    assert edited is not None and edited.parsed.text == f"hi {EDITED_MARKER}"
    media = live(media=True, text=None)
    assert media is not None and (media.parsed.kind, media.parsed.text) == ("media", "<Media omitted>")
    # A deleted row without sender data: the date divider (not "2 unread messages") + bubble time.
    gone = live(pre=None, deleted=True, text=None, dividers=["Yesterday", "2 unread messages"])
    assert gone is not None and gone.parsed.timestamp == datetime(2026, 3, 21, 13, 52)
    assert (gone.parsed.author, gone.parsed.kind) == ("Ann", "deleted")
    assert live(system=True) is None
