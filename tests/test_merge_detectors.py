"""Each fact detector and the alignment, on small sentences invented for the rule (never the
sample's or the corpus's): what a figure measures, equivalent forms, tense and negation."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.merge.facts import Context, extract_all
from digest.merge.facts import dates, numbers, quotes, status
from digest.merge.text import stem

PLAIN = Context(dt.date(2024, 5, 15))  # a Wednesday
TRANSLATED = Context(dt.date(2024, 5, 15), translated=True)


def figures(text: str, context: Context = PLAIN) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in numbers.extract(text, context):
        out.setdefault(f.subject, []).append(f.value)
    return out


def nothing_fused(merged: dict) -> bool:
    """Every narrative sentence cites one outlet: no two claims were taken for one."""
    return all(len(s["sources"]) == 1 for p in merged["paragraphs"] for s in p)


def agree(a: str, b: str, context_b: Context = PLAIN) -> bool:
    fa, fb = numbers.extract(a, PLAIN), numbers.extract(b, context_b)
    assert fa and fb, (fa, fb)
    return any(x.subject == y.subject and numbers.same(x, y) for x in fa for y in fb)


@pytest.mark.parametrize("a, b", [
    ("The ferry carried 212 passengers.", "On Friday the ferry carried 212 passengers."),
    ("The storm left seven villages without power.", "The storm left 7 villages without power."),
    ("Growth reached 3.4 percent.", "Growth reached 3,4 per cent."),
    ("The bridge cost 1,250,000 dollars.", "The bridge cost $1.25 million."),
    ("Donations rose to 48,500 pounds.", "Donations rose to 48.500 pounds."),
    ("The lender raised its rate by 25 basis points.", "The lender raised its rate by a quarter of a percentage point."),
    ("The lender raised its rate by 0,25 percentage points.", "The lender raised its rate by 25bp."),
    ("About 4 percent of members voted.", "Some 4.1% of members voted."),
    ("The mill employs 1.2 million workers.", "The mill employs 1,214,600 workers."),
    ("The epicentre lay 30 km off the coast.", "The epicentre lay 19 miles off the coast."),
    ("Gusts reached 120 km/h on the ridge.", "Gusts reached 75 mph on the ridge."),
    ("The river rose 2.5 metres overnight.", "The river rose 8 feet overnight."),
    ("The wind farm will supply 1,200 megawatts.", "The wind farm will supply 1.2 GW."),
    ("The plant burns to make 40 GWh a year.", "The plant burns to make 40,000 MWh a year."),
    ("It was 41C in the shade.", "It was 106 degrees Fahrenheit in the shade."),
    ("The cold store was at 8 degrees, above the 5C allowed.", "The cold store held food at 8C, inspectors said."),
    ("The heat reached 95 degrees on the track.", "The heat on the track reached 35C."),  # a bare figure on the other scale
    ("Rovers beat the Mariners 3-1 at home.", "The Mariners lost 1-3 away to Rovers."),
    ("Rovers thrashed the Mariners 5-0.", "The Mariners were beaten 0-5 by Rovers."),
    ("Two hundred and twelve passengers were on board.", "The ferry carried 212 passengers."),
    ("The ferry's captain, Ida Renn, 54, was praised.", "The captain of the ferry, Ida Renn, of 54 years, was praised."),
])
def test_equivalent_forms_of_a_figure_agree(a, b):
    translated = TRANSLATED if "48.500" in b or "3,4" in b or "0,25" in a else PLAIN
    if "0,25" in a:
        fa, fb = numbers.extract(a, TRANSLATED), numbers.extract(b, PLAIN)
        assert any(x.subject == y.subject and numbers.same(x, y) for x in fa for y in fb)
    else:
        assert agree(a, b, translated)


@pytest.mark.parametrize("a, b", [
    ("The ferry carried 212 passengers.", "The ferry carried 221 passengers."),
    ("The lender raised its rate by 25 basis points.", "The lender raised its rate by 50 basis points."),
    ("The club paid 40 million euros.", "The club paid 40 million pounds."),
    ("The inquiry took 18 months.", "The inquiry took two years."),
    ("Police offered a reward of 20,000 marks.", "Police offered a reward of 25,000 marks."),  # 25,000 rounds to 30,000, not 20,000
])
def test_different_figures_for_one_subject_differ(a, b):
    assert not agree(a, b)


@pytest.mark.parametrize("a, b", [
    ("Rovers beat the Mariners 3-1 at home.", "Rovers beat the Mariners 2-1 at home."),
    ("The epicentre lay 30 km off the coast.", "The epicentre lay 30 miles off the coast."),
    ("The ferry's captain, Ida Renn, 54, was praised.", "The ferry's captain, Ida Renn, 45, was praised."),
    ("A magnitude 6.4 earthquake struck.", "The 6.1-magnitude quake struck."),
])
def test_scores_measures_ages_and_magnitudes_that_differ(a, b):
    fa, fb = numbers.extract(a, PLAIN), numbers.extract(b, PLAIN)
    assert fa and fb and fa[0].subject.split(":")[0] == fb[0].subject.split(":")[0]
    assert not numbers.same(fa[0], fb[0])


def test_bare_degrees_are_a_temperature_only_where_the_sentence_speaks_of_heat_or_cold():
    assert figures("The fridge was at 9 degrees, against a legal maximum of 5 degrees.") == {"temperature": [9.0, 5.0]}
    assert figures("The cold room ran at 52 degrees Fahrenheit, not 41 degrees.")["temperature"] == [11.11, 5.0]
    assert "temperature" not in figures("The road turns 90 degrees at the bridge.")
    assert "temperature" not in figures("She holds two degrees in law.")


def test_a_figure_takes_the_noun_it_counts():
    assert figures("The council won 31 of the 45 seats.") == {"n:seat": [31.0], "n:seat:total": [45.0]}
    assert figures("Two of the court's five judges dissented.") == {"n:judg": [2.0], "n:judg:total": [5.0]}
    assert figures("Parents at the smallest of the nine schools raised money.") == {"n:school:total": [9.0]}  # the whole one is picked from
    assert figures("The depot is the most used of its four depots.") == {"n:depot:total": [4.0]}
    assert figures("The rest of the 12 divers were safe.") == {"n:diver": [12.0]}  # no superlative
    assert figures("Officials put the number of stranded drivers at 2,140.") == {"n:driver": [2140.0]}
    assert figures("The keeper saved a penalty in the 77th minute.") == {"minute": [77.0]}
    assert figures("The board approved it by five votes to four.") == {"split": [(5.0, 4.0)]}
    assert figures("Seven of the council's nine members backed the scheme.") == {"split": [(7.0, 2.0)]}  # a part of a body that backed it, and the rest
    assert "split" not in figures("Two of the five judges backed the appeal.")  # a minority: who else voted how is not said
    assert figures("She was given a three-year ban.") == {"duration": [3 * 365.0]}
    assert figures("The club signed a five-season deal.") == {"n:season": [5.0]} == figures("The deal runs for five seasons.")
    assert figures("He was handed a 10-game ban.") == {"n:game": [10.0]}
    assert figures("Inspectors shut seven Holm Bakery shops.") == figures("Inspectors shut seven shops.") == {"n:shop": [7.0]}  # a name of two words owns what is counted
    assert figures("The ministry expelled 23 Kalvessian diplomats.") == {"n:kalvess": [23.0]}  # one word may be a people's: kept apart from other diplomats


def test_a_before_a_scale_word_is_one_of_it_and_a_compound_takes_the_scale_after_it():
    assert figures("Almost a million people fled the coast.") == {"n:peopl": [1_000_000.0]}
    assert figures("A thousand homes lost power.") == {"n:hom": [1000.0]}
    assert figures("Repairs will cost about a hundred and twenty million crowns.") == {"money": [("crown", 120_000_000.0)]}
    assert figures("Repairs will cost 120 million crowns.") == figures("Repairs will cost one hundred and twenty million crowns.")
    assert figures("Two hundred and twelve thousand people signed.") == {"n:peopl": [212_000.0]}
    assert figures("He paid a hundred.") == {}  # no scale read into a bare 'a'


def test_a_whole_after_its_part_takes_the_parts_unit_and_so_far_is_no_noun():
    assert figures("The city has spent 150 million crowns of the line's projected 340 million so far.") == {"money": [("crown", 150_000_000.0), ("crown", 340_000_000.0)]}
    assert figures("Divers have recovered 12 bodies so far.") == {"n:bod": [12.0]}


def test_a_decimal_told_in_words_takes_the_scale_after_it():
    assert figures("The harvest came in at two point nine million tonnes.") == figures("The harvest came in at 2.9 million tonnes.")
    assert figures("Unemployment rose to eleven point two per cent.") == {"percent": [11.2]}
    assert figures("Nine million tonnes were shipped.") == {"mass": [9_000_000_000.0]}


@pytest.mark.parametrize("text, shown", [
    ("$75 at the corner shop.", "$75"),
    ("\u20ac40 million was set aside for the bridge.", "\u20ac40 million"),
    ("Tickets cost $ 12 each.", "$ 12"),
    ("Tickets cost $12 each.", "$12"),
])
def test_a_sum_shows_its_currency_symbol_even_where_the_sentence_opens_on_it(text, shown):
    """'$75 at the corner shop': the symbol is the sentence's first character, and the figure a
    callout shows is the sum as written, not an empty string."""
    [fact] = numbers.extract(text, PLAIN)
    assert fact.subject == "money" and fact.text == shown and text[fact.start:fact.end] == shown


def test_an_abbreviated_scale_hyphened_to_a_currency_is_a_sum_and_metres_before_a_dimension_are_a_length():
    """'A 60m-crown grant' is 60 million crowns; '40m high' and 'a 40m-long hull' are 40 metres,
    not 40 million of something."""
    assert figures("The line relies on a 60m-crown grant from the state.") == {"money": [("crown", 60_000_000.0)]}
    assert figures("The bank agreed a 2.5bn-euro loan.") == {"money": [("euro", 2_500_000_000.0)]}
    for text in ("The tower is 40m high.", "The yard built a 40m-long hull.", "The wave, 40m high, struck the pier."):
        [fact] = numbers.extract(text, PLAIN)
        assert (fact.subject, fact.value) == ("length", 40.0), text


@pytest.mark.parametrize("text, bound", [
    ("Diesel thickens at temperatures below about minus 15 degrees.", "upper"),
    ("The crowd was more than about 4,000 people.", "lower"),
    ("The crowd was about 4,000 people.", None),
])
def test_a_bound_before_an_approximate_word_is_still_a_bound(text, bound):
    """'Below about minus 15 degrees' is a ceiling, as 'below minus 15 degrees' is: a night as
    cold as minus 17 does not contradict it."""
    [fact] = numbers.extract(text, PLAIN)
    assert numbers.bound(fact) == bound and fact.approximate


def test_a_currency_code_that_spells_its_currency_is_that_currency():
    assert figures("Details of the FLN 450m package were published.") == {"money": [("florin", 450_000_000.0)]}
    assert figures("The rights cost KRN 212m a season.") == {"money": [("crown", 212_000_000.0)]}
    assert figures("The bill is TFL 450m.") == {"money": [("florin", 450_000_000.0)]}  # read by its last letters, as before


def test_an_aside_on_what_a_count_is_made_of_does_not_hide_what_befell_it():
    assert figures("The agency estimates that 5,000 fish, mostly brown trout and grayling, have died since Saturday.") == {"n:dead": [5000.0]}
    assert figures("The agency estimates that 5,000 fish, mostly brown trout and grayling, were counted on Saturday.") == {"n:fish": [5000.0]}


def test_a_figure_first_published_and_since_revised_is_not_reported():
    assert figures("The September rate had first been published as 4.8%.") == {}
    assert figures("The September rate was first published as 4.8 percent and has now been revised to 4.7 percent.") == {"percent": [4.7]}


def test_an_age_in_words_is_an_age_and_a_half_after_a_whole_figure_belongs_to_it():
    assert figures("The twelve-year-old Lin Yue gave birth on Tuesday.") == {"age": [12.0]} == figures("The 12-year-old Lin Yue gave birth on Tuesday.")
    assert figures("The forty-one-year-old driver was arrested.") == {"age": [41.0]}
    assert figures("The driver, aged forty-one, was arrested.") == {"age": [41.0]}
    assert figures("She signed a twelve-year lease.") == {"duration": [12 * 365.0]}  # a span, not an age
    assert figures("It includes a rise in property tax of four and a half per cent.") == {"percent": [4.5]}
    assert figures("Prices were cut by a half.") == {"percent": [50.0]}


def test_a_year_that_opens_a_sentence_is_read():
    [year] = dates.extract("In 2022 a consortium offered 96p a share.", PLAIN)
    assert (year.subject, year.value, year.text) == ("year", 2022, "In 2022")
    assert [f.value for f in dates.extract("Since 2019, the club has lost money.", PLAIN)] == [2019]


def test_square_and_cubic_units_written_with_a_power_are_areas_and_volumes():
    assert figures("The ban covers 4,2 km\u00b2 of the lake.", TRANSLATED) == {"area": [420.0]} == figures("The ban covers 4.2 square kilometres of the lake.")
    assert figures("The flat measures 85 m2.") == {"area": [pytest.approx(0.0085)]}
    assert figures("The tank holds 40 m\u00b3.") == {"volume": [40000.0]}


def test_grams_and_ounces_are_weights_and_a_networks_generation_is_none():
    assert figures("The second cub weighed 164 g.") == {"mass": [0.164]} == figures("The second cub weighed 164 grams.")
    assert figures("It weighed 6.4 oz.") == {"mass": [pytest.approx(0.18144, abs=1e-4)]}
    assert figures("The operator switched on 5G in the city.") == {}


def test_a_bound_may_follow_its_figure():
    told = lambda text: numbers.extract(text, PLAIN)[0]
    assert numbers.bound(told("They would usually be at seventy percent or more.")) == "lower"
    assert numbers.bound(told("Groups of 20 people or fewer may meet.")) == "upper"
    assert numbers.bound(told("Seventy percent of them voted.")) is None


def test_a_capitalised_little_word_before_a_figure_names_nothing():
    assert figures("The 118-metre ship hit the span.") == {"length": [118.0]}
    assert figures("Pipeline 3 burst on Monday.") == {}  # a name's number
    assert figures("The ferry app runs on iOS 12 Harbour phones and eFerry 4 tablets.") == {}  # a product's number, whatever its capitals
    assert figures("Approximately 12 tonnes of fuel oil escaped.") == {"mass": [12_000.0]}  # a rounding word opening the sentence
    assert figures("The cod quota is set at 84,500t.") == figures("The cod quota is set at 84,500 tonnes.") == {"mass": [84_500_000.0]}  # 't': tonnes
    assert figures("The state gave Harlow 340 mln crowns in aid.") == {"money": [("crown", 340_000_000.0)]}  # a scale after it: an amount, no name
    assert figures("Crews were called to the Tarn Glacier 14 times this winter.") == {"n:time": [14.0]}  # how often, after a place's name
    assert figures("But 16 stores will close.") == figures("16 stores will close.") == {"n:stor": [16.0]}  # a conjunction opening the sentence
    assert figures("And 300 workers lost their jobs.") == {"n:worker": [300.0]}
    assert figures("Yet 12 boats sank.") == {"n:boat": [12.0]}
    assert figures("Gate 12 was closed.") == {}  # while a name's number stays one


def test_a_rounded_figure_after_its_noun_and_verb_counts_that_noun():
    assert figures("The line put the number of affected bookings at roughly 9,000.") == {"n:book": [9000.0]}
    assert figures("The toll stood at more than 40 on Monday.") == {"n:toll": [40.0]}


def test_one_member_of_a_group_is_no_count_unless_the_group_is_counted():
    assert figures("The ship struck the span when one of its deck cranes was raised.") == {}
    assert figures("The plant will drop one of its three shifts.") == {"n:shift": [1.0], "n:shift:total": [3.0]}


def test_a_clock_times_minutes_and_a_time_told_in_words_are_no_counts():
    assert figures("They were winched aboard at 07:40 after the weather cleared.") == {}
    assert figures("They were lifted off the ice at twenty to eight this morning.") == {}
    assert figures("He faces five to ten years in prison.") == {"duration": [3650.0]}  # a range of years, no time of day
    told = dates.extract("They were lifted off the ice at twenty to eight this morning.", PLAIN)
    assert [(f.subject, f.value) for f in told] == [("time", (7 * 60 + 40, "local"))]
    evening = dates.extract("The blast came at 9:40 p.m. local time.", PLAIN)[0]
    in_words = dates.extract("The blast came at twenty to ten.", PLAIN)[0]
    later = dates.extract("The blast came at ten past ten.", PLAIN)[0]
    assert dates.same(evening, in_words) and not dates.same(evening, later)  # 'twenty to ten' may be either half of the day, to the minute
    assert dates.extract("The train left at a quarter past nine.", PLAIN)[0].value == (9 * 60 + 15, "local")


def test_a_count_named_by_what_befell_it_is_the_dead_injured_or_missing():
    assert figures("Bus crash: 12 killed, 30 hurt") == {"n:dead": [12.0], "n:injur": [30.0]}
    assert figures("Blast leaves 5 wounded, 3 missing") == {"n:injur": [5.0], "n:missing": [3.0]}
    assert figures("Museum raid: two held as police hunt stolen gold") == figures("Museum raid: two arrested as police hunt stolen gold") == {"n:arrested": [2.0]}
    assert figures("The fire left 17 injured and 2 dead.") == {"n:injur": [17.0], "n:dead": [2.0]}
    assert figures("The storm left 3 people injured.") == {"n:injur": [3.0]}
    assert figures("The crash left two people dead.") == {"n:dead": [2.0]}
    assert figures("The quake killed 14 people and left more than 3,000 homeless.")["n:dead"] == [14.0]  # the homeless are not the dead


def test_up_to_before_a_capacity_is_the_capacity_itself():
    room = numbers.extract("The new ferry has room for up to 1,500 passengers.", PLAIN)[0]
    carries = numbers.extract("The ferry can carry 1,150 passengers.", PLAIN)[0]
    assert not room.approximate and not numbers.same(room, carries) and not numbers.bounds_allow(room, carries)
    reward = numbers.extract("Police offered a reward of up to 500,000 crowns.", PLAIN)[0]
    assert reward.approximate and numbers.bound(reward) == "upper"  # a reward of up to: a range below it


def test_a_hyphenated_count_of_seats_before_its_body_is_the_bodys_size():
    assert figures("A majority in the 121-seat chamber needs 61 votes.")["n:seat:total"] == [121.0]
    assert figures("The Greens won a 12-seat majority.") == {"n:seat": [12.0]}  # a margin, no body


def test_a_list_of_owners_counts_its_noun_once():
    assert figures("The Farmers League won 31 seats, the Harbour Party took 12 and the Greens 5.")["n:seat"][:2] == [31.0, 12.0]
    assert "n:green" not in figures("The Harbour Party took 12 and the Greens 5.")  # 'and the Greens' is the next owner, not what 12 counts
    assert figures("The ferry carried 212 passengers on Monday and 180 on Tuesday.") == {"n:passeng": [212.0]}


def test_negations_names_codes_and_years_hold_no_figure():
    assert figures("No one was hurt in the fire.") == {}
    assert figures("None of the 40 guests was hurt.").get("n:guest") == [40.0]
    assert figures("Route B52 reopened after the storm in 2019.") == {}
    assert figures("Flight QX318 landed safely.") == {}
    assert figures("Doctors saw them in a tent and a tenement on the bridge; one of them was someone's son.") == {}  # no 'ten', 'one'
    assert figures("The seventh boat brought ten fishermen ashore.").get("n:fisherm") == [10.0]


def test_dates_resolve_against_the_outlets_publication_day():
    wednesday = Context(dt.date(2024, 5, 15))
    friday = Context(dt.date(2024, 5, 17))
    on_tuesday = dates.extract("The mayor resigned on Tuesday.", wednesday)[0]
    yesterday = dates.extract("The mayor resigned on May 14.", friday)[0]
    assert dates.same(on_tuesday, yesterday)
    ahead = dates.extract("The vote will take place on Tuesday.", wednesday)[0]
    assert ahead.value == dates.When(2024, 5, 21, False)
    assert dates.extract("The next hearing is foreseen for the 17. May.", wednesday)[0].value.day == 17
    assert dates.extract("The law comes into force on 1 January.", wednesday)[0].value == dates.When(2025, 1, 1, False)  # a rule's start lies ahead
    assert dates.extract("The new rules take effect on 1 July.", wednesday)[0].value == dates.When(2024, 7, 1, False)


@pytest.mark.parametrize("paper, flagged", [
    ("The new law comes into force on 1 July, the ministry said.", True),  # months apart, one start of one law
    ("The new law comes into force on 1 January next year, the ministry said.", False),
])
def test_the_one_day_of_two_close_paraphrases_differs_however_far_apart(tmp_path, paper, flagged):
    merged = story_of(tmp_path, {
        "wire": ("The new law comes into force on 1 January, the ministry said.\n", dict(published=PLAIN.published)),
        "paper": (paper + "\n", dict(published=PLAIN.published))})
    assert [d["kind"] for d in merged["discrepancies"]] == (["date"] if flagged else [])


@pytest.mark.parametrize("text", [
    "The union will strike again on March 25 and 26 if the talks fail.",
    "The union's next strike days, 25 and 26 March, stand.",
    "The union will strike on 25-26 March.",
    "The strike is called for the 25 and 26 March, informed the union.",
])
def test_each_day_of_a_list_of_one_months_days_is_a_date(text):
    days = sorted(f.value.day for f in dates.extract(text, Context(dt.date(2024, 3, 11))) if f.subject == "date")
    assert days == [25, 26]


def test_a_month_and_its_year_are_a_date_whatever_stands_before_them_but_a_periods_end_is_none():
    told = dates.extract("The cartel ran between March 2016 and October 2022, the regulator said.", Context(dt.date(2024, 3, 11)))
    assert [(f.value.year, f.value.month) for f in told if f.subject == "date"] == [(2016, 3), (2022, 10)]
    assert [f.value.month for f in dates.extract("The launch will take place no earlier than May 2026.", Context(dt.date(2024, 3, 11)))] == [5]
    assert dates.extract("It lost 38 million marks in the year to January 2025.", Context(dt.date(2025, 3, 11))) == []  # an accounting period's end


def test_a_count_after_a_date_is_no_second_day():
    assert [f.value.day for f in dates.extract("The storm hit on March 3 and 40 people died.", Context(dt.date(2024, 3, 11)))] == [3]


@pytest.mark.parametrize("text, when", [
    ("The minister approved the plan in March last year.", dates.When(2023, 3, None, True)),
    ("The port opens on 3 May next year.", dates.When(2025, 5, 3, True)),
    ("The mill closed in March.", dates.When(2024, 3, None, False)),
])
def test_a_month_told_with_last_or_next_year_is_that_years(text, when):
    assert dates.extract(text, Context(dt.date(2024, 5, 15)))[0].value == when
    in_year = dates.extract("The minister approved the plan in March 2023.", PLAIN)[0]
    assert dates.same(dates.extract("The minister approved the plan in March last year.", PLAIN)[0], in_year)


def test_how_a_speaker_felt_in_their_words_is_no_term_but_a_quoted_name_for_a_thing_is():
    from digest.merge.facts import terms
    assert terms.extract('The builder said it was "deeply disappointed" and would appeal.', PLAIN) == []
    assert terms.extract('The partner said it remained "fully committed" to the project.', PLAIN) == []
    assert [f.text for f in terms.extract('The two leaders declared a "no limits" partnership.', PLAIN)] == ["no limits"]


def test_the_apostrophe_of_a_possessive_closes_no_quoted_term():
    from digest.merge.facts import terms
    assert terms.extract('"Every collision makes the next one more likely," the agency\'s director, Ada Roe, said.', PLAIN) == []
    assert [f.text for f in terms.extract("The two leaders declared a 'no limits' partnership.", PLAIN)] == ["no limits"]


@pytest.mark.parametrize("a, b, agree", [
    ("The 132-minute film won the prize.", "The two-hour film won the prize.", True),  # hours are counted whole, as weeks are
    ("She needed two hours and 48 minutes to win.", "She won after almost three hours.", True),
    ("The film runs 132 minutes.", "The film runs three hours.", False),
    ("The crew was held for three weeks.", "The crew was held for 22 days.", True),
    ("The strike lasted one week.", "The strike lasted eight days.", True),
    ("The crew was held for three weeks.", "The crew was held for 30 days.", False),
    ("The crew was held for three weeks.", "The crew was held for four weeks.", False),
    ("The trust must act within three months.", "The trust must act within 90 days.", True),  # a cap told in months, the other's days rounded
    ("The trust must act within three months.", "The trust must act within 60 days.", False),
    ("The repairs took two months.", "The repairs took nine weeks.", True),
    ("The repairs took two years.", "The repairs took 20 months.", False),  # years against months: two accounts
])
def test_weeks_and_hours_are_counted_whole_against_days_and_minutes(a, b, agree):
    x, y = numbers.extract(a, PLAIN)[0], numbers.extract(b, PLAIN)[0]
    judged = numbers.bounds_allow(x, y) if numbers.bound(x) or numbers.bound(y) else numbers.same(x, y)  # a cap ('within') judged as a bound
    assert x.subject == y.subject == "duration" and judged is agree


def test_clock_times_compare_only_in_one_zone():
    local = dates.extract("The train arrived at 14:05 local time.", PLAIN)[0]
    utc = dates.extract("The train arrived at 12:05 UTC.", PLAIN)[0]
    other = dates.extract("The train arrived at 15h40, local hour.", PLAIN)[0]
    assert dates.same(local, utc)
    assert not dates.same(local, other)
    placed = dates.extract("The verdict fell towards 22h15, hour of Velland.", PLAIN)[0]
    assert placed.value == (22 * 60 + 15, "velland")  # another country's clock, compared only with its own


def test_a_change_counted_since_a_day_is_not_the_change_on_that_day(tmp_path):
    merged = story_of(tmp_path, {
        "wire": ("Holm shares rose 8.4 percent on Thursday after the verdict.\n", dict(published=PLAIN.published)),
        "trade": ("Holm shares are up 6 percent since the verdict, traders said on Monday.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert variants_of(merged, "number") == []
    (tmp_path / "day").mkdir()
    day = story_of(tmp_path / "day", {
        "wire": ("Holm shares rose 8.4 percent on Thursday after the verdict.\n", dict(published=PLAIN.published)),
        "trade": ("Holm shares rose 6 percent on Thursday after the verdict, traders said.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert variants_of(day, "number") == [["6 percent", "8.4 percent"]]


@pytest.mark.parametrize("text, mood", [
    ("The regulator opened an inquiry into the mill.", "done"),
    ("The regulator is considering whether to open an inquiry.", "possible"),
    ("The mill will appeal against the ruling.", "planned"),
    ("The mill does not intend to appeal.", "denied"),
    ("The mill denied paying the hackers.", "denied"),
    ("The mill would not say whether it paid the hackers.", "undisclosed"),
    ("The figures remain provisional.", "possible"),
    ("The council is considering asking for more buses.", "possible"),
    ("The board is mulling a sale of the unit.", "possible"),
    ("The runner will not appeal against the ban.", "denied"),
    ("She was due to visit the town on Monday.", "planned"),
    ("Xi is widely expected to secure a third term.", "planned"),
    ("Police have not ruled out arson.", "possible"),
    ("The bank ruled out job cuts.", "denied"),
    ("Investigators suspect the freight train passed a red signal.", "possible"),
    ("There is no evidence that anyone has been harmed.", "possible"),
    ("It is too early to say whether the blaze started in the kitchen.", "possible"),
    ("The grant still needs the approval of the fisheries board.", "possible"),
    ("The ministry has yet to say whether it will appeal against the ruling.", "undisclosed"),
    ("Until the review ends, the trust says, it cannot say whether the delays cost lives.", "undisclosed"),
    ("The council indicates to not have established if the pipe burst first.", "possible"),
    ("What started the blaze isn't yet known.", "possible"),
    ("Engineers are still trying to find out whether the pump had failed.", "possible"),
    ("Inspectors are examining whether the valve was replaced.", "possible"),
    ("No decision on a fine has been taken, the regulator said.", "possible"),
])
def test_status_reads_tense_modality_and_negation(text, mood):
    facts = status.extract(text, PLAIN)
    assert facts and facts[0].value[0] == mood


@pytest.mark.parametrize("text", ["The earthquake was shallow, about 35 km below the surface.", "Willem Roe, the mayor, opened the bridge."])
def test_a_word_that_starts_with_a_modal_is_no_plan(text):
    assert "planned" not in [f.value[0] for f in status.extract(text, PLAIN)]


def test_a_figure_a_noun_will_be_counts_that_noun_and_half_units_are_lengths_of_time():
    assert figures("The arena's capacity will be 24,000.") == {"n:" + stem("capacity"): [24000.0]}
    assert figures("The trip lasts an hour and a half.") == {"duration": [1.5 / 24]}
    assert figures("The trip takes half an hour.") == {"duration": [0.5 / 24]}
    assert figures("It took a day and a half to clear the road.") == {"duration": [1.5]}
    assert figures("Half a million people marched.") == {"n:" + stem("people"): [500000.0]}
    assert figures("The stadium's capacity will be 45,000 when it opens.") == {"n:" + stem("capacity"): [45000.0]}  # no noun after 'when'


def test_an_open_decision_differs_from_a_stated_plan_and_a_mere_possibility_does_not():
    plan = status.extract("The club said it would appeal against the ban.", PLAIN)[0]
    undecided = status.extract("The club has not yet decided whether to appeal and will wait for the ruling.", PLAIN)[0]
    could = status.extract("The club could appeal against the ban.", PLAIN)[0]
    considering = status.extract("Its lawyers are considering an appeal to the sports court.", PLAIN)[0]
    assert not status.same(plan, undecided) and not status.same(plan, considering)
    assert status.same(plan, could)


def test_an_option_kept_open_agrees_with_a_denial_that_it_was_done_and_not_with_a_denial_of_it():
    open_option = status.extract("The union has not ruled out a strike over the summer.", PLAIN)[0]
    not_yet = status.extract("A union official denied that a strike had been called.", PLAIN)[0]
    never = status.extract("The union rejected any strike over the summer.", PLAIN)[0]
    assert open_option.value[0] == "possible" and not_yet.value[0] == never.value[0] == "denied"
    assert status.same(open_option, not_yet)
    assert not status.same(open_option, never)


def test_an_agreement_to_do_a_thing_is_its_plan_and_an_agreement_to_a_deal_is_done():
    plan = status.extract("The council will rebuild the pier within two years.", PLAIN)[0]
    agreed = status.extract("The council has agreed to rebuild the pier within two years.", PLAIN)[0]
    assert (plan.value[0], agreed.value[0]) == ("planned", "done") and status.same(plan, agreed)
    assert not status._AGREED_TO_DO.search("The council has agreed to the deal.")


def test_an_outlets_own_unchecked_caveat_states_no_status():
    assert status.extract("The Courier could not independently confirm the payment.", PLAIN) == []
    assert [f.value[0] for f in status.extract("The owners could not confirm the payment.", PLAIN)] == ["undisclosed"]


def test_the_open_question_after_whether_is_not_a_second_statement():
    facts = status.extract("The club would not say whether it would appeal against the ban.", PLAIN)
    assert [f.value[0] for f in facts] == ["undisclosed"]


def test_a_condition_states_nothing_and_a_plans_participle_is_no_deed():
    assert status.extract("The strike can resume if the agreement is not signed.", PLAIN) == []
    assert [f.value[0] for f in status.extract("The agreement is due to be formally signed on March 2.", PLAIN)] == ["planned"]


def test_what_a_status_is_about_counts_the_words_that_say_something_and_ends_at_a_new_clause():
    declined = status.extract("The mill declined to comment on whether the two companies had held merger talks.", PLAIN)[0]
    confirmed = status.extract("Both companies confirmed to the paper that merger talks broke down in May.", PLAIN)[-1]
    assert confirmed.value[0] == "done" and status.about_same(declined, confirmed)  # the talks, past the little words
    rejected = status.extract("The regulator rejected the mill's account of the spill, noting that the valve had failed twice.", PLAIN)[0]
    assert "valv" not in rejected.value[1] and "spill" in rejected.value[1]  # 'noting that …' is another statement


def test_two_statuses_are_about_one_thing_by_what_happened_not_by_the_place_named():
    started = status.extract("Spot fires were already starting on the edge of Tarnby.", PLAIN)[0]
    home = status.extract("The people of Lowick might return home, but Tarnby stays closed.", PLAIN)[0]
    assert not status.about_same(started, home)


def test_a_deed_reported_before_the_day_its_plan_names_is_a_discrepancy(tmp_path):
    merged = story_of(tmp_path, {
        "wire": ("Dockers voted to accept the pay deal on Thursday.\n\nThe agreement is due to be formally signed on March 2.\n", dict(published=dt.date(2026, 2, 12))),
        "radio": ("Dockers voted to accept the pay deal on Thursday.\n\nThe union and the employers signed the new agreement on Thursday afternoon, shortly after the vote.\n", dict(published=dt.date(2026, 2, 13))),
    }, lead="wire")
    assert any(d["kind"] in ("confirmation", "other") and {v["source"] for v in d["variants"]} == {"wire", "radio"} for d in merged["discrepancies"])


def test_a_question_is_never_fused_with_a_statement():
    from digest.merge.align import compatible

    question, statement, other_question = _claims(("blog", "So what exactly are Borgo buying with Oduya?"),
                                                  ("wire", "Borgo are buying Oduya for his pace."),
                                                  ("radio", "What are Borgo buying with Oduya?"))
    assert not compatible(question, statement)
    assert compatible(question, other_question)


@pytest.mark.parametrize("pending, done", [
    ("The mayor was due to visit Holmby on Tuesday.", "When Mayor Anna Lindqvist visited Holmby on Tuesday, she said the city would fund the repairs."),
    ("Police in Tarnby said they were considering whether to open a criminal case.", "Separately, police in Tarnby opened a criminal investigation on Friday into suspected arson."),
    ("The board will close the western depot.", "The board closed the western depot after a vote that will be reviewed in May."),
    ("The damaged barge will be towed to Ostby once the wind drops, the harbour master said.", "The damaged barge was towed into Ostby late on Thursday and lies at the repair quay."),
    ("Police said an autopsy would be carried out on Friday.", "An autopsy was carried out on Friday."),
    ("The two mayors will meet again in May to review the bus link.", "The two mayors met in Ardby in May to agree the bus link's timetable."),
])
def test_a_deed_still_to_come_is_never_fused_with_the_deed_done(pending, done):
    """Each sentence's own mood reads otherwise ('promised', 'suspected', 'will be reviewed'): the
    verb told both ways, done to the same thing, still makes two claims."""
    from digest.merge.align import compatible

    a, b = _claims(("wire", pending), ("paper", done))
    assert not compatible(a, b) and not compatible(b, a)


def test_a_plan_and_a_deed_of_other_things_may_still_be_one_claim():
    from digest.merge.align import compatible

    a, b = _claims(("wire", "The minister will visit the flooded villages on Friday."), ("paper", "The minister will travel to the flooded villages on Friday, her office said."))
    assert compatible(a, b)
    a, b = _claims(("wire", "The council is due to vote on the budget in March."), ("paper", "Councillors voted to delay the tram line."))
    assert compatible(a, b)  # voted on another thing: no deed of the plan's
    a, b = _claims(("wire", "The damaged barge will be towed to Ostby on Friday."), ("paper", "A broken-down lorry was towed away from the quay at Lund."))
    assert compatible(a, b)  # towed, but another thing to another place


def test_a_plan_reported_before_the_deed_is_no_contradiction():
    plan = status.extract("The mill will sign the contract.", Context(dt.date(2024, 5, 1)))[0]
    deed = status.extract("The mill signed the contract.", Context(dt.date(2024, 5, 9)))[0]
    assert status.same(plan, deed)
    denial = status.extract("The mill has not signed the contract.", Context(dt.date(2024, 5, 9)))[0]
    assert not status.same(deed, denial)


def test_a_quotation_knows_its_speaker():
    before = quotes.extract("“We will rebuild the harbour wall this year,” said Ilse Varga.", PLAIN)[0]
    after = quotes.extract("Mayor Tomas Brell said: “We will rebuild the harbour wall this year.”", PLAIN)[0]
    assert before.value[1] == "varga" and after.value[1] == "brell"
    assert not quotes.same(before, after)
    assert quotes.same_words(before, after) > 0.8


@pytest.mark.parametrize("text, who", [
    ("\u201cThe levee will hold through the weekend,\u201d said FWRA regional director Tomas Ek.", "ek"),
    ("\"The levee will hold through the weekend,\" NRC chair Ada Moss conceded after the vote.", "moss"),
    ("\"The levee will hold through the weekend,\" as the engineer Luis Barra put it on Friday.", "barra"),
    ("\u00ab The levee will hold through the weekend \u00bb, declared for his part the chief engineer of Westwater, Luisa Barra.", "barra"),
    ("Transport Minister Ilse Kornath, who went to the scene, called it \"the darkest day our railway has known\".", "kornath"),
    ("Ostrenian Athletics Federation president Mikael Strand said the case was \"a painful day for our athletics\".", "strand"),
    ("\u201eThe levee will hold through the weekend\u201c, said the Westlandic Deputy Water Minister Ada Moss on Friday.", "moss"),  # a title of four capitalised words before the name
    ("\"The levee will hold through the weekend,\" Ms Moss-Lind said afterwards.", "moss-lind"),  # an honorific before the surname
    ("\"The levee will hold through the weekend,\" said Mr. Moss.", "moss"),
    ("\"The levee will hold through the weekend,\" has declared the chairman of the board, Per Lind, in a statement.", "lind"),  # a first name that is a word too
    ("\"The levee will hold through the weekend,\" said Will Harker.", "harker"),
    ("\"The levee will hold through the weekend,\" said Westwater chairman Luis Barra.", "barra"),  # the body, its post, then the person
    ("\"The levee will hold through the weekend,\" Dr Ada Moss, Westwater's chief engineer, told reporters.", "moss"),  # the post's owner is no speaker
    ("\"The levee will hold through the weekend,\" Ada Moss, Westwater's engineer for Harlow, said in a statement.", "moss"),  # nor is the place of the post
])
def test_a_speaker_is_a_person_not_the_initials_of_her_employer(text, who):
    assert quotes.extract(text, PLAIN)[0].value[1] == who


@pytest.mark.parametrize("text, who", [
    ("\"The levee will hold through the weekend, whatever the river does,\" she told Westwater Radio by telephone.", ""),  # whom she told
    ("\"The levee will hold through the weekend, whatever the river does,\" Ada Moss told Westwater Radio by telephone.", "moss"),
])
def test_the_name_after_told_is_whom_a_speaker_told(text, who):
    assert quotes.extract(text, PLAIN)[0].value[1] == who


@pytest.mark.parametrize("text, who", [
    ("Ada Moss, Westwater's chief engineer, set out the plan on Friday: \u201cThe levee will hold through the weekend.\u201d", "moss"),
    ("The storm eased overnight. Dr Tomas Ek gave his verdict in the morning: \"The levee will hold through the weekend.\"", "ek"),
    ("Westwater Borough Council set out its plan on Friday: \"The levee will hold through the weekend.\"", ""),  # a body
    ("The engineers were blunt on Friday: \"The levee will hold through the weekend.\"", ""),  # nobody named
    ("Flood director Ada Moss put the council's view bluntly: \"The levee will hold through the weekend.\"", "moss"),  # the post's first word opens the sentence
    ("Seven homes lost in Westwater Park flood: \u2018The levee will hold through the weekend\u2019", ""),  # a place after words that are no post
])
def test_a_quotation_after_a_colon_is_the_opening_persons(text, who):
    """With no verb of saying, a quotation brought in by a colon is the words of the person the
    sentence opens with."""
    assert quotes.extract(text, PLAIN)[0].value[1] == who


def test_every_detector_is_listed_once_and_reads_one_sentence():
    facts = extract_all("On Tuesday the mill said it would not pay the 3 million euro fine, “not one cent”.", PLAIN)
    assert {f.detector for f in facts} >= {"numbers", "dates", "status"}


def test_a_status_clause_runs_past_the_comma_inside_a_figure():
    from digest.merge.facts import status

    [paid] = [f for f in status.extract("The magazine said the firm paid 250,000 euros in 2024 to a company owned by his son.", PLAIN) if f.value[0] == "done"]
    assert "250,000 euros" in paid.text


@pytest.mark.parametrize("text", ["The number of rejected ballots fell to 1,109.", "All the rejected applications will be read again."])
def test_a_denials_participle_before_a_noun_is_a_kind_of_thing_not_a_denial(text):
    from digest.merge.facts import status

    assert not [f for f in status.extract(text, PLAIN) if f.value[0] == "denied"]
    assert [f.value[0] for f in status.extract("The council rejected the offer on Monday.", PLAIN)] == ["denied"]


def test_a_name_after_not_is_no_deed_denied():
    from digest.merge.compare.statements import polarity_conflicts

    tried, first = _claims(("wire", "The sales director, who was tried alongside Lindgren, was acquitted of aiding the fraud."),
                           ("paper", "It is not Lindgren's first conviction."))
    assert polarity_conflicts([tried, first], {0: {1: 0.9}, 1: {0: 0.9}}) == []
    insured, not_insured = _claims(("wire", "The paintings were insured by the state."), ("paper", "The paintings were not insured."))
    assert len(polarity_conflicts([insured, not_insured], {0: {1: 0.9}, 1: {0: 0.9}})) == 1


def test_a_denial_supposed_or_asked_is_no_account_of_what_happened():
    """'If the paintings were not insured …' and 'What happens if they were not insured?' tell
    nothing of whether they were; 'the paintings were not insured' does."""
    from digest.merge.compare.statements import polarity_conflicts

    close = {0: {1: 0.9}, 1: {0: 0.9}}
    for supposed in ("If the paintings were not insured, the owners would have paid.", "What happens if the paintings were not insured?",
                     "The paintings would be lost to the owners even if they were not insured.", "Were the paintings not insured?"):
        told, asked = _claims(("wire", "The paintings were insured by the state."), ("paper", supposed))
        assert polarity_conflicts([told, asked], close) == [], supposed
    told, denied = _claims(("wire", "The paintings were insured by the state."), ("paper", "The paintings were not insured."))
    assert len(polarity_conflicts([told, denied], close)) == 1


# -- Alignment: claims by meaning, with figures, tense and negation as hard constraints ---------

from test_merge_general import story_of, variants_of  # noqa: E402

MILL = {
    "valley-wire": (
        "Workers at the Orrin paper mill walked out on Monday over unpaid overtime.\n\n"
        "The strike halted production at the plant, which employs 640 people.\n\n"
        "Management said it would meet union leaders on Thursday.\n",
        dict(published=dt.date(2024, 3, 4)),
    ),
    "river-radio": (
        "Staff at the Orrin paper mill went on strike on Monday in a dispute over overtime pay.\n\n"
        "The stoppage brought output at the factory, which has 604 employees, to a standstill.\n\n"
        "Managers met union representatives on Thursday.\n",
        dict(published=dt.date(2024, 3, 9)),
    ),
}


@pytest.fixture
def mill(tmp_path):
    return story_of(tmp_path, MILL, lead="valley-wire")


def test_a_paraphrase_is_one_claim_with_both_wordings(mill):
    first = mill["paragraphs"][0][0]
    assert first["sources"] == ["valley-wire", "river-radio"]
    assert first["wordings"]["river-radio"].startswith("Staff at the Orrin paper mill went on strike")


def test_claims_whose_figures_differ_stay_apart_and_are_flagged(mill):
    sentences = [s for p in mill["paragraphs"] for s in p]
    for s in sentences:
        assert not ("640" in " ".join(s["wordings"].values()) and "604" in " ".join(s["wordings"].values()))
    flagged = [d for d in mill["discrepancies"] if d["kind"] == "number"]
    assert flagged and {v["text"] for v in flagged[0]["variants"]} >= {"640 people", "604 employees"}
    assert flagged[0]["severity"] == "material"


def test_a_plan_and_a_later_report_of_the_deed_are_two_claims_and_no_clash(mill):
    sentences = [s for p in mill["paragraphs"] for s in p]
    plan = next(s for s in sentences if "would meet" in s["text"])
    assert plan["sources"] == ["valley-wire"]
    assert not [d for d in mill["discrepancies"] if d["kind"] in ("confirmation", "other")]


COURT = {
    "court-wire": (
        "A jury convicted the former treasurer of four counts of theft after a two-week trial.\n\n"
        "She will be sentenced in June, the court heard.\n",
        dict(published=dt.date(2024, 3, 4)),
    ),
    "county-paper": (
        "The former treasurer was convicted of four counts of false accounting after a two-week trial.\n\n"
        "She will be sentenced in June.\n",
        dict(published=dt.date(2024, 3, 4)),
    ),
}


def test_the_same_count_of_differently_named_things_is_a_term_discrepancy(tmp_path):
    merged = story_of(tmp_path, COURT, lead="court-wire")
    terms = [d for d in merged["discrepancies"] if d["kind"] == "term"]
    assert len(terms) == 1
    assert {v["source"]: v["text"] for v in terms[0]["variants"]} == {
        "court-wire": "four counts of theft", "county-paper": "four counts of false accounting"}


@pytest.mark.parametrize("other, shown, translated", [
    ("The tanker was carrying 38 000 tonnes of crude oil when it ran aground.", "38 000 tonnes of crude oil", False),
    ("The tanker was carrying 38 000 tonnes of crude oil when it ran aground.", "38 000 tonnes of crude oil", True),  # a substance, named as it is
    ("The tanker was carrying 38,000 tonnes of marine diesel when it ran aground.", None, False),  # one word shared
    ("The ship, with 38,000 tonnes of wheat on board, ran aground.", "38,000 tonnes of wheat", False),
    ("The tanker was carrying 38,000 tonnes of cargo when it ran aground.", None, True),  # a load, whatever it is of
    ("The tanker was carrying 38,000 tonnes of freight when it ran aground.", None, False),
])
def test_the_same_measure_of_differently_named_things_is_a_term_discrepancy(tmp_path, other, shown, translated):
    merged = story_of(tmp_path, {
        "sea-wire": ("The tanker was carrying 38,000 tonnes of diesel when it ran aground.\n", dict(published=dt.date(2024, 3, 4))),
        "port-paper": (other + "\n", dict(published=dt.date(2024, 3, 4), **({"translated_from": "fr"} if translated else {}))),
    }, lead="sea-wire")
    terms = variants_of(merged, "term")
    assert terms == ([sorted(["38,000 tonnes of diesel", shown])] if shown else []), terms


def test_what_a_translation_says_a_count_is_of_is_its_rendering_not_another_thing(tmp_path):
    """'40 of the 220 pages of the report' in a machine translation's words ('40 of 220 pages of
    the document') is the translation's choice of word; the same count of something another
    outlet names otherwise is still a term discrepancy (the test above)."""
    merged = story_of(tmp_path, {
        "audit-wire": ("The auditors found errors on 40 of the 220 pages of the report, the ministry said.\n\n"
                       "The minister will answer questions on Friday.\n", dict(published=dt.date(2024, 3, 4))),
        "zeitung-mt": ("The auditors found errors on 40 of 220 pages of the document, as the ministry communicated.\n\n"
                       "The minister answers on Friday the questions.\n", dict(published=dt.date(2024, 3, 4), translated_from="de")),
    }, lead="audit-wire")
    assert not [d for d in merged["discrepancies"] if d["kind"] == "term"]


def test_a_speakers_name_wins_over_the_organisation_before_it_and_a_quoted_name_is_no_term():
    quote = quotes.extract("Harbourline spokeswoman Ida Renn said the crew had “followed every procedure they were taught”.", PLAIN)[0]
    assert quote.value[1] == "renn"
    from digest.merge.facts import terms
    assert terms.extract("Staff called the ferry “Dolphin” for years, a “floating slum” to critics.", PLAIN)[0].text == "floating slum"
    assert len(terms.extract("Staff called the ferry “Dolphin” for years.", PLAIN)) == 0


def test_ordinals_dates_and_quarter_points_are_read_as_what_they_are():
    assert figures("She will seek a third term as mayor.") == {}
    assert figures("The meeting lasted 2.5 hours.") == {"duration": [pytest.approx(2.5 / 24)]}
    assert figures("Exports grew by nearly a third between May and July.") == {"percent": [round(100 / 3, 4)]}  # a share, as a percentage is
    assert "percent" not in figures("The fine was a quarter of a million marks.")  # an amount, no share
    assert figures("The bank cut its rate by a quarter point.") == {"points": [0.25]}
    assert figures("The congress opens on Oct. 16 and runs for a week.") == {}


def test_claims_that_each_give_figures_none_of_them_shared_are_two_claims():
    from digest.merge.align import figures_apart
    from digest.merge.claims import build_claims
    from digest.merge.sentences import Sentence

    def claim(source: str, text: str):
        return build_claims({source: [Sentence(source, 0, 0, text, 0, len(text), 1)]}, {source: PLAIN})[0]

    fleet = claim("a", "The airline operates a fleet of 31 aircraft from the city.")
    staff = claim("b", "The airline employs around 1,400 people in the city.")
    same = claim("c", "From the city the airline flies 31 aircraft.")
    assert figures_apart(fleet, staff)
    assert not figures_apart(fleet, same)


def test_a_caption_glued_into_a_paragraph_stays_out_of_the_narrative():
    from digest.merge.claims import is_prose
    assert not is_prose("This file photo (via Harbourline) shows the ferry at the Ashby pier in May 2023.")
    assert is_prose("The ferry will run an extra crossing on Saturdays from June.")
    assert not is_prose("(\u201cOpen Water\u201d, in English), a memoir about the crossing.")


@pytest.mark.parametrize("text, prose", [
    ("Follow us on Twitter @HarbourNews or Facebook.", False),  # the page's, glued after the writer's book in one paragraph
    ("Follow Harbour.News on Instagram for more pictures.", False),
    ("Follow the river north for two miles and you reach the dam.", True),
    ("Followers on Twitter praised the harbour board on Monday.", True),
])
def test_a_prompt_to_follow_the_page_stays_out_of_the_narrative(text, prose):
    from digest.merge.claims import is_prose
    assert is_prose(text) == prose


def test_a_day_before_a_month_is_a_date_not_a_count():
    assert figures("The board met on the 30 of April of that year.") == {}
    assert figures("The fair opens on 17. April in the old hall.") == {}
    assert figures("She was convicted of six crimes.") == {"n:crim": [6]}


VOTE = {
    "capital-wire": (
        "The city council approved the new tram line by seven votes to two on Tuesday.\n\n"
        "Construction is due to begin next spring.\n",
        dict(published=dt.date(2024, 5, 15)),
    ),
    "transit-weekly": (
        "Work on the tram line is due to begin next spring.\n\n"
        "\u201cA 6-3 split tells you how divided this town still is,\u201d said the planner Ada Merov.\n",
        dict(published=dt.date(2024, 5, 16)),
    ),
}


def test_two_splits_of_one_body_differ_wherever_they_stand(tmp_path):
    merged = story_of(tmp_path, VOTE, lead="capital-wire")
    splits = [d for d in merged["discrepancies"] if d["kind"] == "number"]
    assert len(splits) == 1
    assert {v["source"]: v["text"] for v in splits[0]["variants"]} == {
        "capital-wire": "seven votes to two", "transit-weekly": "6-3 split"}


def test_splits_of_different_sizes_are_different_votes(tmp_path):
    other = dict(VOTE, **{"transit-weekly": (VOTE["transit-weekly"][0].replace("6-3", "5-3"), VOTE["transit-weekly"][1])})
    merged = story_of(tmp_path, other, lead="capital-wire")
    assert not [d for d in merged["discrepancies"] if d["kind"] == "number"]


TRIAL = {
    "court-desk": (
        "The striker is expected to travel to Lisbon for a medical on Thursday before signing.\n",
        dict(published=dt.date(2024, 5, 13)),  # a Monday: Thursday is 16 May
    ),
    "foreign-sport": (
        "The medical examinations are fixed for Friday 17 May in Lisbon, then the signature.\n",
        dict(published=dt.date(2024, 5, 14), translated_from="pt"),
    ),
    "club-blog": (
        "He is due in Lisbon for his medical tomorrow, and will sign after it.\n",
        dict(published=dt.date(2024, 5, 15)),  # tomorrow is Thursday 16 May
    ),
}


def test_a_weekday_resolved_against_publication_clashes_with_a_date_about_the_same_thing(tmp_path):
    merged = story_of(tmp_path, TRIAL, lead="court-desk")
    found = [d for d in merged["discrepancies"] if d["kind"] == "date"]
    assert len(found) == 1
    assert {v["source"] for v in found[0]["variants"]} == {"court-desk", "foreign-sport", "club-blog"}
    agreeing = dict(TRIAL, **{"foreign-sport": (TRIAL["foreign-sport"][0].replace("Friday 17", "Thursday 16"), TRIAL["foreign-sport"][1])})
    (tmp_path / "again").mkdir()
    assert not [d for d in story_of(tmp_path / "again", agreeing, lead="court-desk")["discrepancies"] if d["kind"] == "date"]



FERRY = {
    "port-wire": (
        "The ferry company cancelled the evening sailings because of the gale.\n\n"
        "The final tally shows the line carried 212 passengers fewer than the year before.\n\n"
        "A spokesman apologised to travellers.\n",
        dict(published=dt.date(2024, 5, 15)),
    ),
    "island-radio": (
        "Stormy weather forced the cancellation of all evening crossings.\n\n"
        "Traffic on the route dropped by 212 passengers on the year, according to the operator.\n\n"
        "Passengers were offered refunds.\n",
        dict(published=dt.date(2024, 5, 15)),
    ),
}


def test_claims_that_agree_on_a_figure_join_at_a_lower_score(tmp_path):
    merged = story_of(tmp_path, FERRY, lead="port-wire")
    tally = next(s for p in merged["paragraphs"] for s in p if "212" in s["text"])
    assert tally["sources"] == ["port-wire", "island-radio"]
    other = dict(FERRY, **{"island-radio": (FERRY["island-radio"][0].replace("212", "97"), FERRY["island-radio"][1])})
    (tmp_path / "other").mkdir()
    merged = story_of(tmp_path / "other", other, lead="port-wire")
    assert all(len(s["sources"]) == 1 for p in merged["paragraphs"] for s in p if "212" in s["text"] or "97" in s["text"])


BLAZE = {
    "early-radio": (
        "A fire broke out in a warehouse on the harbour road on Tuesday morning.\n\n"
        "The fire service says nobody was hurt, and the road has been reopened.\n",
        dict(published=dt.date(2024, 5, 14)),
    ),
    "city-paper": (
        "Fire crews spent four hours on Tuesday putting out a blaze in a harbour warehouse.\n\n"
        "Three firefighters were injured in the collapse of a wall.\n\n"
        "The warehouse held 40 tonnes of paper.\n",
        dict(published=dt.date(2024, 5, 15)),
    ),
}


def test_a_statement_of_none_is_answered_by_a_count_of_the_same_happening(tmp_path):
    merged = story_of(tmp_path, BLAZE, lead="city-paper")
    counts = [d for d in merged["discrepancies"] if d["kind"] == "number"]
    assert len(counts) == 1, merged["discrepancies"]
    texts = {v["source"]: v["text"] for v in counts[0]["variants"]}
    assert texts["early-radio"].startswith("nobody was hurt") and texts["city-paper"] == "Three firefighters"


@pytest.mark.parametrize("count, clash", [
    ("Police arrested two men near the station on Sunday.", True),  # the deed before the count
    ("In 2019, police arrested two men near the station after a similar fire.", False),  # another year's arrests
])
def test_a_statement_of_none_is_answered_by_a_count_whose_deed_comes_first(tmp_path, count, clash):
    merged = story_of(tmp_path, {
        "wire": ("No one has been arrested over the fire, police said.\n", dict(published=PLAIN.published)),
        "paper": (count + "\n", dict(published=PLAIN.published))})
    assert [d["kind"] for d in merged["discrepancies"]] == (["number"] if clash else [])


def test_none_of_a_group_counts_only_that_group_and_no_one_is_no_number_one(tmp_path):
    other = dict(BLAZE, **{"early-radio": (BLAZE["early-radio"][0].replace("nobody was hurt", "none of the residents were hurt"), BLAZE["early-radio"][1])})
    merged = story_of(tmp_path, other, lead="city-paper")
    assert not [d for d in merged["discrepancies"] if d["kind"] == "number"]
    assert figures("No one was hurt in the blaze.") == {}


def _bus(first: str, second: str) -> dict:
    return {
        "road-wire": (f"The overturned coach was carrying {first} on the mountain road, police said.\n", dict(published=dt.date(2024, 5, 15))),
        "valley-news": (f"Police said the coach that overturned on the mountain road had {second} on board.\n", dict(published=dt.date(2024, 5, 15))),
    }


@pytest.mark.parametrize("first, second, clash", [
    ("more than 40 passengers", "44 passengers", False),
    ("more than 40 passengers", "36 passengers", True),
    ("up to 40 passengers", "36 passengers", False),
    ("fewer than 40 passengers", "more than 30 passengers", False),
    ("40 passengers", "36 passengers", True),
])
def test_a_bound_contradicts_only_a_value_outside_it(tmp_path, first, second, clash):
    merged = story_of(tmp_path, _bus(first, second), lead="road-wire")
    assert bool([d for d in merged["discrepancies"] if d["kind"] == "number"]) == clash


def test_a_deadline_lies_ahead_and_is_met_by_an_earlier_day(tmp_path):
    deadline = dates.extract("The council has until Friday to publish the audit.", PLAIN)[0]
    assert (deadline.value.month, deadline.value.day) == (5, 17)  # the Friday after Wednesday 15 May
    stories = {
        "town-wire": ("The council has until Friday to publish the audit of the harbour accounts.\n", dict(published=dt.date(2024, 5, 15))),
        "harbour-news": ("The council published the audit of the harbour accounts on 16 May.\n", dict(published=dt.date(2024, 5, 17))),
    }
    assert not [d for d in story_of(tmp_path, stories, lead="town-wire")["discrepancies"] if d["kind"] == "date"]


TRIAL_COUNTS = {
    "court-wire": (
        "The former treasurer of the rowing club was sentenced on Friday.\n\n"
        "A jury found her guilty last month of four counts of theft from the club.\n\n"
        "The club has 300 members and two boathouses.\n",
        dict(published=dt.date(2024, 5, 17)),
    ),
    "river-weekly": (
        "The club's former treasurer was jailed on Friday.\n\n"
        "After a two-week trial, a jury found her guilty on every one of the five charges she faced.\n\n"
        "Members raised 12,000 pounds to replace the missing money.\n",
        dict(published=dt.date(2024, 5, 18)),
    ),
}


def test_one_count_under_two_names_differs_wherever_it_stands(tmp_path):
    merged = story_of(tmp_path, TRIAL_COUNTS, lead="court-wire")
    counts = [d for d in merged["discrepancies"] if d["kind"] == "number"]
    assert len(counts) == 1, merged["discrepancies"]
    assert {v["source"]: v["text"] for v in counts[0]["variants"]} == {"court-wire": "four counts", "river-weekly": "five charges"}
    assert figures("The recount, the only one ordered, changed nothing.") == {}


@pytest.mark.parametrize("text, subjects", [
    ("The jury found the pump infringed two of the three Holm patents at issue.", {"n:patent": [2.0], "n:patent:total": [3.0]}),
    ("The jury found the pump infringed three of Holm's patents.", {"n:patent": [3.0]}),
    ("Four of the five Brennvik schools will reopen.", {"n:school": [4.0], "n:school:total": [5.0]}),
    ("Twenty-three Kalmarian diplomats are accredited here.", {"n:" + stem("kalmarian"): [23.0]}),  # a qualifier that tells one group from another stays
])
def test_a_name_before_the_noun_a_part_or_its_whole_counts_is_not_the_noun(text, subjects):
    assert figures(text) == subjects


def test_a_part_counted_against_another_outlets_part_is_a_clash_though_the_whole_is_the_others_count(tmp_path):
    """'two of the three patents' gives the three patents, not 'three of its patents' (a part)."""
    merged = story_of(tmp_path, {
        "wire": ("A jury found on Thursday that the Vell pump infringed two of the three Holm patents at issue.\n", dict(published=PLAIN.published)),
        "radio": ("The jury decided the Vell pump infringed three of Holm's patents, the court heard on Thursday.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert variants_of(merged, "number") == [["three of Holm's patents", "two of the three Holm patents"]]


@pytest.mark.parametrize("noun, compared", [("people", False), ("persons", False), ("others", False), ("households", True)])
def test_a_count_of_anyone_is_not_tied_to_a_named_group_by_its_surroundings_alone(noun, compared):
    """'5,400 people' may be any group of the story (the evacuated, the injured, the voters):
    across the story it is not one count with '3,200 residents' because the words around them
    match; a named group ('households') still is."""
    from digest.merge.claims import build_claims
    from digest.merge.compare.figures import Surroundings, subject_conflicts
    from digest.merge.embed import Embedded
    from digest.merge.sentences import Sentence

    texts = (("wire", f"By morning 5,400 {noun} from the lower valley towns were taken to shelters."),
             ("paper", "The fund was approved; 3,200 residents from the lower valley towns were taken to hotels."))
    claims = build_claims({s: [Sentence(s, 0, 0, t, 0, len(t), 1)] for s, t in texts}, {"wire": PLAIN, "paper": PLAIN})
    found = subject_conflicts(claims, Surroundings(claims, Embedded([c.text for c in claims])))
    assert [[f.text for _, f in c.facts] for c in found] == ([[f"5,400 {noun}", "3,200 residents"]] if compared else [])


GUIDANCE = {
    "money-wire": (
        "The lender raised its main rate to 3 percent on Thursday.\n\n"
        "It signalled that further cuts to its bond buying could follow in the spring.\n",
        dict(published=dt.date(2024, 5, 16)),
    ),
    "city-radio": (
        "Borrowing costs went up again on Thursday.\n\n"
        "But the governor ruled out further cuts to bond buying this year.\n",
        dict(published=dt.date(2024, 5, 16)),
    ),
}


def test_a_denial_of_what_another_outlet_asserts_in_the_same_words_is_flagged(tmp_path):
    merged = story_of(tmp_path, GUIDANCE, lead="money-wire")
    found = [d for d in merged["discrepancies"] if d["kind"] in ("confirmation", "other")]
    assert len(found) == 1, merged["discrepancies"]
    texts = {v["source"]: v["text"] for v in found[0]["variants"]}
    assert "ruled out further cuts" in texts["city-radio"] and "further cuts" in texts["money-wire"]
    unrelated = dict(GUIDANCE, **{"city-radio": (GUIDANCE["city-radio"][0].replace("further cuts to bond buying", "a change of its inflation target"), GUIDANCE["city-radio"][1])})
    (tmp_path / "other").mkdir()
    assert not [d for d in story_of(tmp_path / "other", unrelated, lead="money-wire")["discrepancies"] if d["kind"] in ("confirmation", "other")]


def test_one_of_the_most_is_no_count():
    assert figures("It was one of the busiest crossings of the year.") == {}
    assert figures("We will win them back one ship at a time.") == {}
    assert figures("Two of them also buy from the same mill.") == {}
    assert figures("It asked the four other firms to test.") == figures("It asked the other four firms to test.") == {"n:firm:other": [4.0]}
    assert figures("The warning was issued at 4am and lifted at 6.30am after the gauges showed no change.") == {}
    assert figures("The warning given for the coast, at hour 06.30 was lifted.") == {}
    assert figures("Shares closed at 6.30 florins on Friday.") == {"money": [("florin", 6.3)]}
    assert figures("A crowd of 48,612 watched at the stadium.") == {"n:crowd": [48612.0]}
    assert figures("Two were found dead on Thursday.") == {}  # a verb's subject, whose noun went before
    assert figures("The winners receive 1,500,000 marks.") == {"money": [("mark", 1500000.0)]}  # 'marks' is no 'March'
    assert figures("It happened on 30 March.") == {}
    assert figures("One of the two ferries was late.") == {"n:ferr": [1], "n:ferr:total": [2]}


HOSPITAL = {
    "port-wire": (
        "Ida Renn, 54, was sentenced at Ashby Crown Court after a jury found her guilty last month of four counts of theft.\n\n"
        "Two passengers were taken to hospital as a precaution.\n\n"
        "The ferry company said it would review its safety rules.\n",
        dict(published=dt.date(2024, 3, 4)),
    ),
    "harbour-paper": (
        "Ida Renn, 54, of Hollins Road, was sentenced at Ashby Crown Court on Friday after a jury found her guilty last month of four counts of theft.\n\n"
        "Two passengers were taken to hospital as a precaution and were released on Sunday evening, a nurse told reporters.\n\n"
        "The ferry company said it would review its safety rules.\n",
        dict(published=dt.date(2024, 3, 4)),
    ),
}


@pytest.mark.parametrize("swapped", [False, True], ids=["the other outlet tells more", "the lead tells more"])
def test_a_sentence_with_a_figure_no_one_else_gives_stands_as_its_own_claim(tmp_path, swapped):
    """Fused under the wire's shorter sentence, 'released on Sunday evening' would reach the reader
    only as a footnote's wording; the other way round, fused under the lead's sentence, the other
    outlet would be cited for it, which it never says. Each sentence is cited to its own outlet; a
    near copy with a small extra detail still fuses."""
    articles = HOSPITAL
    if swapped:
        articles = {"port-wire": (HOSPITAL["harbour-paper"][0], HOSPITAL["port-wire"][1]), "harbour-paper": (HOSPITAL["port-wire"][0], HOSPITAL["harbour-paper"][1])}
    longer, shorter = ("port-wire", "harbour-paper") if swapped else ("harbour-paper", "port-wire")
    merged = story_of(tmp_path, articles, lead="port-wire")
    sentences = [s for p in merged["paragraphs"] for s in p]
    released = [s for s in sentences if "released on Sunday" in s["text"]]
    assert len(released) == 1 and released[0]["sources"] == [longer]
    short = next(s for s in sentences if s["text"] == "Two passengers were taken to hospital as a precaution.")
    assert short["sources"] == [shorter]
    sentenced = [s for s in sentences if "was sentenced" in s["text"]]
    assert len(sentenced) == 1 and sentenced[0]["sources"] == ["port-wire", "harbour-paper"]


def test_a_decision_still_to_come_against_the_deed_done_by_the_same_body_needs_no_neighbours():
    """'The court is expected to decide within days whether to admit the challenge' against 'the
    Constitutional Court on Wednesday admitted a challenge', compared story-wide (no neighbour lists
    given); a deed done by another body answers no decision of the council's."""
    from digest.merge.claims import build_claims
    from digest.merge.compare.statements import decision_against_deed_conflicts
    from digest.merge.sentences import Sentence

    def found(a, b):
        claims = build_claims({s: [Sentence(s, 0, 0, t, 0, len(t), 1)] for s, t in (("a", a), ("b", b))}, {"a": PLAIN, "b": PLAIN})
        return [c.kind for c in decision_against_deed_conflicts(claims)]

    assert found("The court is expected to decide within days whether to admit the challenge.",
                 "The Constitutional Court on Wednesday admitted a challenge by the government to the language law.") == ["confirmation"]
    assert found("The Consumers' Council, which opposed the merger, has until December to decide whether to ask the tribunal to review it.",
                 "Since prices peaked in early 2023, the government has asked the authority to keep a closer watch.") == []
    assert found("The court is expected to decide within days whether to admit the challenge.",
                 "The court has not admitted any challenge to the law so far.") == []
    assert found("Asked on Wednesday, a spokesperson said the company had not yet decided whether to appeal against the fine.",
                 "The company said it would appeal in the labour courts.") == ["confirmation"]  # the body after 'said'; a deed announced
    asking = ["The court is expected to decide within days whether to admit the challenge.", "Late on Friday the court admitted the challenge."]
    told = build_claims({"a": [Sentence("a", k, k, t, 0, len(t), k + 1) for k, t in enumerate(asking)],
                         "b": [Sentence("b", 0, 0, "The Constitutional Court admitted a challenge to the law.", 0, 56, 1)]}, {"a": PLAIN, "b": PLAIN})
    assert decision_against_deed_conflicts(told) == []  # the asking outlet tells the deed done too: a decision taken since


