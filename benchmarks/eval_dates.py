"""Score `engine.nlp.dates.find_dates` and a dateparser baseline on the shared date/time corpora.

Usage: ``python benchmarks/eval_dates.py [--corpus DIR] [--require PLATFORM] [--show-failures N]``

Corpora: ``<corpus>/{en,en-GB,es,pt,hi}.jsonl`` (Recognizers-Text DateTimeModel specs, see the
corpus README) and ``tasks-public/xsid-reminders.jsonl`` (``due_text`` spans in en/de/it/id).

Scoring rules (the "fair evaluation" of the corpus README), per expected expression ``e``:

* ``e`` is *scorable* unless it is ``unresolved``, a ``set``, a ``timezone``, or carries no value
  and no range bound at all (e.g. "fiscal year" with range ``[null, null]``).
* ``e`` is *correct* when at least one of our mentions overlaps ``[e.start, e.end)`` and that
  mention's ``value`` satisfies the rule for ``e``'s shape:
  - point with a date (``date``/``datetime``): our day equals the day of ``e.value``. If ``e`` has
    a time, ours must have a time equal to the time of one of ``e.values`` that fall on that
    day (either reading of an ambiguous hour). A time of ours is ignored for a date-only ``e``.
  - time only (``time``): ours must carry a time, equal to the time of one of ``e.values``.
  - closed range ``[s, t)``: our value lies in it (``s <= v < t``, or ``v == s``); day ranges
    compare our day, date-time ranges need our time unless the range spans at least a whole
    day, time ranges compare our time of day (wrapping past midnight). As for points, either
    reading of ambiguous hours counts: RT lists them in ``ranges`` ("Monday 3-8" = 03:00-08:00
    or 15:00-20:00); for a date-time range only the readings on the expected day count.
  - open range (one bound ``null``, ``mod`` before/after/since/until/...): our day equals the
    bound's day; for a time range our time of day equals the bound's time.
  - ``duration``: our value equals ``reference + duration`` (to the minute when the duration
    has a time part, else by day). Unparsable durations (e.g. ``P3WE``) are not scorable.
* Per-case accuracy: a case with scorable expressions is right when all of them are correct; a
  case with ``expect: []`` is right when we return no mention at all. Cases whose expressions are
  all unscorable are left out of the per-case score.
* "spurious" counts mentions overlapping no expected expression (scorable or not): a precision
  signal, not part of the accuracy.
* References are naive in the corpus: they are read as UTC; a ``null`` reference means
  2016-11-07T00:00:00 (the corpus README). Our aware values are compared after dropping tzinfo.
* The dateparser baseline is ``dateparser.search.search_dates(text, languages=[lang],
  settings={RELATIVE_BASE: reference, PREFER_DATES_FROM: 'future'})``; its matched strings are
  located left to right in the text to get offsets; its values always carry a time, so a
  date-only expectation compares the day only (the same rule as ours).

xsid: for every utterance with a ``due_text``, the share whose span (located in ``text`` with
flexible spacing) is overlapped by a mention with a value.

Output: a table on stdout and ``benchmarks/results/dates.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.nlp.dates import find_dates  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/datetime")
XSID = Path("/work/shared/corpus/tasks-public/xsid-reminders.jsonl")
FILES = ["en", "en-GB", "es", "pt", "hi"]
LANG_FOR_DATEPARSER = {"en": "en", "en-GB": "en", "es": "es", "pt": "pt", "hi": "hi"}
NULL_REFERENCE = datetime(2016, 11, 7)
UNSCORABLE_TYPES = {"set", "timezone"}


@dataclass(frozen=True)
class Found:
    """One mention from any system, normalised for scoring."""

    start: int
    end: int
    value: date | datetime | None


Finder = Callable[[str, datetime, str], list[Found]]


def ours(text: str, reference: datetime, lang: str) -> list[Found]:
    """Run ChatTasks' finder."""
    out = []
    for m in find_dates(text, reference.replace(tzinfo=UTC), lang):
        value = m.value
        if isinstance(value, datetime):
            value = value.replace(tzinfo=None)
        out.append(Found(m.start, m.end, value))
    return out


def make_dateparser() -> Finder:
    """Build the dateparser baseline finder (imported lazily: it is slow to import)."""
    from dateparser.search import search_dates

    def run(text: str, reference: datetime, lang: str) -> list[Found]:
        settings = {"RELATIVE_BASE": reference, "PREFER_DATES_FROM": "future"}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                hits = search_dates(
                    text, languages=[LANG_FOR_DATEPARSER.get(lang, lang)], settings=settings
                )
            except Exception:  # the baseline is scored as it is, crashes = nothing found
                hits = None
        out: list[Found] = []
        pos = 0
        for sub, value in hits or []:
            i = text.find(sub, pos)
            if i < 0:
                i = text.find(sub)
            if i < 0:
                continue
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            out.append(Found(i, i + len(sub), value))
            pos = i + len(sub)
        return out

    return run


# ---------------------------------------------------------------- expected values


def _parse_point(s: str) -> datetime | date:
    return datetime.fromisoformat(s) if "T" in s else date.fromisoformat(s)


