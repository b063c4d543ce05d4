"""The cleaner strips scraping junk and keeps every body sentence, on cases invented for the rules.

The cases live in fixtures/clean_cases.txt, one readable case per rule (as markdown-it-py keeps
its fixtures): the raw article, the blocks kept with their raw lines, the lines removed with the
rule that removed them. A failure names the case's line in the fixture file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from digest.clean import clean_article
from digest.model import Article, SourceSpec

CASES_FILE = Path(__file__).parent / "fixtures" / "clean_cases.txt"


@dataclass(frozen=True)
class Case:
    title: str
    line: int
    """Where the case starts in the fixture file."""
    raw: str
    kept: tuple[tuple[str, int, str], ...]
    """(kind, raw line, text) of each block kept."""
    removed: tuple[tuple[str, str], ...]
    """(rule, text) of each line removed."""

    def __str__(self) -> str:
        return f"{CASES_FILE.name}:{self.line} ({self.title})"


def read_cases(path: Path = CASES_FILE) -> list[Case]:
    lines = path.read_text(encoding="utf-8").split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")] + [len(lines)]
    cases = []
    for start, end in zip(starts, starts[1:]):
        body = lines[start + 1:end]
        while body and not body[-1]:
            body.pop()
        dots = [i for i, line in enumerate(body) if line == "."]
        assert len(dots) == 2, f"{path.name}:{start + 1}: a case needs two '.' lines"
        raw, kept, removed = body[:dots[0]], body[dots[0] + 1:dots[1]], body[dots[1] + 1:]
        blocks = []
        for line in kept:
            kind = "heading" if line.startswith("# ") else "paragraph"
            number, text = line.removeprefix("# ").split(" ", 1)
            blocks.append((kind, int(number.lstrip("@")), text))
        cases.append(Case(lines[start][3:], start + 1, "\n".join(raw) + "\n", tuple(blocks),
                          tuple(tuple(line.split(": ", 1)) for line in removed)))
    return cases


CASES = read_cases()


def clean_text(raw: str, strip: tuple[str, ...] = (), name: str = "a.txt", outlet: str = "Outlet", byline: str | None = None):
    return clean_article(Article(SourceSpec("a", Path(name), name, outlet, byline=byline, strip=strip), raw, "utf-8"))


def test_the_fixture_file_has_a_case_for_each_kind_of_junk():
    rules = {rule for case in CASES for rule, _ in case.removed}
    assert {"navigation", "date-line", "copyright", "author-bio", "link-list"} <= rules


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_cleaner_keeps_the_body_and_removes_the_junk(case):
    cleaned = clean_text(case.raw)
    assert [(b.kind, b.line, b.text) for b in cleaned.blocks] == list(case.kept), case
    assert [(r.reason, r.text) for r in cleaned.removed] == list(case.removed), case


@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_block_and_removed_line_points_at_its_own_raw_line(case):
    raw = case.raw.split("\n")
    cleaned = clean_text(case.raw)
    for block in cleaned.blocks:
        first_line = " ".join(raw[block.line - 1].split())  # the cleaner folds runs of spaces
        assert first_line and block.text.startswith(first_line.rstrip(",")), (case, block)
    for removed in cleaned.removed:
        assert " ".join(raw[removed.line - 1].split()) == removed.text, (case, removed)


def test_source_strip_patterns_remove_matching_lines_with_their_pattern_named():
    raw = ("The pier was repainted in blue and white for the summer, the council said.\n\n"
           "Promo code PIER10 gives ten percent off a boat trip this weekend.\n\n"
           "Work on the lighthouse starts in the autumn and should take about a year.\n")
    cleaned = clean_text(raw, strip=("^Promo code",))
    assert [b.text for b in cleaned.blocks] == [
        "The pier was repainted in blue and white for the summer, the council said.",
        "Work on the lighthouse starts in the autumn and should take about a year.",
    ]
    assert [(r.reason, r.text) for r in cleaned.removed] == [("strip:^Promo code", "Promo code PIER10 gives ten percent off a boat trip this weekend.")]
    assert len(clean_text(raw).blocks) == 3  # without the pattern the line is kept


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


def test_a_translated_page_foot_ends_the_article_and_takes_the_prompt_below_it():
    """'All rights of reproduction reserved' is how a translation renders a French or Spanish site's
    signed copyright line: it is the page's foot, and the app prompt under it is no sentence of
    the article (its outlet's name in it was once read as a rival spelling of another paper's)."""
    body = "".join(f"The harbour board met on day {n} of the month and voted on the plan for the quay and its cranes.\n\n" for n in range(1, 7))
    raw = body + "Le Courrier du Port \u00a9 2025 \u2013 All rights of reproduction reserved\nDownload the application Courrier+ to read the newspaper edition\n"
    cleaned = clean_text(raw)
    assert [b.text for b in cleaned.blocks] == [p for p in body.split("\n\n") if p.strip()]
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Le Courrier du Port \u00a9 2025 \u2013 All rights of reproduction reserved"] == "copyright"
    assert reasons["Download the application Courrier+ to read the newspaper edition"] == "outside-body"


PAGE_FURNITURE = [
    "Advertisement", "Story continues below advertisement", "Sign up for our daily newsletter to get the latest news",
    "Read more: Harbour plan faces new delay", "Follow us on X and Facebook",
    "This article was amended on 4 March 2024 to correct the name of the harbour master.", "Topics: Harbour, Council, Transport",
    "Most read", "(Reporting by Anna Berg; Editing by Tom Vik)", "Photo: AFP / Getty Images", "Listen to this article", "5 min read",
    "Share this with", "Copy link", "Related Topics", "More on this story", "Published 3 hours ago", "Click here to subscribe",
    "Image source, Getty Images", "Image caption, The quay at dawn", "Get the best of our journalism delivered to your inbox",
    "We use cookies to improve your experience.", "You may also like", "Sponsored content", "Continue reading the main story",
    "Skip to main content", "Leave a comment", "Report an error"
]


def test_a_media_label_glued_to_its_caption_is_a_caption():
    """'Media caption The harbour master explains …': the page set the label and the caption in two
    spans, and the copy ran them together; between paragraphs, still a caption."""
    body = [f"The harbour board met on day {n} of the month and voted on the plan for the quay and its cranes." for n in range(1, 5)]
    raw = "\n\n".join(body[:2] + ["Media caption The harbour master explains why the quay was closed to ships on Tuesday"] + body[2:]) + "\n"
    assert [b.text for b in clean_text(raw).blocks] == body


def test_common_page_furniture_between_and_after_paragraphs_is_dropped():
    """Lines any news page carries (share and follow prompts, a consent banner that only says
    cookies are used, reading times, credits, 'Most read'), between and after an article's
    paragraphs: all dropped, every paragraph kept."""
    body = [f"The harbour board met on day {n} of the month and voted on the plan for the quay and its cranes." for n in range(1, 6)]
    raw = "\n\n".join(body[:2] + PAGE_FURNITURE[:14] + body[2:] + PAGE_FURNITURE[14:]) + "\n"
    kept = [b.text for b in clean_text(raw).blocks]
    assert kept == body


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


def test_a_list_pasted_into_one_markdown_paragraph_is_judged_line_by_line():
    # A page pasted without blank lines leaves its 'Related' list, an author's note and an app
    # prompt as one Markdown paragraph; wrapped prose in another paragraph still joins.
    raw = ("The council voted to close the harbour\nto cargo ships on Tuesday.\n\n"
           "Related stories\nWhat the harbour closure means for the island's ferries\nWhich piers in Ostby are still open?\n"
           "Ines Falk is the Courier's harbour correspondent.\nDownload the Courier app and turn on alerts for your area\n")
    cleaned = clean_text(raw, name="a.md", outlet="The Harbour Courier")
    assert [(b.text, b.line) for b in cleaned.blocks] == [("The council voted to close the harbour to cargo ships on Tuesday.", 1)]
    assert [r.line for r in cleaned.removed] == [4, 5, 6, 7, 8]


def test_a_markdown_breadcrumb_of_links_is_navigation_not_a_heading():
    raw = ("[Home](https://example.com) > [News](https://example.com/news)\n\n"
           "# The ferry adds a crossing\n\n"
           "The ferry will run an extra crossing on Saturdays from June.\n")
    cleaned = clean_text(raw, name="a.md")
    assert [b.text for b in cleaned.blocks] == ["The ferry adds a crossing", "The ferry will run an extra crossing on Saturdays from June."]
    assert [(r.reason, r.text) for r in cleaned.removed] == [("navigation", "Home > News")]


def test_the_outlet_advertising_its_own_video_is_junk_and_other_outlets_are_reported():
    raw = ("The ferry will run an extra crossing on Saturdays from June.\n\n"
           "Ferries have become the coast's lifeline. HC explains how the crossing kept the islands supplied.\n\n"
           "The Harbour Courier explains the new timetable in a short video.\n\n"
           "The Coast Herald examines the accounts, the mayor said on Friday, and found no fault.\n")
    cleaned = clean_text(raw, outlet="The Harbour Courier")
    assert [b.text for b in cleaned.blocks] == [
        "The ferry will run an extra crossing on Saturdays from June.",
        "The Coast Herald examines the accounts, the mayor said on Friday, and found no fault."]
    assert {r.reason for r in cleaned.removed} == {"promo"}


def test_the_authors_box_by_first_name_and_the_outlet_pledging_its_standards_are_junk():
    raw = ("Naomi Rask, Island Radio News, Harbourton\n"
           "Naomi covers health and social care for Island Radio in the south of the country.\n"
           "The harbour authority fined the ferry operator 40,000 crowns after a ramp failed twice in one week.\n"
           "Naomi Lund, a passenger, said she had waited four hours on the ramp.\n"
           "Island Radio adheres to the Island Trust Principles of independence and integrity.\n")
    cleaned = clean_text(raw, outlet="Island Radio", byline="Naomi Rask")
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Naomi covers health and social care for Island Radio in the south of the country."] == "author-bio"
    assert reasons["Island Radio adheres to the Island Trust Principles of independence and integrity."] == "about-outlet"
    assert "Naomi Lund, a passenger, said she had waited four hours on the ramp." in [b.text for b in cleaned.blocks]


def test_the_outlet_trailing_its_own_programme_is_junk_and_another_outlets_programme_is_reported():
    raw = ("The harbour authority fined the ferry operator 40,000 crowns after a ramp failed twice in one week.\n"
           "Island Radio Evening will have a full report from the harbour at six.\n"
           "Coast TV will have a special programme on the ferries tonight, the broadcaster said.\n")
    cleaned = clean_text(raw, outlet="Island Radio")
    assert [(r.reason, r.text) for r in cleaned.removed] == [("promo", "Island Radio Evening will have a full report from the harbour at six.")]
    assert cleaned.blocks[-1].text.startswith("Coast TV will have")


def test_the_outlet_describing_itself_is_junk_and_a_report_about_another_outlet_stays():
    raw = ("The ferry will run an extra crossing on Saturdays from June.\n\n"
           "Harbour, the news division of Harbour Holdings, is a leading provider of regional news and pictures.\n\n"
           "The Harbour Courier is an independent, reader-funded publication about the coast.\n\n"
           "The Coast Herald is a weekly paper that first reported the timetable, the mayor said.\n")
    cleaned = clean_text(raw, outlet="The Harbour Courier")
    assert [b.text for b in cleaned.blocks] == [
        "The ferry will run an extra crossing on Saturdays from June.",
        "The Coast Herald is a weekly paper that first reported the timetable, the mayor said."]
    assert {r.reason for r in cleaned.removed} == {"about-outlet"}


@pytest.mark.parametrize("kept, junk", [
    ("Harbour Courier reported the closure of the old pier first, in March.",  # the outlet founded in a year, or under an 'About' label
     ["Founded in 1998, the Harbour Courier is the coast's leading source of local news.",
      "About Harbour Courier: We report on the islands, their ferries and their councils."]),
    ("The Coast Herald is part of Northgate Media, the operator's owner said.",  # the outlet naming its group or what it provides
     ["Harbour Courier is part of Lakeside Media Group, the publisher of the Evening Lamp.",
      "Harbour Courier provides free, independent news for everyone on the coast."]),
    ("The Harbour Standards Board fined the operator, and the Harbour Principles Trust welcomed it.",  # the outlet's own code named after it
     ["The Harbour Principles: independence, integrity and freedom from bias.",                      # ('Harbour' is the outlet's first word)
      "The Harbour Courier Trust Principles."]),
])
def test_the_outlet_describing_itself_is_junk_and_a_report_naming_an_outlet_stays(kept, junk):
    raw = "\n\n".join(["The ferry will run an extra crossing on Saturdays from June.", kept, *junk]) + "\n"
    cleaned = clean_text(raw, outlet="The Harbour Courier")
    assert [b.text for b in cleaned.blocks] == ["The ferry will run an extra crossing on Saturdays from June.", kept]
    assert [r.reason for r in cleaned.removed] == ["about-outlet", "about-outlet"]


def test_a_note_about_the_articles_own_author_is_junk_and_the_same_name_in_the_story_stays():
    raw = ("By Ines Falk\n\n"
           "Ines Falk said the ferry would run an extra crossing on Saturdays from June.\n\n"
           "The harbour board approved the timetable on Friday after a long debate.\n\n"
           "Ines Falk has covered the coast's ferries and ports since 2019 and is a former harbour pilot.\n")
    cleaned = clean_text(raw, outlet="The Harbour Courier")
    assert [b.text for b in cleaned.blocks] == [
        "Ines Falk said the ferry would run an extra crossing on Saturdays from June.",
        "The harbour board approved the timetable on Friday after a long debate."]
    assert [r.reason for r in cleaned.removed] == ["byline", "author-bio"]
    by_front_matter = clean_text(raw.replace("By Ines Falk\n\n", "").replace("Ines Falk has", "Tom Poe has"), outlet="The Harbour Courier", byline="Tom Poe")
    assert [r.reason for r in by_front_matter.removed] == ["author-bio"]


@pytest.mark.parametrize("line", [
    "Podcast: The Lobby - who really runs the coalition?",
    "This article appeared in print on page 1 of The Harbour Courier on Friday 13 March.",
    "Additional reporting by Jane Doe in Oslo; Editing by Tom Poe",
    "[Facebook] [X] [LinkedIn] [Email] [Copy link]",
    "Market data delayed by at least 15 minutes.",
    "harbour_fan88 \u00b7 5h ago: 14 arrests my foot, I saw fifty lads lifted at the station alone",
    "Join the conversation: log in or register to comment",
    "Our earlier report follows.",
    "Harbour Radio's live coverage continues on HR Player.",
    "The Coast Radio is not responsible for the content of external sites.",
    "You can accept, reject or manage your choices at any time by clicking Privacy preferences.",
    # written with an ellipsis or a lead word
    "You may also like...", "All market data delayed 20 minutes.", "Tell us what YOU think\u2026", "This slideshow requires JavaScript.",
])
def test_page_furniture_without_its_usual_words_is_junk(line):
    assert between_body(line) == [BODY, BODY]


@pytest.mark.parametrize("header", ["RELATED NEWS", "Keep reading", "Mehr zum Thema", "Lire aussi", "More on this story"])
def test_a_list_of_headlines_under_a_related_header_is_a_link_list(header):
    raw = f"{BODY}\n{header}\nThe strike was felt in the next port too\nWhat a lockout means for shippers\nCoal country: life after the last shift?\n"
    assert [b.text for b in clean_text(raw).blocks] == [BODY]


@pytest.mark.parametrize("line, reason", [
    ("COMMENTS ARE MODERATED AND MAY TAKE A DAY TO APPEAR.", "comment-policy"),
    ("Your e-mail address will not be published.", "comment-policy"),
    ("WHEN YOU BUY THROUGH LINKS ON OUR SITE, WE MAY EARN A COMMISSION.", "disclosure"),
    ("Affiliate disclosure: we are paid for some links.", "disclosure"),
    ("As an Amazon associate program member this site earns from qualifying purchases.", "disclosure"),
    ("C\u0130TY L\u0130NKS: when you buy through links on our site, we may earn a comm\u0131ssion.", "disclosure"),
    ("The harbour master (right) greets the crew as the ferry docks.", "caption"),
])
def test_the_quick_look_before_a_rule_never_skips_a_line_its_pattern_finds(line, reason):
    cleaned = clean_text("The ferry will run an extra crossing on Saturdays from June.\n" + line + "\n")
    assert [(r.reason, r.text) for r in cleaned.removed] == [(reason, line)]


@pytest.mark.parametrize("between", ["", "By Ana Ruiz, Staff Reporter\nShare on Facebook\n"], ids=["adjacent", "junk-between"])
def test_a_headline_over_a_paragraph_on_one_line_is_not_joined_to_it(between):
    """A page saved one block a line: the sentence-case headline has no full stop, but the line
    after it is a whole paragraph, far longer than any wrapped line would be."""
    raw = ("Dam operator fined after flood warning came too late\n" + between +
           "The operator of the Tessel dam was fined 2.4 million dollars after a flood warning reached villages downstream two hours late, the regulator said.\n"
           "It found the alarm had not been tested for eighteen months.\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert texts[0] == "Dam operator fined after flood warning came too late"
    assert texts[1].startswith("The operator of the Tessel dam")


def test_a_headline_and_its_standfirst_on_two_lines_are_not_one_sentence():
    """The headline, unpunctuated, and the standfirst on the next line, no longer than it: a
    headline ends on a word a phrase can end on and the next line opens anew with a capital, as
    the first line of a wrapped sentence does not ('… to close the' / 'library')."""
    raw = ("Mill town finally heard as damning report on the river spill is published\n"
           "Inspectors say the spill could have been stopped within an hour\n\n"
           "For six years residents of Harrow Mill have kept the letters the water board sent them about the spill.\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert texts[:2] == ["Mill town finally heard as damning report on the river spill is published",
                         "Inspectors say the spill could have been stopped within an hour"]
    wrapped = ("The council voted on Monday to close the old bridge over the\n"
               "Tessel river for eighteen months while engineers repair the arches.\n")
    assert [b.text for b in clean_text(wrapped).blocks] == [" ".join(wrapped.split())]


def test_a_headline_and_its_standfirst_below_a_masthead_are_not_one_sentence():
    """A page's name kept above the headline ('THE HARROW VOICE'): the headline is no longer the
    first line, but no line above it has ended a sentence, so the page's header is not over and
    its standfirst still opens anew."""
    raw = ("THE HARROW VOICE\n"
           "Mill town finally heard as damning report on the river spill is published\n"
           "Inspectors say the spill could have been stopped within an hour\n\n"
           "For six years residents of Harrow Mill have kept the letters the water board sent them about the spill.\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert "Mill town finally heard as damning report on the river spill is published" in texts
    assert "Inspectors say the spill could have been stopped within an hour" in texts
    after_a_sentence = ("The water board apologised on Monday.\n"
                        "Its chairman said the board had failed the town and its people in the\n"
                        "Harrow valley for years and would pay for new pipes.\n")
    wrapped = after_a_sentence.split("\n", 1)[1]
    assert [b.text for b in clean_text(after_a_sentence).blocks][-1] == " ".join(wrapped.split())


def test_hard_wrapped_lines_are_still_joined():
    raw = ("The operator of the Tessel dam was fined 2.4 million dollars after a\n"
           "flood warning reached villages downstream two hours late, the\n"
           "regulator said on Thursday after a review of the alarm system that\n"
           "had not been tested for eighteen months.\n")
    assert [b.text for b in clean_text(raw).blocks] == [" ".join(raw.split())]


def test_a_sentence_after_a_list_of_related_headlines_is_the_article_going_on():
    raw = ("The union said 4,200 members had walked out over pay and staffing after talks with the operators broke down.\n"
           "Recommended\n"
           "Union leader says more strikes likely\n"
           "Operators warn of weeks of disruption\n"
           "The operators said they remained open to talks.\n")
    cleaned = clean_text(raw)
    assert [b.text for b in cleaned.blocks][-1] == "The operators said they remained open to talks."
    assert [r.text for r in cleaned.removed if r.reason == "link-list"] == ["Union leader says more strikes likely", "Operators warn of weeks of disruption"]


def test_a_newsletter_box_reply_is_junk_though_it_is_a_sentence():
    raw = ("The union said 4,200 members had walked out over pay and staffing after talks with the operators broke down.\n"
           "Sign up for the Daily Briefing newsletter\n"
           "Thanks for signing up!\n")
    assert [b.text for b in clean_text(raw).blocks] == ["The union said 4,200 members had walked out over pay and staffing after talks with the operators broke down."]


BODY = "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract, ending a three-week strike."


def between_body(line: str) -> list[str]:
    """The cleaned blocks of `line` standing alone between two paragraphs of an article."""
    return [b.text for b in clean_text(f"{BODY}\n\n{line}\n\n{BODY}\n").blocks]


@pytest.mark.parametrize("junk", [
    "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
    "We apologize, but this video has failed to load.",
    "Tap here to see other videos from our team.",
    "Save articles to read later and create your own reading list.",
    "Follow our coverage of the port dispute at https://herald.example/hub/ports",
    "This story includes material from the Northport Press Agency (NPA).",
    "This report contains reporting from Harbour Wire.",
    "Have your say: please read our community guidelines before commenting.",
    "Follow Coast Radio News on social media for the latest from the harbour.",
    "This article is based on a Harbour Wire report, with additional reporting by the Marrow Evening Post.",
    "This report is based on an earlier version of a Harbour Wire story, with additional reporting by Post staff.",
    "This article contains material from Harbour Wire and has been supplemented with reporting by the Marrow Post.",
    "Originally published by Harbour Wire; additional reporting by Post staff.",
    "The Harbour Wire standards: accuracy, independence, fairness.",
    "Coast Radio editorial standards: accurate, independent, free from bias.",
    "Harbour Wire journalism follows the Harbour Wire editorial code.",
])
def test_widget_sentences_are_junk(junk):
    assert between_body(junk) == [BODY, BODY]


@pytest.mark.parametrize("text", [
    "The report includes material from the port's own inspections, the union said.",
    "Dockers follow the talks on social media, where the union posts updates every evening.",
    "This report is based on interviews with 40 dockers and their families, the union said.",
    "The new port code: cheaper, faster and greener, the minister said of the rules.",
    "The safety code: every crane must be inspected twice a year.",
])
def test_sentences_that_only_look_like_credits_or_prompts_stay(text):
    assert between_body(text) == [BODY, text, BODY]


def test_the_line_under_a_pictures_caption_toggle_is_its_caption():
    raw = f"{BODY}\nEnlarge this image\ntoggle caption\nShips wait to unload outside the harbour last week.\nThe union said 78 percent of members backed the deal.\n"
    cleaned = clean_text(raw)
    assert [b.text for b in cleaned.blocks] == [BODY, "The union said 78 percent of members backed the deal."]
    assert [r.reason for r in cleaned.removed] == ["caption", "caption", "caption"]


RELEASE = (
    "OSTBY, Norway, March 14, 2026 /Wire Service/ -- Fjordline Ferries today announced that it will add two routes this summer.\n"
    "The routes link Ostby with the islands of Rana and Vik from June.\n"
    "\"Demand has never been higher,\" said Nora Hals, chief executive of Fjordline Ferries.\n"
    "About Fjordline Ferries\n"
    "Fjordline Ferries runs 14 vessels on the west coast. For more information, visit fjordline.example.\n"
    "Forward-Looking Statements\n"
    "This release contains forward-looking statements. Actual results may differ materially.\n"
    "Media contact:\n"
    "press@fjordline.example\n"
)


def test_a_press_releases_dateline_about_section_and_legal_notice_are_junk():
    cleaned = clean_text(RELEASE)
    assert [b.text for b in cleaned.blocks] == [
        "Fjordline Ferries today announced that it will add two routes this summer.",
        "The routes link Ostby with the islands of Rana and Vik from June.",
        "\"Demand has never been higher,\" said Nora Hals, chief executive of Fjordline Ferries.",
    ]
    assert {r.reason for r in cleaned.removed} >= {"dateline", "release"}


def test_an_about_heading_over_a_paragraph_about_something_else_is_kept():
    """'About' over a paragraph that does not name what it is about is the article's own sub-heading."""
    raw = ("Fjordline Ferries will add two routes this summer, the company said on Monday.\n"
           "The routes link Ostby with the islands of Rana and Vik from June.\n"
           "About Rana\n"
           "The island has 2,400 residents and no bridge to the mainland.\n")
    assert "The island has 2,400 residents and no bridge to the mainland." in [b.text for b in clean_text(raw).blocks]


