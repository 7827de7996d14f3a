"""The etl_quotes component: direct quotations and who said them -> `doc._.quotes`.

Quotation marks are found on tokens (the tokenizer splits them off words, so the apostrophe
in "don’t" or "d’Ivoire" is never a mark). Supported pairs: "…", “…”, “…“, „…“, „…”, «…»,
‹…› and ‘…’; in Spanish and Portuguese also dialogue, a paragraph opened by an em dash
("—No tenemos agua —contaba la vecina."). A quote may span sentences but not paragraphs (it never crosses a newline).
The span is the words inside the marks, without the marks, the padding spaces of « … »
and a trailing comma ('"We will win," he said' -> 'We will win').

Speaker, in order (its actor is the speaker, or null):

1. the nearest attribution source (`doc._.sources`) whose cue is in the same sentence right
   after the closing mark ('"…", disse o Sr. Kim.'; after a quote that ends its own sentence,
   only a short "X said." sentence counts); when a cue before the opening mark also names a
   speaker, the cue after counts only if it or its source follows the mark ('X said it
   “rejects” the decision, while Y said …' is X's);
2. a pronoun with a speech verb after the quote ('"…," he said', 'disse ela', 'dijo él'): the
   one person of that gender (from honorific, gendered title or pt/es first name) named in
   this or the previous sentence, if exactly one is compatible, else null (a pronoun before the
   quote counts only the people named before it: 'She described Ms Tan's death as "…"');
3. the subject of a verb that introduces quoted words (kind quote in `attribution_cues.csv`)
   between the nearest source's cue and the opening mark ('a timeline that Elon Musk called
   "absurd"', 'o ministro Kim classificou a decisão de «inaceitável»', 'Mahama, who served as
   president, has promised to "reset"': an aside between commas is skipped), else the nearest source
   right before the opening mark in the same sentence ('Kim afirmou que Moscou deveria agir
   para "responder às forças hostis"', 'X dijo: «…»');
4. the person or organisation named right before the verb that runs into the quote, when the
   quote is said words, not a name ('a APB pede "regras claras"', 'Peter Dutton blamed "Labor's
   spending"');
5. the only speaker of the previous sentence of the same paragraph ('"…," coach Luis de la
   Fuente said. "We played like a family."'). An organisation's abbreviation is never a
   person: speakers are actors as typed by `etl_actors`. Scare quotes (a single word with no cue next to it,
e.g. the “deal”) are skipped: they are terms, not quotations. Two words or more are kept
('uma parceria «sem limites»').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count

from spacy.language import Language
from spacy.tokens import Doc

from etl.extract.components._actors_gazetteer import load_gazetteer, split_cell
from etl.extract.patterns import PERFECT_AUXILIARIES, DocTokens, after_preposition, doc_text, doc_tokens
from etl.extract.reference import rows_for_language
from etl.models import Actor, Quote, Source

# Where etl_sources leaves the quotation marks it found (`find_quote_marks`) for etl_quotes.
QUOTE_MARKS_KEY = "etl.quote_marks"
_CLOSERS = {'"': {'"'}, "“": {"”", "“"}, "„": {"“", "”"}, "«": {"»"}, "‹": {"›"}, "‘": {"’"}}
_SINGLE_MARKS = frozenset({"'", "‘"})
_QUOTE_END = frozenset({",", ".", "!", "?"})  # inside a British single-quoted quote's closing mark
_PADDED = frozenset({"«", "‹"})  # French style allows spaces inside the marks
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_ALL_MARKS = frozenset(_CLOSERS) | {m for ms in _CLOSERS.values() for m in ms}
_MAX_TOKENS = 400
_SCARE_WORDS = 1
# What opens a view and its holder: "Para Mariana Costa, analista da XP, o preço é alto".
VIEW_OPENERS = frozenset({"Para"})
_VIEW_REACH = 12
# Words before a term in quotes, not a quotation: "so-called", "los llamados", "o chamado".
_NAMED_SO = frozenset({"so-called", "llamado", "llamada", "llamados", "llamadas", "denominado",
                       "denominada", "denominados", "chamado", "chamada", "chamados", "chamadas", "apelidado",
                       "apelidada", "autodenominado", "autoproclamado", "autoproclamada"})
_TERM_WORDS = 4
# A quoting gerund is the sentence subject's: "calling", "classificando-a", "calificándolo".
_GERUNDS = ("ing", "ndo", "ndolo", "ndola", "ndolos", "ndolas", "ndo-o", "ndo-a", "ndo-os", "ndo-as")
_TITLE_WORDS = 4  # at most, in a quoted title after "de/of"
# Words that introduce a name in quotes, not a quotation.
_NAMING = frozenset({"denominada", "denominado", "chamada", "chamado", "batizada", "batizado", "baptizada",
                     "baptizado", "apelidado", "apelidada", "alcunha", "llamada", "llamado", "bautizada",
                     "bautizado", "apodado", "apodada", "alias", "nicknamed", "codenamed",
                     # a label given by no speaker: 'un nivel considerado "muy dañino"'
                     "considerado", "considerada", "considerados", "consideradas", "calificado", "calificada",
                     "catalogado", "catalogada", "classificado", "classificada", "so-called", "dubbed"})
_OF = frozenset({"de", "do", "da", "of", "del"})
_FOR_WHOM, _WHOM = frozenset({"para", "for"}), frozenset({"quem", "quien", "quienes", "whom"})
_KNOWN = frozenset({"conocido", "conocida", "conocidos", "conocidas", "conhecido", "conhecida", "conhecidos",
                    "conhecidas"})
_SETTING_PREPS = frozenset({"en", "em", "no", "na", "in", "durante", "during", "ante", "perante", "before"})
_RELATIVE_SUBJECTS = frozenset({"que", "who", "which", "quien", "quienes"})  # ", que classificou … como «…»"
_ASIDE_TOKENS = 25  # an aside between commas after a subject: "Mahama, who served as president, has"
_SHORT_SENTENCE = 8  # tokens after a quote that ends its sentence: '"…." Kroos said.'
# Words that open a place or a time after a speech verb, not its subject ("dijo en el Congreso").
_SETTING_WORDS = frozenset({"en", "em", "no", "na", "nos", "nas", "desde", "durante", "ante", "tras", "após", "ao",
                            "à", "al", "por", "pelo", "pela", "hoy", "hoje", "ayer", "ontem", "nesta", "neste",
                            "aos", "às", "para", "entre", "a",
                            # when it was said: '"Soy inocente", dijo antes de que se cortara la conexión'
                            "antes", "después", "despues", "depois", "mientras", "enquanto", "cuando", "quando",
                            "luego", "logo", "horas", "minutos", "momentos"})
# Portuguese "a" is also the article of an inverted subject ('"…", disse a ministra').
_SETTING_NOT = {"pt": frozenset({"a"})}
_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "o", "a", "os", "as", "se", "lhe", "lhes"})
PRONOUNS = {"he": "m", "she": "f", "ele": "m", "ela": "f", "él": "m", "ella": "f"}
_MALE_HONORIFICS = frozenset({"Mr", "Sr", "Dom", "Don", "don", "Sir"})
_FEMALE_HONORIFICS = frozenset({"Mrs", "Ms", "Sra", "Srta", "Dona", "Doña", "doña", "Dame"})
_FEMALE_TITLES = frozenset({"ministra", "presidenta", "secretária", "secretaria", "governadora", "prefeita",
                            "diretora", "directora", "deputada", "diputada", "senadora", "jefa", "alcaldesa",
                            "reina", "rainha", "princesa", "princess", "queen", "embaixadora", "embajadora",
                            "chairwoman", "spokeswoman", "congresswoman", "primeira-ministra", "juíza", "jueza",
                            "vice-presidenta", "vicepresidenta", "homóloga", "porta-voz-adjunta", "treinadora"})
_ENGLISH_GENDERED = frozenset({"princess", "queen", "chairwoman", "spokeswoman", "congresswoman", "prince", "king",
                               "chairman", "spokesman", "congressman"})
_MALE_TITLES = frozenset({"ministro", "secretário", "secretario", "governador", "gobernador", "prefeito",
                          "diretor", "director", "deputado", "diputado", "senador", "jefe", "alcalde", "rei",
                          "rey", "príncipe", "prince", "king", "embaixador", "embajador", "chairman",
                          "spokesman", "congressman", "primeiro-ministro", "juiz", "juez", "homólogo",
                          "treinador", "entrenador"})


# A verb joined by "e/y/and" to an earlier one, its object, then the quote: "e considerou o acordo «".
_JOINED_VERB = re.compile(r"(?<![\w])(?:e|y|and)[ \t]+([^\W\d_]+)(?:[ \t]+[^\W\d_]+){0,4}[ \t]*[«\"“‘']?$")
# After a quote's closing mark, a verb of saying and nothing else: '"…", contou.', '«…», recordou à Lusa.'
# (a Portuguese "a" is also an article: '«…», diz a cartilha' names who says it)
_VERB_ALONE = {lang: re.compile(rf"[»”\"’']?[ \t]*,[ \t]*([^\W\d_]+)(?=[ \t]*[.;]|[ \t]+(?:{to})[ \t])")
               for lang, to in (("pt", "à|ao|aos|às"), ("es", "a|al"), ("en", "to"))}


class QuotesComponent:
    """Pair quotation marks and attribute each quote to the nearest cue's source."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        gaz = load_gazetteer(nlp)
        # (not the opinions that report only before "que": "defendió la medida en rueda de prensa:
        # «…»" leaves the quote to the one named first)
        opinions = {w.lower() for row in rows_for_language("source_words", nlp.lang or "pt")
                    if row["kind"] == "needs_that" for w in split_cell(row["text"])}
        self.verbs = {w for w, (kind, _) in gaz.cues.items() if kind == "verb"} - opinions
        self.quote_verbs = {w for w, (kind, _) in gaz.cues.items() if kind == "quote"}
        # Their stems, for the participle after an auxiliary: "había calificado" (calificó), "tinha
        # classificado" (classificou).
        said = self.quote_verbs | self.verbs  # "había adelantado que el instituto «…»" too
        self.quote_stems = {w[:-1] for w in said if w.endswith("ó")} | {w[:-2] for w in said if w.endswith("ou")}
        self.adverbs = gaz.word_set("adverb")
        self.honorifics = gaz.honorifics
        self.work_nouns = gaz.word_set("work_noun")
        self.determiners = {w.lower() for w in gaz.word_set("determiner")}
        self.org_nouns = {w.lower() for w in gaz.word_set("org_noun")}

    def __call__(self, doc: Doc) -> Doc:
        sources = [s for s in doc._.sources or [] if s.kind == "attribution" and s.cue_start is not None]
        speakers = _Speakers(self, doc, sources)
        quotes: list[Quote] = []
        tok, last = speakers.tok, -1  # the closing mark of the last quote
        marks = doc.user_data.get(QUOTE_MARKS_KEY)  # found by etl_sources, which runs first
        for opener, closer in find_quote_marks(doc) if marks is None else marks:
            if self._is_title(tok, opener, closer):
                continue
            quote = _make_quote(tok, opener, closer, speakers)
            if quote is None or quote.speaker_actor_id is None and tok.texts[opener] in _SINGLE_MARKS \
                    and self.lang != "en":
                continue  # single marks in Portuguese and Spanish quote a title unless someone says it
            if quote.speaker_actor_id is None and quotes and quotes[-1].speaker_actor_id \
                    and (speakers.follows_quote(last, opener) or speakers.same_sentence(last, opener)):
                # '"…," he told NPR. "…"'; 'X said the ship had "ignored warnings", adding that Beijing
                # would take "necessary measures"': the sentence's one speaker
                quote.speaker_actor_id = quotes[-1].speaker_actor_id
            quotes.append(quote)
            last = closer
        doc._.quotes = quotes
        if quotes and any(q.speaker_actor_id for q in quotes):
            self._unnamed_sayers(doc, quotes)
        return doc

    def _unnamed_sayers(self, doc: Doc, quotes: list[Quote]) -> None:
        """A quote's speaker is its source when only a verb follows it, her name left out: in
        '"Não conseguimos comprar adubo", contou.' the producer named before told it; so when the
        verb is joined to an earlier one ("X esteve presente e considerou o acordo «…»"). The
        source's span is her last mention before the quote, where the text names her."""
        text, added = doc_text(doc), []
        cued = {s.cue_start for s in doc._.sources or []}
        actors = {a.actor_id: a for a in doc._.actors or []}
        verb_alone = _VERB_ALONE.get(self.lang or "", _VERB_ALONE["en"])
        for quote in quotes:
            said = verb_alone.match(text, quote.end) \
                or _JOINED_VERB.search(text, max(0, quote.start - 80), quote.start)
            if said is None or quote.speaker_actor_id not in actors or said.start(1) in cued \
                    or said.group(1).lower() not in self.verbs:
                continue
            named = [m for m in actors[quote.speaker_actor_id].mentions if m.end <= quote.start]
            if not named:
                continue
            mention = max(named, key=lambda m: m.start)
            added.append(Source(start=mention.start, end=mention.end, text=mention.text, name=mention.text,
                                cue=said.group(1), cue_start=said.start(1), cue_end=said.end(1),
                                actor_id=quote.speaker_actor_id))
        if added:
            doc._.sources = sorted([*(doc._.sources or []), *added], key=lambda s: (s.start, s.cue_start or 0))

    def _is_title(self, tok: DocTokens, opener: int, closer: int) -> bool:
        """A quoted name, not a quotation: after a work noun ('o filme "Ainda estou aqui"'), or
        a few capitalised words after "de/of" with no sentence end ('Mikey Madison, de "Anora"')."""
        before = tok.lower_at(opener - 1)
        if before in _NAMING or before in self.work_nouns and not tok.texts[opener + 1][:1].islower():
            # 'o filme "Ainda estou aqui"', 'a operação, denominada "Safra Justa"'; not 'disse que o
            # projeto "empurra o ajuste"', what the bill does in his words
            return True
        if opener > 0 and closer + 1 < len(tok.texts) and tok.texts[opener - 1][:1].isupper() \
                and tok.texts[closer + 1][:1].isupper() and closer - opener <= 4 and tok.ws[closer]:
            return True  # a nickname inside a name: 'Ismael "El Mayo" Zambada'
        if before in ("alias", "aka") or before == "as" and tok.lower_at(opener - 2) == "known" \
                or before == "como" and tok.lower_at(opener - 2) in _KNOWN:
            return True  # "el comandante conocido como ‘Antonio Garcés’": a name he goes by
        if before in _COPULAS:
            # 'O tema da redação foi "Desafios para …"', 'the theme this year is "…"': a name
            for k in range(opener - 2, max(-1, opener - 7), -1):
                if tok.is_punct[k]:
                    break
                if tok.lower_at(k) in self.work_nouns:
                    return True
        words = [i for i in range(opener + 1, closer) if tok.is_alpha[i]]
        # 'de "Anora"'; 'afirmou ao "O País"', 'told "The Standard"', 'explicou ao “Diário do
        # Alentejo”': a paper named to whom one spoke
        return (before in _OF or before in _TO) and 0 < len(words) <= _TITLE_WORDS \
            and tok.texts[opener + 1][:1].isupper() \
            and not any(tok.texts[i] in _SENTENCE_END for i in range(opener + 1, closer)) \
            and (before in _OF or all(tok.texts[i][:1].isupper() or tok.lower_at(i) in _OF for i in words))


