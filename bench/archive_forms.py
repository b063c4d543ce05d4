"""How one outlet writes a fact: numbers, money, dates and times in its house style.

The benchmark archive stores each story's facts as typed values (a count, a sum of money, a
date) and lets every outlet render them its own way, so the same figure reaches the merge as
"seven", "7", "2.3 million", "2,314,006" or "2,3 million" (a machine translation's decimal
comma), and the same day as "March 3, 2024", "3 March 2024" or "on Sunday".
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@dataclass(frozen=True)
class Style:
    """An outlet's house style for figures."""

    small: str = "ap"
    """'ap': words below ten; 'words': words up to twelve; 'digits': always digits."""
    big: str = "round"
    """'round': 2.3 million; 'exact': 2,314,006; 'long': 2,300,000 (rounded, all digits)."""
    dates: str = "us"
    """'us': March 3, 2024; 'uk': 3 March 2024; 'weekday': Sunday, 3 March."""
    percent: str = "percent"
    """'percent': 4.2 percent; 'sign': 4.2%."""
    money: str = "words"
    """'words': 7.5 million euros; 'symbol': €7.5m."""
    clock: str = "24h"
    """'24h': 17:50; '12h': 5.50pm."""
    decimal_comma: bool = False
    """A machine translation from a language that writes 2,3 and 180.000."""


def _decimal(x: float, style: Style) -> str:
    text = f"{x:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if style.decimal_comma else text


def _grouped(n: int, style: Style) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if style.decimal_comma else text


@dataclass(frozen=True)
class Count:
    """A small count: people hurt, days late, counts of a judge's charges."""

    n: int

    def render(self, style: Style, spec: str) -> str:
        limit = {"ap": 9, "words": 12, "digits": -1}[style.small]
        return NUMBER_WORDS[self.n] if self.n <= limit else _grouped(self.n, style)


@dataclass(frozen=True)
class Big:
    """A large count, rounded by some outlets and exact in others."""

    n: int

    def render(self, style: Style, spec: str) -> str:
        if style.big == "exact" or self.n < 10_000:
            return _grouped(self.n, style)
        if self.n >= 1_000_000:
            rounded = _decimal(round(self.n / 1_000_000, 1), style) + " million"
            long = _grouped(round(self.n, -5), style)
        else:
            rounded = _grouped(round(self.n, -3), style)
            long = rounded
        return rounded if style.big == "round" else long


@dataclass(frozen=True)
class Money:
    """A sum in millions of the story's currency."""

    millions: float
    currency: str
    symbol: str

    def render(self, style: Style, spec: str) -> str:
        amount = _decimal(self.millions, style)
        symbol = style.money == "symbol" and self.symbol
        if self.millions < 1:
            units = _grouped(int(round(self.millions * 1_000_000)), style)
            return f"{self.symbol}{units}" if symbol else f"{units} {self.currency}"
        return f"{self.symbol}{amount}m" if symbol else f"{amount} million {self.currency}"


@dataclass(frozen=True)
class Percent:
    x: float

    def render(self, style: Style, spec: str) -> str:
        amount = _decimal(self.x, style)
        return f"{amount}%" if style.percent == "sign" and not style.decimal_comma else f"{amount} percent"


@dataclass(frozen=True)
class Decimal:
    """A measurement with one decimal place (a river level, a magnitude)."""

    x: float

    def render(self, style: Style, spec: str) -> str:
        return f"{self.x:.1f}".replace(".", ",") if style.decimal_comma else f"{self.x:.1f}"


@dataclass(frozen=True)
class Day:
    """A calendar day. Specs: '' the house style, 'wd' the weekday, 'my' month and year."""

    day: dt.date

    def render(self, style: Style, spec: str) -> str:
        d = self.day
        if spec == "wd":
            return d.strftime("%A")
        if spec == "my":
            return f"{MONTHS[d.month - 1]} {d.year}"
        if style.dates == "us":
            return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if style.dates == "weekday":
            return f"{d.strftime('%A')}, {d.day} {MONTHS[d.month - 1]}"
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


@dataclass(frozen=True)
class Clock:
    """A local time of day; spec 'utc' gives it in UTC from the story's offset."""

    hour: int
    minute: int
    offset: int

    def render(self, style: Style, spec: str) -> str:
        hour = (self.hour - self.offset) % 24 if spec == "utc" else self.hour
        if spec == "utc":
            return f"{hour:02d}{self.minute:02d} GMT"
        if style.clock == "12h":
            suffix = "am" if hour < 12 else "pm"
            return f"{(hour - 1) % 12 + 1}.{self.minute:02d}{suffix}"
        return f"{hour:02d}:{self.minute:02d}" + (" local time" if spec != "bare" else "")


@dataclass(frozen=True)
class Plain:
    """Words that every outlet writes the same way (a name, a place)."""

    text: str

    def render(self, style: Style, spec: str) -> str:
        return self.text


class FactFormatter(string.Formatter):
    """str.format over a story's typed values, in one outlet's style."""

    def __init__(self, style: Style):
        super().__init__()
        self.style = style

    def format_field(self, value, format_spec: str) -> str:
        if hasattr(value, "render"):
            return value.render(self.style, format_spec)
        return format(value, format_spec)


def render(template: str, values: dict, style: Style) -> str:
    return FactFormatter(style).format(template, **values)