def test_an_about_section_of_a_page_that_is_no_press_release_is_kept():
    raw = ("Python is easy to learn, and this tutorial shows how to start a first project in it.\n"
           "We install it, write a script and run it from the command line.\n"
           "About Python\n"
           "Python is an interpreted language with dynamic typing and a large standard library.\n")
    assert "Python is an interpreted language with dynamic typing and a large standard library." in [b.text for b in clean_text(raw).blocks]


@pytest.mark.parametrize("appeal", [
    "Our journalism relies on readers like you. Support us today.",
    "If you value independent reporting, please consider making a donation.",
    "You have read 3 of 5 free articles this month.",
    "Become a member and get unlimited access.",
    "Got a news tip? Contact our newsroom.",
    "Do you have information about this story? Get in touch.",
    "We want to hear from you. Share your experience of the strike in the form below.",
    "Click here to read the full report.",
])
def test_the_outlet_asking_its_reader_for_money_or_a_tip_is_junk(appeal):
    assert between_body(appeal) == [BODY, BODY]


@pytest.mark.parametrize("sentence", [
    "\u201cWe want to hear from you,\u201d the mayor told residents at the meeting.",
    "The charity asked residents to donate blankets and tinned food.",
    "Police urged anyone with information about the fire to contact them.",
    "Share prices of the operator rose 4 percent after the vote, you might say a relief rally.",
])
def test_sentences_of_the_story_that_mention_giving_or_contact_are_kept(sentence):
    assert sentence in between_body(sentence)


