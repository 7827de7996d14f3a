"""Which words are common in a language: wordfreq's word lists, shipped inside the package.

A capitalised word that is also a frequent common noun ("Palácio", "Central", "Serra",
"República") is weak evidence of a name on its own, however many towns GeoNames lists by
that name; a rare one ("Huíla", "Sumbe", "Tolima") is strong evidence. wordfreq's "best"
lists (Wikipedia, subtitles, news, web text) give each word's frequency; nothing is
downloaded. Loading a language's list costs about 0.1 s once per process (the workers' fork
server loads it with the pipelines).
"""

from __future__ import annotations

from functools import cache

# Zipf 3.5 (about 3 in a million words): "ribeira" (3.65) and "valle" (3.62) are above,
# "amora" (3.4), "tarrafal" (2.83) and "huíla" (2.66) below.
COMMON_ZIPF = 3.5


@cache
def common_words(language: str) -> frozenset[str]:
    """The lower-case words of `language` at or above `COMMON_ZIPF`.

    Examples:
        >>> "palácio" in common_words("pt"), "huíla" in common_words("pt")
        (True, False)
    """
    from wordfreq import get_frequency_dict

    floor = 10 ** (COMMON_ZIPF - 9)  # Zipf is log10 of the frequency per billion words
    return frozenset(word for word, frequency in get_frequency_dict(language, wordlist="best").items()
                     if frequency >= floor)


def is_common_word(word: str, language: str) -> bool:
    """Whether `word`, lower-cased, is a common word of `language`."""
    return word.lower() in common_words(language)
