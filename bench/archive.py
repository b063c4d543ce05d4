"""Generate a deterministic synthetic digest archive that reads like real coverage.

Each story is one invented event (a regulator's fine, a court sentence, a ferry grounding, a
storm, a factory closure; archive_frames) covered by 3-6 outlets of the kinds real coverage
has: a wire, a reprint of the wire with light edits, a broadcaster's paraphrase, a later
explainer (Markdown with front matter), a machine translation, a regional paper with hard-
wrapped lines. They share the story's claims, each in its own words (paraphrased wordings,
synonyms, attributions placed differently, number words against digits, different date
forms), add their own colour and background, and carry the junk scraped pages carry (nav
rows, cookie notices, bylines, share rows, "Read more" lists). Now and then an outlet's
figure differs from the others'. Article lengths follow real coverage: median about 700
words, from 300 to 1,500 (`--words` scales them). The same article text is also written as
Markdown pages for Hugo and Pelican, so all three tools build the same words.

    python bench/archive.py OUT_DIR --articles 1000 [--words 700] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import archive_vocab as vocab  # noqa: E402
from archive_forms import Plain, Style, render  # noqa: E402
from archive_frames import FRAMES, Frame  # noqa: E402
from archive_facts import differ, fresh_values, story_values  # noqa: E402
from archive_pages import frame_text  # noqa: E402

MEDIAN_WORDS = 700
SHORTEST, LONGEST = 300 / 700, 1500 / 700
"""Article lengths as a share of the median, as in real coverage."""
KINDS = ("reprint", "broadcast", "explainer", "translation", "regional")
LENGTH_FACTOR = {"wire": 1.03, "reprint": 0.98, "broadcast": 0.83, "explainer": 1.33, "translation": 0.98, "regional": 0.93}
STYLES = {
    "wire": Style(small="ap", big="round", dates="us", percent="percent", money="words", clock="24h"),
    "reprint": Style(small="ap", big="long", dates="uk", percent="sign", money="words", clock="24h"),
    "broadcast": Style(small="words", big="round", dates="weekday", percent="percent", money="words", clock="12h"),
    "explainer": Style(small="ap", big="exact", dates="uk", percent="sign", money="symbol", clock="24h"),
    "translation": Style(small="digits", big="round", dates="uk", percent="percent", money="words", clock="24h", decimal_comma=True),
    "regional": Style(small="words", big="round", dates="uk", percent="sign", money="symbol", clock="12h"),
}
PARAGRAPH = {"wire": (1, 2), "reprint": (1, 2), "broadcast": (1, 2), "explainer": (2, 4), "translation": (2, 3), "regional": (1, 3)}
QUOTED = re.compile(r"(\u201c[^\u201d]*\u201d)")
OPTIONS = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str
    style: Style
    domain: str
    language: str | None = None


@dataclass
class Article:
    """One outlet's article while it is being written."""

    outlet: Outlet
    values: dict
    published: dt.datetime
    byline: str
    headline: str
    claims: dict[str, str] = field(default_factory=dict)
    """Claim key -> the sentence this outlet wrote for it (shared claims only)."""


def outlet_pool(rng: random.Random) -> dict[str, list[Outlet]]:
    """The archive's publications, by kind; stories draw their coverage from these."""
    names = vocab.Names(rng)

    def name(words: list[str]) -> str:
        return f"{names.place()} {rng.choice(words)}"

    pool: dict[str, list[Outlet]] = {}
    for kind, count, words in [("wire", 4, vocab.OUTLET_WIRE), ("reprint", 12, vocab.OUTLET_PAPER), ("broadcast", 6, vocab.OUTLET_BROADCAST),
                               ("explainer", 6, vocab.OUTLET_TRADE), ("regional", 12, vocab.OUTLET_PAPER)]:
        pool[kind] = []
        for _ in range(count):
            title = name(words)
            pool[kind].append(Outlet(title, kind, STYLES[kind], re.sub(r"[^a-z]", "", title.lower()) + ".example"))
    pool["translation"] = []
    for paper, language in vocab.OUTLET_FOREIGN:
        title = f"{paper} {names.place()}"
        pool["translation"].append(Outlet(title, "translation", STYLES["translation"], re.sub(r"[^a-z]", "", title.lower()) + ".example", language))
    return pool


def finish(sentence: str) -> str:
    sentence = sentence.strip()
    if sentence[-1] not in ".?!\u201d\"":
        sentence += "."
    first = 1 if sentence[0] in "\u201c\"\u2018" else 0
    return sentence[:first] + sentence[first].upper() + sentence[first + 1:]