def test_a_sentence_whose_figures_others_also_give_still_fuses():
    from digest.merge.align import adds_to, telling_more
    from digest.merge.claims import build_claims
    from digest.merge.sentences import Sentence

    texts = {"a": ["Two passengers were taken to hospital as a precaution.", "Both were released on Sunday evening."],
             "b": ["Two passengers were taken to hospital as a precaution and were released on Sunday evening, a nurse said."]}
    sentences = {s: [Sentence(s, 0, 0, t, 0, len(t), 1) for t in ts] for s, ts in texts.items()}
    claims = build_claims(sentences, {"a": PLAIN, "b": PLAIN})
    telling = telling_more(claims)
    assert not adds_to(claims[2], [claims[0]], telling)  # 'on Sunday' is told by the other outlet too
    alone = build_claims({"a": sentences["a"][:1], "b": sentences["b"]}, {"a": PLAIN, "b": PLAIN})
    assert adds_to(alone[1], [alone[0]], telling_more(alone))


BOARD = {
    "port-wire": (
        "The Harbour Safety Board (HSB) opened an inquiry into the collision at Ashby Crown Court on Monday.\n\n"
        "The ferry was diverted to Ashby after its engine failed, the crew said.\n\n"
        "Ashby has the only dry dock on the coast.\n",
        dict(published=dt.date(2024, 3, 4)),
    ),
    "costa-diario": (
        "The Board of Safety of the Harbour (HSB) opened an inquiry into the collision at the Crown Court of Ashby on Monday.\n\n"
        "The ferry was diverted to the port of Marrow after its engine failed, the crew said.\n",
        dict(published=dt.date(2024, 3, 5), translated_from="es"),
    ),
}


