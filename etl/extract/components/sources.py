"""The etl_sources component: who information is attributed to -> `doc._.sources`.

Cues come from `seeds/reference/attribution_cues.csv`:

- speech verbs: the source is the noun phrase after the verb ('..., disse o Sr. Kim',
  'informou a agência de notícias KCNA') or before it ('A KCNA disse que', 'Kim told
  reporters'). A verb followed by "que"/"that" looks left first; when no phrase is next to
  the verb, the sentence's leading person or organisation is the source ('Belousov ... e
  disse que'), the person rather than an organisation that only qualifies them ('NASA
  Administrator Bill Nelson ... and said');
- on the left, a common noun of `source_words.csv` is a source without an actor ('although
  police said', 'a polícia disse', 'los vecinos dijeron'), and the subject before a chain of
  prepositional phrases wins over the last name in it ('Scientists at ... in Botswana said');
- a negated verb ('has not confirmed'), an English passive ('were announced') and, in
  Portuguese and Spanish, a verb with an object ('anunciou um pacote') attribute nothing;
- prepositions: 'segundo <NP>', 'de acordo com <NP>', 'according to <NP>', 'según <NP>';
- photo labels: '(Foto: KCNA)' -> kind photo_credit, the credited name up to ')' or line end;
- the article's own source line: 'Fonte: <url>' -> kind article_url, name = the URL.

The source span is the noun phrase as written without its leading article; a person is
named without honorific or title ("Kim" in "disse o Sr. Kim"), an organisation keeps its
description ("agência de notícias KCNA"). The span always overlaps the linked actor's
mention. `name` is the source as named (the span text); `actor_id` links the actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from operator import attrgetter, itemgetter
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from etl.extract.components._actors_gazetteer import load_gazetteer, slugify, split_cell
from etl.extract.components.quotes import PRONOUNS, VIEW_OPENERS, find_quote_marks, person_gender
from etl.extract.components.quotes import QUOTE_MARKS_KEY as _QUOTE_MARKS_KEY
from etl.extract.patterns import (
    INDEFINITE_ARTICLES,
    OUTLET_NOUNS,
    OWN_OUTLET_WORDS,
    PERFECT_AUXILIARIES,
    DocTokens,
    after_preposition,
    doc_tokens,
    longest_first,
)
from etl.extract.reference import read_table, rows_for_language
from etl.models import Actor, Source, SourceKind

# `Source.model_validate` without its wrapper: the same checks, a third less time per source.
_validate_source = Source.__pydantic_validator__.validate_python
# Who speaks for the person named after: "a spokesperson for Premier X", "un portavoz del ministro X"
# (group 2: the word right before the name, that person's title). "Spokesperson of the command X"
# is X.
_SPEAKER_FOR = re.compile(r"(?<![\w])(spokes(?:person|man|woman)|aide|lawyer|attorney|porta-voz|portavoz|vocero|vocera"
                          r"|assessor|assessora|asesor|asesora|advogado|advogada|abogado|abogada)[ \t]+"
                          r"(?:for|do|da|del|de[ \t]+la)[ \t]+(?:the[ \t]+|o[ \t]+|a[ \t]+|el[ \t]+|la[ \t]+)?"
                          r"(?:[^\W\d_]+[ \t]+){0,2}?(?:([^\W\d_]+)[ \t]+)?$", re.IGNORECASE)
_STOPS = frozenset({",", ".", ";", ":", "!", "?", '"', "“", "”", "«", "»", "(", ")", "—", "–"})
_CLAUSE_WORDS = frozenset({"que", "that", "como", "if", "se", "si"})
# Words that open an amount after a verb (`_denied`).
_AMOUNT_OPENERS = frozenset({"más", "mais", "menos", "cerca", "unos", "unas", "uns", "umas", "alrededor", "casi",
                             "quase", "aproximadamente", "apenas", "solo", "só", "hasta", "até"})
_MAX_NP = 8
_WHERE_FROM = frozenset({"da", "desde", "do", "na", "no", "en", "from", "at"})  # "o parlamentar da tribuna"
_WHOSE = frozenset({"cuyo", "cuya", "cuyos", "cuyas", "cujo", "cuja", "cujos", "cujas", "whose"})
_YEARS_OLD = ["-", "year", "-", "old"]  # 'said 34-year-old X'
_ACCOUNTED_FOR = frozenset({"por", "pela", "pelo", "pelos", "pelas"})  # "respondeu por um quinto"
_SETTING_REACH = 6  # tokens of a place phrase between a title's body and the name after it
# English verbs that are cues only without an object: "he added" reports, "Washington added
# SMIC to its blacklist" and "the FTSE added 2%" do not.
_OBJECT_VERBS_EN = frozenset({"added", "adds"})
_ABOUT_EN = frozenset({"about", "nearly", "almost", "around", "some", "over", "roughly", "another"})
_ARTICLES_EN = frozenset({"a", "an", "the"})
_MAX_UNLINKED = 3
# Words for whoever heads a government, and the titles they stand for ("el mandatario").
_HEADS_OF_GOVERNMENT = frozenset({"mandatario", "mandataria"})
_HEAD_TITLES = frozenset({"presidente", "presidenta", "gobernador", "gobernadora", "governador", "governadora",
                          "alcalde", "alcaldesa", "intendente", "intendenta", "prefeito", "prefeita"})
# Words for a member of a government, and the titles they stand for ("o governante"): the heads'
# titles and the ministers'.
_GOVERNMENT_MEMBERS = frozenset({"governante", "gobernante"})
_GOVERNMENT_TITLES = _HEAD_TITLES | {"ministro", "ministra", "secretário", "secretária", "secretario", "secretaria",
                                     "vice-presidente", "vicepresidente", "vicepresidenta", "primeiro-ministro",
                                     "primeira-ministra", "premier", "conseller", "consellera", "conselheiro"}
_NEAR_TITLED = 300  # characters: a title's other name stands for the person titled just before
_MAX_HEADED = 5  # tokens of an unlinked phrase headed by a source noun or title
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "\n", ")"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„", "‘", "’"})
_DASHES = frozenset({"—", "–"})  # a dialogue dash before the verb: "—¿Y ahora? —preguntó Ana"
_OPENING_MARKS = frozenset({"“", "«", "„", "‘"})
_MAX_APPOSITION = 20
_PLACE_MODIFIERS = frozenset({"based", "born", "headquartered", "registered", "listed"})
_MAX_LINKS = 3  # prepositional phrases between a subject and its verb
_ONE = frozenset({"uno", "una", "um", "uma", "one"})
_ESTIMATED = frozenset({"estimated", "calculated", "estimada", "estimado", "estimadas", "estimados"})
_AT_AMOUNT = frozenset({"at", "en", "em"})
_BODY_REACH = 400  # characters back to the body that "a entidade" stands for
_CUE_ORDER = attrgetter("cue_start")  # sources in the order of their cues (every found one has a cue)
_SPEAKER_REACH = 300  # characters back to the person that "explicou o médico" stands for
_GOVERNED = re.compile(r"(?:\b(?:ao|à|aos|às|para|com|contra|de|do|da|dos|das|em|no|na|nos|nas|por|pelo|pela|al|"
                       r"con|del|en|to|against|with|of|from|by|at|in|on|for)\s+(?:(?:o|a|os|as|la|el|los|las|the)\s+)?"
                       r"|\ba\s+(?:la|el|los|las)\s+|['’]s\s+|\w\s*\(\s*)$", re.IGNORECASE)
# (a body's initials in brackets after its name count as the name)
_VALUED = ("avali", "evalu", "valued", "valora", "valoró")
_FEW = frozenset({"dos", "tres", "cuatro", "varios", "varias", "dois", "duas", "três", "quatro", "vários", "várias",
                  "two", "three", "four", "several"})
_MAX_QUOTE_BACK = 120  # tokens back from a pronoun after a quote to the quote's opening mark
_ONE_OF = frozenset({"de", "dos", "das", "of"})


_DECLARED = frozenset({"situación", "situação", "estado", "state", "emergencia", "emergência", "emergency",
                       "calamidad", "calamidade", "luto", "mourning", "alerta", "alert", "zona", "zone", "toque",
                       "feriado", "holiday", "guerra", "war", "independencia", "independência", "independence",
                       "desastre", "disaster", "quarentena", "cuarentena", "quarantine", "ley", "lei", "martial"})
_WHERE = frozenset({"no", "na", "em", "en", "in", "nos", "nas"})
_PLACE_LIST_JOINS = frozenset({"and", "e", "y", ","})
_LIST_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–"})  # what ends a list of sources after their cue
# Names joined as one verb's subjects, in the article's language ("Socialism and Liberty Party"
# in a Spanish text is one name).
# Verbs of saying that also nominate ("indicou o economista X para a diretoria").
_NOMINATED = frozenset({"indicou", "indicaram", "indicó", "indicaron", "indica", "indicam"})
# Auxiliaries between a subject and its verb ("had confirmed", "tinha anunciado", "ha lamentado").
_AUXILIARIES = PERFECT_AUXILIARIES | frozenset({"was", "were", "is", "are", "will", "would", "foi", "fue", "fueron"})
# Where, when and how words were said, between a verb and "que/that": "en un comunicado",
# "no Parlamento", "in a statement".
_SETTING_PREPS = frozenset({"en", "em", "in", "numa", "num", "no", "na", "nos", "nas", "durante", "during", "at",
                            "on", "perante", "ante", "diante", "desde", "from", "através", "mediante", "tras", "após",
                            "after"})

_JOINS = {"en": frozenset({"and", ","}), "pt": frozenset({"e", ","}), "es": frozenset({"y", "e", ","})}
_SPEAKER_TYPES = frozenset({"person", "organization", "group", "country"})
# Words before a pair of names that make the pair no subject: "between X and Y", "of X and Y".
_NO_SUBJECT_BEFORE = frozenset({"between", "of", "with", "from", "to", "among", "by", "for", "entre", "de", "do", "da",
                                "dos", "das", "del", "com", "con", "para", "por", "pelo", "pela", "a", "ao", "al"})
_OF_PLACE = frozenset({"de", "del", "da", "do", "of"})
# A region's noun after a body's name ("la Secretaría de Minería de la provincia"): where it sits.
_PROVINCE_WORDS = frozenset({"provincia", "província", "estado", "región", "região", "departamento", "municipio",
                             "município", "ciudad", "cidade", "comuna", "cantón", "distrito", "concelho", "país"})
# Lowercase words of a place's kind written before its name ("el barrio Quelta").
_PLACE_KIND_WORDS = frozenset({"barrio", "bairro", "colonia", "municipio", "município", "ciudad", "cidade", "localidad",
                               "comuna", "pueblo", "aldeia", "vila", "distrito", "concelho", "freguesia", "town",
                               "village", "city", "district", "suburb", "neighbourhood", "neighborhood", "county"})
# An outlet's name with digits or a web domain: "14ymedio", "g1", "elDiario.es", "Infobae.com".
_OUTLET_WITH_DIGITS = re.compile(r"\d+[a-z][\w.]*|[A-Za-z]+\d+|[A-Za-z][\w-]*\.(?:es|com|net|org|pt|br|mx|ar|co|cl|pe)")
# A party and a state after a lawmaker's name: "(R-Kan.)", "(D-N.Y.)", "(PL-SP)".
_PARTY_TAG = re.compile(r"[A-Z][A-Za-z]{0,5}\.?(?:-|,\s)[A-Z][A-Za-z. ]{0,16}")
# Object pronouns written before a verb: "le reprochó", "lhe disse", "les explicó".
_CLITICS_BEFORE = frozenset({"le", "les", "lhe", "lhes", "me", "te", "nos", "vos"})
# Cues that, with an object pronoun before them, deny or aim something at someone: no speech.
_GIVEN_TO = ("neg", "apunt")
# "said his insurer had offered": a possessive opens what was said, not its speaker.
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its"})
# People who speak for themselves, not for the body they are at: "Students at the University of X said".
_OWN_VOICES = frozenset({
    "students", "pupils", "residents", "patients", "parents", "passengers", "customers", "fans", "tenants", "shoppers",
    "visitors", "villagers", "farmers", "workers", "protesters", "demonstrators", "commuters", "families", "traders",
    "vendors", "victims", "survivors", "relatives", "estudantes", "alunos", "moradores", "pacientes", "pais",
    "passageiros", "clientes", "trabalhadores", "manifestantes", "familiares", "estudiantes", "alumnos", "vecinos",
    "padres", "pasajeros", "trabajadores", "usuarios", "usuários", "comerciantes"})
# The people of a place, before its name: "Vecinos de la colonia", "moradores do bairro", "residents of".
_PEOPLE_OF_PLACE = re.compile(r"(?<![\w])((?i:vecinos|vecinas|moradores|moradoras|habitantes|residentes|"
                              r"residents|pobladores|comerciantes|agricultores|pescadores|familias|famílias|"
                              r"usuários|usuarios|utentes|passageiros|pasajeros|passengers|commuters))"
                              r"\s+(?:de|del|da|do|das|dos|of|in)\s+(?:(?:la|el|las|los|o|a|os|as|the)\s+)?"
                              r"(?:(?:colonia|barrio|bairro|comunidad|comunidade|municipio|município|village|town)\s+)?"
                              # (or the last of a list: "Moradores do Cazenga e de Viana")
                              r"(?:[A-ZÁÉÍÓÚ][\w'-]*(?:\s+[A-ZÁÉÍÓÚ][\w'-]*){0,2},?\s+(?:e|y|and)\s+"
                              r"(?:(?:de|del|da|do|of)\s+)?(?:(?:la|el|o|a|the)\s+)?)?$")
_ADJECTIVE_ENDS = ("al", "ar", "ense", "ano", "ana", "ico", "ica", "ista")  # "municipal", "estadual", "paulista"
_VERB_FORMS = ("ed", "ing", "ado", "ada", "ido", "ida")  # "injured in Port Said", "feridos em": no noun
# English verbs of saying that are also nouns, and the words before such a noun.
_NOUN_TOO = frozenset({"reports", "report", "says", "claims", "statement", "comments"})
_BEFORE_A_NOUN = frozenset({"after", "of", "the", "a", "following", "amid", "despite", "by", "in", "on", "with", "to",
                            "for", "these", "those", "such", "media", "news", "earlier", "recent", "unconfirmed",
                            "no", "any", "initial", "several", "conflicting", "into", "about", "over"})
# ("there were no reports of injuries", "look into reports that")
_THAT_WORDS = frozenset({"que", "that"})
_WANT_OF = frozenset({"falta", "sem", "sin", "ausência", "ausencia", "busca"})
_AGREED = ("de acordo", "de acuerdo")
_PLATFORMS = frozenset({"X", "Twitter", "Facebook", "Instagram", "TikTok", "Telegram", "YouTube", "WhatsApp",
                        "LinkedIn", "Threads", "Bluesky"})
_OF_THE = frozenset({"del", "do", "da", "dos", "das"})  # "de" and an article in one word
_SUBJECT_OPENERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our"})
_PARTICIPLE_PREPS = frozenset({"in", "by", "at", "on", "across", "since", "from", "over", "during"})


class _Cue(NamedTuple):
    """A matched cue: token range, characters and text (what the Span gave, without a Span)."""

    label: int  # the matcher's key (the cue text's hash)
    start: int
    end: int
    start_char: int
    end_char: int
    text: str


# Organisation heads that a company's name may hold ("Quelvant Airways", "Grupo Quelmar").
_COMPANY_HEADS = frozenset({
    "company", "corporation", "corp", "corp.", "co.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group", "holdings",
    "airlines", "airways", "bank", "banco", "companhia", "compañía", "grupo", "empresa", "empresas", "linhas",
    "líneas", "industries", "corporación", "corporação", "sociedad", "sociedade", "laboratorio", "laboratório",
    "laboratories", "naviera", "cementera", "cimenteira", "inmobiliaria", "incorporadora", "hidroeléctrica",
    "hidrelétrica", "termoeléctrica", "termelétrica", "eléctrica", "elétrica", "distribuidora", "fabricante",
    "productora", "produtora", "editora", "editorial", "cervejaria", "cervecería", "farmacêutica", "farmacéutica",
    "metalúrgica", "transportadora", "operador", "laboratory"})


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
        # Cues that end a source phrase ("fonte" is a label only before a colon: "Fonte: Lusa").
        self.verb_cues = {text for text, (kind, _) in gaz.cues.items() if kind not in ("photo", "url")}
        self.words: dict[str, set[str]] = {}  # source_words.csv: noun, linker, negation, passive
        for row in rows_for_language("source_words", nlp.lang or "pt"):
            self.words.setdefault(row["kind"], set()).update(w.lower() for w in split_cell(row["text"]))
        self.nouns, self.linkers = self.words.get("noun", set()), self.words.get("linker", set())
        self.settings = self.words.get("setting", set())
        self.data_nouns = sorted(self.words.get("data_noun", set()), key=len, reverse=True)
        self.data_heads = {phrase.split()[0] for phrase in self.data_nouns}
        self.locatives = self.words.get("locative", set())
        self.recipients = self.words.get("recipient", set())
        self.titles = {entry.key for entry in gaz.entries.values() if entry.kind == "title" and " " not in entry.key}
        self.role_synonyms = dict(pair.split("=", 1) for pair in self.words.get("role_synonym", set()) if "=" in pair)
        self.role_anaphors = self.words.get("role_anaphor", set())
        # the titles a role anaphor stands for first ("o parlamentar": the deputy or senator last named)
        self.anaphor_titles = {word: frozenset(titles.split()) for word, _, titles in
                               (pair.partition("=") for pair in self.words.get("anaphor_titles", set()))}
        self.org_heads = {head.split()[0] for head in gaz.heads}  # "a agência de notícias KCNA"
        self.body_nouns = self.words.get("body_noun", set())  # "segundo a entidade": the body named last
        self.company_nouns = self.words.get("company_noun", set())  # "the company said": the company named before
        # Head words of bodies that are no company ("Ministério", "Polícia", "Hospital"), and news outlets
        company_words = {w.lower() for w in gaz.word_set("org_suffix") | gaz.word_set("company_tail")}
        # (a trust is no company: "the company" after "X Trust" and "Y Seafoods" is Y)
        self.public_heads = self.org_heads - company_words - self.company_nouns - _COMPANY_HEADS | {"trust"}
        self.outlets = {f"organization:{slugify(row['name'])}" for row in read_table("outlets")}
        self.indefinite = self.words.get("indefinite", set())  # "an official said": someone unnamed
        self.needs_that = self.words.get("needs_that", set())
        self.judges_object = self.words.get("judges_object", set())
        self.proxies = self.words.get("proxy", set())  # "fontes", "aides": people around an actor, not the actor
        self.kin = self.words.get("kin", set())  # "según su esposa, X": a relative named after
        self.of_links = self.linkers - self.settings  # "o porta-voz do ministério", "the head of"
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for text in gaz.cues:  # (verbs that introduce quoted words report only right after them)
            self.matcher.add(text, [nlp.make_doc(text)])

    def __call__(self, doc: Doc) -> Doc:
        finder = _SourceFinder(self, doc)
        sources: dict[tuple[int, int, int | None], Source] = {}
        marks = doc.user_data[_QUOTE_MARKS_KEY] = find_quote_marks(doc)  # etl_quotes reads them again
        quoted = [(opener, closer) for opener, closer in marks if closer - opener > 2]
        # A view's holder ("Para X, …") has spoken for the title after it: 'Para o professor X, …
        # "…", explicou o economista' is X. Found first, kept in text order with the others.
        opinions = finder.opinion_sources() if self.lang in ("pt", "es") else []
        finder.found.extend(opinions)
        for cue in finder.cues(self.matcher(doc)):
            if any(opener < cue.start < closer for opener, closer in quoted):
                continue  # a verb inside quoted words reports nothing ('"el público respondió como nunca", dijo')
            source = finder.source_for(cue)
            if source is not None:
                sources.setdefault((source.start, source.end, source.cue_start), source)
                insort(finder.found, source, key=_CUE_ORDER)
                for other in finder.conjoined(source, cue):
                    sources.setdefault((other.start, other.end, other.cue_start), other)
        for source in opinions:
            sources.setdefault((source.start, source.end, source.cue_start), source)
        doc._.sources = sorted(sources.values(), key=lambda s: (s.start, s.cue_start or 0))
        return doc


def _char_tokens(tok: DocTokens, start_idx: int, end_idx: int) -> tuple[int, int] | None:
    """(start, end) tokens of `doc.char_span(start_idx, end_idx, alignment_mode="expand")`,
    or None when spaCy returns None (a token covers its trailing whitespace). Called for
    every actor mention: no helper function is made per call."""
    size = len(tok.text)
    if not (0 <= start_idx < size and 0 < end_idx <= size):
        return None  # a character outside the text has no token
    start = bisect_right(tok.idx, start_idx) - 1
    end = bisect_right(tok.idx, end_idx - 1) - 1
    if start < 0 or end < 0:
        return None
    if start_idx == tok.ends[start]:
        start += 1
    return start, end + 1


_QUOTED_NAME_OPENERS = frozenset({'"', "“", "«", "„", "'", "‘"})
_QUOTED_NAME_CLOSERS = frozenset({'"', "”", "»", "“", "'", "’"})


class _SourceFinder:
    """Per-doc helpers: which tokens are actor mentions, and noun-phrase boundaries."""

    def __init__(self, component: SourcesComponent, doc: Doc) -> None:
        self.c, self.doc = component, doc
        self.tok = tok = doc_tokens(doc)  # token attributes as lists, shared with other components
        self.text, self.texts, self.lower, self.n = tok.text, tok.texts, tok.lower, len(tok.texts)
        self.actor_at: dict[int, tuple[Actor, int, int]] = {}  # token -> (actor, start, end tok)
        self.date_end_at = {d.start: d.end for d in doc._.dates or []}  # a date's start char -> its end
        # The token a person's title starts at -> the person's mention, when a comma parts them:
        # "afirmou a ministra da Ciência, Tecnologia e Inovação, Luciana Santos".
        self.titled_at: dict[int, tuple[Actor, int, int]] = {}
        self.role_start_at: dict[int, int] = {}  # a person's first token -> the title right before it
        self.role_at: dict[int, tuple[Actor, int, int]] = {}  # a title's first token -> the person it names
        self.found: list[Source] = []  # the sources of the cues before, in text order
        self.people: list[tuple[int, Actor, str | None]] | None = None  # (mention start, person, gender)
        for actor in doc._.actors or []:
            for mention in actor.mentions:
                bounds = _char_tokens(tok, mention.start, mention.end)
                if bounds is None:
                    continue
                start, end = bounds
                if mention.role_start is not None and actor.type == "person" \
                        and "," in tok.text[mention.role_start:mention.start] \
                        and (role := _char_tokens(tok, mention.role_start, mention.role_start + 1)) is not None:
                    self.titled_at[role[0]] = (actor, start, end)
                elif mention.role_start is not None and actor.type == "person" \
                        and (role := _char_tokens(tok, mention.role_start, mention.role_start + 1)) is not None:
                    self.role_start_at[start] = role[0]  # "do presidente Lula"
                    self.role_at[role[0]] = (actor, start, end)
                if start > end:  # spaCy cannot build this span: let it raise as before
                    doc.char_span(mention.start, mention.end, alignment_mode="expand")
                for i in range(start, end):
                    current = self.actor_at.get(i)
                    if current is None or current[2] - current[1] < end - start:
                        self.actor_at[i] = (actor, start, end)

    def opinion_sources(self) -> list[Source]:
        """Portuguese and Spanish open a view with "Para" and its holder set off by a comma: "Para
        Mariana Costa, analista da XP, o preço é alto", "Para el economista jefe de BBVA Research,
        Hugo Perea, el BCR retomará los recortes". The holder, a person or an organisation, is the
        sentence's source."""
        found = []
        texts, idx, ends = self.texts, self.tok.idx, self.tok.ends
        for i in range(self.n - 2):
            if texts[i] not in VIEW_OPENERS or not self._starts_sentence(i):
                continue
            j = i + 1 + (self.lower[i + 1] in self.c.determiners)
            holder = self.titled_at.get(j) or self.role_at.get(j) or self.actor_at.get(j)
            if holder is None or holder[0].type not in ("person", "organization") \
                    or holder is self.actor_at.get(j) and holder[1] != j:
                continue
            end = holder[2]
            if end >= self.n or texts[end] != ",":
                continue
            cue = _Cue(0, i, i + 1, idx[i], ends[i], texts[i])
            found.append(self._make(holder[1], end, cue))
        return found

    def cues(self, matches: list[tuple[int, int, int]]) -> list[_Cue]:
        idx, ends, text = self.tok.idx, self.tok.ends, self.text
        return [_Cue(key, s, e, idx[s], ends[e - 1], text[idx[s]:ends[e - 1]])
                for key, s, e in longest_first(matches, lambda m: (m[1], m[2]))]

    def _label(self, cue: _Cue) -> str:
        return self.doc.vocab.strings[cue.label]

    def source_for(self, cue: _Cue) -> Source | None:
        """The source of one cue (`_source_for`); the people of a place speak, not the place:
        "Vecinos de la colonia Villa Nueva denunciaron" (no actor, as the residents are none)."""
        found = self._source_for(cue)
        if found is not None and found.actor_id is not None and found.actor_id.startswith("person:") \
                and (speaker := _SPEAKER_FOR.search(self.text, max(0, found.start - 60), found.start)) is not None \
                and (found.text.lower() in self.c.titles
                     or (speaker.group(2) or "").lower() in self.c.titles):
            # "A spokesperson for Premier Alan Rourke said", "a spokesperson for the governor said":
            # the spokesperson, no actor (not "o porta-voz da empresa João Silva", who speaks himself)
            first = bisect_left(self.tok.idx, speaker.start(1))
            return self._make(first, bisect_left(self.tok.idx, found.end), cue, link=False)
        if found is None or found.actor_id is None or not found.actor_id.startswith(("location:", "country:")):
            return found
        people = _PEOPLE_OF_PLACE.search(self.text, max(0, found.start - 40), found.start)
        if people is None:
            return found
        first = bisect_left(self.tok.idx, people.start(1))
        return self._make(first, bisect_left(self.tok.idx, found.end), cue, link=False)

    def _source_for(self, cue: _Cue) -> Source | None:
        kind, side = self.c.cues[cue.text.lower()]
        if cue.text.lower().startswith("respond") and _ACCOUNTS_FOR.match(self.tok.text, cue.end_char):
            return None  # "Marabá respondeu sozinha por cerca de 18% das exportações": accounted for
        if kind == "photo":
            return self._labelled(cue, "photo_credit")
        if kind == "url":
            return self._labelled(cue, "article_url")
        if kind != "prep" and (agent := self._passive_agent(cue)) is not None:
            if kind == "passive" and any(found.start == self.tok.idx[agent[1]] for found in self.found):
                return None  # "segundo dados divulgados pelo ministério": "segundo" named it already
            return self._make(agent[1], agent[2], cue)  # "a grant announced by Net Zero Secretary X": X
        if kind == "passive":
            return None  # "os dados foram avançados na semana passada": no agent, no source
        if kind == "prep":
            if cue.start > 0 and self.lower[cue.start - 1] in self.c.determiners:
                return None  # "o segundo dia": an ordinal, not a cue
            if cue.start > 0 and self.lower[cue.start - 1] in _WANT_OF and cue.text.lower().startswith(_AGREED):
                return None  # "por falta de acordo com o Centrão": an agreement lacking, no source
            if cue.end < self.n and self.lower[cue.end] in _PREP_PRONOUNS:
                return self._pronoun_source(cue, cue.end, _PREP_PRONOUNS[self.lower[cue.end]])  # "Segundo ele,"
            if cue.end < self.n and self.lower[cue.end] in self.c.verb_cues:
                return None  # "según explicó ayer el alcalde": the verb's source, once
            found = self._right(cue, require_actor=False)
            if found is not None and found.actor_id is None and found.name.lower() in _RULES:
                return None  # "conforme a la ley", "according to the rules": what is followed, no one who says
            if found is not None and found.actor_id is None and (
                    found.name.lower() in _VARIED_BY
                    or cue.text.lower().startswith("conforme") and found.name.lower() in _VARIED_BY_SEAT):
                # "según la ubicación", "segundo o tipo", "custam de R$ 350 a R$ 1.800, conforme o
                # setor": what a thing varies with
                return None
            if found is not None and (owned := _OWNED_RULE.match(self.text, found.end)) is not None \
                    and owned.group(1).lower() in _RULES | _SCHEDULES:
                return None  # "shed according to Eskom's schedule": what is followed
            return found
        if kind == "ask" and not self._after_a_question(cue):
            return None  # "asked the court to", "a pergunta": only a question's words are asked
        if kind == "quote":
            # "calificó la medida de «…»" names the words' speaker, no source; '"…", reclamó X' does
            if not self._right_after_quote(cue):
                return None
            if (pronoun := self._subject_pronoun(cue)) is not None:
                return self._pronoun_source(cue, pronoun)
            return self._right(cue, require_actor=True)
        if self._denied(cue):
            return None
        if cue.text.lower() == "added" and cue.end < self.n \
                and self.lower[cue.end] in _THINGS_ADDED:
            return None  # "the department had added a second water tanker": a thing added, no words
        if cue.start > 0 and self.lower[cue.start - 1] in _CLITICS_BEFORE and cue.text.lower().startswith(_GIVEN_TO):
            return None  # "los funcionarios le negaron información", "le apuntó a la cabeza": done to someone
        if cue.start > 0 and self.lower[cue.start - 1] in self.c.determiners and self.c.lang != "en":
            return None  # "emitiu um alerta", "o comenta": a noun after its article, not a verb
        if cue.text[:1].isupper() and cue.start > 0 and self.texts[cue.start - 1][:1].isupper() \
                and not self._starts_sentence(cue.start):
            return None  # "Port Said": a name's word, no cue
        if cue.text.lower() in self.c.needs_that \
                and self.lower[self._past_setting(cue.end)] not in _THAT_WORDS \
                and not (self.texts[self._past_adverbs(cue.end)] in _QUOTE_MARKS and self._named_speaker(cue)) \
                and not (cue.start > 1 and self.texts[cue.start - 1] == ","
                         and (self.texts[cue.start - 2] in _QUOTE_MARKS or self._clause_ends_at(cue.start - 1)
                              and cue.end < self.n and (self.lower[cue.end] in self.c.determiners
                                                        or cue.end in self.actor_at))) \
                and not self._after_a_quote(cue):
            # "a lei considera crime …": an opinion reports only what follows "que", a quote or a
            # clause (", estima o Conselho Oleícola")
            return None
        if cue.text.lower().startswith("diz") and self.lower[cue.end] == "respeito" if cue.end < self.n else False:
            return None  # "o caso, que dizia respeito a obras": it concerned them, nobody spoke
        if cue.text.lower().startswith("respond") and self.lower[self._past_adverbs(cue.end)] in _ACCOUNTED_FOR:
            return None  # "a geração solar respondeu por um quinto da carga": it accounted for it
        if cue.text.lower().startswith("declar") and any(
                self.lower[k] in _DECLARED for k in range(cue.end, min(cue.end + 7, self.n))
                if not any(self.lower[m] in _THAT_WORDS or self.texts[m] in (",", ".") for m in range(cue.end, k))):
            return None  # "declaró situación de desastre", "declared a state of emergency": an act, not speech
        if cue.start > 1 and self.texts[cue.start - 1][:1].isdigit() and not self.texts[cue.start - 2][:1].isupper():
            return None  # "216 confirmed and 103 probable cases": an adjective after a number
        if cue.text.lower() in _ESTIMATED and cue.end < self.n and self.lower[cue.end] in _AT_AMOUNT:
            return None  # "legal costs, estimated at $49,000": the size of a thing, not a report
        if cue.text.lower().startswith(_VALUED) and self._valued_at(cue.end):
            return None  # "o fundo avaliou a companhia em US$ 400 milhões": a price put on it, not a report
        if self._reduced_relative(cue):
            return None  # "pointing to cases reported in Malawi": a participle after its noun
        if cue.text.lower() in _NOMINATED and self._nominee_for(cue.end):
            return None  # "Lula indicou o economista X para a diretoria": a nomination, no report
        if self.c.lang == "en" and cue.text.lower() in _NOUN_TOO and cue.start > 0 \
                and self.lower[cue.start - 1] in _BEFORE_A_NOUN:
            return None  # "after reports of low water pressure": the noun
        if self.c.lang == "en" and cue.text.lower() in _NOUN_TOO and cue.start > 0 \
                and self.texts[cue.start - 1].isalpha() and self.texts[cue.start - 1].islower() \
                and self.lower[cue.start - 1] not in self.c.nouns and self.lower[cue.start - 1] not in self.c.adverbs \
                and not self.tok.is_stop[cue.start - 1]:
            return None  # "to file compliance reports within a week": a noun after a noun, no verb
        if kind == "verb" and self.c.lang == "en" and cue.text.endswith("ing") \
                and (cue.start == 0 or self.texts[cue.start - 1] != ","):
            return None  # "…, telling reporters that": a participle after its clause ("spent the day telling stories")
        if (pronoun := self._subject_pronoun(cue)) is not None:
            return self._pronoun_source(cue, pronoun)  # "she told the Guardian that", "disse ele"
        following = self.lower[cue.end] if cue.end < self.n else ""
        if side == "right" and following in _THAT_WORDS:
            # "X, vendedora de 41 anos, conta que…": a named speaker before "conta que" ("na
            # conta que o governo apresentou" names none)
            left = self._left(cue) or self._apposed(cue)
            return left if left is not None and left.actor_id is not None else None
        if side == "right":
            # '"…", conta a aposentada X': a verb that reports only set off after the words, its
            # speaker named after it ("a conta de luz", "vou pagar conta" report nothing)
            if cue.start == 0 or self.texts[cue.start - 1] not in (",", "—", "–"):
                return None  # (a dialogue's dash sets it off too: "—No tenemos ascensor —se queja X")
            return self._right(cue, require_actor=True)
        if following == "," and side != "left" and cue.end + 1 < self.n \
                and (self.lower[cue.end + 1] in _MANNER or self.lower[cue.end + 1] in _OCCASION) \
                and self._past_aside(cue.end + 1) is not None:
            # '«…», garantiu, à margem da reunião, a presidente X': the speaker after an aside
            left = self._left(cue)
            if left is not None and left.actor_id is not None:
                return left
            return self._right(cue, require_actor=False) or left
        if side == "left" or following in _CLAUSE_WORDS or following in _STOPS:
            return self._left(cue) or self._apposed(cue) or self._sentence_subject(cue)
        right = self._right(cue, require_actor=False)
        if right is not None and self._in_what_was_said(cue, right):
            right = None  # "said in a statement that Minister X would tour the plant": X is no speaker
        if self._has_object(cue, inverted=right is not None):
            return None  # "Rangel anunciou um pacote", "Boric anunció la Estrategia": no report
        if right is not None and following in self.c.recipients and cue.start > 0 and self.texts[cue.start - 1] == ",":
            return right  # "…, confirmou ao PÚBLICO fonte do executivo": told someone, its speaker after
        left = self._left(cue)
        if left is not None and left.actor_id is not None:
            return left
        if self.c.lang == "en" and left is None and right is not None and right.actor_id is None \
                and (right.start == self.tok.idx[cue.end] or self.lower[cue.end] in _POSSESSIVE_DETERMINERS) \
                and right.name.islower() \
                and (named := self._apposed(cue) or self._sentence_subject(cue)) is not None \
                and named.actor_id is not None:
            # "X, Cllr Helen Pryce, said residents had seen", "X, whose shop burned, said his
            # insurer had offered": what was said of them
            return named
        return right or left or self._apposed(cue) or self._sentence_subject(cue)

    def _in_what_was_said(self, cue: _Cue, right: Source) -> bool:
        """Whether the source after the verb stands past a "that/que" that opens what was said:
        one with no name or title between the verb and it ("informou em comunicado que o
        ministro X", not "disse o presidente da associação que representa os produtores, X")."""
        end = bisect_left(self.tok.idx, right.start)
        for k in range(cue.end, end):
            if self.lower[k] in _THAT_WORDS:
                return True
            if k in self.actor_at or k in self.titled_at or k in self.role_at:
                return False
        return False

    def _subject_pronoun(self, cue: _Cue) -> int | None:
        """The token of a personal pronoun that is the verb's subject: right before it ('"…,"
        he said', "and she told reporters") or, in Portuguese and Spanish, right after it
        ("disse ele", "dijo ella")."""
        k = cue.start - 1
        while k >= 0 and self.lower[k] in self.c.adverbs:
            k -= 1
        if k >= 0 and self.lower[k] in PRONOUNS:
            return k
        if self.c.lang != "en" and cue.end < self.n and self.lower[cue.end] in PRONOUNS \
                and cue.start > 0 and not self.tok.is_alpha[cue.start - 1]:
            return cue.end
        return None

    def _pronoun_source(self, cue: _Cue, k: int, gender: str | None = None) -> Source | None:
        """The pronoun as the source, linked to the one person it can stand for: of its gender
        (or of unknown gender), named earlier in its sentence (with the quote it follows), else
        in the sentence before; when several are, the one of them who was a source there, else
        the one known to be of the pronoun's gender."""
        if gender is None and (self.c.lang == "en" and self._has_object_en(cue)
                               or self.c.lang != "en" and self._has_object(cue, inverted=k > cue.start)):
            return None  # "ele anunciou um pacote": a verb with an object reports nothing
        if self.people is None:
            self.people = sorted((m.start, a, person_gender(a, self.text, m.start, self.c.lang))
                                 for a in self.doc._.actors or [] if a.type == "person" for m in a.mentions)
        sent = self._sentence_start(k)
        if k > 1 and self.texts[k - 1] in _QUOTE_MARKS:
            # '"Why now?" she said.', '"… safe. Now …," she said': one sentence with its quote,
            # back to where the quote opens
            opening = next((i for i in range(k - 2, max(k - _MAX_QUOTE_BACK, 0), -1)
                            if self.texts[i] in _QUOTE_MARKS or "\n" in self.texts[i]), None)
            if opening is not None and self.texts[opening] in _QUOTE_MARKS:
                sent = min(sent, self._sentence_start(opening))
        gender = gender or PRONOUNS[self.lower[k]]
        person, named = self._one_person(self.tok.idx[sent], self.tok.idx[k], gender)
        if person is None and not named and sent > 0:
            # the sentence before, also across a paragraph: 'X said Y.\n\n"…," he said.' (not when
            # the pronoun's own sentence names several it may stand for)
            person, _ = self._one_person(self.tok.idx[self._sentence_start(sent - 1)], self.tok.idx[sent], gender)
        return self._make(k, k + 1, cue, actor=person) if person else None

    def _one_person(self, first: int, last: int, gender: str) -> tuple[Actor | None, bool]:
        """The one person of `gender` (or of unknown gender) named between characters `first` and
        `last`: of several, the one who was a source there ("Mr Chande's lawyer, Gift Nankhuni,
        said …, and he argued"), else the one known to be of that gender ("Jane Roe met Mr
        Smith. He said"), else the one the sentence opens with, its subject ("Opposition leader X
        called for President Y to resign. "…," he said"). None when no one or no one clearly is;
        and whether anyone it may stand for was named there."""
        compatible = {actor.actor_id: actor for start, actor, g in self.people or ()
                      if first <= start < last and g in (gender, None)}
        if len(compatible) > 1:
            gendered = {actor.actor_id: actor for start, actor, g in self.people or ()
                        if first <= start < last and g == gender}
            spoke = {s.actor_id for s in self.found if s.cue_start is not None and first <= s.cue_start < last}
            speakers = {key: actor for key, actor in compatible.items() if key in spoke}
            chosen = speakers if len(speakers) == 1 or len(gendered) != 1 else gendered
            if len(chosen) != 1 and (subject := self._opening_person(first, last, compatible)) is not None \
                    and (subject.actor_id in gendered or not gendered):
                chosen = {subject.actor_id: subject}  # (one of unknown gender only among others of unknown gender)
            return (next(iter(chosen.values())) if len(chosen) == 1 else None), True
        return (next(iter(compatible.values())) if compatible else None), bool(compatible)

    def _opening_person(self, first: int, last: int, compatible: dict[str, Actor]) -> Actor | None:
        """The person of `compatible` a sentence from character `first` opens with a title for:
        only capitalised words or words of a title before the name, one to six, and of several
        such, the last ("INMO Cork representative Liam Conway": the words before are his title's)."""
        i = bisect_left(self.tok.idx, first)
        while i < self.n and self.tok.is_space[i]:
            i += 1
        found = None
        for start, actor, _ in self.people or ():
            if not first <= start < last or actor.actor_id not in compatible:
                continue
            j = bisect_left(self.tok.idx, start)
            if j - i > 6 or any(not (self.texts[t][:1].isupper() or self.lower[t] in self.c.titles)
                                for t in range(i, j)):
                break
            found = actor if j > i else None  # (bare names are no clue: "X met Y. '…,' he said")
        return found

    def _past_adverbs(self, i: int) -> int:
        """The first token from `i` on that is no adverb (or the last token)."""
        while i < self.n - 1 and self.lower[i] in self.c.adverbs:
            i += 1
        return min(i, self.n - 1)

    def _reduced_relative(self, cue: _Cue) -> bool:
        """English: a participle right after a common noun that is no source, before a
        preposition ("cases reported in Malawi", "deaths recorded by the ministry"): no report."""
        i = cue.start - 1
        if not (self.c.lang == "en" and cue.text.endswith("ed") and cue.end < self.n and i >= 0
                and self.lower[cue.end] in _PARTICIPLE_PREPS and self.texts[i].islower() and self.tok.is_alpha[i]
                and not self.tok.is_stop[i] and self.lower[i] not in self.c.nouns
                and self.lower[i] not in self.c.titles and self.lower[i] not in self.c.adverbs):
            return False
        while i > 0 and self.texts[i - 1].islower() and self.tok.is_alpha[i - 1] and not self.tok.is_stop[i - 1]:
            i -= 1  # the noun's adjectives
        return i == 0 or self.lower[i - 1] not in _SUBJECT_OPENERS  # "the regional bloc confirmed on Wednesday"

    def _has_object(self, cue: _Cue, *, inverted: bool) -> bool:
        """In Portuguese and Spanish, a noun phrase right after the verb is its object, not
        what was said (English drops "that": 'said the plan failed'), unless a clause follows
        ('informó este viernes de que'). A singular "a" before a plural is the preposition
        ('disse a jornalistas'). When the phrase reads as an inverted source ('anunciou o
        presidente'), only an indefinite article makes it an object ('anunciou uma moção')."""
        lower, i = self.lower, cue.end
        if self.c.lang == "en":
            return self._has_object_en(cue)
        if cue.text.lower() in self.c.judges_object and not inverted:
            return False  # "Inês Carvalhal criticou a falta de investimento": a judgement stated
        while i < self.n and lower[i] in self.c.adverbs:
            i += 1
        if i < self.n and lower[i] in ("com", "con"):
            return True  # "a investigação contou com a colaboração", "contó con el apoyo": it relied on
        if cue.text.lower().startswith("apel") and i < self.n and (
                lower[i] in ("à", "ao", "aos", "às", "al", "para") or lower[i] == "a" and i + 1 < self.n
                and lower[i + 1] in ("la", "las", "los")) \
                and not any(lower[j] == "que" and lower[j - 1] in ("para", "a")
                            for j in range(i + 1, min(i + 8, self.n))):
            # "apelou à calma", "apeló a la calma": an appeal for something, not words reported ("apelou
            # aos moradores para que …" reports what was asked)
            return True
        if i < self.n and self.texts[i][:1].isdigit() and (i + 1 >= self.n or self.texts[i + 1] not in (".", ",")):
            return True  # "a PRM destacou 200 agentes": a number after the verb is what it did, not said
        if i + 1 < self.n and (date_end := self.date_end_at.get(self.tok.idx[i + 1])) is not None \
                and lower[i] in self.c.determiners:
            i = bisect_right(self.tok.idx, date_end - 1)  # "dijo el martes en la Asamblea que": a date, no object
        if i + 1 >= self.n or lower[i] not in self.c.determiners or not self.tok.is_alpha[i + 1]:
            return False
        if inverted and (lower[i] not in self.c.indefinite or lower[i] in _ONE and lower[i + 1] in _ONE_OF):
            return False  # ('contou uma das passageiras': one of them, no object)
        for j in range(i + 1, min(i + _MAX_UNLINKED + 3, self.n)):
            if lower[j] in self.c.cues:
                break  # "defendeu a exploração e disse que": the clause belongs to the next verb
            if lower[j] in _CLAUSE_WORDS or lower[j] == ":":
                return False
        return not (lower[i] == "a" and lower[i + 1].endswith("s"))

    def _has_object_en(self, cue: _Cue) -> bool:
        """"added" with its subject before it and a phrase then "to" after it ('Washington
        added SMIC to its blacklist', 'the index added 2% to 7,500'): a verb with an object.
        Inverted ('", added Smith'), before a clause ('added the town was retaken'), a
        preposition or a date ('added on Tuesday', 'added Monday that') it reports."""
        i, lower = cue.end, self.lower
        if cue.text.lower() not in _OBJECT_VERBS_EN or cue.start == 0 or i >= self.n \
                or lower[cue.start - 1] in _STOPS or self.tok.idx[i] in self.date_end_at:
            return False
        if i + 2 < self.n and lower[i] in ("more", "less", "fewer") and lower[i + 1] == "than":
            i += 2  # "the closure had added more than 40 minutes to their trips"
        elif i + 1 < self.n and lower[i] in _ABOUT_EN and self.texts[i + 1][:1].isdigit():
            i += 1
        if i + 2 < self.n and lower[i] in ("a", "an") and (lower[i + 2] == "of" or lower[i + 1] in _AMOUNT_NOUNS_EN):
            return True  # "Employers added an average of 150,000 jobs a month", "added a further 2%"
        word = self.texts[i]
        if word[:1].isdigit() and i + 2 < self.n and self.texts[i + 1].isalpha() and self.texts[i + 1].islower() \
                and lower[i + 2] not in _CLAUSE_AUXILIARIES and not lower[i + 2].endswith("ed"):
            return True  # "Jaylen Brown added 21 points and eight rebounds"; not "added 10 people were hurt"
        if not (word[:1].isdigit() or word[:1] in "$£€" or lower[i] in self.c.determiners
                or (word[:1].isupper() and self.tok.is_alpha[i] and not self.tok.is_stop[i])):
            return False
        for j in range(i + 1, min(i + 7, self.n)):
            if lower[j] == "to":
                return True
            if lower[j] in _STOPS or lower[j] in _CLAUSE_WORDS:
                break
        return False

    def _denied(self, cue: _Cue) -> bool:
        """A negated verb ('Hamas has not confirmed') or an English passive ('the results were
        announced', 'is estimated at') attributes nothing."""
        lower, k = self.lower, cue.start - 1
        if self.c.lang == "en" and k >= 0 and lower[k] in _ARTICLES_EN:
            return True  # "an estimated 11,000 troops", "the reported attack": an adjective
        if self.c.lang != "en" and k >= 0 and lower[k] == "se" and cue.end < self.n \
                and (self.texts[cue.end][:1].isdigit() or lower[cue.end] in _AMOUNT_OPENERS):
            return True  # "se aseguraron más de 15 toneladas", "se informaron 20 casos": a passive with its amount
        negation, passive = self.c.words.get("negation", set()), self.c.words.get("passive", set())
        while k >= 0 and (lower[k] in self.c.adverbs or lower[k] in negation
                          or lower[k] == "se" and self.c.lang != "en"):  # "no se reportaron víctimas"
            if lower[k] in negation:
                return True
            k -= 1
        return k >= 0 and lower[k] in passive

    def _clause_ends_at(self, comma: int) -> bool:
        """Whether the comma at token `comma` ends a clause with a verb of its own ("o país
        deverá colher 1,4 milhões de toneladas,"), not a subject set off before its verb ("O
        governo, considera")."""
        k = comma - 1
        while k >= 0 and not self._starts_sentence(k) and self.texts[k] not in _CLAUSE_END:
            k -= 1
        return comma - k > 4

    def _make(self, start: int, end: int, cue: _Cue, kind: SourceKind = "attribution",
              actor: Actor | None = None, link: bool = True) -> Source:
        first, last = self.tok.idx[start], self.tok.ends[end - 1]
        text = self.text[first:last]
        last_end = -1
        for i in range(start, end if link else start):
            if i in self.actor_at:
                here = self.actor_at[i]
                if actor is not None and actor.type == "organization" and here[0].type == "country" \
                        and here[1] == last_end:
                    continue  # "Amnesty International Nigeria": the branch, not the country
                if here[0].type in ("location", "country") and here[1] > start \
                        and self.lower[here[1] - 1] in _OF_PLACE and self.texts[start][:1].isupper():
                    continue  # "el Gremi d'Hotels de Barcelona": the body, not where it is
                actor, last_end = here[0], here[2]
        if actor is None and kind == "attribution" and end - start == 1 and text.islower():
            actor = self._named_org(self.lower[start], first)  # "the bank said" after "the Reserve Bank"
        if kind == "article_url":
            actor = None
        # Source(**fields) validates the same dict behind a slower wrapper.
        return _validate_source({"start": first, "end": last, "text": text, "name": text, "cue": cue.text,
                                 "cue_start": cue.start_char, "cue_end": cue.end_char, "kind": kind,
                                 "actor_id": actor.actor_id if actor else None})

    def _labelled(self, cue: _Cue, kind: SourceKind) -> Source | None:
        texts, n, is_space = self.texts, self.n, self.tok.is_space
        if not cue.text[:1].isupper() or cue.end >= n or texts[cue.end] != ":":
            return None
        start = end = cue.end + 1
        while end < n and texts[end] not in (")", "]") and "\n" not in texts[end]:
            end += 1
        while end > start and (is_space[end - 1] or texts[end - 1] in _STOPS):
            end -= 1
        if end <= start:
            return None
        if kind == "article_url" and not (end - start == 1 and self.doc[start].like_url):
            kind = "attribution"
        return self._make(start, end, cue, kind)

    def _person_after_setting(self, k: int) -> tuple[Actor, int, int] | None:
        """The person set off by a comma after a short place phrase from token `k` ("en el
        Congreso, Núria Casals"), else None."""
        for j in range(k + 1, min(self.n - 1, k + _SETTING_REACH)):
            if self.texts[j] == ",":
                m = j + 1
                if m + 1 < self.n and self.lower[m] in self.c.determiners and self.texts[m + 1].islower() \
                        and self.tok.is_alpha[m + 1]:
                    m += 2  # "em Angola, a belga Céline X": her nationality first
                elif m + 1 < self.n and self.texts[m].islower() and self.tok.is_alpha[m] and m + 1 in self.actor_at:
                    m += 1  # "do SIC em Luanda, superintendente Manuel X": his rank first
                named = self.actor_at.get(m)
                return named if named is not None and named[0].type == "person" and named[1] == m else None
            if self.texts[j] in _STOPS:
                return None
        return None

    def _right_after_quote(self, cue: _Cue) -> bool:
        """The verb comes right after a quotation's closing mark and a comma: '"…", reclamó X'."""
        k = cue.start - 1
        return k >= 1 and self.texts[k] == "," and self.texts[k - 1] in _QUOTE_MARKS | _DASHES \
            or k >= 0 and self.texts[k] in _DASHES

    def _after_a_question(self, cue: _Cue) -> bool:
        """A question's closing mark right before the verb, or before the name or pronoun that
        asks: '"Why now?" asked Senator X', '"Why now?" Jane Okoro asked', '«¿Quién?», preguntó'."""
        for k in range(cue.start - 1, max(0, cue.start - 5) - 1, -1):
            if self.texts[k] in _QUOTE_MARKS or self.texts[k] in _DASHES:
                return k > 0 and self.texts[k - 1] in ("?", "?,") or k > 1 and self.texts[k - 1] == "," \
                    and self.texts[k - 2] == "?"
            if self.texts[k] != "," and not self.texts[k][:1].isupper() and self.lower[k] not in PRONOUNS:
                return False
        return False

    def _after_a_quote(self, cue: _Cue) -> bool:
        """The verb ends the sentence a few words after a closing quotation mark: '"…," the judge ruled.'"""
        return cue.end < self.n and self.texts[cue.end] in (".", "!", "?") \
            and any(self.texts[k] in _QUOTE_MARKS for k in range(max(0, cue.start - 5), cue.start))

    def _described_person_at(self, k: int) -> tuple[Actor, int, int] | None:
        """English: the person named after one or two lower-case words from token `k` that are no
        stop words ("Unite regional officer Gordon Rennie", "longtime resident X"), else None."""
        if self.c.lang != "en":
            return None
        for j in (k + 1, k + 2):
            if j >= self.n or not (self.tok.is_alpha[j - 1] and self.texts[j - 1].islower()
                                   and not self.tok.is_stop[j - 1]):
                return None
            if (person := self.actor_at.get(j)) is not None and person[0].type == "person" and person[1] == j:
                return person
        return None

    def _modified_role(self, start: int) -> tuple[Actor, int, int] | None:
        """The role evidence one or two lower-case words after `start` ("council president X",
        "city council president X"), when those words are no stop words and the name ends the
        clause ('"…," said council president X.'; not "said union president X had quit")."""
        for k in (start + 1, start + 2):
            if k >= self.n or not (self.tok.is_alpha[k - 1] and self.texts[k - 1].islower()
                                   and not self.tok.is_stop[k - 1]):
                return None
            named = self.role_at.get(k)
            if named is None and k == start + 1:
                named = self._described_person_at(start)  # '"…," said regional officer X.': no title's words
            if named is not None:
                return named if self._name_ends_clause(named[2]) else None
        return None

    def _name_ends_clause(self, k: int) -> bool:
        """Whether the clause ends at token `k` after a name, or after a date there ('said
        council president X on Monday.', 'said ferry captain X yesterday.')."""
        n, tok = self.n, self.tok
        if k < n and self.lower[k] in _DATE_PREPS and k + 1 < n and tok.idx[k + 1] in self.date_end_at:
            k += 1
        if k < n and (date_end := self.date_end_at.get(tok.idx[k])) is not None:
            k = bisect_right(tok.idx, date_end - 1)
        return k >= n or bool(tok.is_punct[k])

    def _right(self, cue: _Cue, *, require_actor: bool) -> Source | None:
        texts, lower, n, start = self.texts, self.lower, self.n, cue.end
        tok = self.tok
        while start < n:  # adverbs and a date before the phrase: "informó el jueves el Instituto ..."
            if texts[start].isdigit() and start + 5 < n and lower[start + 1:start + 5] == _YEARS_OLD:
                start += 5  # 'said 34-year-old trader Mary Banda': the age before the person
                continue
            if lower[start] in self.c.adverbs:
                start += 1
                continue
            if (lower[start] in self.c.recipients
                    # (a Portuguese "a" before an article is no article: "afirmou a O GLOBO que")
                    or lower[start] == "a" and start + 1 < n and lower[start + 1] in self.c.determiners
                    and self.c.cues[cue.text.lower()][0] != "prep") \
                    and (after := self._past_recipient(start + 1)) is not None:
                start = after  # "disse à Folha o ministro", "dijo al diario El País el ministro"
                continue
            if lower[start] in _WHERE and start + 2 < n and (place := self.actor_at.get(start + 1)) is not None \
                    and place[1] == start + 1 and place[0].type in ("organization", "location", "country") \
                    and place[2] < n and lower[place[2]] in self.c.determiners:
                start = place[2]  # "revelou ontem no Parlamento o presidente": where it was said
                continue
            if lower[start] in _WHERE and start + 1 < n and texts[start + 1] in _PLATFORMS:
                start += 2  # "escribió en X el canciller": where it was written
                continue
            if texts[start] == "," and start + 3 < n and lower[start + 1] in _WHERE \
                    and (place := self.actor_at.get(start + 2)) is not None and place[1] == start + 2 \
                    and place[0].type in ("organization", "location", "country") \
                    and place[2] < n and texts[place[2]] == ",":
                start = place[2] + 1  # "anunciou ontem, em Maputo, a directora": where, set off by commas
                continue
            if start + 1 < n and lower[start + 1] in _LATER \
                    and (lower[start] in _LATER_UNITS or lower[start] in _LITTLE):
                start += 2  # "respondió horas después el vocero X", "disse pouco depois o ministro"
                continue
            if lower[start] in _MANNER and (past := self._past_manner(start)) is not None:
                start = past  # "dijo entre lágrimas Gloria Mendoza": how it was said
                continue
            if texts[start] == "," and start + 1 < n \
                    and (lower[start + 1] in _MANNER or lower[start + 1] in _OCCASION) \
                    and (past := self._past_aside(start + 1)) is not None:
                start = past  # "garantiu, à margem da reunião, a presidente X": how or where, set off
                continue
            if lower[start] in _OCCASION and start + 3 < n:
                k = start + 1 + (lower[start + 1] in self.c.determiners)
                # "sostuvo durante el debate la congresista X", "defendeu no debate o ministro X",
                # "dijo ante el puerto de Palma el secretario general X"
                # (a title or a person after it, not a second setting: "dijo en una conferencia de
                # prensa en el Centro de X" is said there, by someone named before)
                j = -1
                # "dijo desde Managua el periodista X": from where, a place's name
                place = self.actor_at.get(k) if lower[start] in _FROM_SIDE else None
                place_end = place[2] if place is not None and place[1] == k \
                    and place[0].type in ("location", "country") else None
                for i in range(place_end or k + 1, min((place_end or k + 1) + 5, n - 1)):
                    if not tok.is_alpha[i - 1] or lower[i] in _CLAUSE_WORDS or lower[i] in _OCCASION \
                            or texts[i - 1] != lower[i - 1] and i - 1 > k and (i - 1) not in self.actor_at:
                        break
                    if lower[i] in self.c.determiners and (lower[i + 1] in self.c.titles or (i + 1) in self.actor_at
                                                         and self.actor_at[i + 1][0].type == "person"):
                        j = i
                        break
                    if (named := self.actor_at.get(i)) is not None and named[0].type == "person" and named[1] == i \
                            and texts[i - 1].islower():
                        j = i  # "dice por teléfono desde el exilio Martha Obando": the person, right after
                        break
                if j > k and (texts[k].islower() and tok.is_alpha[k] or place_end is not None):
                    start = j
                    continue
            if lower[start] in _IN_DOCUMENT and start + 1 < n:
                k = start + 1 + (lower[start + 1] in self.c.determiners)
                if k < n and lower[k] in _DOCUMENTS:
                    start = k + 1  # "afirmou em nota o presidente", "dijo en un comunicado el ministerio"
                    continue
            if (lower[start] in _FEW or texts[start].isdigit()) and start + 1 < n and lower[start + 1] in self.c.nouns:
                start += 1  # "confirmaron a este medio dos fuentes cercanas": the sources, however many
                break
            if lower[start] in _ONE and start + 2 < n and lower[start + 1] in _ONE_OF:
                # "relató una de las pasajeras", "contou um dos moradores", "said one of the passengers"
                start += 2 + (lower[start + 2] in self.c.determiners)
                break
            date_end = self.date_end_at.get(tok.idx[start])  # "este martes" ...
            if date_end is None and start + 1 < n and (lower[start] in self.c.determiners or tok.is_stop[start]):
                date_end = self.date_end_at.get(tok.idx[start + 1])  # ... or "el" + "jueves", "na" + "sexta-feira"
            if date_end is None:
                break
            start = bisect_right(tok.idx, date_end - 1)
        data_start = start
        start = self._past_data_noun(start)  # "según datos de Bloomberg"
        # "según datos de la consultora X": a noun of what the source is, then its name
        named_after = start > data_start and start + 1 < n and texts[start].islower() and (start + 1) in self.actor_at
        if start + 4 < n and lower[start + 1] == "familiar" and lower[start + 2] == "with" \
                and lower[start + 3] in self.c.determiners and texts[start].islower():
            return self._make(start, start + 5, cue)  # "according to people familiar with the matter"
        bare = False  # a bare source noun may follow: "informaron fuentes de la investigación"
        if start < n and lower[start] in self.c.determiners:
            start = self._past_data_noun(start + 1)  # "segundo os dados do IBGE"
            if self.c.lang == "en" and self._label(cue) not in self.c.preps and start + 1 < n \
                    and texts[start].islower() and lower[start] not in self.c.nouns \
                    and lower[start] not in self.c.titles and lower[start] not in self.c.role_anaphors \
                    and lower[start] not in self.c.role_synonyms and lower[start + 1] not in self.c.linkers \
                    and start not in self.titled_at and start not in self.role_at \
                    and start not in self.actor_at and self.texts[start + 1][:1].islower() \
                    and self.tok.is_alpha[start + 1]:
                return None  # "said the attacks were aimed at ...": what was said, not who
        elif start < n and (named := self.role_at.get(start) or self._modified_role(start)) is not None:
            # '"…," said activist Meera Pillai.', 'said council president X'
            return self._make(named[1], named[2], cue, actor=named[0])
        elif start < n and not (texts[start][:1].isupper() or start in self.actor_at or self._is_honorific(start)):
            if lower[start] not in self.c.nouns and not named_after and not (
                    self._label(cue) in self.c.preps and start + 1 < n and lower[start + 1] in self.c.nouns
                    and self.tok.is_alpha[start] and not self.tok.is_stop[start]):
                return None  # (after "according to", an adjective may come first: "financial analysts at Deloitte")
            bare = True
        while start < n and (self._is_honorific(start) or texts[start] == "."):
            start += 1
        if (titled_person := self.titled_at.get(start) or self.role_at.get(start)) is not None:
            # "said the minister, X"; "said the health minister, X" (the title's first word)
            return self._make(titled_person[1], titled_person[2], cue, actor=titled_person[0])
        end, found, skipped = start, None, 0
        bracketed = False  # the body's initials in brackets end the phrase: "said the X Association (XA), which"
        dated = False
        while end < n and end - start - skipped < _MAX_NP:
            token_text = texts[end]
            if end > start and end not in self.actor_at and (
                    tok.idx[end] in self.date_end_at
                    or end + 1 < n and lower[end] in self.c.determiners and tok.idx[end + 1] in self.date_end_at):
                # when it was said ends the phrase: "dijo la alcaldesa el martes", "declarou o prefeito ontem"
                dated = True
                break
            if end in self.actor_at:
                here = self.actor_at[end]
                if found is not None and found[0].type == "organization" and here[0].type == "country" \
                        and here[1] == found[2]:
                    end = here[2]  # "according to Amnesty International Nigeria": the branch, not the country
                    continue
                if here[0].type in ("country", "location") and here[2] + 1 < n and texts[here[2]] == "-" \
                        and lower[here[2] + 1] in _PLACE_MODIFIERS:
                    end = here[2] + 2  # "a Lagos-based trader": the place only qualifies
                    continue
                found = here
                if found[0].type == "person":
                    start = found[1]  # a person is named without their title
                end = found[2]
                continue
            if token_text == "(" and found is not None and found[0].type in ("organization", "group") \
                    and end + 4 < n and texts[end + 2] == ")" and texts[end + 1].isupper() and texts[end + 3] == "," \
                    and self._label(cue) not in self.c.preps \
                    and self._titled_after(end + 4 + (lower[end + 4] in self.c.determiners), words=0) is not None:
                # "el comandante de la Fuerza Aeroespacial Colombiana (FAC), general X": its initials
                end, skipped = end + 3, skipped + 3
                continue
            if token_text == "(" and found is not None and found[0].type in ("organization", "group") \
                    and end + 2 < n and texts[end + 2] == ")" and texts[end + 1].isupper() \
                    and (end + 3 >= n or texts[end + 3] in (",", ".", ";")):
                bracketed = True
                break
            if found is not None and found[0].type in ("country", "location") and token_text in ("'s", "’s") \
                    and end + 1 in self.actor_at and self.actor_at[end + 1][0].type in ("organization", "group"):
                found = self.actor_at[end + 1]  # "according to Haiti's National Police": the police
                end = found[2]
                continue
            if found is not None and found[0].type in ("location", "country") and found[2] == end \
                    and (of_place := self._titled_after(end)) is not None:
                found, start, end = of_place, of_place[1], of_place[2]  # "according to Nasarawa state police
                continue  # commissioner Musa Garba": the titled person of the place
            if found is not None and found[0].type == "organization" and found[2] == end \
                    and (described := self._described_person_at(end)) is not None:
                found, start, end = described, described[1], described[2]  # "said Unite regional officer X"
                continue
            if found is not None and found[0].type == "organization" \
                    and (token_text in ("'s", "’s") or token_text in ("'", "’") and texts[end - 1].endswith("s")
                         or lower[end] in self.c.titles
                         or end + 1 < n and texts[end].islower() and lower[end + 1] in self.c.titles) \
                    and (person := self._person_after(end, n, _MAX_NP)) is not None:
                # "according to Tesco's chief executive, Ken Murphy", "said Cal Fire spokesperson Tim Chavez"
                start, end = person
                found = self.actor_at[start]
                continue
            if found is not None and found[0].type == "organization" and token_text.islower() \
                    and token_text.endswith(_ADJECTIVE_ENDS) and end + 1 < n and texts[end + 1] == ",":
                end += 1  # "o coordenador da Defesa Civil municipal, coronel X": the body's adjective
                continue
            titled = found is None or (found[0].type != "person" and texts[start].islower())
            after_comma = end + 1 + (end + 1 < n and lower[end + 1] in self.c.determiners)
            if token_text == "," and titled and (apposed := self.titled_at.get(after_comma)
                                                 or self.role_at.get(after_comma)) is not None \
                    and not (self._label(cue) in self.c.preps and (lower[start] in self.c.data_heads or bare)):
                # (not after figures, nor after a bare noun: "Segundo os resultados provisórios, o
                # candidato X obteve", "Según fuentes municipales, el alcalde, X, se reunirá")
                # "dijo el presidente de la COP29, el ministro azerí de Ecología, Mujtar Babayev"
                found, start, end = apposed, apposed[1], apposed[2]
                continue
            if token_text == "," and titled and end + 1 in self.actor_at \
                    and self.actor_at[end + 1][0].type == "person" \
                    and (self._label(cue) not in self.c.preps
                         or any(lower[i] in self.c.titles or lower[i] in self.c.kin for i in range(start, end))):
                # (after "according to", a bare noun and a comma end the source: "court documents, Whitmore paid")
                found = self.actor_at[end + 1]  # "afirmó el presidente de la Generalitat, Carlos Mazón"
                start, end = found[1], found[2]
                continue
            if found is not None and titled and lower[end] in _WHERE \
                    and (named := self._person_after_setting(end)) is not None:
                # "dijo la portavoz de Junts en el Congreso, Núria Casals": the titled person named after
                found, start, end = named, named[1], named[2]
                continue
            if self.c.lang == "en" and found is None and end > start and texts[start][:1].isupper() \
                    and token_text.isalpha() and token_text.islower() and token_text.endswith(("ed", "s")) \
                    and not tok.is_stop[end] and lower[end] not in self.c.nouns and lower[end] not in self.c.titles:
                break  # "said Government wanted Zambia to act": a clause after a capitalised word
            if token_text in _STOPS or tok.is_space[end] or lower[end] in _CLAUSE_WORDS \
                    or lower[end] in self.c.verb_cues or (found and not token_text[:1].isupper()) \
                    or (end > start and token_text in self.c.settings
                        and (texts[end - 1].islower() or token_text in self.c.locatives)) \
                    or (bare and found is None and tok.is_stop[end]
                        and lower[end] not in self.c.of_links and lower[end] not in self.c.determiners):
                break  # a setting ends the phrase: "dijo el mandatario ante 3.000 personas en Córdoba";
                # so does a function word after a bare noun: "segundo fontes parlamentares quando ..."
            end += 1
        if end - start - skipped >= _MAX_NP and end + 1 < n and texts[end] == "," and lower[start] in self.c.titles \
                and (named := self.actor_at.get(end + 1)) is not None and named[0].type == "person" \
                and named[1] == end + 1 and (found is None or found[0].type != "person"):
            # "disse o comandante sub-regional das Beiras e Serra da Estrela, Paulo Reis": a long title
            found, start, end = named, named[1], named[2]
        if end <= start or (require_actor and found is None):
            return None
        # A phrase with no actor that is followed by a setting or holds "of" must be headed by a
        # source noun or a title ("dijo el mandatario ante ...", "o porta-voz do ministério"),
        # not be an object ("destacó la cooperación en ...", "adiantou a data da consulta").
        headed = lower[start] in self.c.nouns or lower[start] in self.c.titles \
            or lower[start] in self.c.role_anaphors or lower[start] in self.c.role_synonyms
        if found is not None and found[1] > start and texts[start].islower() and texts[start].isalpha() \
                and not headed and lower[start] not in self.c.org_heads and self._label(cue) not in self.c.preps \
                and not (found[1] == start + 1 and found[0].type == "organization"):
            # "anunció el envío de 200 soldados del Ejército": what was announced, not who ("informou
            # a concessionária Fraport Brasil": a noun in apposition to the body is who)
            return None
        ends_phrase = end >= n or texts[end] in _CLAUSE_END or (texts[end] in self.c.settings and headed) \
            or dated and headed
        if found is None and headed and end - 1 > start and end < n and lower[end] in _AGENT_LINKS \
                and lower[end - 1].endswith(_PARTICIPLES):
            end, ends_phrase = end - 1, True  # "según fuentes diplomáticas consultadas por EFE"
        if found is None and not headed and texts[start].islower() and self._label(cue) not in self.c.preps:
            return None  # after a verb, a common noun that names no source is its object: "explicó la decisión"
        if found is None and not headed and texts[start].islower() and lower[start - 1] in _POSSESSIVES \
                and not any(lower[i] in self.c.nouns for i in range(start, end)):  # "its annual report" stays
            return None  # "fees vary according to their risk": a measure, not who says so
        links = self.c.of_links | self.c.determiners if headed else ()  # "fuentes de la investigación"
        if found is None and (end - start > (_MAX_HEADED if headed else _MAX_UNLINKED) or not ends_phrase or any(
                tok.is_stop[i] and lower[i] not in links for i in range(start, end - 1))):
            return None  # "disse o governo." is a source; "said the spread was bad" is not
        if self.c.lang == "en" and self._label(cue) not in self.c.preps and (
                (end < n and not (tok.is_punct[end] and texts[end] != "(" or tok.is_space[end] or bracketed
                                  or texts[end] in self.c.settings
                                  or found is not None and found[0].type == "person" and lower[end] in _AFFILIATIONS))
                or (cue.start > 0 and not (tok.is_punct[cue.start - 1] or tok.is_space[cue.start - 1]))):
            return None  # English inverts only after a quote or comma, at the clause end: '"...," said Kim.'
        if self.c.lang == "en" and found is None and end - start > 1 and lower[end - 1].endswith("ed") \
                and self._label(cue) not in self.c.preps \
                and lower[end - 1] not in self.c.nouns and lower[end - 1] not in self.c.titles:
            return None  # "said the company hoped to …": a clause, not an inverted speaker
        if found is None and end - start == 1 and (lower[start] in self.c.role_synonyms
                                                   or lower[start] in self.c.role_anaphors):
            holder = None if start > 0 and lower[start - 1] in self.c.indefinite \
                else self._role_holder(lower[start], cue, at=start)
            return self._make(start, end, cue, actor=holder)  # "dijo el mandatario"; "said an official"
        if found is None and 3 <= end - start <= 4 and (lower[start] in self.c.role_synonyms
                                                        or lower[start] in self.c.role_anaphors) \
                and lower[start + 1] in _WHERE_FROM and texts[start + 2].islower() \
                and not (start > 0 and lower[start - 1] in self.c.indefinite):
            # "disse o parlamentar da tribuna", "dijo el mandatario desde el balcón": where from
            return self._make(start, start + 1, cue, actor=self._role_holder(lower[start], cue, at=start))
        if found is None and end - start == 2 and self.c.lang != "en" \
                and (lower[start] in self.c.role_synonyms or lower[start] in self.c.role_anaphors) \
                and texts[start + 1].isalpha() and texts[start + 1].islower() and not tok.is_stop[start + 1] \
                and lower[start + 1] not in self.c.titles and " ".join(lower[start:end]) not in self.c.role_synonyms \
                and lower[start] not in _GOVERNMENT_TOO and not (start > 0 and lower[start - 1] in self.c.indefinite):
            # "afirmó el dirigente minero", "disse o responsável regional": the anaphor and its adjective
            return self._make(start, end, cue, actor=self._role_holder(lower[start], cue, at=start))
        if found is None and (phrase := " ".join(lower[start:end])) in self.c.role_synonyms:
            return self._make(start, end, cue, actor=self._role_holder(phrase, cue))  # "escribió el jefe de Estado"
        if found is None and end - start == 1 and lower[start] in self.c.titles:
            # "disse o presidente"; "Filipe Luís exaltou ...: «…», declarou o treinador": the
            # sentence's subject when no one holds that title
            actor = self._titled_person(lower[start]) or self._subject_person(cue) or self._previous_speaker(cue)
            return self._make(start, end, cue, actor=actor)
        if found is None and end - start == 2 and self.c.lang != "en" and lower[start] in self.c.titles \
                and texts[start + 1].islower() and lower[start + 1] not in self.c.titles and not tok.is_stop[start + 1]:
            # "aseguró el presidente insular" after "El presidente del Consell, Joan Ferrer": the one
            # holder of the title its adjective qualifies
            return self._make(start, end, cue, actor=self._titled_person(lower[start]))
        return self._make(start, end, cue)

    def _previous_speaker(self, cue: _Cue) -> Actor | None:
        """The person who spoke in the sentence before, in the same paragraph, when a bare title
        names the speaker: 'O infectologista X disse que … . "…", explicou o médico'."""
        lo = cue.start_char - _SPEAKER_REACH
        before = [s for s in self.found if lo <= (s.cue_start or 0) < cue.start_char and s.actor_id
                  and s.actor_id.startswith("person:") and "\n" not in self.text[s.start:cue.start_char]]
        people = {s.actor_id for s in before}
        if len(people) != 1:
            return None
        return next((a for a in self.doc._.actors or [] if a.actor_id == before[-1].actor_id), None)

    def _subject_person(self, cue: _Cue) -> Actor | None:
        """The person named first in the cue's sentence, within its first words."""
        sent = self._sentence_start(cue.start)
        for i in range(sent, min(cue.start, sent + 4)):
            if self.texts[i] in _QUOTE_MARKS:
                return None
            if (found := self.actor_at.get(i)) is not None:
                return found[0] if found[0].type == "person" else None
        return None

    def _passive_agent(self, cue: _Cue) -> tuple[Actor, int, int] | None:
        """The person or body after "by/por/pelo" right after a participle cue ("announced by
        X", "anunciado pelo ministro X"), with their title if they have one; else None."""
        k = cue.end
        if k + 1 >= self.n or self.lower[k] not in _AGENT_LINKS or not self.lower[k - 1].endswith(_PARTICIPLES):
            return None
        k += 1
        k += self.lower[k] in self.c.determiners
        named = self.titled_at.get(k) or self.role_at.get(k) or self._titled_after(k)
        if named is None and (here := self.actor_at.get(k)) is not None and here[1] == k \
                and here[0].type in ("person", "organization"):
            named = here
        return named

    def _titled_after(self, k: int, words: int = 2) -> tuple[Actor, int, int] | None:
        """The person whose title starts at token `k` or after up to `words` lower-case words
        there ("state police commissioner Musa Garba")."""
        for i in range(k, min(k + words + 1, self.n)):
            named = self.titled_at.get(i) or self.role_at.get(i)
            if named is not None:
                return named if named[0].type == "person" else None
            if not (self.tok.is_alpha[i] and self.texts[i].islower()) or self.tok.is_stop[i]:
                return None
        return None

    def _past_recipient(self, i: int) -> int | None:
        """The token after the organisation spoken to, from token `i` after "à/ao/a/al": an
        article and up to two lowercase words may come first ("ao jornal O Globo"); an unknown
        capitalised name counts when a source phrase follows it. None if no organisation follows."""
        lower, texts, n = self.lower, self.texts, self.n
        if i + 2 < n and texts[i] in _QUOTED_NAME_OPENERS and texts[i + 1][:1].isupper():
            k = next((k for k in range(i + 2, min(n, i + 8)) if texts[k] in _QUOTED_NAME_CLOSERS), None)
            if k is not None and k + 1 < n and (lower[k + 1] in self.c.determiners
                                                or (named := self.actor_at.get(k + 1)) is not None
                                                and named[0].type == "person"):
                return k + 1  # "explicou ao “Diário do Alentejo” o diretor-geral": a paper named in quotes
        if i + 2 < n and lower[i] in OWN_OUTLET_WORDS and lower[i + 1] in OUTLET_NOUNS:
            return i + 2  # "dijo a este diario la defensora", "disse ao nosso jornal o ministro"
        if i < n and lower[i] in self.c.determiners and not ((named := self.actor_at.get(i)) and named[1] == i):
            i += 1  # (not the article of a name: "afirmou a O GLOBO que")
        if i < n and lower[i] in _AUDIENCE and texts[i].islower():
            return i + 1  # "disse aos jornalistas o advogado X", "dijo a la prensa el alcalde X"
        if i + 2 < n and lower[i] in OUTLET_NOUNS and texts[i].islower() \
                and lower[i + 1] in self.c.determiners and lower[i + 2] in self.c.titles:
            return i + 1  # "disse ao jornal o presidente da câmara, X"
        j = i
        while j < n and j - i < 6 and (texts[j][:1].isupper() and texts[j].isalpha()
                                       or j > i and lower[j] in _OF_PLACE):
            j += 1
        if j - i >= 2 and texts[j - 1][:1].isupper() and j + 1 < n and lower[j] in self.c.determiners \
                and lower[j + 1] in self.c.titles and lower[i] in OUTLET_NOUNS:
            return j  # "disse ao Diário do Minho o presidente da câmara, X": an outlet no list knows
        for _ in range(2):
            if i < n and i not in self.actor_at and texts[i].isalpha() and texts[i].islower():
                i += 1
        found = self.actor_at.get(i)
        if found is not None:
            if found[0].type != "organization":
                return None
            edition = self.actor_at.get(found[2])
            if edition is not None and edition[0].type in ("location", "country") and edition[1] == found[2] \
                    and found[2] + 1 < n and lower[edition[2]] in self.c.determiners:
                return edition[2]  # "disse à DW África o advogado X": the outlet's edition
            return found[2]
        if i + 1 < n and (texts[i].isupper() and texts[i].isalpha() and 2 <= len(texts[i]) <= 12
                          or _OUTLET_WITH_DIGITS.fullmatch(texts[i])) \
                and (person := self.actor_at.get(i + 1)) is not None and person[0].type == "person":
            return i + 1  # "disse ao JN Álvaro Covões", "contó a 14ymedio X": an outlet, then the speaker
        j = i
        while j < n and texts[j][:1].isupper() and texts[j].isalpha() and j not in self.actor_at:
            j += 1  # an outlet no list knows: "confirmou ao Expresso fonte da família"
        if j > i and j < n and (person := self.actor_at.get(j)) is not None and person[0].type == "person" \
                and person[1] == j:
            return j  # "dijo a Expansión Política Gerardo Ibarra": an unlisted outlet, then the speaker
        return j if j > i and j < n and (lower[j] in self.c.determiners or lower[j] in self.c.nouns) else None

    def _past_data_noun(self, start: int) -> int:
        """The token after a data phrase that starts at `start` ("dados do", "data from"), with
        the article after it, else `start`."""
        if start >= self.n or self.lower[start] not in self.c.data_heads:
            return start
        first = self.tok.idx[start]
        written = self.text[first:first + 40].lower()
        for phrase in self.c.data_nouns:
            if written.startswith(phrase) and written[len(phrase):len(phrase) + 1] in (" ", "\n"):
                k = bisect_right(self.tok.idx, first + len(phrase))
                if k < self.n and self.texts[k][:1].isdigit():
                    return start  # "boletim das 9h da Defesa Civil": a time, not the source
                return k + 1 if k < self.n and self.lower[k] in self.c.determiners else k
        if (k := self._past_agent(start + 1)) > start + 1:  # "segundo dados divulgados ontem pela DICJ"
            return k + 1 if k < self.n and self.lower[k] in self.c.determiners else k
        return start

    def _past_agent(self, k: int) -> int:
        """The token after "divulgados (ontem) pela", "released (on Monday) by" from token `k`: a
        participle, a date or an adverb, then the agent's preposition; else `k`."""
        if k >= self.n or not self.lower[k].endswith(_PARTICIPLES) or not self.texts[k].islower():
            return k
        i = k + 1
        for _ in range(3):
            if i >= self.n:
                return k
            if self.lower[i] in _AGENT_LINKS:
                return i + 1
            if i + 1 < self.n and self.lower[i] in _DATE_PREPS and self.tok.idx[i + 1] in self.date_end_at:
                i += 1  # "released on Monday by"
            if (date_end := self.date_end_at.get(self.tok.idx[i])) is not None:
                i = bisect_right(self.tok.idx, date_end - 1)
            elif self.lower[i] in self.c.adverbs:
                i += 1
            else:
                return k
        return k

    def conjoined(self, source: Source, cue: _Cue) -> list[Source]:
        """The other speakers joined to a source by "and/e/y" or commas: "Chris Quelkin and Toby
        Quelphens said", "O Itaú e o Bradesco disseram", "according to Oxfam and the WFP". Each is
        a source of the same cue, linked to its own actor. Names after a preposition ("talks
        between X and Y") are no subject, nor before a Portuguese or Spanish verb in the singular."""
        if source.actor_id is None or source.kind != "attribution":
            return []
        bounds = _char_tokens(self.tok, source.start, source.end)
        if bounds is None:
            return []
        start, end = bounds
        before = source.end <= cue.start_char
        if self.c.lang != "en" and self.c.cues[cue.text.lower()][0] != "prep" \
                and not cue.text.lower().endswith(("m", "n")):
            return []  # "disse", "dijo": one speaker
        lower, determiners, joins = self.lower, self.c.determiners, _JOINS[self.c.lang or "en"]
        chain: list[tuple[str, tuple[Actor, int, int]]] = []  # (the joining word, the name it joins)
        while len(chain) < 4:
            if before:
                j = start - 1 - (start > 1 and lower[start - 1] in determiners)
                named = self.actor_at.get(j - 1) if j >= 1 and lower[j] in joins else None
                if named is None or named[2] != j:
                    break
                first = named[1] - (named[1] > 0 and lower[named[1] - 1] in determiners)
                if first > 1 and lower[first - 1] in ("'s", "’s") and (owner := self.actor_at.get(first - 2)):
                    first = owner[1]  # "between Hong Kong's MTR Corporation and X"
                if first > 0 and lower[first - 1] in _NO_SUBJECT_BEFORE:
                    return []  # "the talks between Quelvia and Quelmark said": neither spoke
                start = named[1]
            else:
                j = end
                k = j + 1 + (j + 1 < self.n and lower[j + 1] in determiners)
                named = self.actor_at.get(k) if j < self.n and lower[j] in joins else None
                if named is None or named[1] != k:
                    break
                end = named[2]
            if named[0].type not in _SPEAKER_TYPES or named[0].actor_id == source.actor_id:
                break
            chain.append((lower[j], named))
        last = bounds if before or not chain else chain[-1][1][1:]
        if last[1] < self.n and self.texts[last[1]] == "(" and last[1] - last[0] == 1:
            return []  # "Instituto de Meteorologia e Geofísica (INMG)": one word and the initials of one name
        # A comma joins names only in a list a conjunction closes ("X, Y and Z said"), the one
        # next to the source when they come before it; else it sets off an apposition ("the head
        # of X, Y, said").
        if before:
            keep = len(chain) if chain and chain[0][0] != "," else 0
        else:
            keep = max((i + 1 for i, (word, _) in enumerate(chain) if word != ","), default=0)
            after = chain[keep - 1][1][2] if keep else self.n
            if keep and chain[0][0] == "," and after < self.n and self.texts[after] not in _LIST_CLOSERS:
                # "According to the SCCI, Germany, the United States and the United Kingdom are the
                # largest buyers": the list after the comma is the subject of the clause the source opens
                return []
        return [self._make(named[1], named[2], cue, actor=named[0]) for _, named in chain[:keep]]

    def _first_listed_place(self, start: int) -> int:
        """The start of the first place in a list of places that ends with the one at `start`
        ("Leeds and Manchester", "Faro, Beja e Évora")."""
        while start >= 2 and self.lower[start - 1] in _PLACE_LIST_JOINS \
                and (prev := self.actor_at.get(start - 2)) is not None and prev[2] == start - 1 \
                and prev[0].type in ("country", "location"):
            start = prev[1]
        return start

    def _left(self, cue: _Cue) -> Source | None:
        """The source before the cue (`_left_of`), unless it is the statement or letter the
        words came in ("defendió en un comunicado que … y advirtió": not the "comunicado")."""
        left = self._left_of(cue)
        if left is not None and left.actor_id is None and left.text.lower() in _DOCUMENTS:
            return None
        return left

    def _past_setting(self, i: int) -> int:
        """Past adverbs, dates and the phrases of where, when and how words were said, from
        token `i` on: "defendió en un comunicado que", "defendeu em março, no Parlamento, que";
        the first token of anything else ("defendeu o título")."""
        texts, lower, n = self.texts, self.lower, self.n
        for _ in range(4):
            i = self._past_adverbs(i)
            if i >= n - 1:
                break
            if texts[i] == ",":
                i += 1
                continue
            if (end := self.date_end_at.get(self.tok.idx[i])) is not None:
                i = bisect_left(self.tok.idx, end, i)
                continue
            if lower[i] in _SETTING_PREPS:
                j = i + 1
                while j < min(i + 7, n) and texts[j] not in (",", ".", ";") and lower[j] not in _THAT_WORDS:
                    j += 1
                if j < n and (texts[j] == "," or lower[j] in _THAT_WORDS):
                    i = j
                    continue
            break
        return min(i, n - 1)

    def _party_tag_open(self, close: int) -> int | None:
        """The "(" of a party-and-state tag closed at token `close` right after a person's
        name ("(R-Kan.)", "(D-N.Y.)", "(PL-SP)"), else None."""
        for opening in range(close - 2, max(close - 8, 0), -1):
            if self.texts[opening] == "(":
                inside = self.tok.text[self.tok.ends[opening]:self.tok.idx[close]]
                named = self.actor_at.get(opening - 1)
                return opening if _PARTY_TAG.fullmatch(inside) and named is not None \
                    and named[0].type == "person" and named[2] == opening else None
        return None

    def _before_comma_party_tag(self, comma: int) -> tuple[tuple[Actor, int, int], int] | None:
        """The person named before a party-and-state tag set off by commas that the comma token
        `comma` closes ("Sen. X, D-Ore.,"), with the comma that opens the tag; else None."""
        for opening in range(comma - 2, max(comma - 8, 0), -1):
            if self.texts[opening] == ",":
                inside = self.tok.text[self.tok.ends[opening]:self.tok.idx[comma]].strip()
                named = self.actor_at.get(opening - 1)
                return (named, opening) if _PARTY_TAG.fullmatch(inside) and named is not None \
                    and named[0].type == "person" and named[2] == opening else None
        return None

    def _whose_title_before(self, comma: int) -> bool:
        """A title opened by "cuyo/cujo/whose" ends at the comma at token `comma` ("cuyo
        presidente, X"; up to five words, no punctuation between)."""
        for i in range(comma - 1, max(-1, comma - 6), -1):
            if self.lower[i] in _WHOSE:
                return i < comma - 1
            if self.texts[i] in _STOPS:
                return False
        return False

    def _left_of(self, cue: _Cue) -> Source | None:
        texts, lower, k = self.texts, self.lower, cue.start - 1
        is_alpha, is_stop = self.tok.is_alpha, self.tok.is_stop
        while k >= 0 and (lower[k] in self.c.adverbs or self.c.lang != "en" and lower[k] in _CLITICS_BEFORE):
            k -= 1  # (and a clitic pronoun: "el grupo de X le reprochó")
        if k < 0:
            return None
        if texts[k] == "," and (named := self.actor_at.get(k - 1)) is not None and named[0].type == "person" \
                and named[2] == k and named[1] >= 3 and texts[named[1] - 1] == "," \
                and self._whose_title_before(named[1] - 1):
            # "la Asociación de Hoteles, cuyo presidente, Álvaro X, aseguró": the one whose title it is
            return self._make(named[1], named[2], cue)
        if texts[k] == "," and (subject := self._before_linking_aside(k)) is not None:
            k = subject  # "La empresa, sin embargo, dijo", "Police, however, said": the subject
        elif texts[k] == "," and (body := self._person_before_apposition(k, described=True)) is not None:
            return self._make(body[1], body[2], cue)  # "Quelvo Trains, a venture between X and Y, said"
        if lower[k] in _SUBJECT_RELATIVES and k >= 4 and texts[k - 1] == "," \
                and (person := self._person_before_apposition(k - 1)) is not None:
            # "o empresário X, sócio da plataforma Y, que admitiu": the person the aside describes
            return self._make(person[1], person[2], cue)
        if (lower[k] in _SUBJECT_RELATIVES or lower[k] == "which") and k >= 2 and texts[k - 1] == "," \
                and (named := self.actor_at.get(k - 2)) is not None \
                and named[0].type in _RELATIVE_TYPES.get(lower[k], ("person",)):
            # "sent President Tayyip Erdogan, who said"; "according to the UKMTO, which said"
            return self._make(named[1], named[2], cue)
        if lower[k] in _PERSON_RELATIVES and k >= 3 and texts[k - 1] == "," and texts[k - 2] == ")":
            # "el economista Óscar Cabrera, de la Universidad Centroamericana (UCA), quien estima":
            # the person the aside is about
            for i in range(k - 3, max(k - 18, -1), -1):
                if texts[i] in _QUOTE_MARKS or texts[i] in (".", ";", "—") or "\n" in texts[i]:
                    break
                if (named := self.actor_at.get(i)) is not None and named[0].type == "person":
                    return self._make(named[1], named[2], cue)
        if texts[k] == "," and (noun := self._noun_before_participle_aside(k)) is not None:
            # "A empresa, controlada pelo fundo X, afirma": the company; "The spokesman, who …,
            # said": the one who holds that title
            holder = None if lower[noun - 1] in self.c.indefinite \
                else self._role_holder(lower[noun], cue, at=noun) if lower[noun] in self.c.role_anaphors \
                or lower[noun] in self.c.role_synonyms else self._titled_person(lower[noun]) \
                if lower[noun] in self.c.titles else None
            return self._make(noun, noun + 1, cue, actor=holder)
        k = self._before_relative(k)  # "A senior official who spoke on condition of anonymity said"
        if texts[k] == ")" and (opening := self._party_tag_open(k)) is not None:
            k = opening - 1  # "Rep. Dale Whitford (R-Kan.) said": his party and state
        if texts[k] == "," and k >= 4 and texts[k - 1] == ")" and texts[k - 3] == "(" and k - 4 in self.actor_at \
                and self.actor_at[k - 4][0].type == "person":
            k -= 1  # "o deputado Marcos Lins (PL-SP), disse": his party and state set off
        if texts[k] == "," and (found := self.actor_at.get(k - 1)) is not None and found[2] == k \
                and found[1] >= 3 and lower[found[1] - 1] in _OF_PLACE and texts[found[1] - 2] == "," \
                and (person := self.actor_at.get(found[1] - 3)) is not None and person[0].type == "person":
            return self._make(person[1], person[2], cue)  # "El diputado X, de Encuentro Federal, advirtió": X
        if texts[k] == ")" and k >= 3 and texts[k - 2] == "(" and k - 3 in self.actor_at:
            outer = self.actor_at[k - 3]
            if (inner := self.actor_at.get(k - 1)) is not None and inner[0].type in ("organization", "group") \
                    and inner[0] is not outer[0] and (outer[0].type in ("location", "country") or outer[0].type in (
                        "organization", "group") and outer[1] > 0 and (lower[outer[1] - 1] in _OF_PLACE or (
                            lower[outer[1] - 1] in self.c.determiners and lower[outer[1] - 2] in _OF_PLACE))):
                # "La Autoridad de Transporte Urbano para Lima y Callao (ATU) anunció", "La Oficina
                # … de la ONU (OCHA) estimó": the body its initials name, not the name's last word
                return self._make(k - 1, k, cue)
            k -= 3  # "the National Institute for Disaster Management (INGD) said"
        elif texts[k] == ")" and k >= 3 and (inner := self.actor_at.get(k - 1)) is not None and inner[2] == k \
                and inner[1] >= 2 and texts[inner[1] - 1] == "(" and inner[1] - 2 in self.actor_at:
            k = inner[1] - 2  # "A Febraban (Federação Brasileira de Bancos) informou"
        if k in self.actor_at and self.actor_at[k][0].type in ("location", "country") \
                and (start := self.actor_at[k][1]) >= 2 and lower[start - 1] in _WHERE \
                and (body := self.actor_at.get(start - 2)) is not None and body[2] == start - 1 \
                and (body[0].type == "organization" and ((head := self._chain_head(start)) is None
                                                         or head[0] == body[1])
                     or body[0].type == "country" and body[1] >= 2 and lower[body[1] - 1] in _OF_PLACE
                     and texts[body[1] - 2].islower() and self.tok.is_alpha[body[1] - 2]
                     and not self.tok.is_stop[body[1] - 2]):
            # "la delegación de la Secretaría de Agricultura en Tapachula informó", "la embajada de
            # EE.UU. en México informó": not the town, nor the host country
            k = start - 2
        elif k in self.actor_at and self.actor_at[k][0].type in ("location", "country") \
                and (start := self.actor_at[k][1]) >= 5 \
                and (lower[start - 1] in _OF_PLACE or lower[start - 1] in _WHERE) \
                and texts[start - 2] == ")" and texts[start - 4] == "(" \
                and (body := self.actor_at.get(start - 5)) is not None and body[0].type == "organization":
            k = start - 5  # "El Servicio de … Forestales (Splif) de Río Negro informó": the body of the place
        if k in self.actor_at:
            actor, start, end = self.actor_at[k]
            if actor.type == "location" and start >= 2 and lower[start - 1] in _PLACE_KIND_WORDS \
                    and lower[start - 2] in _OF_PLACE:
                start -= 1  # "Vecinos del barrio Quelta denunciaron": the neighbours, of the barrio
            head = self._chain_head(start)
            if head is not None and head[2] == "noun" and actor.type == "organization" \
                    and lower[head[0]] in _OWN_VOICES and head[1] < start \
                    and (lower[head[1]] in _AT_BODY or lower[head[1]] in _IN_BODY):
                # "Students at the University of the Philippines said": they speak, not the university
                return self._make(head[0], end, cue, link=False)
            if head is not None and (head[2] == "person" or actor.type in ("country", "location")
                                     or head[2] == "noun" and (self.lower[head[0]] in self.c.proxies
                                                               or self._agent_of_participle(start))):
                # "Peter Vlahos of the Crash Unit said"; "Interlocutores do presidente Lula dizem": not Lula
                if head[2] == "noun" and (person := self._named_before_apposition(head[0])) is not None:
                    return self._make(person[1], person[2], cue)  # "X, a grower in Y County who …, said"
                if head[2] == "noun" and actor.type == "location" and head[1] == start - 1 \
                        and lower[start - 1] in _OF_PLACE:
                    return self._make(head[0], end, cue, link=False)  # "los vecinos de Tancítaro": theirs
                if head[2] == "noun" and lower[head[0]] in self.c.proxies \
                        and (first := self.role_start_at.get(start, start)) - head[1] <= 2 \
                        and all(lower[t] in self.c.linkers or lower[t] in self.c.determiners
                                for t in range(head[1], first)):
                    return self._make(head[0], end, cue, link=False)  # "Fuentes del Banco X": whose, unlinked
                return self._make(head[0], head[1], cue)
            # "Commuters in Leeds and Manchester said": the first place of a list
            first = self._first_listed_place(start) if head is None and actor.type in ("country", "location") \
                else start
            if head is None and actor.type in ("country", "location") and first >= 2 \
                    and (lower[first - 1] in _WHERE or actor.type == "location" and lower[first - 1] in _OF_PLACE) \
                    and (texts[first - 2].islower() or self._starts_sentence(first - 2)
                         and first - 2 not in self.actor_at
                         # "El Gobernador de Sinaloa anunció": a title written in capitals
                         or lower[first - 2] in self.c.titles and lower[first - 3] in self.c.determiners) \
                    and self.tok.is_alpha[first - 2] \
                    and not self.tok.is_stop[first - 2] and not lower[first - 2].endswith(_VERB_FORMS):
                noun = self._modifiers_before(first - 2)  # "the Dangote refinery in Lekki said": not the town
                if (person := self._named_before_apposition(noun)) is not None:
                    return self._make(person[1], person[2], cue)  # "X, a grower in Y County who …, said"
                place = self.actor_at.get(noun - 1)  # "at Mbare Musika market": the market's name first
                chain = self._chain_head(place[1] if place is not None and place[2] == noun else noun)
                if chain is not None and chain[2] in ("noun", "person"):
                    return self._make(chain[0], chain[1], cue)  # "Traders at X market in Harare said": the traders
                if (body := self._body_of_place_noun(noun)) is not None:
                    return self._make(body[1], body[2], cue)  # "La Agencia (Aprevide) de la provincia de Santa Fe"
                # "the Dangote refinery in Lekki said": the refinery; "los vecinos de Tancítaro": theirs
                return self._make(noun, end if lower[first - 1] in _OF_PLACE else first - 1, cue, link=False)
            if actor.type != "person":
                start = self._extend_left(start)
                if start < self.actor_at[k][1] and lower[start] in self.c.titles:
                    written = self.tok.text[self.tok.idx[start]:self.tok.ends[end - 1]]
                    holder = self._titled_person(written[:1].lower() + written[1:])
                    if holder is not None:
                        # "El presidente de UTE explicó" after "El presidente de UTE, Pablo X,": him
                        return self._make(start, end, cue, actor=holder, link=False)
            if actor.type in ("location", "country") and start > 0 and lower[start - 1] in _WHERE \
                    and texts[start - 1].islower():
                return None  # "Os usuários ouvidos pelo JC na Estação X reclamaram": where, not who
            return self._make(start, end, cue)
        if texts[k][:1].isupper() and k > 0 and lower[k - 1] in self.c.determiners \
                and (titled := self._titled_person(lower[k])) is not None:
            return self._make(k, k + 1, cue, actor=titled)  # '"…," the King said'
        if k > 0 and lower[k - 1] in self.c.determiners and texts[k].islower() \
                and (lower[k] in self.c.role_anaphors or lower[k] in self.c.role_synonyms):
            # '"…," the official said'; "an official said" names no one
            holder = None if lower[k - 1] in self.c.indefinite else self._role_holder(lower[k], cue, at=k)
            return self._make(k, k + 1, cue, actor=holder)
        if k > 0 and lower[k - 1] in self.c.determiners and texts[k].islower() and lower[k] in self.c.titles \
                and (titled := self._titled_person(lower[k])) is not None:
            return self._make(k, k + 1, cue, actor=titled)  # "El ministro aseguró" after "El ministro de Educación, X"
        if k >= 4 and lower[k - 3] == "familiar" and lower[k - 2] == "with" and lower[k - 1] in self.c.determiners:
            return self._make(k - 4, k + 1, cue)  # "people familiar with the matter said"
        if lower[k] in self.c.nouns and (texts[k].islower() or self._starts_sentence(k)
                                         or (k > 0 and (lower[k - 1] in self.c.determiners
                                                        or lower[k - 1] in _OF_THE))):
            # "El Gobierno dijo"; "Fuentes del Gobierno dijeron"
            start = self._modifiers_before(k)
            head = self._chain_head(start)
            if head is not None and head[2] == "noun" and (person := self._named_before_apposition(head[0])):
                return self._make(person[1], person[2], cue)  # "X, a grower in Y County who …, said"
            if head is not None and head[2] == "noun" and lower[head[0]] in self.c.proxies and start - head[1] <= 2:
                return self._make(head[0], k + 1, cue, link=False)  # "A defesa do governador disse": whose
            if head is not None:
                return self._make(head[0], head[1], cue)
            # "Netanyahu's office said" speaks for him; "Ellis's lawyers said" does not
            owned = start < k and self.texts[start + 1:k].count("'s") + self.texts[start + 1:k].count("’s") > 0
            return self._make(start, k + 1, cue, link=not owned or lower[k] in _SPEAKS_FOR)
        start = k
        while start >= 0 and is_alpha[start] and texts[start].islower() and not is_stop[start] \
                and lower[start] not in self.c.determiners and k - start < _MAX_UNLINKED:
            start -= 1
        if start == k or start < 0:
            return None
        if texts[start] == "-" and lower[start + 1] in _PLACE_MODIFIERS and start > 0 \
                and (place := self.actor_at.get(start - 1)) is not None and place[0].type in ("location", "country") \
                and place[1] > 0 and lower[place[1] - 1] in self.c.determiners:
            return self._make(place[1], k + 1, cue, link=False)  # "the London-based industry group said"
        if texts[start][:1].isupper() and is_alpha[start] and start > 0 and texts[start - 1] == ",":
            return self._make(start, k + 1, cue)  # ", Indian officials said."
        head = self._chain_head(start + 1 if texts[start] == "," or lower[start] in self.c.linkers else start)
        if head is not None and head[2] == "noun":
            if (person := self._named_before_apposition(head[0])) is not None:
                return self._make(person[1], person[2], cue)  # "X, a grower in Y County who …, said"
            return self._make(head[0], head[1], cue)  # "Residents in the area said", "Moradores da zona afetada"
        if lower[start] in self.c.nouns and self._starts_sentence(start):
            return self._make(start, k + 1, cue)  # "Fontes locais contaram", "Local residents said"
        if lower[start] not in self.c.determiners and texts[start] != ",":
            return None
        if start + 1 == k and (body := self._body_of_place_noun(k)) is not None:
            return self._make(body[1], body[2], cue)  # "Desde la Secretaría de Minería de la provincia respondieron"
        return self._make(start + 1, k + 1, cue)

    def _body_of_place_noun(self, k: int) -> tuple[Actor, int, int] | None:
        """The organisation a place noun at token `k` tells the seat of ("la Secretaría de Minería
        de la provincia", "la Agencia … (Aprevide) de la provincia de Santa Fe"): it, not the
        province, is who speaks. None if `k` holds no such noun."""
        lower = self.lower
        if lower[k] not in _PROVINCE_WORDS:
            return None
        j = k - 1
        j -= j >= 0 and lower[j] in self.c.determiners
        if j < 1 or lower[j] not in _OF_PLACE:
            return None
        j -= 1
        if j >= 2 and self.texts[j] == ")" and self.texts[j - 2] == "(":
            j -= 3  # past the body's initials in brackets
        body = self.actor_at.get(j)
        return body if body is not None and body[0].type == "organization" and body[2] == j + 1 else None

    def _apposed(self, cue: _Cue) -> Source | None:
        """The person set off by commas before the verb: 'O porta-voz da Guarda Costeira, Jay
        Tarriela, disse que', '"…," Deanne Criswell, the head of FEMA, told reporters'."""
        texts, k = self.texts, cue.start - 1
        while k > 0 and self.lower[k] in self.c.adverbs:
            k -= 1  # "Michael McHugh SC, had argued"
        if k <= 0 or texts[k] != ",":
            return None
        if (subject := self._subject_before_relative(k, cue)) is not None:
            return subject  # "Zelenskiy, who also met ..., Vice President Kamala Harris, on Thursday, has said"
        for j in range(k, max(k - _MAX_APPOSITION, 0), -1):
            if texts[j] in _QUOTE_MARKS or texts[j] in (".", ";", "!", "?") or "\n" in texts[j]:
                break
            if texts[j] != ",":
                continue
            p = j + 1
            while p < k and (self._is_honorific(p) or texts[p] == "." and p > j + 1):
                p += 1  # "The union's president, Comrade Aliyu Bello, described": past the courtesy
            if p < k and (after := self.actor_at.get(p)) is not None and after[0].type == "person" \
                    and after[1] == p and (after[2] == k or self.lower[after[2]] in self.c.of_links):
                return self._make(after[1], after[2], cue)  # "Erlinger's attorney, Jeffrey Fisher of Stanford, said"
            if self._relative_clause(j, k):
                continue  # "O advogado X, que defende Prado, disse": Prado is in the clause, not the subject
            ends = [j]
            if j > 1 and texts[j - 1].isupper() and len(texts[j - 1]) <= 3:
                ends.append(j - 1)  # a post-nominal after the name ("Michael McHugh SC, had argued")
            for name_end in ends:
                found = self.actor_at.get(name_end - 1)
                if found is not None and found[0].type == "person" and found[2] == name_end:
                    return self._make(found[1], found[2], cue)
        return None

    def _person_apposed_before(self, start: int) -> int | None:
        """The last token of the person whose apposition holds the body at token `start`
        ("Elena Marsh, an oncologist at the Dana-Farber Institute"), within a few words."""
        for j in range(start - 1, max(start - 12, 0), -1):
            if self.texts[j] == ",":
                found = self.actor_at.get(j - 1)
                if found is None and (tagged := self._before_comma_party_tag(j)) is not None:
                    found, j = tagged  # "Sen. X, D-Ore., one of the Democrats who …": X
                return j - 1 if found is not None and found[0].type == "person" and found[2] == j else None
            if self.texts[j] in _CLAUSE_END or self.texts[j] in _QUOTE_MARKS:
                return None
        return None

    def _named_before_apposition(self, noun: int) -> tuple[Actor, int, int] | None:
        """The person named right before ", a/the <noun>" at token `noun`: the noun describes them."""
        d = noun - 1
        if d >= 0 and self.lower[d] in self.c.determiners:
            d -= 1
        if d < 1 or self.texts[d] != ",":
            return None
        found = self.actor_at.get(d - 1)
        return found if found is not None and found[0].type == "person" and found[2] == d else None

    def _subject_before_relative(self, k: int, cue: _Cue) -> Source | None:
        """The person or body set off before a relative clause that runs, asides and all, up to the
        comma `k` before the verb: 'Zelenskiy, who also met Trump's rival, Kamala Harris, has said'."""
        texts = self.texts
        for j in range(k - 1, max(k - 3 * _MAX_APPOSITION, 0), -1):
            if texts[j] in (".", ";", "!", "?") or texts[j] in _QUOTE_MARKS or "\n" in texts[j]:
                return None
            if texts[j] == "," and self.lower[j + 1] in _SUBJECT_RELATIVES \
                    and (found := self.actor_at.get(j - 1)) is not None \
                    and found[0].type in _RELATIVE_TYPES.get(self.lower[j + 1], ("person",)) and found[2] == j:
                return self._make(found[1], found[2], cue)  # "y el Consejo X, que agrupa a 18 comunidades, anunció"
        return None

    def _before_linking_aside(self, k: int) -> int | None:
        """The subject's last token before a linking aside of a few lower-case function words
        that the comma `k` closes ("however", "sin embargo", "por sua vez", "no entanto"),
        when it is a source noun or a person or a body; else None."""
        texts, lower = self.texts, self.lower
        for j in range(k - 1, max(k - 5, 0), -1):
            if texts[j] == ",":
                if j == k - 1 or j < 1:
                    return None
                subject = j - 1
                named = self.actor_at.get(subject)
                if named is not None and named[0].type in ("person", "organization"):
                    return subject
                return subject if lower[subject] in self.c.nouns \
                    and (texts[subject].islower() or self._starts_sentence(subject)) else None
            if not (self.tok.is_alpha[j] and texts[j].islower()
                    and (self.tok.is_stop[j] or lower[j] in self.c.adverbs or lower[j] in _LINKING_WORDS)):
                return None
        return None

    def _noun_before_participle_aside(self, k: int) -> int | None:
        """The source noun before an aside that the comma `k` closes, if any: one that a
        participle, a relative pronoun or a description opens ("A empresa, controlada pelo fundo
        X, afirma", "A spokesman, who declined to be named, said", "His mother, a nurse at X,
        said", "Su madre, enfermera del Hospital Central, dijo"): not the body the aside names.
        A name opening the aside is the speaker ("The spokesman, John Mbeki, said")."""
        texts, lower = self.texts, self.lower
        for j in range(k - 1, max(k - 15, 1), -1):
            if texts[j] != "," and (texts[j] in _CLAUSE_END or texts[j] in _QUOTE_MARKS or "\n" in texts[j]):
                return None
            if texts[j] != ",":
                continue
            opener = lower[j + 1]
            if not (texts[j + 1].islower() and (opener.endswith(_PARTICIPLES) or opener in _SUBJECT_RELATIVES
                                                or opener in self.c.indefinite
                                                or self.tok.is_alpha[j + 1] and not self.tok.is_stop[j + 1]
                                                and opener not in self.c.cues)):
                return None
            noun = j - 1
            return noun if (lower[noun] in self.c.nouns or lower[noun] in self.c.kin) and texts[noun].islower() \
                and (lower[noun - 1] in self.c.determiners or lower[noun - 1] in _POSSESSIVES) else None
        return None

    def _before_relative(self, k: int) -> int:
        """The token before a relative clause that ends at token `k` right before the verb, when a
        noun, a title or a name comes before it ("un funcionario federal que pidió el anonimato
        dijo", "the man who shot Smith said"); else `k`."""
        lower, texts = self.lower, self.texts
        for r in range(k - 1, max(k - _MAX_RELATIVE, 0), -1):
            if texts[r] in _CLAUSE_END or texts[r] in _QUOTE_MARKS or texts[r] == ",":
                return k
            if lower[r] not in _SUBJECT_RELATIVES and not (
                    self.c.lang == "en" and len(lower[r]) > 5 and lower[r].endswith("ing") and r > 0
                    and lower[r - 1] in self.c.nouns):  # "The union representing 1,200 workers … says"
                continue
            if k - r == 2 and lower[r + 1] in self.c.determiners and texts[k].islower() \
                    and (lower[k] in self.c.nouns or lower[k] in self.c.company_nouns or lower[k] in self.c.body_nouns):
                return k  # "disse ao jornal X que a companhia admite": the clause's own subject
            head = r - 1
            if head >= 1 and texts[head].islower() and lower[head] not in self.c.nouns \
                    and lower[head] not in self.c.titles and lower[head] not in self.c.cues \
                    and lower[head - 1] in self.c.nouns | self.c.titles:
                head -= 1  # "funcionario federal que": an adjective after the noun
            if lower[r] == "who" and head in self.actor_at and self.actor_at[head][0].type != "person" \
                    and (person := self._person_apposed_before(self.actor_at[head][1])) is not None:
                return person  # "X, an oncologist at the Dana-Farber Institute who was not involved, said": X
            if lower[r] == "who" and head in self.actor_at and self.actor_at[head][0].type != "person":
                p = self.actor_at[head][1] - 1
                p -= p > 0 and lower[p] in self.c.determiners
                if p > 0 and lower[p] in _AT_BODY and lower[p - 1] in self.c.nouns:
                    return p - 1  # "Staff at the Dana-Farber Institute who treated him said": the staff
            if head >= 0 and (lower[head] in self.c.nouns or lower[head] in self.c.titles
                              or (head in self.actor_at and self.actor_at[head][2] == head + 1)):
                return r - 1
            return k
        return k

    def _relative_clause(self, j: int, k: int) -> bool:
        """The words that end at the comma `j` open with a relative pronoun or a gerund after the
        comma before them (", que defende Prado,", ", who represents Smith,", ", representing Mr.
        Oraon,", ", representando a família,")."""
        for i in range(j - 1, max(j - _MAX_APPOSITION, 0), -1):
            if self.texts[i] == ",":
                opener = self.lower[i + 1]
                return opener in _RELATIVES or len(opener) > 5 and opener.isalpha() and (
                    opener.endswith(_GERUNDS) or opener.endswith(_PARTICIPLES)
                    and self.lower[i + 2] in _AGENT_LINKS)  # ", presidido por Hernán Cedeño,"
            if self.texts[i] in (".", ";", "!", "?") or self.texts[i] in _QUOTE_MARKS:
                return False
        return False

    def _named_org(self, noun: str, before: int) -> Actor | None:
        """The one organisation named before char `before` whose name has `noun` as a word
        ('the court' after 'the Supreme Court', 'o tribunal' after 'Tribunal de Contas'; not
        'the company said' before 'Taiwan Semiconductor Manufacturing Company' is named; not
        'productores' after 'Asociación de Productores', whose head is another word)."""
        named_before = [a for a in self.doc._.actors or [] if a.type == "organization" and a.mentions[0].start < before]
        found = {a.actor_id: a for a in named_before if _heads_name(noun, a.name.lower().split())}
        if not found and noun in self.c.company_nouns \
                and (subject := self._sentence_subject_org(before, named_before)) is not None:
            return subject  # "Arrieta ha cerrado un acuerdo con la danesa Maersk…, según ha informado la empresa"
        if not found and noun in self.c.company_nouns:
            # "informou a companhia" after "A Quelbrás anunciou": the one body named before with
            # no head word of a public body, a school or a club in its name
            found = {a.actor_id: a for a in named_before if a.actor_id not in self.c.outlets
                     and self.c.public_heads.isdisjoint(a.name.lower().split())}
        if not found and noun in self.c.body_nouns:
            # "de acordo com a entidade" right after "A Frente Nacional de Prefeitos criticou": the
            # body named last, in the lines just before
            # (not one named after a preposition: "vai recorrer ao Supremo Tribunal Federal. Segundo
            # a entidade" is the body that appeals)
            near = [(m.start, a) for a in named_before if a.actor_id not in self.c.outlets
                    for m in a.mentions if before - _BODY_REACH <= m.start < before
                    and not _GOVERNED.search(self.text, max(0, m.start - 16), m.start)]
            if noun in _PORTFOLIOS:
                # "segundo a pasta" after "O Ministério das Cidades, ao qual a CBTU é vinculada": the
                # ministry; none if no ministry is near
                near = [(at, a) for at, a in near if a.name.split()[0].lower() in _MINISTRY_HEADS]
            last = max(near, key=itemgetter(0), default=None)
            return last[1] if last is not None else None
        return next(iter(found.values())) if len(found) == 1 else None

    def _sentence_subject_org(self, char: int, named_before: list[Actor]) -> Actor | None:
        """The organisation that opens the sentence of character `char` (after an article), if any."""
        k = bisect_right(self.tok.idx, char) - 1
        first = self._sentence_start(max(k, 0))
        first += first < self.n and self.lower[first] in self.c.determiners
        if first >= self.n:
            return None
        start = self.tok.idx[first]
        return next((a for a in named_before for m in a.mentions if m.start == start), None)

    def _titled_person(self, title: str) -> Actor | None:
        """The one person of the article whose role is `title` ('the King' after 'King Charles'),
        else the one whose role `title` heads ('a ministra' after 'a ministra da Saúde, X') or, in
        English, ends ('the Minister' after 'Mines Minister X')."""
        people = [a for a in self.doc._.actors or [] if a.type == "person" and a.role]
        # English puts the portfolio first: "the Minister" after "Mines Minister X"
        ends = (lambda role: role.endswith(" " + title)) if self.c.lang == "en" else (lambda role: False)
        for same in (lambda role: role == title, lambda role: role.startswith(title + " "), ends):
            found = {a.actor_id: a for a in people if same(a.role)}
            if found:
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def _role_holder(self, word: str, cue: _Cue, at: int | None = None) -> Actor | None:
        """Who a role word stands for: another name for a title is its one holder ("el
        mandatario" after "el presidente Gabriel Boric"); "el funcionario", "the official" is
        the person last named with a title before the cue. The one person titled with the word
        itself comes first ("afirmó el dirigente" after "el dirigente de los choferes Lucio Gómez")."""
        if (titled := self._titled_person(word)) is not None:
            return titled
        if word in _GOVERNMENT_MEMBERS and (member := self._last_titled_person(
                cue.start_char, within=_NEAR_TITLED, titles=_GOVERNMENT_TITLES)) is not None:
            return member  # "«…», afirmou o governante" after a minister and a company's director: the minister
        if word in self.c.role_anaphors:
            # of the anaphor's gender, where articles tell it: "segundo a executiva" is not "o secretário X"
            gender = _ARTICLE_GENDER.get(self.lower[at - 1]) if at and word not in _ONE_GENDER else None
            if (titles := self.c.anaphor_titles.get(word)) is not None \
                    and (holder := self._last_titled_person(cue.start_char, gender=gender, titles=titles)) is not None:
                return holder  # "o deputado X pediu … a convocação do presidente Y …, afirmou o parlamentar"
            return self._last_titled_person(cue.start_char, gender=gender)
        if word in _HEADS_OF_GOVERNMENT and (head := self._last_titled_person(
                cue.start_char, within=_NEAR_TITLED, titles=_HEAD_TITLES)) is not None:
            # "El presidente de YPF, X, firmó. El gobernador de Neuquén, Y, celebró. «…», afirmó el
            # mandatario": the head of a government named last, not a company's president
            return head
        holder = self._titled_person(self.c.role_synonyms[word])
        if holder is None and (last := self._last_titled_person(cue.start_char, within=_NEAR_TITLED)) is not None:
            return last  # "La gobernadora Evelyn Salgado habló. «…», dijo la mandataria."
        return holder

    def _last_titled_person(self, before: int, within: int | None = None, gender: str | None = None,
                            titles: frozenset[str] | None = None) -> Actor | None:
        """The person last named with a title before character `before` ("el general Quintero
        ... afirmó el oficial"), at most `within` characters before it if given; of `gender`
        ("f" or "m") if the article before the title tells it ("o secretário X" is no "executiva");
        with a title whose first word is one of `titles` if given."""
        best: tuple[int, Actor] | None = None
        for actor in self.doc._.actors or []:
            if actor.type != "person":
                continue
            for mention in actor.mentions:
                if mention.role is not None and mention.start < before and (best is None or mention.start > best[0]) \
                        and (titles is None or mention.role.split(maxsplit=1)[0].lower() in titles) \
                        and not (gender and mention.role_start is not None
                                 and _ARTICLE_GENDER.get(self._word_before(mention.role_start), gender) != gender):
                    best = (mention.start, actor)
        if best is not None and within is not None and before - best[0] > within:
            return None
        return best[1] if best else None

    def _word_before(self, char: int) -> str:
        """The lower-case token that ends before character `char`."""
        k = bisect_right(self.tok.idx, char - 1) - 1  # the last token that starts before it
        return self.lower[k] if k >= 0 else ""

    def _starts_sentence(self, i: int) -> bool:
        return self.tok.sent_start[i] or (i > 0 and "\n" in self.texts[i - 1])

    def _modifiers_before(self, k: int) -> int:
        """Start of a common noun with its lowercase modifiers ('local officials')."""
        lower, tok, start = self.lower, self.tok, k
        while start > 0 and k - start < _MAX_UNLINKED - 1 and tok.ws[start - 1]:
            prev = start - 1
            if (prev > 0 and not tok.ws[prev - 1]) or not (tok.is_alpha[prev] and self.texts[prev].islower()) \
                    or tok.is_stop[prev] \
                    or lower[prev] in self.c.determiners or lower[prev] in self.c.adverbs \
                    or lower[prev] in self.c.cues or lower[prev] in self.c.linkers:
                break
            start = prev
        prev = start - 1
        if prev >= 0 and self.tok.is_alpha[prev] and self.texts[prev][:1].isupper() and tok.ws[prev] \
                and prev not in self.actor_at and not tok.is_stop[prev] and lower[prev] not in self.c.determiners \
                and (self._starts_sentence(prev) or self.texts[prev - 1] == ","
                                                   or tok.is_stop[prev - 1]):
            start = prev  # ", Indian officials said", "although Ghanaian police said"
        owner = self.actor_at.get(start - 1)
        if owner is not None and owner[0].type == "organization" and owner[2] == start:
            start = owner[1]  # "A Home Office spokesperson said", "Tesla officials said": the organisation's
        elif start >= 2 and self.texts[start - 1] in ("'s", "’s") \
                and (owner := self.actor_at.get(start - 2)) is not None:
            start = owner[1]  # "Netanyahu's office said": the office, named with its owner
        return start

    def _past_manner(self, start: int) -> int | None:
        """Past a manner phrase of one to three lower-case words after a verb of saying ("entre
        lágrimas", "por teléfono", "en conferencia de prensa"; "com a voz embargada" is not), when
        a person or a title comes next."""
        lower, texts, n = self.lower, self.texts, self.n
        j = start + 1
        if (platform := self.actor_at.get(j)) is not None and platform[0].type == "organization" \
                and platform[1] == j and platform[2] - j <= 2:
            j = platform[2]  # "contó a Clarín por WhatsApp Yamilé X": the medium, a company
        else:
            while j < n and j - start <= 3 and texts[j].islower() and self.tok.is_alpha[j] \
                    and lower[j] not in self.c.determiners and lower[j] not in _FROM_SIDE:
                j += 1
        if j == start + 1 or j >= n:
            return None
        if lower[j] in _FROM_SIDE:
            return j  # "dijo por teléfono desde Managua el periodista X": then from where
        named = self.actor_at.get(j)
        if named is not None and named[0].type == "person" and named[1] == j:
            return j
        if j + 1 < n and lower[j] in self.c.determiners and (lower[j + 1] in self.c.titles or j + 1 in self.role_at
                                                              or j + 1 in self.titled_at):
            return j
        if j + 2 < n and lower[j] in self.c.determiners and texts[j + 1].islower() and self.tok.is_alpha[j + 1] \
                and (named := self.actor_at.get(j + 2)) is not None and named[0].type == "person" \
                and named[1] == j + 2:
            return j  # "dijo a EFE por teléfono la doctora X": a noun of who she is, then her name
        return None

    def _named_speaker(self, cue: _Cue) -> bool:
        """Whether the subject before the cue is an actor ('X, destacó "los avances"'), not a
        thing ('a reforma garante «…»')."""
        found = self._left(cue) or self._apposed(cue)
        return found is not None and found.actor_id is not None

    def _valued_at(self, k: int) -> bool:
        """Whether "em/en/at" and, within three words, an amount follow within five tokens of
        token `k` ("avaliou a companhia em cerca de US$ 400 milhões")."""
        for i in range(k, min(k + 5, self.n - 1)):
            if self.texts[i] in _STOPS or self.lower[i] in _THAT_WORDS:
                return False
            if self.lower[i] in _AT_AMOUNT:
                for j in range(i + 1, min(i + 4, self.n)):
                    if self.lower[j] in _THAT_WORDS:
                        return False  # "avaliou em entrevista que 2025 será melhor": a report
                    if self.texts[j][:1].isdigit() or self.texts[j][:1] in "$€£" or self.texts[j] in ("US$", "R$"):
                        return True
        return False

    def _past_aside(self, start: int) -> int | None:
        """Past a phrase of lower-case words and places from token `start` to the comma that
        closes it, within six tokens, when a person or a title comes right after the comma;
        else None."""
        lower, texts, n = self.lower, self.texts, self.n
        j = start + 1
        while j < min(start + 7, n - 1):
            if (place := self.actor_at.get(j)) is not None and place[0].type in ("location", "country") \
                    and place[1] == j:
                j = place[2]  # "disse, em Luanda, o ministro X"
                continue
            if texts[j] == ",":
                k = j + 1
                named = self.actor_at.get(k)
                if named is not None and named[0].type == "person" and named[1] == k:
                    return k
                if k + 1 < n and lower[k] in self.c.determiners \
                        and (lower[k + 1] in self.c.titles or k + 1 in self.role_at or k + 1 in self.titled_at):
                    return k
                return None
            if not (texts[j].islower() and self.tok.is_alpha[j]):
                return None
            j += 1
        return None

    def _agent_of_participle(self, start: int) -> bool:
        """The actor at token `start` is the agent of a participle ("Traders interviewed by The
        Standard said"): the ones it asked are the source, not the paper."""
        j = start - 1
        while j >= 0 and self.lower[j] in self.c.determiners:
            j -= 1
        return j >= 1 and self.lower[j] in _AGENT_LINKS \
            and (self.texts[j - 1].islower() or self._starts_sentence(j - 1)) \
            and self.lower[j - 1].endswith(_PARTICIPLES)  # (also opening a sentence: "Ouvido pelo X, disse")

    def _person_before_apposition(self, comma: int, *, described: bool = False) -> tuple[Actor, int, int] | None:
        """The person named right before an aside that ends at the comma token `comma` and
        opens with a lower-case noun or an article ("X, sócio da plataforma Y,"; "X, a farmer
        in Y,"), with no other comma, quote or clause end inside. `described`: a body too, when
        an indefinite article opens the aside ("Quelvo Trains, a venture between X and Y,";
        "Junior Quelley, a 61-year-old farmer from Y,")."""
        for i in range(comma - 1, max(comma - _MAX_APPOSITION, 0), -1):
            text = self.texts[i]
            if text in _QUOTE_MARKS or text in (".", ";", "—", "(", ")") or "\n" in text:
                return None
            if text == ",":
                found = self.actor_at.get(i - 1)
                if found is None and (tagged := self._before_comma_party_tag(i)) is not None:
                    found, i = tagged  # "Sen. X, D-Ore., one of the Democrats who …,": X
                opening = self.texts[i + 1] if i + 1 < comma else ""
                if described and (opening.lower() not in INDEFINITE_ARTICLES[self.c.lang or "en"]
                                  or not self.texts[i + 2].islower()):
                    return None
                if found is None or found[0].type not in ("person", "organization", "group") or found[2] != i \
                        or not (opening[:1].isalpha() and opening.islower()):
                    return None
                return found if found[0].type == "person" or described else None
        return None

    def _chain_head(self, i: int) -> tuple[int, int, str] | None:
        """The phrase a chain of modifiers before the verb hangs from: 'Scientists' in
        'Scientists at the SADC's climate centre in Botswana said', 'Peter Vlahos' in 'Peter
        Vlahos of the NSW Police Force's Crash Investigation Unit said'. Returns (start, end,
        'person' | 'organization' | 'noun'), or None when no linker precedes token `i` or the
        first phrase is neither an actor nor a source noun."""
        lower, texts = self.lower, self.texts
        head: tuple[int, int, str] | None = None
        for _ in range(_MAX_LINKS):
            if i >= 2 and texts[i - 1] in ("'s", "’s") and i - 2 in self.actor_at:
                i = self.actor_at[i - 2][1]  # "the NSW Police Force's Crash Investigation Unit"
            i = self.role_start_at.get(i, i)  # "Interlocutores do presidente Lula dizem": from the title
            if i >= 3 and lower[i - 1] == "based" and texts[i - 2] == "-" and (place := self.actor_at.get(i - 3)) \
                    is not None and place[0].type in ("location", "country") and place[2] == i - 2:
                i = place[1]  # "X of the Kathmandu-based Nepal River Trust said": where it is based
            j = i - 1
            while j >= 0 and lower[j] in self.c.determiners:
                j -= 1
            if j >= 2 and lower[j] in _AGENT_LINKS and texts[j - 1].islower() and lower[j - 1].endswith(_PARTICIPLES):
                j -= 1  # "Fontes diplomáticas ouvidas pela Agência Brasil": the participle's agent
                k = j - 1
            elif j < 1 or lower[j] not in self.c.linkers:
                break
            else:
                k = j - 1
            if k in self.actor_at and self.actor_at[k][2] == j:
                actor, i, end = self.actor_at[k]
                head = (i, end, actor.type) if actor.type in ("person", "organization") else None
            elif self.tok.is_alpha[k] and (texts[k].islower() or self._starts_sentence(k)) \
                    and not self.tok.is_stop[k] and lower[k] not in self.c.cues:
                i = self._modifiers_before(k)
                head = (i, k + 1, "noun") if lower[k] in self.c.nouns or lower[i] in self.c.nouns \
                    or lower[k] in self.c.proxies else None
            else:
                break
        return head

    def _extend_left(self, start: int) -> int:
        """Include a lowercase description before the mention ("agência Lusa"), not an honorific."""
        texts, lower, tok = self.texts, self.lower, self.tok
        while start > 0:
            prev = start - 1
            if tok.is_alpha[prev] and texts[prev].islower() and lower[prev] not in self.c.determiners \
                    and lower[prev] not in self.c.cues and not tok.is_stop[prev] \
                    and not (prev > 0 and texts[prev - 1] == "-"):  # "Mumbai-based brokerage": no part of it
                start -= 1
            elif texts[prev] in ("de", "da", "do", "of") and start > 1 and texts[start - 2].islower() \
                    and lower[start - 2] not in self.c.determiners:
                start -= 1
            else:
                break
        if texts[start] in ("de", "da", "do", "of"):
            # "porta-voz do Ministério": the word before "do" was not taken ("the DA said": a name)
            start += 1
        return start

    def _is_honorific(self, i: int) -> bool:
        return self.texts[i].rstrip(".") in self.c.honorifics

    def _sentence_start(self, i: int) -> int:
        """`Span.sent.start`: back to the token that starts a sentence (or the first token)."""
        sent_start = self.tok.sent_start
        while not sent_start[i] and i > 0:
            i -= 1
        return i

    def _sentence_subject(self, cue: _Cue) -> Source | None:
        k = cue.start - 1
        while k >= 0 and self.lower[k] in self.c.adverbs:
            k -= 1
        if k >= 0 and self.lower[k] in self.c.words.get("pronoun", set()):
            return None  # "it had confirmed", '"…," he said': the pronoun is the subject
        sent = self._sentence_start(cue.start)
        # A source after a preposition ("que atingiu 31% de acordo com o INE") is no subject.
        earlier = [s for s in self.found if s.actor_id and (s.cue_start or 0) >= self.tok.idx[sent]
                   and (s.cue_end or 0) <= cue.start_char and (s.cue or "").lower() not in self.c.preps
                   and "\n" not in self.text[s.cue_end or 0:cue.start_char]]  # (a paragraph is a new subject)
        if earlier and self._own_subject(k):
            return None  # "X told the Observer that all 56 countries had confirmed": they did, not X
        if earlier and (span := _char_tokens(self.tok, earlier[-1].start, earlier[-1].end)) is not None:
            # "X aseguró que ..., aunque reconoció que": X again (a pronoun keeps whom it stands for)
            actor = next((a for a in self.doc._.actors or [] if a.actor_id == earlier[-1].actor_id), None)
            return self._make(span[0], span[1], cue, actor=actor)
        if self.c.lang != "en" and k >= 1 and self.texts[k] == "," and self.texts[k - 1] not in _QUOTE_MARKS \
                and (cue.end >= self.n or self.texts[cue.end] in (".", ";", "\n")):
            # "A Polícia vai fiscalizar os preços, acrescentou.": with no speaker before it in the
            # sentence, the clause is what was said, not who said it
            return None
        first = sent
        for i in range(sent, cue.start):
            if "\n" in self.texts[i]:
                first = i + 1  # a caption or credit line before a paragraph is not its subject
        quoted = first > 0 and self.texts[first - 1] in _OPENING_MARKS | {'"'}  # the sentence opens a quotation
        if not quoted:
            # a sentence inside a quotation that a mark closes before the verb ('"… caminho. Ou
            # fazemos a SAF, ou …", afirmou'): its names are not the subject
            mark = next((self.texts[i] for i in range(first, cue.start) if self.texts[i] in _QUOTE_MARKS), None)
            at = self.tok.idx[first]
            quoted = mark is not None and mark not in _OPENING_MARKS and (  # a straight mark closes an odd one
                mark != '"' or self.text.count('"', self.text.rfind("\n", 0, at) + 1, at) % 2 == 1)
        for i in range(first, min(cue.start, first + _MAX_NP)):
            mark = self.texts[i]
            if mark in _QUOTE_MARKS or mark in "()":
                quoted = mark in _OPENING_MARKS or mark == "(" or (mark == '"' and not quoted)
                continue
            if quoted:
                # A name inside a quotation is not its speaker ('«O sucesso de X é enorme», declarou.');
                # nor is one in brackets, such as a dateline's agency ("LONDON (Reuters) - HSBC announced").
                continue
            if (titled := self.titled_at.get(i)) is not None and titled[2] < cue.start \
                    and not after_preposition(self.tok, i, first):
                # "La presidenta del TSE, la magistrada X, calificó … y afirmó": the title's holder
                # set off after it, not the body inside the title
                return self._make(titled[1], titled[2], cue)
            if i in self.actor_at and self.actor_at[i][0].type in ("person", "organization"):
                actor, start, end = self.actor_at[i]
                if after_preposition(self.tok, start, first):
                    continue  # "Nunes agradeceu ao governador X", "no Facebook, declarou": no subject
                if end < cue.start and self._agent_of_participle(start):
                    # "In a letter seen by the Guardian, the leaders warned": the leaders; "Ouvido
                    # pelo PÚBLICO, disse": the one heard, named before; "The review, commissioned
                    # by the city council and released yesterday, says": the review
                    continue
                if end < cue.start and self.texts[end] == "," and start - first <= 2 \
                        and any(self.lower[j] in _FROM_SIDE for j in range(first, start)) \
                        and (person := next((self.actor_at[j] for j in range(end + 1, min(cue.start, end + _MAX_NP))
                                             if j in self.actor_at and self.actor_at[j][0].type == "person"),
                                            None)) is not None:
                    # "Desde el Frente de Izquierda, la legisladora X dijo": she speaks, from her side
                    return self._make(person[1], person[2], cue)
                if actor.type != "person":
                    start, end = self._person_after(end, cue.start, _MAX_NP) or (start, end)
                return self._make(start, end, cue)
        for i in range(first + _MAX_NP, min(cue.start, first + _MAX_APPOSITION)):
            found = self.actor_at.get(i)
            if found and found[0].type == "person" and found[1] == i and self.texts[i - 1] == "," \
                    and found[2] < cue.start and self.texts[found[2]] == ",":
                return self._make(found[1], found[2], cue)  # "Já o ministro de Minas e Energia, X, ..."
        return None

    def _nominee_for(self, i: int) -> bool:
        """A person or a title, then "para/para o cargo de", within the next words: "indicou
        nesta terça-feira o economista X para a diretoria" names a nominee, not what was said."""
        named = False
        for k in range(i, min(i + 14, self.n)):
            if self.texts[k] in (".", ";", ":") or self.lower[k] in _THAT_WORDS:
                return False
            if k in self.actor_at and self.actor_at[k][0].type == "person" or self.lower[k] in self.c.titles:
                named = True
            elif named and self.lower[k] == "para":
                return True
        return False

    def _own_subject(self, k: int) -> bool:
        """Whether a common noun ends right before the verb at `k + 1`, past its auxiliaries
        ("all 56 member countries had confirmed", "o governo tinha anunciado"): the verb has a
        subject of its own, not the speaker named before ("X aseguró que …, aunque reconoció")."""
        while k >= 0 and self.lower[k] in _AUXILIARIES:
            k -= 1
        return k >= 0 and self.texts[k].isalpha() and self.texts[k].islower() and not self.tok.is_stop[k] \
            and self.lower[k] not in self.c.adverbs

    def _person_after(self, j: int, limit: int, words: int = _MAX_UNLINKED) -> tuple[int, int] | None:
        """The person an organisation only qualifies: 'NASA Administrator Bill Nelson', 'A
        presidente da Petrobras, Magda Chambriard' (words between are capitalised or the role)."""
        texts, lower = self.texts, self.lower
        between: list[str] = []
        comma = 0  # how many lower-case words came before the first comma
        if j + 2 < limit and texts[j] == "(" and texts[j + 2] == ")":
            j, limit = j + 3, limit  # the organisation's abbreviation: "the Nigeria Labour Congress (NLC), Joe Ajaero"
        for i in range(j, min(limit, j + words + 1)):
            found = self.actor_at.get(i)
            if found is not None:
                role = (found[0].role or "").lower().split()
                # the title must be the person's, a word before it may qualify it ("research director")
                if found[0].type == "person" and all(word in role for word in between[-1:]) and len(between) <= 2:
                    return found[1], found[2]
                if found[0].type == "person" and comma == len(between) and between and between[0] in role:
                    return found[1], found[2]  # "Sport Ireland's director of participation, Dr X": set off
                return None
            if texts[i] == "," and not comma:
                comma = len(between)
            if texts[i].islower() and self.tok.is_alpha[i]:
                between.append(lower[i])
            elif not (texts[i] in (",", "'s", "’s") or texts[i][:1].isupper()):
                return None
        return None


