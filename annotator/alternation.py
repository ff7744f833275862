"""Word lists as trie-shaped regular expressions.

Python's ``re`` tries the branches of ``a|b|c`` one after the other at every
position; a list of sixty cue words as a plain alternation scans an article at
a third of the speed of the same list folded into a trie
(``auth(?:or|ors)`` rather than ``author|authors``).  The match is the same
set of strings: every word of the list, longest first where one word is a
prefix of another.
"""

from __future__ import annotations

import re
from typing import Iterable

_END = ""


def trie_alternation(words: Iterable[str]) -> str:
    """A non-capturing regex that matches exactly the given words (longest first)."""
    root: dict[str, dict] = {}
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not root:
        raise ValueError("no words to match")
    return _branch(root)


def _branch(node: dict[str, dict]) -> str:
    """The regex for the suffixes below ``node``; ``(?:…)?`` when a word may end here."""
    ends_here = _END in node
    options = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char != _END]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    if ends_here:
        return body + "?" if len(options) == 1 and len(options[0]) == 1 else "(?:" + body + ")?"
    return body
