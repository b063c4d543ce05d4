"""A benchmark story's facts as typed values: what happened (per kind of event), the background
several outlets state, the people an outlet's own sentences bring in, and how one outlet's
figure can differ from the others'."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import archive_vocab as vocab
from archive_forms import Big, Clock, Count, Day, Decimal, Money, Percent, Plain
from archive_frames import Frame


PRODUCTS = {"Glassworks": ("glass bottle", "glass bottles"), "Steel": ("steel tube", "steel tubes"), "Paper Mills": ("paper", "paper"),
            "Components": ("brake", "brake parts")}


def short_name(kind: str) -> str:
    """How a report refers back to a body: 'the board', 'the ministry', 'the office'."""
    head = kind.split(" of ")[0] if " of " in kind else kind
    return head.split()[-1].lower()


def story_values(frame: Frame, rng: random.Random, day: dt.date, offset: int, names: vocab.Names) -> dict:
    """The facts of one story, as typed values every outlet renders its own way."""
    currency, symbol = rng.choice(vocab.CURRENCIES)

    def money(low: float, high: float) -> Money:
        return Money(round(rng.uniform(low, high), 1), currency, symbol)

    def year(low: int, high: int) -> Plain:
        return Plain(str(rng.randint(low, high)))

    def later(low: int, high: int) -> Day:
        return Day(day + dt.timedelta(days=rng.randint(low, high)))

    values = background(rng, money, names)
    place, country = names.place(), names.country()
    actor_kind = rng.choice(frame.actor_kinds)
    org_kind = rng.choice(frame.org_kinds)
    org_name = names.last()
    official, boss = names.person(), names.person()
    values.update({
        "place": Plain(place), "country": Plain(country),
        "actor": Plain(f"the {country} {actor_kind}"), "actor_short": Plain(f"the {short_name(actor_kind)}"),
        "org": Plain(f"{org_name} {org_kind}"), "org_short": Plain(org_name),
        "official": Plain(official), "official_role": Plain(rng.choice(frame.official_roles)),
        "boss": Plain(boss), "boss_role": Plain(rng.choice(frame.boss_roles)),
        "matter": Plain(frame.matter), "event_day": Day(day),
    })
    if frame.key == "court":
        values["actor"] = Plain(f"{place} {actor_kind}")
        values["actor_short"] = Plain("the court")
        values["official"] = Plain(f"{values['official_role'].text} {official}")
    if frame.key == "fine":
        values.update(
            fine=money(1.2, 9.5), affected=Big(rng.randint(150_000, 3_500_000)), found=Day(day - dt.timedelta(days=rng.randint(200, 400))),
            delay=Count(rng.randint(4, 9)), deadline=Count(rng.choice([48, 72])), appeal=Count(rng.choice([14, 21, 30])),
            audit=Count(rng.choice([3, 6, 9])), drop=Percent(rng.randint(8, 48) / 10), complaints=Big(rng.randint(1200, 9000)),
            customers=Big(rng.randint(1_200_000, 6_000_000)), founded=year(1995, 2016),
            told=Day(day - dt.timedelta(days=rng.randint(150, 190))),
            gang=Plain(names.stem() + rng.choice(["fang", "shade", "veil", "lock"])),
        )
    elif frame.key == "court":
        defendant = names.person()
        start = rng.randint(2008, 2016)
        values.update(
            defendant=Plain(defendant), defendant_last=Plain(defendant.split()[-1]),
            defendant_role=Plain(rng.choice(["finance director", "treasurer", "head of fundraising"])),
            term=Count(rng.randint(4, 11)), amount=money(0.4, 3.0), verdict=Day(day - dt.timedelta(days=rng.randint(20, 40))),
            counts=Count(rng.randint(3, 9)), start=Plain(str(start)), end=Plain(str(start + rng.randint(3, 6))),
            fine_small=Money(rng.choice([20, 40, 75, 90]) / 1000, currency, symbol), costs=Money(rng.choice([10, 15, 20, 30]) / 1000, currency, symbol),
            accomplice=Plain(names.person()), months=Count(rng.randint(12, 24)), recovered=money(0.1, 0.4),
            patients=Big(rng.randint(800, 5000)), age=Count(rng.randint(45, 63)), village=Plain(names.place()),
            inv_months=Count(rng.randint(14, 30)), donations=Percent(rng.randint(55, 90)), hearing=later(40, 120), documents=Big(rng.randint(20_000, 90_000)),
        )
    elif frame.key == "grounding":
        vessel = f"{names.place().split()[0]} {rng.choice(['Star', 'Spirit', 'Pride', 'Express'])}"
        values.update(
            vessel=Plain(vessel), passengers=Big(rng.randint(120, 900)), injured=Count(rng.randint(2, 11)), hospital=Count(rng.randint(1, 3)),
            time=Clock(rng.randint(6, 21), rng.choice(range(0, 60, 5)), offset), minutes=Count(rng.randint(12, 55)),
            origin=Plain(names.place()), dest=Plain(names.place()), rescue=Count(rng.randint(2, 7)), built=year(1985, 2012),
            inspected=Plain(f"{rng.choice(vocab.MONTH_NAMES)} {day.year - 1}"), wind=Count(rng.randint(25, 48)),
            yearly=Big(rng.randint(150_000, 900_000)), crew=Count(rng.randint(9, 30)), last_year=year(1990, 2015), refloat=later(3, 8),
        )
    elif frame.key == "storm":
        values.update(
            storm=Plain(f"Storm {names.first()}"), homes=Big(rng.randint(400, 6000)), deaths=Count(rng.randint(2, 5)),
            rain=Count(rng.randint(90, 240)), records=year(1870, 1950), evac=Big(rng.randint(800, 9000)),
            power=Big(rng.randint(12_000, 160_000)), level=Decimal(rng.randint(41, 89) / 10), above=Decimal(rng.randint(12, 39) / 10),
            damage=money(12, 240), reopen=later(4, 10), soldiers=Count(rng.randint(150, 900)), ease=later(2, 4),
            claims=Big(rng.randint(1500, 15000)), roads=Count(rng.randint(14, 60)), warning=Count(rng.randint(18, 40)), aid=money(5, 60),
        )
    else:
        values.update(
            product=Plain(PRODUCTS[org_kind][0]), products=Plain(PRODUCTS[org_kind][1]), closing=later(300, 500),
            jobs=Big(rng.randint(250, 1800)), opened=year(1950, 1990), peak=Big(rng.randint(2000, 6000)),
            other_place=Plain(names.place()), cheaper=Percent(rng.randint(20, 45)), fall=Percent(rng.randint(15, 40)),
            package=money(8, 40), meeting=later(2, 5), share=Percent(rng.randint(8, 25)), loss=money(20, 300),
            suppliers=Big(rng.randint(300, 2000)), talks_month=Plain(rng.choice(vocab.MONTH_NAMES)), apprentices=Count(rng.randint(12, 40)), rise=Percent(rng.randint(15, 60) / 10),
        )
    return values


def differ(value, rng: random.Random):
    """The same fact as one outlet gets it wrong or reports a later figure."""
    if isinstance(value, Count):
        return Count(value.n + rng.choice([1, 2]) if value.n < 12 else value.n + rng.choice([-2, 3, 5]))
    if isinstance(value, Big):
        return Big(int(value.n * rng.choice([0.7, 1.2, 1.4])))
    if isinstance(value, Money):
        return replace(value, millions=round(value.millions * rng.choice([0.5, 1.5, 10]), 1))
    if isinstance(value, Percent):
        return Percent(value.x + rng.choice([1, 2, 3]))
    if isinstance(value, Decimal):
        return Decimal(round(value.x + 0.6, 1))
    if isinstance(value, Day):
        return Day(value.day + dt.timedelta(days=rng.choice([-2, 1, 2])))
    if isinstance(value, Plain) and value.text.isdigit():
        return Plain(str(int(value.text) + 1))
    return None


def fresh_values(names: vocab.Names) -> dict:
    """People an outlet's own sentence brings in: a resident, an expert, a firm, a quote."""
    rng = names.rng
    return {
        "res": Plain(names.person()), "job": Plain(rng.choice(vocab.JOBS)), "years": Count(rng.randint(3, 45)), "age": Count(rng.randint(19, 84)),
        "shop": Plain(rng.choice(vocab.SHOPS)), "street": Plain(rng.choice(vocab.STREETS)), "expert": Plain(names.person()),
        "field": Plain(rng.choice(vocab.FIELDS)), "uni": Plain(names.place()),
        "firm": Plain(f"{names.last()} {rng.choice(['Partners', 'Research', 'Analytics', 'Economics'])}"),
        "quote": Plain(names.quote()),
    }