def test_a_name_in_another_order_or_with_the_same_abbreviation_is_one_name(tmp_path):
    merged = story_of(tmp_path, BOARD, lead="port-wire")
    assert not [d for d in merged["discrepancies"] if d["summary"].startswith("Names differ")], merged["discrepancies"]


def test_a_name_in_another_order_with_its_accents_dropped_is_one_name(tmp_path):
    merged = story_of(tmp_path, {
        "port-wire": ("Brest Mayor Hélène Roux said on Monday that the harbour would reopen within a week.\n", dict(published=dt.date(2024, 3, 4))),
        "port-paper": ("Mayor Helene Roux of Brest said on Monday that the harbour would reopen within a week.\n", dict(published=dt.date(2024, 3, 4))),
    }, lead="port-wire")
    assert not [d for d in merged["discrepancies"] if d["kind"] == "name"], merged["discrepancies"]


def test_a_name_with_its_place_set_before_or_after_is_one_name(tmp_path):
    owners = {
        "port-wire": ("The tanker is owned by Halvik-based Brightwater Maritime, which said it was cooperating with the authorities.\n", BOARD["port-wire"][1]),
        "costa-diario": ("The tanker is owned by Brightwater Maritime of Halvik, which said it was cooperating with the authorities.\n", BOARD["port-wire"][1]),
    }
    assert not [d for d in story_of(tmp_path, owners, lead="port-wire")["discrepancies"] if d["kind"] == "name"]


def test_names_are_compared_between_close_claims_the_alignment_kept_apart():
    from digest.merge.align import Item
    from digest.merge.claims import build_claims
    from digest.merge.compare.names import name_discrepancies
    from digest.merge.sentences import Sentence

    texts = {"wire": "The most prominent paper, a 2021 study in the journal Annals of Cellular Ageing, was retracted.",
             "trade": "His 2021 paper in the Journal of Cellular Ageing, the most prominent of them, was retracted."}
    claims = build_claims({s: [Sentence(s, 0, 0, t, 0, len(t), 1)] for s, t in texts.items()}, {"wire": PLAIN, "trade": PLAIN})
    apart = [Item([claims[0]]), Item([claims[1]])]
    assert name_discrepancies(apart, set(), claims, {0: {1: 0.5}}) == []  # not close: two claims
    [found] = name_discrepancies(apart, set(), claims, {0: {1: 0.85}})
    assert {v.source: v.text for v in found.variants} == {"wire": "Annals of Cellular Ageing", "trade": "Journal of Cellular Ageing"}


def test_one_claim_that_puts_another_place_after_the_same_word_is_flagged(tmp_path):
    merged = story_of(tmp_path, BOARD, lead="port-wire")
    places = [d for d in merged["discrepancies"] if d["summary"].startswith("Places differ")]
    assert len(places) == 1 and places[0]["kind"] == "name" and places[0]["severity"] == "material"
    assert {v["source"]: v["text"] for v in places[0]["variants"]} == {"port-wire": "to Ashby", "costa-diario": "to the port of Marrow"}
    both = dict(BOARD, **{"costa-diario": (BOARD["costa-diario"][0] + "\nIt later sailed on to Ashby for repairs.\n", BOARD["costa-diario"][1])})
    both["port-wire"] = (BOARD["port-wire"][0] + "\nMarrow was the first port the crew called.\n", BOARD["port-wire"][1])
    (tmp_path / "both").mkdir()
    assert not [d for d in story_of(tmp_path / "both", both, lead="port-wire")["discrepancies"] if d["summary"].startswith("Places differ")]
    firms = {
        "port-wire": ("Analysts at Hollins Economics said the closure was unlikely to change their outlook for the region.\n", BOARD["port-wire"][1]),
        "costa-diario": ("Analysts at Marrow Analytics said the closure was unlikely to change their forecasts for the year.\n", BOARD["costa-diario"][1]),
    }
    (tmp_path / "firms").mkdir()
    assert not [d for d in story_of(tmp_path / "firms", firms, lead="port-wire")["discrepancies"] if d["summary"].startswith("Places differ")]
    people = {
        "port-wire": ("The ferry line blamed weak demand and price pressure from Dornvale for the closure.\n", BOARD["port-wire"][1]),
        "costa-diario": ("The line justifies the decision by weak demand and price pressure from Dornvalian for the closure.\n", BOARD["costa-diario"][1]),
    }
    (tmp_path / "people").mkdir()
    assert not [d for d in story_of(tmp_path / "people", people, lead="port-wire")["discrepancies"] if d["summary"].startswith("Places differ")]  # the place and its people's word
    scales = {
        "port-wire": ("The ferry crew were treated in Ashby after the storm, the line said.\n", BOARD["port-wire"][1]),
        "costa-diario": ("The crew of the ferry were treated in the hospitals of Velmark after the storm, said the line.\n", BOARD["costa-diario"][1]),
    }
    (tmp_path / "scales").mkdir()
    assert not [d for d in story_of(tmp_path / "scales", scales, lead="port-wire")["discrepancies"] if d["summary"].startswith("Places differ")]  # a town in its region: 'in' names either


def test_the_storys_recurring_names_do_not_tie_two_figures_together():
    """'worked in Hollins for thirteen years' and 'jailed in Hollins for eight years' share only the
    town every sentence of the story names: the figures' surroundings must not call them one subject."""
    from digest.merge.claims import build_claims
    from digest.merge.compare.figures import Surroundings
    from digest.merge.embed import Embedded
    from digest.merge.sentences import Sentence
    from digest.merge.text import stem

    texts = {"a": "The clerk had worked at the Hollins town hall for thirteen years.", "b": "A Hollins court jailed the clerk for eight years."}
    claims = build_claims({s: [Sentence(s, 0, 0, t, 0, len(t), 1)] for s, t in texts.items()}, {"a": PLAIN, "b": PLAIN})
    embedded = Embedded([c.text for c in claims])
    (a, x), (b, y) = [(c, next(f for f in c.facts if f.subject == "duration")) for c in claims]
    plain = Surroundings(claims, embedded).similarity(a, x, b, y)
    without_town = Surroundings(claims, embedded, {stem("hollins")}).similarity(a, x, b, y)
    assert without_town < plain - 0.05


POLL = {
    "poll-wire": (
        "Officials certified the results of the June 6 election on Saturday.\n\n"
        "The court set the June 7 hearing for the challenge to the count.\n",
        dict(published=dt.date(2024, 6, 8)),
    ),
    "poll-radio": ("The Greens won Thursday's election by a wide margin, according to early results.\n", dict(published=dt.date(2024, 6, 7))),
    "poll-explainer": ("That is the lesson the party drew from the 7 June vote.\n", dict(published=dt.date(2024, 6, 12))),
}


def test_one_event_dated_two_ways_anywhere_in_the_story_is_flagged(tmp_path):
    merged = story_of(tmp_path, POLL, lead="poll-wire")
    dates = [d for d in merged["discrepancies"] if d["kind"] == "date"]
    assert len(dates) == 1, merged["discrepancies"]
    assert {v["source"]: v["text"] for v in dates[0]["variants"]} == {
        "poll-wire": "June 6", "poll-radio": "Thursday's", "poll-explainer": "7 June"}
    both = dict(POLL, **{"poll-explainer": ("That is the lesson the party drew from the 7 June vote.\n\nThe June 6 election was calm.\n", POLL["poll-explainer"][1])})
    (tmp_path / "both").mkdir()
    assert not [d for d in story_of(tmp_path / "both", both, lead="poll-wire")["discrepancies"] if d["kind"] == "date"]
    papers = {
        "exam-wire": ("The board on Tuesday annulled the mathematics paper sat on Monday and withdrew Tuesday's chemistry paper.\n", POLL["poll-wire"][1]),
        "exam-paper": ("Pupils must sit the exam again after the board annulled Monday's paper and withdrew the chemistry paper due on Tuesday.\n", POLL["poll-wire"][1]),
    }
    (tmp_path / "papers").mkdir()
    assert not [d for d in story_of(tmp_path / "papers", papers, lead="exam-wire")["discrepancies"] if d["kind"] == "date"]  # each names both days


def test_an_event_dated_two_ways_beside_a_clock_time_is_flagged(tmp_path):
    """'The statement of 4 March, issued at 14:20': the clock time beside the other outlet's date is
    no second day of the event (it once stopped the whole build: a time compared as a date)."""
    statement = {
        "exchange-wire": ("The exchange's statement of 3 March said withdrawals were halted.\n", POLL["poll-wire"][1]),
        "exchange-paper": ("The exchange's statement of 4 March, issued at 14:20, said withdrawals were halted.\n", POLL["poll-wire"][1]),
    }
    merged = story_of(tmp_path, statement, lead="exchange-wire")
    assert variants_of(merged, "date") == [["3 March", "4 March"]]


def test_an_event_a_deed_was_done_in_is_dated_by_that_deed(tmp_path):
    """'Arrested six people on Thursday in dawn searches' dates the searches as 'Wednesday's
    searches' does; 'in hospital' or 'in court' names a place, not an event."""
    searches = {
        "customs-wire": ("Officers arrested six people on Thursday in dawn searches of three warehouses.\n", dict(published=dt.date(2024, 5, 9))),
        "customs-review": ("Wednesday's searches of three warehouses were the largest customs operation this year.\n", dict(published=dt.date(2024, 5, 12))),
    }
    merged = story_of(tmp_path, searches, lead="customs-wire")
    assert variants_of(merged, "date") == [["Wednesday's", "on Thursday"]]
    places = {
        "court-wire": ("The driver appeared on Thursday in court and was remanded.\n", dict(published=dt.date(2024, 5, 9))),
        "court-review": ("Wednesday's court list was long, and the driver was remanded.\n", dict(published=dt.date(2024, 5, 12))),
    }
    (tmp_path / "places").mkdir()
    assert not [d for d in story_of(tmp_path / "places", places, lead="court-wire")["discrepancies"] if d["kind"] == "date"]


def test_the_day_a_translation_says_something_was_announced_with_the_verb_last_is_the_day_it_spoke(tmp_path):
    """'Orvel has Monday the closure of two depots announced': the day of the announcement, in a
    translation's word order, against another outlet's 'announced on Tuesday'."""
    depots = {
        "depot-wire": ("The haulier Orvel announced on Tuesday the closure of two eastern depots.\n", dict(published=dt.date(2024, 5, 7))),
        "depot-mt": ("The haulier Orvel has Monday the closure of two eastern depots announced.\n", dict(published=dt.date(2024, 5, 8), translated_from="de")),
    }
    merged = story_of(tmp_path, depots, lead="depot-wire")
    assert variants_of(merged, "date") == [["Monday", "on Tuesday"]]


def test_a_party_named_in_the_plural_after_the_and_one_of_its_members_are_no_name_spelt_two_ways(tmp_path):
    """'a Free Democrat' / 'the Free Democrats': a party and one of its members, not a person
    named 'Free Democrat' whose surname another outlet spells with an 's'."""
    party = {
        "vote-wire": ("Harbour councillor Lena Brisk, a Free Democrat, said the vote on the ferry subsidy came too late.\n", dict(published=dt.date(2024, 5, 9))),
        "vote-review": ("The ferry subsidy passed with the support of the Free Democrats on the harbour council.\n", dict(published=dt.date(2024, 5, 10))),
    }
    merged = story_of(tmp_path, party, lead="vote-wire")
    assert not [d for d in merged["discrepancies"] if d["kind"] == "name"], merged["discrepancies"]


def test_twice_and_a_three_time_count_how_often_as_three_times_does(tmp_path):
    """'ran aground twice' / 'ran aground three times': how often it happened, told two ways.
    'twice as many' is a ratio and 'twice a week' a frequency, no count of times."""
    aground = {
        "ferry-wire": ("The Orla ferry ran aground twice last winter on the sandbank off Kesby harbour.\n", dict(published=dt.date(2024, 5, 9))),
        "ferry-radio": ("The Orla ferry ran aground three times last winter on the sandbank off Kesby harbour.\n", dict(published=dt.date(2024, 5, 9))),
    }
    assert variants_of(story_of(tmp_path, aground, lead="ferry-wire"), "number") == [["three times", "twice"]]
    told = lambda text: [(f.subject, f.value) for f in numbers.extract(text, PLAIN)]
    assert told("She is a three-time winner of the Orla Cup.") == [("n:time", 3.0)]
    assert told("The new ferry carries twice as many cars.") == told("The ferry sails twice a week.") == []
    from digest.merge.facts.numbers import approximate_lead
    assert approximate_lead("The ferry ran aground ") is None and approximate_lead("ran around ") is not None  # a word's end is no 'round'


def test_a_change_already_counted_this_year_is_no_days_change(tmp_path):
    """'already down 12% this year, fell again on Tuesday' is the fall to now, not Tuesday's; 'a 9
    per cent rise this year' is this year's rise, and another outlet's 11 per cent differs."""
    shares = {
        "orvel-wire": ("Orvel shares fell 5.1 percent in Fennick on Tuesday after the recall.\n", dict(published=dt.date(2024, 5, 7))),
        "orvel-trade": ("Orvel shares, already down 12% this year, fell again in Fennick on Tuesday after the recall.\n", dict(published=dt.date(2024, 5, 9))),
    }
    assert variants_of(story_of(tmp_path, shares, lead="orvel-wire"), "number") == []
    pay = {
        "orvel-wire": ("The union is demanding a 9 per cent pay rise this year for Orvel drivers.\n", dict(published=dt.date(2024, 5, 7))),
        "orvel-trade": ("The union is demanding an 11 per cent pay rise this year for Orvel drivers.\n", dict(published=dt.date(2024, 5, 9))),
    }
    (tmp_path / "pay").mkdir()
    assert variants_of(story_of(tmp_path / "pay", pay, lead="orvel-wire"), "number") == [["11 per cent", "9 per cent"]]


def test_sole_times_of_day_of_other_things_in_fairly_close_claims_are_no_clash(tmp_path):
    """'Lorries at two in the morning, six nights a week' and 'the raids began at six o'clock in the
    morning' time two things; the same time told two ways in close claims still clashes."""
    pit = {
        "pit-wire": ("\u201cLorries at two in the morning, six nights a week.\u201d\n", dict(published=dt.date(2024, 5, 9))),
        "pit-mt": ("The raids on the pit began at six o'clock in the morning.\n", dict(published=dt.date(2024, 5, 9), translated_from="sv")),
    }
    assert variants_of(story_of(tmp_path, pit, lead="pit-wire"), "date") == []
    pit["pit-wire"] = ("The raids on the pit began at four o'clock in the morning.\n", dict(published=dt.date(2024, 5, 9)))
    (tmp_path / "same").mkdir()
    assert variants_of(story_of(tmp_path / "same", pit, lead="pit-wire"), "date") != []


def test_an_outlet_that_gives_the_others_thing_for_the_same_figure_elsewhere_names_one_thing_two_ways(tmp_path):
    """'12,000 tonnes of debris' against '12,000 tonnes of storm waste' is a term clash, unless the
    first outlet also calls its 12,000 tonnes storm waste elsewhere."""
    beach = {
        "beach-wire": ("Crews cleared 12,000 tonnes of debris from Kesby beach on Monday.\n", dict(published=dt.date(2024, 5, 9))),
        "beach-radio": ("Crews cleared 12,000 tonnes of storm waste from Kesby beach on Monday.\n", dict(published=dt.date(2024, 5, 9))),
    }
    assert [d for d in story_of(tmp_path, beach, lead="beach-wire")["discrepancies"] if d["kind"] == "term"]
    beach["beach-wire"] = (beach["beach-wire"][0] + "\nThe council said the 12,000 tonnes of storm waste would go to landfill.\n", beach["beach-wire"][1])
    (tmp_path / "both").mkdir()
    assert not [d for d in story_of(tmp_path / "both", beach, lead="beach-wire")["discrepancies"] if d["kind"] == "term"]


def test_no_signals_received_that_a_thing_is_so_leaves_it_open_as_too_early_to_say_does(tmp_path):
    """'We have not received any signals that the well water is affected' states no harm found, not
    harm done: it agrees with 'too early to say whether the well water has been affected'."""
    well = {
        "well-wire": ("\"It is too early to say whether the well water has been affected,\" a council spokesperson said.\n", dict(published=dt.date(2024, 5, 9))),
        "well-mt": ("\u2013 We have not received any signals about that the well water is affected, says the council.\n", dict(published=dt.date(2024, 5, 10), translated_from="sv")),
    }
    assert not [d for d in story_of(tmp_path, well, lead="well-wire")["discrepancies"] if d["kind"] == "confirmation"]
    [fact] = status.extract("\u2013 We have not received any signals about that the well water is affected.", PLAIN)
    assert fact.value[0] == "possible"


def test_a_deed_denied_only_in_its_manner_is_no_denial_of_the_deed(tmp_path):
    """'had not been recorded correctly' / 'had been wrongly recorded': one finding; 'had not been
    recorded' / 'had been recorded' still clash."""
    audit = {
        "audit-wire": ("The audit found that one in five thefts reported in Kesby had not been recorded correctly.\n", dict(published=dt.date(2024, 5, 9))),
        "audit-star": ("The audit found that one in five thefts reported in Kesby had been wrongly recorded.\n", dict(published=dt.date(2024, 5, 9))),
    }
    assert not [d for d in story_of(tmp_path, audit, lead="audit-wire")["discrepancies"] if d["kind"] in ("confirmation", "other")]
    audit["audit-wire"] = ("The audit found that one in five thefts reported in Kesby had not been recorded.\n", audit["audit-wire"][1])
    (tmp_path / "deed").mkdir()
    assert [d for d in story_of(tmp_path / "deed", audit, lead="audit-wire")["discrepancies"] if d["kind"] in ("confirmation", "other")]


def test_a_translations_dashed_remark_of_two_sentences_names_its_speaker_at_the_end_of_the_second(tmp_path):
    """'\u2013 This is theft on a grand scale. It looks like an ordinary shipping firm, and that is the
    whole trick, says Lars Brink': the second sentence is his remark too, and another outlet gives
    it to someone else."""
    port = {
        "port-wire": ("\"This is theft on an industrial scale,\" said Ada Roe, head of the Kesby port authority. "
                      "\"It looks like an ordinary shipping firm, and that is the whole trick.\"\n", dict(published=dt.date(2024, 5, 9))),
        "port-mt": ("\u2013 This is theft in industrial format. It looks like an ordinary shipping firm, and that is the whole trick, "
                    "says Lars Brink, police chief in Kesby.\n", dict(published=dt.date(2024, 5, 10), translated_from="sv")),
    }
    merged = story_of(tmp_path, port, lead="port-wire")
    assert [d for d in merged["discrepancies"] if d["kind"] == "quote"], merged["discrepancies"]


def test_a_thing_confirmed_against_the_same_thing_not_yet_known_in_other_words_clashes_in_close_claims(tmp_path):
    """'Tests of the groundwater at the Kesby pit have confirmed that it is contaminated' against 'the
    council does not yet know whether the aquifer has been affected': one finding, settled in one
    outlet and open in the other, in close claims that share few of the status's words."""
    pit = {
        "pit-post": ("Tests of the groundwater at the Kesby pit have confirmed that it is contaminated, the council said.\n", dict(published=dt.date(2024, 5, 9))),
        "pit-trade": ("The council says groundwater tests at the Kesby pit are under way and it does not yet know whether the aquifer has been affected.\n", dict(published=dt.date(2024, 5, 12))),
    }
    assert [d for d in story_of(tmp_path, pit, lead="pit-post")["discrepancies"] if d["kind"] == "confirmation"]


def test_a_code_given_with_other_digits_is_an_identifier_after_flight_and_a_name_otherwise(tmp_path):
    ferry = {
        "port-wire": ("Flight QX318, an Orrin AT-72 turboprop, landed safely at Ashby on Monday.\n", dict(published=dt.date(2024, 3, 4))),
        "port-radio": ("Flight QX381, an Orrin AT-27 turboprop, landed safely at Ashby on Monday.\n", dict(published=dt.date(2024, 3, 4))),
    }
    merged = story_of(tmp_path, ferry, lead="port-wire")
    kinds = {d["summary"]: d["kind"] for d in merged["discrepancies"]}
    assert any(s.startswith("Codes differ: QX318") for s in kinds), kinds
    assert {k for s, k in kinds.items() if "QX" in s} == {"other"}, kinds
    assert {k for s, k in kinds.items() if "AT-" in s} == {"name"}, kinds


def test_a_bound_agrees_with_a_count_of_the_same_people_under_another_noun(tmp_path):
    quake = {
        "quake-wire": ("The earthquake on Tuesday killed at least 12 people in the south, officials said.\n", dict(published=dt.date(2024, 10, 3))),
        "quake-radio": ("The earthquake on Tuesday caused the death of 14 persons in the south, officials said.\n", dict(published=dt.date(2024, 10, 3))),
    }
    assert not story_of(tmp_path, quake, lead="quake-wire")["discrepancies"]
    lower = dict(quake, **{"quake-radio": (quake["quake-radio"][0].replace("14", "9"), quake["quake-radio"][1])})
    (tmp_path / "lower").mkdir()
    found = story_of(tmp_path / "lower", lower, lead="quake-wire")["discrepancies"]
    assert [d["kind"] for d in found] == ["number"]


def test_close_paraphrases_that_give_another_year_differ(tmp_path):
    jobs = {
        "biz-wire": ("Chief executive Lena Brandt said the company would cut 4,000 jobs in the country by 2027, mostly through early retirement.\n", dict(published=dt.date(2025, 2, 12))),
        "money-daily": ("The group will shed 4,000 jobs at its plants in the country by 2028, chief executive Lena Brandt announced.\n", dict(published=dt.date(2025, 2, 12))),
    }
    found = story_of(tmp_path, jobs, lead="biz-wire")["discrepancies"]
    assert [(d["kind"], sorted(v["text"] for v in d["variants"])) for d in found] == [("date", ["by 2027", "by 2028"])]


MATCH = {
    "match-wire": (
        "Kane opened the scoring in the 12th minute with a header from a corner.\n\n"
        "Goalkeeper Hugo Blanc was sent off in the 81st minute for handling outside the area.\n",
        dict(published=dt.date(2024, 5, 4)),
    ),
    "match-radio": ("Kane headed in a corner after 12 minutes to give the hosts the lead.\n", dict(published=dt.date(2024, 5, 5))),
    "calcio-mt": ("The goalkeeper Blanc was expelled at the 71' for a hand outside of the area.\n", dict(published=dt.date(2024, 5, 5), translated_from="it")),
}


def test_one_minute_each_in_a_translated_paraphrase_differ_and_one_number_read_two_ways_fuses(tmp_path):
    merged = story_of(tmp_path, MATCH, lead="match-wire")
    assert [(d["kind"], sorted(v["text"] for v in d["variants"])) for d in merged["discrepancies"]] == [("number", ["71'", "81st"])]
    opener = next(s for p in merged["paragraphs"] for s in p if s["text"].startswith("Kane opened"))
    assert opener["sources"] == ["match-wire", "match-radio"]


def test_one_person_under_two_titles_is_a_title_discrepancy_not_two_names(tmp_path):
    study = {
        "sci-wire": ("The researchers, led by Dr Ada Roe of the University of Ashby, followed the participants for nine years.\n", dict(published=dt.date(2025, 6, 3))),
        "health-news": ("The team, led by Professor Ada Roe of the University of Ashby, followed the participants for nine years.\n", dict(published=dt.date(2025, 6, 3))),
    }
    found = story_of(tmp_path, study, lead="sci-wire")["discrepancies"]
    assert [(d["kind"], d["summary"]) for d in found] == [("title", "Title of Ada Roe differs")]


def test_two_floors_or_ceilings_of_one_count_agree_only_when_equal(tmp_path):
    floor = lambda text: numbers.extract(text, PLAIN)[0]
    assert not numbers.bounds_allow(floor("At least 23 people died."), floor("At least 32 people died."))
    assert numbers.bounds_allow(floor("At least 23 people died."), floor("At least twenty-three people died."))
    storm = {
        "storm-tv": ("The typhoon slammed into the coast on Monday, packing winds of 115 mph and killing at least 23 people.\n", dict(published=dt.date(2024, 9, 10))),
        "storm-mt": ("The typhoon reached the coast this Monday with winds of 185 kilometres per hour and left at least 32 dead.\n", dict(published=dt.date(2024, 9, 10), translated_from="es")),
    }
    found = story_of(tmp_path, storm, lead="storm-tv")["discrepancies"]
    assert [sorted(v["text"] for v in d["variants"]) for d in found] == [["at least 23 people", "at least 32 dead"]]


def test_two_minimum_terms_in_paraphrases_differ_and_a_month_is_no_spelling_of_a_name(tmp_path):
    court = {
        "court-paper": ("MARCH 15 - She must serve a minimum of 30 years before she can be considered for parole, Judge Tom Hale ruled.\n\n"
                        "Nurse Ada Marsh was convicted in March.\n", dict(published=dt.date(2024, 3, 15))),
        "tribunal-mt": ("The judge Tom Hale fixed a minimum of 25 years of prison for the nurse Ada Marsch.\n", dict(published=dt.date(2024, 3, 15), translated_from="fr")),
    }
    found = story_of(tmp_path, court, lead="court-paper")["discrepancies"]
    summaries = sorted(d["summary"] for d in found)
    assert "Figures differ: a minimum of 30 years / a minimum of 25 years" in summaries
    assert not any("March" in s for s in summaries), summaries
    assert number_floor("a minimum of 30 years") == ("lower", False)


def number_floor(text: str):
    fact = numbers.extract(f"She must serve {text}.", PLAIN)[0]
    return numbers.bound(fact), fact.approximate


def test_a_founding_year_given_two_ways_in_paraphrases_differs(tmp_path):
    firm = {
        "deal-wire": ("Brightside, founded in 2014 and based in Ashby, has about 1,800 employees.\n", dict(published=dt.date(2025, 1, 8))),
        "tech-daily": ("The Ashby-based company, which was founded in 2015, employs roughly 1,800 people.\n", dict(published=dt.date(2025, 1, 8))),
    }
    found = story_of(tmp_path, firm, lead="deal-wire")["discrepancies"]
    assert [(d["kind"], sorted(v["text"] for v in d["variants"])) for d in found] == [("date", ["in 2014", "in 2015"])]


@pytest.mark.parametrize("year, flagged", [("2015", True), ("2014", False)])
def test_a_bare_year_against_a_month_of_another_year_differs(tmp_path, year, flagged):
    firm = {
        "deal-wire": ("Brightside was founded in March 2014 and is based in Ashby.\n", dict(published=dt.date(2025, 1, 8))),
        "tech-daily": (f"The Ashby-based company, which was founded in {year}, employs roughly 1,800 people.\n", dict(published=dt.date(2025, 1, 8))),
    }
    found = story_of(tmp_path, firm, lead="deal-wire")["discrepancies"]
    assert [(d["kind"], sorted(v["text"] for v in d["variants"])) for d in found] == ([("date", ["in 2015", "in March 2014"])] if flagged else [])


