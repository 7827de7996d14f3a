"""The etl_sources component: who information is attributed to -> `doc._.sources`.

Cues come from `seeds/reference/attribution_cues.csv`:

- speech verbs: the source is the noun phrase after the verb ('..., disse o Sr. Kim',
  'informou a agência de notícias KCNA') or before it ('A KCNA disse que', 'Kim told
  reporters'). A verb followed by "que"/"that" looks left first; when no phrase is next to
  the verb, the sentence's leading person or organisation is the source ('Belousov ... e
  disse que');
- prepositions: 'segundo <NP>', 'de acordo com <NP>', 'according to <NP>', 'según <NP>';
- photo labels: '(Foto: KCNA)' -> kind photo_credit, the credited name up to ')' or line end;
- the article's own source line: 'Fonte: <url>' -> kind article_url, name = the URL.

The source span is the noun phrase as written without its leading article; a person is
named without honorific or title ("Kim" in "disse o Sr. Kim"), an organisation keeps its
description ("agência de notícias KCNA"). The span always overlaps the linked actor's
mention. `name` is the source as named (the span text); `actor_id` links the actor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from etl.extract.components._actors_gazetteer import load_gazetteer
from etl.models import Actor, Source, SourceKind

_STOPS = frozenset({",", ".", ";", ":", "!", "?", '"', "“", "”", "«", "»", "(", ")", "—", "–"})
_CLAUSE_WORDS = frozenset({"que", "that", "como", "if", "se", "si"})
_MAX_NP = 8
_MAX_UNLINKED = 3
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "\n", ")"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„", "‘", "’"})
_MAX_APPOSITION = 16


class SourcesComponent:
    """Attach attribution cues to the noun phrase (and actor) they point to."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        gaz = load_gazetteer(nlp)
        self.cues = gaz.cues
        self.determiners = gaz.word_set("determiner")
        self.adverbs = gaz.word_set("adverb")
        self.honorifics = gaz.honorifics
        self.preps = {text for text, (kind, _) in gaz.cues.items() if kind == "prep"}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for text in gaz.cues:
            self.matcher.add(text, [nlp.make_doc(text)])

    def __call__(self, doc: Doc) -> Doc:
        finder = _SourceFinder(self, doc)
        spans = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        sources: dict[tuple[int, int, int | None], Source] = {}
        for cue in filter_spans(spans):
            source = finder.source_for(cue)
            if source is not None:
                sources.setdefault((source.start, source.end, source.cue_start), source)
        doc._.sources = sorted(sources.values(), key=lambda s: (s.start, s.cue_start or 0))
        return doc