_COPULAS = frozenset({"foi", "é", "era", "será", "fue", "es", "was", "is"})
_SAYING = frozenset({"saying", "adding", "warning", "arguing", "alleging", "claiming", "insisting", "dizendo",
                     "afirmando", "acrescentando", "alertando", "alegando", "argumentando", "diciendo", "añadiendo",
                     "advirtiendo", "asegurando"})
_SPEAKING = frozenset({"person", "organization", "group"})  # actors whose words are quoted
_SAYING_REACH = 14  # tokens from the gerund to the quote
_TITLED_REACH = 8  # tokens from a body opening the sentence to the person its title names
_CLAUSE_STOPS = frozenset({".", ";", ":", "!", "?", "\"", "“", "”", "«", "»"})
_THAT = frozenset({"that", "que"})
_OBJECT_PRONOUNS = {"him": "m", "her": "f"}
_ACCORDING_TO = (("segundo",), ("según",), ("para",), ("de", "acordo", "com"), ("according", "to"))
_TO = frozenset({"ao", "à", "al", "to", "told"})


def find_quote_marks(doc: Doc) -> list[tuple[int, int]]:
    """Return (opening token, closing token) index pairs, in text order."""
    tok = doc_tokens(doc)
    texts, ws, n = tok.texts, tok.ws, len(tok.texts)
    pairs: list[tuple[int, int]] = []
    after = 0  # a mark inside the last quote found opens none
    for i in compress(count(), map(_CLOSERS.__contains__, texts)):  # the few marks, found in C
        if i < after:
            continue
        text = texts[i]
        closers = _CLOSERS[text]
        opens = i == 0 or ws[i - 1] or tok.is_punct[i - 1] or tok.is_space[i - 1]
        if not opens or (ws[i] and text not in _PADDED):
            continue
        j = i + 1
        while j < n and j - i < _MAX_TOKENS and "\n" not in texts[j]:
            if texts[j] in closers and (not ws[j - 1] or text in _PADDED):
                break
            if text == '"' and texts[j] == '"':
                j = n  # a straight mark after a space opens another quote: no pair here
                break
            j += 1
        if j < n and j - i < _MAX_TOKENS and texts[j] in closers and j > i + 1:
            pairs.append((i, j))
            after = j + 1
    if "'" in texts:  # "'A segunda dose só vem depois', explicou" in Portuguese and Spanish too
        taken = {k for a, b in pairs for k in range(a, b + 1)}
        pairs = sorted(pairs + [p for p in _single_quote_pairs(tok) if p[0] not in taken and p[1] not in taken])
    if doc.lang_ in ("es", "pt") and ("—" in texts or "–" in texts):
        taken = {k for a, b in pairs for k in range(a, b + 1)}
        pairs = sorted(pairs + [p for p in _dialogue_pairs(tok) if p[0] not in taken and p[1] not in taken])
    return pairs