def _parse_time(s: str) -> tuple[int, int, int]:
    h, m, sec = s.split(":")
    return int(h), int(m), int(float(sec))


_DURATION = re.compile(
    r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<MO>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<MI>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?$"
)


def _add_duration(ref: datetime, iso: str) -> tuple[datetime, bool] | None:
    """Return (reference + duration, has_time_part) or None when not parsable."""
    m = _DURATION.match(iso)
    if not m or iso in ("P", "PT"):
        return None
    g = {k: float(v) for k, v in m.groupdict().items() if v}
    months = g.get("Y", 0) * 12 + g.get("MO", 0)
    whole = int(months)
    y, mo = divmod(ref.month - 1 + whole, 12)
    day = min(
        ref.day,
        [31, 29 if (ref.year + y) % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo],
    )
    out = ref.replace(year=ref.year + y, month=mo + 1, day=day)
    out += timedelta(
        days=(months - whole) * 30 + g.get("W", 0) * 7 + g.get("D", 0),
        hours=g.get("H", 0),
        minutes=g.get("MI", 0),
        seconds=g.get("S", 0),
    )
    return out, any(k in g for k in ("H", "MI", "S"))


def scorable(e: dict[str, Any]) -> bool:
    """Whether an expected expression takes part in resolution scoring."""
    if e.get("unresolved") or e["type"] in UNSCORABLE_TYPES:
        return False
    if e["type"] == "duration":
        return bool(e.get("value")) and _add_duration(NULL_REFERENCE, e["value"]) is not None
    if e.get("range"):
        return any(e["range"])
    return bool(e.get("value"))


def _day(v: date | datetime) -> date:
    return v.date() if isinstance(v, datetime) else v


def _tod(v: datetime) -> tuple[int, int, int]:
    return v.hour, v.minute, v.second


def _readings(e: dict[str, Any]) -> list[list[str | None]]:
    """The expected range plus RT's other readings of its hours ("3-8" = 03-08 or 15-20).

    Other readings count for time ranges, and for date-time ranges only on the expected
    day: RT's past/future candidates on other days stay wrong, as for points.
    """
    rng: list[str | None] = e["range"]
    out = [rng]
    day = (rng[0] or rng[1] or "")[:10]
    for alt in e.get("ranges") or []:
        if alt == rng or len(alt) != 2:
            continue
        if e["type"] == "timerange" or (
            e["type"] == "datetimerange" and (alt[0] or alt[1] or "")[:10] == day
        ):
            out.append(alt)
    return out


def _range_ok(t: str, rng: list[str | None], v: date | datetime, has_time: bool) -> bool:
    """Whether our value fits one reading of an expected range."""
    lo, hi = rng
    if t == "timerange":
        if not has_time:
            return False
        tod = _tod(v)  # type: ignore[arg-type]
        if lo is None or hi is None:
            return tod == _parse_time(lo or hi or "")
        a, b = _parse_time(lo), _parse_time(hi)
        if a <= b:
            return a <= tod < b or tod == a
        return tod >= a or tod < b
    if lo is None or hi is None:
        return _day(v) == _day(_parse_point(lo or hi or ""))
    a, b = _parse_point(lo), _parse_point(hi)
    if isinstance(a, datetime) and isinstance(b, datetime):
        if has_time:
            return a <= v < b or v == a  # type: ignore[operator]
        return (b - a) >= timedelta(days=1) and a.date() <= v <= b.date()
    return _day(a) <= _day(v) < _day(b) or _day(v) == _day(a)


def value_ok(e: dict[str, Any], v: date | datetime | None, ref: datetime) -> bool:
    """Apply the fair rules of the module docstring to one (expected, our value) pair."""
    if v is None:
        return False
    has_time = isinstance(v, datetime)
    t = e["type"]
    if t == "duration":
        target, timed = _add_duration(ref, e["value"]) or (None, False)
        if target is None:
            return False
        if timed:
            return has_time and abs((v - target).total_seconds()) < 60  # type: ignore[operator]
        return _day(v) == target.date()
    rng = e.get("range")
    if rng and any(rng):
        return any(_range_ok(t, r, v, has_time) for r in _readings(e))
    value = e.get("value")
    if not value:
        return False
    if t == "time":
        if not has_time:
            return False
        return _tod(v) in {_parse_time(x) for x in (e.get("values") or [value])}  # type: ignore[arg-type]
    p = _parse_point(value)
    if _day(v) != _day(p):
        return False
    if isinstance(p, datetime):
        if not has_time:
            return False
        times = {
            _tod(x)
            for x in map(_parse_point, e.get("values") or [value])
            if isinstance(x, datetime) and x.date() == p.date()
        } | {_tod(p)}
        return _tod(v) in times  # type: ignore[arg-type]
    return True


# ---------------------------------------------------------------- scoring