def test_a_correction_notice_is_junk():
    notice = "An earlier version of this article misstated the share of members who backed the deal."
    assert between_body(notice) == [BODY, BODY]


def test_a_machine_translated_pages_ad_label_and_list_header_are_junk():
    body = "The stevedores of the terminal voted this Monday to accept a new contract, which puts end to a strike of three weeks."
    raw = f"{body}\nPUBLICITY\nYou can be interested in:\nThe leader of the union says that more strikes are probable\n{body}\n"
    cleaned = clean_text(raw)
    assert [b.text for b in cleaned.blocks] == [body, body]
    assert [r.reason for r in cleaned.removed] == ["navigation", "link-list", "link-list"]


def test_a_sentence_broken_around_links_is_whole_again_with_its_full_stop():
    """A page saved one text node a line: the linked words and the full stop after them stand on
    lines of their own, also at the very end of the article."""
    raw = ("Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n"
           "Ships were delayed by up to nine days, according to\nthe port authority\n.\n"
           "The strike cost the local economy an estimated 40 million euros, according to a study by\nHalden University\n.\n")
    assert [b.text for b in clean_text(raw).blocks] == [
        "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.",
        "Ships were delayed by up to nine days, according to the port authority.",
        "The strike cost the local economy an estimated 40 million euros, according to a study by Halden University.",
    ]


def test_a_short_widget_ending_on_a_preposition_after_the_article_is_still_junk():
    raw = ("Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n"
           "More from\nHerald Business\n")
    assert [b.text for b in clean_text(raw).blocks] == ["Dockworkers at the Marrow container terminal voted on Monday to accept a new contract."]


WRAPPED = ("The operator of the Tessel dam was fined 2.4 million dollars after a flood\n"
           "warning reached villages downstream two hours late, the regulator said on\n"
           "Thursday after a review of the alarm system that had not been tested for\n"
           "eighteen months.\n")


def test_a_hard_wrapped_last_paragraph_whose_last_line_is_short_is_kept_whole():
    """Pasted copy wrapped at a fixed width: no line but the short last one ends a sentence, and
    the lines before it are the article, not widgets trailing after it."""
    assert [b.text for b in clean_text(WRAPPED).blocks] == [" ".join(WRAPPED.split())]


def test_a_word_hyphenated_at_the_end_of_a_wrapped_line_is_whole_again():
    raw = WRAPPED.replace("a flood\nwarning", "a flood warn-\ning").replace("said on\nThursday", "said on Thurs-\nday")
    assert clean_text(raw).blocks[0].text == " ".join(WRAPPED.split())


def test_hard_wrapped_paragraphs_after_the_last_full_line_are_the_article():
    """Paragraphs wrapped at 72 columns whose lines each hold a sentence's end mid-line: the line
    below goes on in lower case, so they are text, not widgets after the article."""
    raw = ("Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n\n"
           "Shipping groups said it would take weeks to clear the backlog. About 41\n"
           "ships were still waiting on Monday evening, according to the port\n"
           "authority.\n\n"
           "Follow-up talks on pensions are set for April. The union has warned it\n"
           "could strike again.\n")
    assert [b.text for b in clean_text(raw).blocks] == [
        "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.",
        "Shipping groups said it would take weeks to clear the backlog. About 41 ships were still waiting on Monday evening, according to the port authority.",
        "Follow-up talks on pensions are set for April. The union has warned it could strike again.",
    ]


