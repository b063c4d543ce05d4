"""Merge time per story: the seed story (five articles of 628-1,365 words) and stories of the
synthetic archive (3-6 outlets of real-length articles), median per story; the sentence model is
loaded once per process and its load time is printed on its own. Goal: <= 40 ms per story of
five 700-word articles.

    python bench/bench_merge.py [--runs 20]

Each run merges fresh text (the per-sentence caches are cleared), as a cold build does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from archive import generate  # noqa: E402

from digest import clean as clean_module  # noqa: E402
from digest.clean import clean_story  # noqa: E402
from digest.load import load_site  # noqa: E402
from digest.merge import embed as embed_module  # noqa: E402
from digest.merge import facts as facts_module  # noqa: E402
from digest.merge import merge_story  # noqa: E402
from digest.merge import align as align_module  # noqa: E402
from digest.merge import claims as claims_module  # noqa: E402
from digest.merge.compare import figures as figures_module  # noqa: E402
from digest.merge.align import _capitalised_stems, _planned_root, _years_told  # noqa: E402
from digest.merge.claims import is_prose  # noqa: E402
from digest.merge.facts import extract_all, words_of  # noqa: E402
from digest.merge.facts.dates import _weekday_alone, may_name_a_period, period_of  # noqa: E402
from digest.merge.facts.numbers import _bound_written, _close, _digits_written  # noqa: E402
from digest.merge.facts.quotes import _named_stems  # noqa: E402
from digest.merge.facts.status import _markers, _perfect_verbs, deed, past_verbs  # noqa: E402
from digest.merge.people import _mentions_in  # noqa: E402
from digest.merge.pieces import clauses  # noqa: E402
from digest.merge.sentences import split_text  # noqa: E402
from digest.merge.compare.figures import _set_aside_at, window_ranges  # noqa: E402
from digest.merge.compare.names import _full_name_matches, _unnamed_roles, names_in  # noqa: E402
from digest.merge.compare.figures import _deed_before  # noqa: E402
from digest.merge.facts.terms import marked_heads  # noqa: E402
from digest.merge.compare.statements import _affirmed, _cause_told, _terms_told  # noqa: E402
from digest.merge.text import content_stems, lower_runs, normalise_phrase, sentence_tokens  # noqa: E402


def time_stories(root: Path, runs: int) -> tuple[float, float, int]:
    """Median milliseconds per story for clean+merge and for merge alone."""
    site, _ = load_site(root)
    both, merge_only = [], []
    for _ in range(runs):
        for loaded in site.stories:
            forget_sentences()
            t0 = time.perf_counter()
            clean = clean_story(loaded)
            t1 = time.perf_counter()
            merge_story(clean)
            t2 = time.perf_counter()
            both.append((t2 - t0) * 1000)
            merge_only.append((t2 - t1) * 1000)
    return statistics.median(both), statistics.median(merge_only), len(site.stories)


def forget_sentences() -> None:
    """Clear the per-sentence and per-phrase caches, so every run pays for extraction and
    tokenising. Word-level caches (stems) stay warm, as in a worker that has merged a story."""
    extract_all.cache_clear()
    words_of.cache_clear()
    facts_module._READ.clear()  # each detector's facts per sentence
    embed_module._ENCODED.clear()
    embed_module._VECTORS.clear()
    embed_module._SPANS.clear()
    lower_runs.cache_clear()
    content_stems.cache_clear()
    normalise_phrase.cache_clear()
    _capitalised_stems.cache_clear()
    _years_told.cache_clear()
    _planned_root.cache_clear()
    may_name_a_period.cache_clear()
    period_of.cache_clear()
    _weekday_alone.cache_clear()
    sentence_tokens.cache_clear()
    _full_name_matches.cache_clear()
    _set_aside_at.cache_clear()
    window_ranges.cache_clear()
    _affirmed.cache_clear()
    _cause_told.cache_clear()
    _bound_written.cache_clear()
    _digits_written.cache_clear()
    _close.cache_clear()
    _markers.cache_clear()
    _perfect_verbs.cache_clear()
    past_verbs.cache_clear()
    deed.cache_clear()
    _named_stems.cache_clear()
    _mentions_in.cache_clear()
    _terms_told.cache_clear()
    split_text.cache_clear()
    is_prose.cache_clear()
    clauses.cache_clear()
    claims_module._SOURCE_CLAIMS.clear()  # each outlet's last claims: each run builds them anew
    align_module._COMPATIBLE.clear()
    figures_module._AGREE.clear()
    figures_module._PAIRS.clear()
    figures_module._WIDE.clear()
    for cache in (names_in, _unnamed_roles, marked_heads, _deed_before):
        cache.cache_clear()
    for cache in (clean_module.word_count, clean_module._lowered):
        cache.cache_clear()  # the cleaner's per-line and per-article caches: each run cleans fresh text too


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    started = time.perf_counter()
    embed_module.model()
    print(f"sentence model loaded in {(time.perf_counter() - started) * 1000:.0f} ms (once per process)")
    both, merge, _ = time_stories(HERE.parent, args.runs)
    print(f"seed story (5 sources): clean+merge {both:.1f} ms, merge {merge:.1f} ms (median of {args.runs}; goal <= 40 ms)")
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), 200)
        both, merge, stories = time_stories(Path(tmp) / "digest", max(1, args.runs // 5))
        print(f"synthetic archive ({stories} stories of 3-6 sources): clean+merge {both:.1f} ms, merge {merge:.1f} ms per story (median)")


if __name__ == "__main__":
    main()