# The verb of a clause that a speech verb reports without "that" ("added 10 people were hurt").
_CLAUSE_AUXILIARIES = frozenset({"was", "were", "had", "have", "has", "are", "is", "will", "would", "could",
                                 "might", "may", "must", "should", "remain", "remained", "died"})
# After an owner's "'s", the nouns that speak for the owner ("Netanyahu's office said").
_SPEAKS_FOR = frozenset({"office", "government", "administration", "campaign", "cabinet", "ministry"})
_SUBJECT_RELATIVES = frozenset({"who", "que", "quien", "quienes", "whose", "cuyo", "cuya", "cujo", "cuja"})
_PERSON_RELATIVES = frozenset({"who", "quien", "quem"})
# Who a relative pronoun stands for: "who" and "quien" for people only.
_RELATIVE_TYPES = {"which": ("organization",), "que": ("person", "organization"), "whose": ("person", "organization"),
                   "cuyo": ("person", "organization"), "cuya": ("person", "organization"),
                   "cujo": ("person", "organization"), "cuja": ("person", "organization")}
# The occasion it was said on, between the verb and its speaker: "durante el debate", "no debate".
_OCCASION = frozenset({"durante", "during", "no", "na", "en", "ante", "perante", "frente", "desde", "tras", "após"})
_IN_DOCUMENT = frozenset({"em", "en", "in", "num", "numa", "por", "através"})
_DOCUMENTS = frozenset({"nota", "comunicado", "comunicados", "statement", "entrevista", "interview", "carta",
                        "letter", "mensagem", "mensaje", "escrito", "vídeo", "video", "declaração", "declaración",
                        "declarações", "declaraciones"})
