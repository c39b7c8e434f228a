"""Small text helpers shared by the stages: normalising, word counts, content words."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)*%?")
_SPACE = re.compile(r"\s+")

STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    within including include includes such also how please describe provide outline explain give""".split()
)


def normalise(text: str) -> str:
    """NFKC, unified quotes and dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x2013: "-", 0x2014: "-", 0xA0: " "})
    return _SPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(text.split())


def stem(word: str) -> str:
    """A crude, dependency-free stem: enough to match 'improvements' with 'improved'."""
    w = word.lower().strip("'-")
    for suffix in ("ational", "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w.lower() not in STOP_WORDS and not w[0].isdigit() and len(w) > 2}