def _dialogue_pairs(tok: DocTokens) -> list[tuple[int, int]]:
    """Spanish and Portuguese dialogue: a paragraph that opens with an em dash quotes words up to
    the next em dash, which opens the attribution ("—No tenemos agua —contaba Ana Martínez."), or
    up to the paragraph's end. At least three words. Some papers use the en dash ("– Não dá –
    disse"); the dash that opens closes."""
    texts, n = tok.texts, len(tok.texts)
    pairs: list[tuple[int, int]] = []
    for i, text in enumerate(texts):
        if text not in ("—", "–") or not (i == 0 or "\n" in texts[i - 1] or (tok.is_space[i - 1] and i == 1)):
            continue
        j = i + 1
        while j < n and texts[j] != text and "\n" not in texts[j]:
            j += 1
        if sum(tok.is_alpha[k] for k in range(i + 1, j)) >= 3:
            pairs.append((i, j if j < n else n - 1))
    return pairs


def _single_quote_pairs(tok: DocTokens) -> list[tuple[int, int]]:
    """British quotes in straight single marks: "'They are shooting at us,' a resident said."
    The opening mark starts a word after a space; the closing one follows the quote's own
    comma or full stop (the British style), or comes right before the sentence's ("showed
    'the era of polluters is over'."), which no apostrophe of a plural possessive ("the
    workers' union") does. At least three words between them."""
    texts, ws, n = tok.texts, tok.ws, len(tok.texts)
    pairs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if texts[i] == "'" and not ws[i] and i + 1 < n and texts[i + 1][:1].isalpha() \
                and (i == 0 or ws[i - 1] or tok.is_space[i - 1]):
            j = i + 1
            while j < n and j - i < _MAX_TOKENS and "\n" not in texts[j] \
                    and not (texts[j] == "'" and not ws[j - 1]
                             and (texts[j - 1] in _QUOTE_END  # "'… us,' a resident said"
                                  or (j + 1 < n and texts[j + 1] in _QUOTE_END and not ws[j]))):  # "… 'is over'."
                j += 1
            if j < n and texts[j] == "'" and sum(tok.is_alpha[k] for k in range(i + 1, j)) >= 3:
                pairs.append((i, j))
                i = j
        i += 1
    return pairs


