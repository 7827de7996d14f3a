"""Per-doc preparation for the etl_actors component: word units and gazetteer-hit filters."""

from __future__ import annotations

from spacy.tokens import Doc

from etl.extract.components._actors_gazetteer import Hit
from etl.extract.components._actors_units import Unit

_OPENERS = frozenset({'"', "“", "«", "„", "‘", "'", "(", "[", "—", "–", "-"})
_ENDERS = frozenset({".", "!", "?", ":", "…"})


def build_units(doc: Doc, text: str, honorifics: set[str]) -> list[Unit]:
    """Split the doc (whose text is `text`) into word units ("Jong-un", "Sr."), marking
    sentence-initial ones."""
    tokens, units = list(doc), []
    i, initial, n = 0, True, len(tokens)
    while i < n:
        j = i + 1
        if tokens[i].text in honorifics and j < n and tokens[j].text == "." and not tokens[i].whitespace_:
            j += 1
        while (j + 1 < n and not tokens[j - 1].whitespace_ and tokens[j].text == "-"
               and not tokens[j].whitespace_ and tokens[j + 1].is_alpha):
            j += 2
        token, last = tokens[i], tokens[j - 1]
        end_char = last.idx + len(last)
        unit = Unit(i, j, token.idx, end_char, text[token.idx:end_char])
        if token.is_space:
            initial = initial or "\n" in token.text
        elif token.text in _OPENERS:
            unit.initial = initial
        else:
            unit.initial = initial or bool(token.is_sent_start)
            initial = token.text in _ENDERS
        units.append(unit)
        i = j
    return units


def drop_head_hits(doc: Doc, hits: list[Hit], place_heads: set[str]) -> list[Hit]:
    """A one-word place that is also a geographic noun starts a longer unseen name
    ("Recife Whitsun" is a reef, not the city of Recife)."""
    kept = []
    for hit in hits:
        nxt = doc[hit.end] if hit.end < len(doc) else None
        if hit.end - hit.start == 1 and hit.entry.kind == "place" and doc[hit.start].text in place_heads \
                and nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha \
                and not any(h.start == hit.end for h in hits):
            continue
        kept.append(hit)
    return kept


def resolve_short_countries(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """A short country name that ends a longer one named in the article is that country:
    "Congo" after "Democratic Republic of Congo" is DR Congo, not the Republic of the Congo."""
    full = {doc[h.start:h.end].text: h.entry for h in hits
            if h.entry.kind == "country" and h.end - h.start > 1}
    resolved = []
    for hit in hits:
        text = doc[hit.start:hit.end].text
        if hit.entry.kind == "country" and not hit.entry.capital:
            longer = [e for t, e in full.items() if t.endswith(" " + text) and e.country != hit.entry.country]
            if len({e.country for e in longer}) == 1:
                hit = Hit(hit.start, hit.end, longer[0])
        resolved.append(hit)
    return resolved


def drop_surname_hits(doc: Doc, hits: list[Hit], first_names: set[str]) -> list[Hit]:
    """A one-word country or place right after a first name is a surname ("Luís Montenegro");
    then every bare mention of that word in the article is the person too."""
    surnames: set[str] = set()
    for hit in hits:
        prev = doc[hit.start - 1] if hit.start > 0 else None
        if hit.end - hit.start == 1 and hit.entry.kind in ("country", "place") and prev is not None \
                and prev.text in first_names and prev.whitespace_:
            surnames.add(doc[hit.start].text)
    return [h for h in hits if h.end - h.start > 1 or doc[h.start].text not in surnames]


def article_source(doc: Doc, lang: str) -> tuple[str | None, str | None]:
    """The article's URL and language (declared, else the pipeline's), if known."""
    article = doc._.article
    if article is None:
        return None, None
    return article.url, (article.language or lang).lower().split("-")[0]