def attribute(body: str, who: str, form: int, names: set[str]) -> str:
    """Put an attribution where this outlet puts it."""
    first = body.split()[0]
    lowered = body if first.split("'")[0] in names else body[0].lower() + body[1:]
    if form == 0:
        return f"{body}, {who} said."
    if form == 1:
        return f"{who} said {lowered}."
    if form == 2:
        return f"According to {who}, {lowered}."
    return f"{body}, so let {who} know."


def outside_quotes(text: str, change) -> str:
    """Apply `change` to the words outside quotation marks (quotes stay verbatim)."""
    return "".join(part if QUOTED.fullmatch(part) else change(part) for part in QUOTED.split(text))


def swap_words(text: str, pairs: list[tuple[str, str]], rng: random.Random, chance: float, both_ways: bool = True) -> str:
    def change(part: str) -> str:
        for a, b in pairs:
            if rng.random() >= chance:
                continue
            for old, new in ((a, b), (b, a)) if both_ways else ((a, b),):
                pattern = re.compile(rf"\b{re.escape(old)}\b")
                if pattern.search(part):
                    part = pattern.sub(new, part)
                    break
        return part

    return outside_quotes(text, change)


def word_for(outlet: Outlet, values: dict, wording: str, rng: random.Random) -> str:
    """One outlet's sentence for one wording of a claim, in its style and habits."""
    kind = outlet.kind
    wording = OPTIONS.sub(lambda m: rng.choice(m.group(1).split("|")), wording)
    body, _, who = wording.partition("@")
    text = render(body, values, outlet.style)
    if who:
        speaker = render(re.sub(r" (said|says)$", "", who), values, outlet.style)
        form = 0 if kind in ("wire", "reprint") else (3 if kind == "translation" and rng.random() < 0.5 else rng.randint(0, 2))
        names = {w for v in values.values() if isinstance(v, Plain) for w in v.text.split() if w[:1].isupper()}
        text = attribute(text, speaker, form, names)
    text = finish(text)
    chance = {"wire": 0.0, "reprint": 0.04, "broadcast": 0.25, "explainer": 0.2, "translation": 0.1, "regional": 0.12}[kind]
    if chance:
        text = swap_words(text, vocab.SYNONYMS, rng, chance)
        text = outside_quotes(text, lambda part: re.sub(r"\babout (?=\d)", lambda m: rng.choice(["about ", "around ", "some ", "roughly "]), part))
    if kind == "translation":
        text = swap_words(text, vocab.MT_PHRASES, rng, 0.6, both_ways=False).replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    return finish(re.sub(r"\b([Aa]) (?=[aeiou])", r"\1n ", text))


def choose_wording(kind: str, wordings: tuple[str, ...], rng: random.Random) -> str:
    if kind == "wire" or len(wordings) == 1:
        return wordings[0]
    if kind == "reprint":
        return wordings[0] if rng.random() < 0.85 else rng.choice(wordings)
    if kind == "regional":
        return wordings[0] if rng.random() < 0.4 else rng.choice(wordings[1:])
    return rng.choice(wordings[1:]) if rng.random() < 0.75 else wordings[0]


def count_words(text: str) -> int:
    return len(text.split())


def wrap_paragraphs(kind: str, sentences: list[str], rng: random.Random, headings: list[str]) -> list[str]:
    """Sentences into paragraphs; explainers and broadcasters add crossheads."""
    low, high = PARAGRAPH[kind]
    paragraphs, i = [], 0
    heads = list(headings)
    while i < len(sentences):
        size = rng.randint(low, high)
        if heads and paragraphs and len(paragraphs) % (5 if kind == "explainer" else 6) == 0:
            head = heads.pop(0)
            paragraphs.append(f"## {head}" if kind == "explainer" else head)
        paragraphs.append(" ".join(sentences[i:i + size]))
        i += size
    return paragraphs


def target_words(rng: random.Random, kind: str, words: int) -> int:
    """A real-coverage length: log-normal around the median, clipped to 300-1,500 (scaled)."""
    wanted = words * LENGTH_FACTOR[kind] * math.exp(rng.gauss(0, 0.3))
    return int(min(max(wanted, words * SHORTEST + 15), words * LONGEST - 15))


