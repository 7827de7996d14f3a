"""The etl_quotes component: direct quotations and who said them -> `doc._.quotes`.

Quotation marks are found on tokens (the tokenizer splits them off words, so the apostrophe
in "don’t" or "d’Ivoire" is never a mark). Supported pairs: "…", “…”, “…“, „…“, „…”, «…»,
‹…› and ‘…’. A quote may span sentences but not paragraphs (it never crosses a newline).
The span is the words inside the marks, without the marks, the padding spaces of « … »
and a trailing comma ('"We will win," he said' -> 'We will win').

Speaker, in order (its actor is the speaker, or null):

1. the nearest attribution source (`doc._.sources`) whose cue is in the same sentence right
   after the closing mark ('"…", disse o Sr. Kim.'; after a quote that ends its own sentence,
   only a short "X said." sentence counts);
2. a pronoun with a speech verb after the quote ('"…," he said', 'disse ela', 'dijo él'): the
   one person of that gender (from honorific, gendered title or pt/es first name) named in
   this or the previous sentence, if exactly one is compatible, else null;
3. the nearest source right before the opening mark in the same sentence ('Kim afirmou que
   Moscou deveria agir para "responder às forças hostis"', 'X dijo: «…»');
4. the only speaker of the previous sentence of the same paragraph ('"…," coach Luis de la
   Fuente said. "We played like a family."'). An organisation's abbreviation is never a
   person: speakers are actors as typed by `etl_actors`. Scare quotes (a single word with no cue next to it,
e.g. the “deal”) are skipped: they are terms, not quotations. Two words or more are kept
('uma parceria «sem limites»').
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from etl.extract.components._actors_gazetteer import load_gazetteer
from etl.models import Actor, Quote, Source

_CLOSERS = {'"': {'"'}, "“": {"”", "“"}, "„": {"“", "”"}, "«": {"»"}, "‹": {"›"}, "‘": {"’"}}
_PADDED = frozenset({"«", "‹"})  # French style allows spaces inside the marks
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_ALL_MARKS = frozenset(_CLOSERS) | {m for ms in _CLOSERS.values() for m in ms}
_MAX_TOKENS = 400
_SCARE_WORDS = 1
_SHORT_SENTENCE = 8  # tokens after a quote that ends its sentence: '"…." Kroos said.'
_PRONOUNS = {"he": "m", "she": "f", "ele": "m", "ela": "f", "él": "m", "ella": "f"}
_MALE_HONORIFICS = frozenset({"Mr", "Sr", "Dom", "Don", "don", "Sir"})
_FEMALE_HONORIFICS = frozenset({"Mrs", "Ms", "Sra", "Srta", "Dona", "Doña", "doña", "Dame"})
_FEMALE_TITLES = frozenset({"ministra", "presidenta", "secretária", "secretaria", "governadora", "prefeita",
                            "diretora", "directora", "deputada", "diputada", "senadora", "jefa", "alcaldesa",
                            "reina", "rainha", "princesa", "princess", "queen", "embaixadora", "embajadora",
                            "chairwoman", "spokeswoman", "congresswoman", "primeira-ministra", "juíza", "jueza",
                            "vice-presidenta", "vicepresidenta", "homóloga", "porta-voz-adjunta", "treinadora"})
_MALE_TITLES = frozenset({"ministro", "secretário", "secretario", "governador", "gobernador", "prefeito",
                          "diretor", "director", "deputado", "diputado", "senador", "jefe", "alcalde", "rei",
                          "rey", "príncipe", "prince", "king", "embaixador", "embajador", "chairman",
                          "spokesman", "congressman", "primeiro-ministro", "juiz", "juez", "homólogo",
                          "treinador", "entrenador"})


class QuotesComponent:
    """Pair quotation marks and attribute each quote to the nearest cue's source."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        gaz = load_gazetteer(nlp)
        self.verbs = {w for w, (kind, _) in gaz.cues.items() if kind == "verb"}
        self.honorifics = gaz.honorifics

    def __call__(self, doc: Doc) -> Doc:
        sources = [s for s in doc._.sources or [] if s.kind == "attribution" and s.cue_start is not None]
        speakers = _Speakers(self, doc, sources)
        quotes = []
        for opener, closer in find_quote_marks(doc):
            quote = _make_quote(doc, opener, closer, speakers)
            if quote is not None:
                quotes.append(quote)
        doc._.quotes = quotes
        return doc


def find_quote_marks(doc: Doc) -> list[tuple[int, int]]:
    """Return (opening token, closing token) index pairs, in text order."""
    pairs, i = [], 0
    while i < len(doc):
        token = doc[i]
        closers = _CLOSERS.get(token.text)
        opens = closers is not None and (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_punct
                                         or doc[i - 1].is_space)
        if closers is None or not opens or (token.whitespace_ and token.text not in _PADDED):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < _MAX_TOKENS and "\n" not in doc[j].text:
            if doc[j].text in closers and (not doc[j - 1].whitespace_ or token.text in _PADDED):
                break
            if token.text == '"' and doc[j].text == '"':
                j = len(doc)  # a straight mark after a space opens another quote: no pair here
                break
            j += 1
        if j < len(doc) and j - i < _MAX_TOKENS and doc[j].text in closers and j > i + 1:
            pairs.append((i, j))
            i = j + 1
        else:
            i += 1
    return pairs


def _make_quote(doc: Doc, opener: int, closer: int, speakers: _Speakers) -> Quote | None:
    start, end = opener + 1, closer
    while start < end and doc[start].is_space:
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text == ","):
        end -= 1
    if end <= start or not any(t.is_alpha for t in doc[start:end]):
        return None
    first, last = doc[start], doc[end - 1]
    text = doc[start:end].text
    speaker = speakers.speaker(opener, closer)
    if speaker is None and len(text.split()) <= _SCARE_WORDS:
        return None
    return Quote(start=first.idx, end=last.idx + len(last), text=text, speaker_actor_id=speaker)


