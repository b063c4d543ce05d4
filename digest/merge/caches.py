"""The caches the merge, and the cleaner before it, keep of a story's text, listed once.

A cold merge reads every sentence for the first time; a story merged again (`digest serve`)
finds its sentences, its outlets' claims and its pairs' answers kept. A benchmark of the cold
merge calls `forget_texts()` before each sample, so it does not time a merge of text it has
read before (bench/bench_merge.py, bench/bench_build.py). Word-level caches stay warm (a word's
stem, its letter counts, its normal form, its tokens in the sentence model's vocabulary), as
in a worker that has merged a story already: WORD_CACHES names them.
"""

from __future__ import annotations

from digest import clean
from digest.merge import align, claims, embed, facts, people, pieces, sentences, text
from digest.merge.compare import figures, names, statements
from digest.merge.facts import dates, numbers, quotes, status, terms

TEXT_CACHES = (
    # per sentence or phrase: its facts, tokens, reads by each detector and comparison
    facts.extract_all, facts.words_of, text.lower_runs, text.content_stems, text.normalise_phrase, text.sentence_tokens,
    align._capitalised_stems, align._years_told, align._planned_root, align._pending_deeds,
    dates.may_name_a_period, dates.period_of, dates._weekday_alone,
    numbers._bound_written, numbers._digits_written, numbers._close,
    status._markers, status._perfect_verbs, status.past_verbs, status.deed,
    quotes._named_stems, terms.marked_heads, people._mentions_in, sentences.split_text, claims.is_prose, pieces.clauses,
    names._full_name_matches, names.names_in, names._unnamed_roles,
    figures._set_aside_at, figures.window_ranges, figures._range_bounds, figures._deed_before, figures._deed_word_before, figures._slot_words,
    statements._affirmed, statements._cause_told, statements._terms_told,
    # the cleaner's, per line and per article: a cold build cleans fresh text too
    clean.word_count, clean._lowered, clean._cues_in,
)
"""functools caches of a story's sentences and phrases."""

STORY_CACHES = (
    facts._READ,  # each detector's facts per sentence
    embed._ENCODED, embed._VECTORS, embed._SPANS,  # sentence and span vectors
    claims._SOURCE_CLAIMS,  # each outlet's last claims
    align._COMPATIBLE, figures._AGREE, figures._PAIRS, figures._WIDE,  # answers for pairs of claims and facts, and story-wide ones
    clean._LINE_VERDICTS,  # the cleaner's verdicts per line
)
"""Dicts (and pair memos) kept beside a story's text, by its text or its objects' identity."""

WORD_CACHES = (text.stem, text._normal_word, names._letter_counts, statements._affirmed_patterns)
"""functools caches of single words (or of the few words a pattern is built for): left warm."""


def forget_texts() -> None:
    """Empty TEXT_CACHES and STORY_CACHES: the next merge reads its story as a cold build does."""
    for cache in TEXT_CACHES:
        cache.cache_clear()
    for kept in STORY_CACHES:
        kept.clear()
