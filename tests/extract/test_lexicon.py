from __future__ import annotations

import pytest

from etl.extract.lexicon import is_common_word


@pytest.mark.parametrize(
    "word,language,expected",
    [
        ("Palácio", "pt", True),
        ("Serra", "pt", True),
        ("Huíla", "pt", False),
        ("Tolima", "es", False),
        ("Palacio", "es", True),
        ("Street", "en", True),
        ("Geraldton", "en", False),
    ],
)
def test_is_common_word(word: str, language: str, expected: bool) -> None:
    assert is_common_word(word, language) is expected