def load(path: Path, require: str | None) -> list[dict[str, Any]]:
    """Read one jsonl corpus file, optionally keeping cases a platform runs."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if require:
        rows = [r for r in rows if require in r.get("supported", [])]
    return rows


def score(
    rows: list[dict[str, Any]], finder: Finder, lang: str, failures: list[str] | None = None
) -> dict[str, Any]:
    """Score one system on one corpus file."""
    ok_expr = n_expr = ok_case = n_case = spurious = 0
    t0 = time.perf_counter()
    outputs = [finder(r["text"], _ref(r), lang) for r in rows]
    elapsed = time.perf_counter() - t0
    for r, found in zip(rows, outputs, strict=True):
        ref = _ref(r)
        expect = r["expect"]
        spans = [(e["start"], e["end"]) for e in expect]
        spurious += sum(1 for f in found if not any(f.start < b and a < f.end for a, b in spans))
        if not expect:
            n_case += 1
            ok_case += not found
            if found and failures is not None:
                failures.append(f"FP  {r['text']!r} -> {_show(r['text'], found)}")
            continue
        exprs = [e for e in expect if scorable(e)]
        if not exprs:
            continue
        all_ok = True
        for e in exprs:
            hit = any(
                f.start < e["end"] and e["start"] < f.end and value_ok(e, f.value, ref)
                for f in found
            )
            n_expr += 1
            ok_expr += hit
            all_ok &= hit
            if not hit and failures is not None:
                want = e.get("value") or e.get("range")
                failures.append(
                    f"MISS {r['text']!r} [{e['text']!r} {e['type']} {want} "
                    f"{e.get('mod')}] ref={r['reference']} got {_show(r['text'], found)}"
                )
        n_case += 1
        ok_case += all_ok
    return {
        "expressions": n_expr,
        "expr_correct": ok_expr,
        "expr_accuracy": round(ok_expr / n_expr, 4) if n_expr else None,
        "cases": n_case,
        "case_correct": ok_case,
        "case_accuracy": round(ok_case / n_case, 4) if n_case else None,
        "spurious_mentions": spurious,
        "cases_per_s": round(len(rows) / elapsed, 1) if elapsed else None,
    }


def _ref(r: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(r["reference"]) if r.get("reference") else NULL_REFERENCE


def _show(text: str, found: Iterable[Found]) -> str:
    return ", ".join(f"{text[f.start : f.end]!r}={f.value}" for f in found) or "nothing"


def _flex(span: str) -> re.Pattern[str]:
    return re.compile(r"\s*".join(re.escape(c) for c in span.replace(" ", "")), re.IGNORECASE)


def xsid(finder: Finder, path: Path) -> dict[str, Any]:
    """Share of xsid due_text spans found and resolved, per language."""
    ref = datetime(2026, 3, 11, 10, 0)
    per: dict[str, list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if not r.get("due_text"):
            continue
        m = _flex(r["due_text"]).search(r["text"])
        if not m:
            continue
        found = finder(r["text"], ref, r["lang"])
        hit = any(f.start < m.end() and m.start() < f.end and f.value is not None for f in found)
        c = per.setdefault(r["lang"], [0, 0])
        c[0] += hit
        c[1] += 1
    return {
        lang: {"found": a, "spans": b, "coverage": round(a / b, 4)}
        for lang, (a, b) in sorted(per.items())
    }


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--require", help="keep only cases this platform runs (e.g. python)")
    ap.add_argument("--show-failures", type=int, default=0, metavar="N")
    ap.add_argument("--only", help="comma list of files to run (e.g. en,es)")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    baseline = None if args.no_baseline else make_dateparser()
    results: dict[str, Any] = {"files": {}, "xsid": {}}
    files = args.only.split(",") if args.only else FILES
    for name in files:
        path = args.corpus / f"{name}.jsonl"
        if not path.exists():
            continue
        rows = load(path, args.require)
        fails: list[str] = []
        entry = {"ours": score(rows, ours, name, fails)}
        if baseline:
            entry["dateparser"] = score(rows, baseline, name)
        results["files"][name] = entry
        for f in fails[: args.show_failures]:
            print(f"[{name}] {f}")
    if XSID.exists() and not args.only:
        results["xsid"]["ours"] = xsid(ours, XSID)
        if baseline:
            results["xsid"]["dateparser"] = xsid(baseline, XSID)
    _print(results)
    out = ROOT / "benchmarks" / "results" / "dates.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _print(results: dict[str, Any]) -> None:
    head = (
        f"{'file':6} {'system':10} {'expr acc':>14} {'case acc':>14} {'spurious':>8} {'cases/s':>9}"
    )
    print(head)
    print("-" * len(head))
    for name, entry in results["files"].items():
        for system, s in entry.items():
            e = f"{s['expr_accuracy']:.1%} {s['expr_correct']}/{s['expressions']}"
            c = f"{s['case_accuracy']:.1%} {s['case_correct']}/{s['cases']}"
            print(
                f"{name:6} {system:10} {e:>14} {c:>14} {s['spurious_mentions']:>8} "
                f"{s['cases_per_s']:>9}"
            )
    for system, per in results["xsid"].items():
        cells = ", ".join(
            f"{k} {v['coverage']:.1%} ({v['found']}/{v['spans']})" for k, v in per.items()
        )
        print(f"xsid due_text {system}: {cells}")


if __name__ == "__main__":
    main()
