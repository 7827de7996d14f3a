"""The builders of etl_dates: one regex match -> (span, value, precision, interval, relative).

`DateBuilders` is a mixin of `DatesComponent` (dates.py): each builder reads the
reference tables and context expressions the component compiles, checks the context
of its match and resolves the value against the reference date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import cast

from etl.extract.components._dates_calendar import (
    Interval,
    full_year,
    month_interval,
    nearest_day,
    nearest_month_year,
    resolve_weekday,
    safe_date,
    shift_month,
)
from etl.extract.patterns import counts_a_noun
from etl.models import Precision

_POSSESSIVE_BEFORE = re.compile(r"(?<![\w])(?:su|sus|seu|sua|seus|suas)\s+$", re.IGNORECASE)
# "los martes", "every Friday", "todas as sextas": the weekday of every week
# (and any one: "parecen un lunes cualquiera", "num sábado qualquer")
_EVERY_WEEKDAY = re.compile(r"(?<![\w])(?:los|every|each|todos\s+los|todas\s+las|todas\s+as|todos\s+os|cada"
                            r"|un|una|um|uma|num|numa|any|cualquier|qualquer)\s+$", re.IGNORECASE)
# "abre ao sábado": European Portuguese for every Saturday ("até ao sábado" is one day)
_EVERY_WEEKDAY_PT = re.compile(r"(?<![\w])(?<!até )ao\s+$", re.IGNORECASE)
# "los lunes y viernes", "every Monday and Friday": the second weekday of a list of every week's
_EVERY_WEEKDAY_LIST = re.compile(r"(?<![\w])(?:los|every|each|todos\s+los|todas\s+las|todas\s+as|todos\s+os|cada)"
                                 r"\s+(\w+)(?:\s*,\s*\w+)*(?:\s*,|\s+(?:y|e|and|o|ou|or))\s+$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright|copyrigth)[\s®]*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+")
_MONTH_LISTED_BEFORE = re.compile(r"([^\W\d_]+)\s*(?:,|and|or|to|through|-|–)\s*$")
# Right after the weekday, a verb that puts it ahead: "The Council on Thursday is expected to vote",
# "on Friday will decide".
_FUTURE_AFTER = re.compile(r"\s*(?:will|(?:is|are)\s+(?:expected|scheduled|due|set|slated|poised)\s+to)\b")
# Before "due to", "expected to", "scheduled": a plan given up, for a day on either side of it
# ("had been due to reopen on 8 January"; "was expected to arrive Thursday" still looks ahead).
_FUTURE_IN_THE_PAST = re.compile(r"\bhad been\s+$")
_WEEKENDS = ("fim de semana", "fin de semana", "weekend")
_PERFECT_DONE = re.compile(r"(?<![\w])(?:hemos|han|ha|he|has|have|had)\s+[^\W\d_]+(?:ado|ido|ed)(?![\w])",
                           re.IGNORECASE)
_GONE_BY = ("passad", "pasad", "last", "últim")  # "el fin de semana pasado": its own direction
# Future words that are nouns after a determiner ("its forecast", "a host", "the open").
_WARNINGS = frozenset({"warning", "warnings"})
# "si el lunes", "se na segunda-feira", "if on Friday": a condition on a day to come.
_IF_BEFORE = re.compile(r"(?<![\w-])(?:si|se|if)\s+(?:(?:el|la|o|a|on|this|next|na|no|en)\s+)?$", re.IGNORECASE)
# A condition in the present a few words before a month or a day: "si gana las elecciones de
# noviembre", "if he wins the vote in March" (not "si bien", "como si", "even if").
_IF_CLAUSE = re.compile(r"(?<![\w-])(?<!como )(?<!even )(?:si(?!\s+bien\b)|if)\s+[^\W\d]+(?:\s+[^\W\d]+){0,5}\s+$",
                        re.IGNORECASE)
_NOUN_TOO_EN = frozenset({"forecast", "forecasts", "host", "opens", "open", "face", "faces"})
# A past that a future governs: "would consider more funding once the design was completed in
# October", "will stay shut until repairs were finished in May" (no comma between: "would resign,
# after the vote in October" may tell what happened).
_PAST_OF_A_FUTURE = re.compile(r"(?<![\w'’])(?P<aux>would|will|'ll)\s+[^.;:!?,]*?"
                               r"(?<![\w])(?:once|until|as\s+soon\s+as)\s+[^.;:!?,]*$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?:its|the|a|an|their|his|her|our|this|that|own)\s+$", re.IGNORECASE)
_SET_OFF = re.compile(r"\s*,\s*(?:(?:em|en|in|on|no|na|nos|nas|el|a|à)\s+)?$", re.IGNORECASE)
_HAD = re.compile(r"(?<![\w])(?:havia|haviam|tinha|tinham|había|habían|had)\s", re.IGNORECASE)
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_FUTURE_AUXILIARIES = frozenset({"will", "vai", "vão", "va", "van", "irá", "irán", "irão", "shall"})
# Present threats and promises tell of what is to come: "amenazan con bloquear desde el jueves".
_THREATS = frozenset({"con", "ameaça", "ameaçam", "promete", "prometen", "prometem"})
# Portuguese and Spanish words of the future that are nouns after an article ("numa visita").
_NOUN_TOO = frozenset({"visita", "visitas", "viaje", "viagem", "reunião", "reunión", "estreia", "estreno"})
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:numa|num|uma|um|una|un|la|el|na|no|nesta|neste|esta|este|sua|su)\s+$",
                             re.IGNORECASE)
# The Portuguese future of "ter" before a participle tells what reportedly happened.
_CONJECTURE = frozenset({"terá", "terão"})
_PARTICIPLE_NEXT = re.compile(r"\s+(?:\w+\s+)?\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|sto|sta|ito|ita)\b")
# Before a given name that is a weekday: a title, a comma, "the" or the sentence's start (not
# "said Monday Smith was arrested", where the day is when it was said).
_NAME_OPENS = re.compile(r"(?:^|[.!?,;:(]\s*|\n\s*|\b(?:the|The)\s+|\b[A-Z][a-z]+\.?\s+)$")
_CAPITALISED_WORD_NEXT = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight", "manhã", "tarde", "noite",
                           "madrugada", "mañana", "noche"})
# Before a weekend with no tense of its own, what puts it ahead ("antes del fin de semana",
# "se alarga más allá del fin de semana", "before the weekend").
_BY_THE_END = re.compile(r"(?<![\w])(?:antes\s+del|antes\s+do|más\s+allá\s+del|além\s+do|before\s+the|beyond\s+the"
                         r"|by\s+the|até\s+ao|até\s+o|hasta\s+el)\s+$", re.IGNORECASE)
_HAVE_AFTER = re.compile(r"\s+(?:not\s+)?(?:have|'ve|’ve)\b", re.IGNORECASE)
# Portuguese and Spanish conditionals (future_before rows of date_cues.csv, which look ahead), which
# a perfect after them puts in the past ("deveria ter terminado na sexta-feira", "podría haber
# ocurrido el lunes"), as "could have" in English.
_CONDITIONALS = frozenset({"seria", "seriam", "poderia", "poderiam", "deveria", "deveriam", "estaria", "estariam",
                           "sería", "serían", "podría", "podrían", "debería", "deberían", "estaría", "estarían"})
_PERFECT_AFTER = re.compile(r"\s+(?:(?:ter|haver|haber)(?:se)?|tido|sido)\b", re.IGNORECASE)
_CONDITIONAL_ENDINGS = ("rían", "riam")  # (date_cues.csv's future_suffix rows of the plural conditional)
_MODALS_EN = frozenset({"would", "could", "should", "might", "may", "must", "likely to"})  # ("likely to have cut")
_HAVE = re.compile(r"\b(?:have|'ve|’ve)\b", re.IGNORECASE)
_WILL = re.compile(r"(?<![\w'’])(?:will|'ll|’ll|shall)\b")  # English has no future ending
# "que", "that" between a verb of the main clause and a date in the clause it opens.
_THAT_BEFORE = re.compile(r"\b(?:que|that)\b", re.IGNORECASE)
_WEEK_AFTER = re.compile(r"\s+(next|last|this)\s+week\b", re.IGNORECASE)  # "Wednesday next week"
_WEEK_OFFSETS = {"next": 1, "last": -1, "this": 0}
# "el lunes de la semana pasada", "na segunda-feira da próxima semana": that week's weekday; the
# weekday before "y/e" in "entre el lunes y el miércoles de la semana pasada" is of that week too.
_WEEK_AFTER_ROMANCE = re.compile(
    r"(?P<pair>\s+(?:y|e|a|al|hasta|até)\s+(?:el\s+|la\s+|o\s+|a\s+|à\s+)?[^\W\d_]+(?:-feira)?)?"
    r"\s+(?:de\s+la|da|de\s+esta|desta|dessa|de\s+essa)\s+"
    r"(?:semana\s+(?P<after>pasada|passada|que\s+viene|que\s+vem)|(?P<before>próxima|pasada|passada)\s+semana)\b",
    re.IGNORECASE)
_ROMANCE_WEEK_OFFSETS = {"pasada": -1, "passada": -1, "que viene": 1, "que vem": 1, "próxima": 1}
# "de segunda a sábado": a bare "de" before the first weekday, a bare "a" before the second.
_BARE_FROM = re.compile(r"(?<![\w])de\s+$", re.IGNORECASE)
_BARE_TO = re.compile(r"\s+ao?\s+", re.IGNORECASE)  # "de segunda a sábado", "de segunda ao sábado"
_WORD_AT = re.compile(r"[^\W\d_]+(?:-feira)?")
_WEEKLY_BEFORE = re.compile(r"(?<![\w])de\s+(?P<first>[^\W\d_]+(?:-feira)?)\s+ao?\s+$", re.IGNORECASE)
_NICKNAME_BEFORE = re.compile(r"[\"“«'‘](?:El|La|O|A|The)\s+$")
# A place noun and "do/de" before a capitalised month: "ilha do Maio", "rua de Outubro".
_PLACE_NOUN_BEFORE = re.compile(r"(?<![\w])(?:ilha|rua|avenida|praça|largo|travessa|bairro|isla|calle|plaza|"
                                r"paseo|barrio|island|street)\s+(?:(?:do|de|da|del|of)\s+)?$", re.IGNORECASE)
# A month named just before "no dia N" / "el día N": "em outubro, no dia 6".
_MONTH_THEN_DAY = re.compile(r"(?<![\w])([^\W\d_]+),?\s+(?:no|el|en\s+el|on\s+the)\s+d[ií]a\s+$", re.IGNORECASE)
_SAINT_BEFORE = re.compile(r"(?<![\w])(?:santo|san|são|saint)\s+$", re.IGNORECASE)
# The capitalised word before a month ("Rio de Janeiro"), and a refused day ("25 de Março").
_PAST_AFTER = re.compile(r"\s+(?:passad[oa]|pasad[oa])(?![\w])", re.IGNORECASE)
# After "hoje/hoy/today", words that make it "these days" ("hoje em dia", "hoy en día", "hoy día").
_NOWADAYS_AFTER = re.compile(r"\s+(?:em\s+dia|en\s+d[ií]a|d[ií]a)(?![\w])", re.IGNORECASE)
_THEN_BEFORE = re.compile(
    r"(?:^|[.!?;:«\"“]\s*)(?:Antes|Antigamente|Antaño|Dantes|No passado|En el pasado|In the past|Back then|"
    r"(?:Há|Hace) (?:uns |unos |alguns |algunos |muitos |muchos )?(?:anos|años)|Years ago|"
    r"(?:Nos|Na década de|En los|En la década de|In the) (?:anos |años )?(?:19|20)?\d0'?s?)(?![\w])[^.!?;\n]*"
    r"[.!?;][»\"”]?\s*$")
_NAME_BEFORE = re.compile(r"(?<![\w.])[A-ZÀ-Ý]\w*[ \t]+$")
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:(?:de|del|do|da|dos|das)\s+)?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")
_DAY_BEFORE = re.compile(r"\d(?:º|°|ª)?\s+(?:de|do|del|of)\s+$")
# What ends a clause between a tense word and the date it sets ("will", "on Sunday").
_IMPERFECT = ("ava", "avam", "aba", "aban", "ía", "íam", "ían")  # "registava", "contabilizaba": a state gone by
# An aside that lists what was named before it, closed by its comma: ", including China and France,".
# (or a province's or state's abbreviation set off: "could leave from Kamloops, B.C., on Friday")
_LIST_ASIDE = re.compile(r",\s*(?:including|incluindo|incluyendo|such as|among them|entre eles|entre ellos)\s"
                         r"[^,.;:!?\n]{1,80},"
                         r"|,\s*(?-i:[A-Z][A-Za-z]{0,4}\.(?:[A-Z]\.)?),", re.IGNORECASE)
_BREAK = r"(?:[!?;:{}]|(?<![ap]\.m)\.)(?:\s|$)|[\n\"“”«»]"  # "through 6 p.m. Friday": one clause
_CLAUSE_BREAK = re.compile(_BREAK.format(","))
# A conditional modal before an infinitive looks ahead: "una helada en enero podría recortar la cosecha".
_MODAL_CONDITIONAL = re.compile(r"(?<![\w])(?:podría|podrían|debería|deberían|poderia|poderiam|deveria|deveriam)"
                                r"\s+[^\W\d_]+(?:ar|er|ir)\b")
# What may stand before a date that opens its sentence: its start and a preposition ("En enero,").
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:[^\W\d_]{1,5}\s+){0,2}$")  # (or a clause after ":")
# A day and a month right after a weekday: "jueves 8 de mayo", "Thursday, 8 May".
_DAY_AFTER_WEEKDAY = re.compile(r",?\s+[0-3]?\d\s+(?:de\s+|del\s+)?(?P<month>[^\W\d_]+)")
# A gerund naming what is done on a bare weekday makes it a kind of day, no date ("Sunday working").
_ING_NOUN_AFTER = re.compile(r"\s+(?:working|trading|shopping|opening|closing)\b(?!\s+(?:the|a|an|of)\b)")
# A few quoted words inside a clause ('would begin "an orderly wind-down" on Monday') break nothing
# after a modal ("vowed to "avenge every drop" during a visit on Thursday" keeps the visit past).
_MODALS = frozenset({"will", "would", "shall", "'ll", "’ll"})
_INLINE_QUOTE = re.compile(r"[\"“«](?=[a-zà-ÿ])[^\"“”«»\n.!?;:]{1,80}[\"”»]")
# Quoted words that open right before the date and go on past it ('se normalizará "a más tardar el martes"')
_OPENED_QUOTE = re.compile(r"(?<=\s)[\"“«](?=[a-zà-ÿ][^\"“”«»\n.!?;:]{0,40}$)")


# A word that opens a clause of its own after a past verb: its tense is not the verb's.
_CLAUSE_OPENER = re.compile(r"(?<![^\W\d_])(?:que|that|which|who|quien|quienes|donde|onde|where|when|cuando|quando|"
                            r"if|si|se|but|pero|mas|and|y|e)(?![^\W\d_])", re.IGNORECASE)


def _breaks_before(text: str, start: int, end: int) -> bool:
    """Whether a clause breaks between `start` and `end`, the commas that set off the date
    itself aside ("já tinha alertado, em março, para …")."""
    set_off = _SET_OFF.search(text, start, end)
    stop = set_off.start() if set_off else end
    found = _CLAUSE_BREAK.search(text, start, stop)
    while found is not None and (aside := _LIST_ASIDE.match(text, found.start(), end)) is not None:
        found = _CLAUSE_BREAK.search(text, aside.end(), stop)  # "reached a deal with X, including Y, in January"
    return found is not None


def _clause_break(text: str, start: int, end: int) -> bool:
    """Whether a clause breaks between `start` and `end` (`_CLAUSE_BREAK`), quoted words
    inside the clause aside."""
    if _CLAUSE_BREAK.search(text, start, end) is None:
        return False
    part = _INLINE_QUOTE.sub(lambda m: "x" * len(m.group(0)), text[start:end])
    return _CLAUSE_BREAK.search(_OPENED_QUOTE.sub("", part)) is not None
_TENSE_WINDOW = 80
# Articles, prepositions and conjunctions: no common noun that names what follows it.
_FUNCTION_WORDS = frozenset({"a", "o", "as", "os", "e", "y", "de", "do", "da", "del", "el", "la", "los", "las", "the",
                             "and", "of", "em", "en", "no", "na", "al", "ao", "até", "hasta", "desde", "entre", "por",
                             "para", "con", "com", "sem", "sin"})
# English subordinators that open a clause with its own tense ("after pay talks collapsed").
_SUBORDINATE_EN = re.compile(r"\b(?:after|because|since|when|once|while|although|though|as|until|before)\s+"
                             r"(?!(?:being|having|been)\b)[\w'’-]+\s", re.IGNORECASE)
# Right after a date, within its clause: a past perfect ("in June had not included").
_HAD_NEXT = re.compile(r"\s+(?:[\w'’-]+\s+)?had\b", re.IGNORECASE)
# What ends a clause besides a comma: a future word before it tells nothing of a date after it.
_STRONG_BREAK = re.compile(_BREAK.format(""))
# "quinta" then "do/da" and a word that is no time: a farm or an estate ("a Quinta do Crasto").
_ESTATE_AFTER = re.compile(r"\s+d[aoe]s?\s+(?!(?:próxima|proxima|passada|última|ultima|mesma|semana|manhã|tarde|noite|"
                           r"madrugada|dia)\b)[^\W\d_]")
# Where the tense word ends when the tense was read from the verb after the date (`_read_after`).
_READ_AFTER = -2
# A sentence ends between a verb and a date: the verb tells nothing of the date's own clause.
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?](?:\s|$)|\n")
# A word of three letters or more ("through the town on"; not "through 6 p.m. Friday").
_WORD_BETWEEN = re.compile(r"[^\W\d_]{3,}")
# Between a past verb and a day it dates: at most three words, none that looks ahead.
# Between a past verb and its date: a few words, a name among them ("anunció el presidente Nicolás
# Maduro el 1 de mayo"), none that sets a date ahead ("convocó una huelga para el 30").
# (an amount may come between: "baixou a 12,70 metros em 26 de outubro", "reached 49 degrees on June
# 20"; not a day of a list: "dated 10 and 11 December")
_NOT_AHEAD = (r"(?!(?:para|for|to|from|until|till|hasta|até|partir|antes|before|by|between|entre)\b)"
              r"(?:[^\W\d_]+|\d+[.,]\d+|\d+%?(?=\s+(?!(?:and|or|to|e|y|ou|o|a)\b)[^\W\d_]))\s+")
_NAME_WORD = r"(?-i:[A-ZÀ-Þ])[^\W\d_]*\s+"
_CLOSE_PAST = re.compile(rf"\s+(?:{_NOT_AHEAD}){{0,4}}(?:(?:{_NAME_WORD}){{1,3}}(?:{_NOT_AHEAD}){{0,2}})?",
                         re.IGNORECASE)
def _after_word(text: str, start: int) -> bool:
    """Whether a word (not punctuation, a line break or the start) comes right before `start`."""
    before = text[max(0, start - 40):start]
    stripped = before.rstrip(" \t")
    return bool(stripped) and (stripped[-1].isalnum() or stripped[-1] in "'’")


# "until" words look ahead ("mantiene el aviso hasta el miércoles") unless a past verb of the
# clause says the span is over ("crecieron un 3,1% hasta febrero").
_EVENT_PLURALS = frozenset({
    "floods", "elections", "protests", "riots", "attacks", "games", "olympics", "championships", "fires",
    "wildfires", "storms", "earthquakes", "polls", "talks", "hearings", "negotiations", "bombings", "killings",
    "strikes", "uprisings", "midterms", "primaries", "finals", "playoffs", "rains", "droughts",
    "clashes", "shootings", "massacres", "celebrations", "commemorations", "awards", "sanctions",
    "reforms", "accords", "agreements", "demonstrations", "heatwaves", "landslides", "cyclones"})
_SET_FOR = re.compile(r"\bpara\s+(?:(?:o|a|el|la)\s+)?"
                      r"(?:(?:manhã|tarde|noite|mañana|noche|madrugada)\s+(?:de|del|da)\s+)?$", re.IGNORECASE)
# A meeting someone was called to, or that someone called, then its day: "convocou ontem os
# sindicatos para uma reunião de conciliação na sexta-feira", "called unions to a meeting on
# Friday", "has called a meeting in Guwahati on June 14": the day ahead.
_CALLED_TO_MEETING = re.compile(
    r"(?<![^\W\d_])(?:convoc\w*|cit(?:ou|ó|aram|aron)|chamou|chamaram|convid\w*|invit\w*|called|summoned)"
    r"(?:(?:\s+[^\W\d_]+){0,5}?\s+(?:para|a|to|for))?\s+(?:(?:uma?|una?|an?|the|la|el|o)\s+)?"
    r"(?:(?:nova|nueva|new)\s+)?"
    r"(?:reunião|reunión|audiência|audiencia|assembleia|asamblea|cimeira|cumbre|meeting|hearing|sessão|sesión)"
    r"(?:\s+(?:de|del|da|do)\s+[^\W\d_]+)?(?:\s+(?:in|en|em|at)\s+(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?)?"
    r"\s+(?:(?:na|no|el|la|on|em)\s+)?(?:d[ií]a\s+)?$", re.IGNORECASE)
_IN_YEAR = re.compile(r"(?<![^\W\d_])(?:en|em|in|durante|during)\s+((?:19|20)\d\d)(?![\w/-]|[.,]\d)", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"[—–)]")
# A date set off by commas, with its preposition: "recuerda que, desde el viernes, estará".
_SET_OFF_BEFORE = re.compile(r",\s+(?:[^\W\d_]+\s+){1,2}$")
# ... not when what follows its comma is a relative clause or another phrase of the aside
# ("em março, o que pode ter contribuído", "na quinta-feira, à margem de uma visita").
_ASIDE_GOES_ON = re.compile(r"\s*(?:o\s+que|lo\s+que|que|quien|cuando|quando|which|who|when|à|às|ao|aos|a|al|en|em|"
                            r"na|no|nas|nos|por|para|durante|tras|após|depois|antes|with|con|com|in|at|on|after|"
                            r"before|during)\b", re.IGNORECASE)
# "since" right before a date: "desde el 1 de enero", "desde o dia 3", "since Jan. 1".
_SINCE_BEFORE = re.compile(r"(?<![^\W\d_])(?:desde|since)\s+(?:(?:el|o|a|la|the)\s+)?(?:(?:d[ií]a)\s+)?$",
                           re.IGNORECASE)
# A present perfect, which counts up to now: "ha recibido", "han caído", "tem crescido", "has risen".
_PERFECT_AUX = re.compile(r"(?<![^\W\d_])(?:ha|han|hemos|tem|têm|temos|has|have)\s+(?:[^\W\d_]+\s+)?"
                          r"[^\W\d_]+(?:ado|ido|ados|idos|to|cho|ed|en|wn)\b", re.IGNORECASE)
# A range's "from" opener, which an "and" join does not close: "de julio y septiembre" lists two.
_FROM_OPENERS = frozenset({"de", "del", "desde", "from"})
_AND_JOINS = frozenset({"y", "e", "and", "y el", "e o"})
_BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])(?:entre|between)\s+(?:[^\W\d_]+\s+){0,3}$", re.IGNORECASE)
# A relative clause set off by commas: "La Unesco, que incluyó a Potosí … en 2014, pidió en julio".
_RELATIVE_OPEN = re.compile(r",\s+(?:que|quien|quienes|cuyo|cuya|o\s+qual|a\s+qual|el\s+cual|la\s+cual|which|who)\s",
                            re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_HYPHENED_WORD = re.compile(r"-[^\W\d_]")
_WORD_BEFORE_PARA = re.compile(r"([^\W\d_]+(?:-feira)?)\s+$")
_CLAUSE_END = frozenset({"", ".", ",", ";", ":", ")", "!", "?", "/", "-", "–"})
# "is due to open", "due to be signed": a plan; "due to the rain" is a cause.
_DUE_AS_PLAN = re.compile(r"(?:\b(?:is|are|was|were|be|been|'s)\s+due\s+to\b|\bdue\s+to\s+be\b)", re.IGNORECASE)
# The word after "and" joining two days: "e sábado", "y el viernes" ("segunda a sexta" is a
# weekly schedule).
_JOINED_DAY = re.compile(r"\s+(?:e|y|and)\s+(?:(?:o|a|el|la|the)\s+)?([^\W\d_]+(?:-feira)?)", re.IGNORECASE)
# Words of an amount right before a number: "pelo menos 1100", "at least 1100", "más de 1500".
_AMOUNT_BEFORE = re.compile(r"(?:(?:pelo|ao|al|por\s+lo|at)\s+(?:menos|least)|(?:mais|más|more|fewer|less)"
                            r"\s+(?:de|than)|cerca\s+de|about|around|unos|umas?|uns)\s+$", re.IGNORECASE)
_UP_TO = frozenset({"hasta", "até", "until", "till", "through"})
_NEAR_LIMIT_DAYS = 62  # a past state "until" a day this close ahead lasts until that day
# A limit set off by commas between a preposition and its date: "até, pelo menos, sexta-feira".
_LIMIT_ASIDE = re.compile(r"\s*,\s*(?:pelo menos|ao menos|no mínimo|al menos|por lo menos|como mínimo|at least"
                          r"|at the earliest)\s*,\s*", re.IGNORECASE)
# "para este miércoles", "para o sábado", "for Sunday": the day something is set for, to come.
# A present verb of a schedule right before the weekday: "the forum ends on Monday", "talks resume Tuesday".
_SCHEDULED_BEFORE = re.compile(r"(?<![\w])(?:ends|begins|starts|opens|closes|resumes|reopens|concludes|expires|"
                               r"runs|kicks off)\s+(?:on\s+)?$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"(?<![\w])(?:para|for)\s+(?:(?:el|la|o|a|the)\s+)?$", re.IGNORECASE)
# A year, then "when" and a month of it in the same sentence: "in 2023, when walkouts in April".
_YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d),?\s+(?:when|cuando|quando|en que|em que)\b[^.;:!?\d]*$", re.IGNORECASE)
# A sentence that opens with a year set off by a comma ("Em 2019, …", "Durante la sequía de 2023,
# …", "In 2023, …") dates the yearless months after it, up to its end, with no figure between.
_OPENING_YEAR = re.compile(r"(?:^|(?<=[.!?])\s+|\n\s*)(?-i:Em|En|In|Durante|During|No|Na|Nos|Nas|Entre|Between)\s"
                           r"[^,.;:!?\n\d]{0,40}?\b((?:19|20)\d\d)\s*,[^.;:!?\n\d]*$")
# A second verb joined to the past one right before "até/hasta/until": "a colheita começou em abril
# e segue até julho" goes on to a month ahead.
_JOINED_VERB_BEFORE = re.compile(r"\s(?:e|y|and)\s+[^\W\d_]{3,}\s+$", re.IGNORECASE)
# A year a verb of ending takes: "antes de que acabe 2026", "antes que termine 2025".
_ENDING_BEFORE = re.compile(r"(?<![\w])(?:acabe|termine|finalice|concluya|acabar|terminar|finalizar)\s+$",
                            re.IGNORECASE)
# "día 15 de paralización", "dia 10 de greve", "day 15 of the strike": the day of a spell counted.
_DAY_OF_A_SPELL = re.compile(r"\s+(?:de|del|of(?:\s+the|\s+its)?)\s+([a-zà-ÿ]{4,})(?![\w])")
# ... and so does one whose subject is an event of a year ("A feira de 2023 decorreu em setembro",
# "La edición de 2026 será en agosto", "The 2026 congress will be held in September"): not any
# noun's year ("a meta de 2030 será revista em março" is revised this March).
_EVENTS = (r"edição|edições|feira|congresso|festival|festa|campanha|safra|colheita|vindima|temporada|época|cimeira"
           r"|cúpula|conferência|torneio|copa|eleição|eleições|censo|exposição|bienal|jornada|jornadas|mostra"
           r"|edición|ediciones|feria|congreso|fiesta|fiestas|campaña|cosecha|vendimia|zafra|cumbre|conferencia"
           r"|elección|elecciones|exposición|bienal|muestra"
           r"|edition|fair|congress|festival|campaign|harvest|season|summit|conference|tournament|election"
           r"|census|exhibition|show|games")
_EVENT_YEAR = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n\s*)(?:(?-i:O|A|Os|As|El|La|Los|Las|The)\s+(?:[^\W\d_]+\s+)?(?:" + _EVENTS + r")"
    r"\s+(?:[^\W\d_]+\s+)?(?:de|del|do|da|of)\s+((?:19|20)\d\d)|(?-i:The)\s+((?:19|20)\d\d)\s+(?:[^\W\d_]+\s+)?"
    r"(?:" + _EVENTS + r"))(?![\w/-]|[.,]\d)[^.;:!?\n\d]*$", re.IGNORECASE)
# ... and so does a sentence that opens with last or next year ("No ano passado, as enchentes de
# maio destruíram", "Last year, floods in May"): its months are that year's.
_OPENING_NEAR_YEAR = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n\s*)(?:(?-i:No|El|En|Em|Durante|During)\s+)?"
    r"(?:(?P<last>(?:ano|año)\s+pass?ad[oa]|last\s+year)|(?P<next>pr[óo]ximo\s+(?:ano|año)|next\s+year))"
    r"\s*,[^.;:!?\n\d]*$", re.IGNORECASE)
# Past verbs that set something ahead: "anunciou a distribuição … até ao fim de Abril" is a plan.
# Past verbs of intent before an infinitive: the infinitive's time is after them.
_INTENT = frozenset({"ameaçou", "ameaçaram", "prometeu", "prometeram", "planejou", "planejaram", "planeou",
                     "planearam", "decidiu", "decidiram", "resolveu", "resolveram", "amenazó", "amenazaron",
                     "prometió", "prometieron", "planeó", "planearon", "decidió", "decidieron", "resolvió",
                     "comprometeu", "comprometeram", "comprometió", "comprometieron"})
# ("se comprometeu a abrir, em janeiro, um curso")
_INFINITIVE_NEXT = re.compile(r"\s+(?:con\s+|em\s+|a\s+)?[^\W\d_]{2,}(?:ar|er|ir|ír)(?:-se)?(?![\w-])")
# A capitalised word right before a day (not a sentence's first): a name goes on ("Transporte 20 de Mayo").
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])(?<=[\w]\s)\b[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+\s+$")
# What a publication is told in before its name: "em declarações à SÁBADO", "dijo a DOMINGO".
_TO_PUBLICATION = re.compile(r"(?:declarações|declaraciones|entrevista|disse|dijo|contou|contó)\s+(?:à|ao|a|al)\s+$",
                             re.IGNORECASE)
# Verbs of asking and the "que" of what is asked ("pidió a ambas partes que vuelvan", "exigiu que").
_REQUEST = frozenset({"pidió", "pidieron", "exigió", "exigieron", "instó", "instaron", "solicitó", "solicitaron",
                      "reclamó", "reclamaron", "pediu", "pediram", "exigiu", "exigiram", "solicitou", "solicitaram",
                      "apelou", "apelaram"})
# Prepositions of a deadline or a date set ahead (`_prep_word`): "by March", "antes de marzo".
_DEADLINES = frozenset({"by", "until", "till", "before", "antes de", "até", "hasta", "para", "moved to",
                        "delayed to", "postponed to", "pushed back to", "pushed to", "deferred to", "put back to",
                        "rescheduled to"})
# A deadline set before a date: "antes de marzo", "até ao fim de junho", "hasta el mes de mayo".
_DEADLINE_BEFORE = re.compile(r"\b(?:antes\s+d[eo]l?|antes\s+da|até|hasta|para)\s+"
                              r"(?:(?:o|a|ao|el|la|los|as|mes\s+de)\s+)?$", re.IGNORECASE)
_REQUEST_THAT = re.compile(r"(?:\s+[^\W\d_]+){0,5}?\s+que\s", re.IGNORECASE)
# English verbs of intent or asking and the "to" of what is to be done, within a few words:
# "urged the House to act before the November election", "vowed to finish by March".
_INTENT_EN = frozenset({"urged", "asked", "called", "promised", "pledged", "vowed", "threatened", "planned",
                        "decided", "agreed", "told", "ordered", "directed", "instructed", "expects", "expected"})
_PASSIVE_BEFORE = re.compile(r"(?<![\w])(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?$",
                             re.IGNORECASE)
_TO_AHEAD_EN = re.compile(r"(?:\s+(?:on|upon|for)?\s*[\w'’]+){0,4}?\s+to\s+[a-z]+\b")
# A subject right before an English verb: "after the owner confirmed", "as officials announced".
_SUBJECT_BEFORE = re.compile(
    r"(?<![\w])(?:(?:the|a|an|his|her|its|their|our)\s+[a-z]+|officials|police|[A-Z][a-z]+)\s+$")
# Past verbs of lasting: a day "until" after them is when it ended, gone by ("dragged on until Tuesday").
_LASTED = frozenset({"arrastou", "arrastaram", "prolongou", "prolongaram", "durou", "duraram",
                     "prolongó", "prolongaron", "alargó", "alargaron", "duró", "duraron",
                     "lasted", "dragged", "stretched", "continued", "ran"})
# ... these only with their pronoun: "prolongou-se até", "se prolongó hasta" ("prolongou o alerta até
# quinta-feira" set a limit ahead).
_PROLONGED = frozenset({"prolongou", "prolongaram", "prolongó", "prolongaron", "alargó", "alargaron"})
# A number up to which something rose ("elevando para 1243"), and the second amount of a change
# after a first one ("de 1500 para menos de 100"): no old years.
_TO_PREPS = frozenset({"para", "to", "a"})
_CHANGE_TO_AMOUNT = re.compile(r"\s+(?:para|a|to)\s+(?:(?:menos|mais|más|less|more)\s+(?:de|than)\s+)?\d",
                               re.IGNORECASE)
# A year named right before "in <month>": "last year in March", "no ano passado, em março".
_YEAR_SAID_BEFORE = re.compile(
    r"(?<![\w])(?:(?P<last>last\s+year|(?:no\s+|el\s+)?(?:ano|año)\s+pass?ad[oa])"
    r"|(?P<next>next\s+year|(?:no\s+|el\s+)?pr[óo]ximo\s+(?:ano|año))"
    r"|this\s+year|(?:neste|este)\s+(?:ano|año))\s*,?\s+(?:in|em|en)\s+$", re.IGNORECASE)
# English names the year of an event before its days: "Next year's festival is scheduled for
# October 9 to 12", "Last year's fair ran from May 3 to 5" (not "Last year's winner said on
# October 2": the winner is last year's, the saying this year's).
_YEAR_OWNED = re.compile(
    r"(?<![\w])(?:(?P<last>last)|next)\s+year['’]s\s+(?:[^\W\d_]+\s+)?(?:festival|fair|show|season|edition|conference"
    r"|elections?|event|tournament|race|congress|summit|carnival|games|championships?|forum|exhibition|expo|parade"
    r"|marathon|cup|rally|ceremony)\b[^.;:!?\n]*$", re.IGNORECASE)
# The present of "to be" or of an aim in a said clause: "que la meta es", "que o objetivo é", "that the goal is".
_PRESENT_IS = re.compile(r"(?<![\w])(?:es|está|son|están|é|está|são|estão|is|are)(?![\w])", re.IGNORECASE)
# The future of "to be" ("será la tercera parada desde enero"): what a thing will be, counted from before.
_COPULA_AHEAD = (["será"], ["serán"], ["sería"], ["serían"])
_ANNOUNCED = frozenset({"anunciou", "anunciaram", "prometeu", "prometeram", "aprovou", "aprovaram", "decidiu",
                        "decidiram", "determinou", "prorrogou", "estendeu", "anunció", "anunciaron", "prometió",
                        "aprobó", "aprobaron", "decidió", "determinó", "prorrogó", "extendió", "announced", "promised",
                        "approved", "decided", "extended", "ordered", "disse", "dijo", "said"})
# A perfect tense measures up to a day gone by: "had fallen 22% this year through Monday".
_PERFECT = re.compile(r"(?i)\b(?:had|has|have)\b(?!\s+to\b)[^.;:!?]*$")
# A day a few days before the story is this year's even in the future ("regirán desde el 1° de
# febrero" on 3 February: from two days ago), and so is one the future backdates to.
_RECENT_DAYS = 14
_BACKDATED = re.compile(r"(?i)\b(?:backdated|backdate|retroactive(?:ly)?|retroativ[oa]s?|retroactiv[oa]s?)\b[^.;]*$")
# A deadline with no tense in its clause is ahead: "abastecer antes de segunda-feira", "before Monday".
_BEFORE_DEADLINE = re.compile(r"(?<![\w])(?:antes\s+d[eo]l?|antes\s+da|before)\s+(?:(?:el|la|o|a|the)\s+)?$",
                              re.IGNORECASE)
_OPENERS = frozenset(".!?:\n\"“«—-(")  # where a capitalised word may open a sentence

# A builder's result: (span override or None, value, precision, interval, relative).
# Month abbreviations that are no Portuguese or Spanish word ("set", "mar", "may", "ago" are).
_PLAIN_ABBREVIATIONS = frozenset({"jan", "fev", "feb", "abr", "jun", "jul", "sept", "oct", "nov", "dez", "dic"})
_DATELINE_AFTER = re.compile(r"\s*\((?:[A-Z][\w.-]*\s?){1,3}\)")  # "28 jun (EFE)"
Built = tuple[tuple[int, int] | None, str, Precision, Interval | None, bool]


class DateBuilders:
    """Context checks and value resolution for each date pattern (see `DatesComponent`)."""

    lang: str
    months: dict[str, dict[str, str]]
    weekdays: dict[str, dict[str, str]]
    decade_words: dict[str, int]
    day_words: dict[str, int]
    words: dict[str, dict[str, str]]
    not_after: dict[str, re.Pattern[str]]
    stop: frozenset[str]
    verb_suffixes: tuple[str, ...]
    cues: dict[str, set[str]]
    _prep: re.Pattern[str]
    _time_prep: re.Pattern[str]
    _time_after: re.Pattern[str]
    _next_day_before: re.Pattern[str]
    _last_day_before: re.Pattern[str]
    _next_date_before: re.Pattern[str]
    _incident_day_before: re.Pattern[str]
    _scale_after: re.Pattern[str]
    _number_next: re.Pattern[str]
    _named_day: re.Pattern[str]
    _year_list: re.Pattern[str]
    _years_after: re.Pattern[str]
    _weekday_before: re.Pattern[str]
    _tense_words: re.Pattern[str]
    _past_verb: re.Pattern[str]
    _said_at: re.Pattern[str]
    _done_in: re.Pattern[str]
    _deictic_before: re.Pattern[str]
    _past_not_after: re.Pattern[str]
    _next_week: re.Pattern[str]
    _future_verb: re.Pattern[str]
    _future_endings: tuple[str, ...]  # what every match of `_future_verb` ends with
    _tense_memo: dict[tuple[str, int, int, bool], tuple[str | None, int]]  # emptied for each doc
    anaphors: dict[str, tuple[str, int]]
    _anaphor_article: re.Pattern[str]
    _year_noun_before: re.Pattern[str]
    _short_year_ends: Callable[..., bool]  # PeriodBuilders

    def _weekday_follows(self, text: str, end: int) -> bool:
        """A weekday joined right after ("entre quinta e sábado"): the first is a weekday too,
        not "a quinta" (a farm) or an ordinal."""
        found = _JOINED_DAY.match(text, end)
        return found is not None and found.group(1).lower() in self.weekdays

    def _has_prep(self, match: re.Match[str]) -> bool:
        return self._prep_word(match) is not None

    def _prep_word(self, match: re.Match[str]) -> str | None:
        window = match.string[max(0, match.start() - 25): match.start()]
        found = self._prep.search(window)
        return _SPACES.sub(" ", found.group("prep").lower()) if found else None

    def _in_next_week(self, match: re.Match[str]) -> bool:
        """Whether "next week" ("la semana que viene", "na próxima semana") comes earlier in the
        weekday's sentence, with no other date between: the weekday is that week's."""
        found = self._next_week.search(match.string, max(0, match.start() - 120), match.start())
        return found is not None and not re.search(r"\d", found.group("rest"))

    def _tense(self, match: re.Match[str]) -> str | None:
        """'next' or 'last' from the nearest tense word of the clause before a weekday or a month.

        "The BBC will broadcast a programme on Sunday" -> 'next'; "had requested the warrants
        in May" -> 'last'; a clause break between the word and the date cancels it.
        """
        return self._tense_word(match)[0]

    def _tense_word(self, match: re.Match[str]) -> tuple[str | None, int]:
        """`_tense`, and where the word that sets it ends (-1 if none does). Remembered for the
        doc: several patterns match at one place (a fifth of the calls ask again)."""
        weekday = "weekday" in match.re.groupindex and bool(match.group("weekday"))
        key = (match.string, match.start(), match.end(), weekday)
        found = self._tense_memo.get(key)
        if found is None:
            found = self._tense_memo[key] = self._read_tense(match)
        return found

    def _past_before(self, text: str, end: int) -> bool:
        """Whether a past verb stands before `end` in its sentence, up to 160 characters back
        (not a participle: "is expected to")."""
        return any(found.group(0) not in self.cues.get("past_not_word", ())
                   and found.group(0).lower() not in self.cues.get("future_before", ())
                   and not self._past_not_after.search(text, max(0, found.start() - 12), found.start())
                   and not _SENTENCE_END.search(text, found.end(), end)
                   for found in self._past_verb.finditer(text, max(0, end - 160), end))

    def _read_tense(self, match: re.Match[str]) -> tuple[str | None, int]:
        text, start = match.string, match.start()
        if self.lang != "en" and (target := _SET_FOR.search(text, max(0, start - 30), start)) is not None \
                and not self._weekday_ends_at(text, target.start()):
            # (not "na noite de segunda para terça-feira": the night between two days)
            return "next", target.end()  # "adiada para março", "previsto para el lunes": a date set ahead
        if self.lang == "en" and (governed := _PAST_OF_A_FUTURE.search(text, max(0, start - 160), start)) is not None:
            return "next", governed.end("aux")
        if (called := _CALLED_TO_MEETING.search(text, max(0, start - 100), start)) is not None:
            return "next", called.end()  # "convocou os sindicatos para uma reunião na sexta-feira"
        if (condition := _IF_BEFORE.search(text, max(0, start - 12), start)) is not None \
                and not self._past_verb.search(text, match.end(), match.end() + 30):
            return "next", condition.end()  # "si el lunes no hay pago", "if on Friday the talks fail": ahead
        if (condition := _IF_CLAUSE.search(text, max(0, start - 60), start)) is not None \
                and not self._past_verb.search(text, condition.end(), start) \
                and not self._past_verb.search(text, match.end(), match.end() + 30) \
                and not any(found.group(0).lower() in self.cues.get("past_before", ()) for found in
                            self._tense_words.finditer(text, condition.end(), min(len(text), match.end() + 30))
                            if not (start <= found.start() < match.end())):
            return "next", condition.end()  # "si gana las elecciones de noviembre": a condition ahead
        window = max(0, start - _TENSE_WINDOW)
        last = None
        past = self.cues.get("past_before", ())
        words: list[re.Match[str]] = []
        for found in self._tense_words.finditer(text, window, start):
            if found.group(0)[:1].isupper() and found.start() > 0 \
                    and text[max(0, found.start() - 4):found.start()].rstrip()[-1:] not in _OPENERS:
                continue  # a name: "Irán" is not "irán" (will go)
            if found.group(0) == "May":
                continue  # the month, also opening a sentence: "May and June were dry"
            if found.group(0).lower() in past \
                    and self._past_not_after.search(text, max(0, found.start() - 12), found.start()):
                continue  # a participle: "will be held in February"
            if _SPACES.sub(" ", found.group(0).lower()) in _UP_TO and self._number_next.match(text, found.end()):
                continue  # "intervalos de até 40 minutos": an amount's limit, not the date's
            if found.group(0).lower() == "through" and (_WORD_BETWEEN.search(text, found.end(), start)
                                                        or _PERFECT.search(text, window, found.start())
                                                        or self._past_before(text, found.start())):
                # "tore through the town on Wednesday"; "had fallen 22% this year through Monday";
                # "loaded grain, salt and cargo at the docks through Oct. 31": up to a day gone by
                continue
            if found.group(0).lower() == "due to" and not _DUE_AS_PLAN.search(text, max(0, found.start() - 8),
                                                                                found.end() + 4):
                continue  # "slipped due to fewer working days in September": a cause, no plan
            if found.group(0).lower() in _CONJECTURE and _PARTICIPLE_NEXT.match(text, found.end()):
                continue  # "a rede terá introduzido ... desde março": what reportedly happened
            if self.lang == "en" and found.group(0).lower() in _WARNINGS \
                    and _HAD.search(text, max(0, found.start() - 40), found.start()):
                continue  # "had issued a red warning on Saturday": when it was issued, before
            if self.lang == "en" and found.group(0).lower() in _NOUN_TOO_EN \
                    and _DETERMINER_BEFORE.search(text, max(0, found.start() - 8), found.start()):
                continue  # "kept its forecast unchanged on Thursday": the noun, no future
            if self.lang != "en" and found.group(0).lower() in _NOUN_TOO \
                    and _ARTICLE_BEFORE.search(text, max(0, found.start() - 8), found.start()):
                continue  # "Numa visita a Coimbra na terça-feira": the noun, no future
            last = found
            words.append(found)
        verb = None
        for found in self._past_verb.finditer(text, window, start):
            if found.group(0) not in self.cues.get("past_not_word", ()) \
                    and not self._past_not_after.search(text, max(0, found.start() - 12), found.start()):
                verb = found
        tense = "last"
        if verb is not None and verb.group(0).lower() in _INTENT and _INFINITIVE_NEXT.match(text, verb.end()):
            tense = "next"  # "ameaçou convocar uma greve em junho", "amenazó con cerrar en marzo": what is to come
        if verb is not None and verb.group(0).lower() in _REQUEST \
                and ((that := _REQUEST_THAT.match(text, verb.end())) is not None and that.end() <= start
                     or _DEADLINE_BEFORE.search(text, max(0, start - 16), start) is not None
                     and _CLAUSE_BREAK.search(text, verb.end(), start) is None):
            # "pidió a ambas partes que vuelvan a sentarse antes del fin de semana", "exigió a la
            # empresa un plan antes de marzo": what is asked for
            tense = "next"
        if verb is not None and self.lang == "en" and verb.group(0).lower() in _INTENT_EN \
                and (to_do := _TO_AHEAD_EN.match(text, verb.end())) is not None and to_do.end() <= start \
                and not _PASSIVE_BEFORE.search(text, max(0, verb.start() - 12), verb.start()):
            # (not "were ordered to leave on Wednesday": a past order, its date past)
            tense = "next"  # "urged the House to act before the November election"
        for found in self._future_verbs(text, window, start):
            if (verb is None or found.start() > verb.start()) and not _SENTENCE_END.search(text, found.end(), start):
                # (not another sentence's: "El comité teme que habrá cierre. La fábrica produjo hasta septiembre")
                verb, tense = found, "next"
        future = self.cues.get("future_before", ())
        if verb is not None and tense == "last" and self.lang == "en" and verb.group(0).endswith("ed") \
                and not (verb.group(0).lower() in self.cues.get("said_before", ())
                         and _SUBJECT_BEFORE.search(text, max(0, verb.start() - 30), verb.start())):
            # (not "will lose their jobs after the owner confirmed on Friday": a clause of its own)
            ahead = [w for w in words if w.start() < verb.start() and _SPACES.sub(" ", w.group(0).lower()) in future
                     and not _CLAUSE_BREAK.search(text, w.end(), verb.start())
                     and not _HAVE.search(text, w.end(), verb.start())  # "should have resigned": past
                     # "will strike next month after pay talks collapsed on Monday": a clause of its own
                     and not _SUBORDINATE_EN.search(text, w.end(), verb.start())]
            if ahead:
                verb, tense = ahead[-1], "next"  # "would keep the agencies funded through Sept. 30": a participle
        if verb is not None and (last is None or verb.start() > last.start()):
            if _breaks_before(text, verb.end(), start) \
                    and (tense == "last" or _clause_break(text, verb.end(), start)):
                # (a future goes on into quoted words: 'se normalizará "a más tardar el martes"')
                # The verb is another clause's: the date's own clause may have its verb after it
                # ("La fiscal llegó el miércoles. El presidente, que en enero declaró …").
                return self._read_after(match) if _SENTENCE_END.search(text, verb.end(), start) else (None, -1)
            if tense == "last" and (that := _THAT_BEFORE.search(text, verb.end(), start)) is not None:
                if (told := self._tense_after(match))[0] == "next":
                    return told  # "anunció que el martes llamará": the said clause's own future
                if verb.group(0).lower() in self.cues.get("said_before", ()) and _PRESENT_IS.search(
                        text, that.end(), start) and not self._past_verb.search(text, that.end(), start):
                    # "aseguró que la meta es recuperar el calado antes de diciembre": the said
                    # clause's present, no past
                    return None, -1
            return tense, verb.end()
        if last is None or not _LIMIT_ASIDE.fullmatch(text, last.end(), start) and (
                _clause_break(text, last.end(), start) if self._after_modal(words, last)
                else _breaks_before(text, last.end(), start)):
            if verb is None and last is None:
                told = self._tense_after(match)  # "El domingo el precio de la luz llegará a ..."
                if told[0] is None and self.lang == "en" \
                        and (future_at := self._sentence_future(text, window, start)) is not None:
                    return "next", future_at  # "said it would sell rice at P33 … in 100 stores … from Thursday"
                return told
            if _SENTENCE_END.search(text, max(w.end() for w in (verb, last) if w is not None), start):
                # the words that tell a tense are another sentence's: "… até ao final do ano. Em
                # fevereiro, o vereador tinha classificado …"
                return self._read_after(match)
            return None, -1
        word = _SPACES.sub(" ", last.group(0).lower())
        if word in _UP_TO and verb is not None and tense == "last" and not match.groupdict().get("weekday") \
                and verb.group(0).lower() not in _ANNOUNCED \
                and not _CLAUSE_BREAK.search(text, verb.end(), start) \
                and not _JOINED_VERB_BEFORE.search(text, verb.end(), last.start()) \
                and not any(w.start() > verb.start() and w is not last
                            and _SPACES.sub(" ", w.group(0).lower()) in future for w in words):
            return "last", verb.end()  # "crecieron un 3,1% hasta febrero": up to a month gone by
        if word in _UP_TO and verb is not None and tense == "last" and verb.group(0).lower() in _LASTED \
                and (verb.group(0).lower() not in _PROLONGED or text.startswith("-se", verb.end())
                     or text.endswith("se ", 0, verb.start())) \
                and not _CLAUSE_BREAK.search(text, verb.end(), start):
            return "last", verb.end()  # "a negociação arrastou-se até terça-feira": how long it went on
        if word in _UP_TO and verb is None and not match.groupdict().get("weekday") \
                and any(w.group(0).lower() in past and not _CLAUSE_BREAK.search(text, w.end(), start) for w in words):
            return "last", last.end()  # "as obras estavam concluídas até o fim de julho": a past state
        if word in _UP_TO and (verb is None or tense == "last") and not match.groupdict().get("weekday") \
                and text[match.end() - 1:match.end()] != ".":  # ("até novembro." ends its sentence)
            # (also after another clause's verb: "pode vir em junho, avaliou ele, e o IPCA acumulado até março ficou")
            clause = _CLAUSE_BREAK.search(text, match.end())
            after = self._past_verb.search(text, match.end(), clause.start() if clause else len(text))
            if after is not None and after.group(0) not in self.cues.get("past_not_word", ()):
                return "last", last.end()  # "o IPCA acumulado até novembro ficou em 4,87%": a past verb after
        if word in _UP_TO and (verb is None or tense == "last") and text[match.end() - 1:match.end()] != ".":
            clause = _CLAUSE_BREAK.search(text, match.end())
            if _HAD.search(text, match.end(), clause.start() if clause else len(text)) is not None:
                return "last", last.end()  # "hasta el viernes se habían presentado": up to a day gone by
            if clause is not None and text[clause.start()] == "," \
                    and _OPENS_SENTENCE.search(text, max(0, last.start() - 24), last.start()):
                # "Até quinta-feira, Angola registava 3.147 casos": the clause it opens, in the past
                opened = _CLAUSE_BREAK.search(text, clause.end())
                stop = opened.start() if opened else len(text)
                if _HAD.search(text, clause.end(), stop) is not None or any(
                        found.group(0).lower().endswith(_IMPERFECT) for found in self._past_verb.finditer(
                            text, clause.end(), stop)):
                    return "last", last.end()
        if word in _UP_TO and (had := _HAD.search(text, max(0, last.start() - 60), last.start())) is not None \
                and not _CLAUSE_BREAK.search(text, had.end(), last.start()):
            return "last", last.end()  # "haviam sido vacinadas até sexta-feira": up to a day gone by
        if word in self.cues.get("future_before", ()):
            if _FUTURE_IN_THE_PAST.search(text, max(0, last.start() - 12), last.start()):
                return None, last.end()  # "had been due to reopen on 8 January": the nearest one
            clause = _CLAUSE_BREAK.search(text, match.end())
            if self.lang == "en" and _HAD_NEXT.match(text, match.end(), clause.start() if clause else len(text)):
                return "last", last.end()  # "would ask why a shutdown in June had not included it": its own past
            if word in _MODALS_EN and _HAVE_AFTER.match(text, last.end()) \
                    or word in _CONDITIONALS and _PERFECT_AFTER.match(text, last.end()):
                return "last", last.end()  # "could have died on Monday": a past that might have been
            return "next", last.end()
        if _THAT_BEFORE.search(text, last.end(), start) is not None and (told := self._tense_after(match))[0] == "next":
            return told  # "ha anunciado que el jueves viajará": the said clause's own future
        return "last", last.end()

    def _true_future(self, text: str, at: int) -> bool:
        """Whether the tense word ending at `at` is a future form ("participarán", "will", "vai"),
        not a present that may tell of a plan ("recebem")."""
        word = _LAST_WORD.search(text, max(0, at - 30), at)
        if word is None:
            return False
        low = word.group(1).lower()
        return low in _FUTURE_AUXILIARIES or low in _THREATS or low.endswith(tuple(self.cues.get("future_suffix", ())))

    @staticmethod
    def _after_modal(words: list[re.Match[str]], last: re.Match[str]) -> bool:
        """Whether the tense word `last` is a modal or follows one in its clause ("would begin")."""
        text = last.string
        return any(w.group(0).lower() in _MODALS and not _CLAUSE_BREAK.search(text, w.end(), last.start())
                   for w in words if w.start() <= last.start())

    def _read_after(self, match: re.Match[str]) -> tuple[str | None, int]:
        """`_tense_after` for a date whose clause has no tense word before it, the words before
        being another sentence's; where it ends is `_READ_AFTER`."""
        tense = self._tense_after(match)[0]
        return (tense, _READ_AFTER) if tense is not None else (None, -1)

    def _tense_after(self, match: re.Match[str]) -> tuple[str | None, int]:
        """With no tense word before a date, the first verb of its clause after it: a date that
        opens a sentence ("El domingo el precio llegará", "No sábado a greve terminou")."""
        text, end = match.string, match.end()
        if text[end - 1:end] == ".":
            return None, -1  # "… ending in June." ends its sentence
        clause = _CLAUSE_BREAK.search(text, end)
        if clause is not None and text[clause.start()] == "," \
                and (_OPENS_SENTENCE.search(text, max(0, match.start() - 24), match.start())
                     or clause.start() == end and _SET_OFF_BEFORE.search(text, max(0, match.start() - 24),
                                                                         match.start())
                     and not _ASIDE_GOES_ON.match(text, clause.end())):
            # "En enero, un ataque afectó", "recuerda que, desde el viernes, estará prohibido": the
            # clause it opens
            clause = _CLAUSE_BREAK.search(text, clause.end())
        stop = clause.start() if clause else len(text)
        said, before = self.cues.get("said_before", ()), text[max(0, match.start() - 16):match.start()].split()
        if any(word.lower() in said for word in before[-2:]):
            # "Police said on Friday the suspect will appear", "dijo el viernes que la consulta
            # concluirá": when it was said
            return None, -1
        future = _WILL.search(text, end, stop) if self.lang == "en" \
            else next(self._future_verbs(text, end, stop), None) or _MODAL_CONDITIONAL.search(text, end, stop)
        past = next((v for v in self._past_verb.finditer(text, end, stop)
                     if v.group(0) not in self.cues.get("past_not_word", ())), None)
        # "havia", "fue": a listed past form; in English only in the clause the date opens ("In March,
        # three people died"; "December arabica rose" is a contract's month)
        if self.lang != "en" or text[end:end + 1] == ",":
            word = next((w for w in self._tense_words.finditer(text, end, stop)
                         if w.group(0).lower() in self.cues.get("past_before", ())), None)
            if word is not None and (past is None or word.start() < past.start()):
                past = word
        if self.lang != "en" and future is None:
            # "No sábado, a organização fará um ensaio", "No sábado, o museu abre portas à noite":
            # a short future or a present of plans (not "até", "a partir de": the date's own limit),
            # up to a verb of saying ("Na sexta-feira, o ministro disse que vai viajar": when it was said)
            ahead = self.cues.get("future_before", ())
            told = next((w.start() for w in _WORD.finditer(text, end, stop) if w.group(0).lower() in said), stop)
            future = next((w for w in self._tense_words.finditer(text, end, told)
                           if (cue_word := _SPACES.sub(" ", w.group(0).lower())) in ahead
                           and cue_word not in _UP_TO and not cue_word.startswith("a partir")
                           and w.group(0)[:1].islower()), None)
        if future is not None and (past is None or future.start() < past.start()):
            return "next", -1
        return (None, -1) if past is None else ("last", -1)

    def _sentence_future(self, text: str, window: int, start: int) -> int | None:
        """Where a future word ends that opens the clause of a date further back than the tense
        window, in the same sentence, with no past verb or clause break after it (commas aside);
        None if there is none. (English only: Portuguese and Spanish participles, "promessa feita
        no dia 30", are no past verbs to the pattern.)"""
        opening = max(text.rfind(". ", 0, window), text.rfind("\n", 0, window), -1) + 1
        future = self.cues.get("future_before", ())
        found = [w for w in self._tense_words.finditer(text, opening, window)
                 if _SPACES.sub(" ", w.group(0).lower()) in future and w.group(0)[:1].islower()]
        if not found:
            return None
        at = found[-1].end()
        not_verbs, said = self.cues.get("past_not_word", ()), self.cues.get("said_before", ())
        if _STRONG_BREAK.search(text, at, start) \
                or any(v.group(0) not in not_verbs for v in self._past_verb.finditer(text, at, start)) \
                or any(word.lower().strip(",") in said for word in text[at:start].split()):
            return None  # ("will receive … by the end of October, the minister said on Tuesday")
        return at

    def _future_verbs(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """`_future_verb.finditer(text, pos, endpos)` but for a plural conditional before a
        participle; not run where none of its verb endings is written ("rá", "rão"; most
        clauses, and every English one)."""
        if not any(text.find(ending, pos, endpos) != -1 for ending in self._future_endings):
            return iter(())
        # (not a conditional perfect: "habrían llegado en octubre", "teriam chegado" tell a past)
        return (found for found in self._future_verb.finditer(text, pos, endpos)
                if not (found.group(0).lower().endswith(_CONDITIONAL_ENDINGS)
                        and _PARTICIPLE_NEXT.match(text, found.end())))

    def _in_proper_name(self, match: re.Match[str], row: dict[str, str]) -> bool:
        """A capitalised month after or before a capitalised word is a name: "Rio de Janeiro",
        "Julio César Vargas" (where months are written in lower case)."""
        if row.get("cased") == "1" or not match.group("month")[:1].isupper():
            return False
        window = match.string[max(0, match.start() - 30): match.start()]
        previous = _WORD_BEFORE.search(window)
        after_prep = previous is not None and previous.group(1).lower() in self.cues.get("prep", set())
        if _CAPITALISED_NEXT.match(match.string, match.end("month")):
            return not after_prep  # "el cabecilla Julio César", not "Em Maio Portugal cresceu"
        return previous is not None and previous.group(1)[:1].isupper() and not after_prep

    def _cased_ok(self, table: dict[str, dict[str, str]], written: str) -> bool:
        row = table[_SPACES.sub(" ", written.lower())]
        return row.get("cased") != "1" or written[:1].isupper()

    # Builders return (span or None, value, precision, interval, relative), or None to skip.

    def _numeric(self, match: re.Match[str], ref: date | None) -> Built | None:
        groups = match.groupdict()
        year = int(groups["year"]) if groups.get("year") else full_year(int(groups["yy"]), ref)
        if groups.get("mon"):
            month, day = int(groups["mon"]), int(groups["day"])
        else:
            a, b = int(groups["a"]), int(groups["b"])
            month, day = (a, b) if self.lang == "en" else (b, a)
            if month > 12:
                month, day = day, month
        found = safe_date(year, month, day)
        if found is None:
            return None
        return None, found.isoformat(), "day", (found, found), False

    def _day_month_numeric(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"21/11", "31/08": two-digit parts, or a weekday or "dia" before ("quarta-feira, 5/7")."""
        a, b = match.group("a"), match.group("b")
        day, month = (int(b), int(a)) if self.lang == "en" else (int(a), int(b))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        window = match.string[max(0, match.start() - 25): match.start()]
        if (len(a) < 2 or len(b) < 2) and not self._weekday_before.search(window):
            return None
        return self._resolve_day(match, month, day, ref, None)

    def _day_month(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("month")
        row = self.months[written.lower()]
        if not self._cased_ok(self.months, written):
            return None
        month, day = int(row["month"]), int(match.group("day"))
        span = None
        if not match.group("year") and match.end() == match.end("month") + 1 \
                and row["standalone"] != "no" and not match.group("wdparen"):
            span = (match.start(), match.end("month"))  # "26 de março." ends a sentence
        if row["standalone"] == "no" and not match.group("year") and self.lang != "en" \
                and written.lower() not in _PLAIN_ABBREVIATIONS and match.end() == match.end("month") \
                and not _DATELINE_AFTER.match(match.string, match.end()):
            # "10 set", "3 mar": abbreviations are words too unless a year, their dot or a
            # dateline's agency follows ("Lima, 28 jun (EFE)"), or they are no word ("17 oct").
            return None
        if match.group("year"):
            found = safe_date(int(match.group("year")), month, day)
            if found is None:
                return None
            return None, found.isoformat(), "day", (found, found), False
        window = match.string[max(0, match.start() - 30): match.start()]
        if not match.group("wdprefix") and self._named_day.search(window):
            # "Rua 25 de Março", "o 25 de Abril": a street or an event, not this year's day
            # ("na sexta-feira, 10 de outubro" is a day)
            return None
        if self.lang == "es" and written[:1].isupper() and _NAME_WORD_BEFORE.search(window):
            return None  # "la Cooperativa de Transporte 20 de Mayo": Spanish writes a month's day in lower case
        return self._resolve_day(match, month, day, ref, span)

    def _day_word(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"cinco de maio de 1937", "primeiro de maio": a day in words (lower case, or before
        a year: "Sete de Setembro" is a name)."""
        written, month_written = match.group("dayw"), match.group("month")
        if not written.islower() and not match.group("year") or not self._cased_ok(self.months, month_written):
            return None
        day = self.day_words[_SPACES.sub(" ", written.lower())]
        row = self.months[month_written.lower()]
        month = int(row["month"])
        if match.group("year"):
            found = safe_date(int(match.group("year")), month, day)
            return None if found is None else (None, found.isoformat(), "day", (found, found), False)
        if row["standalone"] == "no" or self._named_day.search(match.string, max(0, match.start() - 30),
                                                                  match.start()):
            return None
        span = (match.start(), match.end("month")) if match.end() == match.end("month") + 1 else None
        return self._resolve_day(match, month, day, ref, span)

    def _resolve_day(self, match: re.Match[str], month: int, day: int, ref: date | None,
                     span: tuple[int, int] | None) -> Built | None:
        """Day and month without a year: the year whose date is closest to `ref`; the next such
        day in a clause in the future ("las elecciones serán el 16 de noviembre"), the last one
        right after a past verb ("fueron el 16 de marzo"). A past verb further off does not move
        it: "convocó una huelga para el 30 de octubre" names a day to come. A year written after
        "em/en/in" earlier in the sentence is the day's ("Em 2023, … em 14 de janeiro")."""
        if not 1 <= day <= 31:
            return None
        if _HYPHENED_WORD.match(match.string, match.end()):
            return None  # "the August 24-Month Study": the number is a word's, no day
        if ref is None:
            return span, f"XXXX-{month:02d}-{day:02d}", "day", None, True
        if (in_year := self._in_year_before(match.string, match.start())) is not None \
                and (found := safe_date(in_year, month, day)) is not None:
            # "Em 2023, uma chuva de granizo em 14 de janeiro destruiu": that year's
            return span, found.isoformat(), "day", (found, found), True
        if (owned := _YEAR_OWNED.search(match.string, max(0, match.start() - 100), match.start())) is not None \
                and (found := safe_date(ref.year + (-1 if owned.group("last") else 1), month, day)) is not None:
            return span, found.isoformat(), "day", (found, found), True  # "Next year's festival is on October 9"
        tense, at = self._tense_word(match)
        interval = nearest_day(ref, month, day, same_year=tense != "last")
        if interval is None:
            return None
        # "desde 18 de Setembro passado", "el pasado 14 de octubre", "no passado dia 3 de março"
        passed = _PAST_AFTER.match(match.string, match.end()) is not None \
            or self._last_day_before.search(match.string, max(0, match.start() - 24), match.start()) is not None \
            or self._incident_day_before.search(match.string, max(0, match.start() - 40), match.start()) is not None
        if not passed and self._next_date_before.search(match.string, max(0, match.start() - 24), match.start()):
            # "el próximo 15 de marzo", "no próximo dia 3 de março": the next one, whatever the verb
            if interval[0] < ref and (found := safe_date(interval[0].year + 1, month, day)) is not None:
                interval = (found, found)
            return span, interval[0].isoformat(), "day", interval, True
        if passed:
            tense = "last"
        elif (tense is None or tense == "last" and at == _READ_AFTER) and interval[0] > ref \
                and self._tense_after(match)[0] == "last":
            passed, tense = True, "last"  # "na noite de 15 de agosto havia 43 incêndios": a past verb after it
        limit = at > 0 and match.string[max(0, at - 8):at].lower().split()[-1:] in ([w] for w in _UP_TO)
        if tense == "last" and not passed and limit and interval[0] > ref \
                and (interval[0] - ref).days <= _NEAR_LIMIT_DAYS:
            # "fueron suspendidas hasta el 21 de marzo", three days after the story: a state that
            # lasts until a day to come, not last year's
            return span, interval[0].isoformat(), "day", interval, True
        if tense == "next" and interval[0] < ref and (ref - interval[0]).days > _RECENT_DAYS \
                and not _BACKDATED.search(match.string, max(0, match.start() - 40), match.start()) \
                or tense == "last" and interval[0] > ref \
                and (passed or _CLOSE_PAST.fullmatch(match.string, at, match.start())
                     or at < 0 and _OPENS_SENTENCE.search(match.string, max(0, match.start() - 24), match.start())
                     and self._tense_after(match)[0] == "last"):  # "El 3 de febrero, un conato obligó"
            found = safe_date(interval[0].year + (1 if tense == "next" else -1), month, day)
            if found is not None:
                interval = (found, found)
        return span, interval[0].isoformat(), "day", interval, True

    def _day_of_month_word(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"dia 8 deste mês", "el 20 del mes pasado", "the 3rd of next month": that day of the
        month the phrase names."""
        day = int(match.group("day"))
        if not 1 <= day <= 31:
            return None
        offset = int(self.words[_SPACES.sub(" ", match.group("mword").lower())]["offset"])
        if ref is None:
            if match.group("dfirst") is not None:
                return None
            return None, f"XXXX-XX-{day:02d}", "day", None, True
        year, month = shift_month(ref.year, ref.month, offset)
        found = safe_date(year, month, day)
        if found is None:
            return None
        if (first_day := match.group("dfirst")) is not None:
            first = safe_date(year, month, int(first_day))
            if first is None or first >= found:
                return None
            return None, f"{first.isoformat()}/{found.isoformat()}", "day", (first, found), True
        return None, found.isoformat(), "day", (found, found), True

    def _day_alone(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"dia 20", "no próximo dia 26": the day of the month nearest to `ref`."""
        day = int(match.group("day"))
        span = (match.start("day"), match.end("day"))
        if not 1 <= day <= 31:
            return None
        if (count := _DAY_OF_A_SPELL.match(match.string, match.end("day"))) is not None \
                and count.group(1).lower() not in self.months and count.group(1) not in _PARTS_OF_DAY:
            return None  # "a partir del día 15 de paralización", "no dia 10 de greve": a count of days
        if ref is None:
            return span, f"XXXX-XX-{day:02d}", "day", None, True
        if (named := _MONTH_THEN_DAY.search(match.string, max(0, match.start("day") - 40), match.start("day"))) \
                is not None and named.group(1).lower() in self.months:
            # "em outubro, no dia 6": that month's day, in the year nearest the story
            month = int(self.months[named.group(1).lower()]["month"])
            found = safe_date(nearest_month_year(ref, month), month, day)
            if found is not None:
                return span, found.isoformat(), "day", (found, found), True
        window = match.string[max(0, match.start() - 24):match.start()]
        tense, at = self._tense_word(match)
        behind = self._last_day_before.search(window) is not None \
            or (tense == "last" and _CLOSE_PAST.fullmatch(match.string, at, match.start()) is not None)
        ahead = not behind and (self._next_day_before.search(window) is not None or tense == "next")
        options = []
        for offset in (-1, 0, 1):
            year, month = shift_month(ref.year, ref.month, offset)
            found = safe_date(year, month, day)
            # "até o próximo dia 5": the coming 5th; "no último dia 3": the last one.
            if found and not (ahead and found < ref) and not (behind and found > ref):
                options.append((abs((found - ref).days), found > ref, found))
        if not options:
            return None
        found = min(options)[2]
        return span, found.isoformat(), "day", (found, found), True

    def _day_range(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"de 10 a 18 de setembro", "June 10-18" -> one interval at day precision; "4 e 5 de
        maio" lists two days -> the first, in the second's month and year (the second is a
        date of its own)."""
        written, join = match.group("month"), match.group("join")
        if not self._cased_ok(self.months, written):
            return None
        month = int(self.months[written.lower()]["month"])
        first, last = int(match.group("d1")), int(match.group("d2"))
        # ("19 y el 26 de marzo": a list, each day with its article)
        words = _SPACES.sub(" ", join.strip().lower()).split(" ") if join else []
        listed = bool(join) and not match.group("open") and (
            join.lower() in self.cues.get("list_join", ())
            or len(words) == 2 and words[0] in self.cues.get("list_join", ()) and words[1] in ("el", "o", "the"))
        if not (1 <= first <= 31 if listed else 1 <= first < last <= 31):
            return None
        if listed:
            span: tuple[int, int] | None = (match.start("d1"), match.end("d1"))
        else:
            # "de 10 a 18 de setembro" leaves its "de" out; "from October 5-8" keeps its month
            span = (min(match.start("d1"), match.start("month")), match.end()) \
                if match.group("open") and not join else None
            if not match.group("year") and match.end() == match.end("month") + 1:
                # "de 10 a 18 de setembro." ends a sentence: the dot is not an abbreviation's
                span = ((span or match.span())[0], match.end("month"))
        if match.group("year"):
            year = int(match.group("year"))
        elif ref is None:
            value = f"XXXX-{month:02d}-{first:02d}"
            return span, value if listed else f"{value}/XXXX-{month:02d}-{last:02d}", "day", None, True
        elif (owned := _YEAR_OWNED.search(match.string, max(0, match.start() - 100), match.start())) is not None:
            year = ref.year + (-1 if owned.group("last") else 1)  # "Next year's festival is on October 9 to 12"
        else:
            year = nearest_month_year(ref, month)
            # "se celebrará del 19 al 26 de abril" in May: next April; "fueron del 3 al 5 de
            # diciembre" in November: last December
            tense, at = self._tense_word(match)
            start = safe_date(year, month, first)
            end = safe_date(year, month, first if listed else last)
            if listed:
                pass  # (the listed day goes by the last one's year: "10 and 11 December")
            elif tense == "next" and end is not None and end < ref and (ref - end).days > _RECENT_DAYS:
                year += 1
            elif tense == "last" and start is not None and start > ref \
                    and _CLOSE_PAST.fullmatch(match.string, at, match.start()):
                year -= 1
        start, end = safe_date(year, month, first), safe_date(year, month, first if listed else last)
        if start is None or end is None:
            return None
        value = start.isoformat() if listed else f"{start.isoformat()}/{end.isoformat()}"
        return span, value, "day", (start, end), not match.group("year")

    def _month_range(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"entre junho e agosto", "de março a maio de 2024" -> one interval at month precision."""
        first_written, last_written = match.group("m1"), match.group("month")
        rows = [self.months[_SPACES.sub(" ", w.lower())] for w in (first_written, last_written)]
        if not all(self._cased_ok(self.months, w) for w in (first_written, last_written)):
            return None
        if not match.group("year") and any(row["standalone"] == "no" for row in rows):
            return None
        first, last = int(rows[0]["month"]), int(rows[1]["month"])
        if first == last:
            return None
        if match.group("open").lower() in _FROM_OPENERS and (match.group("join") or "").lower() in _AND_JOINS \
                and not _BETWEEN_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
            # "seguido de julio y septiembre": two months, "de … y" opens no range ("entre o fim
            # de março e abril" does)
            return None
        opening = None if match.group("year") else _OPENING_YEAR.search(match.string, max(0, match.start() - 160),
                                                                         match.start())
        if match.group("year"):
            year = int(match.group("year"))
        elif opening is not None:
            year = int(opening.group(1)) + (first > last)  # "Durante la sequía de 2023, entre mayo y agosto"
        elif ref is None:
            return None, f"XXXX-{first:02d}/XXXX-{last:02d}", "month", None, True
        else:
            tense = self._tense(match)
            if tense == "next" and ((first <= ref.month < last) if first < last
                                    else (ref.month >= first or ref.month < last)):
                # "vai contratar safristas entre julho e setembro" in August: the range under way
                # (not in its last month: "entre noviembre y febrero seguirá" in February looks on)
                year = ref.year + (first > last and ref.month >= first)
            elif tense == "next":  # "terá uma quota entre abril e outubro": the coming April
                year = (ref.year if first >= ref.month else ref.year + 1) + (first > last)
            elif tense == "last":  # "burned between October and February": the last February
                year = ref.year if last <= ref.month else ref.year - 1
            else:
                year = nearest_month_year(ref, last)
        start_year = year - 1 if first > last else year
        interval = (month_interval(start_year, first)[0], month_interval(year, last)[1])
        return (None, f"{start_year}-{first:02d}/{year}-{last:02d}", "month", interval,
                not match.group("year"))

    def _month_year(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("month")
        if not self._cased_ok(self.months, written):
            return None
        row = self.months[written.lower()]
        month = int(row["month"])
        if row.get("standalone") == "no" and row.get("cased") != "1" and written[:1].isupper() \
                and match.string[match.end("month"):match.end("month") + 1] != "." \
                and (previous := _WORD_BEFORE.search(match.string[max(0, match.start() - 30):match.start()])) \
                is not None and (previous.group(1).islower() and previous.group(1) not in _FUNCTION_WORDS
                                 and previous.group(1) not in self.cues.get("prep", set())
                                 # "através do Programa Mar 2030": after a name's capitalised word
                                 or previous.group(1)[:1].isupper() and previous.group(1).lower() not in self.months
                                 and _after_word(match.string, max(0, match.start() - 30) + previous.start())):
            return None  # "o programa Mar 2030": a capitalised short month after a common noun names it
        if match.group("yy2") and not match.group("yq") and not self._short_year_ends(
                match.string, match.end()):
            return None  # "Maio de 68" and "May of '68" are 1968-05; "maio de 30 dias" is not
        short = match.group("yy") or match.group("yy2")
        year = int(match.group("year")) if match.group("year") else full_year(int(short), ref)
        return None, f"{year}-{month:02d}", "month", month_interval(year, month), False

    def _direction(self, match: re.Match[str]) -> str | None:
        """'last', 'next', 'this' or None from the deictic words around a name."""
        for group in ("before", "after"):
            words = match.group(group)
            if not words:
                continue
            words = _SPACES.sub(" ", words.lower())
            if words in self.cues.get("year_next_after", ()):
                return "next_year"  # "February next year": the month of the coming year
            for role in ("year_last_after", "last_before", "last_after", "next_before",
                         "next_after", "this_before"):
                if words in self.cues.get(role, ()):
                    return role.split("_")[0].replace("year", "last")
        return None

    def _recent(self, match: re.Match[str]) -> bool:
        """The deictic words say the latest such month ("último", "el pasado mes de"), not last year's."""
        recent = self.cues.get("recent_month", ())
        return any(_SPACES.sub(" ", words.lower()) in recent
                   for words in (match.group("before"), match.group("after")) if words)

    def _month_alone(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("month")
        row = self.months[written.lower()]
        direction = self._direction(match)
        if not self._cased_ok(self.months, written) or row["standalone"] == "no":
            return None
        if direction is None and row["standalone"] == "context" and not self._has_prep(match) \
                and not self._after_another_month(match):
            return None  # ("in April and May": listed after a month, as "in May" is after "in")
        if direction is None and self._in_proper_name(match, row):
            return None
        if direction is None and _POSSESSIVE_BEFORE.search(match.string, max(0, match.start() - 6), match.start()):
            return None  # "los vendedores hicieron su agosto": an idiom, no month
        if direction is None and written[:1].isupper() \
                and _NICKNAME_BEFORE.search(match.string, max(0, match.start() - 5), match.start()):
            return None  # 'Ismael "El Mayo" Zambada': a nickname
        if direction is None and written[:1].isupper() \
                and _PLACE_NOUN_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
            return None  # "na ilha do Maio", "la calle Mayo": a place named after the month
        if _DAY_BEFORE.search(match.string[max(0, match.start() - 12): match.start()]):
            return None  # the day before it was refused ("Rua 25 de Março")
        month = int(row["month"])
        if direction in ("last", "next") and match.group("before") and match.group("after"):
            return None
        # The optional abbreviation dot is a full stop after a full month name.
        span = None if match.group("after") else (match.start(), match.end("month"))
        if ref is None:
            return span, f"XXXX-{month:02d}", "month", None, True
        if direction is None and ref is not None and (said := _YEAR_SAID_BEFORE.search(
                match.string, max(0, match.start() - 30), match.start())) is not None:
            # "last year in March", "no ano passado, em março": the month of the year just named
            year = ref.year + (-1 if said.group("last") else 1 if said.group("next") else 0)
            return span, f"{year}-{month:02d}", "month", month_interval(year, month), True
        if direction is None and ref is not None and self._prep_word(match) not in _DEADLINES \
                and (said := _OPENING_NEAR_YEAR.search(match.string, max(0, match.start() - 160),
                                                       match.start())) is not None:
            # (not "Last year, the court directed the government to prepare a plan by March": a
            # deadline may fall in the year after)
            year = ref.year + (-1 if said.group("last") else 1)
            return span, f"{year}-{month:02d}", "month", month_interval(year, month), True
        if direction is None and ((year_when := _YEAR_WHEN.search(match.string, max(0, match.start() - 90),
                                                                   match.start())) is not None
                                  or (year_when := _OPENING_YEAR.search(match.string, max(0, match.start() - 160),
                                                                        match.start())) is not None):
            year = int(year_when.group(1))  # "went on strike in 2023, when walkouts in April": that year's
            return span, f"{year}-{month:02d}", "month", month_interval(year, month), True
        if direction is None and (event := _EVENT_YEAR.search(match.string, max(0, match.start() - 160),
                                                              match.start())) is not None:
            year = int(event.group(1) or event.group(2))  # "A feira de 2023 decorreu em setembro"
            return span, f"{year}-{month:02d}", "month", month_interval(year, month), True
        if direction is None and (in_year := self._in_year_before(match.string, match.start())) is not None:
            # "En 2022 la cofradía cerró los bancos en julio": July of the year its sentence names
            return span, f"{in_year}-{month:02d}", "month", month_interval(in_year, month), True
        tense, at = self._tense_word(match) if direction is None else (None, -1)
        if direction is None and self._said_at.search(match.string, max(0, match.start() - 40), match.start()):
            tense = "last"  # "said in March that", "told reporters in March": when it was said
        if direction is None and (tense is None or at < 0) \
                and (done := self._done_in.search(match.string, max(0, match.start() - 30), match.start())) \
                and (tense is None or match.string[max(0, done.start() - 2):done.start()].strip() == ","
                     and match.string[match.end():match.end() + 1] == ","):
            # "a obra, iniciada em fevereiro,": a participle of what was done then; set off by
            # commas, whatever the tense after it ("iniciada em março, deverá estar concluída em
            # dezembro"; not "una helada en enero podría recortar la cosecha")
            tense = "last"
        if tense == "next" and self._prep_word(match) in self.cues.get("since_before", ()) \
                and (at == -1 or not self._true_future(match.string, at)
                     or ref is not None and (ref.month - month) % 12 < (month - ref.month) % 12
                     and match.string[max(0, at - 7):at].lower().split()[-1:] in _COPULA_AHEAD):
            # ("será la tercera parada desde enero", in April: what it will be, counted since the
            # nearer January, gone by; "subirá desde septiembre" is from the coming one)
            # "abierta desde junio y seguirá abierta", "não recebem desde outubro": since a month
            # gone by; "participarán desde marzo" is from the coming one
            tense = None
        if direction == "last" and self._recent(match):
            # "julho último", "el pasado mes de marzo": the latest such month, this year's if gone by
            year = ref.year if month < ref.month else ref.year - 1
        elif direction == "last":
            year = ref.year - 1
        elif direction == "next_year":
            year = ref.year + 1
        elif direction == "next":  # "el próximo octubre" in April is this year's October
            year = ref.year if month > ref.month else ref.year + 1
        elif tense == "next":  # "will meet in May": the coming May (this month's included)
            year = ref.year if month >= ref.month else ref.year + 1
        elif tense == "last" or (tense is None and self._prep_word(match) in self.cues.get("since_before", ())):
            # "had requested in May", "desde setembro": the last May (this month's included)
            year = ref.year if month <= ref.month else ref.year - 1
        else:
            year = nearest_month_year(ref, month)
            if (year, month) > (ref.year, ref.month) and direction is None and tense is None \
                    and self._past_in_sentence(match.string, match.start()):
                # "Inflation eased to 20% in August, down from 25% in March": a month of the
                # sentence's past, not the coming one
                year -= 1
        return span, f"{year}-{month:02d}", "month", month_interval(year, month), True

    def _after_another_month(self, match: re.Match[str]) -> bool:
        """Whether the month alone at `match` is listed right after another: "April and May"."""
        before = _MONTH_LISTED_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
        return before is not None and _SPACES.sub(" ", before.group(1).lower()) in self.months

    def _in_year_before(self, text: str, start: int) -> int | None:
        """The year written after "en/em/in/during" earlier in the sentence of `start`, with no
        other year, aside end or verb that looks ahead between: a month or a half there is of
        that year ("En 2022 la cofradía cerró los bancos en julio", "recaudó … en 2024 … durante
        el primer semestre"; not "—quien asumió la cartera en 2022— dijo que el plan se
        presentará en marzo")."""
        lo = max(0, start - 120)
        window = text[lo:start]
        if _SINCE_BEFORE.search(window) and _PERFECT_AUX.search(text, max(0, start - 60), start + 80):
            return None  # "declarado en 1984, ha recibido desde el 1 de enero": counted up to now
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        said = list(_IN_YEAR.finditer(window, cut))
        if not said or _ANY_YEAR.search(window, said[-1].end()) or _ASIDE_CLOSE.search(window, said[-1].end()):
            return None
        if "," in window[said[-1].end():] and _RELATIVE_OPEN.search(window, cut, said[-1].start()):
            return None  # the year of a relative clause that has ended: another event's
        at = lo + said[-1].end()
        future = self.cues.get("future_before", ())
        if any(True for _ in self._future_verbs(text, at, start)) or any(
                _SPACES.sub(" ", found.group(0).lower()) in future
                for found in self._tense_words.finditer(text, at, start)):
            return None
        return int(said[-1].group(1))

    def _past_in_sentence(self, text: str, start: int) -> bool:
        """Whether the sentence before `start` has a past verb and nothing that looks ahead."""
        opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
                      default=max(0, start - 200))
        if any(True for _ in self._future_verbs(text, opening, start)) \
                or any(_SPACES.sub(" ", found.group(0).lower()) in self.cues.get("future_before", ())
                       for found in self._tense_words.finditer(text, opening, start)):
            return False
        past = self.cues.get("past_before", ())
        ends = [found.end() for found in self._past_verb.finditer(text, opening, start)
                if found.group(0) not in self.cues.get("past_not_word", ())]
        ends += [found.end() for found in self._tense_words.finditer(text, opening, start)
                 if found.group(0).lower() in past]
        # (not a said clause of its own: "aseguró que la meta es terminar antes de diciembre")
        return bool(ends) and _CLAUSE_OPENER.search(text, max(ends), start) is None

    def _weekday(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("weekday")
        row = self.weekdays[_SPACES.sub(" ", written.lower())]
        if not self._cased_ok(self.weekdays, written):
            return None
        if written[:1].isupper() and _SAINT_BEFORE.search(match.string, max(0, match.start() - 7), match.start()):
            return None  # "Santo Domingo", "SANTO DOMINGO": the city
        if self.lang != "en" and len(written) > 4 and written.isupper() \
                and _TO_PUBLICATION.search(match.string, max(0, match.start() - 20), match.start()):
            return None  # "em declarações à SÁBADO": a magazine writes its own name in capitals
        if self.lang == "pt" and written.lower() == "quinta" and match.end() == match.end("weekday") \
                and _ESTATE_AFTER.match(match.string, match.end()):
            return None  # "na Quinta do Crasto", "na quinta da família": an estate, not Thursday
        if self.lang != "en" and self._weekly(match):
            return None  # "de segunda a sábado", "de lunes a viernes": every week, no date
        if self.lang == "en" and not match.group("before") and not self._has_prep(match) \
                and _NAME_OPENS.search(match.string, max(0, match.start() - 20), match.start()) \
                and (name := _CAPITALISED_WORD_NEXT.match(match.string, match.end())) is not None \
                and name.group(1).lower() not in self.months and name.group(1).lower() not in _PARTS_OF_DAY:
            return None  # "Comrade Sunday Okpanachi", "the Sunday Times": a name
        if self.lang != "en" and written[:1].isupper() and not written.isupper() and not match.group("before") \
                and not _NAME_OPENS.search(match.string, max(0, match.start() - 20), match.start()) \
                and (name := _CAPITALISED_WORD_NEXT.match(match.string, match.end())) is not None \
                and name.group(1).lower() not in self.months:
            return None  # "el intendente Domingo Arrieta": a given name (weekdays are lowercase here)
        if _EVERY_WEEKDAY.search(match.string, max(0, match.start() - 12), match.start()) \
                and not match.group("before"):
            return None  # "películas por 2 euros los martes": every Tuesday, no date
        if self.lang == "pt" and not match.group("before") \
                and _EVERY_WEEKDAY_PT.search(match.string, max(0, match.start() - 8), match.start()):
            return None  # "passou a abrir ao sábado": every Saturday
        if (listed := _EVERY_WEEKDAY_LIST.search(match.string, max(0, match.start() - 40), match.start())) \
                and listed.group(1).lower() in self.weekdays and not match.group("before"):
            return None  # "abre los lunes y viernes": every Friday too
        if ref is not None and self.lang != "en" and not match.group("pday") \
                and (week := _WEEK_AFTER_ROMANCE.match(match.string, match.end())) is not None \
                and (not week.group("pair") or _SPACES.sub(" ", week.group("pair").split()[-1].lower())
                     in self.weekdays):
            word = _SPACES.sub(" ", (week.group("after") or week.group("before")).lower())
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=_ROMANCE_WEEK_OFFSETS[word])
            that_day = monday + timedelta(days=int(row["weekday"]))
            end = match.end() if week.group("pair") else week.end()  # the second weekday takes the week's words
            return (match.start(), end), that_day.isoformat(), "day", (that_day, that_day), True
        if ref is not None and self.lang == "en" and (week := _WEEK_AFTER.match(match.string, match.end())):
            # "from Wednesday next week": that week's Wednesday, one mention with its week
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=_WEEK_OFFSETS[week.group(1).lower()])
            that_day = monday + timedelta(days=int(row["weekday"]))
            return (match.start(), week.end()), that_day.isoformat(), "day", (that_day, that_day), True
        direction = self._direction(match)
        if not match.group("pday") and (dated := _DAY_AFTER_WEEKDAY.match(match.string, match.end())) is not None \
                and dated.group("month").lower() in self.months:
            return None  # "el próximo jueves 8 de mayo": the day and month say which Thursday
        if self.lang == "en" and direction is None and not match.group("pday") and not self._has_prep(match) \
                and _ING_NOUN_AFTER.match(match.string, match.end()):
            return None  # "make Sunday working part of the week", "Sunday trading laws": a kind of day
        # "(27)", ", 27,", "dia 27"; and "el sábado 27 y el domingo 28 de abril": a listed day
        pinned = match.group("pday") or match.group("cday") or match.group("dday") or match.group("bday") \
            or match.group("nday")
        pday = int(pinned) if pinned else None
        if (row["standalone"] != "yes" and direction is None and pday is None
                and not self._has_prep(match) and not self._weekday_follows(match.string, match.end())):
            return None
        if row["standalone"] != "yes" and direction is None and pday is None \
                and self._noun_follows(match.string, match.end()):
            return None  # "na segunda metade", "na quinta edição": an ordinal
        if ref is None:
            day = f"{pday:02d}" if pday and 1 <= pday <= 31 else "XX"
            return None, f"XXXX-XX-{day}", "day", None, True
        weekday = int(row["weekday"])
        if pday is not None and (pmonth := match.group("pmonth")) and 1 <= int(pmonth) <= 12:
            # "até sexta-feira (26/9)": the day and month in brackets, in the year nearest the story
            try:
                given = date(nearest_month_year(ref, int(pmonth)), int(pmonth), pday)
            except ValueError:
                given = None
            if given is not None:
                return None, given.isoformat(), "day", (given, given), True
        if pday is None and direction is None \
                and (deictic := self._deictic_before.search(match.string, max(0, match.start() - 30),
                                                            match.start())):
            said = ref + timedelta(days=int(self.words[_SPACES.sub(" ", deictic.group(1).lower())]["offset"]))
            if said.weekday() == weekday:
                return None, said.isoformat(), "day", (said, said), True  # "para amanhã, quarta-feira": that day
        if pday is None and direction is None and self._in_next_week(match) and not self._said_right_before(match):
            # "la semana que viene vuelve la inestabilidad, con chubascos a partir del miércoles"
            next_week = ref + timedelta(days=7 - ref.weekday() + weekday)
            return None, next_week.isoformat(), "day", (next_week, next_week), True
        if pday is None and direction in (None, "this") and (
                self._tense(match) == "next" and self._prep_word(match) not in self.cues.get("since_before", ())
                or (set_for := _FOR_BEFORE.search(match.string, max(0, match.start() - 12), match.start())) is not None
                and not self._weekday_ends_at(match.string, set_for.start())
                or self.lang == "en" and _SCHEDULED_BEFORE.search(match.string, max(0, match.start() - 16),
                                                                  match.start()) is not None
                or self._tense(match) is None
                and _BEFORE_DEADLINE.search(match.string, max(0, match.start() - 12), match.start()) is not None
                or _FUTURE_AFTER.match(match.string, match.end()) is not None):
            # "will broadcast on Sunday", "activó el aviso para este miércoles": the coming one (today's included)
            coming = ref + timedelta(days=(weekday - ref.weekday()) % 7)
            return None, coming.isoformat(), "day", (coming, coming), True
        if pday is None and direction == "this" and self._tense(match) != "last" \
                and not self._said_right_before(match):
            # "as ações sobem nesta sexta-feira" on a Thursday: the Friday of this week (Monday to
            # Saturday; around a Sunday, the nearer one)
            ahead, back = (weekday - ref.weekday()) % 7, (ref.weekday() - weekday) % 7
            this_week = weekday > ref.weekday() if 6 not in (weekday, ref.weekday()) else ahead < back
            this = ref + timedelta(days=ahead) if this_week else ref - timedelta(days=back)
            return None, this.isoformat(), "day", (this, this), True
        found = resolve_weekday(ref, weekday, direction, pday)
        if found is None:
            return None
        return None, found.isoformat(), "day", (found, found), True

    def _weekday_ends_at(self, text: str, at: int) -> bool:
        """Whether a weekday ends right before `at` ("na noite de segunda para terça-feira":
        the night between two days, no day set ahead)."""
        before = _WORD_BEFORE_PARA.search(text, max(0, at - 20), at)
        return before is not None and before.group(1).lower() in self.weekdays

    def _weekly(self, match: re.Match[str]) -> bool:
        """Whether the weekday opens or closes a working week with bare "de … a …", no article
        nor day number: "de segunda a sábado", "de lunes a viernes" (five days or more: "de
        quinta a domingo" may well be one weekend's)."""
        text, start, end = match.string, match.start(), match.end()
        if match.group("pday"):
            return False
        first = last = ""
        if _BARE_FROM.search(text, max(0, start - 4), start) and (after := _BARE_TO.match(text, end)) is not None:
            following = _WORD_AT.match(text, after.end())
            first, last = match.group("weekday"), following.group(0) if following else ""
        elif (before := _WEEKLY_BEFORE.search(text, max(0, start - 30), start)) is not None:
            first, last = before.group("first"), match.group("weekday")
        days = [self.weekdays.get(_SPACES.sub(" ", word.lower())) for word in (first, last)]
        return days[0] is not None and days[1] is not None \
            and (int(days[1]["weekday"]) - int(days[0]["weekday"])) % 7 >= 4

    def _said_right_before(self, match: re.Match[str]) -> bool:
        """A past verb of saying right before the date: "disse nesta segunda-feira"."""
        before = match.string[max(0, match.start() - 16):match.start()].split()
        return bool(before) and before[-1].lower() in self.cues.get("said_before", ())

    def _deictic(self, match: re.Match[str], ref: date | None) -> Built | None:
        phrase = _SPACES.sub(" ", match.group("phrase").lower())
        row = self.words[phrase]
        blocker = self.not_after.get(phrase)
        if blocker and blocker.search(match.string[max(0, match.start() - 20): match.start()]):
            return None
        if row["unit"] == "day" and row["offset"] == "0" and (
                _NOWADAYS_AFTER.match(match.string, match.end())
                or _THEN_BEFORE.search(match.string, max(0, match.start() - 200), match.start())
                and self._past_verb.search(match.string, match.end(), match.end() + 30) is None):
            # "hoje em dia", "hoy en día": these days, no one day; so is "today" set against the
            # past in the sentence before ("Antes vendíamos pouco. Hoje a Suécia vale mais"; not
            # "Antes hacía dos horas; hoy hice 55 minutos": a past verb after it dates one day)
            return None
        written = match.group("phrase")
        if row["unit"] in ("week", "month") and (of := _OF_AFTER.match(match.string, match.end())) is not None \
                and ((following := _NEXT_WORD.match(match.string, of.end() - 1)) is not None
                     and (following.group(1).lower() in self.months or following.group(1).lower() in _ARTICLES_OF)):
            return None  # "the last week of September", "la última semana de la campaña": a part of it
        if written[:1].isupper() and _NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
            return None  # "India Today", "USA Today": a capitalised word after a name is part of it
        if written[:1].isupper() and _after_word(match.string, match.start()):
            return None  # "BBC Radio 4's Today programme": mid-sentence, a capital makes a name
        offset = int(row["offset"])
        if phrase in self.cues.get("tensed_word", ()) and (
                self._tense_word(match)[0] == "next"
                or _BY_THE_END.search(match.string, max(0, match.start() - 16), match.start())
                and self._tense_word(match)[0] is None
                and self._past_verb.search(match.string, max(0, match.start() - _TENSE_WINDOW), match.start()) is None):
            # "will worsen over the weekend", "antes del fin de semana": the coming one
            offset += 1
        elif ref is not None and offset in (-1, 0) and any(word in phrase for word in _WEEKENDS) \
                and not any(word in phrase for word in _GONE_BY):
            tense = self._tense_word(match)[0] or self._tense_after(match)[0]
            if tense is None and _PERFECT_DONE.search(match.string, max(0, match.start() - 60), match.start()):
                tense = "last"  # "Hemos despachado … este fin de semana": done
            if tense == "last":  # on a Wednesday, the one gone by
                offset = 0 if ref.weekday() >= 5 else -1
            elif tense is None and ref.weekday() >= 4:  # on a Friday, "o fim de semana" is this week's
                offset = 0
        return self._counted(ref, cast(Precision, row["unit"]), offset)

    @staticmethod
    def _counted(ref: date | None, unit: Precision, offset: int) -> Built:
        """The day, week, month or year `offset` units from `ref` ("ontem", "há três dias")."""
        if ref is None:
            blank = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}
            return None, blank[unit], unit, None, True
        if unit == "day":
            found = ref + timedelta(days=offset)
            return None, found.isoformat(), unit, (found, found), True
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
            iso = monday.isocalendar()
            return (None, f"{iso.year}-W{iso.week:02d}", unit,
                    (monday, monday + timedelta(days=6)), True)
        if unit == "month":
            year, month = shift_month(ref.year, ref.month, offset)
            return None, f"{year}-{month:02d}", unit, month_interval(year, month), True
        year = ref.year + offset
        return None, str(year), unit, (date(year, 1, 1), date(year, 12, 31)), True

    def _anaphor(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"(the) year before", "ano anterior": a placeholder, counted from the date before it later
        (`DatesComponent._resolve_anaphors`); a preceding article joins the span ("the year before")."""
        unit = self.anaphors[_SPACES.sub(" ", match.group("anaphor").lower())][0]
        article = self._anaphor_article.search(match.string, max(0, match.start() - 6), match.start())
        span = (article.start(), match.end()) if article else None
        blank = {"day": "XXXX-XX-XX", "month": "XXXX-XX", "year": "XXXX"}
        return span, blank[unit], cast(Precision, unit), None, True

    def _year_range(self, match: re.Match[str], ref: date | None) -> Built | None:
        if match.group("join") and not match.group("open"):
            return None
        first, second = int(match.group("y1")), match.group("y2")
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if not (1000 <= first < last <= 2100):
            return None
        if first < 1900 and counts_a_noun(match.string, match.end(), stop=self.stop, verb_suffixes=self.verb_suffixes):
            return None  # "entre 1200 e 1500 postos de trabalho": a range of counts, no years
        if match.group("open") and not match.group("join"):
            start = match.start("y1")
            span = (start, match.end())
        else:
            span = None
        interval = (date(first, 1, 1), date(last, 12, 31))
        return span, f"{first}/{last}", "year", interval, False

    def _year(self, match: re.Match[str], ref: date | None) -> Built | None:
        text, (start, end) = match.string, match.span()
        year = int(match.group("year"))
        prep = self._prep_word(match)
        boxed = text[start - 1: start] == "(" and text[end: end + 1] == ")" and year >= 1800
        if prep is None and not boxed and not self._in_year_list(text, year, start, end) \
                and not _COPYRIGHT.search(text, max(0, start - 12), start) \
                and not _ENDING_BEFORE.search(text, max(0, start - 12), start) \
                and not (1900 <= year <= 2030 and (_set_off(text, start, end) or _LEVELS_AFTER.match(text, end)
                                                   or self._names_noun(text, start, end))):
            return None
        if year < 1900 and _AMOUNT_BEFORE.search(text, max(0, start - 16), start):
            return None  # "precisaria de pelo menos 1100": an amount, not the year 1100
        if year < 1800 and (prep in _TO_PREPS or _CHANGE_TO_AMOUNT.match(text, end)):
            return None  # "elevando para 1243 o número", "de 1500 para menos de 100 hectares": amounts
        counted = counts_a_noun(text, end, stop=self.stop, verb_suffixes=self.verb_suffixes)
        if counted and (year < 1900 or prep in self.cues.get("count_prep", ())) \
                and not (year >= 1900 and _LEVELS_AFTER.match(text, end)):
            return None  # "de 2000 pessoas" counts people ("80 per cent of 2019 levels" counts no levels)
        if prep in self.cues.get("approx_prep", ()) and text[end:end + 2].strip()[:1] not in _CLAUSE_END:
            return None  # "around 2026." is a year, "around 2000 people" a count
        return None, str(year), "year", (date(year, 1, 1), date(year, 12, 31)), False

    def _in_year_list(self, text: str, year: int, start: int, end: int) -> bool:
        """A year in a list of years that rise and count nothing: after a year ("2002 e 2003"),
        or first of three or more ("títulos europeos: 1964, 2008, 2012 y 2024"). Amounts are
        no such list: "1500, 2000 e 2500 euros" ends in what it counts, "1964, 1200 and 1300"
        does not rise."""
        before: list[int] = []
        first = start
        while (found := self._year_list.search(text, max(0, first - 12), first)) is not None:
            before.insert(0, int(text[found.start():found.start() + 4]))
            first = found.start()
        after, last = [], end
        while (found := self._years_after.match(text, last)) is not None:
            after.append(int(found.group("year")))
            last = found.end()
        years = [*before, year, *after]
        if not before and len(years) < 3:
            return False
        return all(1000 <= a < b <= 2100 for a, b in zip(years, years[1:], strict=False)) \
            and not counts_a_noun(text, last, stop=self.stop, verb_suffixes=self.verb_suffixes)

    def _names_noun(self, text: str, start: int, end: int) -> bool:
        """"the 2018 outbreak", "the 2024 Olympics": a year before the noun it modifies, after
        an article; "the 2000 runners" counts them, "the 2000 and ..." is no such year."""
        if not self._year_noun_before.search(text, max(0, start - 6), start):
            return False
        found = _NEXT_WORD.match(text, end)
        if found is None or (found.group(1).islower() and found.group(1) in self.stop):
            return False
        if found.group(1).lower() in _EVENT_PLURALS and 1900 <= int(text[start:end]) <= 2100:
            return True  # "the 2022 floods", "the 2020 elections": events of that year, not a count
        return not counts_a_noun(text, end, stop=self.stop, verb_suffixes=self.verb_suffixes)

    def _time(self, match: re.Match[str], ref: date | None) -> Built | None:
        """A time of day ("às 17h", "10h30", "08:46:45", "10 a.m."); its date is set later."""
        sep, minute, suffix = match.group("sep"), match.group("min"), match.group("suffix")
        if match.group("msuf") and (sep not in ("h", "H") or suffix):
            return None  # "16h30m" is a time; "10.30m" a length
        if (sep is None and suffix is None) or (sep in (":", ".") and minute is None):
            return None
        window = match.string[max(0, match.start() - 20): match.start()]
        if sep == "." and not suffix and self._scale_after.match(match.string, match.end()):
            return None  # "stood at 7.42 million": an amount
        if sep == "." and (suffix.lower().replace(".", "").replace(" ", "") not in ("h", "hs", "horas", "am", "pm")
                           if suffix else int(match.group("hour")) > 23 or not self._time_prep.search(window)):
            return None  # "9.30" is a decimal; "9.30h", "6.15am" and "às 14.30" are times
        meridian = bool(suffix) and suffix.lower().replace(".", "") in ("am", "pm")
        if meridian and int(match.group("hour")) > 12:
            return None
        if _PER_DAY_AFTER.match(match.string, match.end()):
            return None  # "superaban ya las 18 horas diarias": hours a day, a quantity
        clear = sep == ":" or (sep in ("h", "H") and minute is not None) or meridian
        if not clear and not self._time_prep.search(window) \
                and not self._time_after.match(match.string, match.end()):
            return None  # "durante 10 horas" is a duration (a quantity)
        return None, "XXXX-XX-XX", "day", None, True

    def _noun_follows(self, text: str, end: int) -> bool:
        """The next word is a lower-case word that is neither a stop word nor verb-like."""
        found = _NEXT_WORD.match(text, end)
        if found is None or not found.group(1).islower():
            return False
        word = found.group(1)
        return word not in self.stop and not word.endswith((*self.verb_suffixes, "eu"))  # "choveu"

_OF_AFTER = re.compile(r"\s+(?:of|de|do|da|del)\s", re.IGNORECASE)
_ARTICLES_OF = frozenset({"the", "a", "o", "la", "el", "los", "las", "os", "as"})
# "below 2005 levels", "pre-2019 levels": the year things stood at.
_LEVELS_AFTER = re.compile(r"\s+levels?(?![\w])", re.IGNORECASE)
# Hours a day, a week: "18 horas diarias", "12 horas por dia", "16 hours a day".
_PER_DAY_AFTER = re.compile(r"\s+(?:diari[ao]s?|diári[ao]s?|semanales|semanais"
                            r"|(?:por|al|ao|a|per)\s+(?:d[ií]a|day|semana|week))(?![\w])", re.IGNORECASE)
_BEFORE_SET_OFF = re.compile(r"(?:^|[\n,;:(\[–—|]|\s-)[^\S\n]*$")
_AFTER_SET_OFF = re.compile(r"[^\S\n]*(?:$|\n|[,;)\]–—|](?!\s*\d)|\.(?!\d)|\s-\s)")


def _set_off(text: str, start: int, end: int) -> bool:
    """A year set off by punctuation or a line: "São Paulo, 1920, antes", "1976, um marco",
    "Lisboa - 2004" (a number in a list, "1500, 2000 e 2500", is not set off after)."""
    return bool(_BEFORE_SET_OFF.search(text, max(0, start - 3), start)) and bool(
        _AFTER_SET_OFF.match(text, end))
