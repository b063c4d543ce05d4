"""The page around an article as a scraper finds it: each kind of outlet's header and footer
junk (nav rows, cookie notices, bylines, share rows, "Read more" lists, copyright lines), a
wire's dateline, an explainer's front matter, a regional paper's hard-wrapped lines."""

from __future__ import annotations

import json
import random
import textwrap

import archive_vocab as vocab


def frame_text(article, paragraphs: list[str], story: dict, rng: random.Random) -> tuple[str, str | None]:
    """The whole page as scraped: header junk, body, footer junk. Returns (file text, body for Hugo/Pelican)."""
    outlet, kind = article.outlet, article.outlet.kind
    when = article.published
    nav = " | ".join(rng.sample(vocab.NAV_SECTIONS, 7))
    related = [t.capitalize() for t in rng.sample(vocab.RELATED_TOPICS, 3)]
    year = when.year
    date_line = f"{when.strftime('%A')} {when.day} {vocab.MONTH_NAMES[when.month - 1]} {year} | {when:%H:%M}"
    if kind == "wire":
        place = story["values"]["place"].text.upper()
        paragraphs = [f"{place}, {when:%b} {when.day} ({outlet.name.split()[0]}) - {paragraphs[0]}", *paragraphs[1:]]
        head = ["Skip to content", outlet.name, nav, "Cookies help us run this site. By continuing you accept our use of cookies. OK | Learn more",
                story["section"], article.headline, f"By {article.byline}", date_line, "Share: Facebook | X | LinkedIn | Email", ""]
        foot = ["", f"(Reporting by {article.byline}; Editing by {vocab.Names(rng).person()})", "Related:", *related[:2],
                f"\u00a9 {year} {outlet.name}. All rights reserved.", f"Get breaking news alerts from {outlet.name} - download our app"]
        return _join(head, paragraphs, foot, "\n\n"), None
    if kind == "reprint":
        head = [outlet.name, "Skip to main content", nav, "Cookie notice: we use essential and analytics cookies. [Accept all] [Essential only]",
                f"{story['section']} \u203a {story['tag'].capitalize()}", article.headline, f"{outlet.name} reporter, with {story['wire']}",
                f"{when.day} {vocab.MONTH_NAMES[when.month - 1]} {year}", f"{rng.randint(2, 6)} min read",
                f"The scene in {story['values']['place'].text} on Monday. Photo: {outlet.name} archive", ""]
        foot = ["", f"This article was originally published by {story['wire']} and has been edited.", "Related:", *related[:2],
                f"\u00a9 {outlet.name} {year}", f"Sign up to the {outlet.name} morning briefing \u2014 the day's news at 7 am"]
        return _join(head, paragraphs, foot, "\n\n" if rng.random() < 0.5 else "\n"), None
    if kind == "broadcast":
        head = [outlet.name, "Skip to content", nav.replace(" | ", "   "), "We'd like to use cookies to improve our services. Yes, I agree | No, take me to settings",
                story["section"], article.headline, f"{when.day} {vocab.MONTH_NAMES[when.month - 1]} {year}, {when:%H:%M}",
                f"By {article.byline}, {story['tag']} reporter, {outlet.name}", "Share", ""]
        foot = ["", "Related Topics", story["tag"].capitalize(), story["values"]["place"].text, "More on this story", *related[:2],
                f"\u00a9 {year} {outlet.name}. We are not responsible for the content of external sites."]
        return _join(head, paragraphs, foot, "\n\n"), None
    if kind == "explainer":
        url = f"https://{outlet.domain}/{year}/{when.month:02d}/{story['slug']}"
        front = ["---", f"title: {json.dumps(article.headline, ensure_ascii=False)}", f"outlet: {json.dumps(outlet.name)}", f"url: {url}",
                 f"published: \"{when.isoformat()}\"", f"byline: {json.dumps(article.byline)}", "---", ""]
        head = [f"[{outlet.name}](https://{outlet.domain}/) \u00bb [{story['section']}](https://{outlet.domain}/{story['tag']}/) \u00bb {story['tag']}", "",
                f"# {article.headline}", "", f"*By {article.byline} | {vocab.MONTH_NAMES[when.month - 1]} {when.day}, {year} | {rng.randint(5, 11)} min read*", "",
                f"![The site in {story['values']['place'].text}](https://{outlet.domain}/uploads/{year}/{story['slug']}.jpg)", "",
                f"*The site in {story['values']['place'].text}. Image: {outlet.name}*", ""]
        foot = ["", f"*{article.byline} is a senior reporter at {outlet.name}.*", "", "**Read next:**", "",
                *[f"- [{t}](https://{outlet.domain}/{year}/{i})" for i, t in enumerate(related[:2])], "",
                f"> Get the {outlet.name} newsletter. No spam, unsubscribe anytime. [Sign up](https://{outlet.domain}/newsletter)", "",
                f"\u00a9 {year} {outlet.name}. All rights reserved."]
        body = _join(head, paragraphs, foot, "\n\n")
        return "\n".join(front) + body, body
    if kind == "translation":
        head = [outlet.name, "Go to the content", nav, f"{outlet.name} uses cookies and comparable techniques. Accept | Adjust settings",
                story["section"], article.headline, f"{when.strftime('%A')} {when.day} {vocab.MONTH_NAMES[when.month - 1]} {year}, {when:%H:%M}",
                f"Editorial {story['section']}", f"This article was automatically translated from the {vocab.LANGUAGES[outlet.language]}. Read the original article.", ""]
        foot = ["", "Read also", *related[:2], f"\u00a9 {outlet.name} {year}", "Receive every morning the most important news in your mailbox. Subscribe to the newsletter"]
        return _join(head, paragraphs, foot, "\n\n"), None
    wrapped = [textwrap.fill(p, 72) for p in paragraphs]
    head = [outlet.name, nav, article.headline, f"By {article.byline}", f"Published {when.day}/{when.month:02d}/{year}", f"Comments ({rng.randint(0, 40)})", ""]
    foot = ["", "Read more:", *[f"- {t}" for t in related], "", "Have your say", "Please enter your comment!", "Please enter your name here",
            "Most Popular", f"Copyright \u00a9 {year} {outlet.name}"]
    return _join(head, wrapped, foot, "\n\n"), None


def _join(head: list[str], paragraphs: list[str], foot: list[str], gap: str) -> str:
    return "\n".join(head) + "\n" + gap.join(paragraphs) + "\n" + "\n".join(foot) + "\n"
