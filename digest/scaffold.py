"""`digest new` and `digest init`: starting points an editor fills in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest import __version__
from digest.errors import DigestError
from digest.load import CONTENT_DIR, STORY_FILE, slugify

STORY_TEMPLATE = """\
# Editorial notes for this story. Every key is described in the digest README.
title: {title}
date: {date}
summary: One-paragraph dek, *Markdown* allowed.
tags: []
# lead: source-id          # whose order the narrative follows (default: the best-covered source)
# notes: Editor's note in Markdown, shown above the story.
sources: []
  # - file: article.txt    # relative to this folder; .txt or .md (front matter allowed)
  #   outlet: Example Times
  #   url: https://example.org/article
  #   published: {date}
  #   byline: Jane Doe
  #   translated_from: es  # if the text is a translation
  #   strip: ['^Advertisement$']
# discrepancies:
#   - id: d-0000000000     # from `digest check`
#     status: resolved     # resolved | dismissed
#     note: Why.
"""

SITE_TEMPLATE = """\
# Site configuration. Unknown keys are errors.
title: {title}
base_url: https://example.github.io/{name}/
language: en
theme: default
output: _site
description: Consolidated news stories, every source and disagreement shown.
author: ""
"""

GITIGNORE = "/_site/\n/.digest-cache/\n__pycache__/\n"

PAGES_WORKFLOW = Path(__file__).with_name("pages_workflow.yml")
"""The GitHub Actions workflow that builds and publishes a site with the official Pages actions."""

DISTRIBUTION = "newsdigest"
"""digest's name on PyPI (the PyPI project called `digest` is another tool); the command stays `digest`."""


def pages_workflow() -> str:
    """The workflow `digest init` writes: it installs this version of digest from PyPI by its name."""
    return PAGES_WORKFLOW.read_text(encoding="utf-8").replace("{version}", __version__)


def new_story(root: Path, slug: str, title: str | None = None, today: dt.date | None = None) -> Path:
    """Create content/SLUG/story.yaml; refuse to overwrite an existing story."""
    clean = slugify(slug)
    if not clean or clean != slug:
        raise DigestError(f"{slug!r} is not a valid slug: use lowercase letters, digits and '-' (e.g. {clean or 'my-story'!r})")
    if not (root / "site.yaml").is_file():
        raise DigestError(f"{root}: no site.yaml here; pass --root DIR or create a site with `digest init DIR`")
    folder = root / CONTENT_DIR / slug
    story_file = folder / STORY_FILE
    if story_file.exists():
        raise DigestError(f"{story_file}: already exists; digest new never overwrites a story")
    folder.mkdir(parents=True, exist_ok=True)
    date = (today or dt.date.today()).isoformat()
    story_file.write_text(STORY_TEMPLATE.format(title=_yaml_text(title or slug.replace("-", " ").capitalize()), date=date), encoding="utf-8")
    return story_file


def init_site(target: Path, title: str | None = None) -> Path:
    """Create a new site folder with site.yaml, content/ and the Pages workflow; never overwrite."""
    if (target / "site.yaml").exists():
        raise DigestError(f"{target / 'site.yaml'}: a site already exists here; digest init never overwrites one")
    if target.exists() and any(p for p in target.iterdir() if not p.name.startswith(".")):
        raise DigestError(f"{target}: folder is not empty; digest init wants a new or empty folder")
    target.mkdir(parents=True, exist_ok=True)
    name = slugify(target.resolve().name) or "digest"
    (target / "site.yaml").write_text(SITE_TEMPLATE.format(title=_yaml_text(title or "My Digest"), name=name), encoding="utf-8")
    (target / CONTENT_DIR).mkdir(exist_ok=True)
    (target / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    workflow = target / ".github" / "workflows" / "pages.yml"
    workflow.parent.mkdir(parents=True, exist_ok=True)
    workflow.write_text(pages_workflow(), encoding="utf-8")
    return target / "site.yaml"


def _yaml_text(text: str) -> str:
    """Quote a title for YAML so a colon or quote in it cannot break the file."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