def background(rng: random.Random, money, names: vocab.Names) -> dict:
    """Background facts of a story that several outlets state, drawn once so they agree."""

    def year(low: int = 1985, high: int = 2019) -> Plain:
        return Plain(str(rng.randint(low, high)))

    def month() -> Plain:
        return Plain(rng.choice(vocab.MONTH_NAMES))

    def firm() -> Plain:
        return Plain(f"{names.last()} {rng.choice(['Partners', 'Research', 'Analytics', 'Economics'])}")

    return {
        "survey_firm": firm(), "survey_year": year(), "survey_pct": Percent(rng.randint(30, 290) / 10), "cost_firm": firm(), "cost": money(2, 400),
        "population": Big(rng.randint(9_000, 240_000)), "hours": Count(rng.randint(2, 9)), "signatures": Big(rng.randint(900, 60_000)),
        "last_case": year(), "last_case_outcome": Plain(rng.choice(vocab.OUTCOMES)), "debate_year": year(), "cut": Percent(rng.randint(50, 290) / 10),
        "cut_year": year(), "council_month": month(), "session_month": month(), "review_year": year(), "review_n": Count(rng.randint(3, 12)),
        "premium": Percent(rng.randint(40, 250) / 10), "report_month": month(), "hoax_year": year(), "towns": Count(rng.randint(2, 9)),
        "questions_day": Plain(f"{rng.randint(1, 28)} {rng.choice(vocab.MONTH_NAMES)}"), "jobless": Percent(rng.randint(80, 190) / 10),
        "national": Percent(rng.randint(40, 79) / 10), "rents": Percent(rng.randint(60, 350) / 10), "rent_years": Count(rng.randint(3, 10)),
        "support": money(5, 300), "committee_month": month(), "org_founded": year(1890, 2005), "staff": Big(rng.randint(800, 40_000)),
        "boss_since": year(2008, 2022), "helpline_month": month(), "vigil_day": Plain(f"{rng.randint(1, 28)} {rng.choice(vocab.MONTH_NAMES)}"),
        "headline_year": year(), "headline_event": Plain(rng.choice(vocab.PAST_EVENTS)), "hall_street": Plain(rng.choice(vocab.STREETS)),
    }