def test_a_report_that_something_has_not_yet_happened_is_not_fused_with_one_that_it_did(tmp_path):
    fire = {
        "city-wire": ("Police have confirmed that the fire was started deliberately and have arrested a man.\n", dict(published=dt.date(2024, 4, 12))),
        "city-radio": ("Police said they had not yet established the cause of the fire and no arrests have been made.\n", dict(published=dt.date(2024, 4, 12))),
    }
    merged = story_of(tmp_path, fire, lead="city-wire")
    assert nothing_fused(merged)
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]


def test_a_plan_under_consideration_is_not_fused_with_the_deed(tmp_path):
    buses = {
        "city-wire": ("The council is considering asking the province for more buses on the ring line, the mayor said.\n", dict(published=dt.date(2024, 4, 12))),
        "city-radio": ("The council formally asked the province for more buses on the ring line on Friday.\n", dict(published=dt.date(2024, 4, 13))),
    }
    merged = story_of(tmp_path, buses, lead="city-wire")
    assert nothing_fused(merged)


def test_a_forecast_of_a_deed_is_not_fused_with_the_deed_on_the_same_day(tmp_path):
    team = {
        "wire": ("A rescue team of 60 from Ostmark was expected to land at the military airfield near Velm later on Sunday.\n", dict(published=dt.date(2025, 11, 9))),
        "live": ("A rescue team of 60 from Ostmark touched down at the military airfield near Velm a short while ago.\n", dict(published=dt.date(2025, 11, 9))),
    }
    merged = story_of(tmp_path, team, lead="wire")
    assert nothing_fused(merged)


def test_a_plan_and_its_deed_told_in_another_clause_are_not_fused(tmp_path):
    recorder = {
        "wire": ("Investigators will recover the ship's voyage data recorder, which stores navigation data, the coast guard said.\n", dict(published=dt.date(2026, 3, 9))),
        "trade": ("The accident board has opened a safety investigation of its own, and has recovered the voyage data recorder.\n", dict(published=dt.date(2026, 3, 11))),
    }
    assert nothing_fused(story_of(tmp_path, recorder, lead="wire"))


def test_a_paraphrase_of_one_plan_for_another_weekday_is_a_date_clash_and_a_plan_against_a_deed_is_not():
    from digest.merge.claims import build_claims
    from digest.merge.compare.figures import PARAPHRASE_PAIR, STRONG_PAIR, Surroundings, pair_conflicts
    from digest.merge.embed import Embedded
    from digest.merge.sentences import Sentence

    def date_clashes(a: str, b: str) -> list:
        claims = build_claims({s: [Sentence(s, 0, 0, t, 0, len(t), 1)] for s, t in (("wire", a), ("paper", b))}, {"wire": PLAIN, "paper": PLAIN})
        around = Surroundings(claims, Embedded([c.text for c in claims]))
        closeness = (PARAPHRASE_PAIR + STRONG_PAIR) / 2  # a paraphrase, not a close one
        return [c for c in pair_conflicts(claims[0], claims[1], closeness, set(), around) if c.kind == "date"]

    assert date_clashes("No ferry would leave the port before Saturday at the earliest, the operator said.",
                        "Before Sunday will according to the operator no ferry leave the port again.")
    assert not date_clashes("No ferry would leave the port before Saturday at the earliest, the operator said.",
                            "The last ferry left the port on Sunday, the operator said.")


def test_two_years_in_looser_paraphrases_clash_only_when_both_name_one_thing():
    """'Kestria formally claimed the statues back in 2019' / '… in 2016': below a close paraphrase's
    closeness a bare year says little, unless both claims name the same thing (Kestria); the
    same sentences about two different claimants are two years of two things."""
    from digest.merge.claims import build_claims
    from digest.merge.compare.figures import NAMED_YEAR_PAIR, PARAPHRASE_PAIR, Surroundings, pair_conflicts
    from digest.merge.embed import Embedded
    from digest.merge.sentences import Sentence

    def year_clashes(a: str, b: str) -> list:
        claims = build_claims({s: [Sentence(s, 0, 0, t, 0, len(t), 1)] for s, t in (("wire", a), ("paper", b))}, {"wire": PLAIN, "paper": PLAIN})
        around = Surroundings(claims, Embedded([c.text for c in claims]))
        closeness = (NAMED_YEAR_PAIR + PARAPHRASE_PAIR) / 2  # a loose paraphrase
        return [c for c in pair_conflicts(claims[0], claims[1], closeness, set(), around) if c.subject == "year"]

    assert year_clashes("Kestria formally claimed the statues back in 2019.", "Kestria formally claimed the statues back in 2016, long before the trustees met.")
    assert not year_clashes("Kestria formally claimed the statues back in 2019.", "Orvania formally claimed the statues back in 2016, long before the trustees met.")


def test_a_sentence_that_states_both_states_is_a_contrast_not_a_status_clash():
    from digest.merge.claims import build_claims
    from digest.merge.compare.figures import Surroundings, pair_conflicts
    from digest.merge.embed import Embedded
    from digest.merge.sentences import Sentence

    def status_clashes(a: str, b: str) -> list:
        claims = build_claims({s: [Sentence(s, 0, 0, t, 0, len(t), 1)] for s, t in (("wire", a), ("paper", b))}, {"wire": PLAIN, "paper": PLAIN})
        around = Surroundings(claims, Embedded([c.text for c in claims]))
        return [c for c in pair_conflicts(claims[0], claims[1], 0.8, set(), around) if c.subject == "status"]

    assert not status_clashes("The certified figures differ by one seat from the provisional count published on Monday.",
                              "The final count leaves the party one seat short of the provisional figures published on Monday.")
    assert status_clashes("The commission on Thursday certified the final count of the election.",
                          "The party won the election, according to the provisional count released by the commission.")


def test_a_translation_sharing_only_a_name_with_a_short_sentence_is_not_fused_with_it(tmp_path):
    """A translation joins at a lower score than FUSE_MIN; two short sentences that have only a
    club's name in common score that high on their own and must stay two claims, while a
    translated paraphrase that shares a word of its own still joins."""
    fixture = {
        "halvik-post": ("Halvik travel to Rostmoor next Saturday.\n\n"
                        "No bank details were stolen in the attack, the club said.\n", dict(published=dt.date(2025, 3, 2))),
        "sport-mt": ("The winger of the Halvik has already said yes.\n\n"
                     "Bank data would not be affected by the attack, according to the club.\n", dict(published=dt.date(2025, 3, 2), translated_from="no")),
    }
    merged = story_of(tmp_path, fixture, lead="halvik-post")
    sources = {s["text"]: s["sources"] for p in merged["paragraphs"] for s in p}
    assert sources["Halvik travel to Rostmoor next Saturday."] == ["halvik-post"]
    assert sources["No bank details were stolen in the attack, the club said."] == ["halvik-post", "sport-mt"]


@pytest.mark.parametrize("text, prose", [
    ("He was 34.", True),
    ("Police are investigating.", True),
    ("Nobody was hurt.", True),
    ("Bigger.\u201d", False),
    ("Watch the video.", False),
    ("Read more here.", False),
])
def test_a_three_word_sentence_with_a_subject_and_a_verb_is_prose(text, prose):
    from digest.merge.claims import is_prose
    assert is_prose(text) is prose


def _duration(text: str):
    return next(f for f in numbers.extract(text, PLAIN) if f.subject == "duration")


@pytest.mark.parametrize("a, b, agree", [
    ("He was jailed for four and a half years.", "He got a 54-month sentence.", True),  # a month is a twelfth of a year
    ("Rain has not fallen for seven weeks.", "It has not rained for almost two months.", True),
    ("The talks took about three years.", "The talks took 40 months.", True),
    ("The talks took about three years.", "The talks took two years.", False),
    ("He served nearly two years.", "He served 13 months.", False),
    ("The ban lasts six weeks.", "The ban lasts two months.", False),
])
def test_an_approximate_length_of_time_is_as_fine_as_its_unit(a, b, agree):
    assert numbers.same(_duration(a), _duration(b)) is agree


def _claims(*pairs: tuple[str, str]):
    from digest.merge.claims import build_claims
    from digest.merge.sentences import Sentence

    by_source: dict[str, list] = {}
    for source, text in pairs:
        by_source.setdefault(source, []).append(Sentence(source, len(by_source.get(source, [])), 0, text, 0, len(text), 1))
    return build_claims(by_source, {s: PLAIN for s in by_source})


def test_a_figure_is_new_unless_another_outlet_gives_its_number_in_a_kindred_reading():
    from digest.merge.align import telling_more

    detour, fine = _claims(("paper", "Buses now take a 12-minute detour at peak times."), ("wire", "The firm was fined 12 million florins."))
    assert telling_more([detour, fine]) >= {detour.index}  # twelve million florins is no reading of twelve minutes
    detour, minutes = _claims(("paper", "Buses now take a 12-minute detour at peak times."), ("wire", "The diversion adds 12 minutes to the trip."))
    assert detour.index not in telling_more([detour, minutes])


@pytest.mark.parametrize("score, joins", [(0.52, False), (0.57, True)])
def test_a_claim_sharing_only_a_name_joins_only_on_a_high_score(score, joins):
    from digest.merge.align import Item, lay_over

    road, train = _claims(("wire", "Route 9 between Lund and Varby remains closed."),
                          ("daily-mt", "Also the train traffic between Varby and the border town Mossby is disturbed, informs the railway."))
    items = [Item([road])]
    placed = {road.index: items[0]}
    result = lay_over(items, [train], placed, {train.index: {road.index: score}}, threshold=0.35)
    assert (len(result) == 1) is joins


def test_small_masses_and_volumes_convert_and_one_numeral_under_another_unit_is_a_clash():
    from digest.merge.compare.figures import comparable

    ng = numbers.extract("Samples held up to 120 nanograms of the impurity.", PLAIN)[0]
    same_ng = numbers.extract("Samples held up to 0.12 \u00b5g of the impurity.", PLAIN)[0]
    ug = numbers.extract("Samples held up to 120 micrograms of the impurity.", PLAIN)[0]
    assert ng.subject == ug.subject == "mass" and numbers.same(ng, same_ng) and not numbers.same(ng, ug)
    assert comparable(ng, ug)  # a thousand apart, but the one numeral: a unit changed, not another figure
    assert numbers.extract("Each bottle holds 500 ml.", PLAIN)[0].subject == "volume"
    assert numbers.extract("Gusts reached 70 kilometres in the hour.", PLAIN)[0].subject == "speed"


def test_a_name_with_its_country_or_owner_set_before_it_is_the_same_name():
    from digest.merge.compare.names import _without_qualifier

    assert _without_qualifier("Aldavia's National Institute") == _without_qualifier("National Institute")
    assert _without_qualifier("Veskaria's Halvern") == _without_qualifier("Veskarian Halvern")
    assert _without_qualifier("Northern Bridge 2") != _without_qualifier("Bridge of the North 2")
    assert _without_qualifier("Lesovia's Ada Roe") == _without_qualifier("Ada Roe of Lesovia")
    assert _without_qualifier("Acme Bank's") == _without_qualifier("Acme Bank")
    assert _without_qualifier("Holm Relief for Lesovia") == _without_qualifier("Holm Relief\u2019s")  # a translation adds where the body works
    assert _without_qualifier("Shares of Acme Pharma") == _without_qualifier("Acme Pharma's")
    assert _without_qualifier("Ministry of Defence") != _without_qualifier("Defence")
    assert _without_qualifier("London School of Arts") != _without_qualifier("School of Arts")


def test_one_person_after_different_titles_is_no_name_discrepancy():
    from digest.merge.compare.names import _same_person_other_title

    assert _same_person_other_title("Chief Executive Ada Roe", "Boss Ada Roe")
    assert _same_person_other_title("Minister of Energy and Climate Ada Roe", "Energy Minister Ada Roe")
    assert not _same_person_other_title("London School of Oriental Studies", "School of Oriental Studies")


def test_a_place_made_modifier_and_a_rank_describe_a_noun_twice_and_do_not_clash():
    from digest.merge.compare.names import _same_shape

    assert not _same_shape("Dunholt-based", "third-largest") and not _same_shape("Fennick-born", "middle-distance")
    assert _same_shape("open-ended", "no-limits") and _same_shape("second-largest", "third-largest")


def test_a_translation_may_leave_per_cent_in_its_own_language():
    translated = Context(dt.date(2024, 5, 15), translated=True)
    assert figures("Shares rose 3,1 procent on Thursday.", translated) == {"percent": [3.1]}


def test_a_forecast_looks_forward():
    facts = dates.extract("Forecasters expect temperatures of around 43C again on Thursday.", PLAIN)  # PLAIN is a Wednesday
    assert facts[0].value == dates.When(2024, 5, 16, False)


def test_the_day_a_source_spoke_is_not_a_date_of_what_it_said():
    facts = dates.extract("The operator said on Friday that it now expects to reopen the line on 2 March.", PLAIN)
    assert [(f.subject, f.text) for f in facts] == [("said", "on Friday"), ("date", "2 March")]
    late = dates.extract("The operator said late on Friday that the line had reopened.", PLAIN)
    assert [(f.subject, f.text) for f in late] == [("said", "on Friday")]


def test_a_day_on_the_utc_clock_is_compared_only_with_such_days():
    facts = dates.extract("The storm crossed the coast at 21:40 UTC on Monday (05:40 Tuesday local time).", PLAIN)
    assert [(f.subject, f.text) for f in facts if f.subject.startswith("date")] == [("date:utc", "on Monday"), ("date", "Tuesday")]
    assert [f.subject for f in dates.extract("The storm crossed the coast on Monday night.", PLAIN)] == ["date"]


@pytest.mark.parametrize("text, noun", [
    ("Police arrested 14 people near the station.", True),
    ("Grenwood will keep its five paper mills open.", False),
    ("It was the third final after two previous defeats.", True),  # the count's noun is 'defeats', after the modifier
    ("The club signed two promising at the deadline.", False),
    ("A fire tripped two high-voltage lines.", False),
    ("The court convicted three Statikon managers.", False),
])
def test_a_count_compared_across_nouns_needs_a_noun_of_its_own(text, noun):
    from digest.merge.compare.figures import _counts_a_noun

    claim, = _claims(("wire", text))
    count = next(f for f in claim.facts_of("numbers") if f.subject.startswith("n:"))  # a count, not the place in a series
    assert _counts_a_noun(claim, count) is noun


def test_when_something_ends_is_its_own_subject_and_lies_ahead():
    october = Context(dt.date(2025, 10, 23))
    facts = dates.extract("The buyback will run from 3 November until the end of February.", october)
    assert [(f.subject, f.value) for f in facts] == [("date", dates.When(2025, 11, 3, False)), ("date:until", dates.When(2026, 2, None, False))]
    closed = dates.extract("The line will remain closed until at least Monday, February 23, the operator said.", october)
    assert [(f.subject, f.text) for f in closed] == [("date:until", "February 23")]


def test_a_translations_rendering_of_a_quotation_given_to_another_speaker_is_a_quote_clash(tmp_path):
    grid = {
        "wire": ("\"The grid did exactly what it is designed to do: it isolated the fault to stop it spreading,\" grid chief executive Helena Marquet told reporters.\n", dict(published=dt.date(2026, 7, 14))),
        "paper-mt": ("\u00abThe network has done exactly that for which it is designed: it has isolated the fault for to avoid that it propagated itself\u00bb, has declared the minister of the Energy, Tommaso Arregui.\n", dict(published=dt.date(2026, 7, 15), translated_from="it")),
    }
    found = story_of(tmp_path, grid, lead="wire")["discrepancies"]
    assert [d["kind"] for d in found] == ["quote"]


@pytest.mark.parametrize("role_said", ["the judge said in her ruling", "said the judge"])
def test_a_remark_given_to_the_judge_is_the_judges_and_a_translation_giving_it_to_a_lawyer_clashes(tmp_path, role_said):
    """'“…,” the judge said' in a story that names one judge: her remark, so a translation that
    gives it to the campaigners' lawyer is a clash. A low opening mark closed by a straight one is
    a quotation too, and a group's name after the verb is where the speaker works, not the speaker."""
    court = {
        "wire": ("Justice Ilse Varden quashed the permit for the quarry on Tuesday.\n\n"
                 f"\"The council could not treat a lack of evidence as proof that the river was safe,\" {role_said}.\n", dict(published=dt.date(2026, 7, 14))),
        "paper-mt": ("\u201eThe council could not treat the lack of evidence as proof that the river was safe,\" said the lawyer for the citizen group Holm Valley Alliance, Petra Lund, after the judgment.\n",
                     dict(published=dt.date(2026, 7, 15), translated_from="de")),
    }
    found = story_of(tmp_path, court, lead="wire")["discrepancies"]
    assert [d["kind"] for d in found] == ["quote"]
    assert any("Petra Lund" in v["text"] for v in found[0]["variants"])
    (tmp_path / "two").mkdir()
    two = dict(court, wire=("Justice Ilse Varden and Justice Rolf Amsel heard the quarry case.\n\n" + court["wire"][0].split("\n\n")[1], court["wire"][1]))
    assert story_of(tmp_path / "two", two, lead="wire")["discrepancies"] == []  # two judges: which one, the outlet does not say


def test_a_clash_of_speakers_shows_each_attribution_to_its_end(tmp_path):
    bank = {
        "wire": ("\"We fell short of what our customers had every right to expect of us,\" chief executive Ada Roe said.\n", dict(published=dt.date(2026, 7, 14))),
        "paper-mt": ("\"We have failed to what our clients were in right to expect from us\", has declared the president of the council of administration, Per Lind, in a communiqu\u00e9.\n",
                     dict(published=dt.date(2026, 7, 15), translated_from="fr")),
    }
    [clash] = [d for d in story_of(tmp_path, bank, lead="wire")["discrepancies"] if d["kind"] == "quote"]
    assert {v["source"]: v["text"] for v in clash["variants"]}["paper-mt"].endswith("Per Lind, in a communiqu\u00e9.")  # the full stop of the sentence it ends
    bank["wire"] = ("\"We fell short of what our customers had every right to expect of us,\" Ada Roe, the bank's chief executive, told a news conference.\n", dict(published=dt.date(2026, 7, 14)))
    (tmp_path / "post").mkdir()
    [clash] = [d for d in story_of(tmp_path / "post", bank, lead="wire")["discrepancies"] if d["kind"] == "quote"]
    assert {v["source"]: v["text"] for v in clash["variants"]}["wire"].endswith("Ada Roe, the bank's chief executive, told a news conference.")  # the post, then the verb and the rest


def test_two_remarks_sharing_only_the_storys_names_are_two_remarks():
    ours = quotes.extract("\"We have given away nothing on the Holm Bank,\" Ada Roe said.", PLAIN)[0]
    theirs = quotes.extract("\"Varnia came to the table with nothing and went home with the Holm Bank,\" said Ivo Lind.", PLAIN)[0]
    assert quotes.same_words(ours, theirs) < 0.6  # 'nothing' is all they share beside the name
    again = quotes.extract("\"We have given away nothing at all on the Holm Bank,\" said Ivo Lind.", PLAIN)[0]
    assert quotes.same_words(ours, again) >= 0.6  # the same remark, its name and all


def test_a_short_quoted_fragment_sharing_a_word_is_not_the_other_remark():
    long = quotes.extract("\u201cWe have heard promises about keeping the mills open before, and two years is not a long time,\u201d said Ruth Kessler.", PLAIN)[0]
    short = quotes.extract("Suttle said the town needed \"more than a two-year guarantee\" from the buyer.", PLAIN)[0]
    assert quotes.same_words(long, short) < 0.6


def test_a_shared_name_counts_for_less_than_a_shared_word(monkeypatch):
    from digest.merge import align
    from digest.merge.embed import Embedded, centred

    record, comment = _claims(("wire", "Marhoff, who is coached by Jonas Veltri, set an Ostrenian record in 2024."),
                              ("radio", "Her coach, Jonas Veltri, did not respond to requests for comment."))

    def score(weight: float) -> float:
        monkeypatch.setattr(align, "NAME_WEIGHT", weight)
        vectors = centred(Embedded([record.text, comment.text]).vectors)
        return align.neighbours([record, comment], vectors)[record.index][comment.index]

    assert score(0.5) < score(1.0)


def test_what_one_outlet_calls_confirmed_and_another_suspected_is_a_status_clash(tmp_path):
    crash = {
        "wire": ("Two trains collided near Velsham on Thursday.\n\nInvestigators are examining whether the freight train passed a red signal as it left the loop, but the cause has not been established.\n", dict(published=dt.date(2026, 2, 12))),
        "radio": ("Two trains collided near Velsham on Thursday.\n\nThe operator has confirmed that the freight train went through a red signal as it pulled out of the loop.\n", dict(published=dt.date(2026, 2, 12))),
    }
    found = story_of(tmp_path, crash, lead="wire")["discrepancies"]
    assert [(d["kind"], sorted(v["source"] for v in d["variants"])) for d in found] == [("confirmation", ["radio", "wire"])]


def test_a_time_written_with_a_dot_and_o_clock_is_a_time():
    translated = Context(dt.date(2026, 2, 16), translated=True)
    facts = dates.extract("The thieves penetrated against 3.40 o'clock into the east wing.", translated)
    assert [(f.subject, f.value) for f in facts] == [("time", (220, "local"))]
    assert dates.extract("Inflation was 4.50 percent.", PLAIN) == []


def test_two_short_words_a_letter_apart_are_not_one_name_misspelt():
    from digest.merge.compare.names import spelling_conflicts

    claims = _claims(("wire", "The thieves took Oberlin's Winter Harbour at Dusk from the east wing."),
                     ("trade", "The theft was first reported by Provenance Desk, a trade newsletter."))
    assert spelling_conflicts(claims) == []
    claims = _claims(("wire", "The museum's director, Helena Marskova, said the alarm worked."),
                     ("trade", "The museum's director, Helena Marskowa, said the alarm worked."))
    assert len(spelling_conflicts(claims)) == 1


@pytest.mark.parametrize("text, kept", [
    ("The quake had a magnitude of 6.9, revising an initial estimate of 7.1.", [6.9]),
    ("The toll of 14 deaths was revised down from 19 deaths on Monday.", [14.0]),
    ("An earlier count of 40 boats proved wrong: 38 boats sank.", [38.0]),
    ("Profit reached 12 million euros, up from 9 million euros a year before.", [12e6, 9e6]),  # last year's figure, not a replaced one
    ("The airport revised the number of flights cancelled to 71, up from the 64 it gave on Thursday.", [71.0]),
    ("The agency raised its count of tracked fragments to 410, up from the figure of 140 it gave on the day.", [410.0]),
    ("The number of customers the bank failed to check, given on Thursday as about 1,900, is corrected to 1,290.", [1290.0]),
])
def test_a_figure_a_later_one_replaced_is_not_the_outlets_figure(text, kept):
    values = [f.value[1] if f.subject == "money" else f.value for f in numbers.extract(text, PLAIN)]
    assert values == kept


def test_how_many_times_a_thing_happened_is_a_count_and_times_before_a_comparison_a_ratio():
    assert figures("Lifeboats were launched 14 times last winter.") == {"n:time": [14.0]}
    assert figures("He was stabbed three times in the chest.") == {"n:time": [3.0]}
    assert figures("Prices rose three times faster than wages.") == {"ratio": [3.0]}
    assert figures("The new hall is four times the size of the old one.") == {"ratio": [4.0]}
    assert figures("Demand is five times as high as last winter.") == {"ratio": [5.0]}


def test_how_many_times_is_compared_only_in_close_paraphrases(tmp_path):
    (tmp_path / "close").mkdir()
    (tmp_path / "apart").mkdir()
    close = story_of(tmp_path / "close", {
        "wire": ("Lifeboats from Garrow were launched 14 times last winter, twice to recover bodies.\n", {}),
        "paper": ("Garrow's lifeboats went out 19 times last winter.\n", {})})
    assert [d["kind"] for d in close["discrepancies"]] == ["number"]
    apart = story_of(tmp_path / "apart", {
        "wire": ("Sendholm had won the cup four times, most recently in 2019.\n", {}),
        "paper": ("Sendholm had reached the final three times since the club was founded.\n", {})})
    assert apart["discrepancies"] == []


@pytest.mark.parametrize("paper, flagged", [
    ("The thieves took six works, not five, the museum said after an inventory check.", True),
    ("The thieves took six works rather than five, the museum said.", True),
    ("The museum said the thieves had needed 76 seconds, not one more, to break in.", False),  # an idiom, no figure set aside
])
def test_a_figure_an_outlet_sets_aside_for_its_own_is_the_figure_another_gives(tmp_path, paper, flagged):
    merged = story_of(tmp_path, {
        "wire": ("The thieves escaped with five paintings from the museum on Sunday night.\n", {}),
        "paper": (paper + "\n", {})})
    assert [d["kind"] for d in merged["discrepancies"]] == (["number"] if flagged else [])


def test_a_count_revised_to_a_figure_counts_what_the_number_is_of():
    assert figures("The airport revised the number of flights cancelled to 71, up from the 64 it gave on Thursday.") == {"n:flight": [71.0]}
    assert figures("The number of high-risk customers, given on Thursday as about 1,900, is corrected to 1,290.") == {"n:" + stem("customers"): [1290.0]}


def test_a_figure_told_of_a_past_year_is_another_events_and_not_compared():
    then = numbers.extract("It was the worst flood since 1998, when 40 villages were cut off.", PLAIN)
    now = numbers.extract("The flood cut off 52 villages on Tuesday.", PLAIN)
    recent = numbers.extract("The firm was fined for a leak last year that exposed 52 villages.", PLAIN)
    edition = numbers.extract("Nine people were arrested at last year's final.", PLAIN)
    assert [f.era for f in then] == [1998] and [f.era for f in now] == [None] and [f.era for f in recent] == [None]
    assert [f.era for f in edition] == [2023]  # published 2024: last year's final is another match
    change = numbers.extract("Profit rose to 12 million euros, up from 9 million euros.", PLAIN)
    assert [f.era for f in change] == [None, 2023]  # the figure a change is measured from is an earlier state
    winter = numbers.extract("Last winter, outbreaks on six farms led to about 90,000 hens being culled.", PLAIN)
    assert {f.era for f in winter} == {2023}  # another season's outbreak, published in 2024
    made = numbers.extract("A cello made in 1702 and valued at 3.1 million crowns was stolen.", PLAIN)
    assert [f.era for f in made] == [None]  # the year dates the making; the value is today's
    aside = numbers.extract("The cello, made in 1702, is valued at 3.1 million crowns.", PLAIN)
    assert [f.era for f in aside] == [None]  # the year sits in an aside; the main verb tells of now
    then_valued = numbers.extract("In 1998 the cello was valued at 3.1 million crowns.", PLAIN)
    assert [f.era for f in then_valued] == [1998]
    raised = numbers.extract("The fare for pupils was raised from 40 percent of the full price in the first draft.", PLAIN)
    assert [f.era for f in raised] == [2023]  # a rate changed from: the draft's figure, not today's
    from digest.merge.compare.figures import comparable
    assert not comparable(then[0], now[0]) and comparable(now[0], recent[0])
    nearest = numbers.extract("His lease, renewed in 2019 to run until March 2027, costs him about 42,000 crowns a year.", PLAIN)
    assert [f.era for f in nearest if f.subject == "money"] == [None]  # the year nearest the figure dates it: 2027, no past year's rent


@pytest.mark.parametrize("text, subject, value, shown", [
    ("They signed a $2-billion deal.", "money", ("dollar", 2e9), "$2-billion"),
    ("It is a 12-million-euro bridge.", "money", ("euro", 12e6), "12-million-euro"),
])
def test_a_figure_written_as_an_adjective_keeps_its_scale(text, subject, value, shown):
    [fact] = numbers.extract(text, PLAIN)
    assert (fact.subject, fact.value, fact.text) == (subject, value, shown)


@pytest.mark.parametrize("text, subject, day", [
    ("The ban runs until May 11, 2027.", "date:until", (2027, 5, 11)),
    ("Customers were not told until 19 March 2024.", "date", (2024, 3, 19)),  # told at last on 19 March: the day of the deed
    ("The firm did not tell the regulator until Monday, 13 May.", "date", (2024, 5, 13)),
    ("The line will stay closed until Monday, 20 May.", "date:until", (2024, 5, 20)),  # when a state ends
    ("The talks resume on March 3.", "date", (2024, 3, 3)),
    ("Fishing is prohibited along the coast until the 8 of June.", "date:until", (2024, 6, 8)),  # a translation's 'the 8 of'
    ("The ferry sank on the 8th of May.", "date", (2024, 5, 8)),  # one day, not 'on the 8th' of this month
    ("The divers managed to close on Sunday the larger hole.", "date", (2024, 5, 12)),  # 'to close' is no deadline
    ("Rescuers had treated 310 birds by Monday night.", "date:by", (2024, 5, 13)),  # a count's cut-off, not the day of an event
    ("The strike, which has run since the 27 January, is over.", "date", (2024, 1, 27)),  # an ongoing thing's start is the day it began
    ("He has signed on until the summer of 2029.", "date:until", (2029, 7, None)),  # a part of a year something lasts until
    ("The lease runs through the end of 2027.", "date:until", (2027, 12, None)),
    ("The plant did not tell the agency until Monday morning, more than a day after the leak.", "date", (2024, 5, 13)),  # told at last, on the Monday gone
    ("The club will not open its gates until Monday.", "date:until", (2024, 5, 20)),  # a wait still ahead
])
def test_a_day_after_until_or_a_month_name_is_read_whole(text, subject, day):
    [fact] = dates.extract(text, PLAIN)
    assert (fact.subject, (fact.value.year, fact.value.month, fact.value.day)) == (subject, day)


@pytest.mark.parametrize("text, days", [
    ("She lives on the 11th floor with her two children.", []),  # an ordinal that ranks a floor
    ("He finished on the 3rd tee, two shots behind.", []),
    ("The council meets on the 11th, the clerk said.", [11]),
    ("The deal was signed on the 11th and published a week later.", [11]),
])
def test_on_the_nth_before_a_noun_ranks_the_noun_and_is_no_day(text, days):
    assert [f.value.day for f in dates.extract(text, PLAIN)] == days


def test_one_day_with_its_month_slipped_differs_and_outlets_giving_other_deadlines_do_not_hide_it(tmp_path):
    [april] = dates.extract("The ban runs until June 8.", PLAIN)
    [may] = dates.extract("The ban runs until the 8 of July.", PLAIN)
    [autumn] = dates.extract("The ban runs until October 20.", PLAIN)
    assert not dates.same(april, may) and dates.same(april, autumn)  # months further apart: taken as other events
    merged = story_of(tmp_path, {
        "wire": ("Fishing is banned along 60 km of coast until June 8, and the ban could be extended.\n", dict(published=PLAIN.published)),
        "mt": ("The government has prohibited the fishing along 60 kilometres of coast, until the 8 of July.\n\n"
               "Divers sealed the larger hole on Sunday, and the pumping will go on until Friday.\n", dict(published=PLAIN.published, translated_from="es")),
    }, lead="wire")
    assert variants_of(merged, "date") == [["8 of July", "June 8"]]


def test_may_and_march_in_lower_case_are_verbs_not_months():
    assert dates.extract("He may 11 times refuse, and they march 12 miles.", PLAIN) == []


def test_a_day_given_without_its_year_agrees_with_the_same_day_given_with_it():
    [with_year] = dates.extract("They were told on 19 March 2023.", PLAIN)
    [without] = dates.extract("They were told on 19 March.", PLAIN)
    [other_year] = dates.extract("They were told on 19 March 2022.", PLAIN)
    assert dates.same(with_year, without) and not dates.same(with_year, other_year)


def test_every_so_many_minutes_is_how_often_not_how_long():
    assert figures("Buses will run every 20 minutes at peak times.") == {"interval": [pytest.approx(20 * 60 / 86400)]}
    assert figures("The detour adds 20 minutes to journeys.") == {"duration": [pytest.approx(20 * 60 / 86400)]}


def test_a_day_something_is_ordered_to_be_done_on_lies_ahead():
    [ordered] = dates.extract("The minister ordered flags to be flown at half-mast on Friday.", PLAIN)  # published Wednesday 15 May
    [done] = dates.extract("Flags were flown at half-mast on Friday.", PLAIN)
    assert (ordered.value.month, ordered.value.day) == (5, 17) and (done.value.month, done.value.day) == (5, 10)


