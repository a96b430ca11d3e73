"""Seeded generator of realistic WhatsApp "Export chat" text files of any size.

Header shapes (date by `date_order`: DMY `25/12/2023`, MDY `12/25/23`, YMD `2023-12-25`):

    Android 24h   25/12/2023, 14:05 - Alice: text            notices: 25/12/2023, 14:05 - Bob left
    Android 12h   12/25/23, 2:05\u202fPM - Alice: text
    iOS 24h       [25/12/2023, 14:05:33] Alice: text
    iOS 12h       [12/25/23, 2:05:33\u202fPM] Alice: text
    iOS notices   \u200e[25/12/2023, 14:05:33] Group: \u200eBob left   (media and deletions too)

Every message is one header line, optionally followed by continuation lines that never look
like a header, so the number of header lines is exactly the number of messages asked for.
"""

from __future__ import annotations

import argparse
import bisect
import random
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Literal, TextIO

from benchmarks import export_corpus as corpus

Style = Literal["android", "ios"]
DateOrder = Literal["DMY", "MDY", "YMD"]
Clock = Literal["24h", "12h"]
Media = Literal["omitted", "attached"]

GENERATOR_VERSION = 1
"""Bump whenever the bytes written for a given seed change, so cached exports are regenerated."""

LRM = "\u200e"
NNBSP = "\u202f"
START = date(2023, 1, 2)
FLUSH_EVERY = 2048
DAY = 86_400

# Share of messages per kind; whatever is left over is plain text.
P_SYSTEM = 0.003
P_DELETED = 0.01
P_MEDIA = 0.045
P_LINK = 0.03
P_MULTILINE = 0.075
P_EDITED = 0.015
P_SAME_AUTHOR = 0.3

TOKEN_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MEDIA_KINDS: tuple[tuple[str, str, str, str], ...] = (
    # (iOS "... omitted" word, Android file prefix, iOS file tag, extension); photos are commonest.
    ("image", "IMG", "PHOTO", "jpg"),
    ("image", "IMG", "PHOTO", "jpg"),
    ("image", "IMG", "PHOTO", "jpg"),
    ("video", "VID", "VIDEO", "mp4"),
    ("audio", "PTT", "AUDIO", "opus"),
    ("sticker", "STK", "STICKER", "webp"),
    ("GIF", "VID", "GIF", "mp4"),
)


def generate_export(
    path: str | Path,
    messages: int,
    *,
    style: Style,
    seed: int,
    date_order: DateOrder = "DMY",
    clock: Clock = "24h",
    media: Media = "omitted",
) -> None:
    """Write an export of exactly `messages` messages (header lines), the same bytes for a seed."""
    if messages < 1:
        raise ValueError("messages must be at least 1")
    if style not in ("android", "ios") or date_order not in ("DMY", "MDY", "YMD"):
        raise ValueError(f"unsupported style/date order: {style!r}, {date_order!r}")
    if clock not in ("24h", "12h") or media not in ("omitted", "attached"):
        raise ValueError(f"unsupported clock/media: {clock!r}, {media!r}")
    writer = _ExportWriter(random.Random(seed), messages, style, date_order, clock, media)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        writer.write(out)