# Rules a thing is done by, after "according to": no source.
_RULES = frozenset({"ley", "leyes", "lei", "leis", "law", "laws", "constitución", "constituição", "constitution",
                    "norma", "normas", "regulamento", "reglamento", "regulation", "regulations", "regla", "reglas",
                    "regra", "regras", "rules", "rule", "estatuto", "estatutos"})
# What a thing varies with: "oscilan entre 300 y 1.200 bolivianos, según la ubicación" is
# "depending on", no one who says.
_VARIED_BY = frozenset({"ubicación", "localização", "localización", "location", "caso", "casos", "case", "tipo",
                        "tipos", "type", "zona", "zonas", "zone", "región", "região", "region", "temporada", "season",
                        "época", "tamaño", "tamanho", "size", "horario", "horário", "modelo", "modelos", "distancia",
                        "distância", "distance", "peso", "weight", "edad", "idade", "age", "categoría", "categoria",
                        "category", "producto", "produto", "destino", "destinos", "destination", "calidad",
                        "qualidade", "quality", "demanda", "procura", "demand", "uso", "necesidad", "necesidades",
                        "necessidade", "necessidades", "needs", "circunstancias", "circunstâncias", "circumstances",
                        "variedad", "variedade", "variety", "clima", "weather", "disponibilidad", "disponibilidade",
                        "availability", "trayecto", "trajeto", "percurso", "ruta", "rota", "route"})