def _make_quote(tok: DocTokens, opener: int, closer: int, speakers: _Speakers) -> Quote | None:
    start, end = opener + 1, closer
    while start < end and tok.is_space[start]:
        start += 1
    while end > start and (tok.is_space[end - 1] or tok.texts[end - 1] == ","):
        end -= 1
    if end <= start or not any(tok.is_alpha[i] for i in range(start, end)):
        return None
    first, last = tok.idx[start], tok.ends[end - 1]
    text = tok.text[first:last]
    before = tok.lower[opener - 1] if opener > 0 else ""
    if (before in _NAMED_SO or before == "called" and opener > 2 and tok.lower[opener - 3] == "so") \
            and len(text.split()) <= _TERM_WORDS:
        return None  # 'so-called "missing middle" students', 'los llamados "chalecos amarillos"': a term
    speaker = speakers.speaker(opener, closer)
    if speaker is None and len(text.split()) <= _SCARE_WORDS:
        return None
    return Quote(start=first, end=last, text=text, speaker_actor_id=speaker)


class _Speakers:
    """Per-doc speaker finder; see the module docstring for the order of the rules."""

    def __init__(self, component: QuotesComponent, doc: Doc, sources: list[Source]) -> None:
        self.c, self.doc, self.sources = component, doc, sources
        self.tok = tok = doc_tokens(doc)  # token attributes as lists, shared with other components
        self.text, self.texts, self.lower, self.n = tok.text, tok.texts, tok.lower, len(tok.texts)
        self.people: list[tuple[int, str, str | None]] = sorted(  # (mention start, actor id, gender)
            (m.start, a.actor_id, person_gender(a, self.text, m.start, component.lang))
            for a in doc._.actors or [] if a.type == "person" for m in a.mentions)
        self.named_by_end = {m.end: a.actor_id for a in doc._.actors or []  # mention end -> actor id
                             if a.type in _SPEAKING for m in a.mentions}
        self.named_start = {m.end: m.start for a in doc._.actors or [] if a.type in _SPEAKING for m in a.mentions}
        self.person_span_by_end = {m.end: (m.start, a.actor_id) for a in doc._.actors or []
                                   if a.type == "person" for m in a.mentions}

    def speaker(self, opener: int, closer: int) -> str | None:
        tok = self.tok
        end = self._sentence_end(closer + 1)
        after_start, after_end = tok.ends[closer], self._char(end)
        if closer + 1 < len(self.texts) and self.texts[closer + 1] == ",":
            after_start = tok.ends[closer + 1]  # '«¿…?», preguntó X': the comma after the mark
        terminal = self.texts[closer - 1] in _SENTENCE_END
        after = [s for s in self.sources if after_start <= (s.cue_start or 0) < after_end]
        if terminal:  # only a sentence that is just "X said." or "said X." names this speaker
            lead = after_start + 1
            k = closer + 1
            while k < len(self.texts) and (self.texts[k].rstrip(".") in self.c.honorifics or self.texts[k] == "."):
                lead, k = tok.ends[k] + 1, k + 1  # ('"…?" Mr Godfrey X asked.': his honorific first)
            after = [s for s in after if min(s.start, s.cue_start or 0) <= lead
                     and (end - closer <= _SHORT_SENTENCE or (s.cue_start or 0) <= after_start + 1)]
            # ('"…?" said Rokeya Begum, 32, a sewing operator.': the verb right after the mark)
        start = self._sentence_start(opener - 1)
        before_start = self._char(start) if start >= 0 else 0
        before = [s for s in self.sources
                  if before_start <= (s.cue_start or 0) and (s.cue_end or 0) <= tok.idx[opener]]
        if after and before and not any(self._follows(after_start, s) for s in after):
            after = []  # 'X said it “rejects” the decision, while Y said …': X said the quote
        if after and not any(self._follows(after_start, s) for s in after) \
                and (verb := self._quote_verb(start + 1, opener)) is not None \
                and (subject := self._subject_of(verb, opener)) is not None:
            return subject  # 'X called the strike "a failure", while Y said …': X's words
        if after and not terminal and not before and closer + 3 < len(self.texts) and self.texts[closer + 1] == "," \
                and self.lower[closer + 2] in self.c.verbs and self.texts[closer + 3] == "," \
                and not any(self._follows(after_start, s) for s in after) \
                and (previous := self._previous_sentence_speaker(start) or self._resolve("", opener)) is not None:
            # '"…", afirmou, perante 300 pessoas, de acordo com a PSP.': a verb with no subject says
            # the speaker of the sentence before said it; the later source is another fact's
            return previous
        if after:
            return min(after, key=lambda s: s.cue_start or 0).actor_id
        if not terminal and (pronoun := self._pronoun(closer + 1, end)) is not None:
            return self._resolve(pronoun, opener)
        if (gender := self._according_to_pronoun(start + 1, opener)) is not None:
            return self._resolve(gender, opener)  # 'Segundo ele, a fintech X funcionava como um "banco paralelo"'
        if (holder := self._in_whose_view(start + 1, opener)) is not None:
            return holder  # 'o ministro X, para quem a decisão cria "um incentivo artificial"'
        if (holder := self._in_the_view_of(start + 1, opener)) is not None:
            return holder  # 'Para o comentador Paulo Ndonga, da TPA, a equipa "ainda sofre"'
        if not before and self._saying_before(opener) and (subject := self._opening_subject(start + 1, opener)):
            return subject  # 'Amnesty International on Thursday urged …, saying that "…"'
        if (verb := self._quote_verb(start + 1, opener)) is not None \
                and all((s.cue_start or 0) < tok.idx[verb] for s in before):
            subject = self._subject_of(verb, opener)  # 'a timeline that Elon Musk called "absurd"'
            if subject is None and before:  # 'Julie Su said she ... and urged them to "get back"'
                return max(before, key=lambda s: s.cue_start or 0).actor_id
            return subject
        if before:
            return max(before, key=lambda s: s.cue_start or 0).actor_id
        if (pronoun := self._pronoun(max(start + 1, opener - 3), opener)) is not None:
            return self._resolve(pronoun, opener)  # "Ele disse: «…»"
        if self._has_verb(start + 1, opener) and self._worded(opener, closer) and opener > 0 \
                and self.lower[opener - 1] not in self.c.verbs \
                and (subject := self._clause_subject(start + 1, opener)) is not None:
            return subject  # "Marcelo Rebelo de Sousa, considerou a cimeira «…»": a verb with its object
        if self._worded(opener, closer) and (joined := self._joined_saying(start + 1, opener)) is not None \
                and (subject := self._first_named(start + 1, joined)) is not None:
            # "X esteve presente na cerimónia e considerou o acordo «…»": the subject of both verbs
            return subject
        if not self._has_verb(start + 1, opener) and not terminal and self._has_verb(closer + 1, end) \
                and not any(after_start <= begin < after_end for begin in self.named_start.values()):
            # '"…", afirmou num comunicado.': a verb with no one named, the speaker of the sentence before
            return self._previous_sentence_speaker(start)
        if self._has_verb(start + 1, opener) or (not terminal and self._has_verb(closer + 1, end)):
            return None  # the sentence names its own speaker, unresolved ("Ukraine's president said")
        if self._worded(opener, closer) and opener > 0 and self.texts[opener - 1] == ":" \
                and (subject := self._first_named(start + 1, opener)) is not None:
            return subject  # 'Rui Costa, presidente do Benfica, justificou a venda: "…"'
        if self._worded(opener, closer) and (subject := self._clause_subject(start + 1, opener)) is not None:
            return subject  # 'a APB pede "regras claras"', 'Peter Dutton blamed "Labor's spending"'
        return self._previous_sentence_speaker(start) or self._previous_paragraph_speaker(opener, closer)

    def _previous_paragraph_speaker(self, opener: int, closer: int) -> str | None:
        """A paragraph that is only a quote goes on with the speaker of the paragraph before,
        when that one ends with a sentence of one speaker ('"…," Ms Pemberton said.' then
        '"If you've been told to leave, leave now."')."""
        texts, n = self.texts, len(self.texts)
        k = opener - 1
        if k < 1 or "\n" not in texts[k]:
            return None
        j = closer + 1
        while j < n and texts[j] in _SENTENCE_END:
            j += 1
        if j < n and "\n" not in texts[j]:
            return None
        i = k - 1  # the paragraph before must end with a quote of its own
        while i >= 0 and "\n" not in texts[i] and texts[i] not in _ALL_MARKS:
            i -= 1
        if i < 0 or texts[i] not in _ALL_MARKS:
            return None
        return self._previous_sentence_speaker(k - 1)

    def _according_to_pronoun(self, start: int, opener: int) -> str | None:
        """The gender of a pronoun a sentence opens with after "segundo/según/according to"
        ("Segundo ele, …", "Según ella, …", "According to him, …"), else None."""
        lower, k = self.lower, max(start, 0)
        for words in _ACCORDING_TO:
            if tuple(lower[k:k + len(words)]) == words and k + len(words) < opener \
                    and (gender := PRONOUNS.get(lower[k + len(words)], _OBJECT_PRONOUNS.get(lower[k + len(words)]))):
                return gender
        return None

    def _in_whose_view(self, start: int, opener: int) -> str | None:
        """The person or body named right before ", para quem", ", para quien", ", for whom" in the
        sentence before the quote: the view quoted is theirs."""
        lower, texts = self.lower, self.texts
        for k in range(max(start, 2), opener - 1):
            if lower[k] in _FOR_WHOM and lower[k + 1] in _WHOM and texts[k - 1] == ",":
                return self.named_by_end.get(self.tok.ends[k - 2])
        return None

    def _in_the_view_of(self, start: int, opener: int) -> str | None:
        """The first person named after a sentence-opening "Para"/"Para el"/"In the view of" and
        before its comma: the view quoted in the sentence is theirs ('Para o antigo internacional
        Paulo Ndonga, comentador da TPA, a equipa "ainda sofre demasiado"')."""
        k = max(start, 0)
        if k >= opener or self.texts[k] not in VIEW_OPENERS:
            return None
        for i in range(k + 1, min(opener, k + _VIEW_REACH)):
            if self.texts[i] == ",":
                break
            at = bisect_left(self.people, (self.tok.idx[i],))
            if at < len(self.people) and self.people[at][0] == self.tok.idx[i]:
                return self.people[at][1]
        return None

    def _saying_before(self, opener: int) -> bool:
        """A gerund of saying after a comma, up to a dozen words before the quote: ', saying that
        "…"', ', dizendo que «…»', ', saying inflation remains "too high"', ', alegando ter morto "…"'."""
        for k in range(opener - 1, max(0, opener - _SAYING_REACH), -1):
            if self.lower[k] in _SAYING and self.texts[k - 1] == ",":
                return True
            if self.texts[k] in _CLAUSE_STOPS or self.lower[k] in self.c.verbs:
                return False
        return False

    def _opening_subject(self, start: int, opener: int) -> str | None:
        """The person or organisation that opens the sentence (after an article): its subject."""
        k = max(start, 0)
        if k < opener and self.lower[k] in self.c.determiners:
            k += 1
            if k < opener and self.lower[k] in self.c.org_nouns:
                k += 1  # "O grupo Estado Islâmico reivindicou …"
        begin = self.tok.idx[k] if k < opener else -1
        found = next((actor_id for end, actor_id in self.named_by_end.items()
                      if end <= self.tok.idx[opener] and self.named_start.get(end) == begin), None)
        if found is not None and not found.startswith("person:"):
            # "Congress leader Rahul Gandhi …, saying", "Sudan's army chief, General X, vowed …, saying":
            # the person the body's title names is the subject
            limit = self.tok.idx[min(k + _TITLED_REACH, opener)]
            person = next((actor_id for begin_, actor_id, _ in self.people if begin < begin_ < limit), None)
            return person or found
        return found

    def _worded(self, opener: int, closer: int) -> bool:
        """Two words or more, mostly in lower case: said words, not a name in quotes ("Hora da Boa Vontade")."""
        words = [t for t in self.texts[opener + 1:closer] if t.isalpha()]
        return len(words) > 1 and sum(t[:1].isupper() for t in words) * 2 <= len(words)

    def _joined_saying(self, start: int, opener: int) -> int | None:
        """The token of "e/y/and" that joins a verb of saying, at most four lower-case words
        before the quote, to the clause before it ("… e considerou o acordo «…»"), if any."""
        for k in range(opener - 1, max(start, opener - 6), -1):
            if self.lower[k] in self.c.verbs and self.lower[k - 1] in ("e", "y", "and"):
                return k - 1
            if not (self.tok.is_alpha[k] and self.texts[k].islower()):
                return None
        return None

    def _first_named(self, start: int, opener: int) -> str | None:
        """The first person named in the sentence before the quote, else None."""
        lo, hi = self._char(start - 1), self.tok.idx[opener]
        # not the object of a preposition: "Nunes agradeceu ao governador X: «…», afirmou."
        return next((actor_id for begin, actor_id, _ in self.people if lo <= begin < hi
                     and not after_preposition(self.tok, bisect_left(self.tok.idx, begin), start)), None)

    def _clause_subject(self, start: int, opener: int) -> str | None:
        """The person or organisation named right before a verb (and at most three more lower-case
        words) that runs into the quote."""
        texts, words, k = self.texts, 0, opener - 1
        while k >= start:
            if words and (named := self.named_by_end.get(self.tok.ends[k])) is not None:
                begin = bisect_left(self.tok.idx, self.named_start[self.tok.ends[k]])
                # "una moción contra Dina Boluarte por «…»": the one it is against said nothing
                return None if after_preposition(self.tok, begin, start) else named
            if words and texts[k] == "," and k > start and (named := self.named_by_end.get(self.tok.ends[k - 1])):
                # "Marcelo Rebelo de Sousa, considerou a cimeira «…»": the subject set off; "O economista
                # X, professor na Universidade Y, considera": the person the aside describes
                return self._described_person(start, self.named_start[self.tok.ends[k - 1]]) or named
            if texts[k] == ")" and (k2 := next((i for i in range(k - 1, max(start, k - 6) - 1, -1)
                                                if texts[i] == "("), None)) is not None:
                k = k2 - 1  # "a Associação Portuguesa de Bancos (APB) pede"
                continue
            if not (self.tok.is_alpha[k] and texts[k].islower()) or words == 4:
                return None
            words += 1
            k -= 1
        return None

    def _described_person(self, start: int, char: int) -> str | None:
        """The person named right before the comma that opens the aside holding character
        `char` ("X, professor na Universidade Y,"), within tokens `start` on; None if none."""
        k = bisect_left(self.tok.idx, char) - 1
        while k > start and self.texts[k] != "," and self.texts[k] not in _ALL_MARKS:
            k -= 1
        if k <= start or self.texts[k] != ",":
            return None
        found = self.person_span_by_end.get(self.tok.ends[k - 1])
        return found[1] if found else None

    def _quote_verb(self, start: int, end: int) -> int | None:
        """The last verb that introduces quoted words ('called', 'classificou') before the quote."""
        lower = self.lower
        return next((i for i in range(end - 1, max(start, 0) - 1, -1) if lower[i] in self.c.quote_verbs
                     or i > 0 and lower[i - 1] in PERFECT_AUXILIARIES and lower[i][-3:] in ("ado", "ido")
                     and lower[i][:-3] in self.c.quote_stems), None)

    def _subject_of(self, verb: int, opener: int) -> str | None:
        """The person or organisation named right before the verb, or the person a pronoun there
        stands for ('Ela classificou a decisão de «inaceitável»'), if any."""
        if self.lower[verb].endswith(_GERUNDS):  # 'Modi congratulated the team, calling it "a result"'
            lo, hi = self._char(self._sentence_start(verb)), self.tok.idx[verb]
            people = [actor_id for start, actor_id, _ in self.people if lo <= start < hi]
            return people[0] if people else None
        k = verb - 1
        while k >= 0 and (self.lower[k] in self.c.adverbs or self.lower[k] in _CLITICS
                          or self.lower[k] in PERFECT_AUXILIARIES):
            k -= 1  # "y lo calificó de «…»": the pronoun is the object; "había calificado"
        if k < 0:
            return None
        for j in range(k - 1, max(k - 5, 1), -1):  # "X, quien en su homilía pidió «…»": past where it was said
            if self.lower[j] in _RELATIVE_SUBJECTS and self.lower[j + 1] in _SETTING_PREPS and all(
                    self.tok.is_alpha[i] and self.texts[i].islower() for i in range(j + 1, k + 1)):
                k = j
                break
        if self.lower[k] in _RELATIVE_SUBJECTS and k > 1 and self.texts[k - 1] == ",":
            # "a ministra Lúcia Reis, que classificou a cobrança como «…»": the one before the clause
            return self.named_by_end.get(self.tok.ends[k - 2])
        if self.lower[k] in ("y", "e", "and") and k > 0:  # "Milei firmó el veto y lo calificó de «…»"
            first = self._sentence_start(k)
            clause = next((i for i in range(k - 1, max(first, 0), -1) if self.texts[i] in (",", ";")), first)
            lo, hi = self._char(first), self.tok.idx[k]
            person = next((actor_id for begin, actor_id, _ in self.people if lo <= begin < hi), None)
            if person is not None:
                return person
            lo = self._char(clause)
            # "…, mas o Ministério da Justiça contesta os dados e fala em «…»": the clause's body
            return next((self.named_by_end[end] for end, begin in sorted(self.named_start.items(), key=lambda e: e[1])
                         if lo <= begin < hi and not after_preposition(self.tok, bisect_left(self.tok.idx, begin),
                                                                       clause + 1)), None)
        if (gender := PRONOUNS.get(self.lower[k])) is not None:
            return self._resolve(gender, opener, upto=k)  # 'She described X as "…"': not X
        if self.texts[k] == "," and k > 1 and (named := self.person_span_by_end.get(self.tok.ends[k - 1])) \
                and self._set_off(named[0]):
            return named[1]  # 'El secretario de Estado, Antony Blinken, expresó «…»': the name is the aside
        if self.texts[k] == ",":  # 'Mahama, who served as president, has promised to "reset"'
            k = self._before_aside(k)
        if self.texts[k] == ")" and k >= 3 and self.texts[k - 2] == "(":
            k -= 3  # 'The Malaysian Trades Union Congress (MTUC) described the findings as "…"
        if k >= 1 and self.texts[k].islower() and self.tok.is_alpha[k] and self.tok.ends[k] not in self.named_by_end \
                and (named := self.named_by_end.get(self.tok.ends[k - 1])) is not None:
            return named  # 'o Ministério dos Negócios Estrangeiros português manifestou "…"'
        named = self.named_by_end.get(self.tok.ends[k]) if k >= 0 else None
        if named is not None and not named.startswith("person:"):
            # 'Chief Mary Paul of the X First Nation called it "…"': the person the body is of
            begin = self.named_start.get(self.tok.ends[k])
            j = bisect_left(self.tok.idx, begin) - 1 if begin is not None else -1
            j -= j >= 0 and self.lower[j] in ("the", "o", "a", "el", "la", "os", "as", "los", "las")
            if j >= 1 and self.lower[j] in ("of", "de", "do", "da", "del") \
                    and (owner := self.person_span_by_end.get(self.tok.ends[j - 1])) is not None:
                return owner[1]
        return named

    def _set_off(self, begin: int) -> bool:
        """Whether a comma comes right before the name at char `begin`, an honorific between
        ("counsel to INEC, Mr Tunde Falade,", "Labour leader, Cllr Janet Moss,")."""
        before = self.text[max(0, begin - 16):begin].rstrip()  # ("Comrade ", "Datuk Seri ")
        word = before.rsplit(None, 1)[-1] if before else ""
        if word.rstrip(".") in self.c.honorifics:
            before = before[:-len(word)].rstrip()
        return before.endswith(",")

    def _before_aside(self, comma: int) -> int:
        """The token before the comma that opens the aside closed by `comma`, in its sentence."""
        for k in range(comma - 1, max(comma - _ASIDE_TOKENS, 0) - 1, -1):
            if self.texts[k] in _SENTENCE_END or self.texts[k] in _ALL_MARKS or "\n" in self.texts[k]:
                return -1
            if self.texts[k] == ",":
                return k - 1
        return -1

    def _follows(self, after_start: int, source: Source) -> bool:
        """The source or its cue comes right after the closing mark ('," Kim said', '", disse')."""
        gap = self.text[after_start:min(source.start, source.cue_start or source.start)]
        return not gap.strip(" ,—–-")

    def _has_verb(self, start: int, end: int) -> bool:
        lower = self.lower
        return any(lower[i] in self.c.verbs for i in range(max(start, 0), end))

    def _sentence_end(self, j: int) -> int:
        texts, n = self.texts, self.n
        while j < n and texts[j] not in _SENTENCE_END and texts[j] not in _ALL_MARKS \
                and "\n" not in texts[j]:
            j += 1
        return j

    def _sentence_start(self, k: int) -> int:
        """Index of the token that ends the previous sentence (-1 at the start of the doc)."""
        texts = self.texts
        while k >= 0 and texts[k] not in _SENTENCE_END and texts[k] not in _ALL_MARKS \
                and "\n" not in texts[k]:
            k -= 1
        return k

    def follows_quote(self, closer: int, opener: int) -> bool:
        """The quote opening at `opener` goes on from the one closing at `closer`: the same
        paragraph, at most one short attribution between them, and no one else named there."""
        between = range(closer + 1, opener)
        if not 0 <= closer < opener or len(between) > _SHORT_SENTENCE \
                or any("\n" in self.texts[i] for i in between):
            return False
        lo, hi = self.tok.ends[closer], self.tok.idx[opener]
        return not any(lo <= start < hi for start, _, _ in self.people)

    def same_sentence(self, closer: int, opener: int) -> bool:
        """Whether the quote opening at token `opener` is in the sentence of the one closing at
        `closer` (no sentence ends between them)."""
        return 0 <= closer < opener and self._sentence_start(opener - 1) <= closer

    def _sentence_end_before(self, k: int) -> int:
        """`_sentence_start` across quotation marks: a quote inside a sentence does not end it
        ('Judge Richard Bond called it "greed". "…," he said.')."""
        texts = self.texts
        while k >= 0 and texts[k] not in _SENTENCE_END and "\n" not in texts[k]:
            k -= 1
        return k

    def _char(self, i: int) -> int:
        if i >= self.n:
            return len(self.text)
        return self.tok.ends[i] if i >= 0 else 0

    def _previous_sentence_speaker(self, k: int) -> str | None:
        """The only speaker of the previous sentence, if it is in the same paragraph (or of the
        one before it, when the previous one only gives that speaker's view: "Para ele, …")."""
        texts = self.texts
        if k < 0 or "\n" in texts[k] or texts[k] not in _SENTENCE_END | _ALL_MARKS:
            return None
        while k >= 0 and texts[k] in _SENTENCE_END | _ALL_MARKS:
            k -= 1
        start = k
        while start >= 0 and texts[start] not in _SENTENCE_END and "\n" not in texts[start]:
            start -= 1
        lo, hi = self._char(start), self._char(k)
        ids = {s.actor_id for s in self.sources if lo <= (s.cue_start or 0) < hi}
        if not ids and start + 3 < k and self.texts[start + 1] in VIEW_OPENERS \
                and self.lower[start + 2] in PRONOUNS and self.texts[start + 3] == ",":
            # "Para ele, o produtor deve evitar dívidas.": the view of the one who spoke before
            gender = PRONOUNS[self.lower[start + 2]]
            before = self._previous_sentence_speaker(start)
            return before if any(actor_id == before and g in (gender, None) for _, actor_id, g in self.people) \
                else None
        return ids.pop() if len(ids) == 1 else None

    def _pronoun(self, start: int, end: int) -> str | None:
        """The gender of a pronoun next to a speech verb right after the quote, if any."""
        lower, n = self.lower, self.n
        for i in range(start, min(end, start + 4)):
            gender = PRONOUNS.get(lower[i])
            near = {lower[j] for j in (i - 1, i + 1) if 0 <= j < n}
            if gender and near & self.c.verbs:
                return gender
        # Portuguese and Spanish drop the subject: '"Vamos cortar gastos", afirmou.' is said by
        # the one person named just before ("" matches either gender).
        k = start + (start < n and self.texts[start] == ",")
        if k + 2 < n and lower[k] in PERFECT_AUXILIARIES and (lower[k + 1][-3:] in ("ado", "ido")
                                                       and lower[k + 1][:-3] in self.c.quote_stems
                                                       or lower[k + 1] in ("dicho", "dito", "escrito")):
            k += 1  # '"…", ha lamentado.': the participle after its auxiliary
        if self.c.lang != "en" and k + 1 < n and (lower[k] in self.c.verbs or lower[k - 1] in PERFECT_AUXILIARIES) \
                and (self.texts[k + 1] in _SENTENCE_END or lower[k + 1] in _SETTING_WORDS
                     # '"…", disse, satisfeito.': how the one named before said it
                     or k + 3 < n and self.texts[k + 1] == "," and self.texts[k + 2].islower()
                     and self.tok.is_alpha[k + 2] and lower[k + 2].endswith(_MANNER_ENDINGS)
                     and self.texts[k + 3] in _SENTENCE_END
                     and (lower[k + 1] not in _SETTING_NOT.get(self.c.lang or "", ())
                          or k + 2 < n and self.texts[k + 2].islower() and lower[k + 2].endswith("s"))):
            # ('"…", afirmou a jornalistas': "a" before a plural is "to", not an article)
            return ""  # '"…", afirmou.', '"…", dijo en el Congreso.'
        return None

    def _resolve(self, gender: str, opener: int, upto: int | None = None) -> str | None:
        """The one person of `gender` (or unknown gender) named in this or the previous sentence,
        before the pronoun's token `upto` when it precedes the quote (a pronoun looks back)."""
        k = self._sentence_end_before(opener - 1 if upto is None else upto - 1)
        if k > 0 and "\n" in self.texts[k] and self.texts[k - 1] in _SENTENCE_END:
            k -= 1  # a new paragraph: the previous sentence ends just before it
        if k >= 0:
            k = self._sentence_end_before(k - 1)
        hi = self.tok.idx[opener if upto is None else upto]
        if k > 0 and "\n" not in self.texts[k] and not any(self._char(k) <= start < hi for start, _, _ in self.people):
            # The sentence before names no one: the subject goes on from the one before it, in the
            # same paragraph ('Jaramillo advirtió que … . Su área … . «…», dijo.').
            k = self._sentence_end_before(k - 1)
        lo = self._char(k)
        # A dropped subject is never the object of a preposition ("agradeceu ao governador X").
        # ... unless a cue made it a source ("De acordo com a infectologista Raquel Stucchi, …").
        sourced = {s.actor_id for s in self.sources if lo <= (s.cue_start or 0) < hi}
        compatible = {actor_id for start, actor_id, g in self.people
                      if lo <= start < hi and (not gender or g in (gender, None))
                      and (gender or actor_id in sourced
                           or not after_preposition(self.tok, bisect_left(self.tok.idx, start),
                                                    max(0, bisect_left(self.tok.idx, lo))))}
        if len(compatible) > 1:  # the one of them who spoke there: '…, Dana Whitcomb, said. "…," she said.'
            spoke = compatible & {s.actor_id for s in self.sources if lo <= (s.cue_start or 0) < hi}
            if not spoke and not gender:
                # a dropped subject goes on from the last sentence's subject, named first in it:
                # 'O prefeito Ricardo Nunes agradeceu ao governador Tarcísio de Freitas. "…", disse.'
                first = min((start, actor_id) for start, actor_id, _ in self.people if lo <= start < hi)
                opening = self.text[lo:first[0]].split()
                if len(opening) <= 3 and not any(w[:1].isupper() and w.lower() not in self.c.determiners
                                                  for w in opening[1:]):
                    return first[1]
            compatible = spoke
        return compatible.pop() if len(compatible) == 1 else None