def write_article(article: Article, story: dict, shared: list[tuple[str, str, dict]], rng: random.Random, words: int,
                  wire: list[tuple[str, str]]) -> tuple[str, str | None, list[tuple[str, str]]]:
    """Fill the article to its target length: the story's claims in this outlet's words (a
    reprint starts from the wire's own sentences), then sentences of its own.

    Returns the file text, the body for Hugo and Pelican, and the (sentence, claim key) list.
    """
    kind = article.outlet.kind
    frame: Frame = story["frame"]
    claims = {c.key: c for c in frame.claims}
    if kind == "reprint":
        sentences = []
        for sentence, key in wire:
            if key != "lede" and rng.random() > 0.85:
                continue
            if key in claims and rng.random() < 0.3:  # house style, or the outlet's own figure
                sentence = word_for(article.outlet, article.values, choose_wording(kind, claims[key].wordings, rng), rng)
            elif key in claims and article.values != story["values"]:
                sentence = word_for(article.outlet, article.values, claims[key].wordings[0], rng)
            sentences.append((sentence, key))
    else:
        keep = {"wire": 1.0, "broadcast": 0.7, "explainer": 0.85, "translation": 0.8, "regional": 0.65}[kind]
        chosen = [frame.claims[0]] + [c for c in frame.claims[1:] if rng.random() < keep]
        if kind in ("broadcast", "explainer", "regional"):
            rest = chosen[1:]
            if kind == "explainer":
                rng.shuffle(rest)
            else:
                rest.sort(key=lambda c: rng.random() + frame.claims.index(c) / 4)
            chosen = [chosen[0], *rest]
        sentences = [(word_for(article.outlet, article.values, choose_wording(kind, c.wordings, rng), rng), c.key) for c in chosen]
        for key, template, fills in shared:
            if kind == "wire" or rng.random() < 0.6:
                sentence = word_for(article.outlet, {**article.values, **fills}, template, rng)
                sentences.insert(rng.randint(2, len(sentences)), (sentence, key))
    templates: list[str] = []
    low, high = int(words * SHORTEST), int(words * LONGEST)
    target = target_words(rng, kind, words)
    headings = (vocab.EXPLAINER_HEADS if kind == "explainer" else vocab.BROADCAST_HEADS if kind == "broadcast" else [])
    headings = rng.sample(headings, min(len(headings), 4))
    layout_seed = rng.random()

    def compose() -> tuple[str, str | None]:
        layout = random.Random(layout_seed)  # the same page furniture however many sentences
        return frame_text(article, wrap_paragraphs(kind, [s for s, _ in sentences], layout, headings), story, layout)

    text, body = compose()
    while count_words(text) > max(target + 30, low + 30) and len(sentences) > 3:
        sentences.pop(rng.randint(2, len(sentences) - 1))
        text, body = compose()
    while count_words(text) < max(target, low):
        if not templates:
            templates = list(vocab.OWN)
            rng.shuffle(templates)
        fills = {**article.values, **fresh_values(story["names"])}
        own = word_for(article.outlet, fills, templates.pop(), rng)
        key = f"{article.outlet.kind}-own-{len(sentences)}" if kind == "wire" else ""
        sentences.insert(rng.randint(min(3, len(sentences)), len(sentences)), (own, key))
        text, body = compose()
    while count_words(text) > high:
        sentences.pop(rng.randint(2, len(sentences) - 1))
        text, body = compose()
    article.claims = {key: s for s, key in sentences if key}
    return text, body, sentences


def story_counts(articles: int, rng: random.Random) -> list[int]:
    """Outlets per story, 3-6 each, summing to `articles` (fewer than 3 only if the archive is)."""
    counts, left = [], articles
    while left > 0:
        if left <= 6:
            count = left
        else:
            count = rng.randint(3, min(6, left - 3))
        counts.append(count)
        left -= count
    return counts


def generate(out: Path, articles: int, seed: int = 7, words: int = MEDIAN_WORDS) -> list[dict]:
    """Write content/ and site.yaml for digest under out/digest, Markdown under out/markdown.

    Returns one record per article: story slug, file, outlet, kind, word count, the claims it
    shares with other outlets (key -> its sentence), the facts it reports differently from the
    others, the invented names of its story, and the title, date and body that Hugo and Pelican get.
    """
    rng = random.Random(seed)
    site = out / "digest"
    (site / "content").mkdir(parents=True, exist_ok=True)
    (site / "site.yaml").write_text("title: Bench Archive\nbase_url: https://example.org/archive/\n", encoding="utf-8")
    markdown = out / "markdown"
    markdown.mkdir(parents=True, exist_ok=True)
    pool = outlet_pool(rng)
    written: list[dict] = []
    start = dt.date(2020, 1, 1)
    for index, count in enumerate(story_counts(articles, rng)):
        written += write_story(site, markdown, pool, rng, index, count, start + dt.timedelta(days=index % 1500), words)
    return written