def test_a_cookie_notice_with_its_button_after_the_article_is_junk():
    raw = ("Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n"
           "This website uses cookies to ensure you get the best experience on our website. Learn more\n"
           "Got it!\n")
    assert not any("cookies" in b.text for b in clean_text(raw).blocks)


def test_a_wrapped_line_that_starts_like_junk_is_the_first_half_of_a_sentence():
    raw = ("Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n\n"
           "Copyright laws were not the issue, Wren added, but the company's use of temporary\n"
           "contracts was. Updated figures from the port authority show 41 ships still waiting.\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert texts[1] == ("Copyright laws were not the issue, Wren added, but the company's use of temporary contracts was. "
                        "Updated figures from the port authority show 41 ships still waiting.")


def test_a_related_list_headed_by_also_on_the_outlet_is_junk():
    raw = ("The council approved the harbour plan on Tuesday after a long debate in the town hall.\n\n"
           "Also on Harbour Radio\nHow does a council vote work?\nFerry strike: crossings return to normal\n\n"
           "More from the mayor was expected on Friday, aides said, as the council met again.\n")
    cleaned = clean_text(raw, outlet="Harbour Radio")
    assert [b.text for b in cleaned.blocks] == [
        "The council approved the harbour plan on Tuesday after a long debate in the town hall.",
        "More from the mayor was expected on Friday, aides said, as the council met again."]


def test_an_inline_teaser_is_junk_but_a_sentence_opening_with_also_in_a_place_is_the_article():
    raw = ("The council approved the harbour plan on Tuesday after a long debate in the town hall.\n\n"
           "ALSO ON CAMPUS: University climbs in national ranking\n\n"
           "Also in Wendmouth the storm made itself felt: at the pier the gauge recorded 2.1 metres, a record for March.\n")
    assert [b.text for b in clean_text(raw).blocks] == [
        "The council approved the harbour plan on Tuesday after a long debate in the town hall.",
        "Also in Wendmouth the storm made itself felt: at the pier the gauge recorded 2.1 metres, a record for March."]


@pytest.mark.parametrize("dateline", ["HARBOURTON (Coast Press) - ", "HARBOURTON, June 14 (CP) - ", "Harbourton, 14 June 2026 (CP) \u2013 ",
                                      "PORT ELLIS, Ostravia, March 9 (CP) - "])
def test_a_wire_dateline_with_or_without_its_date_is_no_part_of_the_first_sentence(dateline):
    body = "Seven people were hurt when a ferry ramp collapsed at the harbour on Saturday night, police said."
    cleaned = clean_text(dateline + body + "\n")
    assert [b.text for b in cleaned.blocks] == [body]
    assert [(r.reason, r.text) for r in cleaned.removed] == [("dateline", dateline.strip())]


def test_a_dateline_after_the_pages_header_lines_is_still_stripped():
    body = "Seven people were hurt when a ferry ramp collapsed at the harbour on Saturday night, police said."
    raw = "Coast Press Agency\n\nSearch CP\n\nFerry ramp collapses in Harbourton\n\nHARBOURTON, Ostravia, Feb 7 (CP) - " + body + "\n\nA later paragraph says HARBOURTON, March 9 (CP) - is no dateline of its own here.\n"
    cleaned = clean_text(raw)
    assert body in [b.text for b in cleaned.blocks]
    assert ("dateline", "HARBOURTON, Ostravia, Feb 7 (CP) -") in [(r.reason, r.text) for r in cleaned.removed]


def test_a_caption_ending_in_an_agency_and_photographer_credit_is_junk():
    raw = ("Seven people were hurt when a ferry ramp collapsed at the harbour on Saturday night, police said.\n\n"
           "A rescue boat lies beside the collapsed ramp in Harbourton, Ostravia, February 7, 2026. CP/Anna Lind\n\n"
           "The ramp had been inspected in May, the port authority said, and no fault was found.\n")
    cleaned = clean_text(raw)
    assert [b.text for b in cleaned.blocks] == [
        "Seven people were hurt when a ferry ramp collapsed at the harbour on Saturday night, police said.",
        "The ramp had been inspected in May, the port authority said, and no fault was found."]


def test_a_caption_credited_to_a_named_agency_and_photographer_is_junk():
    raw = ("The minister resigned on Thursday after the audit office published its report.\n\n"
           "The minister leaves a news conference at the ministry in Tollvik, February 12, 2026. Ostral Press/Jonas Brekk\n\n"
           "Her successor will be sworn in on Monday, the prime minister's office said.\n")
    cleaned = clean_text(raw)
    assert [b.text for b in cleaned.blocks] == ["The minister resigned on Thursday after the audit office published its report.",
                                                "Her successor will be sworn in on Monday, the prime minister's office said."]


@pytest.mark.parametrize("line", [
    # a picture's caption: who stands where, a photographer and agency in capitals in brackets, 'In this <date>, file photo'
    "Mayor Ane Holm, left, and harbour master Per Dahl inspect the collapsed ramp in Harbourton, Ostravia, Sunday, Feb. 8, 2026.",
    "Divers search the water under the ramp on Sunday morning. (JONAS BREKK/OSTRAL PRESS)",
    "In this Feb. 8, 2026, file photo, divers search the water under the collapsed ramp in Harbourton.",
    "Ane Holm, mayor of Harbourton, pictured at the opening of the ramp in 2019, when she was the port's director.",
    # the writer's contact line, a widget's sentence saved with its value empty
    "Have a tip? Ane Holm may be reached at aholm@harbour.example.",
    "Follow her on Twitter @aneholm or on Facebook.",
    "Your weather is set to . You can change the location at any time.",
    # a sign-up or contact form's reply once sent (or failing)
    "You have been successfully subscribed!",
    "There was an error processing your subscription.",
    "Thanks for contacting us. We've received your submission.",
    "Thank you! Your submission has been received!",
    "Oops! Something went wrong while submitting the form.",
    "An email with an activation link has just been sent to your email address.",
    "Keep an eye on your inbox for the latest harbour news.",
    # an affiliate disclosure
    "This post may contain affiliate and/or referral links. Please see my disclosure page.",
    "If you buy something through this post, Harbour News may get a share of the sale.",
    "Ostral Media may earn an affiliate commission if you purchase something through links in this article.",
])
def test_a_line_of_page_furniture_between_two_paragraphs_is_junk(line):
    """A picture's caption, the writer's contact line, a widget's or a form's sentence, an
    affiliate disclosure: the page's, not the article's, wherever the page saved it. (An
    agency's initials alone in brackets end subheadings too: 'Heartbeat and Status Controller
    (HSC)', so they make no caption.)"""
    body = ["Seven people were hurt when a ferry ramp collapsed at the harbour on Saturday night, police said.",
            "The ramp had been inspected in May, the port authority said, and no fault was found."]
    assert [b.text for b in clean_text(f"{body[0]}\n\n{line}\n\n{body[1]}\n").blocks] == body


@pytest.mark.parametrize("body", [
    ["The visitors scored twice with four minutes left, and the home side never recovered.",
     "The inspection was carried out by the Ostravian Maritime Authority (OMA).",
     "Ostravian Maritime Authority (OMA)",
     "The authority's findings were sent to the ministry on Friday and published in full.",
     "In this year's budget the port authority set aside 2 million marks for repairs."],
    ["The harbour can be reached at low tide only, the port authority said on Monday.",
     "Follow-up checks on the other ramps will start next week, the authority said.",
     "The port's fee is set to 4.5 per cent of a cargo's value from March."],
    ["The council said it had received 412 submissions on the harbour plan by Friday.",
     "There was an error in the first count of the votes, the returning officer said.",
     "Thank you, the mayor told the harbour workers at the opening of the new berth."],
    ["The ferry operator said it would earn a commission on every ticket sold by the harbour office.",
     "Investigators said the fake invoices landed in the port authority's inbox in May."],
    ["Ane Holm, the mayor, said she had been pictured at the opening of the ramp by mistake.",
     "The Harbour Trust, which owns the ramp, is pictured in the report as its only insurer."],
], ids=["like-captions", "like-contact-lines", "like-form-replies", "like-disclosures", "pictured-in-prose"])
def test_an_articles_sentences_like_page_furniture_stay(body):
    """Minutes left between commas, an abbreviation in brackets, 'in this' with no picture;
    reaching a place, following up, a rate set to a figure; submissions, an error, a thanks;
    a commission, an inbox: the article's own sentences."""
    assert [b.text for b in clean_text("\n\n".join(body) + "\n").blocks] == body


def test_commenters_rows_make_a_thread_that_ends_the_article():
    """'quaywatcher says:' over each of two readers' comments: a comment thread below the article,
    however many words its comments hold. An article's 'He says:' over a quotation names no one."""
    article = "".join(f"The port authority said on Monday that berth {n} would reopen after repairs to its crane rails.\n\n" for n in range(1, 5))
    first = " ".join(f"I have worked on quay {n} for thirty years and its cranes were never this bad, whatever the port authority says." for n in range(1, 5))
    second = " ".join(f"The fenders of berth {n} were replaced in 2019 and nobody has checked them since, as far as I know." for n in range(1, 5))
    thread = ("12 responses to \u201cBerths to reopen\u201d\n\nquaywatcher says:\n\nMarch 3, 2026 at 6:34 am\n\n" + first + "\n\n"
              "Marit L. says:\n\nMarch 3, 2026 at 7:02 am\n\n" + second + "\n")
    texts = [b.text for b in clean_text(article + thread).blocks]
    assert not any("thirty years" in t or "fenders" in t for t in texts)
    assert sum(t.startswith("The port authority") for t in texts) == 4
    quoted = article + "He says:\n\nThe cranes will be replaced before the summer, and the berths will reopen one by one.\n\n" \
        "She says:\n\nThe repairs will cost about 2 million marks in all, most of it for the crane rails.\n"
    assert len(clean_text(quoted).blocks) == 8