@pytest.mark.parametrize("a, b", [("cause", "causing"), ("blamed", "blame"), ("charges", "charged"), ("soared", "soaring"),
                                  ("approval", "approved"), ("refusal", "refused"), ("proposals", "proposed"), ("denial", "denied"),
                                  ("acquittal", "acquitted"), ("referral", "referred"), ("dismissal", "dismissed"), ("withdrawal", "withdrawn")])
def test_a_words_forms_share_one_stem(a, b):
    """A deed and its noun in '-al' too ('the drug's approval' / 'the drug was approved'): one stem."""
    from digest.merge.text import stem
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("signal", "sign"), ("hospital", "host"), ("official", "office"), ("trial", "try"), ("rival", "rive")])
def test_other_words_in_al_keep_their_own_stem(a, b):
    from digest.merge.text import stem
    assert stem(a) != stem(b)


def _wire_and_paper(tmp_path, wire: str, paper: str, translated: bool = False) -> dict:
    """The merge of two outlets' one-sentence reports of one day, the paper's a translation if asked."""
    paper_meta = dict(published=PLAIN.published, translated_from="de") if translated else dict(published=PLAIN.published)
    return story_of(tmp_path, {"wire": (wire + "\n", dict(published=PLAIN.published)), "paper": (paper + "\n", paper_meta)})


@pytest.mark.parametrize("open_, done", [
    ("No agreement has been reached on the sale of the stadium, the club said.", "The club has agreed to sell the stadium to a developer."),
    ("The two airlines are in talks, but no deal has been struck.", "The two airlines have agreed a deal to merge."),
    ("The ministry is looking at the request for a bridging loan.", "The ministry approved the bridging loan on Monday."),
    ("The regulator is reviewing the application from the bank.", "The regulator rejected the bank's application."),
])
def test_a_deal_not_reached_or_a_request_still_examined_against_the_deed_done_is_a_status_clash(tmp_path, open_, done):
    """'No agreement has been reached' and 'is looking at the request' leave the thing open, as
    'no decision' does; an outlet that reports it agreed, approved or rejected differs on status."""
    merged = _wire_and_paper(tmp_path, open_, done)
    assert [d["kind"] for d in merged["discrepancies"]].count("confirmation") == 1


