"""Times on the wire: the canonical RFC 3339 form and the lenient forms of `x-also-accepted`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_CLOCK = r"(?P<date>\d{4}-\d{2}-\d{2})[Tt](?P<time>\d{2}:\d{2}:\d{2}(?:\.\d+)?)"
# Which form a time was sent in: canonical, or one of the x-also-accepted names.
_FORMS = (
    ("canonical", re.compile(_CLOCK + r"(?P<offset>[Zz]|[+-]\d{2}:\d{2})$")),
    ("offset-without-colon", re.compile(_CLOCK + r"(?P<offset>[+-]\d{4})$")),
    ("hour-offset", re.compile(_CLOCK + r"(?P<offset>[+-]\d{2})$")),
    ("date", re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})$")),
)


@dataclass(frozen=True)
class LocalDate:
    """A bare date: midnight in the ads account's time zone, resolved once the account is known."""

    day: date

    def at_midnight(self, zone: str | None) -> str:
        try:
            tz: tzinfo = ZoneInfo(zone) if zone else UTC
        except (ZoneInfoNotFoundError, ValueError):
            tz = UTC
        midnight = datetime(self.day.year, self.day.month, self.day.day, tzinfo=tz)
        try:
            return format_time(midnight)
        except OverflowError:  # the last day of year 9999 west of UTC: keep the date as it is
            return format_time(midnight.replace(tzinfo=UTC))


class TimeFormatError(ValueError):
    pass


def parse_time(text: str) -> tuple[str | LocalDate, str]:
    """(UTC timestamp or LocalDate, form name). Raise TimeFormatError for anything else."""
    for form, pattern in _FORMS:
        match = pattern.match(text)
        if match is None:
            continue
        try:
            if form == "date":
                return LocalDate(date.fromisoformat(match["date"])), form
            offset = match["offset"].upper()
            if offset == "Z":
                offset = "+00:00"
            elif form == "offset-without-colon":
                offset = f"{offset[:3]}:{offset[3:]}"
            elif form == "hour-offset":
                offset = f"{offset}:00"
            moment = datetime.fromisoformat(f"{match['date']}T{match['time']}{offset}")
            return format_time(moment), form
        except ValueError as exc:
            raise TimeFormatError(f"not a valid time ({exc})") from None
        except OverflowError:
            raise TimeFormatError("not a time the API can store (out of range)") from None
    raise TimeFormatError("not an ISO 8601 time such as 2017-07-05T00:00:00Z")


def format_time(moment: datetime) -> str:
    """RFC 3339 in UTC with a trailing Z, whole seconds, as the API answers (four-digit
    years even before 1000, which strftime would shorten)."""
    m = moment.astimezone(UTC)
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}Z"


def parse_stored(text: str) -> datetime:
    """A time as the sandbox holds and answers it (canonical, `Z` or an offset) as an aware
    datetime; ValueError for anything else."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def timestamp(epoch_seconds: float) -> str:
    return format_time(datetime.fromtimestamp(epoch_seconds, UTC))