CARD_ARTICLE = "".join(f"The harbour board said on Monday that berth {n} would reopen in March after repairs to its crane rails.\n" for n in range(1, 6)) + "\n"
"""An article of one run of five lines of prose, as a page saves a paragraph's wrapped lines."""
CARDS = [("Ferry fares to rise in the spring", "Ane Holm", "The operator says fuel costs have doubled since the last review of its fares."),
         ("Storm closes the coast road again", "Per Dahl", "Engineers say the sea wall needs rebuilding before the next winter comes."),
         ("New school opens in the old town", "Mia Lund", "Parents had waited nine years for the building, which cost 12 million marks.")]


@pytest.mark.parametrize("card", [
    lambda headline, writer, summary: f"{headline}\n\n{writer}\n\n{summary}\n\n",
    lambda headline, writer, summary: f"Local News\n\n{headline}\n\nLocal News\n\n{headline}\n\n{summary}\n\n",
], ids=["headline-writer-summary", "section-headline-twice-summary"])
def test_a_grid_of_cards_of_one_shape_below_the_article_is_other_stories_teasers(card):
    """Three cards in a row under the article, each a headline with its writer's name (or its
    section's name over a headline printed twice) and one summary sentence: other stories'."""
    texts = [b.text for b in clean_text(CARD_ARTICLE + "".join(card(*c) for c in CARDS)).blocks]
    assert not any(summary in t for _, _, summary in CARDS for t in texts)
    assert texts[0].startswith("The harbour board said on Monday that berth 1")


@pytest.mark.parametrize("section", [
    lambda headline, writer, summary: f"{writer}\n\n{headline}\n\n{summary}\n\n",
    lambda headline, writer, summary: f"{headline}\n\n{summary}\n\n",
], ids=["profiles", "sub-headed-sections"])
def test_an_articles_profiles_and_sub_headed_sections_below_its_first_paragraph_stay(section):
    """A name over a role over what the person does, or a sub-heading over one paragraph, three
    times under the article's opening: the article's own sections."""
    texts = [b.text for b in clean_text(CARD_ARTICLE + "".join(section(*c) for c in CARDS)).blocks]
    assert all(any(summary in t for t in texts) for _, _, summary in CARDS)


def test_a_short_question_with_no_prose_beside_it_is_another_storys_headline():
    """'Who will win the league this year?' between a section's name and another headline: a
    link to another story, not the article's sentence."""
    article = "".join(f"The harbour board said on Monday that berth {n} would reopen in March after repairs.\n\n" for n in range(1, 5))
    links = "More news\n\nFerry fares to rise in the spring\n\nWho will win the league this year?\n\nSport\n\nStorm closes the coast road\n"
    texts = [b.text for b in clean_text(article + links).blocks]
    assert "Who will win the league this year?" not in texts
    assert sum(t.startswith("The harbour board") for t in texts) == 4


@pytest.mark.parametrize("raw", [
    "The board met on Monday.\n\nWhat happens to the berths now?\n\nThe repairs will take until March, the harbour master said on Tuesday.\n",
    "The harbour master put one question to the board:\n\nWho will pay for the new crane rails?\n\nThe chair, Ane Holm, gave a short answer:\n\nThe port will.\n",
    "The cranes cannot move until the rails are mended and\n\nready for use.\n\nWho will pay for the new crane rails?\n\n"
    "The board said it would decide by March. Its chair\n\nsaid the port would pay.\n",
    "42. Who will pay for the new crane rails?\n\nThe port, in the end.\n",
], ids=["sub-heading", "after-a-colon", "wrapped-text", "numbered"])
def test_an_articles_own_questions_stay(raw):
    """A question heading the paragraph under it, one a line ending in a colon puts, one inside
    hard-wrapped text, a numbered one: the article's."""
    texts = [b.text for b in clean_text(raw).blocks]
    assert any("?" in t for t in texts)


def test_a_teasers_summary_cut_off_over_its_read_more_link_goes_whole():
    """A teaser under its section's name, headline and byline: two paragraphs of summary, the
    last cut off ('...') over 'Read More'. All of it is the teaser's; the article's paragraphs
    above a cut-off line with no teaser's headline or byline over them stay."""
    article = "".join(f"The harbour board said on Monday that berth {n} would reopen in March after repairs.\n\n" for n in range(1, 5))
    teaser = ("Related\n\nFerry fares to rise in the spring\n\nBy Ane Holm\n\n"
              "The ferry operator says its fuel costs have doubled since the last review of its fares.\n\n"
              "Passengers on the island routes will pay most, the operator said at an event on ...\n\nRead More\n")
    texts = [b.text for b in clean_text(article + teaser).blocks]
    assert not any("ferry operator" in t or "island routes" in t for t in texts)
    assert sum(t.startswith("The harbour board") for t in texts) == 4
    cut = article + "The board will meet again in April, and the harbour master hopes to ...\n\nRead More\n"
    assert sum(b.text.startswith("The harbour board") for b in clean_text(cut).blocks) == 4


def test_a_comment_forms_notes_end_the_article():
    """'You are commenting using your … account.', 'Save my name, email, and website in this
    browser for the next time I comment.': the comment form's, below the article."""
    article = "".join(f"The harbour board said on Monday that berth {n} would reopen in March after repairs.\n\n" for n in range(1, 5))
    form = ("Leave a Reply\n\nYou are commenting using your Harbour account.\n\nLog Out / Change\n\n"
            "Save my name, email, and website in this browser for the next time I comment.\n")
    texts = [b.text for b in clean_text(article + form).blocks]
    assert texts == [f"The harbour board said on Monday that berth {n} would reopen in March after repairs." for n in range(1, 5)]


def test_headlines_between_summaries_cut_off_are_cards_of_other_stories():
    """'Upcoming harbour works' / 'Sometimes people ask me why this or that berth [\u2026]' again and
    again: cards of a headline and a cut-off summary, each pair the teaser of another story."""
    article = "".join(f"The harbour board said on Monday that berth {n} would reopen in March after repairs.\n\n" for n in range(1, 5))
    cards = ("Upcoming harbour works\n\nSometimes people ask me why this or that berth closes [\u2026]\n\n"
             "Crane rails update\n\nI want to tell you about another important change on the quay, [\u2026]\n\n"
             "Ferry news\n\nThe island routes will change in the spring, and I will tell [\u2026]\n")
    texts = [b.text for b in clean_text(article + cards).blocks]
    assert texts == [f"The harbour board said on Monday that berth {n} would reopen in March after repairs." for n in range(1, 5)]


def test_the_articles_last_lines_stay_when_wrapped_or_listed_under_a_lead_in():
    """After the article's last sentence the trailing labels go, but not its own last lines:
    hard-wrapped ones (going on in lower case, breaking off after a comma) and the items of a
    list its lead-in opens ('The new berth offers:')."""
    wrapped = ("The harbour board said on Monday that the berths would reopen in March.\n\n"
               "If you would like to know more about the repairs, including the\n\ncosts, the board's report is online.\n\n"
               "Share\n\nHarbour News\n")
    texts = [b.text for b in clean_text(wrapped).blocks]
    assert any("If you would like to know more" in t for t in texts) and not any(t in ("Share", "Harbour News") for t in texts)
    listed = ("The harbour board said on Monday that the new berth would open in March.\n\nThe new berth offers:\n\n"
              "Room for two container ships of the largest class at once\n\nFour cranes that can lift forty tonnes each\n\n"
              "A rail link to the inland terminal at Holm\n\nShare\n")
    texts = [b.text for b in clean_text(listed).blocks]
    assert any("Four cranes that can lift forty tonnes each" in t for t in texts) and "Share" not in texts


def test_a_listicles_items_of_a_name_a_long_paragraph_and_where_to_buy_stay():
    """Items of a buying guide below its introduction, each a name, a paragraph of several
    sentences, then 'WHERE TO BUY' and a shop's name: the article's own, not cards of other
    stories, whose summaries run a sentence or a few."""
    paragraph = " ".join(["The {} has a light body and a bright screen that is easy to read in the sun.",
                          "Its battery lasts a full day of shooting, and its menus are simple to learn.",
                          "It costs less than most cameras of its class, and the kit lens is good enough to start with.",
                          "Reviewers liked its autofocus, which tracks faces and animals well even in poor light.",
                          "The grip is small for large hands, and there is only one card slot.",
                          "Still, for a first camera it is hard to beat at this price."])
    items = "".join(f"{n}. {name}\n\n{paragraph.format(name)}\n\nWHERE TO BUY\n\nHarbour Cameras\n\n"
                    for n, name in enumerate(["Ostral Model One", "Ostral Model Two", "Ostral Model Three", "Ostral Model Four"], 1))
    texts = [b.text for b in clean_text(CARD_ARTICLE + items).blocks]
    assert sum("hard to beat at this price" in t for t in texts) == 4


def test_a_question_over_its_answer_in_running_text_stays():
    """A frequently asked question over its answer's first line (which breaks off after a comma)
    or over a list's long item: the article's own question."""
    for after in ["When you choose a moving company,\n\nlook at its record and its prices first.\n",
                  "You will have access to engineers who know the system better than you could hope to\n\n"
                  "The rumours about self-hosting hide the truth, the board said.\n"]:
        raw = "The board met on Monday.\n\nFAQs\n\nWhat should you ask a moving company before you hire it?\n\n" + after
        assert any(b.text.startswith("What should you ask") for b in clean_text(raw).blocks)




