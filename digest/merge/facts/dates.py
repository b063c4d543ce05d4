"""Dates and clock times, resolved against the outlet's own publication date.

'On Tuesday', 'last Sunday's', 'tomorrow' and 'the 14th' mean different calendar days in a
preview and in a report published days later, so each mention is resolved against its outlet's
publication date (future tense looks forward, past tense back) before comparing. Two dates
conflict when they name different days of the same month, or the same month of different
years when one outlet gives the year. Clock times compare only in the same zone: '12:52 UTC'
and '14:52 local' are not a clash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from digest.merge.facts import Context, Fact, Words, words_of
from digest.merge.facts.quotes import QUOTATION
from digest.merge.text import YEAR_STEP

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_M = r"(january|february|(?-i:M)arch|april|(?-i:M)ay|june|july|august|september|october|november|december|jan|feb|(?-i:M)ar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
"""A month's name; 'May' and 'March' only with their capital ('he may 11 times' is no date)."""
_M_PLAIN = _M.replace("(", "(?:", 1)
_WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DATE = re.compile(
    r"(?=\b[jfmasondiubeltwy\d])(?:"  # what every branch starts with: lets the engine pass over other positions at once
    rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_M}(?:,?\s+(?:of\s+)?(\d{{4}}))?\b"  # '1 of January of 2026', as translations write it
    rf"|\b(?:in|of|since|from|until|by|early|late|mid|last|next|this)[\s-]+{_M}(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?:,?\s+(?:of\s+)?(\d{{4}}))?\b"  # not 'until May 11': that is a day; 'in April of 2024' as translations write it
    rf"|\b(?:(?:on|last|next|this|by|until|since|from)\s+)?(?:the\s+)?{_WD}(?:['\u2019]s)?\b(?!\s*,?\s*\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_M_PLAIN})(?!\s*,?\s*{_M_PLAIN}\s+\d)"
    rf"|\bon\s+the\s+(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+of\s+{_M_PLAIN})(?!\s+(?!of\b|and\b|or\b|at\b|in\b|to\b|when\b|after\b|before\b|but\b|from\b|with\b|by\b|as\b)[a-z])"  # 'on the 8th of May' is the 8 May branch's; 'on the 3rd tee' ranks a tee, no day
    rf"|\b(today|tomorrow|yesterday|tonight|last\s+night)\b)",
    re.I,
)
TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d{2})|h(\d{2}))\s*(a\.?m\.?|p\.?m\.?)?(?:\s*(?:hours?|o'clock))?(\s*,?\s*\(?(?:local(?:\s+(?:time|hour))?|utc|gmt|cet|cest|bst|est|edt|pst|pdt)\b)?", re.I)
YEAR = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter|of)\s+(?:at\s+least\s+)?(?:early\s+|late\s+|mid-?|(?:the\s+)?(?:[a-z]+\s+)?year\s+|(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\s+)?((?:1[6-9]|20)\d\d)\b(?!\s*(?:%|per|percent|million|billion))")  # a painting's 1887 as much as a survey's 2025; 'In 2022 a consortium offered' opens a sentence; 'in the drought year 2008'; 'in spring 2027': a season's year ('since at least the spring 2021 term', 'the fall 2019')
YEAR_SPAN = re.compile(r"\b(?:[Bb]etween|[Ff]rom|years)\s+((?:1[6-9]|20)\d\d)\s+(?:and|to|until)\s+((?:1[6-9]|20)\d\d)\b(?!\s*(?:%|per|percent|million|billion))")
"""A period told by its first and last years: 'between 2017 and 2022', 'from 2015 to 2022', 'the years 1939 to 1945'."""
LIFE_SPAN = re.compile(r"\((1[5-9]\d\d|20\d\d)\s*[-\u2013\u2014]\s*(1[5-9]\d\d|20\d\d)\)")
"""A person's years of birth and death after the name: '(1868-1931)'."""
_AMOUNT_AFTER = re.compile(r"^\s*(%|per|percent|million|billion)", re.I)
_NOT_DETERMINED = r"(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)"
"""Not right after an article or possessive: 'a scheduled inspection', 'its plans' name a thing."""
FUTURE = re.compile(r"(?=\b[wsiadcetpnufm])\b(will|shall|must(?!\s+have\b)|is due|are due|due to|(?:comes?|enters?)\s+into\s+(?:force|effect)|takes?\s+effect|" + _NOT_DETERMINED + r"scheduled|expected|" + _NOT_DETERMINED + r"(?<!\bour\s)(?<!ed\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bon\s)(?<!\bnew\s)plans?|next|upcoming|is to|are to|would|set to|foreseen|fixed for|tomorrow|publishes|presents"
                    r"|to be (?![a-z]+ly\b)[a-z]+(?:ed|en|wn)|(?<!was\s)(?<!were\s)(?<!been\s)invited\s+(?:[\w'\u2019-]+\s+){0,3}to|called\s+(?:[\w'\u2019-]+\s+){0,3}back\s+to)\b", re.I)
"""What makes a clause look ahead; 'ordered flags to be flown at half-mast on Friday' too: what is
ordered to be done is still to come; so is what a firm 'publishes' or 'presents' on a day named (its
results calendar). 'A scheduled inspection' is a kind of inspection, no plan; 'unveiled its plans on
Monday' tells when plans were told, and only a verb ('plans to') looks ahead: not a noun after a
deed or a word that qualifies it ('approved plans for a cable car on Thursday', 'new plans'). An invitation to
something ('has invited both sides to talks on Monday', 'called both sides back to the table on
Thursday') is to a day ahead, though the inviting is past; 'she was invited to the palace on
Monday' tells of a visit made."""
FORECAST = re.compile(r"\b(?:expects?|forecasts?|predicts?)\b", re.I)
"""A forecast looks forward only for a date after it ('forecasters expect 43C on Thursday'; not
'said on Friday that it expects ...')."""


@dataclass(frozen=True)
class When:
    year: int
    month: int
    day: int | None
    explicit_year: bool

    def ordinal(self) -> int:
        """The day as a proleptic ordinal, for comparing with publication days (a day past the
        28th is read as the 28th, so a misread '31 February' still orders)."""
        return dt.date(self.year, self.month, min(self.day or 1, 28)).toordinal()


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS["sept"] if key.startswith("sept") else MONTHS[key[:3]]


_HAD_BEFORE = re.compile(r"\bhad\s+$", re.I)
"""'Had until Saturday to leave': a deadline told as past, the Saturday before the outlet wrote."""
_NEXT_WEEK_AFTER = re.compile(r"(?:\s+(?:and|or|to|until|till|through)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\s+(?:of\s+)?next\s+week\b", re.I)
"""'On Monday next week', 'between Monday and Wednesday next week': the weekday of the week after the one the outlet writes in."""
_LAST_WEEK_AFTER = re.compile(r"(?:\s+(?:and|or|to|until|till|through)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\s+(?:of\s+)?last\s+week\b", re.I)
"""'On Wednesday last week', 'between Wednesday and Friday last week': the weekday of the week before the one the outlet writes in."""


_CLAUSE_AFTER = re.compile(r"[,;]|\b(?:that|which|who|because|after|when|while|but)\b", re.I)
"""Where the clause of a date ends after it: 'informed the regulator on April 28 that it expected
to breach …' tells a past day; the outlook is the reported clause's."""


_WEEKS_BEFORE = re.compile(r"\b(?:(a|one|two|three|four|\d)\s+weeks?|a\s+fortnight)\s+(?:from\s+)?$", re.I)
"""Weeks counted on from a day: 'the panel will meet two weeks today'."""
_WEEK_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
"""The counts of weeks _WEEKS_BEFORE reads in words."""


def resolve(text: str, m: re.Match, published: dt.date) -> When | None:
    g = m.groups()
    clause_start = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), m.start() - 80, 0)
    after = _CLAUSE_AFTER.search(text, m.end(), min(len(text), m.end() + 20))
    future = bool(FUTURE.search(text, clause_start, after.start() if after else min(len(text), m.end() + 20)) or FORECAST.search(text, clause_start, m.start()))
    if g[0]:
        month, day, year = _month(g[0]), int(g[1]), g[2]
    elif g[3]:
        month, day, year = _month(g[4]), int(g[3]), g[5]
    elif g[6]:
        month, day, year = _month(g[6]), None, g[7]
    elif g[8]:
        offset = (WEEKDAYS[g[8].lower()] - published.weekday()) % 7
        word = m.group(0).lower()
        forward = future or word.startswith(("next", "until", "till")) and not _HAD_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            and not (word.startswith(("until", "till")) and _PAST_NOT_UNTIL.search(text, max(0, m.start() - 70), m.start() + len(word.split()[0]) + 1))  # a deadline lies ahead, unless it was had or a past deed waited for it
        if word.startswith("last"):
            forward = False
        days = offset if forward else (offset - 7 if offset else 0)
        if word.startswith("next") and not offset:
            days = 7  # 'next Monday' said on a Monday: a week on, not today
        if word.startswith("last") and not offset:
            days = -7  # 'last Saturday' said on a Saturday: a week ago, not today
        if _NEXT_WEEK_AFTER.match(text, m.end()):
            days = 7 - published.weekday() + WEEKDAYS[g[8].lower()]  # 'on Monday next week': that day of the week after the outlet's
        elif _LAST_WEEK_AFTER.match(text, m.end()):
            days = -7 - published.weekday() + WEEKDAYS[g[8].lower()]  # 'on Wednesday last week': that day of the week before the outlet's
        when = published + dt.timedelta(days=days)
        return When(when.year, when.month, when.day, False)
    elif g[9]:
        day = int(g[9])
        month, year_n = published.month, published.year
        if future and day < published.day:
            month, year_n = (1, year_n + 1) if month == 12 else (month + 1, year_n)
        return When(year_n, month, day, False)
    else:
        word = g[10].lower()
        shift = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}.get(word, -1 if "last" in word else 0)
        weeks = _WEEKS_BEFORE.search(text, max(0, m.start() - 24), m.start()) if word in ("today", "tomorrow") else None
        if weeks:  # 'two weeks today', 'a fortnight tomorrow': that many weeks on
            shift += 14 if weeks.group(0).lower().startswith("a fortnight") else 7 * int(_WEEK_COUNTS.get(weeks.group(1).lower(), weeks.group(1)))
        when = published + dt.timedelta(days=shift)
        return When(when.year, when.month, when.day, False)
    if not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    if year:
        return When(int(year), month, day, True)
    year_n = published.year
    word = m.group(0).lower()
    if g[6] and word.startswith(("last", "next")):  # 'by last December' said in May: the December before, whatever the tense
        return When(year_n - (month >= published.month) if word.startswith("last") else year_n + (month <= published.month), month, None, False)
    if future and (month, day or 1) < (published.month, published.day):
        year_n += 1
    elif not future and (month, day or 28) > (published.month, published.day) and month - published.month > 1:
        year_n -= 1
    return When(year_n, month, day, False)


