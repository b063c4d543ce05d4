"""The loader reads every encoding editors meet, merges front matter, and keeps line numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.errors import DigestError
from digest.load import decode_bytes, load_site

TEXT = "Première ligne — “quoted”.\nSecond line.\n"


def make_site(root: Path, story: str, files: dict[str, bytes]) -> Path:
    (root / "content" / "s").mkdir(parents=True)
    (root / "site.yaml").write_text("title: T\nbase_url: https://example.org/\n")
    (root / "content" / "s" / "story.yaml").write_text(story, encoding="utf-8")
    for name, data in files.items():
        (root / "content" / "s" / name).write_bytes(data)
    return root


STORY = "title: T\ndate: 2024-01-02\nsources:\n  - file: a.txt\n    outlet: Outlet A\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM, native order
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (TEXT.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ],
)
def test_decodes_utf8_utf16_and_every_line_end(data, encoding):
    text, used, fallback = decode_bytes(data)
    assert text == TEXT
    assert used == encoding
    assert not fallback


def test_other_bytes_fall_back_to_cp1252_with_a_warning_naming_the_file(tmp_path):
    site = make_site(tmp_path, STORY, {"a.txt": "Caf\u00e9 \u201cquoted\u201d \u2014 done.".encode("cp1252")})
    loaded, problems = load_site(site)
    assert loaded.stories[0].articles[0].text == "Caf\u00e9 \u201cquoted\u201d \u2014 done."
    assert loaded.stories[0].articles[0].encoding == "cp1252"
    [warning] = problems.warnings
    assert warning.file == "content/s/a.txt" and "cp1252" in warning.message


def test_markdown_front_matter_is_merged_under_story_yaml(tmp_path):
    article = (
        "---\ntitle: Own headline\noutlet: Front Outlet\nurl: https://example.org/a\n"
        "published: 2024-01-01T08:30:00+00:00\nbyline: A. Writer\ntranslated_from: fr\n---\n"
        "First paragraph.\n\nSecond paragraph.\n"
    )
    story = "title: T\ndate: 2024-01-02\nsources:\n  - file: a.md\n    byline: Desk editor\n"
    site = make_site(tmp_path, story, {"a.md": article.encode()})
    loaded, _ = load_site(site)
    [a] = loaded.stories[0].articles
    assert a.source.outlet == "Front Outlet"
    assert a.source.byline == "Desk editor"  # story.yaml wins
    assert a.source.title == "Own headline"
    assert a.source.translated_from == "fr"
    assert a.source.published == dt.datetime(2024, 1, 1, 8, 30, tzinfo=dt.timezone.utc)
    assert a.source.id == "a"
    assert a.text.startswith("First paragraph.")
    assert a.first_line == 9  # the raw line the body starts on


def test_unlisted_article_file_is_a_warning_not_silently_dropped(tmp_path):
    site = make_site(tmp_path, STORY, {"a.txt": b"Listed.", "stray.txt": b"Not listed."})
    loaded, problems = load_site(site)
    assert [w.file for w in problems.warnings] == ["content/s/stray.txt"]
    assert "not listed" in problems.warnings[0].message


def test_an_article_just_under_the_size_limit_loads(tmp_path):
    from digest.load import MAX_ARTICLE_BYTES

    paragraph = ("The committee met again on Monday and agreed the plan in full. " * 20 + "\n\n").encode()
    data = (paragraph * (MAX_ARTICLE_BYTES // len(paragraph) + 1))[:MAX_ARTICLE_BYTES]
    site = make_site(tmp_path, STORY, {"a.txt": data})
    loaded, problems = load_site(site)
    assert len(loaded.stories[0].articles[0].text) == MAX_ARTICLE_BYTES
    assert problems.items == []


def test_an_article_above_the_size_limit_is_refused_naming_the_file_and_the_rest_of_the_site_builds(tmp_path, run):
    paragraph = ("The committee met again on Monday and agreed the plan in full. " * 20 + "\n\n").encode()
    site = make_site(tmp_path, STORY.replace("outlet: Outlet A\n", "outlet: Outlet A\n  - file: b.txt\n    outlet: Outlet B\n"),
                     {"a.txt": paragraph * (10 * 1_048_576 // len(paragraph) + 1), "b.txt": b"The council met on Monday. It agreed the plan.\n"})
    other = site / "content" / "other"
    other.mkdir()
    (other / "story.yaml").write_text(STORY.replace("title: T", "title: Another story"))
    (other / "a.txt").write_text("The harbour closed on Friday after a vote.\n")
    result = run("build", "--root", site)
    assert result.exit_code == 1
    assert "error: content/s/story.yaml:4: sources[0].file: 'a.txt' is 10.0 MB, above the 2 MB limit for one article; it is left out" in result.stderr
    assert (site / "_site" / "stories" / "other" / "index.html").is_file()  # the rest of the site is built
    assert "not listed" not in result.stderr
    page = (site / "_site" / "stories" / "s" / "index.html").read_text()
    assert "Outlet B" in page and "Outlet A" not in page  # the story builds from its other source


def test_sample_site_loads_with_its_five_sources():
    repo = Path(__file__).resolve().parent.parent
    loaded, problems = load_site(repo)
    assert problems.items == []
    [story] = loaded.stories
    assert [s.id for s in story.story.sources] == ["asia-financial", "reuters-es", "asianews", "wsj", "archyde"]
    wsj = next(a for a in story.articles if a.source.id == "wsj")
    assert wsj.source.published == dt.date(2022, 9, 15)  # not the repost's date line
    assert next(a for a in story.articles if a.source.id == "reuters-es").source.translated_from == "es"


SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/seeds, the project's seed articles, which a user's clone does not have")
def test_sample_articles_are_the_seeds_byte_for_byte():
    loaded, _ = load_site(Path(__file__).resolve().parent.parent)
    for article in loaded.stories[0].articles:
        assert article.source.path.read_bytes() == (SEEDS / article.source.file).read_bytes()


def test_missing_site_yaml_is_a_clear_error(tmp_path):
    with pytest.raises(DigestError, match="no site.yaml here"):
        load_site(tmp_path)