def test_arrested_against_questioned_and_released_is_a_clash_with_words_between(tmp_path):
    """'Was arrested' / 'was questioned at the airport on Sunday and released': one outlet has the
    man held, the other let go; the words between 'questioned' and 'released' do not hide it."""
    merged = _wire_and_paper(tmp_path, "The pilot was arrested at the airport on Sunday.", "The pilot was questioned at the airport on Sunday and released.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["other"]
    merged = _wire_and_paper(tmp_path, "The pilot was arrested at the airport on Sunday.", "The pilot was questioned at the airport on Sunday and allowed to leave.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["other"]  # let go, in other words


def test_a_decision_still_due_is_not_fused_with_the_decision_taken(tmp_path):
    """'Is due to decide on the drug's approval' and 'the drug was approved': a preview and the
    deed, two claims, once the noun and the verb are read as one deed."""
    merged = _wire_and_paper(tmp_path, "The drug was approved by the medicines agency on Thursday.", "The medicines agency is due to decide on the drug's approval on Thursday.")
    assert all(len(s["sources"]) == 1 for p in merged["paragraphs"] for s in p)


def test_a_confirmed_cause_against_an_undetermined_one_is_a_clash_whatever_the_form_of_cause(tmp_path):
    merged = story_of(tmp_path, {
        "a": ("The cause of the explosion has not been determined, the fire service said.\n", dict(published=PLAIN.published)),
        "b": ("The operator has confirmed that a valve failed, causing the explosion.\n", dict(published=PLAIN.published)),
    })
    assert {d["kind"] for d in merged["discrepancies"]} == {"confirmation"}


@pytest.mark.parametrize("text, minutes", [
    ("The order was lifted at 4pm.", 16 * 60),
    ("The order was only at 18 o'clock lifted.", 18 * 60),
    ("It was lifted just after four o\u2019clock this afternoon.", 16 * 60),
])
def test_a_time_given_by_its_hour_alone_is_read(text, minutes):
    [fact] = dates.extract(text, PLAIN)
    assert fact.subject == "time" and fact.value == (minutes, "local") and fact.approximate
    assert numbers.extract(text, PLAIN) == []  # 'four o'clock' counts nothing


@pytest.mark.parametrize("a, b, agree", [
    ("at 6:10 a.m.", "at 6am", True),  # an hour named is a rounding
    ("at 15:20", "at three o'clock", True),  # 'three o'clock' may be the afternoon's
    ("at four o'clock this afternoon", "at 18 o'clock", False),
    ("at 4pm", "at 6pm", False),
    ("at 2:40", "at 3:40", False),
])
def test_an_hour_alone_agrees_with_a_time_within_the_hour(a, b, agree):
    [x], [y] = dates.extract(a, PLAIN), dates.extract(b, PLAIN)
    assert dates.same(x, y) is agree


@pytest.mark.parametrize("text, subject, value", [
    ("An explosion killed two workers at the plant.", "n:dead", 2),
    ("A third worker died, bringing the death toll from the worst accident in decades to three.", "n:dead", 3),
    ("The storm left 32 dead.", "n:dead", 32),
    ("Two fishermen have been killed.", "n:dead", 2),
    ("The blast injured 11 people.", "n:injur", 11),
    ("Seven passengers suffered minor injuries.", "n:injur", 7),
    ("The plant employs 400 workers.", "n:worker", 400),
    ("The bus left the road and 14 were hurt.", "n:injur", 14),  # a count with no noun of its own
    ("At least 10 were killed in the storm.", "n:dead", 10),
    ("Of the 12 people who were seriously injured, most went home on Friday.", "n:injur", 12),
    ("Rescuers found the birds on the beach, 118 of them dead.", "n:dead", 118),  # the part of a group that died
    ("Four climbers were still missing on Sunday.", "n:missing", 4),
    ("Five more people are still unaccounted for.", "n:missing", 5),
    ("The blast hurt dozens of guests, and nine were missing by noon.", "n:missing", 9),  # a count with no noun of its own
])
def test_the_dead_and_the_injured_are_counted_as_such_whatever_noun_counts_them(text, subject, value):
    assert figures(text) == {subject: [value]}


@pytest.mark.parametrize("text, subject, value", [
    ("The panel tried six different ferry timetables before it chose one.", "n:ferry", 6),  # 'different' says which, not what
    ("Four separate fires broke out in the harbour overnight.", "n:fir", 4),
])
def test_a_word_saying_which_between_a_figure_and_its_noun_is_skipped(text, subject, value):
    assert figures(text) == {subject: [value]}


def test_a_count_beside_something_else_or_a_small_count_of_another_noun_is_no_rival_count(tmp_path):
    merged = story_of(tmp_path, {
        "a": ("The journal has already withdrawn the 2021 study and two other papers by the biologist.\n\n"
              "The committee, chaired by a former judge, cleared the co-authors of misconduct, with one exception: the role of a former "
              "postdoctoral researcher will be examined separately.\n", dict(published=PLAIN.published)),
        "b": ("The journal has already withdrawn three of the articles by the biologist, among them the 2021 study.\n\n"
              "The co-authors of the articles, among them two scientists from Tessau, were by the commission from the reproach of "
              "misconduct relieved.\n", dict(published=PLAIN.published, translated_from="de")),
    })
    assert not [d for d in merged["discrepancies"] if d["kind"] == "number"], merged["discrepancies"]


def test_counts_of_the_dead_further_apart_than_other_figures_are_still_one_count(tmp_path):
    merged = story_of(tmp_path, {
        "a": ("Wildlife officials said 310 oiled birds had been recovered from the beaches since Sunday, 118 of them dead.\n", dict(published=PLAIN.published)),
        "b": ("By Monday evening more than 300 seabirds had been killed on the beaches, according to wildlife officials.\n", dict(published=PLAIN.published)),
    })
    assert variants_of(merged, "number") == [["118 of them dead", "more than 300 seabirds"]]


def test_a_count_of_the_dead_and_one_of_the_injured_are_never_one_count(tmp_path):
    merged = story_of(tmp_path, {
        "a": ("Seven people were killed and 41 injured when two trains collided near the town on Thursday morning.\n", dict(published=PLAIN.published)),
        "b": ("Of the 12 people who were seriously injured in Thursday's collision near the town, five remain in a critical condition.\n", dict(published=PLAIN.published)),
    })
    assert not [d for d in merged["discrepancies"] if "Seven" in d["summary"]], merged["discrepancies"]


def test_a_death_toll_against_a_count_of_workers_killed_is_a_clash(tmp_path):
    merged = story_of(tmp_path, {
        "a": ("The explosion at the chemical plant killed two workers on Tuesday.\n", dict(published=PLAIN.published)),
        "b": ("A third worker died on Tuesday evening, bringing the death toll from the explosion at the chemical plant to three.\n", dict(published=PLAIN.published)),
    })
    assert variants_of(merged, "number") == [["three", "two workers"]]


def test_a_deadline_told_in_the_past_need_not_lie_ahead():
    later = Context(dt.date(2026, 3, 10))
    [given] = dates.extract("An inspector gave the company until the end of January to fix the valves.", later)
    [ahead] = dates.extract("The road remains closed until the end of January.", later)
    assert (given.value.year, ahead.value.year) == (2026, 2027)


def test_an_inquiry_opened_and_an_inquiry_under_way_agree_and_a_status_governs_its_own_clause():
    opened = status.extract("The regulator and police have opened a joint investigation into the blast.", PLAIN)[0]
    under_way = status.extract("The regulator and police are investigating jointly.", PLAIN)[0]
    in_doubt = status.extract("Police are investigating whether the valve failed.", PLAIN)[0]
    assert status.same(opened, under_way) and not status.same(opened, in_doubt)
    [unclear] = status.extract("The cause is still unclear; police and the regulator investigate together.", PLAIN)
    assert "investig" not in " ".join(unclear.value[1])


def test_a_translations_will_no_more_pay_is_a_denial():
    [mt] = status.extract("The state will no further mark pay for mistakes that the contractor made.", TRANSLATED)
    [plain] = status.extract("The state will not pay a single mark more for the contractor's mistakes.", PLAIN)
    assert (mt.value[0], plain.value[0]) == ("denied", "denied") and status.same(mt, plain)


def test_has_not_said_whether_is_undisclosed_whatever_modal_follows():
    [a] = status.extract("He did not say whether he would seek a return to government.", PLAIN)
    [b] = status.extract("His party has not said whether he could return to a ministerial post.", PLAIN)
    assert (a.value[0], b.value[0]) == ("undisclosed", "undisclosed")


def test_one_sum_in_two_currencies_differs_and_a_sum_converted_is_no_clash(tmp_path):
    def story(sub: str, b: str) -> list:
        (tmp_path / sub).mkdir()
        merged = story_of(tmp_path / sub, {
            "a": ("The club agreed a settlement of about 1.1 million marks with the sacked manager, the chairman said.\n", dict(published=PLAIN.published)),
            "b": (b, dict(published=PLAIN.published, translated_from="de")),
        })
        return [sorted(v["text"] for v in d["variants"]) for d in merged["discrepancies"] if "million" in d["summary"]]
    assert story("converted", "The club agreed with the dismissed trainer a settlement of approximately 1,27 million euro, the chairman said.\n") == []
    assert story("currency", "The club agreed with the dismissed trainer a settlement of about 1.1 million euros, the chairman said.\n") != []


def test_a_plan_announced_is_the_plan_and_a_deed_of_the_plan_the_same_day_is_not():
    [announced] = status.extract("The carmaker announced on Tuesday the closure of its northern plant.", PLAIN)
    [plan] = status.extract("The carmaker will close its northern plant, the company said.", PLAIN)
    [closed] = status.extract("The carmaker already closed its northern plant.", PLAIN)
    assert (announced.value[0], plan.value[0], closed.value[0]) == ("done", "planned", "done")
    assert status.same(announced, plan) and not status.same(closed, plan)


def test_a_deed_with_a_negation_a_few_words_before_is_denied_and_a_closing_status_is_about_its_clause():
    [unpaid] = status.extract("The staff have according to the union not got the January salary paid out.", PLAIN)
    assert unpaid.value[0] == "denied"
    [denial] = status.extract("In 2019 the port fined three trawlers over late fees, an accusation the owners denied.", PLAIN)
    assert denial.value[0] == "denied" and {"trawler", "port"}.isdisjoint(denial.value[1])  # about the accusation, not the whole sentence


@pytest.mark.parametrize("text, quoted, speaker", [
    ("\u201eWe will rebuild every single house in the town\u201c, said Ada Roe.", "We will rebuild every single house in the town", "roe"),  # German marks
    ("\u201dNobody who booked with us will be left stranded\u201d, says the Aviation Authority's director Ada Roe.", "Nobody who booked with us will be left stranded", "roe"),
    ("After the verdict he said that the sentences send \u201ea clear message about signatures on reports\u201c.", "a clear message about signatures on reports", ""),
    ("\u201aThe new bridge will carry trams by the spring\u2018, enthused the mayor Ada Roe.", "The new bridge will carry trams by the spring", "roe"),  # German single marks, a verb of saying with feeling
])
def test_a_translations_quotation_marks_and_its_speaker_are_read(text, quoted, speaker):
    [fact] = quotes.extract(text, TRANSLATED)
    assert (fact.text.strip(" ,"), fact.value[1]) == (quoted, speaker)


def test_two_readings_in_one_unit_are_compared_exactly_and_a_conversion_is_allowed_its_rounding():
    read = lambda text: numbers.extract(text, PLAIN)[0]  # noqa: E731
    assert not numbers.same(read("The river stood at 6.48 metres."), read("The river stood at 6.52 metres."))
    assert numbers.same(read("The train ran at 110 km/h."), read("The train ran at 68 mph."))


def test_not_excluding_a_thing_is_leaving_it_possible():
    [fact] = status.extract("The company did not exclude a hacker attack, the paper wrote.", TRANSLATED)
    assert fact.value[0] == "possible"


def test_a_list_of_names_ending_in_a_one_word_name_is_a_list_and_a_two_word_firm_is_one_name():
    from digest.merge.compare.names import names_in
    assert names_in("Online banking at Orsk Savings Bank, Tallis Bank and Pennyfold failed.") == ["Orsk Savings Bank"]
    assert names_in("Shares in Marks and Spencer rose on Monday.") == ["Marks and Spencer"]


def test_a_possessive_ends_a_name_unless_a_bodys_name_goes_on():
    from digest.merge.compare.names import names_in
    assert names_in("said Superintendent Ada Roe, who commands Holm Police's Varby district.") == ["Superintendent Ada Roe", "Holm Police's"]
    assert names_in("She was treated at St Aldric's Hospital in Varby.") == ["St Aldric's Hospital"]
    assert names_in("The Osterby Growers' Union said so.") == ["Osterby Growers' Union"]


def test_one_weekday_named_by_two_outlets_is_one_day_whatever_the_tense():
    ahead = dates.extract("The airline said 23 flights due to leave on Saturday would be cancelled.", PLAIN)[0]
    back = dates.extract("The airline has cancelled 23 flights on Saturday.", PLAIN)[0]
    assert ahead.value != back.value  # each tense places the weekday in its own week
    assert dates.same(ahead, back)
    last = dates.extract("The airline cancelled 23 flights last Saturday.", PLAIN)[0]
    assert not dates.same(ahead, last)


def test_a_month_of_a_year_is_that_month_wherever_it_stands():
    said = dates.extract("Between January of 2020 and June of 2024 the couriers worked as employees.", PLAIN)
    assert [(f.subject, f.value.year, f.value.month) for f in said] == [("date", 2020, 1), ("date", 2024, 6)]


def test_a_weekday_of_next_week_is_a_week_on():
    """Said on Monday 12 May: 'next Monday' and 'on Monday next week' are 19 May, 'on Monday'
    told in the past is the day itself, and 'on Friday next week' is 23 May."""
    monday = Context(dt.date(2025, 5, 12), False)
    def day(text):
        return [(w.month, w.day) for w in (f.value for f in dates.extract(text, monday))]
    assert day("The result is expected next Monday.") == day("The office will certify the result on Monday next week.") == [(5, 19)]
    assert day("The result was certified on Monday.") == [(5, 12)]
    assert day("The board meets on Friday next week.") == [(5, 23)]
    assert day("The board meets between Tuesday and Thursday next week.") == [(5, 20), (5, 22)]  # the week words after the second day are the first's too


def test_a_weekday_of_last_week_is_in_the_week_before():
    """Said on Monday 12 May: 'on Wednesday last week' is 7 May, and 'between Wednesday and Friday
    last week' 7 and 9 May, not this week's Wednesday."""
    monday = Context(dt.date(2025, 5, 12), False)
    def day(text):
        return [(w.month, w.day) for w in (f.value for f in dates.extract(text, monday))]
    assert day("The loaves were baked on Wednesday last week.") == day("The loaves were baked last Wednesday.") == [(5, 7)]
    assert day("The loaves were baked between Wednesday and Friday last week.") == [(5, 7), (5, 9)]
    said_on_friday = Context(dt.date(2025, 5, 16), False)
    assert [(f.value.month, f.value.day) for f in dates.extract("The loaves were baked on Wednesday last week.", said_on_friday)] == [(5, 7)]


def test_a_translations_hour_kilometres_are_a_speed():
    assert figures("Gusts of 126 hour-kilometres hit the coast.") == figures("Gusts of 126 km/h hit the coast.")
    assert "speed" not in figures("The outage lasted 11 hours.")


def test_a_translations_proc_and_year_are_read():
    assert figures("The population grew by 6,1 proc. since the last count.", Context(dt.date(2026, 11, 24), True)) == {"percent": [6.1]}
    assert [(f.subject, f.value) for f in dates.extract("It is more than during the previous census from year 2015.", PLAIN)] == [("year", 2015)]


def test_an_age_at_the_age_of_is_an_age():
    assert figures("She died at the age of 85.") == figures("She died aged 85.") == figures("She was in the age of 85 years.") == {"age": [85.0]}


@pytest.mark.parametrize("text", ["He was 85 years old.", "He is 85 years of age.", "She reached the age of 85 years.", "The 85-year-old wrote novels."])
def test_an_age_in_years_old_or_of_age_is_an_age_not_a_length_of_time(text):
    assert figures(text) == {"age": [85.0]}


def test_a_decade_of_life_in_digits_is_the_same_span_as_in_words():
    (digits,) = [f for f in numbers.extract("A man in his 50s was arrested.", PLAIN) if f.subject == "age"]
    (words,) = [f for f in numbers.extract("A man in his fifties was arrested.", PLAIN) if f.subject == "age"]
    (late,) = [f for f in numbers.extract("A woman in her late 30s was hurt.", PLAIN) if f.subject == "age"]
    assert digits.value == words.value == 54.5 and late.value == 37.5
    (fifty_two,) = [f for f in numbers.extract("A 52-year-old man was arrested.", PLAIN) if f.subject == "age"]
    assert numbers.same(digits, fifty_two) and not numbers.same(late, fifty_two)
    assert "age" not in figures("In the 1990s prices rose by 40 percent.")


@pytest.mark.parametrize("open_", ["The chain is weighing an appeal against the ruling.",
                                   "The chain will study the ruling before deciding whether to appeal."])
def test_weighing_or_deciding_whether_is_an_open_decision_against_a_stated_plan(open_):
    plan = status.extract("The chain intends to appeal against the ruling.", PLAIN)[0]
    undecided = next(f for f in status.extract(open_, PLAIN) if f.value[0] == "possible")
    assert not status.same(plan, undecided)


def test_a_speaker_named_after_a_post_and_its_place_is_the_person():
    facts = quotes.extract("\u201eShe gave our small country a voice that the whole world could hear\u201d, said minister of culture of Solwania Ingrid Sall.",
                           Context(dt.date(2026, 12, 1), True))
    assert [f.value[1] for f in facts] == ["sall"]


@pytest.mark.parametrize("text, currency, amount", [
    ("The club's debts total Cr36.8m.", "crown", 36_800_000.0),
    ("The port paid Dh2bn for the terminal.", "dirham", 2_000_000_000.0),
    ("Its losses reached Kr5.5m last year.", "crown", 5_500_000.0),
])
def test_a_sum_with_its_currencys_abbreviation_joined_to_it_is_money(text, currency, amount):
    assert figures(text)["money"] == [(currency, amount)]


@pytest.mark.parametrize("text", ["The TX204 flight was late.", "The V8m engine is loud.", "The R2bn plan was shelved."])
def test_letters_joined_to_a_figure_that_name_no_one_currency_are_no_money(text):
    assert "money" not in figures(text)  # a code, no currency starting 'V', several starting 'R'


def test_so_many_in_every_so_many_is_a_share():
    assert figures("The firm is buying four out of every five shares in the club.")["percent"] == [80.0]
    assert agree("One in every ten pupils was ill.", "Ten percent of pupils were ill.")
    assert not agree("Four out of every five shares were sold.", "85 percent of shares were sold.")


@pytest.mark.parametrize("text, day", [
    ("The roof fell in the night from Sunday to Monday, towards 22h40 local hour.", 12),  # evening: the first day
    ("The roof fell in the night from Sunday to Monday, towards 03:10 local hour.", 13),  # early morning: the second
    ("The roof fell in the night from Sunday to Monday.", None),  # no clock: either day, so neither
])
def test_a_night_between_two_days_is_the_day_its_clock_says(text, day):
    days = [f.value.day for f in dates.extract(text, PLAIN) if f.subject == "date"]
    assert days == ([day] if day else [])


def test_within_is_an_exact_upper_bound():
    (radius,) = numbers.extract("Residents within 3 kilometres of the plant were told to stay in.", PLAIN)
    assert numbers.bound(radius) == "upper" and not radius.approximate
    assert not agree("Residents within 3 kilometres of the plant were told to stay in.", "People up to five kilometres from the plant were told to stay in.")
    from dataclasses import replace
    from digest.merge.compare.figures import agree as bounds_agree
    (school,) = numbers.extract("The school 2 kilometres from the plant was closed.", PLAIN)
    assert bounds_agree(replace(radius, detector="numbers"), replace(school, detector="numbers"))  # inside the bound


def test_a_bound_in_another_unit_is_read_as_converted_and_rounded():
    """'Within 5km' / 'within three miles' (4.83 km) and '5km' / 'within three miles' are one
    radius converted; 'within 3 kilometres' / 'within three miles' still differ."""
    from dataclasses import replace
    from digest.merge.compare.figures import agree as bounds_agree

    def fact(text):
        (f,) = numbers.extract(text, PLAIN)
        return replace(f, detector="numbers")
    miles = fact("Drones are banned within three miles of the airport.")
    assert bounds_agree(fact("Drones are banned within 5km of the airport."), miles)
    assert bounds_agree(fact("Drones are banned in a 5km zone around the airport."), miles)
    assert not bounds_agree(fact("Drones are banned within 3 kilometres of the airport."), miles)


@pytest.mark.parametrize("text, split", [
    ("38 councillors voted for the scheme, 21 against and two abstained.", (38.0, 21.0)),
    ("Thirty-eight councillors backed the plan and 23 opposed it.", (38.0, 23.0)),
    ("Twenty-one members voted in favour and eight voted against.", (21.0, 8.0)),  # 'Twenty-one' is no split of its own
    ("The minutes record 12 trustees in favour and seven against.", (12.0, 7.0)),
    ("The council approved the budget 17-4, with one abstention.", (17.0, 4.0)),  # approving is voting
    ("Councillors backed the scheme 21-16.", (21.0, 16.0)),  # a tally written as a score
    ("The senate voted 31-24 to pass the bill.", (31.0, 24.0)),
    ("Holm won the run-off with 59 votes to Brask\u2019s 41.", (59.0, 41.0)),  # the loser named between the two counts
])
def test_a_vote_told_as_so_many_for_and_so_many_against_is_a_split(text, split):
    assert figures(text)["split"] == [split]


def test_a_range_after_a_voting_word_is_no_tally():
    assert "split" not in figures("The museum rejected the offer on 12-14 May.")
    assert "split" not in figures("The club approved places for children aged 8-12.")


def test_two_tallies_of_one_vote_that_share_the_yes_side_clash_below_the_usual_closeness(tmp_path):
    from test_merge_general import MONDAY

    told = {
        "wire": ("The proposal passed by 38 votes to 23 in the 61-seat chamber, with the vote taken after a long debate.\n", dict(published=MONDAY)),
        "review": ("According to the council's provisional minutes, 38 councillors voted for the scheme, 21 against and two abstained.\n", dict(published=MONDAY)),
    }
    tallies = [sorted(v["source"] for v in d["variants"]) for d in story_of(tmp_path, told, lead="wire")["discrepancies"] if d["kind"] == "number"]
    assert tallies == [["review", "wire"]]


@pytest.mark.parametrize("text, age", [
    ("A youth of 16 years, pupil of another school, was arrested.", 16.0),  # a translation's 'un jeune de 16 ans'
    ("A woman of 34 years is gravely wounded.", 34.0),
])
def test_a_person_of_so_many_years_is_an_age(text, age):
    assert figures(text)["age"] == [age]


def test_a_person_of_years_of_something_is_no_age():
    assert "age" not in figures("A man of 40 years of experience took charge.")


@pytest.mark.parametrize("text, speaker", [
    ("\u00ab The policy will not change because one man leaves \u00bb, has written Anselm Veyr in this letter.", "veyr"),
    ("\u00ab We will not see again such a barrel \u00bb, has affirmed Callum Ferr.", "ferr"),
])
def test_a_translations_perfect_tense_attribution_names_the_speaker(text, speaker):
    assert [f.value[1] for f in quotes.extract(text, TRANSLATED)] == [speaker]


def test_a_length_of_time_after_a_year_is_no_figure_of_that_year():
    (spent,) = [f for f in numbers.extract("The whisky was distilled in February 1951 and spent 72 years in a sherry cask.", PLAIN) if f.subject == "duration"]
    assert spent.era is None
    (killed,) = [f for f in numbers.extract("The quake killed 212 people in 1968.", PLAIN) if f.subject.startswith("n:")]
    assert killed.era == 1968


def test_a_count_that_stands_at_a_figure_is_a_count_of_its_noun():
    assert figures("The number of dead stands at 14.") == {"n:dead": [14.0]}


def test_a_figure_that_initial_reports_gave_is_not_the_outlets_own():
    assert "n:injur" not in figures("Initial reports said three climbers were injured.")
    assert figures("Three climbers were injured.")["n:injur"] == [3.0]


def test_a_decade_of_life_is_an_age_span():
    (decade,) = [f for f in numbers.extract("The man, who was in his twenties, had travelled from the city.", PLAIN) if f.subject == "age"]
    (nineteen,) = [f for f in numbers.extract("A 19-year-old man has died.", PLAIN) if f.subject == "age"]
    (twenty_four,) = [f for f in numbers.extract("A 24-year-old man has died.", PLAIN) if f.subject == "age"]
    assert not numbers.same(decade, nineteen) and numbers.same(decade, twenty_four)
    late, early = ([f for f in numbers.extract(t, PLAIN) if f.subject == "age"][0] for t in ("She is in her late sixties.", "She is in her early sixties."))
    assert not numbers.same(late, early)


def test_capital_ml_is_megalitres_and_lower_case_ml_millilitres():
    assert figures("The plant uses 2.3 ML of water a day.")["volume"] == [2_300_000.0]
    assert figures("The plant uses 2,3 million liter of water a day.", TRANSLATED)["volume"] == [2_300_000.0]
    assert figures("The dose was 5 ml.")["volume"] == [0.005]


def test_aged_of_so_many_years_is_an_age():
    assert figures("The forger, aged of 59 years, was sentenced.", TRANSLATED)["age"] == [59.0]


def test_an_age_after_a_name_and_aged_belongs_to_that_person():
    assert figures("Aron Lind, aged of 59 years, was sentenced.", TRANSLATED) == {"age:lind": [59.0]}
    assert figures("Aron Lind, 58, a restorer, was sentenced.") == {"age:lind": [58.0]}  # one subject: the two ages compare
    assert figures("The man, aged 40, was hurt.") == {"age": [40.0]}


def test_counts_of_the_missing_told_with_other_nouns_and_words_are_one_count(tmp_path):
    merged = story_of(tmp_path, {
        "a": ("Four climbers were still missing when the search on the ridge was called off at dusk.\n", dict(published=PLAIN.published)),
        "b": ("Three people are still unaccounted for on the ridge, rescue teams said.\n", dict(published=PLAIN.published)),
    })
    assert variants_of(merged, "number") == [["Four climbers", "Three people"]]


def test_an_event_named_before_its_date_is_dated_by_it(tmp_path):
    published = dict(published=dt.date(2024, 5, 15))  # a Wednesday
    merged = story_of(tmp_path, {
        "wire": ("The winner will be handed the cup at a gala dinner on Friday.\n", published),
        "mt": ("The dinner of gala will take place Thursday 16 May in the old town hall, in presence of the sponsors.\n", dict(published, translated_from="fr")),
    }, lead="wire")
    assert variants_of(merged, "date") == [["16 May", "on Friday"]]
    (tmp_path / "place").mkdir()
    apart = story_of(tmp_path / "place", {
        "wire": ("The mayor went to the harbour on Monday evening.\n", published),
        "paper": ("The minister is due at the harbour on Friday.\n", published),
    }, lead="wire")
    assert not [d for d in apart["discrepancies"] if d["kind"] == "date"]  # a place visited on two days: no event


@pytest.mark.parametrize("text, subject, value", [
    ("The agency raised Storm Signal No. 5 for the coast.", "level", 5.0),
    ("Forecasters rated the fire danger at level 3.", "level", 3.0),
    ("The hurricane weakened to category two overnight.", "level", 2.0),
    ("Experts put the risk at four out of five on Sunday.", "level", 4.0),  # a rating, no share
    ("It raised the alert level for Mount Harrow to 4 on Sunday.", "level", 4.0),  # the place between the level and its step
    ("The institute issued an orange warning for extreme heat.", "level", 3.0),  # a warning named by its colour
    ("Forecasters issued an amber weather warning for the coast.", "level", 3.0),  # amber and orange: one step
    ("The region was placed under code red for the heat.", "level", 4.0),
    ("It was the third-largest diamond find ever recorded.", "rank:large:find", 3.0),
    ("It was the biggest diamond find in the mine's history.", "rank:large:find", 1.0),
])
def test_a_step_on_a_scale_and_a_things_rank_among_its_kind_are_read(text, subject, value):
    assert figures(text) == {subject: [value]}


def test_among_the_first_is_no_rank_and_a_share_is_no_level():
    assert figures("It was one of the biggest diamond finds in the mine's history.") == {}
    assert figures("Red Cross volunteers handed out water on Monday.") == {}  # a colour naming no warning
    assert "level" not in figures("Four out of five voters backed the plan.")


def test_the_one_level_each_outlet_gives_and_a_rank_told_two_ways_are_clashes(tmp_path):
    merged = story_of(tmp_path, {
        "wire": ("The weather office had rated the flood risk for the valley at level 3 on Friday morning.\n\n"
                 "It was the second-largest diamond find ever made at the mine.\n", dict(published=PLAIN.published)),
        "radio": ("Forecasters had put the danger in the area at four out of five, after days of rain.\n\n"
                  "It is the biggest diamond find in the mine's history, the company said.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert sorted(sorted(v["text"] for v in d["variants"]) for d in merged["discrepancies"] if d["kind"] == "number") == [
        ["at four out of five", "level 3"], ["biggest diamond find", "second-largest diamond find"]]


def test_a_birthday_passed_is_the_persons_age():
    assert figures("Mara Lind, who turned 31 in March, is the new champion.") == {"age:lind": [31.0]}
    assert agree("Mara Lind, who turned 31 in March, won.", "Lind, 31, won the title.")
    assert not agree("Mara Lind, who turned 31 in March, won.", "Lind, 30, won the title.")
    assert "age:lind" not in figures("Mara Lind, who turned 31 percent of her shots into goals, won.")


@pytest.mark.parametrize("text, currency, amount", [
    ("The fine was EUR 5.5m in total.", "euro", 5_500_000.0),
    ("Repairs cost USD 300,000.", "dollar", 300_000.0),
    ("Each firm must pay TFL 112.0m.", "florin", 112_000_000.0),  # a code no list names, read by its last letters
    ("Each firm must pay VKX 112.0m.", "?", 112_000_000.0),  # a code nothing reads: some currency
])
def test_a_sum_after_its_currencys_three_letter_code_is_money(text, currency, amount):
    assert figures(text)["money"] == [(currency, amount)]


def test_a_sum_in_a_currency_no_rule_reads_is_compared_with_a_sum_in_any(tmp_path):
    def merged_with(folder, amount: str) -> dict:
        folder.mkdir(exist_ok=True)
        return story_of(folder, {
            "wire": ("Reprinting the exam papers is estimated to cost VKX 4.2m, the ministry said.\n", dict(published=PLAIN.published)),
            "paper": (f"Reprinting the exam papers will cost about {amount} million marks, the ministry said.\n", dict(published=PLAIN.published)),
        }, lead="wire")
    merged = merged_with(tmp_path, "3.8")
    assert [(d["kind"], sorted(v["text"] for v in d["variants"])) for d in merged["discrepancies"]] == [("number", ["VKX 4.2m", "about 3.8 million marks"])]
    assert merged_with(tmp_path / "same", "4.2")["discrepancies"] == []


def test_a_three_letter_code_before_a_small_bare_number_is_no_money():
    assert "money" not in figures("The BBC 2 documentary ran for an hour.")


def test_a_year_a_figure_is_measured_since_is_no_era_of_the_figure():
    [closed] = [f for f in numbers.extract("The shares hit their lowest since March 2020 and closed down 19.8 percent.", PLAIN) if f.subject == "percent"]
    assert closed.era is None
    [quake] = [f for f in numbers.extract("It was the strongest quake since 1968, when a magnitude 6.5 quake struck.", PLAIN) if f.subject == "magnitude"]
    assert quake.era == 1968  # what follows 'when' tells of that year


def test_a_day_named_without_its_year_in_a_sentence_about_what_is_to_come_is_the_next_one():
    october = Context(dt.date(2025, 10, 14))
    [ahead] = dates.extract("Shareholders hear of the dividend when the firm publishes full-year results on Feb. 26.", october)
    [past] = dates.extract("The firm warned on Feb. 26 that sales were weak.", october)
    [soon] = dates.extract("The ceremony will take place on 24 November.", october)
    assert (ahead.value.year, past.value.year, soon.value.year) == (2026, 2025, 2025)


def test_counts_of_other_nouns_written_with_the_same_digits_swapped_are_one_count(tmp_path):
    published = dict(published=PLAIN.published)
    merged = story_of(tmp_path, {
        "wire": ("Over the two days, 47 patients were sent by ambulance to hospitals in Orsa and Lund.\n", published),
        "radio": ("Ambulance crews had to take 74 people who needed urgent care past its locked doors to hospitals in Orsa and Lund, adding up to an hour to their journeys.\n", published),
    }, lead="wire")
    assert variants_of(merged, "number") == [["47 patients", "74 people"]]


def test_counts_of_one_named_thing_written_with_three_digits_swapped_are_one_count(tmp_path):
    """'The Larkfield study enrolled 318 patients' / 'Larkfield randomised 381 adults': unlike
    nouns, one named thing, three digits shuffled. Without a name in common they stay apart."""
    published = dict(published=PLAIN.published)
    trial = {
        "wire": ("The Larkfield study enrolled 318 patients at nine clinics in the north.\n", published),
        "journal": ("Larkfield randomised 381 adults to the new inhaler or a dummy one, then followed them for a year.\n", published),
    }
    assert variants_of(story_of(tmp_path, trial, lead="wire"), "number") == [["318 patients", "381 adults"]]
    unnamed = {
        "wire": ("The study enrolled 318 patients at nine clinics in the north.\n", published),
        "journal": ("By the spring, 381 adults had written to the ministry about the clinics.\n", published),
    }
    (tmp_path / "unnamed").mkdir()
    assert variants_of(story_of(tmp_path / "unnamed", unnamed, lead="wire"), "number") == []


def test_figures_written_with_the_same_digits_in_another_order_are_transposed():
    from digest.merge.compare.figures import _transposed
    [a], [b], [c] = (numbers.extract(t, PLAIN) for t in ("It took 38 patients.", "It took 83 people.", "It took 33 people."))
    assert _transposed(a, b) and not _transposed(a, c) and not _transposed(a, a)


@pytest.mark.parametrize("wire, other, told", [
    (("The pine-built barge is 24 metres long, and its timbers were cut in the winter of 1702.\n\n"
      "Divers found it at a depth of 40 metres.\n"),
     ("review", "The survey gives an overall length of 27 metres from bow to stern and a beam of about 6 m.\n\n"
                "It rests 40 metres down, in cold, still water.\n"),
     ["24 metres", "27 metres"]),  # a thing's length ('from bow to stern' keeps it a length)
    (("The weather balloon's payload came down at 11:20 on Friday, about 3.5 kilometres from its planned recovery zone, "
      "and was found intact by a farmer.\n\nThe team said the radio beacon had worked throughout.\n"),
     ("radio", "The box of instruments landed late on Friday morning, almost seven kilometres away from where the team expected it "
               "to fall.\n\nA farmer spotted it in a field of beet.\n"),
     ["about 3.5 kilometres", "almost seven kilometres"]),  # a distance from a place
])
def test_the_one_extent_or_distance_each_outlet_gives_is_one_figure(tmp_path, wire, other, told):
    published = dict(published=PLAIN.published)
    name, text = other
    merged = story_of(tmp_path, {"wire": (wire, published), name: (text, published)}, lead="wire")
    assert variants_of(merged, "number") == [told]


@pytest.mark.parametrize("text, speaker", [
    ("Roe called the deal \u201ca truce held together by a common fund and little else\u201d and said Labour would oppose the tax cut.", "roe"),
    ("\u00ab This truce will not hold past the winter, in my view \u00bb, has declared Roe, for whom Ardesse cannot afford it.", "roe"),
])
def test_a_name_that_opens_what_was_said_is_no_speaker(text, speaker):
    [quote] = quotes.extract(text, PLAIN)
    assert quote.value[1] == speaker


def test_a_figure_told_as_what_it_was_before_is_an_earlier_state():
    facts = numbers.extract("It now expects 180 million crowns, against 280 million previously.", PLAIN)
    assert [f.era is not None for f in facts] == [False, True]


def test_a_rounded_figure_given_elsewhere_far_from_the_others_value_does_not_agree_with_it(tmp_path):
    published = dict(published=PLAIN.published)
    merged = story_of(tmp_path, {
        "wire": ("The regulator estimated that bread prices were about 15 percent higher than they would have been without the cartel.\n\n"
                 "Fines were cut by 30 percent for firms that cooperated.\n", published),
        "mt": ("According to the regulator, the prices of the bread were thus around 25 % more high than in a normal market.\n",
               dict(published, translated_from="fr")),
    }, lead="wire")
    assert variants_of(merged, "number") == [["about 15 percent", "around 25 %"]]


def test_a_group_broken_down_into_the_same_parts_with_one_part_counted_otherwise_is_a_clash(tmp_path):
    published = dict(published=PLAIN.published)
    merged = story_of(tmp_path, {
        "wire": ("The captives - three shop assistants and two delivery drivers - were checked by medics at the scene.\n", published),
        "radio": ("Four members of staff and two delivery drivers spent the whole afternoon inside the store on Long Street.\n", published),
    }, lead="wire")
    assert variants_of(merged, "number") == [["Four members", "three shop"]]


def test_the_place_of_the_event_in_its_series_is_read_and_compared(tmp_path):
    assert figures("It is the third time the opening has been put off.") == {"ordinal": [3.0]}
    assert figures("It was the first time she had won.") == {"ordinal": [1.0]}
    published = dict(published=PLAIN.published)
    merged = story_of(tmp_path, {
        "wire": ("The opening of the Orsa tunnel has been put off again, to next spring.\n\nIt is the third time the opening of the tunnel has been delayed.\n", published),
        "radio": ("The tunnel will now open next spring.\n\nIt is the second delay to the opening of the tunnel.\n", published),
    }, lead="wire")
    assert variants_of(merged, "number") == [["second delay", "third time"]]


def test_what_a_thing_became_in_its_series_is_read_and_compared(tmp_path):
    """'Became the region's fourth marine reserve' / 'was declared as the country's fifth marine
    reserve': the place of the story's thing in its series, told after what it became."""
    assert figures("The bay became Norland's fourth marine reserve on Friday.") == {"ordinal": [4.0]}
    assert figures("The council declared the bay as the region's fifth marine reserve.") == {"ordinal": [5.0]}
    published = dict(published=PLAIN.published)
    merged = story_of(tmp_path, {
        "wire": ("The council on Friday declared Kessel Bay as the region's fifth marine reserve, closing it to trawlers.\n", published),
        "radio": ("Kessel Bay became the region's fourth marine reserve on Friday, and trawlers can no longer fish there.\n", published),
    }, lead="wire")
    assert variants_of(merged, "number") == [["fifth marine", "fourth marine"]]


def test_two_days_one_apart_are_told_apart_from_days_further_apart():
    from digest.merge.compare.figures import _a_day_apart
    [thu], [fri], [mon] = (dates.extract(t, PLAIN) for t in ("It met on 16 May.", "It met on 17 May.", "It met on 20 May."))
    assert _a_day_apart(thu, fri) and not _a_day_apart(thu, mon) and not _a_day_apart(thu, thu)


RENDERED_BODY = {
    "quay-wire": (
        "The Northfield Ferry Workers' Union called a 48-hour strike on Monday over night-shift pay.\n\n"
        "Ferries between Northfield and Carrow Island will not sail on Wednesday and Thursday, the operator said.\n",
        dict(published=dt.date(2025, 6, 2)),
    ),
    "quay-mt": (
        "The Union of Ferry Personnel of Northfield called on Monday a strike of 48 hours over the pay of the night shifts.\n\n"
        "The ferries between Northfield and the island of Carrow will not sail Wednesday and Thursday, has said the operator.\n",
        dict(published=dt.date(2025, 6, 2), translated_from="nl"),
    ),
}


def test_a_translation_building_a_bodys_name_in_its_own_order_is_no_name_discrepancy(tmp_path):
    merged = story_of(tmp_path, RENDERED_BODY, lead="quay-wire")
    assert not [d for d in merged["discrepancies"] if d["kind"] == "name"], merged["discrepancies"]


def test_a_bodys_name_with_one_word_changed_in_the_same_order_stays_a_wording_discrepancy(tmp_path):
    other_head = {
        "quay-wire": RENDERED_BODY["quay-wire"],
        "quay-mt": ("The Northfield Ferry Workers' Association called on Monday a strike of 48 hours over the pay of the night shifts.\n", RENDERED_BODY["quay-mt"][1]),
    }
    names = [d for d in story_of(tmp_path, other_head, lead="quay-wire")["discrepancies"] if d["kind"] == "name"]
    assert [d["severity"] for d in names] == ["wording"], names


@pytest.mark.parametrize("a, b, reordered", [
    ("Harbour Pilots' Union", "Union of the Pilots of the Harbour", True),
    ("Velsk Water Authority", "Water Company Velsk", True),
    ("Velsk Office of Water Supply", "Velsk Water Supply Authority", True),  # the body's word before the shared words in one, after in the other
    ("School of Marine Studies", "Institute of Marine Studies", False),
    ("Velsk State Railway", "Velsk National Railway", False),
])
def test_a_names_shared_words_in_another_order_are_a_rendering(a, b, reordered):
    from digest.merge.compare.names import _reordered
    assert _reordered(a, b) is reordered


def test_a_name_with_its_country_before_it_is_one_name_whichever_apostrophe_each_outlet_sets():
    from digest.merge.compare.names import _one_name_shorter
    assert _one_name_shorter("Tarvia Pensioners\u2019 League", "Pensioners' League")
    assert _one_name_shorter("Tarvia Pensioners' League", "Pensioners\u2019 League")
    assert not _one_name_shorter("Tarvia Pensioners\u2019 League", "Farmers' League")


def _kinds_found(tmp_path, outlets: dict, lead: str, *kinds: str) -> list[dict]:
    """The discrepancies of the given kinds in the merged story of these outlets."""
    return [d for d in story_of(tmp_path, outlets, lead=lead)["discrepancies"] if d["kind"] in kinds]


@pytest.mark.parametrize("deed, flagged", [
    ("The aviation ministry opened an inquiry in 2021 after a glider crashed on the same ridge.", False),  # an earlier event
    ("The aviation ministry opened an inquiry into the crash on the ridge.", True),
])
def test_a_deed_dated_to_an_earlier_year_is_no_answer_to_an_option_still_open(tmp_path, deed, flagged):
    outlets = {
        "air-wire": ("The aviation ministry said it was considering whether to open an inquiry into the crash on the ridge.\n", dict(published=dt.date(2025, 9, 3))),
        "glide-review": (deed + "\n", dict(published=dt.date(2025, 9, 3))),
    }
    statuses = _kinds_found(tmp_path, outlets, "air-wire", "confirmation")
    assert bool(statuses) is flagged, statuses


@pytest.mark.parametrize("wire, flagged", [
    ("The mayor said no bus driver would lose their job under the new timetable.", False),  # says what the promise says
    ("The mayor said forty bus drivers would lose their job under the new timetable.", True),
])
def test_an_assertion_that_no_one_will_be_hit_agrees_with_a_promise_that_no_one_will(tmp_path, wire, flagged):
    outlets = {
        "city-wire": (wire + "\n", dict(published=dt.date(2025, 4, 8))),
        "tram-mt": ("The mayor has promised that no bus driver would lose their job with the new timetable.\n", dict(published=dt.date(2025, 4, 8), translated_from="de")),
    }
    found = _kinds_found(tmp_path, outlets, "city-wire", "confirmation", "other")
    assert bool(found) is flagged, found


@pytest.mark.parametrize("text, who", [
    ("\u00ab The first weeks were very hard for all of us here \u00bb, has explained the director of the regional Hospital.", ""),  # where the speaker works
    ("\u201eThe first weeks were very hard for all of us here\u201d \u2013 said on the press conference the head of the office Ada Lind.", "lind"),
])
def test_a_capitalised_word_a_word_or_two_after_of_is_where_the_speaker_works(text, who):
    (fact,) = quotes.extract(text, TRANSLATED)
    assert fact.value[1] == who


@pytest.mark.parametrize("other, flagged", [
    ("The crack in the dam wall is about 1.2 km long, engineers said after a survey by helicopter.", False),  # another thing measured
    ("The smoke rose to about 1.2 km above the harbour, the fire service said.", True),  # the point moved in the same figure
])
def test_the_same_digits_with_the_point_moved_are_a_slip_only_of_one_subject(tmp_path, other, flagged):
    outlets = {
        "fire-wire": ("The smoke rose to about 12 km above the harbour, the fire service said.\n", dict(published=dt.date(2025, 7, 1))),
        "port-daily": (other + "\n", dict(published=dt.date(2025, 7, 1))),
    }
    found = _kinds_found(tmp_path, outlets, "fire-wire", "number")
    assert bool(found) is flagged, found


@pytest.mark.parametrize("text, days", [
    ("She won in two hours and 16 seconds.", 2 / 24 + 16 / 86400),
    ("The talks lasted 3 hours 20 minutes.", 3 / 24 + 20 / 1440),
    ("He is banned for one year and eight months.", 365 + 8 * 365 / 12),
])
def test_a_length_of_time_told_in_two_units_is_one_duration(text, days):
    durations = [f for f in numbers.extract(text, PLAIN) if f.subject == "duration"]
    assert [round(f.value, 6) for f in durations] == [round(days, 6)]


def test_two_lengths_of_time_in_growing_units_stay_two():
    assert len([f for f in numbers.extract("It took 3 days and 4 weeks.", PLAIN) if f.subject == "duration"]) == 2


@pytest.mark.parametrize("text", ["He was ninth in a personal best of 2:11:09.", "She finished 14th in 2h13'40\", her best."])
def test_hours_minutes_and_seconds_run_are_no_time_of_day(text):
    assert not [f for f in dates.extract(text, PLAIN) if f.subject == "time"]
    assert [f.subject for f in dates.extract("The polls closed at 21:00 local time.", PLAIN)] == ["time"]


@pytest.mark.parametrize("other, flagged", [
    ("The museum said it would hold a public meeting in the harbour to show the finds.", False),  # shares only who said it
    ("The museum said it would open the barrels on the seabed next spring.", True),  # what the denial denies, asserted
])
def test_a_denial_is_about_what_follows_it_not_about_who_said_it(tmp_path, other, flagged):
    outlets = {
        "coast-wire": ("Divers found the wreck in June, and the museum said it would not open the barrels on the seabed.\n", dict(published=dt.date(2025, 8, 5))),
        "bay-post": (other + "\n", dict(published=dt.date(2025, 8, 5))),
    }
    found = _kinds_found(tmp_path, outlets, "coast-wire", "confirmation", "other")
    assert bool(found) is flagged, found


def test_an_open_question_is_no_assertion_a_denial_contradicts(tmp_path):
    outlets = {
        "fire-wire": ("Police said the cause of the warehouse fire had not yet been established.\n", dict(published=dt.date(2025, 8, 5))),
        "dock-post": ("The fire brigade said the cause of the warehouse fire would not be confirmed until tests were finished.\n", dict(published=dt.date(2025, 8, 5))),
    }
    assert not _kinds_found(tmp_path, outlets, "fire-wire", "confirmation", "other")


@pytest.mark.parametrize("text, mood", [
    ("The regulator is looking at the tyre market too, without having opened for the moment a formal case.", "denied"),
    ("The regulator opened a formal case into the tyre market.", "done"),
    ("The confirmed cases are linked to three kindergartens.", None),  # a kind of case, nothing reported done
    ("The clerk logged 40 parcels as checked although no inspector had opened them.", "denied"),  # a deed with a negative subject
    ("The clerk logged 40 parcels as checked, without that somebody had opened them.", "denied"),  # a translation's 'without that …'
    ("No vaccine has been approved against the virus.", "denied"),
])
def test_a_deed_without_having_been_done_is_denied_and_a_participle_of_kind_is_no_deed(text, mood):
    moods = [f.value[0] for f in status.extract(text, PLAIN)]
    assert (moods[0] if moods else None) == mood, moods


def test_a_deed_told_after_and_that_is_outside_the_plan_before_it():
    moods = {f.value[0] for f in status.extract("The chairman said the panel would hold a hearing on Friday and that Ada Roe had agreed to appear.", PLAIN)}
    assert moods == {"planned", "done"}
    assert {f.value[0] for f in status.extract("The treaty is due to be signed and ratified next week.", PLAIN)} == {"planned"}


def test_what_people_will_have_to_have_done_is_a_plan_not_a_deed():
    assert [f.value[0] for f in status.extract("Under the reform workers will have to have paid in for 42 years.", PLAIN)] == ["planned"]


@pytest.mark.parametrize("other, fused", [
    ("The gallery welcomed four school groups a week this year, its director said.", False),  # another year
    ("The gallery welcomed four school groups a week last year, its director said.", True),
])
def test_claims_of_different_years_are_two_claims_however_alike_they_read(tmp_path, other, fused):
    outlets = {
        "arts-wire": ("The gallery welcomed four school groups a week last year, its director said.\n", dict(published=dt.date(2025, 10, 2))),
        "town-post": (other + "\n", dict(published=dt.date(2025, 10, 2))),
    }
    merged = story_of(tmp_path, outlets, lead="arts-wire")
    sentences = [s for p in merged["paragraphs"] for s in p]
    assert (len(sentences) == 1 and len(sentences[0]["sources"]) == 2) is fused, [(s["text"], s["sources"]) for s in sentences]


@pytest.mark.parametrize("text, minutes", [("The slope gave way at four in the morning.", 4 * 60), ("Rescuers arrived at ten at night.", 22 * 60), ("The alarm sounded at 5 in the afternoon.", 17 * 60)])
def test_an_hour_of_the_day_in_words_is_a_time_not_a_count(text, minutes):
    assert [f.value[0] for f in dates.extract(text, PLAIN) if f.subject == "time"] == [minutes]
    assert not numbers.extract(text, PLAIN)


def test_pieces_of_a_remark_in_quotes_are_no_terms_for_one_thing(tmp_path):
    outlets = {
        "isle-wire": ("Prime Minister Ada Holm thanked the neighbouring country and promised the island \u201cwhatever help it needs\u201d.\n", dict(published=dt.date(2025, 11, 3))),
        "isle-mt": ("The Prime Minister Ada Holm has thanked the neighbouring country for this \u00abgesture of friendship\u00bb.\n", dict(published=dt.date(2025, 11, 3), translated_from="fr")),
    }
    assert not _kinds_found(tmp_path, outlets, "isle-wire", "term")


def test_a_term_is_a_few_words_without_figures():
    from digest.merge.compare.names import _a_term
    assert _a_term("no limits") and _a_term("act of aggression") and not _a_term("whatever help Brannock needs") and not _a_term("the 2 percent")


@pytest.mark.parametrize("text, moods", [
    ("The minister announced on Monday that the bridge would not reopen before 3 March.", {"denied"}),
    ("Police confirmed that no one had been hurt in the blaze.", {"denied"}),
    ("The union announced a new strike.", {"done"}),
    ("The federation confirmed on Monday that the time cannot be ratified until the course has been measured again.", {"done"}),  # not yet, on a condition
    ("Of the 23 confirmed cases, 21 children were not vaccinated.", set()),  # 'confirmed' names a kind of case
])
def test_what_was_announced_or_confirmed_not_to_happen_is_a_denial(text, moods):
    assert {f.value[0] for f in status.extract(text, PLAIN) if f.value[0] in ("denied", "done")} == moods


@pytest.mark.parametrize("other, flagged", [
    ("The Farmers' League will govern with the Green Union, its leader said.", False),  # with someone else
    ("The Farmers' League will govern with the Homeland Party, its leader said.", True),
])
def test_a_denial_and_an_assertion_about_different_names_are_no_clash(other, flagged):
    from digest.merge.compare.statements import denial_conflicts
    claims = _claims(("vote-wire", "The Farmers' League had ruled out governing with the Homeland Party before the vote."), ("vote-post", other))
    assert bool(denial_conflicts(claims)) is flagged


@pytest.mark.parametrize("denied, other, flagged", [
    ("The council has ruled out raising the parking charges.", "A further rise in the bus fares cannot be ruled out, the operator said.", False),  # two things: one denied, one kept open
    ("The club will not pay a penny for mistakes it did not make, its chairman said.", "What the report did not make clear is that the dispute has already begun.", False),  # a negation and its verb name nothing
    ("The council has ruled out raising the parking charges.", "The council will consider raising the parking charges next month.", True),  # the same thing denied and kept open
])
def test_a_denial_clashes_with_an_assertion_of_the_same_thing_not_of_its_status_words(denied, other, flagged):
    from digest.merge.compare.statements import denial_conflicts
    claims = _claims(("town-wire", denied), ("town-post", other))
    assert bool(denial_conflicts(claims)) is flagged


def test_a_body_named_after_its_owner_and_the_owner_alone_are_one_name():
    from digest.merge.compare.names import _one_name_shorter
    assert _one_name_shorter("University of Tarvel's Board of Trustees", "University of Tarvel's")
    assert not _one_name_shorter("University of Tarvel", "University of Tarvel Hospital")  # no owner's possessive: another body


def test_warnings_of_two_colours_are_a_term_clash(tmp_path):
    merged = story_of(tmp_path, {
        "wire": ("The weather institute had issued an orange warning for extreme heat for the region on Thursday.\n", dict(published=PLAIN.published)),
        "paper": ("For the region the weather institute had given out code red for extreme heat.\n", dict(published=PLAIN.published, translated_from="nl")),
    }, lead="wire")
    assert [(d["kind"], sorted(v["text"] for v in d["variants"])) for d in merged["discrepancies"]] == [("term", ["code red", "orange warning"])]


def test_a_level_told_as_so_many_of_so_many_after_its_word_is_a_level():
    assert [(f.subject, f.value) for f in numbers.extract("The alert level went to 4 of 5 shortly after the eruption began.", PLAIN)] == [("level", 4.0)]


def test_a_figure_named_only_on_a_condition_is_set_aside():
    from digest.merge.compare.figures import set_aside
    (claim,) = _claims(("a", "The observatory will consider level 5 only if the eruption grows."))
    (fact,) = [f for f in claim.facts if f.subject == "level"]
    assert set_aside(claim, fact)


def test_a_level_an_outlet_gives_anywhere_is_its_word_on_the_scale(tmp_path):
    outlets = {
        "volc-bulletin": ("The observatory moved the volcano to alert level 3 on 10 October, after weeks of tremors under the northern flank.\n\n"
                          "The alert level went to 4 of 5 shortly after the eruption began.\n", dict(published=dt.date(2025, 10, 15))),
        "volc-mt": ("The volcanological observatory has raised the level of alert to 4 on a scale of 5.\n", dict(published=dt.date(2025, 10, 15), translated_from="fr")),
    }
    assert not _kinds_found(tmp_path, outlets, "volc-bulletin", "number")


@pytest.mark.parametrize("other, one", [("10:41", True), ("10:43", False)])
def test_two_clock_times_a_minute_apart_are_one_moment(other, one):
    (a,) = [f for f in dates.extract("Police stormed the branch at 10:40 a.m.", PLAIN) if f.subject == "time"]
    (b,) = [f for f in dates.extract(f"Officers went in at {other}.", PLAIN) if f.subject == "time"]
    assert dates.same(a, b) is one


def test_two_written_days_of_different_months_a_few_weeks_apart_can_be_one_date(tmp_path):
    """'Taken on 12 May' / 'taken on 27 April' is one date told two ways however the month turns;
    a weekday resolved against publication stays within a week of the other day to be compared."""
    published = dict(published=dt.date(2024, 5, 20))
    images = {
        "quarry-wire": ("The satellite images of the flooded quarry were taken on 12 May, the agency said.\n\n"
                        "Engineers began pumping water out of the pit on Thursday.\n", published),
        "quarry-paper": ("According to the satellite images, taken on 27 April, the water covered the whole floor of the quarry.\n", published),
    }
    merged = story_of(tmp_path, images, lead="quarry-wire")
    found = [d for d in merged["discrepancies"] if d["kind"] == "date"]
    assert [{v["source"]: v["text"] for v in d["variants"]} for d in found] == [{"quarry-wire": "12 May", "quarry-paper": "27 April"}]
    weekday = {
        "quarry-wire": ("The satellite images of the flooded quarry were taken on Friday, the agency said.\n", published),
        "quarry-paper": ("According to the satellite images, taken on 27 April, the water covered the whole floor of the quarry.\n", published),
    }
    (tmp_path / "weekday").mkdir()
    assert not [d for d in story_of(tmp_path / "weekday", weekday, lead="quarry-wire")["discrepancies"] if d["kind"] == "date"]


def test_a_weekday_in_apposition_to_a_date_is_that_dates_weekday_not_another_day():
    told = dates.extract("The firm notified the regulator on May 10, a Friday, and recalled the heaters a week later.", PLAIN)
    assert [(f.subject, f.value.month, f.value.day) for f in told] == [("date", 5, 10)]
    assert len(dates.extract("The firm notified the regulator on May 10 and met the board on Friday.", PLAIN)) == 2


@pytest.mark.parametrize("text, who", [
    ("The trust met the league at Holm Park in April, but Ms Lindqvist said on Tuesday that the talks had \u201craised more questions than they answered\u201d.", "lindqvist"),
    ("Dr Amsel said: \u201cWe will go on testing the water every day until the end of the month.\u201d", "amsel"),
])
def test_the_speaker_before_a_quotation_is_the_person_not_a_place_and_keeps_an_honorific(text, who):
    [fact] = quotes.extract(text, PLAIN)
    assert fact.value[1] == who


SHARED = [
    "The council approved 4,6 million for the bridge last year, up from 3 million in 2019.",
    "\u201cWe will not give up,\u201d the mayor said on Tuesday, calling it a so-called \u201creform\u201d.",
    "Police said 12 people were hurt and two were killed on 3 May.",
]


@pytest.mark.parametrize("text", SHARED)
def test_facts_of_a_shared_sentence_are_each_outlets_own(text):
    """A sentence two outlets share word for word is read once per part of the context a detector
    depends on: each outlet still gets exactly the facts the detectors give for its own context."""
    from digest.merge.facts import DETECTORS

    for day in (dt.date(2024, 5, 15), dt.date(2024, 5, 16), dt.date(2025, 1, 2)):
        for translated in (False, True):
            context = Context(day, translated)
            expected = [(d.name, f) for d in DETECTORS for f in d.extract(text, context)]
            got = extract_all.__wrapped__(text, context)
            assert [(f.detector, f.kind, f.subject, f.value, f.text, f.start, f.end, f.approximate, f.era) for f in got] == \
                [(name, f.kind, f.subject, f.value, f.text, f.start, f.end, f.approximate, f.era) for name, f in expected]


def test_a_detector_reads_a_sentence_once_per_part_of_the_context_it_depends_on():
    from digest.merge.facts import Registered, _read

    calls = []

    def extract(text, context):
        calls.append(context)
        return [numbers.Fact("number", "n:seat", float(context.published.year), "12 seats", 0, 8)]

    counting = Registered("counting-test", extract, numbers.same, reads=lambda context: context.published.year)
    a = _read(counting, "12 seats.", Context(dt.date(2024, 5, 15)))
    b = _read(counting, "12 seats.", Context(dt.date(2024, 5, 16), translated=True))
    c = _read(counting, "12 seats.", Context(dt.date(2025, 5, 16)))
    assert len(calls) == 2 and a == b and c[0].value == 2025.0


WINDOW_TEXTS = [
    "The council approved 4,6 million for the bridge.",
    "In the long-awaited, much-debated and thoroughly scrutinised decision of the regional planning and transport committee, "
    "sitting in its extraordinary autumn session, members approved 4,6 million for the bridge.",
    "Committee-members-of-the-extraordinary-autumn-session-and-the-regional-planning-and-transport-board-who-sat-late approved 12 seats.",
    "Rätt Ødegård's über-long d\u2019affaire-tagged, state-of-the-art proposal was backed by 212 of the 301 deputies on Tuesday.",
]


@pytest.mark.parametrize("text", WINDOW_TEXTS)
def test_words_before_a_figure_are_those_a_scan_from_the_start_finds(text):
    """The words before a figure are looked for in a window before it: whatever the window cuts
    (a long hyphenated word, a sentence of many words), they are the sentence's own last words."""
    from digest.merge.compare.figures import _WORD_SPAN, CONTEXT_WORDS, _words_before

    for start in range(len(text) + 1):
        expected = [(m.start(), m.end()) for m in list(_WORD_SPAN.finditer(text, 0, start))[-CONTEXT_WORDS:]]
        assert [(m.start(), m.end()) for m in _words_before(text, start)] == expected


@pytest.mark.parametrize("before", ["killing about ", "ABOUT ", "some ", "\u017fome ", "Approx. ", "approx ", "c. ", "etc. ", "a  minimum of ", "estimated at\n",
                                    "in excess of\t", "\u0130n excess of ", "up to", "a total of ", "the ", "", " ", "no more than  ", "closer to "])
def test_approximate_lead_finds_what_the_pattern_finds(before):
    found, expected = numbers.approximate_lead(before), numbers.APPROXIMATE.search(before)
    assert (found and found.span()) == (expected and expected.span())


def test_word_by_word_test_agrees_with_its_pattern():
    import itertools

    from digest.merge.embed import _NOT_WORD_BY_WORD, _not_word_by_word

    for n in range(5):
        for chars in itertools.product(["a", " ", "\t", "\n", "\u00a0", "<", ">", "s", "/"], repeat=n):
            text = "".join(chars)
            assert _not_word_by_word(text) == (_NOT_WORD_BY_WORD.search(text) is not None), repr(text)
    for text in ("<s> a", "a </s>", "an <unk> b", "<unk", "a b"):
        assert _not_word_by_word(text) == (_NOT_WORD_BY_WORD.search(text) is not None), repr(text)


def test_standing_figures_are_read_once_per_claim_and_leave_set_aside_ones_out():
    from digest.merge.claims import build_claims
    from digest.merge.compare.figures import Surroundings
    from digest.merge.embed import Embedded
    from digest.merge.sentences import Sentence

    text = "The age is about 148 million years, rather than the 152 million years quoted."
    claims = build_claims({"wire": [Sentence("wire", 0, 0, text, 0, len(text), 1)]}, {"wire": PLAIN})
    around = Surroundings(claims, Embedded([c.text for c in claims]))
    standing = around.standing(claims[0], "numbers")
    assert [f.text for f in standing] == ["about 148 million years"]
    assert around.standing(claims[0], "numbers") is standing


def test_the_whole_a_hurt_one_is_of_is_no_count_of_the_hurt():
    assert figures("One of the two pilots was hurt.") == {"n:injur": [1.0], "n:" + stem("pilot") + ":total": [2.0]}
    assert figures("Two of the four seriously injured passengers remained in intensive care.")["n:injur"] == [2.0, 4.0]  # the four were injured


@pytest.mark.parametrize("text, counted", [
    ("Petter's daughter Selma is one of the children on the ward.", False),  # who she is
    ("Selma, one of the children on the ward, is six.", False),
    ("One of the children on the ward was sent home on Monday.", True),  # how many were sent home
])
def test_one_of_a_group_said_of_who_someone_is_is_no_count(text, counted):
    assert ("n:" + stem("children") in figures(text)) is counted


@pytest.mark.parametrize("text", ["Two of the climbers were found on Sunday; three still remain on the ridge.",
                                  "Most of the council backed the plan. Two from them however abstained.",
                                  "Holm led the first round with 48, seven ahead of Brask.",  # a margin, no count of things
                                  "The club finished the season two behind the leaders."])
def test_an_adverb_after_a_count_is_no_noun_it_counts(text):
    assert not any(subject in figures(text) for subject in ("n:" + stem("still"), "n:" + stem("however"), "n:" + stem("ahead"), "n:" + stem("behind")))


@pytest.mark.parametrize("a, b, agreed", [
    ("The blaze started about 9 km from the village.", "The blaze started about six miles from the village.", True),  # 5.6 miles: 'about six'
    ("The blaze burned 11,800 hectares of pine.", "The blaze burned about 29,200 acres of pine.", True),  # 29,158 acres, to the hundred
    ("The blaze started about 9 km from the village.", "The blaze started about eight miles from the village.", False),
    ("The blaze burned 11,800 hectares of pine.", "The blaze burned about 34,000 acres of pine.", False),
    ("The blaze burned 118 square kilometres of pine.", "The blaze burned 11,800 hectares of pine.", True),  # two words of one unit
    ("The blaze burned about 46 square miles of pine.", "The blaze burned 11,800 hectares of pine.", True),  # 11,914 hectares
    ("The reservoir holds 1.14 million litres.", "The reservoir holds 1,140 cubic metres.", True),
    ("The reservoir holds 1.14 million litres.", "The reservoir holds 4,110 cubic metres.", False),
])
def test_a_converted_figure_rounded_like_its_own_last_digit_agrees(a, b, agreed):
    assert agree(a, b) is agreed


def test_a_deed_still_to_come_with_one_person_is_no_clash_with_the_deed_done_with_another(tmp_path):
    """'Has yet to meet Carla Diaz' and 'has met Omar Lind': the same verb, done with two different
    people, no status of one deed; 'has met Carla Diaz' against the first is one."""
    story = {
        "wire": ("Premier Anton Reyes has yet to meet Carla Diaz in person since she became governor in 2022.\n", dict(published=dt.date(2026, 4, 2))),
        "radio": ("Premier Anton Reyes has met Omar Lind in person twelve times since he became governor in 2020.\n", dict(published=dt.date(2026, 4, 2))),
    }
    (tmp_path / "others").mkdir()
    merged = story_of(tmp_path / "others", story, lead="wire")
    assert not [d for d in merged["discrepancies"] if d["kind"] == "confirmation"]
    story["radio"] = ("Premier Anton Reyes has met Carla Diaz in person twice since she became governor in 2022.\n", dict(published=dt.date(2026, 4, 2)))
    (tmp_path / "same").mkdir()
    merged = story_of(tmp_path / "same", story, lead="wire")
    assert [d for d in merged["discrepancies"] if d["kind"] == "confirmation"]


def test_one_figure_tied_to_two_years_is_two_claims():
    """The same number, each outlet's words tying it to another year, are two years' figures
    however alike the sentences read, whatever other years each names elsewhere."""
    from digest.merge.align import compatible

    a, b = _claims(("wire", "The museum drew 410,000 visitors in 2023, and it expects more this year."),
                   ("paper", "This year the museum has so far drawn 410,000 visitors, its director said."))
    assert not compatible(a, b) and not compatible(b, a)
    a, b = _claims(("wire", "The museum drew 410,000 visitors in 2023, and it expects more this year."),
                   ("paper", "The museum had 410,000 visitors in 2023, its director said."))
    assert compatible(a, b)
    a, b = _claims(("wire", "The club signed four players last year and plans to sign six this year."),
                   ("paper", "The club has already brought in four new recruits this year."))
    assert not compatible(a, b)  # one count, the things it counts named two ways


@pytest.mark.parametrize("text, approximate", [
    ("The plane took off with round 180 passengers on board.", True),  # a translation's 'rund 180': about 180
    ("The match was decided in round 3 of the tie-break.", False),
    ("The champion lost the round 3 games to nothing.", False),
    ("Officials of the round 12 clubs met on Monday.", False),
])
def test_round_before_a_figure_is_about_unless_it_is_a_round(text, approximate):
    facts = [f for f in numbers.extract(text, PLAIN) if f.value in (180, 3, 12)]
    assert facts and all(f.approximate == approximate for f in facts), [(f.text, f.approximate) for f in facts]


@pytest.mark.parametrize("text, year", [
    ("The engine had last undergone a scheduled inspection on Oct. 2 and no faults were found.", 2025),  # a kind of inspection, done
    ("The engine's next inspection is scheduled for Oct. 2.", 2026),  # a plan: the next October 2
])
def test_a_scheduled_thing_told_done_is_no_plan(text, year):
    """Told in November 2025, 'a scheduled inspection on Oct. 2' happened last month; 'is scheduled
    for Oct. 2' looks ahead to next year's."""
    (day,) = [f.value for f in dates.extract(text, Context(dt.date(2025, 11, 14))) if f.subject == "date"]
    assert (day.year, day.month, day.day) == (year, 10, 2)


@pytest.mark.parametrize("text, month", [
    ("The bypass was supposed to be finished by last December.", (2024, 12)),  # 'last' is the December before, whatever the tense
    ("The plant closed last March.", (2025, 3)),
    ("The plant will close next March.", (2026, 3)),
    ("The plant will close next August.", (2025, 8)),
])
def test_last_or_next_month_is_the_one_before_or_after_the_day_it_was_said(text, month):
    """Said on 21 May 2025."""
    (when,) = [f.value for f in dates.extract(text, Context(dt.date(2025, 5, 21))) if f.subject.startswith("date")]
    assert (when.year, when.month) == month


@pytest.mark.parametrize("text, day", [
    ("The appeals panel will meet two weeks today to go through the evidence.", (6, 4)),
    ("The appeals panel meets a week tomorrow.", (5, 29)),
    ("The appeals panel meets a fortnight today.", (6, 4)),
    ("The appeals panel met today.", (5, 21)),
])
def test_weeks_counted_on_from_today_are_that_many_weeks_ahead(text, day):
    """Said on Wednesday 21 May 2025: 'two weeks today' is Wednesday 4 June."""
    (fact,) = [f for f in dates.extract(text, Context(dt.date(2025, 5, 21))) if f.subject == "date"]
    assert (fact.value.month, fact.value.day) == day and ("week" in fact.text or "fortnight" in fact.text or day == (5, 21))


@pytest.mark.parametrize("text, day", [
    ("The council unveiled its plans at the close of its Monday night meeting in the town hall.", 10),  # plans told: the Monday just past
    ("The council plans to vote on Monday night in the town hall.", 17),  # a plan: the Monday ahead
    ("The town council approved plans for a ring road on Monday night.", 10),  # plans approved: a noun after a deed
    ("The town council late on Monday backed new plans for a ring road.", 10),
    ("The council plans a vote on Monday night in the town hall.", 17),
])
def test_plans_as_a_noun_look_back_and_as_a_verb_look_ahead(text, day):
    """Told on Wednesday 12 November 2025, 'unveiled its plans' on Monday did so two days before;
    'plans to vote on Monday' looks ahead to the 17th."""
    (when,) = [f.value for f in dates.extract(text, Context(dt.date(2025, 11, 12))) if f.subject == "date"]
    assert (when.month, when.day) == (11, day)


@pytest.mark.parametrize("text, state", [
    ("The police said they still examine whether a criminal investigation is started.", "possible"),
    ("Officials are checking whether the dam was damaged.", "possible"),
    ("The board is expected to examine whether prices would rise.", "planned"),  # a plan to examine
    ("The doctor examined the body on Tuesday.", None),
])
def test_examining_whether_a_thing_happened_leaves_it_open(text, state):
    from digest.merge.facts import status
    found = status.extract(text, PLAIN)
    assert (found[0].value[0] if found else None) == state


@pytest.mark.parametrize("text", ["The auction house told Cask & Hammer on Monday that it does not comment on clients.",
                                  "The auction house confirmed on Saturday evening that the buyer is a hotelier."])
def test_the_day_a_source_told_a_named_outlet_is_the_day_it_spoke(text):
    assert [f.subject for f in dates.extract(text, PLAIN)] == ["said"]


def test_a_question_stated_as_open_asks_what_follows_whether():
    facts = status.extract("For the club, the open question is whether Ek, whose contract runs out in June, will stay.", PLAIN)
    assert [f.value[0] for f in facts] == ["possible"]


@pytest.mark.parametrize("text, subject, value", [
    ("The train departed at 18 h 12.", "time", (18 * 60 + 12, "local")),
    ("The train departed at 18h12 on the dot.", "time", (18 * 60 + 12, "local")),
    ("It was signed on 12.03.2025 in Bern.", "date", dates.When(2025, 3, 12, True)),
    ("The meeting takes place on the 21.03.", "date", dates.When(PLAIN.published.year, 3, 21, False)),
])
def test_times_and_days_written_as_translations_keep_them_are_read(text, subject, value):
    assert [(f.subject, f.value) for f in dates.extract(text, TRANSLATED) if f.subject == subject] == [(subject, value)]


def test_a_decimal_figure_is_no_day():
    assert [f for f in dates.extract("The rate rose to 12.03 percent.", TRANSLATED)] == []


def test_a_remark_opened_by_a_dash_is_a_quotation_of_the_speaker_named_after_it():
    [fact] = quotes.extract("\u2013 This is the hardest day in the history of the firm, says chief executive Ada Roe in a statement.", PLAIN)
    assert fact.text == "This is the hardest day in the history of the firm" and fact.value[1] == "roe"
    assert quotes.extract("\u2013 Twelve people were hurt, police said.", PLAIN) == []  # too short for a remark
    assert quotes.extract("The ferry \u2013 the oldest in the fleet, officials said \u2013 was towed home.", PLAIN) == []  # a dash inside a sentence


def test_a_possessive_before_a_post_is_the_posts_owner_not_the_speaker():
    [fact] = quotes.extract("\"We will not spend public money on a private firm,\" says Orlan's Minister for Enterprise Ada Roe.", PLAIN)
    assert fact.value[1] == "roe"


def test_a_period_told_by_its_first_and_last_years_gives_both_years():
    for text in ("Between 2017 and 2022 the bank failed to check its clients.", "The bank failed to check its clients from 2017 to 2022.",
                 "Records for the years 2017 to 2022 were lost."):
        assert [(f.subject, f.value) for f in dates.extract(text, PLAIN)] == [("year", 2017), ("year", 2022)]
    assert dates.extract("The firm sold 2017 and 2022 vintages.", PLAIN) == []  # no period


def test_a_ranges_first_day_takes_the_year_written_after_its_last():
    facts = dates.extract("The Games run from July 17 to August 2, 2036.", PLAIN)
    assert [(f.value.year, f.value.month, f.value.day) for f in facts] == [(2036, 7, 17), (2036, 8, 2)]
    turn = dates.extract("The sale runs from 28 December to 3 January 2027.", PLAIN)
    assert [(f.value.year, f.value.month, f.value.day) for f in turn] == [(2026, 12, 28), (2027, 1, 3)]


def test_a_thing_confirmed_against_the_same_thing_still_open_clashes_in_loosely_close_claims_only_on_shared_words():
    from digest.merge.compare.figures import CLOSER_STATUS_PAIR, LOOSE_STATUS_PAIR, STATUS_PAIR, Surroundings, pair_conflicts
    from digest.merge.embed import Embedded

    def status_clashes(a: str, b: str, closeness: float) -> list:
        claims = _claims(("wire", a), ("paper", b))
        around = Surroundings(claims, Embedded([c.text for c in claims]))
        return [c for c in pair_conflicts(claims[0], claims[1], closeness, set(), around) if c.subject == "status"]

    confirmed = "The supplier has confirmed it will deliver the remaining doses by 24 October."
    still_open = "The health board could not say whether a firm delivery date for the remaining doses had been agreed."
    assert status_clashes(confirmed, still_open, (LOOSE_STATUS_PAIR + CLOSER_STATUS_PAIR) / 2)  # 'remaining doses': two words shared
    assert not status_clashes(confirmed, still_open, LOOSE_STATUS_PAIR - 0.05)
    other = "The health board could not say whether the vaccine had reached the northern clinics."
    assert not status_clashes(confirmed, other, (CLOSER_STATUS_PAIR + STATUS_PAIR) / 2)  # nothing shared
    planned = "The supplier will deliver the remaining doses by 24 October, the health board said."
    assert not status_clashes(planned, still_open, (LOOSE_STATUS_PAIR + CLOSER_STATUS_PAIR) / 2)  # no confirmation: only close claims clash


def test_a_quoted_term_after_a_verb_of_being_is_a_term_unless_it_reads_as_a_feeling():
    from digest.merge.facts import terms

    assert [f.value for f in terms.extract('The firm pledged to be "carbon negative" by 2030.', PLAIN)] == ["carbon negative"]
    assert terms.extract('The minister said she was "deeply disappointed" by the vote.', PLAIN) == []
    assert terms.extract('The club said it was "devastated".', PLAIN) == []


def test_a_restated_clash_joins_the_one_it_restates_and_a_new_value_stays_apart():
    """Two groups of figures share one outlet's words ('six works', said in two of its sentences):
    when the second gives no value the first lacks it is the same clash and joins it; when it
    adds one ('nine works') it is another disagreement and stays its own callout."""
    from digest.merge.claims import build_claims
    from digest.merge.compare import Conflict, _without_restatements
    from digest.merge.sentences import Sentence

    texts = {"wire": ["Thieves stole five works from the museum on Sunday."],
             "radio": ["Thieves stole six works from the museum on Sunday.", "The six works were taken in ten minutes."],
             "paper": ["Five paintings were taken from the museum on Sunday.", "Nine paintings were insured."]}
    by_source = {s: [Sentence(s, 0, k, t, 0, len(t), 1) for k, t in enumerate(ts)] for s, ts in texts.items()}
    claims = build_claims(by_source, {s: PLAIN for s in texts})

    def fact(source: str, k: int):
        claim = [c for c in claims if c.source == source][k]
        return claim, claim.facts_of("numbers")[0]

    first = Conflict("number", "n:work", "material", [fact("wire", 0), fact("radio", 0)])
    restated = Conflict("number", "n:paint", "material", [fact("paper", 0), fact("radio", 1)])
    assert [f.text for _, f in restated.facts] == ["Five paintings", "six works"]
    joined = _without_restatements([first, restated])
    assert len(joined) == 1 and [f.text for _, f in joined[0].facts] == ["five works", "six works", "Five paintings", "six works"]
    apart = Conflict("number", "n:paint", "material", [fact("paper", 1), fact("radio", 1)])
    assert len(_without_restatements([Conflict("number", "n:work", "material", list(first.facts)), apart])) == 2


def test_a_cause_not_ruled_out_is_not_fused_with_the_cause_found(tmp_path):
    """'Have not ruled out that the fire was started deliberately' leaves open what 'the fire had
    been started deliberately' asserts: two claims, never one sentence citing both outlets."""
    merged = _wire_and_paper(tmp_path, "Investigators said the fire had been started deliberately.", "Investigators have not ruled out that the fire was started deliberately.")
    assert all(len(s["sources"]) == 1 for p in merged["paragraphs"] for s in p)


@pytest.mark.parametrize("open_text", [
    "The union will decide next week whether to call a strike.",
    "The union would decide after the rescue whether to call a strike.",
    "The union said no decision had been taken on whether to call a strike.",
])
def test_a_decision_still_to_take_against_the_deed_done_is_a_status_clash(tmp_path, open_text):
    """Words between 'decide' and 'whether' ('next week', 'after the rescue') and a decision told
    as a noun ('no decision … on whether to') leave the deed as open as 'decide whether to' does:
    against 'has called a strike', a clash of status."""
    merged = _wire_and_paper(tmp_path, open_text, "The union has called a strike.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]


def test_a_decision_to_come_and_an_open_question_agree(tmp_path):
    """'Will decide on 21 March' and 'meets to decide whether it stays' both leave the question
    open; 'has to decide, whether it will appeal' and 'has until March to decide whether to appeal'
    too: no clash."""
    for wire, paper in (("The party council will decide on 21 March about staying in the coalition.",
                         "The party council meets on 21 March to decide whether the party stays in the coalition."),
                        ("The agency has until March to decide whether to appeal against the ban.",
                         "The agency has still time to decide, whether it will appeal against the ban.")):
        merged = _wire_and_paper(tmp_path, wire, paper)
        assert merged["discrepancies"] == [], (wire, [d["summary"] for d in merged["discrepancies"]])


def test_according_to_a_named_person_credits_the_quotation_after_it(tmp_path):
    """'According to fire chief Tom Vik, “…”': the speaker stands after 'according to', before the
    quotation; against 'According to the owner, Mia Sand, “…”' the same words have two speakers."""
    [quote] = [f for f in extract_all('According to fire chief Tom Vik, "the blaze started in the kitchen".', PLAIN) if f.detector == "quotes"]
    assert quote.value[1] == "vik"
    merged = _wire_and_paper(tmp_path, 'According to fire chief Tom Vik, "the blaze started in the kitchen".', 'According to the owner, Mia Sand, "the blaze started in the kitchen".')
    assert [d["kind"] for d in merged["discrepancies"]] == ["quote"]


def test_a_translations_verb_of_saying_after_a_remark_credits_it():
    """'», estimated its president, Ada Roe': French 'estime' rendered word for word is a verb
    of saying after the remark; a figure 'estimated' is not."""
    [quote] = [f for f in extract_all("\u00ab The clients will simply go to the centres of the periphery \u00bb, estimated its president, Henrika Dahl.", PLAIN) if f.detector == "quotes"]
    assert quote.value[1] == "dahl"
    [quote] = [f for f in extract_all('"Hiring slows, but people do not lose their jobs", estimates for his part Oskar Veltman, an economist.', PLAIN) if f.detector == "quotes"]
    assert quote.value[1] == "veltman"


def test_a_year_named_from_now_belongs_to_the_figure_beside_it(tmp_path):
    """'Will cost 45 euros, up from 38 euros last year': last year's price is 38, so 45 is this
    year's, and against 'will cost 48 euros this year, up from 38 euros' it clashes."""
    from digest.merge.claims import build_claims
    from digest.merge.sentences import Sentence

    text = "Tickets will cost 45 euros, up from 38 euros last year."
    [claim] = build_claims({"wire": [Sentence("wire", 0, 0, text, 0, len(text), 1)]}, {"wire": PLAIN})
    new, old = claim.facts_of("numbers")
    assert claim.period_of(old) == PLAIN.published.year - 1 and claim.period_of(new) is None
    merged = _wire_and_paper(tmp_path, text, "Tickets will cost 48 euros this year, up from 38 euros.")
    assert [[v["text"] for v in d["variants"]] for d in merged["discrepancies"]] == [["45 euros", "48 euros"]]


def test_a_count_of_others_beside_it_does_not_hide_a_clash_of_counts(tmp_path):
    """'Destroyed 12 homes and damaged 30 others' / 'Fourteen houses burned down': the count of the
    others is a part told beside it, not a rival count; the homes and the houses still clash."""
    merged = _wire_and_paper(tmp_path, "The fire destroyed 12 homes and damaged 30 others, the fire service said.", "Fourteen houses burned down, and around thirty more were damaged.")
    assert [[v["text"] for v in d["variants"]] for d in merged["discrepancies"]] == [["12 homes", "Fourteen houses"]]


def test_two_whole_hours_named_are_two_times_not_one_rounded():
    """'8 p.m.' / '9 p.m.': each outlet names an hour, neither rounds the other; '6am' for 6:10
    stays within an hour's rounding."""
    def time(text: str):
        return next(f for f in dates.extract(text, PLAIN) if f.subject == "time")
    assert not dates.same(time("Voting closes at 8 p.m. on Sunday."), time("Polls close at 9 p.m. on Sunday."))
    assert dates.same(time("The alarm went off at 6am."), time("The alarm went off at 6:10."))


@pytest.mark.parametrize("open_text, done_text", [
    ("The district authority has not yet decided on the closure of the cave.", "The district authority has closed the cave to visitors."),
    ("The regulator has yet to decide on a suspension of the licence.", "The regulator has suspended the airline's licence."),
    ("The ministry has yet to decide on an extension of the deadline.", "The ministry has extended the deadline."),
])
def test_a_decision_named_by_the_deeds_noun_against_the_deed_done(tmp_path, open_text, done_text):
    """'Has not yet decided on the closure of the cave' / 'has closed the cave': the deed's noun
    ('closure', 'suspension', 'extension') names the verb another outlet reports done."""
    merged = _wire_and_paper(tmp_path, open_text, done_text)
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]


def test_released_without_charge_against_charged_is_a_clash(tmp_path):
    """'Released without charge' says the charge did not come; 'has been charged' says it did."""
    merged = _wire_and_paper(tmp_path, "The driver was released without charge on Sunday.", "The driver has been charged with dangerous driving.")
    assert [[v["text"] for v in d["variants"]] for d in merged["discrepancies"]] == [["released without charge", "has been charged"]]


def test_a_translated_clock_time_with_hour_is_no_length_of_time():
    """A translation's 'against 21.30 hour' (from 'gegen 21.30 Uhr') is a time of day, not 21.3
    hours; '1.5 hours' stays a length of time."""
    found = extract_all("The fire broke out against 21.30 hour on Saturday in the cellar.", PLAIN)
    assert [f.subject for f in found if f.detector == "numbers"] == []
    assert [f.value for f in found if f.subject == "time"] == [(21 * 60 + 30, "local")]
    assert [f.subject for f in extract_all("The meeting lasted 2.5 hours.", PLAIN) if f.detector == "numbers"] == ["duration"]


def test_a_participle_told_as_a_lasting_state_is_no_deed():
    """'Remains closed' and a translation's verb-final 'until March closed stays' tell a state; 'the
    council closed the library' tells the deed."""
    assert status.deed("The building remains closed until March.", stem("close")) is None
    assert status.deed("The director said that the building at least until March closed stays.", stem("close")) is None
    assert status.deed("The council closed the library on Monday.", stem("close")) is not None


def test_a_plan_and_a_translations_verb_final_state_are_one_claim(tmp_path):
    merged = _wire_and_paper(tmp_path, "The theatre's director, Maren Holt, said the building would be closed until at least March.", "The director of the theatre, Maren Holt, said that the building at least until March closed stays.", translated=True)
    assert [s["sources"] for p in merged["paragraphs"] for s in p] == [["wire", "paper"]]


def test_the_first_with_its_noun_left_out_is_a_place_in_a_series(tmp_path):
    """'The strike is the first at the port since 1998' tells the ordinal that 'it is the first
    strike in the harbour since 1998' tells: neither tells a figure the other lacks, so a
    translation's sentence joins the original's."""
    assert [f.value for f in extract_all("The strike is the first at the port since 1998.", PLAIN) if f.subject == "ordinal"] == [1.0]
    merged = _wire_and_paper(tmp_path, "The strike is the first at the port since 1998.", "It is the first strike in the harbour since 1998.", translated=True)
    assert [s["sources"] for p in merged["paragraphs"] for s in p] == [["wire", "paper"]]


def test_a_count_after_a_day_of_the_week_is_a_count(tmp_path):
    """A translation's word order puts the day first ('has annulled on Monday 140 flights'): the
    140 is a count of flights, not part of a name, and the sentence joins the original's."""
    assert [f.value for f in extract_all("The airline has annulled on Monday 140 flights.", PLAIN) if f.subject == "n:flight"] == [140.0]
    merged = _wire_and_paper(tmp_path, "The airline cancelled 140 flights on Monday, affecting about 18,000 passengers.", "The airline company has annulled on Monday 140 flights, of which around 18 000 passengers were concerned.", translated=True)
    assert [s["sources"] for p in merged["paragraphs"] for s in p] == [["wire", "paper"]]


def test_a_quoted_term_with_its_article_is_still_a_term(tmp_path):
    """'Called the attack “an act of terrorism”' / '“an act of sabotage”': three words and an
    article name one thing each, two different things."""
    merged = _wire_and_paper(tmp_path, 'The minister called the attack "an act of terrorism".', 'The minister called the attack "an act of sabotage".')
    assert [(d["kind"], sorted(v["text"] for v in d["variants"])) for d in merged["discrepancies"]] == [("term", ["an act of sabotage", "an act of terrorism"])]


def test_a_year_named_with_what_kind_of_year_it_was_is_a_year():
    """'In the drought year 2008', 'in the financial year 2023': the year, as 'in the year 2008' is."""
    for text, year in (("The last comparable drought was in the drought year 2008.", 2008), ("In the financial year 2023 profits rose.", 2023)):
        assert [f.value for f in dates.extract(text, Context(dt.date(2025, 3, 11))) if f.subject == "year"] == [year]


def test_a_month_without_a_year_tells_of_the_months_around_the_writing_not_of_another_year():
    """'Down from 5.2 per cent the month before' (written in May 2024) and 'averaging 5.2 percent
    in 2026': the same figure of two periods, two claims however alike they read. A sentence that
    names neither a month nor a year is said of no period."""
    from digest.merge.align import years_apart
    from digest.merge.claims import build_claims
    from digest.merge.sentences import Sentence

    def claim(source: str, text: str):
        return build_claims({source: [Sentence(source, 0, 0, text, 0, len(text), 1)]}, {source: PLAIN})[0]

    month = claim("a", "Unemployment fell to 5.1 per cent in April, down from 5.2 per cent the month before.")
    forecast = claim("b", "The central bank's projections have unemployment averaging 5.2 percent in 2026.")
    plain = claim("c", "Unemployment stands at 5.2 percent, the office said.")
    assert years_apart(month, forecast) and years_apart(forecast, month)
    assert not years_apart(plain, forecast)


def test_a_plan_for_a_day_ahead_and_how_things_are_now_are_two_claims():
    """'Will lay on extra sailings from Wednesday' (written on a Wednesday, for the next) and 'the
    ferry is running normally': what is to come and how things are, two claims however alike they
    read. A plan and a report of the same day's plan announced stay one ('will add sailings from
    Friday' / 'announced extra sailings from Friday')."""
    from digest.merge.align import moods_clash
    from digest.merge.claims import build_claims
    from digest.merge.sentences import Sentence

    def claim(source: str, text: str):
        return build_claims({source: [Sentence(source, 0, 0, text, 0, len(text), 1)]}, {source: PLAIN})[0]

    now = claim("a", "The ferry to the mainland is running normally, the operator said, though it asked passengers to come early because of extra demand.")
    ahead = claim("b", "The ferry operator will lay on extra sailings to the mainland from Friday for those who need to leave.")
    assert (now.mood, ahead.mood) == ("actual", "planned")
    assert moods_clash(now, ahead) and moods_clash(ahead, now)
    told = claim("c", "The ferry operator announced extra sailings to the mainland from Friday for those who need to leave.")
    assert not moods_clash(told, ahead)


def test_one_holder_named_with_another_last_name_is_a_name_discrepancy(tmp_path):
    """'Will be run by Hanne Sorvik' / 'the first director will be Hanne Solberg': the claims state
    one claim, the names share their first word and not the next, and neither outlet names the
    other's anywhere: one post's holder named two ways."""
    merged = _wire_and_paper(tmp_path, "The new museum will be run by Hanne Sorvik, who now heads the city archive.",
                             "The new museum's first director will be Hanne Solberg, currently head of the city archive.")
    assert variants_of(merged, "name") == [["Hanne Solberg", "Hanne Sorvik"]]


def test_two_people_of_one_first_name_named_by_one_outlet_are_no_name_discrepancy(tmp_path):
    merged = story_of(tmp_path, {
        "wire": ("The new museum will be run by Hanne Sorvik, who now heads the city archive.\n\nHer deputy will be Hanne Solberg.\n", dict(published=PLAIN.published)),
        "paper": ("The new museum's first director will be Hanne Solberg, currently head of the city archive.\n", dict(published=PLAIN.published)),
    })
    assert not [d for d in merged["discrepancies"] if d["kind"] == "name"], merged["discrepancies"]


def test_an_option_named_by_its_noun_clashes_with_the_thing_done(tmp_path):
    """'Would consider compensation for traders' / 'has promised compensation for traders': an
    option told by the deed's noun, and another outlet's verb done to that noun and its object."""
    merged = _wire_and_paper(tmp_path, "The council said it would consider compensation for traders hit by the market closure.",
                             "The council has promised compensation for traders hit by the market closure.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"], merged["discrepancies"]


def test_a_thing_considered_to_be_so_is_no_option():
    from digest.merge.compare.statements import _options
    safe, appeal = _claims(("wire", "The bridge is considered safe by the engineers."), ("wire", "The club is considering an appeal against the ban."))
    assert _options(safe) == [] and [head for _, head in _options(appeal)] == ["appeal"]


def test_a_hedge_on_a_things_kind_is_no_status_of_the_claim(tmp_path):
    """'Found a possibly medieval wreck, which still needs independent confirmation' / 'confirmed
    the discovery of a possibly medieval wreck': 'possibly' after an article hedges what the wreck
    is, not whether it was found; the first outlet's status is 'still needs confirmation'."""
    merged = _wire_and_paper(tmp_path, "Divers said on Friday they had found a possibly medieval wreck off the cape, which still needs independent confirmation.",
                             "Divers said on Friday they had confirmed the discovery of a possibly medieval wreck off the cape.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"], merged["discrepancies"]


def test_a_plan_an_outlet_says_was_not_announced_clashes_with_the_plan(tmp_path):
    """'Said it would review the parking charges in the spring' / 'did not say it would review the
    parking charges in the spring': the second tells no plan, only that none was told."""
    merged = _wire_and_paper(tmp_path, "The council said it would review the parking charges in the spring.",
                             "Contrary to earlier reports, the council did not say it would review the parking charges in the spring.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"], merged["discrepancies"]


def test_a_translations_base_points_are_basis_points():
    """'Punti base', 'points de base': a translation's 'base points' are basis points, not a count of bases."""
    assert figures("The yield of the decennial has climbed of 21 base points.") == {"points": [0.21]}
    assert figures("The yield rose 23 basis points.") == figures("The yield rose 23bp.") == {"points": [0.23]}


def test_a_form_of_address_with_or_without_its_stop_names_one_person(tmp_path):
    """'Dr. Lena Moss' in one outlet and 'Dr Lena Moss' in another: one person in the people box,
    the form of address no part of her name."""
    merged = _wire_and_paper(tmp_path, "Dr. Lena Moss, head of the flood unit at the agency, said the river would peak on Friday.",
                             "Dr Lena Moss, head of the flood unit at the agency, said the river would peak on Friday.")
    assert [p["name"] for p in merged["people"]] == ["Lena Moss"]


def test_a_translations_post_read_in_its_own_word_order_is_the_same_post(tmp_path):
    """'Surgeon orthopaedist at the infirmary' / 'consultant orthopaedic surgeon at the infirmary':
    the translation's post is the other's head noun, whose first role word only describes it."""
    merged = _wire_and_paper(tmp_path, "Ida Vonk, a consultant orthopaedic surgeon at Kelvane Infirmary, said the list had doubled.",
                             "Ida Vonk, surgeon orthopaedist at the Infirmary of Kelvane, said that the list has doubled.", translated=True)
    assert not [d for d in merged["discrepancies"] if d["kind"] == "title"], merged["discrepancies"]


@pytest.mark.parametrize("text, celsius", [
    ("Temperatures fell to minus 4.2 degrees Celsius before dawn.", -4.2),
    ("Temperatures fell to \u20134.2C before dawn.", -4.2),
    ("Temperatures fell to \u22124.2 \u00b0C before dawn.", -4.2),
    ("The surface would be around 5 degrees Fahrenheit.", -15.0),
    ("Highs of 10\u201315C are expected.", 15.0),
])
def test_a_temperature_below_zero_is_read_with_its_sign(text, celsius):
    assert figures(text)["temperature"] == [celsius]


def test_minus_fifteen_celsius_and_five_fahrenheit_are_one_temperature(tmp_path):
    merged = _wire_and_paper(tmp_path, "Without an atmosphere, its surface would average around minus 15 degrees Celsius, the team said.",
                             "Without an atmosphere, its surface would be around 5 degrees Fahrenheit, the team said.")
    assert merged["discrepancies"] == []


@pytest.mark.parametrize("text, level", [
    ("Stage 3 restrictions begin on Monday.", [3.0]),
    ("The region moved to stage four water restrictions.", [4.0]),
    ("Vandeleur takes stage 11 as a huge crash splits the peloton.", None),
    ("It was the third crash, after pile-ups on stage six to Varrow.", None),
    ("He won stage 11.", None),
])
def test_a_stage_is_a_level_only_before_what_it_grades(text, level):
    """'Stage 3 restrictions' is a step on a scale; a race's 'stage 11' is one day of it, and its
    number counts nothing ('six to Varrow' is no count of Varrows)."""
    found = figures(text)
    assert found.get("level") == level and not any(subject.startswith("n:") for subject in found)


def test_three_outlets_naming_three_stages_of_a_race_are_no_discrepancy(tmp_path):
    merged = story_of(tmp_path, {
        "wire": ("It was the third mass crash of the race, after pile-ups on the opening stage and on stage six to Varrow.\n", dict(published=PLAIN.published)),
        "radio": ("Welcome to our live coverage of stage 11, a flat day on paper.\n", dict(published=PLAIN.published)),
        "blog": ("The riders face stage 12 to Skarvik on Thursday, the first summit finish.\n", dict(published=PLAIN.published)),
    })
    assert not [d for d in merged["discrepancies"] if d["kind"] == "number"], merged["discrepancies"]


def test_a_translation_naming_one_holder_with_another_surname_is_a_name_discrepancy(tmp_path):
    """A translation keeps a person's surname as it is: 'replaced Edvin Hallberg with Dr Ruth
    Amsel' / a translation's 'in the place of Edvin Hallstrom comes Ruth Amsel' name the outgoing
    minister two ways. What a translation renders word by word is no such clash: a body's word
    ('Tarnvik Kapital' for 'Tarnvik Capital') or a work's title in quotation marks."""
    def pair(wire: str, rendered: str) -> dict:
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        return story_of(folder, {"wire": (wire + "\n", dict(published=PLAIN.published)),
                                 "daily-mt": (rendered + "\n", dict(published=PLAIN.published, translated_from="pl"))})

    def names(merged: dict) -> list[list[str]]:
        return variants_of(merged, "name")

    minister = pair("At health, the premier replaced Edvin Hallberg with Dr Ruth Amsel, the director of the city hospital.",
                    "At the Ministry of Health in the place of Edvin Hallstrom comes Ruth Amsel, director of the city hospital.")
    assert names(minister) == [["Edvin Hallberg", "Edvin Hallstrom"]]
    fund = pair("The stake was bought by the fund Tarnvik Capital on Monday.", "The participation was bought by the fund Tarnvik Kapitalbolag on Monday.")
    assert names(fund) == []
    film = pair("The prize went to 'Salt Meadow', a drama by Ines Kavala.", "The prize went to 'Salt Pasture', a drama of Ines Kavala.")
    assert names(film) == []


def test_a_relative_day_inside_a_quotation_dates_nothing():
    """'"Today our town is a little safer than it was yesterday," he said': a speaker's figure of
    speech (or the day they spoke), no day of an event; said outside quotation marks, it is one."""
    quoted = dates.extract('"Today our town is a little safer than it was yesterday," the mayor said.', PLAIN)
    assert [f.text for f in quoted] == []
    told = dates.extract("The mayor said yesterday that the town was safer.", PLAIN)
    assert [f.text.lower() for f in told] == ["yesterday"]


def test_a_thing_not_yet_been_confirmed_is_open_against_one_confirmed():
    """'Had not yet been confirmed' leaves a thing open, as 'not yet confirmed' does: against 'have
    confirmed the plant as the source' it is a confirmation told two ways."""
    from digest.merge.compare.figures import _confirmed_against_open
    context = Context(dt.date(2025, 3, 3))
    open_text = "Officials named the plant at Hollow as the most likely source of the outbreak but said this had not yet been confirmed."
    [x] = [f for f in status.extract(open_text, context) if f.value[0] == "possible"]
    done = [f for f in status.extract("Food inspectors have confirmed the plant in Hollow as the source of the outbreak.", context) if f.value[0] == "done"]
    assert any(_confirmed_against_open(x, y, 0) for y in done)


@pytest.mark.parametrize("first, second, alike", [
    ("The plant opened in March 2022.", "The plant opened in 2022.", True),
    ("The plant opened in 2022.", "The plant opened in March 2022.", True),
    ("The plant opened in March 2022.", "The plant opened in 2021.", False),
])
def test_a_year_told_alone_and_a_month_of_it_compare_either_way_round(first, second, alike):
    """A month's date and a year alone meet when a clash found twice is folded into one callout;
    whichever comes first, the year alone agrees with any month of it (once an assertion that
    stopped the whole build)."""
    x = next(f for f in extract_all(first, PLAIN) if f.detector == "dates")
    y = next(f for f in extract_all(second, PLAIN) if f.detector == "dates")
    assert dates.same(x, y) is alike


@pytest.mark.parametrize("began", ["started", "broke out"])
def test_an_origin_established_answers_a_cause_called_unknown(tmp_path, began):
    """'The cause of the blaze is not yet known' / 'investigators have established that the blaze
    started in a faulty freezer': one outlet has it open, the other found."""
    merged = _wire_and_paper(tmp_path, "The cause of the blaze is not yet known.", f"Investigators have established that the blaze {began} in a faulty freezer in the kitchen.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]


def test_a_deed_undecided_with_if_against_it_done_is_a_status_clash(tmp_path):
    """'Has not yet decided if it will open an inquiry' asks what 'whether' asks: against 'confirmed
    that they had opened a fraud inquiry', a clash of status."""
    merged = _wire_and_paper(tmp_path, "Police in Brennby confirmed on Tuesday that they had opened a fraud inquiry.",
                             "The police, which has not yet decided if it will open an inquiry, declined to comment.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]


def test_a_seasons_year_is_a_year():
    """'In spring 2027' dates a thing to 2027 as 'in 2027' does ('until the summer of 2029' stays an end)."""
    assert [(f.subject, f.value) for f in extract_all("Work will start in spring 2027.", PLAIN) if f.detector == "dates"] == [("year", 2027)]
    assert [f.subject for f in extract_all("He signed on until the summer of 2029.", PLAIN) if f.detector == "dates"] == ["date:until"]
    for told, year in (("The club has been in debt since the autumn 2022.", 2022), ("It ran at a loss since at least the spring 2021 term.", 2021),
                       ("The plant closed in the fall 2019.", 2019)):
        assert [(f.subject, f.value) for f in extract_all(told, PLAIN) if f.detector == "dates"] == [("year", year)], told  # 'the' before a season, 'at least', 'fall'


def test_a_year_after_a_season_and_the_clashes_with_another_outlets_year(tmp_path):
    """'Since the spring 2021 term' against 'since 2022': the year after 'the' and a season is read."""
    merged = _wire_and_paper(tmp_path, "The school canteen had been running at a loss since the spring 2021 term, the council said.",
                             "The council said the school canteen had been losing money since 2022.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["date"]


def test_recommended_approval_against_recommended_refusal_is_a_clash(tmp_path):
    """What officers advised: 'had recommended approval' / 'who had recommended refusal'."""
    merged = _wire_and_paper(tmp_path, "Council planning officers had recommended approval, subject to conditions.",
                             "The committee went against its own planning officers, who had recommended refusal.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["other"]


def test_a_kinship_before_a_post_and_name_gives_the_post_to_the_name(tmp_path):
    """'Jon Arden, brother of chief executive Mila Arden': she is the chief executive, not a brother."""
    merged = _wire_and_paper(tmp_path, "The contracts went to a firm that belonged to Jon Arden, brother of chief executive Mila Arden.",
                             "Mila Arden, the chief executive, declined to comment.")
    titles = {m["title"] for p in merged["people"] if p["name"] == "Mila Arden" for m in p["mentions"]}
    assert titles == {"chief executive"}


def test_what_was_approved_names_the_deed_and_tells_no_status(tmp_path):
    """An explainer's 'here is what was actually approved' points at the deed: against 'must still be
    approved separately' no clash of status."""
    merged = _wire_and_paper(tmp_path, "Here is what was actually approved.", "The details of the depot must still be approved separately.")
    assert merged["discrepancies"] == []


def test_a_power_in_other_units_is_another_figure_only_when_its_size_differs():
    """'1,200 megawatts' is '1.2 GW' (above); '1,500 MW' is another power."""
    assert not agree("The wind farm will supply 1,500 MW.", "The wind farm will supply 1.2 GW.")
    assert agree("The wind farm will supply 1,500 MW.", "The wind farm will supply 1.5 gigawatts.")


def test_what_a_count_is_of_ends_at_its_verb():
    """'2,300 megawatts of load have been detached': the thing counted is 'load' (which names no
    thing: a load of anything), not 'load have been detached automatically'."""
    from digest.merge.compare.figures import _OF_WHAT_HEAD
    assert _OF_WHAT_HEAD.match(" of load have been detached automatically.").group(1) == "load"
    assert _OF_WHAT_HEAD.match(" of hydraulic oil, the coastguard said").group(1) == "hydraulic oil"


def test_a_clock_time_and_a_day_compare_either_way_round_without_error():
    """A clock time and a day are no one value, whichever is asked first (each order once raised)."""
    time = next(f for f in extract_all("The alarm sounded at 3 p.m.", PLAIN) if f.detector == "dates")
    day = next(f for f in extract_all("The alarm sounded on 4 May 2024.", PLAIN) if f.detector == "dates")
    assert (time.subject, day.subject) == ("time", "date")
    assert dates.same(time, day) is False and dates.same(day, time) is False


def test_figures_in_two_named_peoples_relative_clauses_are_of_two_things(tmp_path):
    """'Ada Roe, who milks 140 cows' / 'Jon Lee, who milks 180 cows': each herd is its owner's, so
    no clash; the same person with two herds is one."""
    merged = _wire_and_paper(tmp_path, '"It hurts," said Ada Roe, who milks 140 cows near Brill.',
                             "The chairman, Jon Lee, who milks 180 cows near Tarn, said the cut was needed.")
    assert merged["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, '"It hurts," said Ada Roe, who milks 140 cows near Brill.', '"It hurts," said Ada Roe, who milks 180 cows near Brill.')
    assert [d["kind"] for d in merged["discrepancies"]] == ["number"]


@pytest.mark.parametrize("lesser, graver", [("careless driving", "dangerous driving"), ("careless riding", "dangerous riding")])
def test_the_lesser_offence_against_the_graver_one_is_a_term_clash(tmp_path, lesser, graver):
    """A reprint that turns 'causing death by dangerous driving' into '… careless driving' names
    another offence, with another legal test."""
    merged = _wire_and_paper(tmp_path, f"The driver, 47, was arrested on suspicion of causing death by {graver}.",
                             f"The driver, 47, had been arrested on suspicion of causing death by {lesser}.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["term"]


@pytest.mark.parametrize("closed, kept_open", [
    ("The operator has ruled out a cyberattack.", "A spokesman for the operator did not discard that it is a cyberattack."),
    ("The operator insists the breakdown was not a cyberattack.", "A spokesman for the operator did not exclude that it is a cyberattack."),
])
def test_a_possibility_closed_against_one_a_translation_keeps_open(tmp_path, closed, kept_open):
    """'Was not a cyberattack' closes what 'did not discard that it is a cyberattack' (a translation's
    'not ruled out') keeps open."""
    merged = _wire_and_paper(tmp_path, closed, kept_open, translated=True)
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]


@pytest.mark.parametrize("open_", ["The company has not said what went wrong.", "The cause is still being investigated, the company said."])
def test_a_cause_still_investigated_or_what_went_wrong_untold_against_a_cause_given(tmp_path, open_):
    merged = _wire_and_paper(tmp_path, open_, "The company said the failure was caused by a faulty software update.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]


@pytest.mark.parametrize("acquitted", ["The court acquitted her on a fourth count, of falsifying accounts.", "She was cleared of a fourth charge, of falsifying accounts."])
def test_an_acquittal_against_a_charge_dropped_is_a_term_clash(tmp_path, acquitted):
    """The court cleared her of it, or the prosecution dropped it before a verdict: two different ends of a charge."""
    merged = _wire_and_paper(tmp_path, acquitted, "A fourth charge, of falsifying accounts, was dropped by prosecutors during the trial.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["term"]


def test_two_months_read_from_the_tense_are_two_dates_even_across_a_new_year(tmp_path):
    february = Context(dt.date(2025, 2, 12))
    [november] = dates.extract("The restaurant was warned in November.", february)
    [january] = dates.extract("The restaurant was warned in January.", february)
    [march_past] = dates.extract("The kitchen was last inspected in March.", february)
    [march_ahead] = dates.extract("The kitchen will be inspected in March.", february)
    assert november.value.year != january.value.year and not dates.same(november, january)  # 2024 and 2025, as the tense reads them
    assert dates.same(march_past, march_ahead)  # one month: the year the tense gives is no evidence
    merged = story_of(tmp_path, {
        "wire": ("The Lantern Grill was given a formal written warning in November after inspectors found gaps in its cleaning records, the council said.\n", dict(published=february.published)),
        "gazette": ("Council records show the Lantern Grill was sent a warning letter in January, after staff could not produce its cleaning records.\n", dict(published=february.published)),
    }, lead="wire")
    assert variants_of(merged, "date") == [["in January", "in November"]]


def test_one_numeral_under_two_units_in_unrelated_surroundings_is_two_things(tmp_path):
    merged = story_of(tmp_path, {
        "wire": ("The embankment of the Holt reservoir gave way on Friday night.\n\n"
                 "The breach, about 40 metres wide, released two million cubic metres of water in three hours.\n\n"
                 "The freight train was travelling at about 110 km/h when it left the rails near the dam.\n", dict(published=PLAIN.published)),
        "radio": ("The Holt reservoir's embankment collapsed late on Friday.\n\n"
                  "Forecasters say another 30 to 40 millimetres of rain could fall on the valley by Sunday evening.\n\n"
                  "The freight train was going at about 110 miles an hour when it came off the track near the dam.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    shown = variants_of(merged, "number")
    assert ["about 110 km/h", "about 110 miles an hour"] in shown  # one speed under two units: a unit changed
    assert not any("40 millimetres" in " ".join(s) for s in shown)  # a breach's width and a forecast's rain: two things


def test_two_shares_that_make_up_the_whole_with_the_rest_given_to_the_other_party_agree(tmp_path):
    shares = "Under the treaty, Valdor will receive 62 percent of the shared grazing land and Emmerich the rest.\n"
    merged = story_of(tmp_path, {
        "wire": (shares + "\nThe treaty was signed in the border town of Oska on Tuesday.\n", dict(published=PLAIN.published)),
        "mt": ("Emmerich receives from the shared grazing land as before 38 percent; the rest goes to Valdor.\n\n"
               "Signed was the treaty on Tuesday in the border town Oska.\n", dict(published=PLAIN.published, translated_from="de")),
    }, lead="wire")
    assert [d for d in merged["discrepancies"] if d["kind"] == "number"] == []  # each gives the other's share as the rest
    merged = story_of(tmp_path, {
        "wire": (shares, dict(published=PLAIN.published)),
        "mt": ("Valdor receives from the shared grazing land 58 percent; the rest goes to Emmerich.\n", dict(published=PLAIN.published, translated_from="de")),
    }, lead="wire")
    assert variants_of(merged, "number") == [["58 percent", "62 percent"]]


def test_one_count_of_a_length_of_time_under_two_units_is_a_unit_changed(tmp_path):
    from digest.merge.compare.figures import comparable

    [days] = [f for f in extract_all("Restrictions will last at least ten days.", PLAIN) if f.subject == "duration"]
    [weeks] = [f for f in extract_all("Restrictions will last at least ten weeks.", PLAIN) if f.subject == "duration"]
    [months] = [f for f in extract_all("Restrictions will last at least three months.", PLAIN) if f.subject == "duration"]
    assert comparable(days, weeks) and not comparable(days, months)  # seven times apart, but one count: a unit changed
    merged = story_of(tmp_path, {
        "wire": ("Hollin Water said hosepipe restrictions would last at least ten days while the main is repaired.\n", dict(published=PLAIN.published)),
        "trade": ("Hollin Water has told customers to expect hosepipe restrictions for at least ten weeks while the main is repaired.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert variants_of(merged, "number") == [["at least ten days", "at least ten weeks"]]


def test_the_start_of_a_month_named_from_the_day_of_writing_is_its_first_day(tmp_path):
    march = Context(dt.date(2026, 3, 12))
    [start] = dates.extract("The freeze will take effect from the start of next month.", march)
    assert (start.value.year, start.value.month, start.value.day) == (2026, 4, 1)
    [january] = dates.extract("Rents were capped from the beginning of next month.", Context(dt.date(2025, 12, 3)))
    assert (january.value.year, january.value.month, january.value.day) == (2026, 1, 1)  # across a new year
    merged = story_of(tmp_path, {
        "wire": ("The freeze on rents for 86,000 regulated flats takes effect from May 1 and runs for two years.\n", dict(published=march.published)),
        "radio": ("The freeze on rents for regulated flats takes effect from the start of next month and runs for two years.\n", dict(published=march.published)),
    }, lead="wire")
    assert variants_of(merged, "date") == [["May 1", "the start of next month"]]


def test_a_measure_written_as_a_hyphenated_adjective_is_the_measure(tmp_path):
    assert figures("The ship had a 47,000-tonne cargo of grain.") == {"mass": [47000000.0]}
    assert figures("They bought a 400-hectare estate and a 5-litre can.") == {"area": [400.0], "volume": [5.0]}
    assert figures("The yacht sank about 22 nautical miles west of the port.") == {"length": [22 * 1852.0]}  # a sea mile, not a count of 'nautical' things
    merged = story_of(tmp_path, {
        "wire": ("The freighter was carrying 52,000 tonnes of grain when it ran aground in the strait.\n", dict(published=PLAIN.published)),
        "trade": ("The ship was bound for Halvik with its 47,000-tonne cargo of grain when it grounded.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert variants_of(merged, "number") == [["47,000-tonne", "52,000 tonnes"]]


def test_a_hyphenated_fraction_is_a_share_and_a_fraction_of_the_former_level_is_none():
    assert figures("Two-thirds of the members backed the strike.") == {"percent": [round(200 / 3, 4)]}
    assert figures("About three-quarters of the homes were flooded.") == {"percent": [75.0]}
    assert figures("The limit is now a third of the previous limit.") == {}  # the new level against the old, as a cut by two-thirds is
    assert figures("The limit is now a third lower.") == {"percent": [round(100 / 3, 4)]}


def test_a_sum_with_its_cents_in_words_is_one_sum_and_going_up_to_it_is_no_ceiling(tmp_path):
    assert figures("The hourly rate goes up to 11 crowns and 40 cents.") == {"money": [("crown", 11.4)]}
    [fare] = [f for f in extract_all("The hourly rate goes up to 11 crowns and 40 cents.", PLAIN) if f.subject == "money"]
    assert not fare.approximate  # where the rate rises to, not a ceiling
    [cap] = [f for f in extract_all("The law permits fines to go up to 4 percent of turnover.", PLAIN) if f.subject == "percent"]
    assert cap.approximate  # how far fines may go: a ceiling
    merged = story_of(tmp_path, {
        "wire": ("The national minimum wage will rise to 11.40 crowns an hour in October, the ministry said.\n", dict(published=PLAIN.published)),
        "radio": ("The minimum hourly rate goes up to 11 crowns and 40 cents in October, the ministry said.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert variants_of(merged, "number") == []


def test_last_saturday_said_on_a_saturday_is_a_week_ago():
    saturday = Context(dt.date(2025, 10, 18))
    [last] = dates.extract("The mushrooms were picked last Saturday in the forest.", saturday)
    assert (last.value.month, last.value.day) == (10, 11)  # a week ago, not the day of writing
    [friday_told] = dates.extract("The mushrooms were picked on Saturday in the forest.", Context(dt.date(2025, 10, 17)))
    assert (friday_told.value.month, friday_told.value.day) == (10, 11)  # the day before's outlet: the same Saturday


def test_a_place_shortened_as_st_is_the_place_named_saint(tmp_path):
    merged = _wire_and_paper(tmp_path, "The injured swimmer was flown to St Orla in Halvik, the coastguard said.",
                             "The injured swimmer was carried by helicopter to the hospital of Saint Orla in Halvik.")
    assert merged["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, "The injured swimmer was flown to St Orla in Halvik, the coastguard said.",
                             "The injured swimmer was flown to Kestrel General in Halvik, the coastguard said.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["name"]  # another hospital


def test_a_year_a_figure_or_a_record_is_measured_from_dates_no_event(tmp_path):
    """'Down from 40 in 1990' dates a figure and 'the worst accident since 2008' starts a record's
    span: neither is the year of something the story tells, so another outlet's 'built in 1988' or
    'the fifth boat lost since 2012' does not clash with it."""
    merged = story_of(tmp_path, {
        "wire": ("The trawler Sela Marin, built in 1988 and registered in Corran, sank on Tuesday.\n", dict(published=PLAIN.published)),
        "paper": ("The Sela Marin sank on Tuesday. Corran's fishing fleet now numbers 12 boats, down from 40 in 1990, and the Sela Marin was one of its largest.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert variants_of(merged, "date") == []
    from digest.merge.compare.figures import a_yardstick_year
    told = {text: [f for f in extract_all(text, PLAIN) if f.subject == "year"][0] for text in (
        "It was the worst accident in the fleet since 2008.", "She is the fifth skipper lost since 2012.", "He has led the force since 2019.",
        "The fleet numbers 12 boats, down from 40 in 1990.", "The trawler was built in 1988.")}
    from types import SimpleNamespace
    assert [a_yardstick_year(SimpleNamespace(text=t), f) for t, f in told.items()] == [True, True, False, True, False]


def test_quoted_words_the_other_outlet_also_says_are_no_other_term(tmp_path):
    """One outlet quotes 'within days' and has the founder's whole remark; the other quotes part of
    the remark and says 'within days' unquoted. Each writes the other's words: no two terms."""
    merged = _wire_and_paper(tmp_path, '"We are not bankrupt, we are cash-poor," the founder said in a video on Monday, promising that payouts would resume "within days".',
                             'Its founder insisted in a video on Monday that the firm was "cash-poor, not bankrupt" and would resume payouts within days.')
    assert merged["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, 'The minister called the plan a "reckless gamble" on Monday.', 'The minister called the plan a "bold experiment" on Monday.')
    assert [d["kind"] for d in merged["discrepancies"]] == ["term"]


def test_a_whole_number_of_units_before_a_noun_is_the_whole_part_of_a_fraction(tmp_path):
    """'A 40-hour standoff' leaves out the half hour of 'after 40,5 hours'; against '42 hours' it is
    another length."""
    merged = story_of(tmp_path, {
        "wire": ("Police ended a 40-hour standoff at the farm on Monday, the ministry said.\n", dict(published=PLAIN.published)),
        "mt": ("After 40,5 hours the standoff at the farm is over, the ministry said on Monday.\n", dict(published=PLAIN.published, translated_from="de")),
    }, lead="wire")
    assert variants_of(merged, "number") == []
    (tmp_path / "b").mkdir()
    merged = story_of(tmp_path / "b", {
        "wire": ("Police ended a 40-hour standoff at the farm on Monday, the ministry said.\n", dict(published=PLAIN.published)),
        "paper": ("After 42 hours the standoff at the farm is over, the ministry said on Monday.\n", dict(published=PLAIN.published)),
    }, lead="wire")
    assert variants_of(merged, "number") == [["40-hour", "42 hours"]]


def test_an_assent_still_due_against_one_given_in_another_verb_is_a_clash(tmp_path):
    """'Must still be ratified by the cabinet' / 'the government has accepted the plan': one assent,
    due by one outlet, given by the other; the object of the passive stands before its verb."""
    merged = _wire_and_paper(tmp_path, "The government has accepted the pay plan in full, the minister told parliament.",
                             "The pay plan must still be ratified by the cabinet, which expects to do so in the coming weeks.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]
    merged = _wire_and_paper(tmp_path, "The government has accepted the pay plan in full, the minister told parliament.",
                             "The new port must still be ratified by the cabinet, which expects to do so in the coming weeks.")
    assert merged["discrepancies"] == []  # another thing to ratify


def test_a_record_against_a_second_place_is_a_clash(tmp_path):
    """'The largest fine the inspectorate has imposed' / 'the second-largest it has ever imposed':
    one fine ranked first and second among all before it. 'One of the biggest in its history' ranks
    it first by no one, and 'the largest employer in the district' is no rank among all before it."""
    merged = _wire_and_paper(tmp_path, "It is the largest fine the inspectorate has imposed on a single company, officials said.",
                             "The fine is the second-largest the inspectorate has ever imposed on a company, officials said.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["other"]
    merged = _wire_and_paper(tmp_path, "It is one of the biggest fines in the inspectorate's history, officials said.",
                             "The fine is the second-largest the inspectorate has ever imposed on a company, officials said.")
    assert merged["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, "The airport is the largest private employer in the district, the council said.",
                             "The airport is the fourth biggest airport of the country, the council said.")
    assert merged["discrepancies"] == []


def test_one_sum_told_as_a_total_over_years_and_as_one_years_is_a_clash(tmp_path):
    """'Has lost 14.2 million dalers since it was launched in 2021' / 'lost 14.2 million dalers last
    year alone': one figure, two periods. A year that dates the deed ('4,800 jobs will go in
    2027'), a record since a year ('the most since 2016') and 'since' before the figure ('since
    joining for 4.5 million pounds') give it no period; one period told both ways agrees."""
    merged = _wire_and_paper(tmp_path, "The ferry company has lost 14.2 million dalers since it was launched in 2021, the council said.",
                             "The ferry company lost 14.2 million dalers last year alone, the council said.")
    assert [(d["kind"], sorted(v["text"] for v in d["variants"])) for d in merged["discrepancies"]] == [
        ("number", ["14.2 million dalers last year", "14.2 million dalers since"])]
    merged = _wire_and_paper(tmp_path, "The ferry company lost 14.2 million dalers last year, the council said.",
                             "Over four years the ferry company ran up 14.2 million dalers of losses, the council said.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["number"]
    for wire, paper in [
        ("The ferry company lost 14.2 million dalers last year, the council said.", "The ferry company lost 14.2 million dalers a year, the council said."),
        ("The carmaker will cut 4,800 jobs in 2027, the union said.", "In total 4,800 jobs will go at the carmaker since the plan began, the union said."),
        ("The office received 31,500 applications last year, the most since 2016.", "The office received 31,500 applications in the past year, officials said."),
        ("Since joining for 4.5 million pounds the striker has scored 40 goals, the club said.", "The club paid 4.5 million pounds for the striker last year, the club said."),
    ]:
        assert _wire_and_paper(tmp_path, wire, paper)["discrepancies"] == [], (wire, paper)


def test_a_deed_corrected_while_it_is_being_done_is_a_clash_with_the_deed_set_aside(tmp_path):
    """'Velocity is being mothballed rather than scrapped' / 'voted on Thursday to scrap Velocity':
    the progressive ('is being') sets one deed against another as the perfect does, and the name it
    is done to is what ties the claims when no other noun does."""
    merged = _wire_and_paper(tmp_path, "The city council voted on Thursday to scrap Velocity, its public bike-share scheme, after four years of mounting losses.",
                             "Read the motion and Velocity is being mothballed rather than scrapped.")
    assert [(d["kind"], len(d["variants"])) for d in merged["discrepancies"]] == [("term", 2)]
    merged = _wire_and_paper(tmp_path, "The city council voted on Thursday to scrap Velocity, its public bike-share scheme, after four years of mounting losses.",
                             "Read the motion and Cyclo is being mothballed rather than scrapped.")
    assert merged["discrepancies"] == []


def test_a_woman_not_suspected_is_no_denial_of_a_man_suspected(tmp_path):
    """'She is not suspected of any offence' (a witness) / 'He is suspected of bribery' (the mayor):
    two pronouns of two people; the same pronoun on both sides still tells one person."""
    wire = "The town's head of procurement, Ida Holm, was questioned as a witness and released, the directorate said. She is not suspected of any offence."
    assert _wire_and_paper(tmp_path, wire, "He is suspected of bribery, prosecutors said on Tuesday.")["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, wire, "She is suspected of an offence, prosecutors said on Tuesday.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["other"]


def test_a_departure_denied_agrees_with_one_not_made_and_clashes_with_one_made(tmp_path):
    """'A spokesman denied reports that Brandt had resigned' says he stays, as 'Brandt has not
    stepped down' does; 'Brandt resigned on Tuesday' is the other account."""
    denied = "A town hall spokesman denied reports that Brandt had resigned."
    assert _wire_and_paper(tmp_path, denied, "Brandt has not stepped down and remains formally mayor.")["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, denied, "Brandt resigned on Tuesday, his party said.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]


def test_a_partys_members_a_post_and_its_body_are_no_name_spelt_two_ways(tmp_path):
    """'Social Liberal councillor Maja Brandt' / 'the opposition Social Liberals'; 'Transport
    Minister Ilka Ferran' / 'the Transport Ministry': one word and its plural told as a group, a
    post and a body. A surname with an s after a judge's title is still spelt two ways."""
    merged = _wire_and_paper(tmp_path, "\u201cWe were told the papers were confidential,\u201d said Social Liberal councillor Maja Brandt on Tuesday.",
                             "The opposition Social Liberals have demanded the mayor's resignation since Tuesday.")
    assert merged["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, "Transport Minister Ilka Ferran said she had ordered the airport to report within 14 days.",
                             "The Transport Ministry has given the airport 14 days to explain the failure.")
    assert merged["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, "Judge Helen Harbank also fined the company 40,000 crowns on Tuesday.",
                             "The judge Helen Harbanks also fined the company 40,000 crowns on Tuesday.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["name"]


def test_a_sum_someone_puts_a_thing_at_is_that_things(tmp_path):
    """'Brokers put the vessel's scrap value at about 3.1 million dollars' / 'the ship owed about 1.3
    million dollars in port dues': a value and a debt, two sums. 'Puts the total at' names no
    thing, and 'the cost of the programme' is a cost, so those still clash with another cost."""
    merged = _wire_and_paper(tmp_path, "The authority said the ship owed about 1.3 million dollars in port dues.",
                             "Brokers put the vessel's scrap value at about 3.1 million dollars, comfortably more than the port dues.")
    assert merged["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, "The operator has put the cost of the programme at 1.9 million marks.",
                             "The operator puts the total at 1.9 billion marks, spread over eight years.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["number"]


def test_a_time_limit_two_outlets_share_is_no_thing_one_denies_and_the_other_asserts(tmp_path):
    """'The site would not open until further notice' / 'the school would stay shut until further
    notice': 'further notice' is when, not what; the two say one thing. What is denied before the
    time limit still clashes with its assertion ('ruled out further rate increases until the
    spring' / 'signalled that further rate increases could follow')."""
    merged = _wire_and_paper(tmp_path, "The school told parents in a letter on Sunday that the site would not open until further notice.",
                             "Families were told in an email this evening that the school would stay shut until further notice.")
    assert merged["discrepancies"] == []
    merged = _wire_and_paper(tmp_path, "The central bank ruled out further rate increases until the spring.",
                             "The central bank signalled that further rate increases could follow soon.")
    assert [d["kind"] for d in merged["discrepancies"]] == ["confirmation"]
