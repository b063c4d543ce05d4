"""The cleaner strips scraping junk from each seed and keeps every body sentence.

For each seed both lists are asserted: the junk lines (gone from the text, present in the
audit list with a rule name) and body sentences (present, first and last paragraphs included).
"""

from __future__ import annotations


import pytest

from digest.clean import clean_article
from digest.model import Article, SourceSpec

from conftest import SAMPLE_STORY


def clean_seed(name: str, strip: tuple[str, ...] = ()):
    path = next(SAMPLE_STORY.glob(f"{name}_*.txt"))
    source = SourceSpec(id=name, path=path, file=path.name, outlet="Outlet", strip=strip)
    return clean_article(Article(source, path.read_text(encoding="utf-8"), "utf-8"))


def body(cleaned) -> str:
    return "\n".join(b.text for b in cleaned.blocks)


JUNK = {
    "000": ["Type to search", "Also on AF: US to Ban Export of Chips, Chipmaking Tools to China", "Read more:",
            "China-Russia Trade Surges Despite Global Demand Slump", "China to Buy Russian Gas in Roubles, Yuan, Says Gazprom",
            "China\u2019s Russia Imports Soared in July and Exports Rebounded", "Sean O'Meara is an Editor at Asia Financial.",
            "\u2022 Reuters with additional editing by Sean O\u2019Meara", "AF China Bond"],
    "001": ["Categorized in:"],
    "002": ["09/15/2022, 19.03", "Send to a friend", "Printable version", "See also",
            "Xi Jinping\u2019s visit in Nur-Sultan highlights China\u2019s regional leadership", "09/09/2022 13:44",
            "Ahmadinejad in Shanghai open to dialogue but still rails at US", "Iran joins SCO, China promotes cooperation",
            "04/07/2023 18:57", "Subscribe to Asia News updates or change your preferences", "Subscribe now",
            "ecco il nostro comune compito"],
    "003": ["Thursday, October 6, 2022", "HomeWorld", "pavel bednyakov/sputnik/kremlin/Shutterstock",
            "Write to Keith Zhai at and Thomas Grove at", "Copyright \u00a92022 Dow Jones", "Please enter your comment!",
            "Please enter your name here", "Advertisment", "Google search engine", "Most Popular", "Recent Comments",
            "Join the conversation below."],
    "004": ["(Guy Faulconbridge reporter, Yew Lun Tian reporter)", "LONDON/BEIJING (Archyde.com)"],
}