_CUE = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|yesterday|tonight|night|clock|morning|afternoon|evening)", re.I)


_MONTH_AND_YEAR = re.compile(rf"\b({_M_PLAIN})\s+(?:of\s+)?((?:1[6-9]|20)\d\d)\b(?!\s*(?:%|per|percent|million|billion))", re.I)
"""A month and its year, whatever stands before them (DATE reads them after 'in', 'since', 'by' and
the like)."""
_PERIOD_END_BEFORE = re.compile(r"\b(?:year|years|months|quarter|period|half)\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?$", re.I)
"""'A loss in the year to January 2025': the end of an accounting period, which names the period, no date of an event."""
_CLOCK_WORD = re.compile(r"o['\u2019]clock|hours?\b", re.I)
_SAID_BEFORE = re.compile(r"\b(?:(?:said|says|announced|stated|added|confirmed|reported|warned)\s+(?:(?:late|early|earlier|later)\s+)?|told\s+(?:[\w&'\u2019.-]+\s+){1,3})$"
                          r"|\b(?:were|was|are|is|remained|remain)\s+still\s+(?:missing|unaccounted\s+for|closed|shut|in\s+hospital|in\s+custody|burning|open)\s+$"
                          r"|\bremained\s+(?:missing|unaccounted\s+for|closed|shut|in\s+hospital|in\s+custody)\s+$", re.I)
"""'Railways said on Friday that ...', 'said late on Tuesday that ...': the day a source spoke,
compared with such days only, never with the dates of what it said. So is the day a state was
found still holding ('five were still missing on Saturday'): the day of the report, not of the
event ('ran aground on Friday')."""
_AUXILIARY_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", re.I)
_SAID_LAST_AFTER = re.compile(r"(?:\s+(?!(?:and|but|that|which|who)\b)[\w'\u2019-]+){0,6}?\s+(?:said|announced|stated|confirmed|reported)\b")
"""The same day in a translation's word order, the auxiliary before the date and the verb of saying
last: 'Kelvast has Monday a large recall announced' is the day it announced, as 'announced on
Monday' is."""