AUTHORS = ["Jane Doe", "Ole Brekke", "Dr. K. Ødegård", "J\u212aay Smith", "Jo"]
BIO_LINES = [
    "Jane Doe is a personal finance writer.",
    "jane doe covers courts for the paper.",
    "About the author: Jane Doe has covered courts since 2019.",
    "About the author   :  Ole Brekke, a former teacher, writes about schools.",
    "ABOUT THE AUTHOR Ole Brekke joined in 2020.",
    "Dr. K. ødegård lives in Bergen.",
    "JKay Smith reports on energy.",
    "Jkay Smith reports on energy.",
    "Jo hosts the podcast.",
    "Joe hosts the podcast.",
    "Jane Doesn't is a name.",
    "Jane Doe said the council is wrong.",
    "The council, Jane Doe writes, is wrong.",
    "Ole Brekke, who chairs the board for the region's largest school district, writes often.",
]


@pytest.mark.parametrize("line", BIO_LINES)
def test_author_bio_opening_reads_as_the_one_pattern_naming_the_authors(line):
    """The rule tries each name where a name may start instead of compiling a pattern per article:
    it finds what that pattern found, in any case, after 'About the author', and nothing else."""
    import re

    from digest.clean import _BIO_VERBS, _opens_with_author_bio

    pattern = re.compile(rf"^(?:About the author\s*:?\s*)?(?:{'|'.join(map(re.escape, AUTHORS))})(?:,[^,]{{1,60}},)?\s+{_BIO_VERBS}\b", re.I)
    assert _opens_with_author_bio(line, AUTHORS) == (pattern.match(line) is not None)


@pytest.mark.parametrize("line", ["Registered office: 1 High Street", "The council met on Tuesday.", "REGİSTERED OFFİCE: 1 High Street",
                                  "Photo: Jane Doe", "ſubscribe now", ""])
def test_cue_check_is_the_lower_case_search_or_a_letter_only_the_pattern_folds(line):
    """A line holds a cue when its lower case has one of the words, or when it has a letter only a
    pattern's own case folding reads as a cue's letter (dotted I, dotless i, long s): then every
    pattern reads it. Both are found once per line, whatever the number of rules asking."""
    from digest.clean import _CASE_APART, _holds

    for cues in (("registered", "company"), ("photo",), ("subscri",), ("zzz",)):
        assert _holds(line, cues) == (any(c in line.lower() for c in cues) or _CASE_APART.search(line) is not None)


@pytest.mark.parametrize("line, kept", [
    ("The ban on the quarry runs until May 11, 2027.", True),
    ("A vigil will be held at the harbour at 18:00 on Sunday.", True),
    ("The trial is set to begin on 3 March 2026.", True),
    ("Updated on 4 March 2025, 10:20.", False),
    ("Posted by Jane Doe on March 3, 2025.", False),
    ("Last updated: Tuesday, March 4, 2025.", False),
])
def test_a_short_sentence_ending_on_a_date_is_body_text_and_a_time_stamp_is_not(line, kept):
    body = "Seven people were hurt when a ferry ramp collapsed at the harbour on Saturday night, police said."
    cleaned = clean_text(body + "\n\n" + line + "\n")
    assert (line in [b.text for b in cleaned.blocks]) is kept


def test_a_newsletters_pitch_between_its_sign_up_prompt_and_its_form_is_junk():
    body = "Seven people were hurt when a ferry ramp collapsed at the harbour on Saturday night, police said."
    pitch = "Daily news about the harbours, ferries and people shaping our coast."
    cleaned = clean_text(body + "\n\nSign up for the Harbour Brief newsletter\n\n" + pitch + "\n\nEmail\n\nSubscribe\n")
    assert [b.text for b in cleaned.blocks] == [body]


@pytest.mark.parametrize("notice", ["Article translated automatically from French.", "Text translated by machine from the Polish language."])
def test_a_translation_notice_with_the_adverb_after_the_verb_is_junk(notice):
    """'Article translated automatically from French': the notice in a translation's word order,
    as junk as 'This article was automatically translated'; a report of a translated text stays."""
    body = "The stevedores of the terminal voted this Monday to accept a new contract, which puts end to a strike of three weeks."
    cleaned = clean_text(f"{body}\n{notice}\n{body}\n")
    assert [b.text for b in cleaned.blocks] == [body, body]
    report = "The union said the contract had been translated automatically for the Polish workers, who signed it on Monday."
    assert [b.text for b in clean_text(f"{body}\n{report}\n").blocks] == [body, report]


def test_a_consent_banner_that_never_says_cookie_is_junk_and_a_report_of_partners_is_not():
    """'We and our 212 partners store and access information on your device. Manage choices |
    Accept all' (the standard consent wording, no 'cookie'), a translation's 'with our partners, we
    use tracers to measure the audience', 'Click "Accept all" to consent': the site speaking of its
    partners and your device. A report of partners, or a quotation, stays."""
    raw = ("We value your privacy. We and our 212 partners store and access information on your device. Manage choices | Accept all\n\n"
           "Respect of your private life: with our partners, we use tracers to measure the audience and to propose you adapted contents.\n\n"
           "Click \"Accept all\" to consent, or \"Manage choices\" to refuse or customise.\n\n"
           "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n\n"
           "The port and its partners store the containers on the north quay until the backlog is cleared.\n\n"
           "\u201cWe and our partners use every berth we have,\u201d the harbour master said.\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert texts == [
        "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.",
        "The port and its partners store the containers on the north quay until the backlog is cleared.",
        "\u201cWe and our partners use every berth we have,\u201d the harbour master said.",
    ]


def test_a_cookie_banner_telling_of_its_own_cookies_is_junk_and_a_report_of_cookies_is_not():
    """'HBN uses cookies and similar technologies. Some are essential …', 'We'd also like to use
    analytics cookies', 'Wir verwenden Cookies': the site telling of its own cookies, whatever its
    buttons say. A firm's cookies in a report stay."""
    raw = ("KTB uses cookies to understand how our services are used. You can say no to non-essential cookies. Allow all | Refuse\n\n"
           "We use some essential cookies to make this service work. We'd also like to use analytics cookies. Yes please | No thanks\n\n"
           "Wir verwenden Cookies und \u00e4hnliche Technologien. Alle akzeptieren\n\n"
           "En poursuivant votre navigation sur ce site, vous acceptez l\u2019utilisation de cookies pour vous proposer des contenus adapt\u00e9s.\n\n"
           "The regulator fined the retailer on Monday for failing to ask shoppers before setting tracking cookies.\n\n"
           "Marlow Books uses cookies to follow shoppers across other sites, the regulator found.\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert texts == [
        "The regulator fined the retailer on Monday for failing to ask shoppers before setting tracking cookies.",
        "Marlow Books uses cookies to follow shoppers across other sites, the regulator found.",
    ]


def test_what_a_page_says_of_who_may_read_or_reuse_it_is_junk():
    """'This article is free to read for registered readers', 'You are reading one of your 3 free
    articles', 'Pro members can download the full report', an agency's 'copy is supplied to
    subscribers under licence': the page's access, not the story. Members of a body in a report stay."""
    raw = ("Members only: this analysis is free to read for 48 hours. Join Dockline for full access to our archive.\n\n"
           "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n\n"
           "Union members can read the full agreement at the branch office from Tuesday, the union said.\n\n"
           "The members of the port board will meet again in April.\n\n"
           "This article is for Quayside Pro members. You are reading one of your 3 free Pro articles this month.\n\n"
           "Quayside Pro subscribers can download the full contract as a spreadsheet. Upgrade\n\n"
           "MPA copy is supplied to subscribers under licence. Reproduction without permission is prohibited.\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert texts == [
        "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.",
        "Union members can read the full agreement at the branch office from Tuesday, the union said.",
        "The members of the port board will meet again in April.",
    ]


def test_an_outlet_telling_how_it_is_paid_for_and_what_rules_it_keeps_is_junk():
    """'The Quay Lens is a reader-funded newsroom', 'Free to read. Dock Post is funded by its members',
    'Pro members get the full contract', 'The comments are reserved to the subscribers', 'Editorial
    standards: read how we check claims', 'Our journalism follows the Editorial Code': the outlet
    about itself. A body's funding in a report stays."""
    raw = ("Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n\n"
           "The Marrow Dockers' Trust is funded by its members and by a grant from the port.\n\n"
           "The Quay Lens is a reader-funded newsroom. Become a member\n\n"
           "Free to read. Dock Post is funded by its members, not by advertisers. Become a member\n\n"
           "Quayside Pro members get the full contract, annotated clause by clause. Start a free trial\n\n"
           "The comments are reserved to the subscribers.\n\n"
           "Editorial standards: read how Quayline checks claims before publication.\n\n"
           "MPA is the region's news agency. Our journalism follows the MPA Editorial Code.\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert texts == [
        "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.",
        "The Marrow Dockers' Trust is funded by its members and by a grant from the port.",
    ]


def test_a_comment_section_known_by_its_links_ends_the_article():
    """'View comments941', 'Kommentare lesen', '13 responses': the head of a page's comment section,
    however it is worded or counted. Prose below it, with most of the page's prose above, is not
    the article's; so is 'A version of this article appears in print on …', the page about itself."""
    article = "".join(f"The port authority said on Monday that berth {n} would reopen after repairs to its crane rails and fenders.\n\n" for n in range(1, 9))
    for heading in ("View comments941", "Kommentare lesen", "13 responses"):
        raw = (article + "A version of this article appears in print on March 3, 2025, on Page A7 of the City edition.\n\n"
               + heading + "\n\nI have worked on that quay for thirty years and the cranes were never this bad.\n")
        texts = [b.text for b in clean_text(raw).blocks]
        assert len(texts) == 8 and all(t.startswith("The port authority") for t in texts), (heading, texts[-2:])