BODY = {
    "000": ["The deepening partnership between rising superpower China and resources-rich Russia has Western leaders worried",
            "Chinese President Xi Jinping will meet his Russian counterpart and ally Vladimir Putin in his first trip outside China since the global Covid pandemic began, it was confirmed on Monday.",
            "There is no sign that Xi is ready to drop support for Putin in Russia\u2019s most serious confrontation with the West since the height of the Cold War.",
            "Trade soared by nearly a third between Russia and China in the first seven months of 2022.",
            "Xi is widely expected to break with precedent at a Communist Party congress that starts on October 16 and secure his third five-year leadership term.",
            "director of the China Institute at the School of Oriental and African Studies in London.",
            "Gazprom has for years been studying the possibility for a major new gas pipeline \u2013 the Power of Siberia 2 \u2013 to travel through Mongolia taking Russian gas to China.",
            "It will carry 50 billion cubic metres of gas per year",
            "The Shanghai Cooperation Organization, which includes Russia, China, India, Pakistan and four Central Asian states, is due to admit Iran, one of Moscow\u2019s key allies in the Middle East."],
    "001": ["Xi Jinping will leave China for the first time in more than two years to travel this week to Central Asia",
            "China confirmed the trip on Monday.",
            "Russia suffered its worst defeat of the war last week, abandoning its main stronghold in northeastern Ukraine.",
            "The deepening of the \u201cboundless\u201d partnership",
            "Trade soared by almost a third between Russia and China in the first 7 months of 2022.",
            "said Alexander Korolev, senior professor in politics and international relations at the University of New South Wales.",
            "Ushakov, an adviser to Putin, said the Xi-Putin meeting would be \u201cvery important.\u201d He did not elaborate.",
            "Siberian Power 2",
            "The Shanghai Cooperation Organization, which includes Russia, China, India, Pakistan and four Central Asian countries, plans to admit Iran, one of Moscow\u2019s main allies in the Middle East."],
    "002": ["The two leaders meet on the sidelines of the Shanghai Cooperation Organization summit.",
            "Russian President Vladimir Putin and his Chinese counterpart, Xi Jinping, met one-on-one on the sidelines of the Shanghai Cooperation Organisation (SCO) summit currently underway in Samarkand (Uzbekistan).",
            "The two leaders met previously, in early February, at the inauguration of the Beijing Winter Games.",
            "Yet, despite all the declarations about their \u201cno-limits\u201d friendship",
            "For Beijing, this is a highly sensitive issue.",
            "Xi\u2019s trip to Central Asia is his first abroad since the outbreak of the COVID-19 pandemic",
            "Beijing is the main economic player in Central Asia, but Moscow has the larger military footprint, at least on paper.",
            "Nevertheless, Xi's trip is seen as an opportunity to reaffirm China's growing hegemony in the region"],
    "003": ["Chinese leader Xi Jinping and Russian President Vladimir Putin met in person for the first time since the start of the Ukraine war",
            "Mr. Putin told his Chinese counterpart on Thursday that Moscow highly values what he called Beijing\u2019s balanced position regarding the Ukraine crisis.",
            "the two leaders declared that the relationship between the two countries has \u201cno limits.\u201d",
            "trade between the two countries this year had risen by a quarter from 2021",
            "said Alicia Garc\u00eda Herrero, chief economist for Asia Pacific at Natixis.",
            "said Raffaello Pantucci, a senior associate fellow at the Royal United Services Institute",
            "said Evan Feigenbaum, vice president at the Carnegie Endowment in Washington",
            "Uzbekistan\u2019s president, Shavkat Mirziyoyev, said at a May 27 meeting of the Eurasian Economic Union",
            "China\u2019s top diplomat, Yang Jiechi, said in a meeting Monday with Russian Ambassador Andrey Denisov in Beijing, without detailing any explicit pledges of support."],
    "004": ["Chinese President Xi Jinping will meet with Russian President Vladimir Putin during his visit to Central Asia this week",
            "Xi is scheduled to visit Kazakhstan on the 14th.",
            "China has yet to confirm Mr. Xi\u2019s travel schedule.",
            "The deepening of an \u201cunlimited\u201d partnership",
            "who are the same age at 69",
            "Xi met with Putin on February 4, 2019",
            "Steve Tsang, a professor at the Institute of China Studies at the Institute of Oriental and African Studies in London",
            "Power of Siberia 2",
            "The pipeline has a transport volume of 50 billion cubic meters per year.",
            "or the annual volume of Nord Stream 1."],
}

HEADINGS = {
    "000": ["Xi, Putin Meeting a Sign of China\u2019s Power, Russia\u2019s Tilt to East", "Deepening Ties", "Xi Set to Secure Third Term", "Putin World View Chimes With Xi"],
    "002": ["Samarkand Summit: a struggling Putin increasingly aligned with Xi Jinping"],
    "003": ["China\u2019s Xi Jinping and Russia\u2019s Vladimir Putin Showcase Deepening Ties"],
}


@pytest.mark.parametrize("seed", sorted(JUNK))
def test_junk_lines_are_removed_and_kept_for_audit(seed):
    cleaned = clean_seed(seed)
    text = body(cleaned)
    removed = "\n".join(r.text for r in cleaned.removed)
    for junk in JUNK[seed]:
        assert junk not in text, junk
        assert junk in removed, junk
    assert all(r.reason for r in cleaned.removed)


@pytest.mark.parametrize("seed", sorted(BODY))
def test_every_body_paragraph_is_kept(seed):
    cleaned = clean_seed(seed)
    text = body(cleaned)
    assert len(BODY[seed]) >= 8
    for sentence in BODY[seed]:
        assert sentence in text, sentence
    paragraphs = cleaned.paragraphs
    assert BODY[seed][0] in paragraphs[0].text or BODY[seed][0] in paragraphs[1].text
    assert BODY[seed][-1] in paragraphs[-1].text