# Endings of a participle or adjective of how something was said ("satisfeito", "emocionada").
_MANNER_ENDINGS = ("ito", "ita", "ado", "ada", "ido", "ida", "oso", "osa", "nte")


def person_gender(actor: Actor, text: str, start: int, lang: str | None) -> str | None:
    """"m", "f" or None: the gender of the person `actor` named at character `start`, from an
    honorific before the name, a gendered title ("ministra", "spokeswoman") or, in Portuguese
    and Spanish, the first name's ending ("Ana Ruiz", "Pedro Lima")."""
    before = text[max(start - 6, 0):start].split()
    honorific = before[-1].rstrip(".") if before else ""
    if honorific in _MALE_HONORIFICS:
        return "m"
    if honorific in _FEMALE_HONORIFICS:
        return "f"
    role = (actor.role or "").split()
    if lang == "en" and role and role[0] not in _ENGLISH_GENDERED:
        role = []  # "director" is Spanish for a man, English for anyone
    if role and role[0] in _FEMALE_TITLES:
        return "f"
    if role and role[0] in _MALE_TITLES:
        return "m"
    first = actor.name.split()[0]
    if lang in ("pt", "es") and len(actor.name.split()) > 1 and first[-1:] in ("a", "o"):
        return "f" if first.endswith("a") else "m"
    return None


@Language.factory("etl_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Build the etl_quotes component."""
    return QuotesComponent(nlp, name)
