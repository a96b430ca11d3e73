"""Open a WhatsApp export and stream its messages: the entry point of `engine.ingest`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

from engine.ingest.model import DateOrder, ExportInfo, ParsedMessage
from engine.ingest.parser import ExportProfile, iter_batches, profile_export
from engine.ingest.source import ExportSource, locate_export

Progress = Callable[[int, int], None]
"""Called with (characters read, total size) while a long export is read."""

PROGRESS_EVERY = 20_000
_AUTHOR = itemgetter(2)


class ExportReader:
    """One export opened for reading; `messages()` may be iterated more than once."""

    def __init__(self, source: ExportSource, date_order: DateOrder | None) -> None:
        self.source = source
        self._override = date_order
        self._profile: ExportProfile | None = None
        self.info = ExportInfo(
            path=str(source.path),
            chat_name=source.chat_name,
            text_member=source.text_member,
            media=dict(source.media),
            bytes_total=source.size,
        )

    def profile(self) -> ExportProfile:
        """Run the first pass now: raises ExportFormatError before anything is stored."""
        if self._profile is None:
            self._profile = profile_export(self.source.chunks(), self._override, self.source.label)
            self.info.date_order = _main_order(self._profile.orders)
        return self._profile

    def messages(self, progress: Progress | None = None) -> Iterator[ParsedMessage]:
        """Every message in file order; the first pass settles the date order."""
        profile = self.profile()
        position = [0]
        chunks = self.source.chunks(position)
        info = self.info
        info.messages = 0
        info.authors = {}
        info.system_messages = 0
        info.replaced_lines = []
        total = max(self.source.size, 1)
        counts: Counter[str | None] = Counter()
        for batch in iter_batches(_watch(chunks, info.replaced_lines), profile):
            # Counted a batch at a time at C speed: the consumer sees each batch whole.
            counts.update(map(_AUTHOR, batch))
            before = info.messages
            info.messages += len(batch)
            info.system_messages = counts[None]
            info.authors = {name: n for name, n in counts.items() if name is not None}
            if progress is not None and info.messages // PROGRESS_EVERY > before // PROGRESS_EVERY:
                progress(min(position[0], total), total)
            yield from batch
        if progress is not None:
            progress(total, total)


def _watch(chunks: Iterator[str], replaced: list[int]) -> Iterator[str]:
    """Pass chunks through, noting the lines where undecodable bytes were replaced."""
    lines_before = 0
    for chunk in chunks:
        if "\ufffd" in chunk:
            for offset, line in enumerate(chunk.split("\n")):
                if "\ufffd" in line:
                    replaced.append(lines_before + offset + 1)
        lines_before += chunk.count("\n")
        yield chunk


def _main_order(orders: dict[tuple[str, int | None], DateOrder]) -> DateOrder | None:
    values = list(orders.values())
    if not values:
        return None
    return max(sorted(set(values)), key=values.count)


@contextmanager
def open_export(
    path: str | Path, *, date_order: DateOrder | None = None, chat_name: str | None = None
) -> Iterator[ExportReader]:
    """Open a .txt, .zip or folder export; `date_order` overrides the inferred order."""
    source = locate_export(Path(path))
    if chat_name:
        source.chat_name = chat_name
    yield ExportReader(source, date_order)
