"""Tests for the regex helpers shared by the rule components (etl/extract/patterns.py)."""

from __future__ import annotations

import re

import pytest

from etl.extract.patterns import _alt, counts_a_noun, find_windows

STOP = frozenset({"os", "as", "the", "eles"})
VERBS = ("ram", "ou", "ed")


@pytest.mark.parametrize(
    "words,text,expected",
    [
        (["mês", "mês passado"], "no mês  passado", "mês  passado"),
        (["ontem", "anteontem"], "anteontem", "anteontem"),
        (["a.m."], "10 a.m.", "a.m."),
    ],
)
def test_patterns_alt_matches_longest(words, text, expected):
    assert re.search(_alt(words), text).group(0) == expected


def test_patterns_find_windows_merges_close_triggers():
    text = "a" * 100 + "1" + "b" * 10 + "2" + "c" * 100
    assert find_windows(re.compile(r"\d"), text, margin=5) == [(95, 117)]


@pytest.mark.parametrize(
    "text,end,expected",
    [
        ("2000 soldados", 4, True),
        ("de 2000 pessoas", 7, True),
        ("the 2000 troops", 8, True),
        ("em 2000 os preços", 7, False),
        ("em 2019 morreram", 7, False),
        ("em 2019 fomos", 7, False),
        ("em 2019 Lula", 7, False),
        ("em 2019, pessoas", 7, False),
        ("em 2019 mais", 7, False),
    ],
)
def test_patterns_counts_a_noun(text, end, expected):
    assert counts_a_noun(text, end, stop=STOP, verb_suffixes=VERBS) is expected
