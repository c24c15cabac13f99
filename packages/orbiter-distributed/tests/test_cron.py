"""The cron parser: fields, names, steps, aliases, errors, and next times across DST changes."""

from __future__ import annotations

from datetime import datetime

import pytest

from orbiter.distributed.cron import Cron, CronError, zone
from orbiter.errors import ConfigurationError

UTC = zone("UTC")
LISBON = zone("Europe/Lisbon")
NEW_YORK = zone("America/New_York")


def at(text: str, tz=UTC) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=tz).timestamp()


def fires(expression: str, start: str, count: int = 3, tz=UTC) -> list[str]:
    """The next ``count`` fire times after ``start``, as local ISO strings."""
    cron = Cron.parse(expression)
    t = at(start, tz)
    out = []
    for _ in range(count):
        t = cron.next_after(t, tz)
        out.append(datetime.fromtimestamp(t, tz).isoformat())
    return out


def test_every_five_minutes() -> None:
    assert fires("*/5 * * * *", "2026-01-01T10:02:00") == [
        "2026-01-01T10:05:00+00:00",
        "2026-01-01T10:10:00+00:00",
        "2026-01-01T10:15:00+00:00",
    ]


def test_strictly_after_a_tick() -> None:
    assert fires("*/5 * * * *", "2026-01-01T10:05:00", 1) == ["2026-01-01T10:10:00+00:00"]


def test_six_fields_lead_with_seconds() -> None:
    assert fires("*/1 * * * * *", "2026-01-01T10:00:59.5") == [
        "2026-01-01T10:01:00+00:00",
        "2026-01-01T10:01:01+00:00",
        "2026-01-01T10:01:02+00:00",
    ]
    assert fires("30 0 12 * * *", "2026-01-01T00:00:00", 2) == [
        "2026-01-01T12:00:30+00:00",
        "2026-01-02T12:00:30+00:00",
    ]


def test_lists_ranges_steps_and_names() -> None:
    # minutes 0 and 30 of hours 9 and 17, on weekdays in March and June (06-03 is a Friday)
    assert fires("0,30 9-17/8 * MAR,jun mon-fri", "2026-03-06T17:00:00", 4) == [
        "2026-03-06T17:30:00+00:00",
        "2026-03-09T09:00:00+00:00",
        "2026-03-09T09:30:00+00:00",
        "2026-03-09T17:00:00+00:00",
    ]
    assert fires("0 0 1 mar,jun *", "2026-03-02T00:00:00", 1) == ["2026-06-01T00:00:00+00:00"]


def test_sunday_is_0_and_7_and_a_slash_runs_to_the_end() -> None:
    assert Cron.parse("0 0 * * 7").weekdays == frozenset({0})
    assert Cron.parse("0 0 * * sun").weekdays == frozenset({0})
    assert Cron.parse("50/5 * * * *").minutes == frozenset({50, 55})


def test_day_of_month_or_weekday_when_both_are_restricted() -> None:
    # the 13th, and every Friday (classic cron: either matches)
    got = fires("0 0 13 * fri", "2026-02-01T00:00:00", 3)
    assert got == [
        "2026-02-06T00:00:00+00:00",
        "2026-02-13T00:00:00+00:00",  # a Friday the 13th, once
        "2026-02-20T00:00:00+00:00",
    ]
    # only one restricted: both must match (every '*' counts as unrestricted)
    assert fires("0 0 */1 * fri", "2026-02-01T00:00:00", 1) == ["2026-02-06T00:00:00+00:00"]


def test_aliases() -> None:
    assert fires("@hourly", "2026-01-01T10:20:00", 1) == ["2026-01-01T11:00:00+00:00"]
    assert fires("@daily", "2026-01-01T10:20:00", 1) == ["2026-01-02T00:00:00+00:00"]
    assert fires("@weekly", "2026-01-01T10:20:00", 1) == ["2026-01-04T00:00:00+00:00"]
    assert fires("@monthly", "2026-01-31T10:20:00", 1) == ["2026-02-01T00:00:00+00:00"]
    assert fires("@YEARLY", "2026-01-31T10:20:00", 1) == ["2027-01-01T00:00:00+00:00"]