_UNTIL = re.compile(r"(?:until|till|through)\b", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:(?:until|till|through)\s+(?:at\s+least\s+)?(?:the\s+)?|to\s+the\s+)(?:end|close|middle)\s+$|\b(?:until|till|through)\s+(?:at\s+least\s+)?(?:the\s+)?(?:\w+day,?\s+)?$"
                           r"|\b(?:window|deadline|period|offer|consultation)\s+(?:closes|ends|expires|runs\s+out|lapses)\s+(?:on\s+)?(?:the\s+)?(?:\w+day,?\s+)?$"
                           r"|\b(?:expir(?:es|ed|ing)|expire|lapses|lapsed|(?:would|will)\s+(?:have\s+)?(?:expired|lapsed|expire|lapse))\s+(?:(?:on|in|at\s+the\s+end\s+of)\s+)?(?:the\s+)?(?:\w+day,?\s+)?$", re.I)
"""The words before a day something lasts until: 'until at least 20 November', 'to the end of',
'the objection window closes on 16 October' (a window's or deadline's last day), 'a mandate that
would have expired in June 2026' (a term's last month)."""


_BY = re.compile(r"(by)\b", re.I)
_BY_BEFORE = re.compile(r"\b(by|at\s+the\s+latest|(?:no|not)\s+later\s+than)\s+(?:on\s+)?(?:the\s+)?$", re.I)
_PAST_BEFORE = re.compile(r"\b(?:was|were|had|did|gave|granted|set|told|ordered|agreed|allowed|asked|kept|stayed|remained|lasted|ran)\b[^.;]*$", re.I)
"""A deadline told in the past ('gave the company until the end of January'): it need not lie ahead."""
_DATE_WORDS = frozenset(MONTHS) | {"sep"} | frozenset(WEEKDAYS) | {"today", "tomorrow", "yesterday", "tonight", "night", "midnight", "noon", "midday"}
"""Words one of which every match of DATE holds, but for 'on the 14th' (digits, 'on', 'the')."""


_WEEKDAY_OF_A_DATE = re.compile(r"\d(?:st|nd|rd|th)?\s*,\s+(?:a|which\s+(?:was|is|will\s+be)\s+a)\s+$", re.I)
"""The words between a date and its weekday told in apposition ('on Sept. 26, a Friday')."""
_PUT_OFF_UNTIL = re.compile(r"\b(?:adjourn|postpon|delay|defer|reschedul|put\s+(?:off|back)|push(?:ed|es)?\s+back)\w*\s+(?:[\w-]+\s+){0,3}?(?:until|till)\s+(?:the\s+)?(?:\w+day,?\s+)?$", re.I)
"""An event put off until a day: that day is when it now takes place, not when a state ends."""
_PAST_NOT_UNTIL = re.compile(r"\b(?:(?:did|had|was|were)\s+not|(?:did|had|was|were)n['\u2019]t|never)\s+(?:[\w-]+\s+){0,6}?(?:until|till)\s$", re.I)
"""A past deed not done until a weekday ('did not warn the mayor until Monday'): that weekday is past."""
_NOT_UNTIL = re.compile(r"\b(?:not|n['\u2019]t|never)\s+(?:[\w-]+\s+){0,5}?until\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.I)
"""A deed not done until a day: done on that day."""


_YEAR_WORD_AFTER = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)


_UNTIL_PART_OF = re.compile(r"\b(?:until|till|through)\s+(?:at\s+least\s+)?the\s+(end|close|start|beginning|middle|summer|spring|autumn|fall|winter)\s+of\s+$", re.I)
"""A year's part something lasts until: 'until the summer of 2029', 'through the end of 2027'."""
_PART_MONTH = {"end": 12, "close": 12, "start": 1, "beginning": 1, "middle": 6, "summer": 7, "spring": 4, "autumn": 10, "fall": 10, "winter": 1}


_FROM_FIGURE_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?[$\u20ac\u00a3]?\d[\d.,]*\s*(?:%|per\s*cent|percent|points?|[a-z]{1,12})?\s+$", re.I)
"""A figure a change started from, right before a day ('from 61 percent on Wednesday'): the day
dates that figure."""
_UTC_BEFORE = re.compile(r"\b(?:UTC|GMT)\)?,?\s+(?:on\s+)?$")
"""A day named right after a UTC time ('at 2040 GMT on Monday'): the UTC calendar's day, which east
of Greenwich is often the day before the local one the other outlets give."""


def _quoted_at(text: str, at: int) -> bool:
    """Whether `at` falls inside a quotation of the sentence, as the quote detector reads one."""
    return any(m.start() < at < m.end() for m in QUOTATION.finditer(text))


_MONTH_START = re.compile(r"\b(?:the\s+)?(?:start|beginning|first\s+day|1st)\s+of\s+(last|this|next)\s+month\b", re.I)
"""A month's first day named from the day of writing ('from the start of next month')."""