# ... after "conforme" only ("segundo o setor" may be the industry that says).
_VARIED_BY_SEAT = frozenset({"setor", "sector", "setores", "sectores", "seção", "sección", "lugar", "lugares",
                             "assento", "asiento", "fila", "faixa", "plateia", "platea", "camarote", "turno",
                             "função", "funções", "función", "funciones", "cargo", "cargos", "experiência",
                             "experiencia"})
# "responder por" an amount or a share is to account for it, not to answer.
_ACCOUNTS_FOR = re.compile(r"(?:\s+[^\W\d_]+)?\s+por\s+(?:(?:cerca\s+de|quase|mais\s+de|menos\s+de|mais|metade|"
                           r"um\s+terço|um\s+quarto|uma?\s+parte|parte|boa\s+parte|grande\s+parte)\b|\d)",
                           re.IGNORECASE)
# Plans a thing is done by: "according to Eskom's schedule" names no one who says.
_SCHEDULES = frozenset({"schedule", "schedules", "timetable", "timetables", "plan", "plans", "guidelines", "rota",
                        "roster", "calendar", "procedures", "protocol", "protocols", "criteria"})
_OWNED_RULE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?([a-z]+)")
_AMOUNT_NOUNS_EN = frozenset({"average", "total", "net", "further", "record", "combined", "cumulative"})
_GERUNDS = ("ing", "ndo")
_MAX_RELATIVE = 12  # tokens of a relative clause between a subject and its verb
# "dijo entre lágrimas X", "declaró por teléfono la abogada X", "afirmó en conferencia de prensa el X"
_MANNER = frozenset({"entre", "con", "sin", "com", "sem", "with", "without", "por", "en", "em", "à"})
# "horas después", "minutes later", "pouco depois": when it was said, between the verb and the speaker
_LATER = frozenset({"después", "depois", "later", "más", "mais"})
_LATER_UNITS = frozenset({"horas", "minutos", "días", "dias", "semanas", "hours", "minutes", "days", "weeks"})
_LITTLE = frozenset({"poco", "pouco", "moments", "momentos"})
_DATE_PREPS = frozenset({"on", "in", "em", "en", "no", "na", "el"})
# What follows "added" when it adds a thing, not words: "added a second tanker" (a number
# is looked at elsewhere: "added 21 points" against "added 10 people were hurt").
_THINGS_ADDED = frozenset({"a", "an", "another", "new", "extra", "its", "their", "his", "her"})
# Nouns for a ministry ("a pasta", "la cartera") and the head words of a ministry's name.
_PORTFOLIOS = frozenset({"pasta", "cartera"})
_MINISTRY_HEADS = frozenset({"ministério", "ministerio", "secretaria", "secretaría", "consejería", "conselleria",
                             "departamento"})
