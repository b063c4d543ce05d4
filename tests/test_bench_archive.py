"""The benchmark archive reads like real coverage (bench/archive.py): article lengths, outlets
per story, claims shared in each outlet's own words, figures that differ. Cheap: one small
archive, no build."""

from __future__ import annotations

import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from archive import generate  # noqa: E402

SHARED = ROOT.parent / "shared"


def lengths(records: list[dict]) -> list[int]:
    return [len(r["file"].read_text(encoding="utf-8").split()) for r in records]


def by_story(records: list[dict]) -> dict[str, list[dict]]:
    stories: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        stories[record["story"]].append(record)
    return stories


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("bench-archive")
    return out, generate(out, 120)


def test_article_lengths_follow_real_coverage(archive):
    words = lengths(archive[1])
    assert 620 <= statistics.median(words) <= 780
    assert min(words) >= 300 and max(words) <= 1500
    assert min(words) < 450 and max(words) > 1100, "lengths spread like real coverage, not one size"


def test_the_words_option_scales_every_length(tmp_path):
    words = lengths(generate(tmp_path, 24, words=210))
    assert 170 <= statistics.median(words) <= 250
    assert min(words) >= 90 and max(words) <= 450


def test_every_story_has_three_to_six_outlets_led_by_a_wire(archive):
    out, records = archive
    stories = by_story(records)
    assert len(stories) >= 20
    for slug, articles in stories.items():
        assert 3 <= len(articles) <= 6, slug
        assert articles[0]["kind"] == "wire"
        assert len({a["outlet"] for a in articles}) == len(articles), "each outlet once a story"
        listed = (out / "digest" / "content" / slug / "story.yaml").read_text(encoding="utf-8")
        assert all(f"file: {a['file'].name}" in listed for a in articles)
    assert {r["kind"] for r in records} == {"wire", "reprint", "broadcast", "explainer", "translation", "regional"}


def test_outlets_share_claims_in_their_own_words(archive):
    copied = paraphrased = total = 0
    for slug, articles in by_story(archive[1]).items():
        wordings: dict[str, set[str]] = defaultdict(set)
        for article in articles:
            text = one_line(article["file"].read_text(encoding="utf-8"))
            for key, sentence in article["claims"].items():
                assert one_line(sentence) in text, (article["file"], sentence)
                wordings[key].add(sentence)
        told_by = defaultdict(int)
        for article in articles:
            for key in article["claims"]:
                told_by[key] += 1
        shared = [key for key, count in told_by.items() if count >= 2]
        assert len(shared) >= 5, slug
        assert any(len(wordings[key]) > 1 for key in shared), f"{slug}: no claim paraphrased"
        copied += sum(1 for key in shared if len(wordings[key]) < told_by[key])
        paraphrased += sum(1 for key in shared if len(wordings[key]) > 1)
        total += len(shared)
    assert copied >= 0.3 * total, "reprints copy the wire word for word"
    assert paraphrased >= 0.4 * total, "most shared claims are also told in other words"


def test_figures_and_dates_take_each_outlets_form(archive):
    text = "\n".join(r["file"].read_text(encoding="utf-8") for r in archive[1])
    assert re.search(r"\b\d+\.\d million\b", text) and re.search(r"\b\d+,\d million\b", text), "decimal point and comma"
    assert re.search(r"\b\d{1,3}(,\d{3})+\b", text) and re.search(r"\b\d{1,3}(\.\d{3})+\b", text), "thousands both ways"
    assert re.search(r"\b(Two|Three|Four|Five|Six|Seven|Eight|Nine|two|three|four|five|six|seven|eight|nine) [a-z]+", text)
    assert re.search(r"\b[A-Z][a-z]+ \d{1,2}, \d{4}\b", text) and re.search(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b", text)
    assert re.search(r"\d+ percent\b", text) and re.search(r"\d+%", text)


def test_some_outlet_of_every_story_reports_a_figure_differently(archive):
    for slug, articles in by_story(archive[1]).items():
        assert any(a["differs"] for a in articles[1:]), slug
        assert not articles[0]["differs"], "the wire states the story's own facts"


def test_pages_carry_scraped_junk_and_an_explainer_has_front_matter(archive):
    for record in archive[1]:
        text = record["file"].read_text(encoding="utf-8")
        lines = text.splitlines()
        assert "\u00a9" in text, record["file"]
        assert any(len(re.split(r" \| |   ", line)) >= 6 for line in lines) or record["kind"] == "explainer", record["file"]
        if record["kind"] == "explainer":
            assert lines[0] == "---" and record["file"].suffix == ".md"
        if record["kind"] == "translation":
            assert "automatically translated" in text


def test_the_same_seed_writes_the_same_archive(tmp_path):
    first = generate(tmp_path / "a", 14)
    second = generate(tmp_path / "b", 14)
    assert [r["file"].read_bytes() for r in first] == [r["file"].read_bytes() for r in second]
    other = generate(tmp_path / "c", 14, seed=8)
    assert [r["file"].read_bytes() for r in first] != [r["file"].read_bytes() for r in other]


@pytest.mark.skipif(not (SHARED / "merge-corpus").is_dir(), reason="needs ../shared/merge-corpus (the merge corpus) beside the repository")
def test_no_name_or_sentence_comes_from_real_coverage(archive):
    corpus = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                       for folder in (SHARED / "merge-corpus", SHARED / "seeds") if folder.is_dir()
                       for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".yaml"))
    corpus_words = set(re.findall(r"\w+", corpus))
    invented = {token for r in archive[1] for name in r["names"] for token in name.split()}
    assert len(invented) > 300
    assert not sorted(invented & corpus_words)
    sentences = {one_line(s) for r in archive[1] for s in r["claims"].values() if len(s.split()) >= 8}
    assert len(sentences) > 300
    corpus_text = one_line(corpus)
    assert not [s for s in sentences if s in corpus_text]


def test_the_merge_benchmark_runs_and_reports_its_medians():
    """bench/bench_merge.py clears the merge's and the cleaner's caches by name between runs: a
    cache renamed in the code must not leave the benchmark broken unnoticed."""
    import subprocess

    done = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_merge.py"), "--runs", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"seed story \(5 sources\): clean\+merge [\d.]+ ms, merge [\d.]+ ms", done.stdout)
    assert re.search(r"synthetic archive \(\d+ stories of 3-6 sources\): clean\+merge [\d.]+ ms", done.stdout)
