"""Decide the day/month/year order of an export's dates from all of its headers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from engine.ingest.model import DateOrder

# Candidate orders per position of the 4-digit year; the first one is the tie-breaking prior.
_CANDIDATES: dict[int | None, tuple[DateOrder, ...]] = {
    0: ("YMD", "YDM"),
    1: ("MYD",),
    2: ("DMY", "MDY"),
    None: ("DMY", "MDY", "YMD"),
}
_DAY_POSITION: dict[str, int] = {
    order: order.index("D") for order in ("DMY", "MDY", "YMD", "YDM", "MYD")
}
FIRST_YEAR = 2009  # WhatsApp did not exist before; earlier readings are wrong orders.

ShapeKey = tuple[str, int | None]
"""(date separator, position of a 4-digit year or None when every field has 1-2 digits)."""


def shape_of(fields: tuple[int, int, int], widths: tuple[int, int, int], sep: str) -> ShapeKey:
    """The shape key grouping headers that share a date layout."""
    year_pos = next((i for i, width in enumerate(widths) if width == 4), None)
    return sep, year_pos


def to_date(fields: tuple[int, int, int], order: str) -> date | None:
    """The calendar date the fields mean under `order`, or None if impossible."""
    values = dict(zip(order, fields, strict=True))
    year = values["Y"]
    if year < 100:
        year += 2000
    try:
        result = date(year, values["M"], values["D"])
    except ValueError:
        return None
    if result.year < FIRST_YEAR:
        return None
    return result


@dataclass(slots=True)
class _ShapeEvidence:
    candidates: tuple[DateOrder, ...]
    invalid: dict[str, int] = field(default_factory=dict)
    backwards: dict[str, int] = field(default_factory=dict)
    changes: list[int] = field(default_factory=lambda: [0, 0, 0])
    last_fields: tuple[int, int, int] | None = None
    last_dates: dict[str, date] = field(default_factory=dict)
    seen: int = 0
    us_style: int = 0

    def add(self, fields: tuple[int, int, int], us_style: bool = False) -> None:
        if fields == self.last_fields:
            return
        self.seen += 1
        self.us_style += us_style
        if self.last_fields is not None:
            for i in range(3):
                if fields[i] != self.last_fields[i]:
                    self.changes[i] += 1
        self.last_fields = fields
        for order in self.candidates:
            day = to_date(fields, order)
            if day is None:
                self.invalid[order] = self.invalid.get(order, 0) + 1
                continue
            previous = self.last_dates.get(order)
            if previous is not None and day < previous:
                self.backwards[order] = self.backwards.get(order, 0) + 1
            self.last_dates[order] = day

    def settled(self) -> bool:
        """True once every candidate but one has been proven impossible."""
        return (
            len(self.candidates) == 1
            or sum(1 for order in self.candidates if self.invalid.get(order, 0) == 0) <= 1
        )

    def decide(self, prior: tuple[DateOrder, ...]) -> DateOrder:
        pool = list(self.candidates)
        fewest_invalid = min(self.invalid.get(order, 0) for order in pool)
        pool = [order for order in pool if self.invalid.get(order, 0) == fewest_invalid]
        fewest_backwards = min(self.backwards.get(order, 0) for order in pool)
        pool = [order for order in pool if self.backwards.get(order, 0) == fewest_backwards]
        most_day_changes = max(self.changes[_DAY_POSITION[order]] for order in pool)
        by_changes = [o for o in pool if self.changes[_DAY_POSITION[o]] == most_day_changes]
        if len(by_changes) < len(pool) and self.seen > 2:
            pool = by_changes
        if self.us_style * 2 > self.seen:
            prior = ("MDY", *prior)
        ranked = sorted(pool, key=lambda o: prior.index(o) if o in prior else len(prior))
        return ranked[0]


@dataclass(slots=True)
class DateOrderEvidence:
    """Evidence about date order gathered from headers, per date shape, in bounded memory."""

    shapes: dict[ShapeKey, _ShapeEvidence] = field(default_factory=dict)

    def add(self, fields: tuple[int, int, int], shape: ShapeKey, us_style: bool = False) -> None:
        """Record one header's date fields; `us_style` marks an en-US looking header."""
        evidence = self.shapes.get(shape)
        if evidence is None:
            evidence = self.shapes[shape] = _ShapeEvidence(_CANDIDATES[shape[1]])
        evidence.add(fields, us_style)

    def settled(self) -> bool:
        """True when no further header could change any decision by validity alone."""
        return all(evidence.settled() for evidence in self.shapes.values())

    def decide(self, override: DateOrder | None = None) -> dict[ShapeKey, DateOrder]:
        """The order chosen for each shape; `override` wins wherever it fits the shape."""
        prior: tuple[DateOrder, ...] = ("DMY", "MDY", "YMD", "YDM", "MYD")
        decisions: dict[ShapeKey, DateOrder] = {}
        for shape, evidence in self.shapes.items():
            if override is not None and override in evidence.candidates:
                decisions[shape] = override
            else:
                decisions[shape] = evidence.decide(prior)
        return decisions


def looks_us(widths: tuple[int, int, int], sep: str, marker: str | None) -> bool:
    """en-US writes 'M/d/yy, h:mm PM': unpadded, slashes, two-digit year, upper-case AM/PM.

    Only used to break ties when no date in the file tells day from month; the other
    English locales pad the day and month and write 'am'/'pm' in lower case.
    """
    return (
        sep == "/"
        and widths[2] == 2
        and (widths[0] == 1 or widths[1] == 1)
        and marker is not None
        and marker.strip().upper() in ("AM", "PM")
        and marker.strip().isupper()
    )


def default_order(shape: ShapeKey, override: DateOrder | None = None) -> DateOrder:
    """Order for a shape that no evidence was gathered for."""
    candidates = _CANDIDATES[shape[1]]
    if override is not None and override in candidates:
        return override
    return candidates[0]
