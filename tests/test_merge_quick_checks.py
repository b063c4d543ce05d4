"""The merge skips a pattern when a quick look at the sentence shows it cannot match; these cases
check that the quick look never skips a sentence the pattern itself would read (capitals, letters
that only case-insensitive patterns fold, the start of a line)."""

from __future__ import annotations

import pytest

from digest.clean import describes_picture
from digest.merge.claims import is_prose


@pytest.mark.parametrize("text", [
    "This file photo (via an agency) shows the ferry at the pier in May.",
    "THIS PHOTOGRAPH SHOWS THE FERRY AT THE PIER.",
    "The picture, taken by a resident, shows the flooded road.",
    "Pictured: the mayor at the opening of the new hall.",
    "Above, the new hall as seen from the river.",
    "In this image the crowd fills the square.",
    "In th\u0131s photo the crowd fills the square.",  # a dotless i, read as 'i' by the pattern
    "The \u0130mage shows the crowd in the square.",
])
def test_a_sentence_about_a_picture_is_found_however_it_is_written(text):
    assert describes_picture(text)
    assert not is_prose(text)


@pytest.mark.parametrize("text", [
    "The council approved the plan on Tuesday after a long debate.",
    "Imagine the harbour without its cranes, the mayor said.",
    "Officials said the photographer was not hurt.",
])
def test_a_sentence_not_about_a_picture_is_prose(text):
    assert not describes_picture(text)
    assert is_prose(text)


def test_prose_needs_two_words_in_lower_case():
    assert not is_prose("Xi Meets Putin In Samarkand.")
    assert is_prose("Xi Meets putin in Samarkand.")