def write_story(site: Path, markdown: Path, pool: dict, rng: random.Random, index: int, count: int, day: dt.date, words: int) -> list[dict]:
    frame = FRAMES[rng.randrange(len(FRAMES))]
    offset = rng.randint(0, 3)
    names = vocab.Names(rng)
    values = story_values(frame, rng, day, offset, names)
    slug = f"{day.isoformat()}-{frame.key}-{values['place'].text.lower()}-{index}"
    kinds = ["wire", *rng.sample(KINDS, count - 1)]
    outlets = [rng.choice(pool[kind]) for kind in kinds]
    story = {"frame": frame, "values": values, "slug": slug, "tag": frame.tag, "section": rng.choice(["News", "Business", "Region", "Nation"]),
             "wire": outlets[0].name, "names": names}
    in_claims = {slot for claim in frame.claims for wording in claim.wordings for slot in re.findall(r"\{(\w+)", wording)}
    contested = [k for k in sorted(in_claims) if k != "event_day" and differ(values[k], random.Random(0)) is not None]
    differing = {k: rng.randrange(1, count) for k in rng.sample(contested, min(len(contested), rng.randint(1, 3)))} if count > 1 else {}
    shared = [(f"x{i}", t, fresh_values(names)) for i, t in enumerate(rng.sample(vocab.OWN, rng.randint(6, 10)))]
    folder = site / "content" / slug
    folder.mkdir(exist_ok=True)
    lines = [f"title: {json.dumps(render(frame.headlines[0], values, STYLES['wire']), ensure_ascii=False)}", f"date: {day.isoformat()}",
             f"tags: [{frame.tag}, {values['place'].text.lower()}]", "lead: s0-wire", "sources:"]
    records = []
    wire: list[tuple[str, str]] = []
    hour = rng.randint(7, 12)
    delays = {"wire": 0, "reprint": 5, "broadcast": 8, "explainer": 60, "translation": 20, "regional": 26}
    for n, (kind, outlet) in enumerate(zip(kinds, outlets)):
        own = dict(values)
        for key, who in differing.items():
            if who == n:
                own[key] = differ(values[key], rng)
        if n and rng.random() < 0.15:
            own["boss_role"] = Plain(rng.choice([r for r in frame.boss_roles if r != values["boss_role"].text] or ["spokesperson"]))
        tz = dt.timezone(dt.timedelta(hours=offset))
        published = dt.datetime.combine(day, dt.time(hour, rng.choice(range(0, 60, 5))), tz) + dt.timedelta(hours=delays[kind] + rng.randint(0, 3))
        byline = names.person()
        headline = render(rng.choice(frame.headlines[:2]) if kind != "explainer" else frame.headlines[2], own, outlet.style)
        article = Article(outlet, own, published, byline, headline)
        text, body, sentences = write_article(article, story, shared, rng, words, wire)
        if kind == "wire":
            wire = sentences
        source_id = f"s{n}-{kind}"
        name = f"{source_id}.md" if kind == "explainer" else f"{source_id}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        lines += [f"  - id: {source_id}", f"    file: {name}", f"    outlet: {json.dumps(outlet.name, ensure_ascii=False)}",
                  f"    published: \"{published.isoformat()}\"", f"    byline: {json.dumps(byline)}"]
        if outlet.language:
            lines.append(f"    translated_from: {outlet.language}")
        body = body if body is not None else text
        title = f"{headline} ({outlet.name}, {index})".replace('"', "'")
        (markdown / f"{slug}-{n}.md").write_text(f"---\ntitle: \"{title}\"\ndate: {day.isoformat()}\n---\n\n{body}", encoding="utf-8")
        records.append({"story": slug, "file": folder / name, "outlet": outlet.name, "kind": kind, "words": count_words(text),
                        "claims": dict(article.claims), "differs": sorted(k for k in own if own[k] != values[k]),
                        "names": names.made, "title": title, "date": day.isoformat(), "body": body})
    (folder / "story.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=MEDIAN_WORDS, help="median article length in words (default 700; range 3/7 to 15/7 of it)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    written = generate(args.out, args.articles, args.seed, args.words)
    lengths = [w["words"] for w in written]
    print(f"{len(written)} articles in {len({w['story'] for w in written})} stories under {args.out}; "
          f"words median {statistics.median(lengths):.0f}, {min(lengths)}-{max(lengths)}")


if __name__ == "__main__":
    main()