class _SourceFinder:
    """Per-doc helpers: which tokens are actor mentions, and noun-phrase boundaries."""

    def __init__(self, component: SourcesComponent, doc: Doc) -> None:
        self.c, self.doc = component, doc
        self.text = doc.text  # Doc.text joins every token: read it once
        self.actor_at: dict[int, tuple[Actor, int, int]] = {}  # token -> (actor, start, end tok)
        for actor in doc._.actors or []:
            for mention in actor.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                for i in range(span.start, span.end):
                    current = self.actor_at.get(i)
                    if current is None or current[2] - current[1] < span.end - span.start:
                        self.actor_at[i] = (actor, span.start, span.end)

    def source_for(self, cue: Span) -> Source | None:
        kind, side = self.c.cues[cue.text.lower()]
        if kind == "photo":
            return self._labelled(cue, "photo_credit")
        if kind == "url":
            return self._labelled(cue, "article_url")
        if kind == "prep":
            if cue.start > 0 and self.doc[cue.start - 1].lower_ in self.c.determiners:
                return None  # "o segundo dia": an ordinal, not a cue
            return self._right(cue, require_actor=False)
        following = self.doc[cue.end].lower_ if cue.end < len(self.doc) else ""
        if side == "left" or following in _CLAUSE_WORDS or following in _STOPS:
            return self._left(cue) or self._apposed(cue) or self._sentence_subject(cue)
        left = self._left(cue)
        if left is not None and left.actor_id is not None:
            return left
        return self._right(cue, require_actor=False) or left or self._sentence_subject(cue)

    def _make(self, start: int, end: int, cue: Span, kind: SourceKind = "attribution") -> Source:
        doc = self.doc
        first, last = doc[start], doc[end - 1]
        text = self.text[first.idx:last.idx + len(last)]
        actor = None
        for i in range(start, end):
            if i in self.actor_at:
                actor = self.actor_at[i][0]
        if kind == "article_url":
            actor = None
        return Source(start=first.idx, end=last.idx + len(last), text=text, name=text,
                      cue=cue.text, cue_start=cue.start_char, cue_end=cue.end_char, kind=kind,
                      actor_id=actor.actor_id if actor else None)

    def _labelled(self, cue: Span, kind: SourceKind) -> Source | None:
        doc = self.doc
        if not cue.text[:1].isupper() or cue.end >= len(doc) or doc[cue.end].text != ":":
            return None
        start = end = cue.end + 1
        while end < len(doc) and doc[end].text not in (")", "]") and "\n" not in doc[end].text:
            end += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in _STOPS):
            end -= 1
        if end <= start:
            return None
        if kind == "article_url" and not (end - start == 1 and doc[start].like_url):
            kind = "attribution"
        return self._make(start, end, cue, kind)

    def _right(self, cue: Span, *, require_actor: bool) -> Source | None:
        doc, start = self.doc, cue.end
        while start < len(doc) and doc[start].lower_ in self.c.adverbs:
            start += 1
        if start < len(doc) and doc[start].lower_ in self.c.determiners:
            start += 1
        elif start < len(doc) and not (doc[start].text[:1].isupper() or start in self.actor_at):
            return None
        while start < len(doc) and (self._is_honorific(start) or doc[start].text == "."):
            start += 1
        end, found = start, None
        while end < len(doc) and end - start < _MAX_NP:
            token = doc[end]
            if end in self.actor_at:
                found = self.actor_at[end]
                if found[0].type == "person":
                    start = found[1]  # a person is named without their title
                end = found[2]
                continue
            titled = found is None or (found[0].type != "person" and doc[start].text.islower())
            if token.text == "," and titled and end + 1 in self.actor_at \
                    and self.actor_at[end + 1][0].type == "person":
                found = self.actor_at[end + 1]  # "afirmó el presidente de la Generalitat, Carlos Mazón"
                start, end = found[1], found[2]
                continue
            if token.text in _STOPS or token.is_space or token.lower_ in _CLAUSE_WORDS \
                    or token.lower_ in self.c.cues or (found and not token.text[:1].isupper()):
                break
            end += 1
        if end <= start or (require_actor and found is None):
            return None
        if found is None and (end - start > _MAX_UNLINKED or any(t.is_stop for t in doc[start:end - 1])
                              or (end < len(doc) and doc[end].text not in _CLAUSE_END)):
            return None  # "disse o governo." is a source; "said the spread was bad" is not
        if self.c.lang == "en" and cue.label_ not in self.c.preps and end < len(doc) \
                and not (doc[end].is_punct or doc[end].is_space):
            return None  # English inverts only at the clause end: '"...," said Kim.'
        return self._make(start, end, cue)

    def _left(self, cue: Span) -> Source | None:
        doc, k = self.doc, cue.start - 1
        while k >= 0 and doc[k].lower_ in self.c.adverbs:
            k -= 1
        if k < 0:
            return None
        if k in self.actor_at:
            actor, start, end = self.actor_at[k]
            if actor.type != "person":
                start = self._extend_left(start)
            return self._make(start, end, cue)
        start = k
        while start >= 0 and doc[start].is_alpha and doc[start].text.islower() and not doc[start].is_stop \
                and doc[start].lower_ not in self.c.determiners and k - start < _MAX_UNLINKED:
            start -= 1
        if start == k or start < 0:
            return None
        if doc[start].text[:1].isupper() and doc[start].is_alpha and start > 0 and doc[start - 1].text == ",":
            return self._make(start, k + 1, cue)  # ", Indian officials said."
        if doc[start].lower_ not in self.c.determiners and doc[start].text != ",":
            return None
        return self._make(start + 1, k + 1, cue)

    def _apposed(self, cue: Span) -> Source | None:
        """The person set off by commas before the verb: 'O porta-voz da Guarda Costeira, Jay
        Tarriela, disse que', '"…," Deanne Criswell, the head of FEMA, told reporters'."""
        doc, k = self.doc, cue.start - 1
        if k <= 0 or doc[k].text != ",":
            return None
        for j in range(k, max(k - _MAX_APPOSITION, 0), -1):
            if doc[j].text in _QUOTE_MARKS or doc[j].text in (".", ";", "!", "?") or "\n" in doc[j].text:
                break
            if doc[j].text == "," and j - 1 in self.actor_at:
                actor, start, end = self.actor_at[j - 1]
                if actor.type == "person" and end == j:
                    return self._make(start, end, cue)
        return None

    def _extend_left(self, start: int) -> int:
        """Include a lowercase description before the mention ("agência Lusa"), not an honorific."""
        doc = self.doc
        while start > 0:
            prev = doc[start - 1]
            if prev.is_alpha and prev.text.islower() and prev.lower_ not in self.c.determiners \
                    and prev.lower_ not in self.c.cues and not prev.is_stop:
                start -= 1
            elif prev.lower_ in ("de", "da", "do", "of") and start > 1 and doc[start - 2].text.islower() \
                    and doc[start - 2].lower_ not in self.c.determiners:
                start -= 1
            else:
                break
        return start

    def _is_honorific(self, i: int) -> bool:
        return self.doc[i].text.rstrip(".") in self.c.honorifics

    def _sentence_subject(self, cue: Span) -> Source | None:
        first = cue.sent.start
        for i in range(cue.sent.start, cue.start):
            if "\n" in self.doc[i].text:
                first = i + 1  # a caption or credit line before a paragraph is not its subject
        for i in range(first, min(cue.start, first + _MAX_NP)):
            if i in self.actor_at and self.actor_at[i][0].type in ("person", "organization"):
                _, start, end = self.actor_at[i]
                return self._make(start, end, cue)
        return None


@Language.factory("etl_sources")
def make_sources(nlp: Language, name: str) -> SourcesComponent:
    """Build the etl_sources component (the cue matcher is built once per pipeline)."""
    return SourcesComponent(nlp, name)
