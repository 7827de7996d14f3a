"""Rule 3 of the etl_actors component, first half: runs of capitalised units that may be names.

A run is a sequence of usable capitalised units ("Kim Jong-un") joined by particles and
connectors ("Luis de la Fuente"); sentence-initial function words and words written in lower
case elsewhere are trimmed off its ends, and a run without an organisation head is split at
its connectors. The rules that type a run live in `actors.py`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Container
from operator import attrgetter
from typing import Any

from etl.extract.components._actors_cities import is_known_place
from etl.extract.components._actors_gazetteer import Gazetteer, Hit
from etl.extract.components._actors_hits import STREETS
from etl.extract.components._actors_units import Unit, Units, is_cap
from etl.extract.lexicon import is_common_word
from etl.extract.patterns import DocTokens

_CONJUNCTIONS = frozenset({"e", "and", "y"})
_ARTICLES = frozenset({"o", "a", "os", "as", "the", "el", "la", "los", "las"})
_CONTRACTIONS = frozenset({"da", "do", "das", "dos", "del"})
_LINK_WORDS = frozenset({"da", "do", "das", "dos", "de", "del", "of"})
# A newscast's last word: a given name after it starts its reporter's or guest's name ("told
# BBC News Carlos Sarr", "a RTVE Noticias Abdoulaye Sarr").
_NEWS_WORDS = frozenset({"news", "noticias", "notícias"})
# "dijo a PERFIL", "—dijo Calvimontes a EL DEBER", "said Quell to reporters", "told CNN"
TOLD_TO = frozenset({"a", "al", "à", "ao", "to"})
# The words for a body's unnamed source: "Fonte da PJ admitiu", "Fuentes de Endesa confirmaron".
UNNAMED_SOURCES = frozenset({"fonte", "fontes", "fuente", "fuentes", "source", "sources"})
CAPS_ARTICLES = frozenset({"EL", "LA", "O", "A", "THE"})  # a newspaper's name in capitals: "EL MUNDO"
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# A group's possessive inside a body's name: "Tigray People's Liberation Front", "the Workers' Party".
GROUP_POSSESSORS = frozenset({"people", "peoples", "workers", "women", "farmers", "citizens", "children"})
_LOWER = attrgetter("lower")
_GENERAL = ("-geral", "-general")


# A Brazilian union's name, made from "Sindicato" ("Sindipetro", "Sindmetal-RJ", "SindSaúde").
_UNION_NAME = re.compile(r"Sind(?!icato\b)[A-Za-zÀ-ÿ]{2,}")


# Endings of a third person's past ("Visitó", "Visitou", "Viajaron"): one opening a sentence
# before a country is a verb, not a body named with its country.
_PAST_ENDINGS = ("ó", "ou", "iu", "eu", "aron", "ieron", "aram", "eram", "iram")


def _general_head(word: str, heads: set[str]) -> bool:
    """A head made general with a hyphen: "controladoria-geral", "procuraduría-general" (not
    a region such as "centro-oeste")."""
    return word.endswith(_GENERAL) and word.partition("-")[0] in heads


# A sentence-initial participle before a country is no name: "Neighbouring Mali", "Landlocked Chad".
_PARTICIPLE_ENDINGS = ("ing", "ed")

# "por/pela/pelo" join a name only after an organisation's head word: "el Comité
# Permanente por la Defensa de los Derechos Humanos", "Movimento pela Moradia"; a sentence that
# opens with a participle ("Organizado pela Agência de Inovação") names no one with it.
_AGENT_JOINERS = frozenset({"por", "pela", "pelo"})
_PURPOSE = frozenset({"para", "for", "por", "pela", "pelo"})
# These and "nos/nas/na/no/ao/à" join a name only after an organisation's head ("Serviço de Intervenção
# nos Comportamentos Aditivos e nas Dependências", "Grupo de Atuação Especial de Combate ao Crime
# Organizado").
DATIVES = frozenset({"ao", "aos", "à", "às"})
_TO_JOINERS = DATIVES | {"al", "to"}  # "y al Hospital X" (and Spanish "y a la X"): a second body
_HEAD_JOINERS = _AGENT_JOINERS | {"nos", "nas", "na", "no", "em", "en"} | DATIVES
# "na/no" join a field to a body's name ("Federação dos Trabalhadores na Agricultura"), not a place
# or another body ("Teatro na Lourinhã", "Divisão na Coordenação Geral"); so do "em/en" ("Instituto
# Nacional de Investigación en Glaciares", "Centro de Estudos em Saúde"); "os/as" only after
# "para" ("Autoridade para as Condições do Trabalho"; not "Todos os Direitos Reservados").
_IN_FIELD = frozenset({"na", "no"})
_IN_SUBJECT = frozenset({"em", "en"})
_CAUSES = frozenset({"defensa", "defesa", "apoyo", "apoio"})  # what a body is "en/em": its cause
_PLURAL_ENDINGS = ("es", "os", "as")
_OFFICES = frozenset({"office", "department", "residence"})  # a title's: "the Prime Minister's Office"
# English letters after a person's name for a seat or an honour.
_POST_NOMINALS = frozenset({"MP", "MS", "MSP", "MLA", "MEP", "TD", "QC", "KC", "SC", "SAN", "OBE", "MBE", "CBE",
                            "KBE", "MPP", "MHA", "MNA"})
# Portuguese surnames that join the one before them with "e" in one person's name ("Ulisses
# Correia e Silva", "Artur Costa e Sousa")
_E_SURNAMES = frozenset({"Silva", "Sousa", "Souza", "Costa", "Castro", "Melo", "Mello", "Menezes", "Cunha",
                         "Brito", "Sá", "Lima", "Almeida", "Vasconcelos", "Albuquerque"})
_SECOND_ONLY = frozenset({"os", "as"})
_FIELD_ENDINGS = ("ura", "úde", "ia", "ica", "ologia")  # "Agricultura", "Saúde", "Indústria", "Informática"
_ACTION_NOUNS = ("ção", "mento", "ência", "ância", "ate", "oio", "esa", "ssão", "ílio", "ivo")  # "Combate", "Apoio",
# "Defesa", "Repressão", "Auxílio", "Incentivo"

_WEEKDAY_NAMES = frozenset(calendar.day_name)
_AREA_NOUNS = frozenset({"Região", "Zona", "Área", "Polo", "Región", "Area"})
_NUMBER_NAMES = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "hundred", "thousand"})
_TOWN_ARTICLES = frozenset({"El", "La", "Los", "Las"})
_GALICIAN_ARTICLES = frozenset({"O", "A", "Os", "As"})


_NICK_ARTICLES = frozenset({"El", "La", "O", "A", "The"})
NICK_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# English party labels written before a member's name.
_PARTY_LABELS = frozenset({"Democrat", "Republican", "Tory", "Labour", "Conservative", "Liberal", "Independent",
                           "Green", "Libertarian", "Unionist", "Nationalist"})
# Titles of the people bodies are named after, inside the body's name ("Escola Estadual
# Professor X", "Aeroporto Internacional Presidente Y", "Hospital Doctor Z").
_NAMING_TITLES = frozenset({
    "coronel", "general", "marechal", "mariscal", "almirante", "brigadeiro", "major", "capitão", "capitán", "tenente",
    "teniente", "sargento", "professor", "professora", "profesor", "profesora", "doutor", "doutora", "doctor",
    "doctora", "padre", "monsenhor", "monseñor", "presidente", "governador", "gobernador", "senador", "deputado",
    "diputado", "prefeito", "desembargador", "comendador", "engenheiro", "ingeniero", "cardeal", "cardenal",
    "bispo", "obispo", "arcebispo", "arzobispo", "frei", "fray", "madre", "irmã", "sor", "dom", "don", "santo",
    "maestro", "mestre", "ministro", "alcalde", "vereador", "comandante", "embajador", "embaixador"})


_AND_JOINS = frozenset({"and", "e", "y"})  # between two places in one body's name
_AREA_TAILS = frozenset({"Provincia", "Província", "Comarca", "Región", "Região", "Region", "Area", "Área"})


# Between a title and the body it is of: "Minister of State at the Department of X".
_BODY_LINKS = frozenset({"at", "of", "in", "the", "en", "em", "de", "do", "da", "del", "la", "el", "o", "a"})
# Spanish puts the subject after a present verb that opens a sentence, article first.
_BARE_ARTICLES_ES = frozenset({"el", "la", "los", "las"})
_PRESENT_ENDINGS_ES = ("an", "en", "a", "e")


class NameRuns:
    """Mixed into the per-doc actor state, whose attributes it reads."""

    c: Any
    gaz: Gazetteer
    tok: DocTokens
    n: int
    units: Units
    text: str
    hit_at: dict[int, Hit]
    lower_words: set[str]
    date_tokens: set[int]
    after_title: dict[int, Any]  # token where a name after a title starts -> the title's facts
    _is_dateline: Callable[[list[Unit]], bool]  # from NameShapes

    def _candidate_runs(self) -> list[list[Unit]]:
        """Runs of usable capitalised units, joined by particles and connectors ("Luis de la
        Fuente"), trimmed and split. Only the capitalised units and the few units between
        two of them are looked at."""
        runs: list[list[Unit]] = []
        current: list[Unit] = []
        units, hit_at, texts, joiners = self.units, self.hit_at, self.tok.texts, self.c.joiners
        for start in units.cap_starts():
            if current and start < current[-1].end:
                continue  # inside a nickname taken already ('‘El Zurdo’')
            if start in hit_at and current and (self._ends_a_town(current, start)
                                                or self._parallel_place(current, start)):
                current.extend(units.at(k) for k in range(current[-1].end, start))
                current.append(units.at(start))
                continue
            if start in hit_at and current and (end := self._places_in_a_name(current, start)) is not None:
                # "Administração dos Portos de Setúbal e Sesimbra (APSS)": two places in one body's name
                current.extend(units.at(k) for k in range(current[-1].end, end))
                continue
            if start in hit_at and current and (
                    self._place_before_legal_form(current, start)  # "Nieves del Alto Aragón S.A.": a company
                    # "Região Metropolitana de Belo Horizonte", "Zona Franca de Manaus": one area's name
                    or self._area_of_place(current, start)
                    # "Court of Justice of the European Union", "Tribunal de Justiça da União Europeia"
                    or self._of_a_listed_body(current, start)
                    # "Office of the Auditor General", "Office of the Ombudsman": an office named by a title
                    or self._office_of_the_title(current, start)
                    # "Governo do Rio Grande do Norte", "Gobierno de Mendoza": a region's government
                    or self._government_of_a_place(current, start)):
                current.extend(units.at(k) for k in range(current[-1].end, hit_at[start].end))
                continue
            if start in hit_at and (hit := hit_at[start]).start == start and hit.end - start > 1 \
                    and hit.entry.kind in ("place", "country") and hit.end < self.n \
                    and texts[hit.end] in self.c.org_suffixes and texts[hit.end] not in ("Group", "News") \
                    and (all(u.lower in _ARTICLES for u in current) or current[-1].end < start):
                if current and current[-1].end < start:
                    runs.append(current)  # ("Segundo o diretor-presidente do Porto do Recife S.A.")
                current = [units.at(k) for k in range(start, hit.end)]  # "Porto do Recife S.A.": a company
                continue
            if start in hit_at and current and current[-1].end == start and (hit := hit_at[start]).start == start \
                    and hit.end - start > 1 and self._named_with_its_country(current, hit):
                current.extend(units.at(k) for k in range(start, hit.end))
                continue  # "OMV New Zealand", "Shell South Africa": a company's branch in a country
            if start in hit_at and current and self._title_in_body_name(current, start):
                current.extend(units.at(k) for k in range(current[-1].end, hit_at[start].end))
                continue  # "Asociación de Productores de Papa de Nariño": a word of the body's name
            if start in hit_at and not (current and current[-1].end == start and self._joins_name(current, start)) \
                    and not self._field_before_head(start):
                continue  # a gazetteer word, except an adjective in a name with a head ("Comitê Olímpico Brasileiro")
            unit = units.at(start)
            if (nick := self._nickname(current, unit)) is not None:
                current.extend(nick)  # 'Héctor "Tito" Barreiro': the nickname between his names
                continue
            if not self._usable(unit) and not self._honorific_in_name(current, unit):
                continue
            if current and current[-1].end == start and current[-1].text.endswith(".") \
                    and current[-1].text in self.c.org_suffixes \
                    and (self.tok.is_stop[start] or unit.lower == "according"
                         or start + 1 < self.n and not is_cap(self.tok.texts[start + 1])
                         and unit.text not in self.c.company_words):
                # "… Steel Ltd. According to the chargesheet", "… S.A. de C.V. Aun así,": a new sentence
                runs.append(current)
                current = []
            if (not current or current[-1].end != start) and self._listed_initials_before_head(start, unit):
                if current and current[-1].end == start - 1:
                    current.append(units.at(start - 1))  # "Wrekin and Severn Hospitals NHS Trust"
                else:
                    if current:
                        runs.append(current)
                    current = [units.at(start - 1)]  # "the ECOWAS Commission", "the SADC Secretariat"
            if start >= 2 and self.tok.texts[start - 1] in ("'s", "’s") and unit.lower in _OFFICES \
                    and (title := self.hit_at.get(start - 2)) is not None and title.entry.kind == "title" \
                    and title.end == start - 1 and self.tok.texts[title.start][:1].isupper() \
                    and (not current or current[-1].end <= title.start):
                if current:
                    runs.append(current)
                current = [units.at(k) for k in range(title.start, start)]  # "the Prime Minister's Office"
                current.append(unit)
                continue
            if current and current[-1].end != start:
                k = current[-1].end
                # What `_bridge` reads first, tested here: most gaps start with neither (3% of the component).
                gap = self._bridge(k, start, current) \
                    if texts[k] in _POSSESSIVES or units.text_at(k) in joiners else None
                if gap is None and len(current) >= 2 and k + 1 == start \
                        and (current[-1].text, texts[k], unit.text) in self.c.company_pairs:
                    gap = [units.at(k)]  # "Atlântica Óleo e Gás": the sectors that end a company's name
                if gap is None:
                    runs.append(current)
                    current = []
                else:
                    current.extend(gap)
            if current and all(u.text.isupper() and u.text.isalpha() for u in current) and not unit.text.isupper() \
                    and (len(current) >= 2 and current[0].text in CAPS_ARTICLES and not current[0].initial
                         or len(current[0].text) > 3 and self.tok.lower[current[0].start - 1] in TOLD_TO
                         and self.tok.lower[current[0].start - 2] in self.c.speech_verbs):
                # "dijo a EL TIEMPO Marleny Rincón", "dijo a PERFIL Norma Quiroga": the outlet's name
                # ends in capitals
                runs.append(current)
                current = []
            current.append(unit)
        if current:
            runs.append(current)
        return [part for run in runs for cut in self._at_its_title_name(run)
                for part in self._split_run(self._trim(cut))]

    def _government_of_a_place(self, current: list[Unit], start: int) -> bool:
        """Whether a place (not a country: "o Governo de Portugal" is the country's) right after
        a capitalised government word and "de/do/da" names that region's government, a body:
        "O Governo do Ceará anunciou" (Portuguese and Spanish)."""
        hit = self.hit_at[start]
        return self.c.lang != "en" and hit.start == start and hit.entry.kind == "place" \
            and current[-1].lower in self.c.led_by and current[-1].text[:1].isupper() \
            and all(u.lower in _ARTICLES for u in current[:-1]) \
            and current[-1].end + 1 == start and self.tok.texts[start - 1] in _LINK_WORDS

    def _of_a_listed_body(self, current: list[Unit], start: int) -> bool:
        """A listed body right after "of the/da/de la" and a name with an organisation head of
        its own: a body of that body ("Court of Justice of the European Union")."""
        hit = self.hit_at[start]
        if hit.entry.kind != "org" or hit.start != start or not any(u.lower in self.gaz.heads for u in current):
            return False
        if all(u.lower in self.c.led_by or u.lower in _ARTICLES for u in current) \
                or any(u.text in _CONJUNCTIONS for u in current):
            return False  # "el Gobierno de la Unión Europea", "jefes de Estado y de Gobierno de la UE": no body
        between = [t.lower() for t in self.tok.texts[current[-1].end:start]]
        return between in (["of", "the"], ["de", "la"], ["da"], ["do"], ["del"], ["de", "los"], ["dos"], ["das"])

    def _title_in_body_name(self, current: list[Unit], start: int) -> bool:
        """A one-word capitalised title after "de" in a body's name, when no name follows it:
        "Asociación de Productores de Papa de Nariño" (Spanish and Portuguese)."""
        hit, texts = self.hit_at[start], self.tok.texts
        return self.c.lang != "en" and hit.entry.kind == "title" and hit.start == start and hit.end == start + 1 \
            and current[-1].end == start - 1 and texts[start - 1] == "de" and texts[start].istitle() \
            and any(u.lower in self.gaz.heads for u in current) \
            and (start + 1 >= self.n or not is_cap(texts[start + 1]))

    def _office_of_the_title(self, current: list[Unit], start: int) -> bool:
        """A capitalised title right after "<head> of the" ("Office of the Ombudsman"), "of/for"
        ("Ministry of Justice", "Movement for Justice and Development"), "del" or "do/da"
        ("Oficina del Alto Comisionado para la Paz", "Gabinete do Provedor de Justiça")."""
        hit = self.hit_at[start]
        texts = self.tok.texts
        if hit.entry.kind != "title" or hit.start != start:
            return False
        if hit.end < self.n and texts[hit.end] in self.gaz.first_names:
            return False  # "o Gabinete do Presidente Lula": the office of a person named after
        if current[-1].lower not in self.gaz.heads:
            # "Oficina del Consejero Comisionado de Paz": a second title word after the first
            return self.c.lang != "en" and start == current[-1].end and len(current) >= 3 \
                and current[-2].text in ("del", "do", "da") and current[-3].lower in self.gaz.heads \
                and current[-1].start in self.hit_at and self.hit_at[current[-1].start].entry.kind == "title"
        if self.c.lang == "en":
            return start - current[-1].end == 2 and texts[start - 2] == "of" and texts[start - 1] == "the" \
                or start - current[-1].end == 1 and texts[start - 1] in ("of", "for") and hit.end - hit.start == 1 \
                and (hit.end >= self.n or not texts[hit.end][:1].isupper())  # "Ministry of Justice"
        return start - current[-1].end == 1 and texts[start - 1] in ("del", "do", "da") \
            and texts[start][:1].isupper()

    def _listed_initials_before_head(self, start: int, unit: Unit) -> bool:
        """A listed body's initials right before an organisation head name that body's organ:
        "ECOWAS Commission", "SADC Secretariat" (a one-token hit, in capitals)."""
        hit = self.hit_at.get(start - 1)
        return start > 0 and unit.lower in self.gaz.heads and hit is not None and hit.end == start \
            and hit.start == start - 1 and hit.entry.kind == "org" and self.tok.texts[start - 1].isupper() \
            and len(self.tok.texts[start - 1]) > 1 and bool(self.tok.ws[start - 1])

    def _nickname(self, current: list[Unit], unit: Unit) -> list[Unit] | None:
        """The quote marks and the word of a nickname in quotes right after a given name and
        before a surname ('Héctor "Tito" Barreiro', "Luiz 'Lula' Silva"), else None."""
        if not current or current[-1].end + 1 != unit.start or current[-1].text not in self.gaz.first_names:
            return None
        texts, opening, close = self.tok.texts, current[-1].end, unit.end
        words = [unit]
        if unit.text in _NICK_ARTICLES and close + 1 < self.n and is_cap(texts[close]):
            words.append(self.units.at(close))  # 'Ramón ‘El Zurdo’ Cuevas': an article and a word
            close = words[-1].end
        if texts[opening] not in NICK_QUOTES or close + 1 >= self.n or texts[close] not in NICK_QUOTES \
                or not is_cap(texts[close + 1]) or not self.tok.ws[close] or not words[-1].text.isalpha():
            return None
        return [self.units.at(opening), *words, self.units.at(close)]

    def _honorific_in_name(self, current: list[Unit], unit: Unit) -> bool:
        """An honorific right after an organisation's head, before a name, is the name's:
        "Hospital Dona Estefânia", "Colégio Dom Bosco", "Escuela Doña Rosa"."""
        if not current or unit.text.rstrip(".") not in self.gaz.honorifics or unit.end >= self.n \
                or not is_cap(self.units.text_at(unit.end)):
            return False
        if current[-1].end == unit.start and (current[-1].lower in self.gaz.heads or len(current) <= 6
                                              and any(u.lower in self.gaz.heads for u in current)
                                              and all(u.is_cap or u.text in _LINK_WORDS for u in current)):
            # (after its adjectives and fields too: "Escola Secundária D. Maria II", "Hospital
            # Municipal de Urgências Dona Iracema")
            return True
        # "Rua de D. Manuel II", "Avenida Dom João II": a street named after a king or a lady
        return current[-1].text in self.c.place_heads and (
            current[-1].end == unit.start or current[-1].end + 1 == unit.start
            and self.units.text_at(current[-1].end) in _LINK_WORDS)

    def _ends_a_town(self, current: list[Unit], start: int) -> bool:
        """Whether a title word or a place after one joiner, or a demonym or place right after the
        run, ends the name of a town GeoNames lists, alone or after a body's name: "(Polícia de)
        Caldas da Rainha", "Boca do Acre", "Villa Alemana"; not "Carlos da Rainha" (a title after
        a name starts a new one)."""
        hit = self.hit_at[start]
        if hit.start != start or hit.end != start + 1:
            return False
        joined = current[-1].end + 1 == start and self.units.text_at(current[-1].end) in self.c.joiners
        placed = hit.entry.kind in ("place", "country")
        if not (joined and (hit.entry.kind == "title" or placed)) \
                and not ((placed or hit.entry.kind == "demonym") and current[-1].end == start):
            # "Villa Alemana", "Ciudad Guayana": a town named with an adjective or a place;
            # "Boca do Acre", "Santiago de Cuba": with a place after a joiner
            return False
        end = self.units.at(start).end_char  # the town may follow a body's name: "Polícia de Caldas da Rainha"
        return any(is_known_place(self.text[unit.start_char:end]) for i, unit in enumerate(current)
                   if unit.is_cap and (i == 0 or current[i - 1].text in self.c.joiners))

    def _place_before_legal_form(self, current: list[Unit], start: int) -> bool:
        """Whether a known place after "de/del" ends a name that a company's legal form follows
        ("Nieves del Alto Aragón S.A.", "Transportes do Norte Lda.")."""
        hit = self.hit_at[start]
        return hit.start == start and hit.entry.kind in ("place", "country") and hit.end < self.n \
            and self.tok.texts[hit.end] in self.c.org_suffixes and self.tok.texts[hit.end] not in ("Group", "News") \
            and current[-1].end + 1 == start and self.tok.texts[start - 1] in _LINK_WORDS

    def _area_of_place(self, current: list[Unit], start: int) -> bool:
        """Whether a known place after "de/do/da" ends the name of an area named by an area noun
        and its adjective ("Região Metropolitana de Belo Horizonte", "Zona Franca de Manaus")."""
        hit = self.hit_at[start]
        return len(current) >= 2 and current[-2].text in _AREA_NOUNS and current[-1].is_cap \
            and (len(current) == 2 or len(current) == 3 and current[0].lower in _ARTICLES) \
            and hit.start == start and hit.entry.kind in ("place", "country") \
            and current[-1].end + 1 == start and self.tok.texts[start - 1] in _LINK_WORDS

    def _parallel_place(self, current: list[Unit], start: int) -> bool:
        """Whether a one-word place after "e do/y del" ends a body's name that names a place the
        same way: "Administração dos Portos de Sines e do Algarve"."""
        hit = self.hit_at[start]
        if hit.start != start or hit.end != start + 1 or hit.entry.kind not in ("place", "country") \
                or len(current) < 3 or current[-2].text not in _LINK_WORDS or current[-1].end + 2 != start:
            return False
        texts = self.tok.texts
        return texts[start - 2] in _CONJUNCTIONS and texts[start - 1] in _CONTRACTIONS \
            and any(u.lower in self.gaz.heads for u in current[:-2])

    def _at_its_title_name(self, run: list[Unit]) -> list[list[Unit]]:
        """The run cut at the given name where a title's name starts, when the run began with
        the title's own words: "o ex-ministro da [Marinha] [Almir Garnier]", "el expresidente de
        la [Generalitat] [Carles Puigdemont]"; or at a given name after a word in capitals ("a EL
        UNIVERSAL [Gabriela Siller]")."""
        for index, unit in enumerate(run[1:], start=1):
            info = self.after_title.get(unit.start)
            if info is not None and info[3][0] < run[0].start_char < info[3][1] \
                    and not ((hit := self.hit_at.get(unit.start)) and hit.entry.kind in ("country", "demonym")) \
                    and (unit.text in self.gaz.first_names or info[3][1] <= unit.start_char and unit.is_cap
                         and run[index - 1].is_cap):
                # the run began inside the title's written span, and the name starts right after
                # it: "Minister of State for Trade and [Industry] [Lim Wei Ling]"
                return [run[:index], run[index:]]
            previous = run[index - 1].text
            if unit.text in self.gaz.first_names and len(previous) >= 2 and previous.isalpha() and previous.isupper() \
                    and not unit.text.isupper():
                return [run[:index], run[index:]]  # "dijo a EL UNIVERSAL Gabriela Siller": an outlet, then a name
        return [run]

    def _joins_name(self, current: list[Unit], i: int) -> bool:
        """Whether the one-word gazetteer hit at token `i` continues the run `current`: a demonym,
        country or place right after a name with an organisation head ("Comitê Olímpico
        Brasileiro", "Alianza Lima", "Santander Brasil"), a title after a head ("Dirección
        General") or a street word ("Rua Coronel Sarsfield", "Avenida Presidente Vargas")."""
        hit = self.hit_at[i]
        if hit.end - hit.start != 1:
            return False
        first = current[0]
        if hit.entry.kind == "country" and hit.entry.capital and len(current) == 1 \
                and first.text in self.gaz.first_names and not first.is_acronym and first.lower not in self.gaz.heads:
            return True  # "o auxiliar Jefferson Lima": a capital after a given name is a surname
        if hit.entry.kind == "demonym" and self.c.lang != "en" and current[-1].text in self.gaz.first_names \
                and not current[-1].is_acronym and all(u.text in self.gaz.first_names for u in current) \
                and i + 1 < self.n and is_cap(self.tok.texts[i + 1]):
            return True  # "Rodrigo Alemán Paz": a demonym capitalised between names is a surname
        if hit.entry.kind == "country" and hit.entry.capital and len(current) == 1 and first.is_acronym \
                and len(first.text) > 2 and first.text.isupper() and not first.initial:
            return True  # "la portavoz de SATSE Madrid", "CCOO Madrid": a body's branch in the city
        if self._named_with_its_country(current, hit):
            return True
        if hit.entry.kind in ("country", "place") and 1 < len(current) <= 3 and first.text in STREETS \
                and (hit.entry.kind == "place" or hit.entry.capital):
            return True  # "Avenida Faria Lima", "Rua Conde de Bonfim Lisboa": a street named after a person
        if hit.entry.kind in ("demonym", "country", "place", "org"):
            heads = self.gaz.heads
            return any(u.lower in heads for u in current) \
                or any(f"{a.lower} {b.lower}" in heads  # "Força Aérea Brasileira"
                       for a, b in zip(current, current[1:], strict=False))
        if hit.entry.kind != "title":
            return False
        texts = self.tok.texts
        if self.c.lang != "en" and len(current) >= 2 \
                and (current[0].text in self.gaz.first_names or current[0].start in self.after_title) \
                and all(u.is_cap and not u.is_acronym for u in current) and texts[i].istitle() \
                and (i + 1 >= self.n or not is_cap(texts[i + 1]) and texts[i + 1] not in self.c.joiners):
            return True  # "el sindicalista Antón Bouzas Rey": a surname, after a full name
        if i + 1 < self.n and self.tok.texts[i + 1] in self.c.company_words and self.tok.ws[i] \
                and current[-1].end == i and current[-1].text not in self.gaz.first_names:
            return True  # "Sahyadri Coach Works": a company's word, not a coach named Works
        if self.c.lang != "en" and self.tok.lower[i] in _NAMING_TITLES and i + 1 < self.n \
                and is_cap(self.tok.texts[i + 1]) and any(u.lower in self.gaz.heads for u in current):
            return True  # "Penitenciária Estadual Coronel Jorge Aquino": a body named after a titled person
        if self.c.lang == "en" and hit.entry.kind == "title" and any(
                a.lower in self.gaz.heads and b.lower == "of" and c.lower == "the"
                for a, b, c in zip(current, current[1:], current[2:], strict=False)):
            return True  # "Office of the Privacy Commissioner": the office of a title
        if self.c.lang == "en" and i + 1 < self.n and self.tok.lower[i + 1] in self.gaz.heads and self.tok.ws[i] \
                and is_cap(self.tok.texts[i + 1]) and current[-1].end == i \
                and current[-1].text not in self.gaz.first_names and not current[-1].is_acronym:
            return True  # "Water Justice Coalition": a title's word between a name's word and its head
        if self.tok.lower[i] in ("general", "executive", "fiscal", "parlamentar"):
            # "Dirección General", "Health Service Executive", "Ministerio Fiscal", "Conselho
            # Fiscal", "Changi General Hospital"; not "Assembly Speaker"
            return current[-1].lower in self.gaz.heads \
                or i + 1 < self.n and self.tok.lower[i + 1] in self.gaz.heads
        # "Avenida Presidente Vargas", "Rua Coronel Sarsfield"; English puts a street's kind after
        # its name, so "Park Director Anuradha Bora" is a title before a name
        return len(current) == 1 and current[0].text in self.c.place_heads and self.c.lang != "en"

    def _named_with_its_country(self, current: list[Unit], hit: Hit) -> bool:
        """Whether the country `hit` ends a body's name begun by `current`: "Age UK", "Elections
        Canada", "Migración Colombia", "Live Performance Australia", "OMV New Zealand"."""
        if hit.entry.kind != "country" or hit.entry.capital:
            return False
        core = current  # (past a sentence's opening words: "A Transvia Brasil", "Segundo a Transvia Brasil")
        while len(core) > 1 and (core[0].text.islower() or core[0].initial and (
                self.tok.is_stop[core[0].start] or core[0].lower in self.lower_words)):
            core = core[1:]
        lead = core[0]
        return len(lead.text) > 2 \
            and (len(core) == 1 or len(core) == 2 and self.c.lang == "en" and core[1].text.isalpha()
                 and core[1].text not in self.gaz.first_names) \
            and not (lead.initial and not _plural_of_head(lead.lower, self.gaz.heads)
                     and (lead.lower in self.lower_words or self.tok.is_stop[lead.start]
                          or lead.lower in self.c.adverbs or lead.lower.endswith(_PARTICIPLE_ENDINGS)
                          # "Visitó Chile", "Visitou Cabo Verde": a verb opens the sentence
                          or len(core) == 1 and lead.text.endswith(_PAST_ENDINGS))) \
            and lead.text not in self.gaz.first_names and lead.start not in self.after_title \
            and lead.lower not in self.gaz.heads

    def _bridge(self, start: int, end: int, current: list[Unit]) -> list[Unit] | None:
        """The units from token `start` to `end` if they can join two parts of a name: each is
        a joiner followed by a capitalised unit outside the gazetteer (or by one more joiner
        and then one). In a name with an organisation head, a demonym may follow the joiner
        ("Confederation of British Industry", "Congress of South African Trade Unions")."""
        joiners, hit_at, units, n = self.c.joiners, self.hit_at, self.units, self.n
        if end == start + 1 and self.tok.texts[start] in _POSSESSIVES and not self.tok.ws[start - 1] \
                and (units.text_at(end).lower() in self.gaz.heads
                     or all(u.lower in _ARTICLES for u in current[:-1]) and current[-1].lower not in self.gaz.heads
                     and current[-1].text not in self.gaz.first_names and end not in hit_at and self._head_ahead(end)
                     or current[-1].lower in GROUP_POSSESSORS and self._head_ahead(end, through_hits=True)
                     or self.tok.texts[start] in ("'", "’") and current[-1].lower.endswith("s")
                     and any(u.lower in self.gaz.heads for u in current) and end not in hit_at
                     and units.text_at(end) not in self.gaz.first_names):
            # "European People's Party", "Children's Hospital", "the People's National Party",
            # "Federation of Motorists' Rights Malaysia"
            return [units.at(start)]
        if end == start + 1 and self.tok.lower[start] in TOLD_TO and end < n and self.tok.texts[end].isupper() \
                and len(self.tok.texts[end]) > 3 and not self.tok.texts[current[-1].start].isupper():
            return None  # "dijo Rodríguez a LISTÍN DIARIO": the speaker, then the outlet told
        if self.tok.lower[start] in TOLD_TO and current[0].start > 0 \
                and self.tok.lower[current[0].start - 1] in self.c.speech_verbs \
                and not any(u.lower in self.gaz.heads for u in current):
            return None  # "declaró Quispe a Radio Programas": the speaker, then whom he told
        gap: list[int] = []
        k = start
        while k < end:
            if units.text_at(k) not in joiners:
                return None
            if units.text_at(k) in _HEAD_JOINERS and not any(u.lower in self.gaz.heads for u in current):
                return None  # "Comité de Afectados por los Apagones"; not "Organizado pela Agência"
            if units.text_at(k) in _SECOND_ONLY and units.text_at(k - 1) not in _PURPOSE \
                    and units.text_at(k - 1) not in ("Todos", "Todas"):  # "Sindicato de Todos os Profissionais"
                return None
            if units.text_at(k) in _IN_FIELD and not self._field_after(units.end_of(k)):
                return None
            if units.text_at(k) in _IN_SUBJECT and not self._subject_after(units.end_of(k)):
                return None
            if units.text_at(k) in DATIVES and not current[-1].lower.endswith(_ACTION_NOUNS):
                return None  # "Combate ao Crime Organizado", "Apoio à Vítima"; not "Ministério da Fazenda ao X"
            nxt = units.end_of(k)
            if nxt >= n:
                return None
            if units.text_at(k) in _AGENT_JOINERS and units.text_at(nxt) in joiners and units.end_of(nxt) < n \
                    and units.text_at(units.end_of(nxt)).lower() in self.gaz.heads:
                return None  # "la Sociedad Rural de Esperanza por el Instituto Nacional …": by a second body
            if units.text_at(nxt) in joiners and units.end_of(nxt) < n:
                if units.text_at(nxt) in _AGENT_JOINERS or units.text_at(nxt) in _IN_FIELD \
                        or units.text_at(k) in _CONJUNCTIONS and (units.text_at(nxt) in _TO_JOINERS
                                                                  or units.text_at(nxt) == "a" and self.c.lang == "es"):
                    # "pelo Grupo X e pela Polícia Militar", "… e na Biblioteca X", "al Hospital
                    # Escuela y al Hospital San Felipe": two bodies
                    return None
                nxt = units.end_of(nxt)  # "Luis de la Fuente"
            if nxt in hit_at and (hit := hit_at[nxt]).start == nxt and hit.entry.kind == "demonym" \
                    and hit.end <= end and any(u.lower in self.gaz.heads for u in current):
                gap.extend(range(k, hit.end))  # the joiner and the demonym's tokens
                k = hit.end
                continue
            if nxt in hit_at and (hit := hit_at[nxt]).start == nxt and hit.entry.kind in ("place", "country") \
                    and hit.end == end and units.text_at(k) in _LINK_WORDS and end < n \
                    and any(u.lower in self.gaz.heads for u in current) \
                    and units.text_at(end).lower() in self.gaz.heads and is_cap(units.text_at(end)):
                gap.extend(range(k, hit.end))  # "Port of Rotterdam Authority": a place inside a body's name
                k = hit.end
                continue
            if nxt in hit_at and units.text_at(k) in _CONJUNCTIONS and units.end_of(nxt) == end \
                    and hit_at[nxt].end == end and self._field_word(hit_at[nxt]) and self._head_ahead(end):
                gap.extend((k, nxt))  # "Employment and Labour Relations Court": a listed word inside a name
                k = end
                continue
            if not (is_cap(units.text_at(nxt)) and nxt not in hit_at):
                return None
            gap.append(k)
            k = units.end_of(k)
        return [units.at(k) for k in gap]

    def _subject_after(self, k: int) -> bool:
        """A capitalised word at token `k` that can be a body's subject after "em/en": a field or
        a plural ("en Glaciares", "em Saúde Pública", "em Serviços Públicos"), no head, no place
        GeoNames lists ("en Lima"), not a street or a town ("en Xicoténcatl", "en Almoloya")."""
        word = self.units.text_at(k) if k < self.n else ""
        return is_cap(word) and word.lower() not in self.gaz.heads and not is_known_place(word) \
            and (word.lower().endswith((*self.c.noun_suffixes, *_FIELD_ENDINGS, *_PLURAL_ENDINGS))
                 or word.lower() in _CAUSES)  # "Comisión Nacional en Defensa del Agua"

    def _field_after(self, k: int) -> bool:
        """A capitalised word at token `k` that names a field: an abstract noun ("Saúde",
        "Agricultura", "Educação"), no head, no town GeoNames lists, no name's first word."""
        word = self.units.text_at(k) if k < self.n else ""
        after = self.units.end_of(k) if k < self.n else self.n
        return is_cap(word) and word.lower() not in self.gaz.heads and not is_known_place(word) \
            and word.lower().endswith((*self.c.noun_suffixes, *_FIELD_ENDINGS)) \
            and not (after < self.n and is_cap(self.units.text_at(after)))  # not "na Coordenação Geral"

    def _field_before_head(self, start: int) -> bool:
        """A listed body named with a common word right before a head opens that head's body:
        "The Labour Department" is no Labour Party."""
        hit = self.hit_at[start]
        end = hit.end
        return hit.start == start and end == start + 1 and end < self.n and self.tok.lower[end] in self.gaz.heads \
            and self.tok.texts[end][:1].isupper() and self.tok.texts[end] not in self.c.company_words \
            and end not in self.hit_at and self._field_word(hit)

    def _field_word(self, hit: Hit | None) -> bool:
        """A listed organisation named with common words only ("Labour", "Seguridad Social"), no
        initials, head or company word: it can name a ministry's field or stand inside a name."""
        texts, lower = self.tok.texts, self.tok.lower
        return hit is not None and hit.entry.kind == "org" and not any(
            texts[i].isupper() or lower[i] in self.gaz.heads or texts[i] in self.c.company_words
            for i in range(hit.start, hit.end))

    def _head_ahead(self, start: int, *, through_hits: bool = False) -> bool:
        """The capitalised units from token `start` on, outside the gazetteer (or in it, with
        `through_hits`), reach an organisation head ("... Relations Court")."""
        k = start
        while k < self.n and (through_hits or k not in self.hit_at) and is_cap(self.units.text_at(k)):
            if self.units.text_at(k).lower() in self.gaz.heads:
                return True
            k = self.units.end_of(k)
        return False

    def _usable(self, unit: Unit) -> bool:
        """A capitalised unit that can be part of a name: letters (with "-", ".", "'"), not
        a month or weekday, an honorific or the start of a date."""
        text = unit.text
        if not text.isalpha() and \
                not text.replace("-", "").replace(".", "").replace("'", "").replace("’", "").replace("&", "").isalpha():
            return False  # digits and "/" are no name; "P&G" and "AT&T" are
        if text in self.c.calendar_words and not (text in _WEEKDAY_NAMES and unit.start not in self.date_tokens
                                                  and unit.end < self.n and is_cap(self.units.text_at(unit.end))):
            return False  # a month or weekday; not "Comrade Sunday Okpanachi" (the dates saw a name)
        if text.rstrip(".") in self.gaz.honorifics and (text.endswith(".") or text in self.gaz.undotted_honorifics
                                                        or text not in self.c.surnames) \
                or text in self.c.not_names:
            return False  # "CD-ROM", "R&D": no one's name; "Sen." is a title, "Amartya Sen" a name
        return unit.start not in self.date_tokens

    def _trim(self, run: list[Unit]) -> list[Unit]:
        joiners = self.c.joiners
        if len(run) > 1 and (run[0].start < 2 or self.tok.is_space[run[0].start - 1]) and self._is_dateline(run) \
                and not any(unit.lower in self.gaz.heads for unit in run):
            return run  # "BUENOS AIRES.–", "LA PAZ.–": a dateline in capitals keeps its words (not "A REVISTA X -")
        if run and run[0].initial and self._spelled_by_initials(run):
            return run  # "Semiconductor Manufacturing International Corporation (SMIC)" opens a sentence
        while run:
            unit = run[0]
            nxt = run[1] if len(run) > 1 else None
            # spaCy's pt stop list has nouns such as 'conselho': a head word is never dropped.
            stop = self.tok.is_stop[unit.start] and not (nxt and nxt.is_hyphenated_given and unit.lower not in _ARTICLES
                                                          and not _general_head(nxt.lower, self.gaz.heads)
                                                          and nxt.lower not in self.gaz.heads
                                                          and nxt.lower.partition("-")[0] not in self.gaz.heads) \
                and unit.lower not in self.gaz.heads and unit.text not in self.c.place_heads \
                and not (nxt and nxt.lower in self.c.head_pairs.get(unit.lower, ())) \
                and unit.text.title() not in self.c.place_heads \
                and not (unit.text in _AREA_NOUNS and nxt is not None and nxt.is_cap)  # "São Bento", "SÃO
            # PAULO —", "Área Metropolitana" (not "Área de Transportes": a portfolio's field)
            if stop and nxt is not None and len(run) <= 3 and not unit.initial and unit.text[:1].isupper() \
                    and is_known_place(" ".join(u.text for u in run)):
                stop = False  # "las provincias de Santa Fe y Entre Ríos": the place's own first word
            if stop and not unit.initial and nxt is None and unit.text[:1].isupper() \
                    and self._surname_of_a_given_name(unit):
                stop = False  # "afirmó Sola" after "Ainhoa Sola Marín": her surname, not "sola" (alone)
            if stop and not unit.initial and self.c.lang == "en" and unit.start > 0 \
                    and self.tok.lower[unit.start - 1] == "the" and nxt is not None and nxt.is_cap:
                stop = False  # "the First Nations Emergency Services Society": the name's own word
            before = unit.start - 1
            if stop and not unit.initial and self.c.lang == "en" and before >= 0 and nxt is not None and nxt.is_cap \
                    and self.tok.texts[before][:1].isupper() and self.tok.is_alpha[before] \
                    and not self.tok.sent_start[before] and any(u.lower in self.gaz.heads for u in run):
                stop = False  # "the Botswana Mine Workers Union": a capitalised word inside a name
            if stop and not unit.initial and self.c.lang == "en" and unit.lower in _NUMBER_NAMES and nxt is not None \
                    and nxt.is_cap and any(u.lower in self.gaz.heads for u in run):
                stop = False  # "Five Points Community Church", "Twelve Apostles Hotel": a number in the name
            lower_elsewhere = unit.initial and (unit.lower in self.lower_words or unit.text in self.c.generic
                                                or unit.lower in self.c.adverbs)  # "Later Vrelic said"
            if unit.initial and nxt is not None and self.c.lang == "en" and unit.lower.endswith("ing") \
                    and len(unit.lower) > 6 and is_common_word(unit.lower, "en") \
                    and unit.text not in self.gaz.first_names and unit.start not in self.hit_at \
                    and ((place := self.hit_at.get(nxt.start)) is not None and place.entry.kind in ("place", "country")
                         or is_known_place(nxt.text)):
                lower_elsewhere = True  # "Upgrading Launceston's levees": a gerund before a place opens the sentence
            if lower_elsewhere and nxt is not None and len(run) == 2 and _plural_of_head(unit.lower, self.gaz.heads) \
                    and (hit := self.hit_at.get(nxt.start)) is not None and hit.entry.kind == "country":
                lower_elsewhere = False  # "Universities Australia said": a body named with its country
            if lower_elsewhere and nxt is not None and len(run) == 2 and unit.text in self.c.country_org_heads \
                    and (hit := self.hit_at.get(nxt.start)) is not None and hit.entry.kind in ("country", "place"):
                lower_elsewhere = False  # "Police Scotland said": the body, not Scotland
            if lower_elsewhere and nxt is not None and len(run) == 2 and unit.lower not in self.c.adverbs \
                    and not self.tok.is_stop[unit.start] and (hit := self.hit_at.get(nxt.start)) is not None \
                    and hit.entry.kind == "country" and hit.end < self.n \
                    and self.tok.lower[hit.end] in self.c.speech_verbs:
                lower_elsewhere = False  # "Tren Ecuador respondió": a body named with its country speaks
            if unit.initial and nxt is None and unit.lower in self.gaz.heads and unit.end < self.n \
                    and self.tok.texts[unit.end].islower() \
                    and (self.tok.lower[unit.end] in self.c.source_nouns
                         or self.tok.texts[unit.end].title() in self.c.generic) \
                    and not (unit.end + 1 < self.n and self.tok.texts[unit.end + 1][:1].isupper()):
                # "Hospital staff said", "Council leaders warned": a noun before the speakers (not
                # "Congress spokesperson Rahul Varghese said": the body of the one named)
                return []
            if unit.initial and nxt is None and unit.end < self.n and self.tok.texts[unit.end].islower() \
                    and (_plural_of_head(unit.lower, self.gaz.heads)
                         or self.c.lang == "en" and unit.lower in self.gaz.heads and unit.lower.endswith("s")
                         and not unit.lower.endswith("ss")) \
                    and unit.lower not in self.c.title_words and not self.hit_at.get(unit.start):
                # "Industries in Gweru have also been affected", "Hospitals were full": a plural, no body
                return []
            if unit.initial and unit.lower in UNNAMED_SOURCES and nxt is not None and nxt.lower in self.c.links \
                    and len(run) > 2:
                # "Fonte da PJ admitiu", "Fuentes del Ministerio dijeron": an unnamed source of the body
                run = run[2:]
                continue
            if unit.text in CAPS_ARTICLES and nxt is not None and nxt.text.isupper() and len(nxt.text) > 3 \
                    and not unit.initial:
                return run  # "al que ha tenido acceso EL MUNDO", "dijo a EL DEBER": the outlet's article
            if nxt is not None and not unit.initial and nxt.is_cap and (
                    unit.text in _TOWN_ARTICLES or self.c.lang == "es" and unit.text in _GALICIAN_ARTICLES
                    or unit.text == "All" and self.c.lang == "en"):  # "the All Progressives Congress"
                # "en Santa Cruz y El Alto", "llegó a A Gudiña": the article is the town's name's (a
                # Portuguese heading capitalises its own: "O Museu da Lourinhã")
                return run
            if unit.text in _PARTY_LABELS and self.c.lang == "en" and nxt is not None \
                    and nxt.text in self.gaz.first_names:
                run = run[1:]  # "Democrat Elena Ruiz", "Tory Jane Quell": her party, not her name
                continue
            if unit.initial and nxt is not None and nxt.text in self.gaz.first_names \
                    and unit.lower in self.c.title_words and unit.text not in self.gaz.first_names \
                    and not self.hit_at.get(unit.start):
                run = run[1:]  # "Nurse Olena Marchenko told", "Resident Ana Li said": what she is
                continue
            if unit.initial and len(run) == 3 and nxt is not None and unit.lower in self.c.title_words \
                    and unit.text not in self.gaz.first_names and not self.hit_at.get(unit.start) \
                    and not any(u.lower in self.gaz.heads or u.text in self.c.company_words or u.is_acronym
                                for u in run[1:]):
                run = run[1:]  # "Vendor Lorna Quelcruz said": a given name our list lacks, then a surname
                continue
            if unit.text in joiners or stop or lower_elsewhere or self._opening_verb(unit, nxt):
                run = run[1:]
                continue
            break
        while run and run[-1].text in joiners:
            run = run[:-1]
        while len(run) > 2 and self.c.lang == "en" and run[-1].text in _POST_NOMINALS \
                and not any(u.lower in self.gaz.heads for u in run):
            run = run[:-1]  # "Llinos Rees MS", "Jane Quell MP": her seat, not her name
        return run

    def _surname_of_a_given_name(self, unit: Unit) -> bool:
        """Whether the unit's word follows a given name elsewhere in the article ("Ainhoa Sola")."""
        texts, first_names = self.tok.texts, self.gaz.first_names
        return any(text == unit.text and k > 0 and k != unit.start and texts[k - 1] in first_names
                   for k, text in enumerate(texts))

    def _opening_verb(self, unit: Unit, nxt: Unit | None) -> bool:
        """A sentence-initial verb before a joiner is no part of a name ("Criticó al Banco de
        España", "Shares of Ford Motor"): a word with a verb ending, or in English any word
        before "of" that is no organisation head. In Portuguese and Spanish, one before a given
        name too ("Discursou Ana Quelsa, do PT")."""
        if not unit.initial or nxt is None:
            return False
        if nxt.text not in self.c.joiners and (self.c.lang == "en" or nxt.text not in self.gaz.first_names
                                               or unit.text in self.gaz.first_names):
            return False
        if self.c.lang == "en":
            return nxt.text == "of" and unit.lower not in self.gaz.heads
        if self.c.lang == "es" and nxt.text in _BARE_ARTICLES_ES and unit.text.endswith(_PRESENT_ENDINGS_ES) \
                and unit.lower not in self.gaz.heads and unit.text not in self.gaz.first_names \
                and unit.text not in self.c.place_heads and unit.lower not in self.c.place_nouns:  # "Villa el Salvador"
            return True  # "Participan el Gobierno Regional y la Sunat": a present, then its subject
        return unit.text.endswith(self.c.verb_endings) and unit.lower not in self.gaz.heads \
            and not (nxt.text in self.c.joiners and unit.text in self.gaz.first_names)  # "Maria da Luz Pires"

    def _split_run(self, run: list[Unit]) -> list[list[Unit]]:
        if not run:
            return []
        if self._has_head(run) or len(run) > 2 and run[-1].text in self.c.org_suffixes:  # "Road and Bridge Corporation"
            return [part for piece in self._split_before_head(run) for part in self._split_enumeration(piece)
                    for part in self._split_before_person(part)]
        if len(run) > 3 and self._spelled_by_initials(run):
            return [run]  # "Metropolitan Waterworks and Sewerage System (MWSS)": one body, its initials say
        if len(run) >= 4 and tuple(u.text for u in run[-3:]) in self.c.company_pairs \
                and not any(u.text in self.c.connectors for u in run[:-3]):
            return [run]  # "Atlântica Óleo e Gás": a company named by its sectors
        if self.c.lang == "pt" and len(run) >= 4 and run[-2].text == "e" and run[-1].text in _E_SURNAMES \
                and run[0].text in self.gaz.first_names and run[1].text not in self.gaz.first_names \
                and not any(u.text in self.c.connectors for u in run[:-2]):
            return self._split_before_person(run)  # "Ulisses Correia e Silva": one person's surnames
        parts: list[list[Unit]] = []
        current: list[Unit] = []
        for unit in run:
            if unit.text in self.c.connectors and unit.text not in self.c.particles:
                parts.append(current)
                current = []
            else:
                current.append(unit)
        if not parts:
            return self._split_before_person(run)  # no connector: the run is trimmed already
        parts.append(current)
        trimmed = [self._trim(part) for part in parts]
        return [part for part in trimmed if part]

    def _split_before_person(self, run: list[Unit]) -> list[list[Unit]]:
        """An organisation's name runs into a person's when a title before them has no comma:
        "el expresidente de la Generalitat Carles Puigdemont", "o presidente do Banco Central
        Roberto Campos Neto". The person starts where the title says a name starts (a known
        first name followed by a capitalised word) after an organisation head, initials, or a
        one-word name after an organisation noun ("o analista da consultoria StoneX Rafael
        Silveira"); without a title the run is one name, as in "Escola Secundária José Saramago"."""
        heads, after_title, first_names = self.gaz.heads, self.after_title, self.gaz.first_names
        # "a consultoria X"; not "a farmacêutica Helena Duarte Sá", a woman whose given name opens the run
        named_org = run[0].start > 0 and self.tok.lower[run[0].start - 1] in self.c.org_nouns \
            and run[0].text not in first_names
        told = run[0].start > 1 and self.tok.lower[run[0].start - 1] in TOLD_TO \
            and self.tok.lower[run[0].start - 2] in self.c.speech_verbs and run[0].text not in first_names
        if told:  # "dijo a Expansión Política Gerardo Ibarra Luna": the outlet told, then the speaker
            for i in range(1, len(run) - 1):
                # "comentó a NVI Noticias Rosalba X": after the outlet's word, a given name not listed
                if (run[i].text in first_names or run[i - 1].lower in _NEWS_WORDS) and run[i + 1].is_cap:
                    left = self._trim(run[:i])
                    return [left, run[i:]] if left else [run[i:]]
        for i in range(2, len(run) - 1):
            if run[i - 2].lower in self.c.led_by and run[i - 1].lower in _LINK_WORDS and run[i].text in first_names \
                    and run[i + 1].is_cap:
                # "El Gobierno de Daniel Ortega y Rosario Murillo": the leaders, not a body's name
                left = self._trim(run[:i - 1])
                if all(u.lower in self.c.led_by or u.lower in _ARTICLES for u in left):
                    left = []  # "El Gobierno" alone names no body
                return ([left] if left else []) + self._split_run(run[i:])
        for i in range(1, len(run) - 1):
            if run[i - 1].lower in _NAMING_TITLES and run[i - 1].is_cap and self.c.lang != "en":
                continue  # "Penitenciária Estadual Coronel Jorge Aquino": the title is the name's
            if run[i].text in first_names and run[i + 1].is_cap and i == 1 and run[0].lower in _NEWS_WORDS:
                return [run[i:]]  # "a RTVE [Noticias] Abdoulaye Sarr": the outlet's word, read with it
            if run[i].text in first_names and run[i + 1].is_cap and (named_org and i == 1
                                                                     or run[i - 1].lower in _NEWS_WORDS or (
                    (run[i].start in after_title or self._title_just_before(run[0].start)
                     and run[-1].end < self.n and self.tok.lower[run[-1].end] in self.c.speech_verbs)
                    and (any(u.lower in heads for u in run[:i]) or all(u.is_acronym for u in run[:i])))):
                left = self._trim(run[:i])
                return [left, run[i:]] if left else [run[i:]]
        return [run]

    def _title_just_before(self, k: int) -> bool:
        """Whether a title ends right before token `k`, or before "at/of/in the" there: "Minister
        of State at the Department of Transport Seán X said" names the body, then its minister
        (when a verb of saying follows: not "profesor de la Universidad Católica Andrés Bello")."""
        j = k - 1
        while j >= 0 and k - j <= 2 and self.tok.lower[j] in _BODY_LINKS:
            j -= 1
        hit = self.hit_at.get(j)
        return j < k - 1 and hit is not None and hit.entry.kind == "title" and hit.end == j + 1

    def _split_before_head(self, run: list[Unit]) -> list[list[Unit]]:
        """Words joined by "do/da/of" before the first organisation head name someone or
        something of that organisation, not the organisation ("Professor Narciso Garcia do
        Instituto Superior Técnico", "Filosofia da Linguagem da Faculdade de Letras")."""
        if self._spelled_by_initials(run):
            return [run]  # "Aportes del Tesoro Nacional (ATN)": one name, its initials say
        heads, pairs = self.gaz.heads, self.c.head_pairs
        for i, unit in enumerate(run):
            low = unit.lower
            # (or, in English, the first of two words of a head: "… of Constance Lake First Nation")
            if low in heads or low.partition("-")[0] in heads \
                    or self.c.lang == "en" and i + 1 < len(run) and run[i + 1].lower in pairs.get(low, ()):
                # English names come before the head: "Narciso Garcia of Quarrow University".
                j = i - 1
                en = self.c.lang == "en"
                while j > 0 and run[j].text not in _LINK_WORDS and (run[j].is_cap or en and run[j].text == "and"):
                    j -= 1  # "Sarah Crew of Avon and Somerset Police"
                first = j + 1  # where the organisation's name starts
                if j >= 2 and run[j].text in _ARTICLES and run[j - 1].text in _LINK_WORDS:
                    j -= 1  # "Maria Castillo of the Legal Aid Society", "Ana Pérez de la Universidad X"
                if j >= 1 and run[j].text in _LINK_WORDS and (first == i or self.c.lang == "en") \
                        and not (self.c.lang == "en" and any(u.lower in heads for u in run[:j])) \
                        and not any(run[m + 1].lower in pairs.get(run[m].lower, ()) for m in range(j - 1)) \
                        and not (self.c.lang == "en" and j == 1 and (run[0].lower in self.c.place_nouns
                                                                      or run[0].text in self.c.place_heads)):
                    # ("Port of Rotterdam Authority", "City of London Corporation", "Bay of Plenty
                    # Regional Council": a place's body)
                    # "House of Representatives Committee on X" is one body's name
                    left = self._trim(run[:j])
                    return [left, run[first:]] if left else [run[first:]]
                break
        return [run]

    def _split_enumeration(self, run: list[Unit]) -> list[list[Unit]]:
        """A conjunction and an article ("e o", "and the", "y la") join two names, never two
        words of one name: "a Associação X e o Comitê Y" are two organisations; so does a
        conjunction and "da/do/del" before a head ("Direcção-Geral de Energia e da Justiça Eleitoral")."""
        if self._spelled_by_initials(run):
            return [run]  # "Fundação para a Ciência e a Tecnologia (FCT)": one name
        parts: list[list[Unit]] = [[]]
        heads = self.gaz.heads
        for i, unit in enumerate(run):
            nxt = run[i + 1].lower if i + 1 < len(run) else ""
            purpose = nxt in _ARTICLES and self._purpose_goes_on(parts[-1], run[i + 1:])
            if unit.text in _CONJUNCTIONS and (nxt in _ARTICLES and not purpose or (
                    nxt in _CONTRACTIONS and i + 2 < len(run) and (
                        run[i + 2].lower in heads  # "e da Aeronáutica", "e da Guarda Civil Municipal"
                        or run[i + 2].text.isupper() and run[i + 2].lower in self.c.org_nouns  # "e da ONG X"
                        or i + 3 < len(run) and run[i + 3].lower in self.c.head_pairs.get(run[i + 2].lower, ())))
                    or (i > 0 and run[i - 1].text in self.c.org_suffixes)  # "Colgate-Palmolive Co. and Apple Inc."
                    or (nxt in heads and any(u.lower == nxt for u in parts[-1]))  # "Ministry of X and Ministry of Y"
                    or (self.c.lang != "en" and nxt in heads and parts[-1]
                        and not any(u.lower in heads for u in parts[-1]))  # "Bancoval y Banca Meridional"
                    or (i + 2 < len(run) and run[i + 1].text in self.c.place_heads  # "e Parque União"
                        and not (run[i - 1].text == "City" and run[i + 1].text == "County"))  # one council
                    or (unit.text == "and" and (run[i - 1].text == "International"  # "Amnesty International and"
                                                or self._heads_both_sides(run, i)
                                                or self._named_bodies_both_sides(run, i)
                                                or (i == 1 and run[0].is_acronym)  # "JAXA and Mitsubishi Heavy"
                                                or any(u.text == "&" for u in run[i + 1:])))):  # "and Pratt & Whitney"
                parts.append([])
            else:
                parts[-1].append(unit)
        if len(parts) == 1:
            return [run]
        trimmed = [self._trim(part) for part in parts]
        return [part for part in trimmed if part]

    def _heads_both_sides(self, run: list[Unit], i: int) -> bool:
        """An English name ends at its head: after "X Bank and", one more word that is no head
        is another body ("Commonwealth Bank and Westpac"), and so is a name that ends in the
        same head ("South Yorkshire Police and West Midlands Police"). A head at the end gathers both
        ("University and College Union"); more words may still be one body's ("Fire Service and
        Civil Defence") or a title ("Police and Crime Commissioner")."""
        heads = self.gaz.heads
        if self.c.lang != "en" or i < 2 or run[i - 1].lower not in heads:
            return False
        if i + 2 < len(run) and run[-1].lower == run[i - 1].lower:
            return True  # "South Yorkshire Police and West Midlands Police": the head twice, two bodies
        return i + 2 == len(run) and run[-1].lower not in heads and not _plural_of_head(run[-1].lower, heads)

    def _named_bodies_both_sides(self, run: list[Unit], i: int) -> bool:
        """English: two names of two words or more, each ending in a head or a company's word and
        opening with a word of its own (no common word), are two bodies: "Buddha Air and Yeti
        Airlines" (not "Royal Bank and Trust Company", "Department of Agriculture and Food")."""
        if self.c.lang != "en" or i < 2 or len(run) - i - 1 < 2:
            return False
        before, after = run[:i], run[i + 1:]
        ends = self.gaz.heads, self.c.company_words
        return all(part[-1].lower in ends[0] or part[-1].text in ends[1] for part in (before, after)) \
            and not any(u.text in self.c.connectors for u in run if u is not run[i]) \
            and not is_common_word(after[0].lower, "en") and after[0].is_cap

    def _purpose_goes_on(self, before: list[Unit], after: list[Unit]) -> bool:
        """A body's purpose after "para/por/for" goes on past "y el/e a" when no head follows:
        "Fondo para la Transformación y el Crecimiento" is one body. So does a field of a body
        after "de": one or two words with no head of their own ("Federación … de Empresarios del
        Transporte y la Logística")."""
        heads = self.gaz.heads
        if any(u.lower in heads for u in after):
            return False
        if any(u.text in _PURPOSE for u in before):
            return True
        words = [u for u in after[1:] if u.is_cap and not u.is_acronym]  # (after the article)
        return bool(before) and before[0].lower in heads and any(u.lower in self.c.links for u in before) \
            and len(after) - 1 == len(words) and 1 <= len(words) <= 2 \
            and words[-1].lower.endswith((*self.c.noun_suffixes, *_FIELD_ENDINGS)) \
            and not any(u.text in self.gaz.first_names for u in words)

    def _places_in_a_name(self, current: list[Unit], start: int) -> int | None:
        """Where a body's name ends that goes on past the place at token `start` with "e/y/and"
        and another capitalised name, when the bracketed initials after it spell the whole name
        ("Administração dos Portos de Setúbal e Sesimbra (APSS)"); None otherwise."""
        texts, hit = self.tok.texts, self.hit_at[start]
        if hit.start != start or hit.entry.kind not in ("place", "country") or hit.end + 1 >= self.n \
                or current[-1].end + 1 != start or self.tok.lower[start - 1] not in self.c.links \
                or texts[hit.end] not in _AND_JOINS:
            return None
        j = hit.end + 1
        while j < self.n and j - hit.end <= 3 and is_cap(texts[j]) and self.tok.is_alpha[j]:
            j += 1
        if j == hit.end + 2 and texts[hit.end + 1] in _AREA_TAILS:
            return j  # "la Asociación de Hoteles de Sevilla y Provincia": the province of the city
        if j == hit.end + 1 or j + 2 >= self.n or texts[j] != "(" or texts[j + 2] != ")":
            return None
        named = [u.text for u in current if u.lower not in self.c.determiners]  # (not an opening "A")
        words = named + texts[start:hit.end] + texts[hit.end + 1:j]
        initials = "".join(w[0] for w in words if w[:1].isupper())
        return j if len(initials) >= 3 and texts[j + 1].upper() == initials.upper() else None

    def _spelled_by_initials(self, run: list[Unit]) -> bool:
        """The run is followed by "(ACRONYM)" made of its capitalised words' initials."""
        end, texts = run[-1].end, self.tok.texts
        if end + 2 >= self.n or texts[end] != "(" or texts[end + 2] != ")":
            return False
        initials = "".join(u.text[0] for u in run if u.text[:1].isupper())
        return len(initials) >= 3 and texts[end + 1].upper() == initials.upper()

    def _country_tail(self, run: list[Unit]) -> bool:
        """A word and a country's name after it ("Age UK", "Elections Canada"): see `_joins_name`."""
        hit = self.hit_at.get(run[-1].start)
        return len(run) in (2, 3) and hit is not None and hit.entry.kind == "country" \
            and (not hit.entry.capital or run[0].text.isupper() and len(run[0].text) > 2)  # "SATSE Madrid"

    def _has_head(self, run: list[Unit]) -> bool:
        """A word of the run, or two in a row, is an organisation head."""
        words = list(map(_LOWER, run))
        heads = self.gaz.heads
        if self.c.lang != "en" and len(run) > 2 and run[0].text in self.gaz.first_names and words[-1] in heads \
                and heads.isdisjoint(words[:-1]) and all(u.is_cap for u in run):
            words = words[:-1]  # "Manuel Quelgaño Corte", "João Pedro Câmara": a surname; names open with the head
        elif self.c.lang != "en" and 2 <= len(run) <= 4 and run[0].text in self.gaz.first_names \
                and words[0] not in heads and all(u.is_cap for u in run):
            # "Lucía Cárcel Ibáñez", "Ana Banco": a surname, in a name with no particle; Portuguese
            # and Spanish names open with their head
            words = [w for w in words if w not in heads]
        if not heads.isdisjoint(words) or "&" in words or any(_general_head(w, heads) for w in words) \
                or any("-" in u.text and u.text.partition("-")[2].isupper() and u.lower.partition("-")[0] in heads
                       and f"({u.text})" not in self.text for u in run):
            # "Procon-DF": a body and its state's initials (not one's short name: "Companhia do
            # Metropolitano do Distrito Federal (Metrô-DF)")
            return True  # "Ben & Jerry's", "Marks & Spencer": only companies are named with "&"
        if any(branch_in_place(u.text, self.gaz.place_countries) and f"({u.text})" not in self.text for u in run):
            return True  # "PS-Madeira", "PSD-Açores": a party's or a body's branch in a region
        if self.c.lang == "pt" and _UNION_NAME.match(run[0].text) and run[0].text not in self.gaz.first_names \
                and f"({run[0].text})" not in self.text:  # (a short name in brackets links to the full one)
            return True  # "Sindipetro Unificado-SP", "o Sindmetal-RJ": Brazilian unions are named "Sind…"
        pairs = self.c.head_pairs
        if pairs.keys().isdisjoint(words):
            return False  # tested in C: most runs have no first word of a two-word head
        return any(second in pairs.get(first, ()) for first, second in zip(words, words[1:], strict=False))


def branch_in_place(text: str, places: Container[str]) -> bool:
    """Initials joined to a place listed (`places`, lowercase) or known: "PS-Madeira",
    "PSD-Açores" (a body's branch there)."""
    left, dash, right = text.partition("-")
    return bool(dash) and left.isupper() and len(left) >= 2 and right[:1].isupper() and not right.isupper() \
        and (right.lower() in places or is_known_place(right))


def _plural_of_head(word: str, heads: set[str] | frozenset[str]) -> bool:
    """Whether `word` is the plural of an organisation head ("universities", "hospitals")."""
    return word.endswith("ies") and word[:-3] + "y" in heads or word.endswith("s") and word[:-1] in heads
