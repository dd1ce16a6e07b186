"""Words hyphenated across a line break: "optimi-" + "zation" is one word, "cell-" + "free"
a compound that keeps its hyphen. PDF text and text copied from PDFs break lines alike."""

from __future__ import annotations

from cvbib.data import word_set

# First words of compounds written with a hyphen ("real-time", "self-supervised"): a line
# break after them keeps the hyphen even before a lower-case word.
COMPOUND_HEADS = frozenset({
    "self", "non", "multi", "semi", "cross", "well", "high", "low", "large", "small",
    "long", "short", "real", "state", "end", "open", "zero", "few", "one", "two", "three",
    "four", "many", "fine", "coarse", "time", "data", "task", "model", "graph", "deep",
    "human", "user", "energy", "cost", "memory", "privacy", "label", "sample", "text",
    "image", "video", "domain", "context", "resource", "event", "object", "point", "first",
    "second", "third", "full", "half", "top", "bottom", "all", "built", "hand", "rule",
    "knowledge", "learning", "training", "fault", "error", "power"
})  # fmt: skip

# Second words of compounds ("family-centered", "evidence-based"): after a line break they
# keep the hyphen whatever the first word is.
COMPOUND_TAILS = frozenset({
    "based", "centered", "centred", "oriented", "driven", "aware", "informed", "focused",
    "related", "specific", "level", "scale", "wide", "free", "friendly", "dependent",
    "independent", "intensive", "sensitive", "owned", "funded", "making",
})  # fmt: skip

# Endings TeX breaks off ("test-ing"): never the second half of a hyphenated compound.
SUFFIXES = frozenset({
    "s", "es", "ed", "d", "ing", "ings", "er", "ers", "est", "ly", "ful", "less", "ness",
    "ment", "ments", "able", "ible", "ity", "ities", "ive", "ion", "ions", "ation",
    "ations", "al", "ally", "ance", "ence", "ous", "ism", "ist", "ists", "ize", "ized",
    "izes", "izing", "ization", "ise", "ised", "ising", "isation", "ic", "ical"
})  # fmt: skip


def keeps_hyphen(head: str, tail: str) -> bool:
    """Whether a line ending in ``head`` + "-" and going on with ``tail`` keeps the hyphen.

    It stays when the next part is capitalised ("Self-Supervised"), the word already had
    one ("state-of-the-art"), the first part starts compounds ("real-time"), or the next
    part is a word and the join is not ("cell-free", "loco-manipulation"); an ending TeX
    breaks off ("test-ing") never keeps it.
    """
    words = word_set("title_words.txt")
    last, low = head.rsplit("-", 1)[-1].lower(), tail.lower()
    if low in SUFFIXES and len(last) >= 4 and last in words and last + low not in words:
        return True  # "lithium-" + "ion": two words, not "test-" + "ing"
    return tail[:1].isupper() or (
        low not in SUFFIXES
        and (
            "-" in head
            or last in COMPOUND_HEADS
            or low in COMPOUND_TAILS
            or f"{last}-{low}" in words
            # "loco-" + "manipulation": the second part a word, the join none
            or (last + low not in words and low in words and len(last) >= 4 and len(low) >= 4)
        )
    )