class _ExportWriter:
    """Draws one chat's participants and timeline, then streams its lines to a file."""

    def __init__(
        self,
        rng: random.Random,
        messages: int,
        style: Style,
        date_order: DateOrder,
        clock: Clock,
        media: Media,
    ) -> None:
        self.rng = rng
        self.messages = messages
        self.ios = style == "ios"
        self.date_order = date_order
        self.twelve_hour = clock == "12h"
        self.attached = media == "attached"
        self.group = rng.choice(corpus.GROUP_NAMES)
        self.authors = self._draw_authors()
        # Zipf-like activity: a few members write most of the messages.
        weights = [1.0 / (rank + 1) for rank in range(len(self.authors))]
        total = sum(weights)
        self.cumulative = [sum(weights[: i + 1]) / total for i in range(len(weights))]
        self.last_author = self.authors[0]
        # Spread the chat over two months to two years, whatever its size; only 18 hours a day
        # are awake (see _advance), so the gaps cover three quarters of the span.
        span_days = min(730.0, max(60.0, messages / 150))
        self.mean_gap = 0.75 * span_days * DAY / messages
        self.day = START.toordinal() + rng.randrange(365)
        self.second = 9 * 3600 + rng.randrange(3600)
        self.media_counter = 0
        self._set_day()

    def _draw_authors(self) -> list[str]:
        """Pick contacts, phone numbers and (on iOS) '~' non-contacts; the first is the exporter."""
        rng = self.rng
        names = rng.sample(corpus.CONTACT_NAMES, 7)
        for layout in rng.sample(corpus.PHONE_FORMATS, 2):
            digits = {f"d{n}": f"{rng.randrange(10**n):0{n}d}" for n in (2, 3, 4, 5, 6, 8)}
            names.append(layout.format(d3b=f"{rng.randrange(1000):03d}", **digits))
        for push_name in rng.sample(corpus.PUSH_NAMES, 2):
            names.append(f"~{NNBSP}{push_name}" if self.ios else push_name)
        return names

    def write(self, out: TextIO) -> None:
        """Stream every line to `out`, flushing in bounded chunks."""
        write = out.write
        buffer: list[str] = []
        for index in range(self.messages):
            buffer.append(self._line(index))
            if len(buffer) >= FLUSH_EVERY:
                write("".join(buffer))
                buffer.clear()
        write("".join(buffer))

    def _line(self, index: int) -> str:
        """One message: header, body and any continuation lines, ending in a newline."""
        if index == 0:
            notice = corpus.E2E_NOTICE if self.ios else corpus.E2E_NOTICE + " Tap to learn more."
            return self._system(notice)
        self._advance()
        if index == 1:
            quoted = f"“{self.group}”" if self.ios else f'"{self.group}"'
            return self._system(f"{self.authors[0]} created group {quoted}")
        roll = self.rng.random()
        if roll < P_SYSTEM:
            return self._system(self._system_event())
        author = self._author()
        if roll < P_SYSTEM + P_DELETED:
            return self._deleted(author)
        roll -= P_SYSTEM + P_DELETED
        if roll < P_MEDIA:
            return self._header(author, self._media(), marked=True)
        roll -= P_MEDIA
        if roll < P_LINK:
            return self._header(author, self._link())
        roll -= P_LINK
        body = self._multiline() if roll < P_MULTILINE else self._text()
        if self.rng.random() < P_EDITED:
            body += f" {LRM}<This message was edited>" if self.ios else " <This message was edited>"
        return self._header(author, body)

    def _advance(self) -> None:
        """Move the clock on: quick replies within a conversation, long pauses between them."""
        rng = self.rng
        if rng.random() < 0.85:
            gap = rng.expovariate(1.0 / (0.1 * self.mean_gap))
        else:
            gap = rng.expovariate(1.0 / (6.1 * self.mean_gap))
        self.second += 1 + int(gap)
        if self.second >= DAY:
            self.day += self.second // DAY
            self.second %= DAY
            self._set_day()
        if 3600 <= self.second < 7 * 3600:  # nobody writes between 1am and 7am
            self.second = 7 * 3600 + rng.randrange(3600)

    def _set_day(self) -> None:
        """Format the date part of headers once per day, and reset Android's daily media counter."""
        day = date.fromordinal(self.day)
        if self.date_order == "DMY":
            self.date_text = f"{day.day:02d}/{day.month:02d}/{day.year}"
        elif self.date_order == "MDY":
            self.date_text = f"{day.month}/{day.day}/{day.year % 100:02d}"
        else:
            self.date_text = f"{day.year}-{day.month:02d}-{day.day:02d}"
        self.compact_date = f"{day.year}{day.month:02d}{day.day:02d}"
        self.dashed_date = f"{day.year}-{day.month:02d}-{day.day:02d}"
        if not self.ios:
            self.media_counter = 0

    def _stamp(self) -> str:
        """The date and time inside a header, e.g. '25/12/2023, 14:05' or '12/25/23, 2:05:33 PM'."""
        hour, rest = divmod(self.second, 3600)
        minute, second = divmod(rest, 60)
        seconds = f":{second:02d}" if self.ios else ""
        if self.twelve_hour:
            suffix = "AM" if hour < 12 else "PM"
            return f"{self.date_text}, {hour % 12 or 12}:{minute:02d}{seconds}{NNBSP}{suffix}"
        return f"{self.date_text}, {hour:02d}:{minute:02d}{seconds}"

    def _header(self, author: str, body: str, *, marked: bool = False) -> str:
        """A message line; iOS starts lines whose body begins with an LRM with one too."""
        if self.ios:
            lead = LRM if marked else ""
            return f"{lead}[{self._stamp()}] {author}: {body}\n"
        return f"{self._stamp()} - {author}: {body}\n"

    def _system(self, notice: str) -> str:
        """A WhatsApp notice: authorless on Android, attributed to the group on iOS."""
        if self.ios:
            return f"{LRM}[{self._stamp()}] {self.group}: {LRM}{notice}\n"
        return f"{self._stamp()} - {notice}\n"

    def _system_event(self) -> str:
        actor, other = self.rng.sample(self.authors, 2)
        if actor == self.authors[0]:
            actor = "You"
        return self.rng.choice(corpus.SYSTEM_EVENTS).format(actor=actor, other=other)

    def _author(self) -> str:
        """The sender: often the previous one again, otherwise drawn by activity."""
        if self.rng.random() >= P_SAME_AUTHOR:
            index = bisect.bisect(self.cumulative, self.rng.random())
            self.last_author = self.authors[min(index, len(self.authors) - 1)]
        return self.last_author

    def _deleted(self, author: str) -> str:
        own = author == self.authors[0]
        notice = "You deleted this message" if own else "This message was deleted"
        if self.ios:
            return self._header(author, f"{LRM}{notice}.", marked=True)
        return self._header(author, notice)

    def _media(self) -> str:
        """A media placeholder in the shape this platform uses with or without attached media."""
        rng = self.rng
        if rng.random() < 0.1:
            return self._document()
        word, prefix, tag, extension = rng.choice(MEDIA_KINDS)
        if not self.attached:
            return f"{LRM}{word} omitted" if self.ios else "<Media omitted>"
        self.media_counter += 1
        if self.ios:
            hour, rest = divmod(self.second, 3600)
            clock = f"{hour:02d}-{rest // 60:02d}-{rest % 60:02d}"
            name = f"{self.media_counter:08d}-{tag}-{self.dashed_date}-{clock}.{extension}"
            return f"{LRM}<attached: {name}>"
        name = f"{prefix}-{self.compact_date}-WA{self.media_counter:04d}.{extension}"
        return f"{name} (file attached)"

    def _document(self) -> str:
        name = self.rng.choice(corpus.DOCUMENT_NAMES)
        if not self.attached:
            if not self.ios:
                return "<Media omitted>"
            return f"{LRM}{name} • {LRM}{self.rng.randrange(1, 30)} pages {LRM}document omitted"
        self.media_counter += 1
        if self.ios:
            return f"{LRM}<attached: {self.media_counter:08d}-{name}>"
        return f"{name} (file attached)"

    def _link(self) -> str:
        rng = self.rng
        token = "".join(rng.choices(TOKEN_ALPHABET, k=11))
        return rng.choice(corpus.LINK_INTROS) + rng.choice(corpus.LINKS).format(token=token)

    def _text(self) -> str:
        rng = self.rng
        text = rng.choice(corpus.PHRASES)
        if rng.random() < 0.25:
            text += " " + rng.choice(corpus.EMOJI)
        return text

    def _multiline(self) -> str:
        rng = self.rng
        first = rng.choice(corpus.MULTILINE_OPENERS) if rng.random() < 0.5 else self._text()
        more = rng.sample(corpus.CONTINUATIONS, rng.randrange(1, 5))
        return "\n".join([first, *more])


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: `python -m benchmarks.generate_export OUT --messages N --style ios`."""
    parser = argparse.ArgumentParser(description="Write a synthetic WhatsApp chat export.")
    parser.add_argument("out", type=Path, help="the .txt file to write")
    parser.add_argument("--messages", type=int, required=True, help="number of messages")
    parser.add_argument("--style", choices=("android", "ios"), default="android")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--date-order", choices=("DMY", "MDY", "YMD"), default="DMY")
    parser.add_argument("--clock", choices=("24h", "12h"), default="24h")
    parser.add_argument("--media", choices=("omitted", "attached"), default="omitted")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate_export(
        args.out,
        args.messages,
        style=args.style,
        seed=args.seed,
        date_order=args.date_order,
        clock=args.clock,
        media=args.media,
    )
    elapsed = time.perf_counter() - started
    size_mb = args.out.stat().st_size / 1e6
    print(f"wrote {args.messages:,} messages ({size_mb:.1f} MB) to {args.out} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