class _Speakers:
    """Per-doc speaker finder; see the module docstring for the order of the rules."""

    def __init__(self, component: QuotesComponent, doc: Doc, sources: list[Source]) -> None:
        self.c, self.doc, self.sources = component, doc, sources
        self.text = doc.text
        self.people: list[tuple[int, str, str | None]] = sorted(  # (mention start, actor id, gender)
            (m.start, a.actor_id, self._gender(a, m.start)) for a in doc._.actors or [] if a.type == "person"
            for m in a.mentions)

    def speaker(self, opener: int, closer: int) -> str | None:
        doc = self.doc
        end = self._sentence_end(closer + 1)
        after_start, after_end = doc[closer].idx + len(doc[closer]), self._char(end)
        terminal = doc[closer - 1].text in _SENTENCE_END
        after = [s for s in self.sources if after_start <= (s.cue_start or 0) < after_end]
        if terminal:  # only a sentence that is just "X said." or "said X." names this speaker
            after = [s for s in after if min(s.start, s.cue_start or 0) <= after_start + 1
                     and end - closer <= _SHORT_SENTENCE]
        if after:
            return min(after, key=lambda s: s.cue_start or 0).actor_id
        if not terminal and (pronoun := self._pronoun(closer + 1, end)) is not None:
            return self._resolve(pronoun, opener)
        start = self._sentence_start(opener - 1)
        before_start = self._char(start) if start >= 0 else 0
        before = [s for s in self.sources
                  if before_start <= (s.cue_start or 0) and (s.cue_end or 0) <= doc[opener].idx]
        if before:
            return max(before, key=lambda s: s.cue_start or 0).actor_id
        if (pronoun := self._pronoun(max(start + 1, opener - 3), opener)) is not None:
            return self._resolve(pronoun, opener)  # "Ele disse: «…»"
        if self._has_verb(start + 1, opener) or (not terminal and self._has_verb(closer + 1, end)):
            return None  # the sentence names its own speaker, unresolved ("Ukraine's president said")
        return self._previous_sentence_speaker(start)

    def _has_verb(self, start: int, end: int) -> bool:
        return any(self.doc[i].lower_ in self.c.verbs for i in range(max(start, 0), end))

    def _sentence_end(self, j: int) -> int:
        doc = self.doc
        while j < len(doc) and doc[j].text not in _SENTENCE_END and doc[j].text not in _ALL_MARKS \
                and "\n" not in doc[j].text:
            j += 1
        return j

    def _sentence_start(self, k: int) -> int:
        """Index of the token that ends the previous sentence (-1 at the start of the doc)."""
        doc = self.doc
        while k >= 0 and doc[k].text not in _SENTENCE_END and doc[k].text not in _ALL_MARKS \
                and "\n" not in doc[k].text:
            k -= 1
        return k

    def _char(self, i: int) -> int:
        doc = self.doc
        if i >= len(doc):
            return len(self.text)
        return doc[i].idx + len(doc[i]) if i >= 0 else 0

    def _previous_sentence_speaker(self, k: int) -> str | None:
        """The only speaker of the previous sentence, if it is in the same paragraph."""
        doc = self.doc
        if k < 0 or "\n" in doc[k].text or doc[k].text not in _SENTENCE_END | _ALL_MARKS:
            return None
        while k >= 0 and doc[k].text in _SENTENCE_END | _ALL_MARKS:
            k -= 1
        start = k
        while start >= 0 and doc[start].text not in _SENTENCE_END and "\n" not in doc[start].text:
            start -= 1
        lo, hi = self._char(start), self._char(k)
        ids = {s.actor_id for s in self.sources if lo <= (s.cue_start or 0) < hi}
        return ids.pop() if len(ids) == 1 else None

    def _pronoun(self, start: int, end: int) -> str | None:
        """The gender of a pronoun next to a speech verb right after the quote, if any."""
        doc = self.doc
        for i in range(start, min(end, start + 4)):
            gender = _PRONOUNS.get(doc[i].lower_)
            near = {doc[j].lower_ for j in (i - 1, i + 1) if 0 <= j < len(doc)}
            if gender and near & self.c.verbs:
                return gender
        return None

    def _resolve(self, gender: str, opener: int) -> str | None:
        """The one person of `gender` (or unknown gender) named in this or the previous sentence."""
        k = self._sentence_start(opener - 1)
        if k >= 0:
            k = self._sentence_start(k - 1)
        lo, hi = self._char(k), self.doc[opener].idx
        compatible = {actor_id for start, actor_id, g in self.people if lo <= start < hi and g in (gender, None)}
        return compatible.pop() if len(compatible) == 1 else None

    def _gender(self, actor: Actor, start: int) -> str | None:
        before = self.text[max(start - 6, 0):start].split()
        honorific = before[-1].rstrip(".") if before else ""
        if honorific in _MALE_HONORIFICS:
            return "m"
        if honorific in _FEMALE_HONORIFICS:
            return "f"
        role = (actor.role or "").split()
        if role and role[0] in _FEMALE_TITLES:
            return "f"
        if role and role[0] in _MALE_TITLES:
            return "m"
        first = actor.name.split()[0]
        if self.c.lang in ("pt", "es") and len(actor.name.split()) > 1 and first[-1:] in ("a", "o"):
            return "f" if first.endswith("a") else "m"
        return None


@Language.factory("etl_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Build the etl_quotes component."""
    return QuotesComponent(nlp, name)
