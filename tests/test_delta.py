"""The figures kept from build to build by the changed stories (digest/delta.py) equal those of
a pass over every story, through a long run of edits of every kind."""

import random
from itertools import chain

from digest.build import _listing_digest, _superseded
from digest.cache import Manifest, StoryEntry, digest_bytes
from digest.delta import StoryPaths, Tally, changed_keys

TAGS = ["Courts", "courts", "Energy", "Ferries", "Storms", "Trade", "Rail"]


def entry(rng: random.Random, slug: str, n: int) -> StoryEntry:
    files = [f"stories/{slug}/index.html", *(f"stories/{slug}/sources/{i}/index.html" for i in range(rng.randint(0, 3)))]
    warnings = [f"warning {slug} {n} {i}" for i in range(rng.choice([0, 0, 0, 1, 2]))]
    tags = tuple(rng.sample(TAGS, rng.randint(0, 3))) + ((f"Only {slug} {n}",) if rng.random() < 0.3 else ())  # tags that come and go
    return StoryEntry(f"sig-{slug}-{n}", f"key-{slug}-{n}", f"render-{slug}-{n}", files, warnings, {}, tags)


def full_tags(entries):
    return sorted(set(chain.from_iterable(e.tags for e in entries.values())))


def full_warnings(entries):
    return [w for e in entries.values() for w in e.warnings]


def test_changed_keys_finds_replaced_values_only():
    a, b = object(), object()
    old = {"x": a, "y": b}
    assert changed_keys(old, old) == []
    assert changed_keys(old, {"x": a, "y": object()}) == ["y"]
    assert changed_keys(old, {"y": b, "x": a}) is None  # reordered
    assert changed_keys(old, {"x": a}) is None


def test_tally_and_paths_equal_a_full_pass_through_many_edits():
    rng = random.Random(12)
    slugs = [f"s{i:03d}" for i in range(60)]
    entries = {slug: entry(rng, slug, 0) for slug in slugs}
    tally, paths = Tally(), StoryPaths()
    for n in range(1, 400):
        new = dict(entries)
        kind = rng.random()
        if kind < 0.7:  # an edit of a story or two: the same stories, some entries replaced
            for slug in rng.sample(sorted(new), rng.randint(1, 2)):
                new[slug] = entry(rng, slug, n)
        elif kind < 0.8:  # a story removed
            del new[rng.choice(sorted(new))]
        elif kind < 0.9:  # a story added, in slug order
            new[f"t{n:03d}"] = entry(rng, f"t{n:03d}", n)
            new = dict(sorted(new.items()))
        # else: nothing changed, the very same entries again
        tally.update(new)
        assert tally.tags == full_tags(new)
        assert tally.warnings == full_warnings(new)
        assert paths.update(new) == [rel for e in new.values() for rel in e.files]
        old_manifest, new_manifest = Manifest(stories=entries), Manifest(stories=new)
        full = [("merge", e.key) for e in entries.values() if e.key not in {x.key for x in new.values()}]
        assert sorted(_superseded(old_manifest, new_manifest)) == sorted(full)
        entries = new


def test_story_paths_are_the_same_list_while_no_story_files_change():
    rng = random.Random(3)
    entries = {slug: entry(rng, slug, 0) for slug in ("a", "b", "c")}
    paths = StoryPaths()
    first = paths.update(entries)
    again = dict(entries)
    again["b"] = StoryEntry("sig", "key", "render", list(entries["b"].files), [], {}, ())
    assert paths.update(again) is first


def test_listing_digests_made_again_from_kept_listings_equal_ones_made_whole():
    """The search index and light pages are named by a digest of every story's render key; made
    from a kept listing for the changed stories only, it is the digest of the whole listing."""
    rng = random.Random(9)
    entries = {f"s{i:03d}": entry(rng, f"s{i:03d}", 0) for i in range(80)}
    for n in range(1, 200):
        new = dict(entries)
        kind = rng.random()
        if kind < 0.7:
            for slug in rng.sample(sorted(new), rng.randint(1, 3)):
                new[slug] = entry(rng, slug, n)
        elif kind < 0.8:
            del new[rng.choice(sorted(new))]
        elif kind < 0.9:
            new[f"t{n:03d}"] = entry(rng, f"t{n:03d}", n)
            new = dict(sorted(new.items()))
        else:
            new = dict(reversed(list(new.items())))  # another order: listed in slug order all the same
        parts = [{slug: e for slug, e in new.items() if sum(map(ord, slug)) % 4 == k} for k in range(4)]  # as the search index's parts
        for listed, head in ((new, (b"search",)), (new, (b"pages",)), *((part, (b"part", str(k).encode())) for k, part in enumerate(parts))):
            whole = digest_bytes(*head, *(f"{slug}:{listed[slug].render_key}".encode() for slug in sorted(listed)))
            assert _listing_digest(head, listed) == whole
        entries = new if rng.random() < 0.8 else dict(sorted(new.items()))
