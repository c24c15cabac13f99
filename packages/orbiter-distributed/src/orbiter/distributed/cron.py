"""Cron expressions: parsing, and the next time one fires in a timezone.

Five fields, ``minute hour day-of-month month day-of-week``, or six with a leading ``second``
field (``*/1 * * * * *`` fires every second). Each field is ``*``, a value, a range ``a-b``, a
step ``*/n``, ``a-b/n`` or ``a/n``, or a comma-separated list of those; months and weekdays take
names too (``jan``..``dec``, ``sun``..``sat``; 0 and 7 are both Sunday). ``@yearly``
(``@annually``), ``@monthly``, ``@weekly``, ``@daily`` (``@midnight``) and ``@hourly`` stand for
the usual expressions. As in classic cron, when both the day-of-month and the day-of-week are
restricted (neither starts with ``*``) a day matches if either does.

Times are wall-clock times in the schedule's timezone (:mod:`zoneinfo`). Across daylight-saving
changes: a time that does not exist (skipped by a spring-forward jump) fires at the same instant
it would have without the jump (02:30 in a gap from 02:00 to 03:00 fires at 03:30 new time),
unless that instant is already a tick; a time that happens twice (fall-back) fires once, at its
first occurrence.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from orbiter.errors import ConfigurationError

ALIASES = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
# name, lowest, highest, names (numbered from ``lowest``)
_FIELDS = {
    "second": (0, 59, ()),
    "minute": (0, 59, ()),
    "hour": (0, 23, ()),
    "day-of-month": (1, 31, ()),
    "month": (1, 12, MONTHS),
    "day-of-week": (0, 7, WEEKDAYS),
}
_FORM = (
    "expected 5 fields 'minute hour day-of-month month day-of-week' (or 6, with a leading "
    "second), e.g. '*/5 * * * *', or an alias such as @hourly or @daily"
)
_SEARCH_YEARS = 10
"""How far ahead a next time is looked for (Feb 29 recurs within 8 years)."""


class CronError(ConfigurationError):
    """A cron expression that cannot be parsed, or a timezone that is not known."""


def zone(name: str) -> ZoneInfo:
    """The timezone named ``name`` (IANA, like ``Europe/Lisbon`` or ``UTC``), or CronError."""
    if not isinstance(name, str) or not name.strip():
        raise CronError(f"a timezone is an IANA name like 'Europe/Lisbon' or 'UTC', got {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CronError(
            f"unknown timezone {name!r}: use an IANA name like 'Europe/Lisbon', "
            "'America/New_York' or 'UTC' (the system's tz database, or the tzdata package)"
        ) from None


def _value(text: str, field: str) -> int:
    low, high, names = _FIELDS[field]
    lowered = text.lower()
    if lowered in names:
        return names.index(lowered) + (1 if field == "month" else 0)
    if not text.isdigit():
        named = f" or a name ({', '.join(names)})" if names else ""
        raise ValueError(f"{text!r} is not a number{named}")
    number = int(text)
    if not low <= number <= high:
        raise ValueError(f"{number} is out of range {low}-{high}")
    return number


def _part(part: str, field: str) -> set[int]:
    low, high, _ = _FIELDS[field]
    spec, slash, step_text = part.partition("/")
    step = 1
    if slash:
        if not step_text.isdigit() or int(step_text) == 0:
            raise ValueError(f"step {step_text!r} in {part!r} is not a positive whole number")
        step = int(step_text)
    if spec == "*":
        first, last = low, high
    elif "-" in spec:
        a, _, b = spec.partition("-")
        first, last = _value(a, field), _value(b, field)
        if first > last:
            raise ValueError(f"range {spec!r} runs backwards")
    else:
        first = _value(spec, field)
        last = high if slash else first  # 'a/n' means from a to the end, every n
    return set(range(first, last + 1, step))


def _field(text: str, field: str) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        if not part:
            raise ValueError(f"empty item in {text!r}")
        values |= _part(part, field)
    if field == "day-of-week" and 7 in values:
        values = (values - {7}) | {0}
    return frozenset(values)


@dataclass(frozen=True, slots=True)
class Cron:
    """A parsed cron expression; :meth:`next_after` says when it fires next."""

    expression: str
    seconds: frozenset[int]
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday
    any_day: bool  # day-of-month is '*...': only the weekday restricts the day
    any_weekday: bool

    @classmethod
    def parse(cls, expression: str) -> Cron:
        """Parse ``expression``; CronError naming the field and what is wrong with it."""
        if not isinstance(expression, str):
            raise CronError(f"a cron expression is a string, got {type(expression).__name__}")
        text = ALIASES.get(expression.strip().lower(), expression)
        if text.strip().startswith("@"):
            raise CronError(
                f"unknown cron alias {expression.strip()!r}: use one of {', '.join(ALIASES)}"
            )
        parts = text.split()
        if len(parts) == 5:
            parts = ["0", *parts]
        elif len(parts) != 6:
            raise CronError(f"cron expression {expression!r} has {len(parts)} fields: {_FORM}")
        parsed: list[frozenset[int]] = []
        for name, part in zip(_FIELDS, parts, strict=True):
            try:
                parsed.append(_field(part, name))
            except ValueError as exc:
                raise CronError(
                    f"cron expression {expression!r}: {name} field {part!r}: {exc}"
                ) from None
        seconds, minutes, hours, days, months, weekdays = parsed
        cron = cls(
            expression,
            seconds,
            minutes,
            hours,
            days,
            months,
            weekdays,
            any_day=parts[3].startswith("*"),
            any_weekday=parts[5].startswith("*"),
        )
        cron._check_days_exist()
        return cron

    def _check_days_exist(self) -> None:
        if not self.any_weekday and not self.any_day:
            return  # either matching is enough, and weekdays always come round
        if self.any_day:
            return
        longest = max(calendar.monthrange(2024, m)[1] for m in self.months)  # a leap year
        if min(self.days) > longest:
            raise CronError(
                f"cron expression {self.expression!r} never fires: day {min(self.days)} does "
                f"not occur in month(s) {', '.join(str(m) for m in sorted(self.months))}"
            )

    def _day_matches(self, t: datetime) -> bool:
        day_ok = t.day in self.days
        weekday_ok = (t.isoweekday() % 7) in self.weekdays
        if self.any_day or self.any_weekday:
            return day_ok and weekday_ok
        return day_ok or weekday_ok

    def _next_wall(self, t: datetime) -> datetime:
        """The first naive wall-clock time at or after ``t`` that matches."""
        limit = t.year + _SEARCH_YEARS
        while t.year <= limit:
            if t.month not in self.months:
                later = [m for m in sorted(self.months) if m > t.month]
                t = datetime(t.year, later[0], 1) if later else datetime(t.year + 1, 1, 1)
            elif not self._day_matches(t):
                t = datetime(t.year, t.month, t.day) + timedelta(days=1)
            elif t.hour not in self.hours:
                day = datetime(t.year, t.month, t.day)
                t = _jump(day, self.hours, t.hour, timedelta(hours=1), timedelta(days=1))
            elif t.minute not in self.minutes:
                hour = datetime(t.year, t.month, t.day, t.hour)
                t = _jump(hour, self.minutes, t.minute, timedelta(minutes=1), timedelta(hours=1))
            elif t.second not in self.seconds:
                minute = t.replace(second=0)
                t = _jump(
                    minute, self.seconds, t.second, timedelta(seconds=1), timedelta(minutes=1)
                )
            else:
                return t
        raise CronError(f"cron expression {self.expression!r} never fires")

    def next_after(self, after: float, tz: ZoneInfo) -> float:
        """The first time (Unix seconds) strictly after ``after`` that matches, in ``tz``."""
        local = datetime.fromtimestamp(after, tz)
        wall = local.replace(tzinfo=None, microsecond=0) + timedelta(seconds=1)
        while True:
            wall = self._next_wall(wall)
            # fold=0: a time in a gap maps forward past it, an ambiguous one to its first
            # occurrence. Compared as timestamps: same-zone datetimes compare by wall clock.
            when = wall.replace(tzinfo=tz).timestamp()
            if when > after:
                return when
            wall += timedelta(seconds=1)


def _jump(
    base: datetime, allowed: frozenset[int], current: int, unit: timedelta, carry: timedelta
) -> datetime:
    """The next allowed value of a unit after ``current``: ``base`` (the time cut to the next
    larger unit) plus that many ``unit``s, or ``base + carry`` when none is left."""
    later = [v for v in sorted(allowed) if v > current]
    return base + unit * later[0] if later else base + carry