def test_a_pages_widgets_talking_to_the_reader_are_junk():
    """'We're interested in your feedback on this page. Tell us what you think.', 'Your link was
    successfully shared!', 'You can skip this ad in 5 seconds.', 'There was a problem. Please try
    again.', 'Check out more articles on …': the page's widgets, in sentences. A report that asks
    readers for nothing stays."""
    raw = ("You can skip this ad in 5 seconds.\n\n"
           "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n\n"
           "Your link was successfully shared!\n\n"
           "The union said the problem of night shifts was solved, and members were told to share the news with colleagues.\n\n"
           "There was a problem. Please try again.\n\n"
           "We're interested in your feedback on this page. Tell us what you think.\n\n"
           "Check out more articles on Quayline.example!\n")
    texts = [b.text for b in clean_text(raw).blocks]
    assert texts == [
        "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.",
        "The union said the problem of night shifts was solved, and members were told to share the news with colleagues.",
    ]


def test_an_edition_switcher_is_junk_and_a_report_available_in_a_language_is_not():
    """'This Quayline homepage is tailored for our readers in the USA. Make it your default.',
    'Quayline is also available in Spanish.': the site's edition switcher. 'The full ruling is
    also available in French.' is the report's."""
    raw = ("This Quayline homepage is tailored for our readers in the USA.\n\nMake it your default.\n\n"
           "Quayline is also available in Spanish.\n\n"
           "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.\n\n"
           "The full ruling is also available in French.\n")
    assert [b.text for b in clean_text(raw).blocks] == [
        "Dockworkers at the Marrow container terminal voted on Monday to accept a new contract.",
        "The full ruling is also available in French.",
    ]


def test_two_comment_action_rows_make_a_thread_that_ends_the_article():
    """'12Reply', 'Reply · Like · Report' under each of two readers' comments: a comment thread,
    with no heading over it. What follows the first row is the thread's, not the article's; one
    'Reply' alone (a form's button) ends nothing."""
    article = "".join(f"The port authority said on Monday that berth {n} would reopen after repairs to its crane rails and fenders.\n\n" for n in range(1, 9))
    thread = ("quaywatcher\n\n3 hours ago\n\nI have worked on that quay for thirty years and the cranes were never this bad.\n\n12Reply\n\n"
              "Marit L.\n\n2 hours ago\n\nThe fenders were replaced in 2019 and nobody checked them since then.\n\nReply \u00b7 Like \u00b7 Report\n")
    texts = [b.text for b in clean_text(article + thread).blocks]
    assert not any("fenders were replaced" in t for t in texts)
    assert sum(t.startswith("The port authority") for t in texts) == 8
    alone = [b.text for b in clean_text(article + "Reply\n\nThe harbour master said the repairs would cost about 2 million marks in all.\n").blocks]
    assert alone[-1] == "The harbour master said the repairs would cost about 2 million marks in all."


def test_a_close_run_of_lines_about_comments_is_the_comment_systems_and_ends_the_article():
    """'You must be logged in to report a comment.', 'All comments are posted in the All Comments
    tab.': three short lines about comments within a few lines of each other are the comment
    section's text, and what follows is not the article's. An article that quotes a
    consultation's comments, with its other sentences between them, keeps them all."""
    article = "".join(f"The port authority said on Monday that berth {n} would reopen after repairs to its crane rails and fenders.\n\n" for n in range(1, 9))
    system = ("You must be logged in to report a comment.\n\nComments our editors find useful are displayed in Top Comments.\n\n"
              "All comments are posted in the All Comments tab.\n\nThis commenter is a staff writer.\n\n"
              "I have worked on that quay for thirty years and the cranes were never this bad.\n")
    texts = [b.text for b in clean_text(article + system).blocks]
    assert not any("comment" in t.lower() or "thirty years" in t for t in texts)
    assert sum(t.startswith("The port authority") for t in texts) == 8
    consultation = ("The council received 412 comments on the harbour plan during the consultation.\n\n"
                    "Most of them came from residents of the old town, who fear heavier traffic on the quay road.\n\n"
                    "The port authority said it had answered the main points raised and would publish a summary.\n\n"
                    "Officials said the draft would go back to the planning committee in March.\n\n"
                    "The committee will also hear comments from the fishing co-operative at that meeting.\n\n"
                    "Work on the new berth is due to start in the autumn if the plan is approved.\n\n"
                    "A final round of comments will be taken before the full council votes.\n")
    assert len(clean_text(article + consultation).blocks) == 15


def test_a_sign_up_forms_thanks_and_promise_between_paragraphs_are_junk():
    """'Please check your inbox to confirm your subscription.', 'We will only send you
    Harbour-related information.': a newsletter form's lines, wherever the page puts them."""
    body = [f"The harbour board met on day {n} of the month and voted on the plan for the quay and its cranes." for n in range(1, 5)]
    form = ["Thanks! Please check your inbox to confirm your subscription.", "We will only send you Harbour-related information."]
    assert [b.text for b in clean_text("\n\n".join(body[:2] + form + body[2:]) + "\n").blocks] == body


def test_the_rest_of_a_page_after_a_teaser_that_is_all_headlines_and_summaries_is_teasers():
    """Under a teaser already recognised, headline and one- or two-sentence summary again and
    again down to the page's foot (a one-word label between): every card is another story's.
    When a paragraph of several sentences stands among them, the tail is not all cards."""
    from digest.clean import rule_teaser_tail, text_units

    cards = ["Quiz: How well do you know the harbour?", "Twelve questions about the port, its ships and its people, and only the regulars will get all of them right.",
             "Articles",
             "New cranes for the east quay", "The first of four cranes arrived from the yard on Sunday, and the other three are due before the summer.",
             "Fish market moves indoors", "Traders will sell from the old customs shed from June while the council rebuilds the open market."]
    paragraph = ("The harbour master said the repairs had taken longer than planned. Storms in January delayed the divers for weeks. "
                 "The work on the last two berths will start in the spring and should take about six weeks.")

    def marked(tail: list[str]) -> list[str | None]:
        lines = ["The port authority said on Monday that berth 1 would reopen after repairs to its crane rails and fenders.",
                 "Dock strike called off", "Unions and employers reached a deal late on Friday, the port said.", *tail, "Imprint", "\u00a9 2025 Harbour Post"]
        units = text_units("\n\n".join(lines) + "\n", 1)
        marks: list[str | None] = [None] * len(units)
        marks[2], marks[-2], marks[-1] = "teaser", "trailing", "copyright"
        rule_teaser_tail(units, marks)
        return marks[3:-2]

    assert marked(cards) == ["teaser", "teaser", None, "teaser", "teaser", "teaser", "teaser"]
    assert marked(cards[:3] + [paragraph] + cards[3:]) == [None] * 8


def test_a_lone_sentence_among_the_site_menus_above_the_article_is_the_menus():
    """'Physician Directory: Find a doctor in your area.' between menu labels, above the article:
    the menu's description, not the article's. A standfirst right above the article's paragraphs
    is the article's."""
    menu = ("Health A-Z\n\nCommon Conditions\n\nAllergies\n\nResources\n\n"
            "Physician Directory: Find a doctor in your area today.\n\n"
            "Pain Coach\n\nDrugs & Supplements\n\nView All\n\nHarbour news\n\n")
    standfirst = "The port's oldest berth will reopen next month after two years of repairs, the authority said.\n\n"
    article = "".join(f"The port authority said on Monday that berth {n} would reopen after repairs to its crane rails and fenders.\n\n" for n in range(1, 7))
    texts = [b.text for b in clean_text(menu + standfirst + article).blocks]
    assert not any("Physician Directory" in t for t in texts)
    assert standfirst.strip() in texts and sum(t.startswith("The port authority said") for t in texts) == 6


def test_a_widgets_repeated_frame_takes_its_sentences_and_leaves_paragraphs_between_one_line():
    """'Request a badge' / 'Harbour Watcher Badge' / a sentence / 'More about badges |', again and
    again: a widget's records of one template, its sentences no article's. Paragraphs with
    'Advertisement' between each are records of one line, kept."""
    body = [f"The harbour board met on day {n} of the month and voted on the plan for the quay and its cranes." for n in range(1, 5)]
    badges = []
    for name in ("Harbour Watcher", "Quay Expert", "Crane Spotter", "Dock Reporter"):
        badges += ["Request a badge", f"{name} Badge", f"{name}s consistently offer timely comments on the port.", "More about badges |"]
    raw = "\n\n".join([body[0], "Advertisement", body[1], "Advertisement", body[2], "Advertisement", body[3]] + badges) + "\n"
    kept = [b.text for b in clean_text(raw).blocks]
    assert [t for t in kept if t in body] == body
    assert not [t for t in kept if "consistently offer" in t]


def test_a_live_pages_entries_of_a_time_a_heading_and_a_paragraph_are_the_article():
    """'09:45' / 'Six arrested, police confirm' / a paragraph / 'Share', again and again: a live
    page's entries, newest first. They repeat one frame as a widget's records do, but each opens
    on a time of day, and the oldest, at the foot, are the article too."""
    entries = [("13:15", "How the scheme worked", "Builders paid the gang to take their waste to licensed tips, but the lorries dumped it in old quarries instead."),
               ("11:20", "Lawyer: client denies it", "The haulier's lawyer says his client denies any wrongdoing and will fight the charges."),
               ("09:45", "Six arrested, police confirm", "Kesby police have confirmed that six people have now been arrested."),
               ("07:30", "Police vans at the yard", "Our reporter is at a haulage yard in Kesby, where a dozen police vans arrived at dawn."),
               ("06:15", "Raids under way", "Good morning. Police say a large operation against waste dumping is under way.")]
    lines = ["Waste ring raids: six arrested", "Live reporting by Ada Roe"]
    for time, heading, text in entries:
        lines += [time, heading, text, "Share"]
    kept = " ".join(b.text for b in clean_text("\n\n".join(lines + ["Related", "How to dispose of waste legally"]) + "\n").blocks)
    assert all(text in kept for _, _, text in entries), kept


