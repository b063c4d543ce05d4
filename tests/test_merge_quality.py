"""The merge scored on the labelled corpus and on the repository's stories of other genres, with
floors a little under what it reaches, so its quality cannot silently regress. The scorer and
the corpus live outside the repository (../shared): a user's clone has none, and then these
tests say so and skip."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from merge_quality import DEFAULT_CORPUS, run  # noqa: E402

OTHER_GENRES = REPO / "bench" / "other-genres"

FLOORS = {  # a little under what the merge reaches (0.90, 1.00, 0.98, 0.95, 0.67 on 2026-12-05)
    "recall": 0.84,
    "precision": 0.95,
    "kind_accuracy": 0.94,
    "single_source_recall": 0.92,
    "same_claim_fusion": 0.63,
}
CEILINGS = {"junk_leakage": 0.02, "false_fusion": 0.0, "silent_clashes": 1}


@pytest.mark.skipif(not (DEFAULT_CORPUS / "score.py").is_file(), reason=f"no labelled merge corpus at {DEFAULT_CORPUS} (it ships beside the repository, not in it)")
def test_merge_scores_on_the_labelled_corpus_stay_above_their_floors():
    assert_scores(DEFAULT_CORPUS, FLOORS, CEILINGS)


def assert_scores(corpus, floors: dict[str, float], ceilings: dict[str, float]) -> None:
    """Score the corpus with this checkout and hold each total to its floor or ceiling."""
    result = run([corpus], as_json=True)
    assert result.returncode == 0, result.stderr[-2000:]
    total = json.loads(result.stdout)["total"]
    for measure, floor in floors.items():
        assert total[measure] >= floor, (measure, total[measure])
    for measure, ceiling in ceilings.items():
        assert total[measure] <= ceiling, (measure, total[measure])


OTHER_FLOORS = {  # a little under what the merge reaches on bench/other-genres, 301 stories (0.700, 0.884, 0.94, 0.935, 0.755 on 2026-12-08, with set B35 read into them); 295 stories (0.705, 0.885, 0.94, 0.934, 0.756 on 2026-12-07 night, with set B33 read into them); 289 stories (0.707, 0.885, 0.94, 0.933, 0.759 on 2026-12-07 late evening, with set B31 read into them); 270 stories (0.715, 0.886, 0.94, 0.934, 0.766 on 2026-12-07 late evening, with set B25 read into them); 264 stories gave 0.717, 0.888, 0.94, 0.935, 0.767 on 2026-12-07 evening, with set B23 read into them; 258 stories gave 0.720, 0.892, 0.94, 0.935, 0.769 on 2026-12-07 afternoon, with sets B20 and B22 read into them; 252 stories gave 0.721, 0.895, 0.94, 0.935, 0.768 with B20 (its paraphrases fuse less, 0.67 and 0.55); 246 stories gave 0.726, 0.896, 0.94, 0.935, 0.772 on 2026-12-07 late morning, with set B18 read into them; 240 stories gave 0.729, 0.897, 0.94, 0.935, 0.773 with set B16 read into them; the 234 before gave 0.733, 0.898 then; 0.731, 0.898 with B14 the session before)
    "recall": 0.68,
    "precision": 0.84,
    "kind_accuracy": 0.88,
    "single_source_recall": 0.90,
    "same_claim_fusion": 0.75,  # 0.76 until set B31 (its paraphrases fuse less, 0.52 and 0.58; 0.759 on the 289); 0.77 until set B20 (0.768 on the 252); 0.82 until a sentence stopped taking a shorter telling under it (align.adds_to, asked both ways)
}
OTHER_CEILINGS = {"junk_leakage": 0.01, "false_fusion": 0.08, "silent_clashes": 133}  # 131 on the 301 stories (1 of them B35's), 130 on the 295 stories (2 of them B33's), 128 on the 289 stories (3 of them B31's), 125 on the 283 stories (1 of them B29's), 124 on the 277 stories (2 of them B27's, 1 larkhaven-dock-strike's, moved from bench/held-out), 121 on the 270 stories (3 of them B25's), 118 on the 264 stories (4 of them B23's, three the scorer reading a space-grouped '41 000 tonnes' as 0), 114 on the 258 stories (5 of them B22's), 109 on the 252 stories (none of them B20's), 109 on the 246 stories (3 of them B18's), 106 on the 240 after the late-morning fixes, 105 on the 240 stories (1 of them B16's, the scorer reading a '104-year history' against '46 years'), 104 on the 234 (1 of them B14's), 103 on the 228 (2 of them B12's), 101 on the 222 (4 of them B10's, one the scorer reading '38 000' as 0), 97 on the 216 and on the 210 before B8 (94 on the 198 before B5 and B6, 93 on the 192 before B4)
"""False fusion 0.055 (36 of 653 look-alike pairs on 140 stories, 2026-12-03; was 40 of 613 on 132 before plans told in the passive,
irregular pasts and one figure of two years were read; silent clashes 82, most of them the scorer reading a translation's
'38 000' as 38 and 0, or 'a hundred and twenty million' as twenty million). Some are the scorer reading one outlet's sentence that tells two
look-alike claims at once ('her A sample was positive ..., and her B sample confirmed it'), or a
shared figure, as a fusion; the others are wrong fusions (a visit planned and a visit made, one
body's appeal and another's, one country's forecasts and another's, a near-miss and a collision,
this outbreak's cases and last year's)."""


@pytest.mark.skipif(not (DEFAULT_CORPUS / "score.py").is_file(), reason=f"no corpus scorer at {DEFAULT_CORPUS / 'score.py'} (it ships beside the repository, not in it)")
def test_merge_scores_on_stories_of_other_genres_stay_above_their_floors():
    assert_scores(OTHER_GENRES, OTHER_FLOORS, OTHER_CEILINGS)


def test_the_merge_is_the_same_in_every_process(tmp_path):
    """Python salts string hashes per process: anything that walks a set of words in its own order
    would change the discrepancies from one build to the next. Three stories with denials, quotes
    and names, merged in three processes with different salts, give the same digest.json (one
    of them came out two ways when denials walked their phrases as a set). A story of the bench
    archive is merged with them: it came out two ways when the alignment's word columns followed
    the salted order of a set, which changed the last bits of its float sums."""
    import os
    import shutil
    import subprocess

    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    for slug in ("kaldrova-bridge-verdict", "lirenne-confidence-vote", "nimbara-cloud-outage"):
        story = OTHER_GENRES / slug
        shutil.copytree(story / "articles", site / "content" / slug)
        shutil.copy(story / "story.yaml", site / "content" / slug / "story.yaml")
    shutil.copytree(REPO / "tests" / "fixtures" / "archive-story" / "2020-06-26-fine-stexoley-177", site / "content" / "2020-06-26-fine-stexoley-177")
    outputs = []
    for salt in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=salt)
        result = subprocess.run([sys.executable, "-m", "digest", "check", "--json", "--root", str(site)], capture_output=True, text=True, env=env, cwd=REPO)
        assert result.returncode in (0, 1), result.stderr[-2000:]
        outputs.append(json.loads(result.stdout))
    assert outputs[0]["stories"] and outputs[0] == outputs[1] == outputs[2]