def extract(text: str, context: Context) -> list[Fact]:
    facts: list[Fact] = []
    read = words_of(text)
    clocks = word_clocks(text, read)  # times told in words; most sentences lack the words and pass at once
    if read is None:
        if not _CUE.search(text) and not clocks:
            return facts
        dated = True
    else:
        named = not read.words.isdisjoint(_DATE_WORDS)
        if not named and not read.digits and read.words.isdisjoint(_HOUR_CUES) and not clocks and "month" not in read.words:
            return facts  # nothing any pattern here could match
        dated = named or read.digits and "on" in read.words and "the" in read.words  # without a date word only 'on the 14th' is one: it needs a digit
    for m in DATE.finditer(text) if dated else ():
        when = resolve(text, m, context.published)
        year_word = _YEAR_WORD_AFTER.match(text, m.end()) if when and not when.explicit_year else None
        if year_word:  # 'in March last year': that March, as good as 'in March 2024'
            when = When(context.published.year + YEAR_STEP[year_word.group(1).lower()], when.month, when.day, True)
        if when:
            relative = bool(m.group(9) or m.group(10) or m.group(11))  # a weekday, 'the 14th', 'tomorrow'
            if m.group(11) and _quoted_at(text, m.start()):
                continue  # '"Today we are a little freer than yesterday," he said': a speaker's figure of speech, or the day they spoke
            if relative and _WEEKDAY_OF_A_DATE.search(text, max(0, m.start() - 30), m.start()):
                continue  # 'on Sept. 26, a Friday': the weekday of the date just given, no other day
            until = _UNTIL.match(m.group(0)) or _UNTIL_BEFORE.search(text, max(0, m.start() - 30), m.start())
            said = _SAID_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _AUXILIARY_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _SAID_LAST_AFTER.match(text, m.end())
            subject = "said" if not until and said else "date"
            if not until and subject == "date" and (_BY.match(m.group(0)) or _BY_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                subject = "date:by"  # 'had treated 310 birds by Monday night': a count's cut-off or a deadline, not the day of an event
                # ('since the 27 January' stays a date: an ongoing thing's start is the day it began)
            if subject == "date" and _FROM_FIGURE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                subject = "date:from"  # 'fell to 22 percent, from 61 percent on Wednesday': the day of the earlier figure, not of the fall
            if subject == "date" and relative and _UTC_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                subject = "date:utc"  # '21:40 UTC on Monday (05:40 Tuesday local time)': the day on the UTC clock, compared only with such days
            told_to = m.start() + len(m.group(0)) - len(m.group(0)[until.end():].lstrip()) if until and until.re is _UNTIL else m.start()  # 'until Monday' is one match: read up to its day, for a past deed not done till then
            if until and (_NOT_UNTIL.search(text, max(0, m.start() - 60), m.start()) or told_to != m.start() and _PAST_NOT_UNTIL.search(text, max(0, told_to - 70), told_to)):
                until = None  # 'did not tell the regulator until 29 September': the day the deed was done at last, its date
            if until and _PUT_OFF_UNTIL.search(text, max(0, m.start() - 50), m.start()):
                until = None  # 'the hearing was adjourned until March 14': the day it takes place now, as 'postponed to March 21' says
            if until:  # 'were not told until 19 March': when the silence ended, not when anything was said
                subject = "date:until"  # when something ends ('runs until the end of February'), not when it happens
                told_as_past = _PAST_BEFORE.search(text, max(0, m.start() - 80), m.start())
                if not when.explicit_year and not told_as_past and (when.year, when.month, when.day or 31) < (context.published.year, context.published.month, context.published.day):
                    when = When(when.year + 1, when.month, when.day, False)  # an end still ahead: 'until the end of February', said in October
            weeks = _WEEKS_BEFORE.search(text, max(0, m.start() - 24), m.start()) if m.group(11) else None
            start = weeks.start() if weeks else m.start()  # 'two weeks today': the words that count the weeks are the date's too
            facts.append(Fact("date", subject, when, text[start:m.end()].strip(), start, m.end(), approximate=relative))
            if not relative and when.day:
                facts.extend(Fact("date", subject, other, written, start, end) for other, written, start, end in _listed_days(text, m, when))
    for m in _MONTH_START.finditer(text) if read is None or "month" in read.words else ():
        step = {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
        index = context.published.year * 12 + context.published.month - 1 + step
        until = _UNTIL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        facts.append(Fact("date", "date:until" if until else "date", When(index // 12, index % 12 + 1, 1, False), m.group(0).strip(), m.start(), m.end()))  # 'from the start of next month': its first day
    for m in _MONTH_AND_YEAR.finditer(text) if read is None or read.digits and named else ():
        if not _overlaps(facts, m) and not _PERIOD_END_BEFORE.search(text, max(0, m.start() - 30), m.start()):  # 'between March 2016 and October 2022', 'no earlier than March 2026'
            until = _UNTIL_BEFORE.search(text, max(0, m.start() - 40), m.start())  # 'would have expired in June 2026': a term's end
            facts.append(Fact("date", "date:until" if until else "date", When(int(m.group(2)), _month(m.group(1)), None, True), m.group(0), m.start(), m.end()))
    for m in YEAR.finditer(text) if read is None or read.digits else ():  # a year has digits
        if not any(f.start <= m.start(1) < f.end for f in facts):
            part = _UNTIL_PART_OF.search(text, max(0, m.start() - 40), m.start() + 3) if m.group(0).startswith("of") else None
            if part:  # 'signed on until the summer of 2029': when a thing ends, as 'until July 2028' is
                month = _PART_MONTH[part.group(1).lower()]
                facts.append(Fact("date", "date:until", When(int(m.group(1)), month, None, True), text[part.start():m.end()].strip(), part.start(), m.end()))
                continue
            facts.append(Fact("date", "year", int(m.group(1)), m.group(0).strip(), m.start(), m.end()))
    for m in YEAR_SPAN.finditer(text) if read is None or read.digits else ():
        for k in (1, 2):
            if not any(f.start <= m.start(k) < f.end for f in facts):
                facts.append(Fact("date", "year", int(m.group(k)), m.group(k), m.start(k), m.end(k)))  # 'between 2017 and 2022': the years a period runs from and to
    for m in LIFE_SPAN.finditer(text) if "(" in text else ():
        for k in (1, 2):
            facts.append(Fact("date", "year", int(m.group(k)), m.group(k), m.start(k), m.end(k)))  # 'Orvelle (1868-1931)': born and died
    for m in TIME.finditer(text) if read is None or read.digits else ():  # a time has digits
        hour, minute = int(m.group(1)), int(m.group(2) or m.group(3))
        if hour > 23 or minute > 59 or m.group(2) and "." in m.group(0)[:4] and not (m.group(4) or m.group(5) or _CLOCK_WORD.search(m.group(0))):
            continue  # '4.50 percent' is no time; '3.40 o'clock' is
        if _AMOUNT_AFTER.match(text[m.end():]) or _SECONDS_AFTER.match(text, m.end()):
            continue
        if m.group(4) and m.group(4).lower().startswith("p") and hour < 12:
            hour += 12
        zone = (m.group(5) or "").strip(" ,(").lower()
        zone = "utc" if zone.startswith(("utc", "gmt")) else zone or "local"
        zone = "local" if zone.startswith("local") else zone
        elsewhere = _PLACE_TIME.match(text, m.end()) if not m.group(5) else None
        if elsewhere:
            zone = (elsewhere.group(1) or elsewhere.group(2) or elsewhere.group(3)).lower()  # '3.40pm Heronian time': another country's clock, compared only with its own
        facts.append(Fact("date", "time", (hour * 60 + minute, zone), m.group(0).strip(" ,("), m.start(), m.end()))
    for m in _MILITARY_UTC.finditer(text) if (read is None or read.digits) and ("GMT" in text or "UTC" in text) else ():  # the pattern's clocks, in capitals
        if not _overlaps(facts, m):
            facts.append(Fact("date", "time", (int(m.group(1)) * 60 + int(m.group(2)), "utc"), m.group(0).strip(), m.start(), m.end()))
    facts = _zone_of_the_range(text, facts)
    for m in clocks:
        when = _word_clock(m)
        if when and not _overlaps(facts, m):
            facts.append(Fact("date", "time", when, m.group(0).strip(), m.start(), m.end()))  # to the minute; only the half of the day may be left open
    for m in HOUR.finditer(text) if read is None or read.digits or not read.words.isdisjoint(_HOUR_CUES) else ():
        if _overlaps(facts, m):
            continue  # '4.30pm' is read whole above
        word = m.group(1).lower()
        hour = int(word) if word.isdigit() else _HOUR_WORDS[word]
        half = (m.group(2) or m.group(3) or m.group(4) or m.group(5) or "").lower()
        if hour > 23 or half and hour > 12:
            continue
        if hour < 12 and (half.startswith("p") or half in ("afternoon", "evening") or half == "night" and hour >= 6):
            hour += 12
        zone = "utc" if m.group(6) else "local"
        facts.append(Fact("date", "time", (hour * 60, zone), m.group(0).strip(" ,("), m.start(), m.end(), approximate=True))
    for m in _NUMERIC_DATE.finditer(text) if (read is None or read.digits) and text.count(".") > 1 and _DIGITS_DOTTED.search(text) else ():  # two dots at least: most sentences have one
        day, month = int(m.group(1) or m.group(4)), int(m.group(2) or m.group(5))
        year = int(m.group(3)) if m.group(3) else None
        if not (1 <= day <= 31 and 1 <= month <= 12) or _overlaps(facts, m):
            continue
        facts.append(Fact("date", "date", When(year or context.published.year, month, day, year is not None), m.group(0).strip(), m.start(), m.end()))
    for m in _HOUR_H_MINUTE.finditer(text) if (read is None or read.digits) and _DIGITS_H_DIGITS.search(text) else ():
        if not _overlaps(facts, m):
            facts.append(Fact("date", "time", (int(m.group(1)) * 60 + int(m.group(2)), "local"), m.group(0).strip(), m.start(), m.end()))
    for m in _NOON_OR_MIDNIGHT.finditer(text) if "noon" in text or "midnight" in text or "midday" in text else ():
        if _overlaps(facts, m):
            continue
        minutes = 0 if m.group(1).lower() == "midnight" else 12 * 60
        zone = "utc" if m.group(2) else "local"
        facts.append(Fact("date", "time", (minutes, zone), m.group(0).strip(), m.start(), m.end(), approximate=True))  # said as a round hour, as 'at 6am' is
    facts = _range_years(text, facts)
    facts = _spans(text, facts) if len(facts) > 1 else facts
    return _one_night(text, facts) if "night" in text else facts


_SPAN_OPENS = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_SPAN_JOINS = re.compile(r"\s+(?:to|until|till|through|up\s+to(?:\s+and\s+including)?)\s+(?:the\s+)?$", re.I)
_NIGHT_BEFORE = re.compile(r"\bnight\s+(?:of|from)\s+(?:the\s+)?$", re.I)
"""'the night of 11 to 12 March': one night, the day of one event (_one_night reads it)."""
_SPAN_AND = re.compile(r"\s+and\s+(?:the\s+)?$", re.I)


def _spans(text: str, facts: list[Fact]) -> list[Fact]:
    """The two ends of a span of days ('use-by dates from 10 April to 24 April', 'July 17 to
    August 2', 'between 3 May and 9 May'): the span's, compared only with other spans' ends, never
    with the day an event happened ('recalled on Tuesday' is no use-by date). Days joined by a
    dash ('strike on 25-26 March') are the days of one event, listed."""
    days = sorted((f for f in facts if f.subject in ("date", "date:until") and isinstance(f.value, When) and f.value.day and not f.approximate), key=lambda f: f.start)
    # months ('between March 2016 and October 2022') stay a period's dates; weekdays ('the night from Sunday to Monday') stay days
    ends: set[int] = set()
    for first, last in zip(days, days[1:]):
        if _NIGHT_BEFORE.search(text, max(0, first.start - 20), first.start):
            continue
        if _SPAN_JOINS.fullmatch(text, first.end, last.start) or _SPAN_AND.fullmatch(text, first.end, last.start) and _SPAN_OPENS.search(text, max(0, first.start - 14), first.start):
            ends.update((id(first), id(last)))
    return [replace(f, subject="date:span") if id(f) in ends else f for f in facts] if ends else facts


_RANGE_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:to|until|till|through|and|[-\u2013\u2014])\s*(?:the\s+)?$", re.I)


def _range_years(text: str, facts: list[Fact]) -> list[Fact]:
    """A range's first day takes the year written after its last ('July 17 to August 2, 2036'),
    not the one its publication day suggests."""
    if len(facts) < 2:
        return facts  # no range: most sentences
    out = list(facts)
    dated = sorted((k for k, f in enumerate(out) if f.subject.startswith("date") and isinstance(f.value, When)), key=lambda k: out[k].start)
    for k, j in zip(dated, dated[1:]):
        first, last = out[k], out[j]
        if first.value.explicit_year or not last.value.explicit_year or not _RANGE_BETWEEN.fullmatch(text, first.end, last.start):  # type: ignore[union-attr]
            continue
        year = last.value.year - (1 if first.value.month > last.value.month else 0)  # type: ignore[union-attr]  # '28 December to 3 January 2027'
        out[k] = replace(first, value=When(year, first.value.month, first.value.day, True))  # type: ignore[union-attr]
    return out


def _overlaps(facts: list[Fact], m: re.Match) -> bool:
    """Whether a match covers words a fact already read (a pattern read later gives way)."""
    return any(f.start < m.end() and m.start() < f.end for f in facts)


_NUMERIC_DATE = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b|\b(?:on|the|from|until|since)\s+(\d{1,2})\.(\d{1,2})\.(?=\s|$|[,;)])")
"""A day written in digits, day first, as translations keep it: '12.03.2025', 'on the 21.03.'
(a bare '12.03' is a decimal figure, not a day)."""
_HOUR_H_MINUTE = re.compile(r"(?<![\d.,])([01]?\d|2[0-3])\s?h\s?([0-5]\d)\b(?!\s*(?:['\u2019\u2032\"]|min|m\b|s\b))")
"""A clock time as French and Italian write it: '18 h 12', '18h12'; not a run's length ('2h13'40"')."""
_DIGITS_DOTTED = re.compile(r"\d\.\d\d?\.")
_DIGITS_H_DIGITS = re.compile(r"\d\s?h\s?[0-5]\d")
"""What _NUMERIC_DATE and _HOUR_H_MINUTE need in a sentence: found at once (a pattern that opens
with a digit is skipped along to the digits), where theirs, opening with a lookbehind, try every character."""
_NOON_OR_MIDNIGHT = re.compile(r"(?<!around\s)(?<!about\s)(?<!before\s)(?<!after\s)\bat\s+(midnight|noon|midday)\b(\s+(?:UTC|GMT))?", re.I)
"""A time told as a word: 'at midnight' is 00:00, 'at noon' and 'at midday' 12:00. 'Around midnight'
and 'shortly after midnight' are left as the night they name: a loose hour fuses with 'that night'."""


_DAY_AFTER = re.compile(r'\s*(?:,\s*|\s+)?(?:and|or|to|through|[-\u2013\u2014])\s*(\d{1,2})(?:st|nd|rd|th)?(?=\s*[,.;:)\u201d\"]|\s*$|\s+(?:and|or|if|unless|when|before|after|at|in|from|with|but|while|as|to)\b)', re.I)
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:,\s*|\s+)?(?:and|or|to|[-\u2013\u2014])\s*(?:the\s+)?$", re.I)
_DAY_FIRST = re.compile(r"(?:on\s+)?(?:the\s+)?\d", re.I)


def _listed_days(text: str, m: re.Match, when: When) -> list[tuple[When, str, int, int]]:
    """The other days of a list or span of one month's days ('on March 25 and 26', '25 and 26
    March', '25-26 March'): the pattern reads the day written beside the month; the list's other
    day is a date of the same month as much."""
    written = m.group(0).strip()
    if _DAY_FIRST.match(written):
        found = _DAY_BEFORE.search(text, max(0, m.start() - 16), m.start())  # '25 and 26 March': the other day before
    elif written[-1:].isdigit() or written[-2:].isalpha() and written[-3:-2].isdigit():
        found = _DAY_AFTER.match(text, m.end())  # 'March 25 and 26', 'March 25th and 26th': the other day after
    else:
        found = None
    if found is None:
        return []
    day = int(found.group(1))
    if not 1 <= day <= 31 or day == when.day:
        return []
    return [(When(when.year, when.month, day, when.explicit_year), found.group(1), found.start(1), found.end(1))]


_NIGHT_SPAN = re.compile(r"\bnight\s+(?:from|of|between)\s+\w+day\s+(?:to|on|into|and)\s+\w+day\b", re.I)
"""A night told by the two days it joins ('in the night from Sunday to Monday', as translations
put it)."""


def _one_night(text: str, facts: list[Fact]) -> list[Fact]:
    """A night between two days is the first day when the sentence's clock says evening and the
    second when it says early morning; with no clock it could be either, so neither is kept."""
    for m in _NIGHT_SPAN.finditer(text):
        days = [f for f in facts if f.subject == "date" and m.start() <= f.start < m.end()]
        if len(days) != 2:
            continue
        hours = [f.value[0] // 60 for f in facts if f.subject == "time" and abs(f.start - m.end()) < 60]  # type: ignore[index]
        keep = days[0] if hours and hours[0] >= 12 else days[1] if hours else None
        facts = [f for f in facts if f not in days or f is keep]
    return facts


_SECONDS_AFTER = re.compile(r"[:'\u2032\u2019]\d{2}\b")
"""A third pair of digits ('2:11:09', '2h13'40"'): hours, minutes and seconds run, a race's or a
task's time, not a time of day."""
_PLACE_TIME = re.compile(r"\s+([A-Z][a-z\u00c0-\u024f]+)\s+time\b|,?\s+(?:the\s+)?(?:time|hour)\s+(?:of|in)\s+([A-Z][a-z\u00c0-\u024f]+)|\s+(our)\s+time\b")
"""A clock named by its place ('3.40pm Heronian time', 'at 9.12 Korvelian time', a translation's
'22h15, hour of Sarrance'), or the outlet's own ('07.30 o'clock our time': a foreign paper's zone)."""
HOUR_ALONE_SPREAD = 60
"""Minutes within which a time given by its hour alone ('about 6am', 'four o'clock') agrees with
another: an hour named is a rounding ('6am' for 6:10), and a different hour ('4pm' / '6pm') is not."""


_MINUTES = re.compile(r"\d[.:h]\d")


def _hour_alone(f: Fact) -> bool:
    """A whole hour written as one ('8 p.m.', 'nine o'clock'), no minutes."""
    return f.value[0] % 60 == 0 and not _MINUTES.search(f.text)  # type: ignore[index]


def _either_half_of_the_day(f: Fact) -> bool:
    """'Three o'clock', 'twenty to ten' with nothing saying morning or afternoon."""
    return ("clock" in f.text or WORD_CLOCK.fullmatch(f.text) is not None) and not _HALF_OF_THE_DAY.search(f.text) and f.value[0] < 13 * 60  # type: ignore[index]


_HALF_OF_THE_DAY = re.compile(r"morning|afternoon|evening|night|\b[ap]\.?m\b", re.I)


_HOUR_CUES = frozenset({"clock", "morning", "afternoon", "evening", "night"})
"""Words one of which a time told by its hour in words holds ('four o'clock', 'ten at night')."""
_HOUR_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_CLOCK_MINUTE_WORDS = frozenset({"five", "ten", "twenty", "quarter", "half"})


_CLOCK_PREPOSITION = re.compile(r"\b(?:at|by|until|till|after|before|since|about|around|from)\s+$", re.I)


def word_clocks(text: str, read: Words | None) -> list[re.Match]:
    """WORD_CLOCK's matches that tell a time: with a part of the day ('twenty to eight this
    morning') or after a word that brings a time ('at a quarter past nine'); 'five to ten years'
    is a range of years."""
    if read is not None and (read.words.isdisjoint(_CLOCK_MINUTE_WORDS) or "to" not in read.words and "past" not in read.words):
        return []
    return [m for m in WORD_CLOCK.finditer(text)
            if m.group(4) or m.group(5) or m.group(6) or _CLOCK_PREPOSITION.search(text, max(0, m.start() - 8), m.start())]
HOUR = re.compile(
    r"(?=\b[\dotfsen])"  # the first letter of every branch, said up front: the engine passes over every other character at once
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*"
    r"(?:(a\.?m\.?|p\.?m\.?)(?!\w)|o['\u2019]clock(?:\s+(?:in\s+the|this)\s+(morning|afternoon|evening|night))?|(?<=\s)in\s+the\s+(morning|afternoon|evening)\b|(?<=\s)at\s+(night)\b)"
    r"(\s*,?\s*\(?(?:utc|gmt)\b)?", re.I)
"""A time given by its hour alone: '4pm', '18 o'clock', 'four o'clock this afternoon', 'four in the
morning', 'ten at night'."""


WORD_CLOCK = re.compile(
    r"\b(five|ten|twenty|twenty[- ]five|(?:a\s+)?quarter|half)\s+(to|past)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?:\s+(?:in\s+the|this)\s+(morning|afternoon|evening)\b|\s+at\s+(night)\b|\s*(a\.?m\.?|p\.?m\.?)(?!\w)|(?=\s+on\s+[A-Z][a-z]+day\s+(morning|afternoon|evening|night)\b))?", re.I)
"""A time told in words by the minutes to or past an hour: 'twenty to eight this morning', 'a
quarter past nine', 'half past ten at night', 'a quarter to ten on Sunday evening'."""
_CLOCK_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "quarter": 15, "half": 30}


def _word_clock(m: re.Match) -> tuple[int, str] | None:
    """The minute of the day a WORD_CLOCK match names, in the local clock."""
    told = m.group(3).lower()
    hour = int(told) if told.isdigit() else _HOUR_WORDS[told]
    minutes = m.group(1).lower().replace("a ", "").replace("-", " ").split()
    minute = sum(_CLOCK_MINUTES[w] for w in minutes if w in _CLOCK_MINUTES)
    half = (m.group(4) or m.group(5) or m.group(6) or m.group(7) or "").lower()
    if hour > 12 and half or hour > 23:
        return None
    if hour < 12 and (half.startswith("p") or half in ("afternoon", "evening") or half == "night" and hour >= 6):
        hour += 12
    at = hour * 60 + (minute if m.group(2).lower() == "past" else -minute)
    return at % (24 * 60), "local"


_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_LAST_OR_NEXT = re.compile(r"\b(?:last|next|previous|coming|following)\b", re.I)


def _same_weekday_word(a: str, b: str) -> bool:
    """Both name the same weekday and neither says which week ('last', 'next')."""
    day = _weekday_alone(a)
    return day is not None and day == _weekday_alone(b)


@lru_cache(maxsize=8192)
def _weekday_alone(text: str) -> str | None:
    """The weekday a date's words name, in lower case, when they do not say which week; else None.
    Cached: a story's dates are compared with each other pair by pair."""
    m = _WEEKDAY_WORD.search(text)
    return m.group(0).lower() if m and not _LAST_OR_NEXT.search(text) else None


MONTH_SLIP = 2
"""Months apart within which the same day of the month is one date told two ways (a month
slipped), not two events: further apart, dates of different months are taken as different events."""


DAYS_APART = 7
"""Days within which two dates of different months may be one date told two ways when either is
a weekday resolved against the outlet's publication day ('on Friday' / '30 April'): further
apart, they are taken as different events."""
DAYS_APART_EXACT = 31
"""The same for two dates each written with its day and month ('Oct. 2' / '22 September'): a
month's reach, since only what surrounds them can tell one subject from two, and the comparison
asks that of them anyway. Measured on the merge corpus and the 101 other-genre stories: 7 days to 31
matched two more keyed clashes ('images taken on Oct. 2' / 'taken the 22 September') and made one
false callout fewer; the corpus did not change."""


CLOCK_ROUNDING = 1
"""Minutes two clock times may lie apart and still be one moment ('10:40 a.m.' / '10:41'): one
outlet rounds the seconds up, the other down."""
WORD_CLOCK_SPREAD = 7
"""Minutes a time told in words ('a quarter to ten', 'twenty past six') may lie from a clock's time
and still be that time: half of the quarter hour speech rounds to."""


FROM_UTC = "local from utc"
"""The zone of a UTC time moved to the story's local clock (claims._on_the_local_clock): compared
with times told as local, not with times that name no clock."""
_MILITARY_UTC = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC)\b")
"""A wire's clock time on the UTC clock in four digits ('0200 GMT', '2040 UTC')."""
_RANGE_JOIN = re.compile(r"\s*(?:and|to|-|\u2013|until)\s*$")
_LOCAL_WORD = re.compile(r"local", re.I)


def _zone_of_the_range(text: str, facts: list[Fact]) -> list[Fact]:
    """'Between 21:30 and 22:15 UTC': the first time of a range is on the clock the second names."""
    if len(facts) < 2:
        return facts  # no range: most sentences
    times = sorted((f for f in facts if f.subject == "time"), key=lambda f: f.start)
    out = list(facts)
    for first, second in zip(times, times[1:]):
        if first.value[1] == "local" and second.value[1] != "local" and not _LOCAL_WORD.search(first.text) \
                and _RANGE_JOIN.match(text[first.end:second.start]):  # type: ignore[index]
            out[out.index(first)] = replace(first, value=(first.value[0], second.value[1]))  # type: ignore[index]
    return out


def _year_of(value: object) -> object:
    """The year of a date's value: a When's year, or the value itself for a year told alone (an int)."""
    return value.year if isinstance(value, When) else value


def same(a: Fact, b: Fact) -> bool:
    if a.subject == "year" or b.subject == "year":
        return _year_of(a.value) == _year_of(b.value)  # 'in 2022' / 'in March 2022' (either way round): one year
    if (a.subject == "time") != (b.subject == "time"):
        return False  # 'at 3 p.m.' / 'on 4 May' (folding a clash found twice may ask): a clock time and a day tell no one value
    if a.subject == "time":
        (ma, za), (mb, zb) = a.value, b.value  # type: ignore[misc]
        if {za, zb} == {"local", FROM_UTC}:
            told_local = a if za == "local" else b
            if not _LOCAL_WORD.search(told_local.text):
                return True  # a time that names no clock may be on either: no evidence against the other
            za = zb
        apart = abs(ma - mb)
        apart = min(apart, 1440 - apart)  # '23:40' and 'shortly after midnight' are minutes apart, across the day's end
        if za != zb or apart <= CLOCK_ROUNDING:
            return True
        if _either_half_of_the_day(a) or _either_half_of_the_day(b):
            apart = min(apart % 720, 720 - apart % 720)  # 'three o'clock', 'twenty to ten' may be 15:00, 21:40
            if apart <= CLOCK_ROUNDING:
                return True
        if apart <= WORD_CLOCK_SPREAD and (WORD_CLOCK.match(a.text) or WORD_CLOCK.match(b.text)):
            return True  # 'a quarter to ten' for 9.47pm: a time told in words is told to the quarter or five minutes
        if not (a.approximate or b.approximate):
            return False
        if _hour_alone(a) and _hour_alone(b):
            return False  # '8 p.m.' / '9 p.m.': two hours named, not one time rounded
        return apart <= HOUR_ALONE_SPREAD  # '6am' for 6:10, 'shortly before 3 a.m.' for 2:40
    if a.approximate and b.approximate and _same_weekday_word(a.text, b.text):
        return True  # 'on Saturday' / 'on Saturday': one day, however each outlet's tense placed it
    x, y = a.value, b.value
    assert isinstance(x, When) and isinstance(y, When)
    if x.month == y.month and x.day == y.day and not (x.explicit_year and y.explicit_year):
        return True  # '19 March' and 'March 19, 2024', 'in March' and 'in March 2024': the year one outlet leaves out is only inferred
    if (x.year, x.month) != (y.year, y.month):
        months_apart = abs((x.year * 12 + x.month) - (y.year * 12 + y.month))
        if not (x.explicit_year and y.explicit_year):
            months_apart = min(abs(x.month - y.month), 12 - abs(x.month - y.month))  # a year inferred from the tense is no evidence
        if x.day and x.day == y.day and 0 < months_apart <= MONTH_SLIP:
            return False  # '8 April' / '8 May': one day with its month slipped, as translations and typos do
        if (x.day is None or y.day is None) and x.year == y.year and (x.explicit_year or y.explicit_year or x.day is None and y.day is None):
            return False  # 'in October 2025' / 'in June 2025', 'began in June 2025' / 'opened on 2 April 2025': months of one year, compared as the subject allows
        if x.day is None and y.day is None and x.month != y.month and not (x.explicit_year or y.explicit_year):
            return False  # 'warned in November' / 'warned in January', the years read from the tense: two months, even across a new year
        if x.explicit_year and y.explicit_year and x.year != y.year and x.month and y.month:
            return False  # 'last inspected in May 2024' / 'in November 2021': two dates of one deed, years apart
        reach = DAYS_APART if a.approximate or b.approximate else DAYS_APART_EXACT
        return not (x.month == y.month and (x.explicit_year or y.explicit_year)) and not (
            x.day and y.day and abs((dt.date(x.year, x.month, min(x.day, 28)) - dt.date(y.year, y.month, min(y.day, 28))).days) <= reach
        )
    return x.day is None or y.day is None or x.day == y.day


_PERIOD_AFTER = re.compile(r"^[^.;]{0,45}?\b(?:in|for|during|to|of)\s+(?:the\s+)?(?:(?:financial\s+|fiscal\s+)?year\s+(?:to|ending|ended)\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")
RELATIVE_YEAR_REACH = 60
"""Characters from a figure within which a period named relative to now ('last year', 'this
season') is the figure's period, before it or after it (a translation's 'This year has the game
sold for 1,9 billion'), in the same clause."""
_RELATIVE_PERIOD = re.compile(r"\b(last|this|next|previous|current|coming)\s+(?:year|season|financial\s+year|fiscal\s+year)\b(?!['\u2019])", re.I)
_PERIOD_STEP = {**YEAR_STEP, "previous": -1, "current": 0, "coming": 1}
_SO_FAR = re.compile(r"[^.;]{0,40}?\b(?:since\s+(?:the\s+start\s+of\s+(?:the\s+)?year|(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december))\b|so\s+far\s+this\s+year)", re.I)
"""A count to date within the year of writing ('19 threats since January', 'so far this year')."""


@lru_cache(maxsize=8192)
def period_of(text: str, start: int, end: int, written: int | None, others: tuple[tuple[int, int], ...] = ()) -> int | None:
    """The year a figure at text[start:end] counts over, when its words tie it to one: a year
    after it ('in 2024', 'in the year to January 2025'), a year named from the year of writing
    ('last year', 'this season'), or the year to date ('since January'). A year named from now with
    another figure (`others`: the spans of the sentence's other figures) between it and this one
    is that figure's ('will cost 45 euros, up from 38 euros last year': last year's is 38). Cached:
    a figure is asked it for each figure of another claim it is compared with."""
    explicit = _PERIOD_AFTER.match(text[end:end + 70])
    if explicit:
        return int(explicit.group(1))
    if written is None:
        return None
    left = max(text.rfind(";", 0, start) + 1, start - RELATIVE_YEAR_REACH, 0)
    stop = text.find(";", end)
    stop = min(stop if stop >= 0 else len(text), end + RELATIVE_YEAR_REACH)
    found = [m for m in _RELATIVE_PERIOD.finditer(text, left, stop)
             if not any(end <= o_start and o_end <= m.start() or m.end() <= o_start and o_end <= start for o_start, o_end in others)]
    if found:
        nearest = min(found, key=lambda m: m.start() - end if m.start() >= end else start - m.end())
        return written + _PERIOD_STEP[nearest.group(1).lower()]
    if _SO_FAR.match(text, end):
        return written
    return None


_MAY_NAME_A_PERIOD = re.compile(r"year|season|since|\b(?:19|20)\d\d\b", re.I)


@lru_cache(maxsize=8192)
def may_name_a_period(text: str) -> bool:
    """Whether the sentence holds what every period period_of reads is written with (a year, a
    season, 'since'): most sentences do not, and need not be read for one. Cached: alignment
    asks it of a sentence for every claim it is tried against."""
    return _MAY_NAME_A_PERIOD.search(text) is not None