def test_leap_day_and_month_ends() -> None:
    assert fires("0 0 29 2 *", "2026-01-01T00:00:00", 1) == ["2028-02-29T00:00:00+00:00"]
    assert fires("0 0 31 * *", "2026-04-01T00:00:00", 1) == ["2026-05-31T00:00:00+00:00"]


def test_timezone_wall_clock() -> None:
    # 09:00 in Lisbon is 09:00 UTC in winter and 08:00 UTC in summer
    cron = Cron.parse("0 9 * * *")
    winter = cron.next_after(at("2026-01-10T00:00:00"), LISBON)
    summer = cron.next_after(at("2026-07-10T00:00:00"), LISBON)
    assert datetime.fromtimestamp(winter, UTC).hour == 9
    assert datetime.fromtimestamp(summer, UTC).hour == 8


def test_spring_forward_gap_fires_after_the_jump() -> None:
    # New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT
    assert fires("30 2 * * *", "2026-03-07T03:00:00", 2, NEW_YORK) == [
        "2026-03-08T03:30:00-04:00",  # 02:30 does not exist: the same instant, on the new clock
        "2026-03-09T02:30:00-04:00",
    ]
    # every 30 minutes: the missing hour is not run twice
    assert fires("*/30 * * * *", "2026-03-08T01:00:00", 4, NEW_YORK) == [
        "2026-03-08T01:30:00-05:00",
        "2026-03-08T03:00:00-04:00",
        "2026-03-08T03:30:00-04:00",
        "2026-03-08T04:00:00-04:00",
    ]


def test_fall_back_repeated_hour_fires_once() -> None:
    # New York, 2026-11-01: 02:00 EDT falls back to 01:00 EST
    assert fires("30 1 * * *", "2026-10-31T12:00:00", 2, NEW_YORK) == [
        "2026-11-01T01:30:00-04:00",
        "2026-11-02T01:30:00-05:00",
    ]
    # from inside the second 01:00-02:00, the next tick is after it (no time runs backwards)
    second = datetime(2026, 11, 1, 1, 10, fold=1, tzinfo=NEW_YORK).timestamp()
    nxt = Cron.parse("*/30 * * * *").next_after(second, NEW_YORK)
    assert nxt > second
    assert datetime.fromtimestamp(nxt, NEW_YORK).isoformat() == "2026-11-01T02:00:00-05:00"


@pytest.mark.parametrize(
    ("expression", "says"),
    [
        ("* * * *", "has 4 fields"),
        ("* * * * * * *", "has 7 fields"),
        ("", "has 0 fields"),
        ("60 * * * *", "minute field '60': 60 is out of range 0-59"),
        ("* 24 * * *", "hour field '24': 24 is out of range 0-23"),
        ("* * 0 * *", "day-of-month field '0': 0 is out of range 1-31"),
        ("* * * 13 *", "month field '13': 13 is out of range 1-12"),
        ("* * * foo *", "month field 'foo': 'foo' is not a number or a name (jan,"),
        ("* * * * mon-xyz", "day-of-week field 'mon-xyz': 'xyz' is not a number"),
        ("*/0 * * * *", "minute field '*/0': step '0'"),
        ("*/x * * * *", "step 'x'"),
        ("5-1 * * * *", "range '5-1' runs backwards"),
        ("1,,2 * * * *", "empty item"),
        ("61 * * * * *", "second field '61'"),
        ("0 0 30 2 *", "never fires: day 30 does not occur in month(s) 2"),
        ("@reboot", "unknown cron alias '@reboot'"),
    ],
)
def test_bad_expressions_name_the_field(expression: str, says: str) -> None:
    with pytest.raises(CronError) as info:
        Cron.parse(expression)
    assert says in str(info.value)
    assert isinstance(info.value, ConfigurationError)


def test_unknown_timezone() -> None:
    with pytest.raises(CronError, match=r"unknown timezone .Mars/Olympus.*IANA"):
        zone("Mars/Olympus")
    with pytest.raises(CronError, match="IANA name"):
        zone("")
