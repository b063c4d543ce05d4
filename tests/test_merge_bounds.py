"""The merge's cost is bounded on any input: a page that repeats one sentence thousands of times
on one line (a scraping accident) is merged as one claim, and an article longer than
the merge compares is merged up to its cap and says so in `digest check`."""

from __future__ import annotations

import pytest

from digest.merge import claims as claims_module


def _site(root, article: str) -> None:
    (root / "site.yaml").write_text("title: x\nbase_url: https://example.org/\n", encoding="utf-8")
    story = root / "content" / "s"
    story.mkdir(parents=True)
    (story / "a.txt").write_text(article, encoding="utf-8")
    (story / "b.txt").write_text("The harbour plan was approved by the council on Tuesday.\n", encoding="utf-8")
    (story / "story.yaml").write_text(
        "title: T\ndate: 2024-01-01\nsources:\n  - file: a.txt\n    outlet: A\n  - file: b.txt\n    outlet: B\n", encoding="utf-8"
    )


@pytest.mark.timeout(60)  # a guard against a quadratic blow-up (minutes), not a speed measurement
def test_a_250_kb_line_repeating_one_sentence_is_merged_as_one_claim(tmp_path, run, monkeypatch):
    import digest.merge as merge_module

    built: list[int] = []
    real = merge_module.build_claims
    monkeypatch.setattr(merge_module, "build_claims", lambda *args: built.append(len(claims := real(*args))) or claims)
    _site(tmp_path, "The council approved the harbour plan after a long debate. " * 4300)
    result = run("build", "--root", tmp_path, "--quiet")
    assert result.exit_code == 0, result.stderr
    assert built == [2]  # one claim for the 4,300 repeats, one for the other article: nothing pairwise over thousands
    page = (tmp_path / "_site/stories/s/index.html").read_text(encoding="utf-8")
    assert page.count("after a long debate") < 10  # one claim, not 4,300


def test_an_article_beyond_the_merge_cap_is_merged_up_to_it_and_check_says_so(tmp_path, run, monkeypatch):
    monkeypatch.setattr(claims_module, "MAX_CLAIMS_PER_SOURCE", 50)
    monkeypatch.setattr("digest.merge.MAX_CLAIMS_PER_SOURCE", 50)
    monkeypatch.setattr("digest.report.MAX_CLAIMS_PER_SOURCE", 50)
    _site(tmp_path, "\n\n".join(f"Dock number {i} reopened after repairs to its crane." for i in range(120)))
    result = run("check", "--root", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert "only the first 50 sentences of [a] are merged" in result.stdout
