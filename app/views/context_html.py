"""Messages as HTML for text browsers: neighbours dimmed, the source with its spans marked."""

from __future__ import annotations

import html
from collections.abc import Sequence

from app.i18n import format_datetime
from engine.store.rows import MessageRow

SPAN_STYLES = {
    "date": "background:#fde293;color:#202124",
    "assignee": "background:#c6e1ff;color:#202124",
}
DEFAULT_SPAN = "background:#e6e6e6;color:#202124"


def marked(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """Escaped text with each span wrapped in a coloured <span> (overlaps: first wins)."""
    out: list[str] = []
    cursor = 0
    for start, end, role in sorted(spans):
        if start < cursor or end <= start or end > len(text):
            continue
        out.append(html.escape(text[cursor:start]))
        style = SPAN_STYLES.get(role, DEFAULT_SPAN)
        out.append(f'<span style="{style}" title="{html.escape(role)}">')
        out.append(html.escape(text[start:end]) + "</span>")
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out).replace("\n", "<br>")


def conversation(
    messages: Sequence[MessageRow],
    focus_id: int | None,
    spans: Sequence[tuple[int, int, str]] = (),
) -> str:
    """The messages as a small HTML conversation; the focused one is bold and marked."""
    rows = []
    for message in messages:
        when = format_datetime(message.sent_at, "dd MMM HH:mm")
        author = html.escape(message.author or "")
        if message.id == focus_id:
            body = marked(message.text, spans)
            rows.append(
                f'<p style="margin:6px 0"><b>{author}</b> <small>{when}</small><br>'
                f'<span style="font-weight:600">{body}</span></p>'
            )
        else:
            body = html.escape(message.text).replace("\n", "<br>")
            rows.append(
                f'<p style="margin:6px 0;color:gray"><b>{author}</b> <small>{when}</small>'
                f"<br>{body}</p>"
            )
    return "".join(rows)