# Anaphors that with an adjective name a government, not its head: "o executivo açoriano".
_GOVERNMENT_TOO = frozenset({"executivo", "executiva", "ejecutivo"})
_AGENT_LINKS = frozenset({"pela", "pelo", "pelas", "pelos", "por", "by"})
_PARTICIPLES = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ed", "seen", "visto", "vista",
                "vistos", "vistas")
_RELATIVES = frozenset({"que", "quem", "who", "whom", "which", "quien", "quienes", "cujo", "cuja", "cuyo", "cuya"})
_POSSESSIVES = frozenset({"their", "its", "his", "her", "our", "your", "su", "sus", "seu", "sua", "seus", "suas"})
_AT_BODY = frozenset({"at", "of", "from", "in"})
_IN_BODY = frozenset({"en", "em", "na", "no", "nas", "nos"})  # "Pacientes en el Hospital X denunciaron"
_FROM_SIDE = frozenset({"desde", "from"})
# Pronouns after a preposition of attribution: "segundo ele", "según ella", "according to him".
_PREP_PRONOUNS = {**PRONOUNS, "him": "m", "her": "f"}
# Nouns of one grammatical gender whoever they stand for ("la autoridad" may be a man).
_ONE_GENDER = frozenset({"autoridad", "autoridade", "jerarca"})
# The gender an article or its contraction gives the noun after it (Portuguese and Spanish).
_ARTICLE_GENDER = {**dict.fromkeys(("a", "as", "la", "las", "da", "das", "na", "nas", "à", "às", "pela", "pelas"),
                                   "f"),
                   **dict.fromkeys(("o", "os", "el", "los", "do", "dos", "no", "nos", "ao", "aos", "pelo", "pelos",
                                    "del", "al"), "m")}
_AUDIENCE = frozenset({"jornalistas", "repórteres", "imprensa", "periodistas", "reporteros", "prensa", "medios"})
_LINKING_WORDS = frozenset({"entanto", "entretanto", "turn", "outro"})  # "no entanto", "in turn", "por outro lado"
# After a person named behind an English verb: the affiliation that ends the clause ('said Ella
# Jakubowska of the group EDRi', 'said Tom Hale from the agency').
_AFFILIATIONS = frozenset({"of", "from", "at"})


@Language.factory("etl_sources")
def make_sources(nlp: Language, name: str) -> SourcesComponent:
    """Build the etl_sources component (the cue matcher is built once per pipeline)."""
    return SourcesComponent(nlp, name)


def _heads_name(noun: str, words: list[str]) -> bool:
    """Whether `noun` is a word of the name that no "de/of/y" puts after its head."""
    return any(word == noun and (i == 0 or words[i - 1] not in _NAME_LINKS) for i, word in enumerate(words))


_NAME_LINKS = frozenset({"de", "do", "da", "dos", "das", "del", "of", "y", "e", "and", "para", "for"})