def test_a_hard_wrapped_paragraph_keeps_lines_that_open_on_i_or_a_lower_case_by():
    """A paragraph wrapped at a fixed width, each line saved apart: a line that opens on
    'I' and holds another 'I' is no run of labels, one that opens on 'by his' or 'from my' no
    byline."""
    lines = ["The keeper said the storm had torn the lamp from its mount. When it was over",
             "I walked down to the pier with him, and he told me that if I",
             "had come an hour earlier the whole gallery would have been gone, swept away",
             "by his own account of the waves, which had never before reached so high",
             "from the harbour side of the rock, where the old boats are kept."]
    wrapped = "\n\n".join(lines) + "\n"  # each line a block of its own, as a scraper saves a page's text nodes
    kept = " ".join(b.text for b in clean_text(wrapped).blocks)
    assert kept == " ".join(lines)


def test_an_article_ending_on_marked_sentences_or_a_typed_list_keeps_them():
    """A sentence with its source's mark after the stop ('… the pier. [M1]', '… in 1994.[3]') ends
    as a sentence; points of a list with their bullets typed in ('* Fares rise by a pound on
    summer weekends') are the article's last lines, not labels trailing it."""
    body = ["The harbour board met on Monday and voted on the plan for the quay and its cranes.",
            "The keeper said the storm had torn the lamp from its mount and thrown it onto the pier. [M1]",
            "The old lamp had been fitted in 1994, the year the light was automated.[3]",
            "The changes to the timetable are:",
            "* Fares rise by a pound on summer weekends",
            "+ An extra crossing runs on Saturdays from June"]
    raw = "\n\n".join(body) + "\n"
    assert [b.text for b in clean_text(raw).blocks] == body


def test_a_sentence_the_page_prints_again_alone_is_a_teaser_but_the_articles_own_copy_stays():
    """Another story's headline printed at the top of the page's menu and again under the article,
    each time alone: a teaser, both copies. The article's own standfirst, repeated in a teaser strip below, stays
    where it stands above the paragraphs; a pull quote's paragraph stays in the article's run."""
    body = [f"The harbour board met on day {n} of the month and voted on the plan for the quay and its cranes." for n in range(1, 5)]
    teaser = "Where will the island ferries go after the strike is over this winter?"
    standfirst = "The island's ferry will run an extra crossing every Saturday from June."
    menu = ["News", "Sport", "Business", "Opinion", "Travel", "Culture", "Science", "Weather", "Video", "Podcasts", "Puzzles", "Jobs", "Shop"]
    raw = "\n\n".join(["Home", teaser] + menu + [standfirst, "By Ada Roe"] + body[:2] + ["Advertisement"] + body[2:]
                      + ["More stories", teaser, "Travel", standfirst, "Weather"]) + "\n"
    kept = [b.text for b in clean_text(raw).blocks]
    assert teaser not in kept
    assert kept.count(standfirst) == 1 and kept.index(standfirst) < kept.index(body[0])
    assert [t for t in kept if t in body] == body


def test_an_embedded_post_with_its_credit_is_not_the_outlets_text():
    """A post embedded in the page, its text over a dash's credit with the poster's handle and
    date: someone's words quoted whole, which would stand in the story as the outlet's."""
    post = "Still no ferry at the north pier and nobody tells us anything. Third day running. pic.twitter.com/Ab12Cd34"
    raw = f"{BODY}\n\n{post}\n\n\u2014 Ana Ruiz (@anaruiz) November 18, 2019\n\n{BODY.replace('Monday', 'Tuesday')}\n"
    cleaned = clean_text(raw)
    assert [b.text for b in cleaned.blocks] == [BODY, BODY.replace("Monday", "Tuesday")]
    assert [r.reason for r in cleaned.removed] == ["embedded-post", "embedded-post"]
    two_lines = raw.replace(post, "Third day with no ferry at the north pier. #harbourchaos\n\n\u2b07\ufe0f https://t.co/Ab12Cd34")
    assert [b.text for b in clean_text(two_lines).blocks] == [BODY, BODY.replace("Monday", "Tuesday")]  # the post's lines above its link, by its hashtag


@pytest.mark.parametrize("heading", ["Want to join the discussion?\nFeel free to contribute!", "Have your say"])
def test_a_comment_forms_invitation_under_the_article_is_the_comment_section(heading):
    """A comment form's heading in its usual wording ('Want to join the discussion? Feel free to
    contribute!'): the comment section, which ends the article."""
    body = [f"The harbour board met on day {n} of the month and voted on the plan for the quay and its cranes." for n in range(1, 4)]
    raw = "\n\n".join(body + [heading, "I think the board has it wrong and the quay should stay open for the fishing boats."]) + "\n"
    assert [b.text for b in clean_text(raw).blocks] == body


def test_a_comment_section_under_its_count_is_dropped_however_long_the_comments_run():
    """'There are 3 comments' under the article, then readers' comments that hold more words than
    the article itself: the comment section, which ends the article."""
    body = [f"The harbour board met on day {n} of the month and voted on the plan for the quay and its cranes." for n in range(1, 4)]
    comment = ("I have lived by this harbour for forty years and I can tell you that the board has never once listened to the people "
               "who actually use the quay, and this vote is no different from the last three, whatever they say about consultation.")
    raw = "\n\n".join(body + ["There are 3 comments", "Ada Roe", "March 10, 2024 at 12:20 AM", comment, "Reply",
                              "Tom Poe", "March 10, 2024 at 2:56 AM", comment.replace("forty", "thirty"), "Reply",
                              "Ian Moe", "March 11, 2024 at 9:02 AM", comment.replace("forty", "fifty"), "Reply"]) + "\n"
    kept = [b.text for b in clean_text(raw).blocks]
    assert [t for t in kept if t in body] == body and not [t for t in kept if "I have lived" in t]


def test_a_short_line_set_apart_below_the_article_that_shares_no_word_with_it_is_another_story():
    """Under the article and two lines of page furniture (a share button, a player), a sentence that shares no word of
    substance with anything the article says is another story's teaser. The article's own last
    sentence, however new its words, stands right under its prose and stays; so does a line
    below the furniture that names the article's subject."""
    body = ["The harbour authority reopened the east quay on Monday after three weeks of repairs to its crane rails and fenders.",
            "Divers found the rails worn through in two places, the authority said, and the repairs cost about 1.2 million crowns.",
            "Ferry services to the islands will return to the east quay on Wednesday, a week earlier than planned.",
            "The quay's harbour master said the crane rails had not been replaced since the port was rebuilt in 1998."]
    own_last = "Flags on public buildings will fly at half-mast tomorrow."
    teaser = "Parliament approves new school meal rules after a long debate."
    about_it = "More on the east quay and its ferry services."
    raw = "\n\n".join(body + [own_last, "Share this article", "Listen to this article", teaser, about_it]) + "\n"
    cleaned = clean_text(raw)
    reasons = {r.text: r.reason for r in cleaned.removed}
    kept = " ".join(b.text for b in cleaned.blocks)
    assert reasons.get(teaser) == "off-topic"
    assert own_last in kept and about_it not in reasons
    assert all(sentence in kept for sentence in body)
    one_line_apart = clean_text("\n\n".join(body + ["Share this article", teaser]) + "\n")  # one line of furniture: a page's own short line may sit there
    assert teaser not in {r.text for r in one_line_apart.removed}


def test_a_teaser_written_as_a_sentence_under_a_related_header_before_the_comments_is_junk():
    """Under 'Related stories' a teaser may be a whole sentence; the readers' comments after the
    list, with no prose of the article between, say the page's article has ended."""
    raw = ("The union said 4,200 members had walked out over pay and staffing after talks with the operators broke down.\n"
           "Related stories\n"
           "Harbour hotels fully booked as the festival comes to town, and some residents say it has outgrown the old streets.\n"
           "Photo gallery: the tall ships arrive on the quay\n"
           "Comments (2)\n"
           "harbourdad_71 \u00b7 2 hours ago\n"
           "That quay has been a death trap since they resurfaced it in May.\n")
    assert [b.text for b in clean_text(raw).blocks] == ["The union said 4,200 members had walked out over pay and staffing after talks with the operators broke down."]


@pytest.mark.parametrize("credit", ["With reporting by Transcontinental Press.", "With additional reporting by Ana Ruiz in Dravik."])
def test_a_reporting_credit_opening_with_with_is_junk(credit):
    raw = "The union said 4,200 members had walked out over pay and staffing after talks with the operators broke down.\n" + credit + "\n"
    assert [(r.reason, r.text) for r in clean_text(raw).removed] == [("credit", credit)]


def test_the_articles_last_paragraph_after_a_related_box_stays_though_share_buttons_and_comments_follow():
    """A 'Related stories' box set inside the article, then its last paragraph, then share buttons
    and the comment prompt: the paragraph has no headline of the list after it, so it is the article's."""
    last = "The theft comes at a time when the city is seeing a shortage of masks amid the continuing spread of the virus."
    raw = ("The hospital said some 6,000 masks had been taken from a storeroom over the weekend, police said on Friday.\n"
           "RELATED STORIES\n"
           "Do masks offer protection from the virus? It depends\n"
           "Hoarding sends mask prices soaring amid virus fear\n"
           + last + "\n"
           "Twitter\nFacebook\nLinkedIn\n"
           "JOIN THE CONVERSATION\n")
    assert last in [b.text for b in clean_text(raw).blocks]