@pytest.mark.parametrize("seed", sorted(HEADINGS))
def test_sub_headings_stay_headings(seed):
    cleaned = clean_seed(seed)
    assert [b.text for b in cleaned.blocks if b.kind == "heading"] == HEADINGS[seed]


def test_sentences_broken_around_linked_names_are_rejoined():
    text = body(clean_seed("003"))
    assert (
        "\u201cThis meeting is occurring mere days after Russia suffered catastrophic battlefield setbacks in Ukraine,\u201c said "
        "Craig Singleton, a former U.S. diplomat and a senior China fellow at the Foundation for Defense of Democracies"
    ) in text
    assert "Chinese leader Xi Jinping and Russian President Vladimir Putin met in person" in text


def test_each_block_points_at_the_raw_line_it_came_from():
    for seed in JUNK:
        cleaned = clean_seed(seed)
        raw = cleaned.source.path.read_text(encoding="utf-8").split("\n")
        for block in cleaned.blocks:
            first_words = " ".join(block.text.split()[:3])
            assert first_words in " ".join(raw[block.line - 1].split()) or block.text.split()[0] in raw[block.line - 1], (seed, block)


def test_source_strip_patterns_remove_matching_lines_with_their_pattern_named():
    cleaned = clean_seed("001", strip=("^Putin\u2019s foreign policy adviser",))
    assert "Yuri Ushakov told reporters" not in body(cleaned)
    assert any(r.reason == "strip:^Putin\u2019s foreign policy adviser" for r in cleaned.removed)


def test_rules_are_general_on_an_outlet_never_seen(tmp_path):
    raw = (
        "Skip to content\nMenu\n\nCouncil Votes to Close the Old Harbour\n\n"
        "Published: 3 March 2024 08:15\n\n"
        "PORTVILLE (Coastal Wire) \u2013 The town council voted on Tuesday to close the old harbour, ending a decade of debate.\n\n"
        "Share this article\n\n"
        "The decision passed by nine votes to four, said\n\nMaria Okonkwo,\n\nthe council's finance chair.\n\n"
        "Related: Harbour fees to rise next year\n\n"
        "Residents will be consulted on the new marina this summer.\n\n"
        "Read more:\n\nFerry Timetable Changes From April\n\nNew Bus Routes Announced\n\n"
        "Jo Bloggs\n\nJo Bloggs is a reporter at the Coastal Wire covering local politics.\n\n"
        "\u00a9 2024 Coastal Wire Ltd. All rights reserved.\nLeave a comment\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    cleaned = clean_article(Article(SourceSpec("a", path, "a.txt", "Coastal Wire"), raw, "utf-8"))
    assert [b.text for b in cleaned.blocks] == [
        "Council Votes to Close the Old Harbour",
        "The town council voted on Tuesday to close the old harbour, ending a decade of debate.",
        "The decision passed by nine votes to four, said Maria Okonkwo, the council's finance chair.",
        "Residents will be consulted on the new marina this summer.",
    ]
    assert cleaned.blocks[0].kind == "heading"
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Skip to content"] == "navigation"
    assert reasons["Published: 3 March 2024 08:15"] == "date-line"
    assert reasons["Jo Bloggs is a reporter at the Coastal Wire covering local politics."] == "author-bio"
    assert reasons["Ferry Timetable Changes From April"] == "link-list"


def test_markdown_articles_keep_headings_and_join_wrapped_lines(tmp_path):
    raw = "# Harbour Closes\n\nThe council voted to close\nthe harbour on Tuesday.\n\n## Reaction\n\nTraders were *furious* about [the vote](https://example.org).\n"
    path = tmp_path / "a.md"
    path.write_text(raw)
    cleaned = clean_article(Article(SourceSpec("a", path, "a.md", "X"), raw, "utf-8"))
    assert [(b.kind, b.text, b.line) for b in cleaned.blocks] == [
        ("heading", "Harbour Closes", 1),
        ("paragraph", "The council voted to close the harbour on Tuesday.", 3),
        ("heading", "Reaction", 6),
        ("paragraph", "Traders were furious about the vote.", 8),
    ]
