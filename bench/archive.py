"""Generate a deterministic synthetic digest archive for benchmarks.

N stories, each of 3-6 sources built the way real coverage is: wire sentences shared
word for word, paraphrases of them, outlet-only sentences, numbers, dates and names, and
now and then a real disagreement (a different figure, a different title). The same
articles are also written as Markdown pages for Hugo and Pelican, so all three tools
build the same text.

    python bench/archive.py OUT_DIR --articles 1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

FIRST = ["Amina", "Jonas", "Priya", "Mateo", "Lena", "Kwame", "Sofia", "Ravi", "Ingrid", "Tomasz", "Yuki", "Omar"]
LAST = ["Okafor", "Lindqvist", "Raman", "Duarte", "Hoffmann", "Mensah", "Ferreira", "Iyer", "Berg", "Nowak", "Sato", "Haddad"]
ROLES = ["finance minister", "central bank governor", "mayor", "union leader", "chief executive", "senior economist", "port director"]
PLACES = ["Valmora", "Port Elric", "Karsten", "Ostrava Bay", "Lumen City", "Northgate", "Sereno", "Taldor"]
TOPICS = [
    ("budget", "the city budget", "spending"),
    ("strike", "the dock strike", "wages"),
    ("bridge", "the new bridge", "construction costs"),
    ("flood", "the spring floods", "damage"),
    ("trade", "the trade agreement", "exports"),
    ("election", "the regional election", "turnout"),
    ("vaccine", "the vaccine programme", "doses"),
    ("rail", "the rail link", "passenger numbers"),
]
OUTLETS = ["Daily Ledger", "Morning Wire", "Harbour Times", "Civic Post", "Evening Courier", "Metro Herald", "Region Today"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 7: "seven", 9: "nine"}


def story_sentences(rng: random.Random, topic: tuple[str, str, str], place: str, person: str, role: str, day: dt.date) -> list[tuple[str, str]]:
    """The wire core of a story: (plain sentence, paraphrase) pairs."""
    _, subject, measure = topic
    pct = rng.randint(3, 40)
    amount = rng.randint(2, 90)
    votes = rng.choice(list(NUMBER_WORDS))
    weekday = day.strftime("%A")
    return [
        (f"Officials in {place} approved {subject} on {weekday}, ending months of dispute.",
         f"{place} officials gave their approval to {subject} on {weekday} after months of dispute."),
        (f"{person}, the {role}, said {measure} would rise by {pct}% over the next year.",
         f"{measure.capitalize()} are expected to grow {pct} percent next year, according to {role} {person}."),
        (f"The plan is worth {amount} million euros and passed by {NUMBER_WORDS[votes]} votes.",
         f"Worth {amount} million euros, the plan passed by {votes} votes."),
        (f"Critics warned that {subject} could strain public finances in {place}.",
         f"Some critics said {subject} risked straining {place}'s public finances."),
        (f"\u201cThis is a decisive moment for {place},\u201d {person} told reporters.",
         f"{person} told reporters it was \u201ca decisive moment for {place}.\u201d"),
        (f"A final review is scheduled for {(day + dt.timedelta(days=30)).strftime('%B %d, %Y')}.",
         f"The last review will take place on {(day + dt.timedelta(days=30)).strftime('%d %B %Y')}."),
    ]


def outlet_extras(rng: random.Random, place: str, index: int) -> list[str]:
    return [
        f"Residents of {place} interviewed by this paper were divided on the plan.",
        f"The opposition said it would study the details before the council meets again in week {index + 2}.",
        f"Local businesses in {place} have been asking for clarity since the spring.",
    ][: rng.randint(1, 3)]


def make_article(rng: random.Random, core: list[tuple[str, str]], extras: list[str], paraphrase: float, conflict: bool) -> str:
    paragraphs = []
    for plain, para in core:
        sentence = para if rng.random() < paraphrase else plain
        if conflict and "%" in sentence:
            sentence = sentence.replace("%", "% (some estimates say double that)")
        paragraphs.append(sentence)
    rng.shuffle(extras)
    for extra in extras:
        paragraphs.insert(rng.randint(1, len(paragraphs)), extra)
    junk = ["Share this article", "Read more:", "Related coverage in brief", "Subscribe now"]
    return "\n\n".join(paragraphs) + "\n\n" + "\n".join(rng.sample(junk, 2)) + "\n"


def generate(out: Path, articles: int, seed: int = 7) -> list[dict]:
    """Write content/ and site.yaml for digest under out/digest, Markdown under out/markdown."""
    rng = random.Random(seed)
    site = out / "digest"
    (site / "content").mkdir(parents=True, exist_ok=True)
    (site / "site.yaml").write_text("title: Bench Archive\nbase_url: https://example.org/archive/\n", encoding="utf-8")
    markdown = out / "markdown"
    markdown.mkdir(parents=True, exist_ok=True)
    written: list[dict] = []
    made = 0
    index = 0
    start = dt.date(2020, 1, 1)
    while made < articles:
        count = min(rng.randint(3, 6), articles - made)
        topic = rng.choice(TOPICS)
        place = rng.choice(PLACES)
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        role = rng.choice(ROLES)
        day = start + dt.timedelta(days=index % 1500)
        slug = f"{day.isoformat()}-{topic[0]}-{place.lower().replace(' ', '-')}-{index}"
        folder = site / "content" / slug
        folder.mkdir(exist_ok=True)
        core = story_sentences(rng, topic, place, person, role, day)
        outlets = rng.sample(OUTLETS, count)
        lines = [f"title: {topic[1].capitalize()} in {place}", f"date: {day.isoformat()}", f"tags: [{topic[0]}, {place.lower().replace(' ', '-')}]", "sources:"]
        for n, outlet in enumerate(outlets):
            text = make_article(rng, core, outlet_extras(rng, place, n), paraphrase=0.2 * n, conflict=(n == count - 1 and index % 3 == 0))
            name = f"{n}-{outlet.lower().replace(' ', '-')}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            lines += [f"  - file: {name}", f"    outlet: {outlet}", f"    published: {day.isoformat()}"]
            title = f"{topic[1].capitalize()} in {place} ({outlet}, {index})"
            (markdown / f"{slug}-{n}.md").write_text(
                f"---\ntitle: \"{title}\"\ndate: {day.isoformat()}\n---\n\n{text}", encoding="utf-8"
            )
            written.append({"story": slug, "file": folder / name})
        (folder / "story.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        made += count
        index += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    written = generate(args.out, args.articles, args.seed)
    print(f"{len(written)} articles in {len({w['story'] for w in written})} stories under {args.out}")


if __name__ == "__main__":
    main()
