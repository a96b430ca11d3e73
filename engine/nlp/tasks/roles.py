"""Who may close a task: its doer, its asker, anyone when it was asked of everyone; and what
a chat remembers while it is read (members, reports on tasks asked of everyone)."""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.nlp.lexicon import normalise
from engine.nlp.tasks.affinity import Profile, forget, profile, source_text
from engine.nlp.tasks.links import COMPLETION_WINDOW, MAX_CANDIDATES
from engine.nlp.tasks.model import ChatMessage, ExtractedTask, Status
from engine.nlp.tasks.replies import REPORT, Reading


@dataclass(slots=True)
class ChatState:
    """What the closing rules remember across one chat: its members, who has reported on
    each task asked of everyone, and the message before."""

    members: frozenset[str]
    names: frozenset[str]
    """Stems of the members' names, which never identify a task."""
    reported: dict[int, set[str]] = field(default_factory=dict)
    last_report: tuple[int, ExtractedTask] | None = None
    last_closed: int = -1
    """Index of the last message that reported work done."""
    heard: tuple[str | None, str] = (None, "")
    """Author and text of the message before."""
    by_stem: dict[str, list[ExtractedTask]] = field(default_factory=dict)
    """Tasks by the stems they are about, so a message is matched only with tasks it names."""
    seen: set[int] = field(default_factory=set)

    def index(self, tasks: list[ExtractedTask]) -> None:
        """Add the tasks not indexed yet (new tasks are appended last)."""
        for task in reversed(tasks):
            if id(task) in self.seen:
                break
            self.seen.add(id(task))
            for stem in profile(task).words:
                self.by_stem.setdefault(stem, []).append(task)

    def named_by(self, words: frozenset[str], message: ChatMessage) -> list[ExtractedTask]:
        """The open tasks sharing a stem with `words`, most recent first, as many as
        `_open_before` would offer."""
        found: dict[int, ExtractedTask] = {}
        cutoff = message.timestamp - COMPLETION_WINDOW
        for stem in words:
            listed = self.by_stem.get(stem)
            if not listed:
                continue
            # Closed and old tasks leave the index as they are met.
            kept = [t for t in listed if t.status == "open" and t.source.timestamp >= cutoff]
            if len(kept) < len(listed):
                self.by_stem[stem] = kept
            for task in kept:
                found[id(task)] = task
        recent = [t for t in found.values() if t.source.index < message.index]
        recent.sort(key=lambda t: t.source.index, reverse=True)
        return recent[:MAX_CANDIDATES]

    @classmethod
    def of(cls, participants: list[str]) -> ChatState:
        """The state of a chat among `participants` (authors as written)."""
        forget()
        parts = {part.lower()[:4] for name in participants for part in name.split()}
        return cls(frozenset(participants), frozenset(p for p in parts if len(p) >= 3))


def person(author: str | None) -> frozenset[str]:
    """Stems of an author's name parts."""
    return frozenset(part.lower()[:4] for part in (author or "").split())


def doer(task: ExtractedTask, author: str | None, about: Profile | None = None) -> int:
    """3: the one who must do it; 2: anyone may, and it was someone else's ask; 1: the asker's
    own open ask; -2: someone else must."""
    about = about or profile(task)
    if about.everyone or (about.kin and task.kind != "commitment" and not _named_in(task)):
        # Everyone, or 'papà'/'Maman'/'Pa' whom the chat does not name: anyone but the asker.
        return 2 if task.source.author != author else 1
    if task.assignee is not None:
        return 3 if task.assignee == author else -2
    if task.kind == "commitment":
        return 3 if task.source.author == author else -2
    return 2 if task.source.author != author else 1


def _named_in(task: ExtractedTask) -> bool:
    """Whether the task's message names its assignee ('Bu Wati, ...'), not only 'Bu'."""
    if task.assignee is None:
        return False
    return task.assignee.split()[0].lower() in normalise(source_text(task))


def receiver(task: ExtractedTask, author: str | None, state: ChatState) -> bool:
    """Whether `author` asked for the task (or, in a chat of two, was promised it) and someone
    else does it."""
    if task.kind == "commitment":
        return len(state.members) == 2 and task.source.author != author
    return task.source.author == author and task.assignee != author


def close(task: ExtractedTask, status: Status, message: ChatMessage) -> ExtractedTask:
    """Mark `task` done or cancelled by `message`."""
    task.status = status
    task.completed_by = message
    return task


def everyone_done(
    task: ExtractedTask, message: ChatMessage, reading: Reading, state: ChatState
) -> ExtractedTask | None:
    """A report on a task asked of everyone: done when every member has reported, or when
    someone says all have ('tout le monde a payé')."""
    if reading.everyone and reading.level >= REPORT:
        return close(task, "done", message)
    done = state.reported.setdefault(id(task), set())
    if message.author is not None:
        done.add(message.author)
    state.last_report = (message.index, task)
    if not state.members - done - {task.source.author}:
        return close(task, "done", message)
    return None


def me_too(message: ChatMessage, reading: Reading, state: ChatState) -> ExtractedTask | None:
    """'me too' right after a report on a task asked of everyone reports the same."""
    if state.last_report is None:
        return None
    index, task = state.last_report
    if message.index - index > 2 or task.status != "open":
        return None
    return everyone_done(task, message, reading, state)
