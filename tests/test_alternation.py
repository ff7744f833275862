"""Trie-shaped alternations match exactly the words they are built from."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.alternation import trie_alternation

words = st.lists(st.text(alphabet="ab .(\\é", min_size=1, max_size=5), min_size=1, max_size=8)


@given(words, st.text(alphabet="ab .(\\é", max_size=6))
def test_matches_exactly_the_words(vocabulary, probe):
    whole = re.compile(f"(?:{trie_alternation(vocabulary)})\\Z")
    assert bool(whole.match(probe)) == (probe in vocabulary)


@given(words, st.text(alphabet="ab .(\\é", max_size=12))
def test_finds_the_longest_word_at_each_start(vocabulary, text):
    trie = re.compile(trie_alternation(vocabulary))
    for start in range(len(text) + 1):
        found = trie.match(text, start)
        longest = max((w for w in vocabulary if text.startswith(w, start)), key=len, default=None)
        assert (found.group() if found else None) == longest


def test_shares_prefixes():
    assert trie_alternation(["author", "authors", "auth"]) == "auth(?:ors?)?"


@pytest.mark.parametrize("bad", [[], [""], ["a", ""]])
def test_refuses_what_would_match_nothing_or_everywhere(bad):
    with pytest.raises(ValueError):
        trie_alternation(bad)


def test_an_empty_table_gives_a_pattern_that_never_matches():
    from annotator.alternation import trie_alternation_or_never

    assert re.compile(trie_alternation_or_never(["пишет", "пишут"])).fullmatch("пишут")
    never = re.compile(f"x?{trie_alternation_or_never([])}")
    assert never.search("") is None and never.search("any text") is None
    with pytest.raises(ValueError, match="no words"):
        trie_alternation([])
