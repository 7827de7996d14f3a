"""etl_actors: exact actors (id, type, country, role, mentions with offsets) per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from etl.extract.components._actors_gazetteer import _longest_matches, slugify
from etl.extract.components._actors_units import ActorSet
from etl.extract.nlp import process_text
from etl.extract.patterns import longest_first
from etl.models import Article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_b11bf649713d4806.txt"


def run(lang: str, text: str) -> Doc:
    return process_text(text, lang)


def compact(doc: Doc) -> list[tuple[str, str, str | None, str | None, list[tuple[int, str]]]]:
    return [
        (a.actor_id, a.type, a.country, a.role, [(m.start, m.text) for m in a.mentions])
        for a in doc._.actors
    ]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "pt",
            "O líder norte-coreano, Kim Jong-un, recebeu o ministro da Defesa russo, "
            "Andrei Belousov. O Sr. Kim e Belousov falaram.",
            [
                ("person:kim-jong-un", "person", "PRK", "líder", [(23, "Kim Jong-un"), (95, "Kim")]),
                ("person:andrei-belousov", "person", "RUS", "ministro da Defesa",
                 [(72, "Andrei Belousov"), (101, "Belousov")]),
            ],
        ),
        (
            "pt",
            "A ministra da Saúde, Nísia Trindade, visitou a Coreia do Sul e a RPDC.",
            [
                ("person:nisia-trindade", "person", "BRA", "ministra da Saúde", [(21, "Nísia Trindade")]),
                ("country:kor", "country", "KOR", None, [(47, "Coreia do Sul")]),
                ("country:prk", "country", "PRK", None, [(65, "RPDC")]),
            ],
        ),
        (
            "pt",
            "O presidente americano Joe Biden falou com a Sra. Ana Souza em Kiev.",
            [
                ("person:joe-biden", "person", "USA", "presidente", [(23, "Joe Biden")]),
                ("person:ana-souza", "person", None, None, [(50, "Ana Souza")]),
                ("location:kiev", "location", "UKR", None, [(63, "Kiev")]),
            ],
        ),
        (
            "pt",
            "A agência de espionagem da Coreia do Sul disse que a Rússia enviou mísseis ATACMS a Kursk.",
            [
                ("organization:national-intelligence-service", "organization", "KOR", None,
                 [(2, "agência de espionagem da Coreia do Sul")]),
                ("country:kor", "country", "KOR", None, [(27, "Coreia do Sul")]),
                ("country:rus", "country", "RUS", None, [(53, "Rússia")]),
                ("location:kursk", "location", "RUS", None, [(84, "Kursk")]),
            ],
        ),
        (
            "pt",
            "Segundo dia de combates. O Ministério da Defesa da Ucrânia informou que Moscovo atacou Kharkiv.",
            [
                ("organization:ministerio-da-defesa-da-ucrania", "organization", "UKR", None,
                 [(27, "Ministério da Defesa da Ucrânia")]),
                ("country:rus", "country", "RUS", None, [(72, "Moscovo")]),
                ("location:kharkiv", "location", "UKR", None, [(87, "Kharkiv")]),
            ],
        ),
        (
            "en",
            "Russian President Vladimir Putin met Mr. Biden in Washington while the Pentagon stayed silent.",
            [
                ("person:vladimir-putin", "person", "RUS", "president", [(18, "Vladimir Putin")]),
                ("person:joe-biden", "person", "USA", None, [(41, "Biden")]),
                ("location:washington", "location", "USA", None, [(50, "Washington")]),
                ("organization:pentagon", "organization", "USA", None, [(71, "Pentagon")]),
            ],
        ),
        (
            "en",
            "South Korea's spy agency said North Korea sent troops to Kursk. The agency gave no details.",
            [
                ("country:kor", "country", "KOR", None, [(0, "South Korea")]),
                ("organization:national-intelligence-service", "organization", "KOR", None,
                 [(0, "South Korea's spy agency"), (68, "agency")]),
                ("country:prk", "country", "PRK", None, [(30, "North Korea")]),
                ("location:kursk", "location", "RUS", None, [(57, "Kursk")]),
            ],
        ),
        (
            "es",
            "El canciller de Marruecos, Nasser Bourita, recibió en Rabat a la ministra Xalbora Pérez.",
            [
                ("country:mar", "country", "MAR", None, [(16, "Marruecos")]),
                ("person:nasser-bourita", "person", "MAR", "canciller", [(27, "Nasser Bourita")]),
                ("location:rabat", "location", "MAR", None, [(54, "Rabat")]),
                ("person:xalbora-perez", "person", None, "ministra", [(74, "Xalbora Pérez")]),
            ],
        ),
        (
            "es",
            "La agencia de espionaje surcoreana informó que Corea del Norte envió tropas a Rusia.",
            [
                ("organization:national-intelligence-service", "organization", "KOR", None,
                 [(3, "agencia de espionaje surcoreana")]),
                ("country:prk", "country", "PRK", None, [(47, "Corea del Norte")]),
                ("country:rus", "country", "RUS", None, [(78, "Rusia")]),
            ],
        ),
    ],
)
def test_actors_extracts_exact_actors(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Unseen names: typed by an apposed title, a possessive country and a cue verb.
        ("en", "Zorblat Quennik, Freedonia's prime minister, said the U.S. would help.",
         [("person:zorblat-quennik", "person", None, "prime minister", [(0, "Zorblat Quennik")]),
          ("country:usa", "country", "USA", None, [(54, "U.S.")])]),
        ("pt", "Segundo o Sr. Tarvok, a reunião acabou. O porta-voz Brenik Olsav disse que Olsav não viaja.",
         [("person:tarvok", "person", None, None, [(14, "Tarvok")]),
          ("person:brenik-olsav", "person", None, "porta-voz", [(52, "Brenik Olsav"), (75, "Olsav")])]),
        # Hyphenated Korean given names, and a capitalised stop word before one ("No").
        ("pt", "O ministro da Defesa norte-coreano, No Kwang-chol, chegou.",
         [("person:no-kwang-chol", "person", "PRK", "ministro da Defesa", [(36, "No Kwang-chol")])]),
        # A surname that is a country name stays the person, also when used alone.
        ("pt", "O primeiro-ministro português, Luís Montenegro, falou. Montenegro garantiu apoio.",
         [("person:luis-montenegro", "person", "PRT", "primeiro-ministro",
           [(31, "Luís Montenegro"), (55, "Montenegro")])]),
        # Sentence-initial capitalised words are not names; demonyms are not mentions.
        ("pt", "Desde então, tropas russas avançaram. Comentário (0)", []),
        ("en", "On Tuesday, Russian forces advanced in November.", []),
    ],
)
def test_actors_types_unseen_names(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "name,slug",
    [("Kim Jong-un", "kim-jong-un"), ("Kim Jong Un", "kim-jong-un"), ("Nísia Trindade", "nisia-trindade")],
)
def test_actors_slug_is_stable_across_spellings(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_actors_finds_the_seed_facts() -> None:
    doc = run("pt", SEED.read_text(encoding="utf-8"))
    found = {a.actor_id: (a.type, a.country, a.role, [m.text for m in a.mentions]) for a in doc._.actors}
    assert found["person:kim-jong-un"] == (
        "person", "PRK", "líder", ["Kim Jong-un", "Kim", "Kim", "Kim Jong-un", "Kim", "Kim"]
    )
    assert found["person:andrei-belousov"] == (
        "person", "RUS", "ministro da Defesa", ["Andrei Belousov", "Belousov", "Belousov"]
    )
    assert found["person:vladimir-putin"] == ("person", "RUS", "presidente", ["Vladimir Putin", "Putin"])
    assert found["person:joe-biden"] == ("person", "USA", "presidente", ["Joe Biden"])
    assert found["person:no-kwang-chol"] == ("person", "PRK", "ministro da Defesa", ["No Kwang-chol"])
    assert found["organization:kcna"] == ("organization", "PRK", None, ["KCNA"] * 4)
    assert found["organization:national-intelligence-service"] == (
        "organization", "KOR", None, ["agência de espionagem da Coreia do Sul", "agência"]
    )
    assert found["country:rus"][3] == ["Moscou", "Rússia", "Rússia", "Moscou", "Rússia", "Rússia", "Rússia"]
    assert found["country:ukr"][3] == ["Ucrânia", "Ucrânia", "Kiev", "Ucrânia"]
    assert found["country:usa"][3] == ["EUA", "EUA"]
    assert found["country:prk"][3] == ["RPDC", "Pyongyang", "Coreia do Norte", "Coreia do Norte"]
    assert found["country:kor"][3] == ["Coreia do Sul"]
    assert found["location:kursk"] == ("location", "RUS", None, ["Kursk"])
    assert [a.mentions[0].start for a in doc._.actors] == sorted(a.mentions[0].start for a in doc._.actors)


def test_actors_mentions_equal_their_text_slice() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = run("pt", text)
    assert all(text[m.start:m.end] == m.text for a in doc._.actors for m in a.mentions)


def ids_and_mentions(doc: Doc) -> list[tuple[str, list[str]]]:
    return [(a.actor_id, [m.text for m in a.mentions]) for a in doc._.actors]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A place inside an organisation's name is not a mention of its own; English puts it first.
        ("en", "The Public Health Agency of Sweden and the Texas Department of Water Works said so.",
         [("organization:public-health-agency-of-sweden", ["Public Health Agency of Sweden"]),
          ("organization:texas-department-of-water-works", ["Texas Department of Water Works"])]),
        # Events and laws are no actors, nor the places in their names.
        ("es", "El equipo ganó la Copa de Europa y la Liga de Campeones en Quibdó.",
         [("location:quibdo", ["Quibdó"])]),
        # A capitalised occupation in a heading is no title; a place after "em" is no person
        # even before an apposed title.
        ("pt", "Guia Médico Escolha uma opção.", []),
        # Without a title, an institution named after a person is one name.
        ("pt", "Estudou na Escola Secundária José Saramago.",
         [("organization:escola-secundaria-jose-saramago", ["Escola Secundária José Saramago"])]),
        ("pt", "Quando o filme foi exibido em Cannes, o cineasta voltou.", [("location:cannes", ["Cannes"])]),
        # An adjective of nationality right before a name gives the person's country.
        ("pt", "Perdeu para a americana Simone Quelme.", [("person:simone-quelme", ["Simone Quelme"])]),
        # A company suffix ends an organisation's name in any language.
        ("pt", "Em nota, a Quarrow Corp afirmou que a decisão é ilegal.",
         [("organization:quarrow-corp", ["Quarrow Corp"])]),
        # An organisation named after an event is one: its head word is an organisation's.
        ("en", "The storm neared Tampa Bay, the National Hurricane Center (NHC) said.",
         [("location:tampa-bay", ["Tampa Bay"]),
          ("organization:national-hurricane-center", ["National Hurricane Center", "NHC"])]),
        ("en", "He won the Champions League with Quarrow United.",
         [("organization:quarrow-united", ["Quarrow United"])]),
        # A bare government word is no actor; a portfolio after "para la" is no person.
        ("es", "La ministra para la Transición Digital, Zoraida Quelme, pidió fondos al Gobierno central.",
         [("person:zoraida-quelme", ["Zoraida Quelme"])]),
        # One word after an organisation noun is an organisation, everywhere in the article.
        ("es", "Según la minera Xantera, las ventas subieron. El Xantera cotiza en bolsa.",
         [("organization:xantera", ["Xantera", "Xantera"])]),
        # A bracketed abbreviation after an organisation is that organisation.
        ("pt", "O Conselho de Vigilância Fluvial (Covif) reuniu-se. Depois, o Covif afirmou que sim.",
         [("organization:conselho-de-vigilancia-fluvial", ["Conselho de Vigilância Fluvial", "Covif", "Covif"])]),
        # Generic plurals at a sentence start are no one; a street is a place.
        ("en", "Analysts said the talks at Quarrow Street failed.", [("location:quarrow-street", ["Quarrow Street"])]),
        # A shorter form of a person named in full is that person.
        ("pt", "O ministro Tomás Vieira Brandão falou. Depois, o Sr. Vieira Brandão saiu.",
         [("person:tomas-vieira-brandao", ["Tomás Vieira Brandão", "Vieira Brandão"])]),
    ],
)
def test_actors_issue_3(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def test_units_are_glued_words_with_sentence_starts() -> None:
    """Word units are built on demand; they must read the doc as a left-to-right pass would:
    an honorific keeps its dot, hyphens glue words, and a unit after a sentence end, an
    opening quote or a line break starts a sentence."""
    from etl.extract.components._actors_units import Units
    from etl.extract.nlp import load_nlp
    from etl.extract.patterns import doc_tokens

    nlp = load_nlp("pt")
    text = 'O Sr. Kim Jong-un chegou. «Ele disse» que\n\nA Ana-Maria e o Dr.-X viram "a-b-c"'
    doc = nlp.get_pipe("etl_sentencizer")(nlp.make_doc(text))
    units = Units(doc_tokens(doc), nlp.get_pipe("etl_actors").gaz.honorifics)
    read, k = [], 0
    while k < len(doc):
        unit = units.at(k)
        read.append((unit.text, bool(unit.initial)))
        k = unit.end
    assert read == [
        ("O", True), ("Sr.", False), ("Kim", False), ("Jong-un", False), ("chegou", False), (".", False),
        ("«", True), ("Ele", True), ("disse", False), ("»", False), ("que", False), ("\n\n", False),
        ("A", True), ("Ana-Maria", False), ("e", False), ("o", False), ("Dr.-X", False), ("viram", False),
        ('"', False), ("a-b-c", False), ('"', False),
    ]
    assert [units.text_at(i) for i in units.cap_starts()] == ["O", "Sr.", "Kim", "Jong-un", "Ele", "A",
                                                               "Ana-Maria", "Dr.-X"]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A company suffix belongs to the known organisation before it, not to an actor of its own.
        ("en", "Apple Inc. and JPMorgan Chase & Co. rose.",
         [("organization:apple", ["Apple Inc."]), ("organization:jpmorgan-chase", ["JPMorgan Chase & Co."])]),
        # A capitalised title word before an organisation's name is part of it.
        ("en", "Shares of General Vortex Co. fell as the Premier Quarrow League resumed.",
         [("organization:general-vortex-co", ["General Vortex Co."]),
          ("organization:premier-quarrow-league", ["Premier Quarrow League"])]),
        # English puts no article and no person's possessive before a person's name.
        ("en", "He joined the Crimson Wolves and Tom Keller's Blue Meridian, not Tom Keller.",
         [("organization:crimson-wolves", ["Crimson Wolves"]), ("person:tom-keller", ["Tom Keller", "Tom Keller"]),
          ("organization:blue-meridian", ["Blue Meridian"])]),
        ("en", "Britain's Dorian Vale said so.",
         [("country:gbr", ["Britain"]), ("person:dorian-vale", ["Dorian Vale"])]),
        # Abstract nouns make no person ("Truth Social", "Ciências Políticas", "Educación Infantil").
        ("en", "He posted on Truth Social about the Revolutionary Guards.", []),
        ("pt", "Estudou Ciências Políticas e depois Educação Infantil.", []),
        ("es", "Estudió Ciencias Políticas y luego Educación Infantil.", []),
        # Titles of English news: speaker, CEO, "Sen."; a dateline is a place.
        ("en", "Professor Adrian Quell led the trial.", [("person:adrian-quell", ["Adrian Quell"])]),
        ("en", "KYIV, Ukraine — Speaker Dale Marsh met CEO Kelly Ortberg and Sen. Chuck Schumer.",
         [("location:kyiv", ["KYIV"]), ("country:ukr", ["Ukraine"]), ("person:dale-marsh", ["Dale Marsh"]),
          ("person:kelly-ortberg", ["Kelly Ortberg"]), ("person:chuck-schumer", ["Chuck Schumer"])]),
        # A dateline after a headline, and one whose first word is a place word in capitals.
        ("pt", "Governo aprova orçamento\n\nLISBOA — O Conselho aprovou.",
         [("location:lisboa", ["LISBOA"]), ("organization:conselho", ["Conselho"])]),
        ("pt", "SÃO PAULO — A Petrobras lucrou.",
         [("location:sao-paulo", ["SÃO PAULO"]), ("organization:petrobras", ["Petrobras"])]),
        # A first name after a place noun is part of the place's name.
        ("pt", "Fomos para a cidade de Pedro Leopoldo.", [("location:pedro-leopoldo", ["Pedro Leopoldo"])]),
        ("es", "Fuimos a la ciudad de Pedro Juan Caballero.",
         [("location:pedro-juan-caballero", ["Pedro Juan Caballero"])]),
    ],
)
def test_actors_english_news_and_common_nouns(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Arabic articles glued to a name are part of it.
        ("en", "The delegation was led by Khalil al-Hayya.", [("person:khalil-al-hayya", ["Khalil al-Hayya"])]),
        ("pt", "A delegação foi chefiada por Khalil al-Hayya.", [("person:khalil-al-hayya", ["Khalil al-Hayya"])]),
        # A sentence-initial pair whose last word comes back alone is a person, unless it opens with a verb.
        ("en", "Novak Vrelic beat him. Later Vrelic said so.",
         [("person:novak-vrelic", ["Novak Vrelic", "Vrelic"])]),
        ("pt", "Egas Varonil chegou. Depois Varonil saiu.", [("person:egas-varonil", ["Egas Varonil", "Varonil"])]),
        ("pt", "Fiz Medicina Legal em Braga. Depois a Legal fechou.", [("location:braga", ["Braga"])]),
        # Saints name places ("São Leopoldo", "San Quirino", "S. Vicente").
        ("en", "Residents of São Leopoldo fled.", [("location:sao-leopoldo", ["São Leopoldo"])]),
        ("es", "Los vecinos de San Quirino huyeron.", [("location:san-quirino", ["San Quirino"])]),
        ("pt", "As ilhas de S. Vicente e Santo Antão.",
         [("location:s-vicente", ["S. Vicente"]), ("location:santo-antao", ["Santo Antão"])]),
    ],
)
def test_actors_name_shapes(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A demonym is part of an organisation's name: before the name in English, after the head
        # in Portuguese and Spanish; "e o/and the/y la" separates two names.
        ("en", "The American Civil Liberties Union sued.",
         [("organization:american-civil-liberties-union", ["American Civil Liberties Union"])]),
        ("en", "The South African Quelman Rights Commission sued.",
         [("organization:south-african-quelman-rights-commission", ["South African Quelman Rights Commission"])]),
        ("pt", "A Associação Brasileira de Quelónios e o Comitê Olímpico Brasileiro reuniram-se.",
         [("organization:associacao-brasileira-de-quelonios", ["Associação Brasileira de Quelónios"]),
          ("organization:comite-olimpico-brasileiro", ["Comitê Olímpico Brasileiro"])]),
        ("es", "La Asociación Española de Quelonios y la Federación Española de Remo firmaron.",
         [("organization:asociacion-espanola-de-quelonios", ["Asociación Española de Quelonios"]),
          ("organization:federacion-espanola-de-remo", ["Federación Española de Remo"])]),
        # A company word at the end makes a company ("Ativa Investimentos", "América Móvil",
        # "Southern Water", "TransPennine Express").
        ("en", "The regulator fined Quelm Water and Quelm Express.",
         [("organization:quelm-water", ["Quelm Water"]), ("organization:quelm-express", ["Quelm Express"])]),
        # An airport is a place, not a company.
        ("en", "Flights were cancelled at Quelm Airport.", [("location:quelm-airport", ["Quelm Airport"])]),
        ("pt", "O analista da Quelma Investimentos falou.",
         [("organization:quelma-investimentos", ["Quelma Investimentos"])]),
        ("es", "Quelma Móvil reportó ganancias.", [("organization:quelma-movil", ["Quelma Móvil"])]),
        # A body named with its country ("Age UK", "Elections Canada", "Migración Colombia"),
        # not a match between two countries ("Brasil X Noruega").
        ("en", "The charity Age UK said the cuts were cruel.", [("organization:age-uk", ["Age UK"])]),
        ("es", "Migración Colombia informó.", [("organization:migracion-colombia", ["Migración Colombia"])]),
        ("en", "QML New Zealand said the field was depleted.",
         [("organization:qml-new-zealand", ["QML New Zealand"])]),
        ("en", "In New Zealand, Quelmo Corp said.",
         [("country:nzl", ["New Zealand"]), ("organization:quelmo-corp", ["Quelmo Corp"])]),
        ("pt", "Na partida Brasil X Noruega.", [("country:bra", ["Brasil"]), ("country:nor", ["Noruega"])]),
        # Initials in brackets that spell the whole run keep "e a" inside one name.
        ("pt", "A Fundação para a Ciência e a Quelmologia (FCQ) pagou.",
         [("organization:fundacao-para-a-ciencia-e-a-quelmologia",
           ["Fundação para a Ciência e a Quelmologia", "FCQ"])]),
        ("en", "Quelmo Manufacturing International Corporation (QMIC) grew. It makes quelmo chips.",
         [("organization:quelmo-manufacturing-international-corporation",
           ["Quelmo Manufacturing International Corporation", "QMIC"])]),
        # English puts a country and a known body before the head: one name.
        ("en", "The Nigeria Labour Congress began a strike.",
         [("organization:nigeria-labour-congress", ["Nigeria Labour Congress"])]),
        # After a head and "of", a demonym continues the name ("Congress of South African Trade
        # Unions", "Confederation of British Industry").
        ("en", "The Congress of South African Quelmo Unions said.",
         [("organization:congress-of-south-african-quelmo-unions", ["Congress of South African Quelmo Unions"])]),
        ("en", "The Confederation of British Quelmers warned.",
         [("organization:confederation-of-british-quelmers", ["Confederation of British Quelmers"])]),
        # "on/sobre" join the words of an organisation's name after its head.
        ("en", "The Council on Foreign Relations met.",
         [("organization:council-on-foreign-relations", ["Council on Foreign Relations"])]),
        # An organisation's parent body is part of its name.
        ("pt", "O presidente da Comissão dos Transportes do Parlamento Europeu falou.",
         [("organization:comissao-dos-transportes-do-parlamento-europeu",
           ["Comissão dos Transportes do Parlamento Europeu"])]),
        # Name particles of other languages ("Erik ten Hag").
        # ("United" is a club: a team word heads an organisation's name.)
        ("en", "United sacked manager Erik ten Hag.",
         [("organization:united", ["United"]), ("person:erik-ten-hag", ["Erik ten Hag"])]),
        # Sports clubs are named with a club word ("Atlético", "Sporting", "Deportivo"), and a
        # place or country right after a head is part of the name ("Alianza Lima").
        ("pt", "O Atlético Mineiro venceu o Esporte Clube Bahia.",
         [("organization:atletico-mineiro", ["Atlético Mineiro"]),
          ("organization:esporte-clube-bahia", ["Esporte Clube Bahia"])]),
        ("es", "El Deportivo Alavés empató con Alianza Lima.",
         [("organization:deportivo-alaves", ["Deportivo Alavés"]), ("organization:alianza-lima", ["Alianza Lima"])]),
        ("pt", "O jantar foi no Hotel Lisboa Plaza, em Lisboa.",
         [("organization:hotel-lisboa-plaza", ["Hotel Lisboa Plaza"]), ("location:lisboa", ["Lisboa"])]),
        # Newspapers and broadcasters are organisations of their country; after an organisation
        # head, a known organisation is part of the name ("Agência Folha").
        ("es", "El Mundo publicó la carta.", [("organization:el-mundo", ["El Mundo"])]),
        ("pt", "A Agência Folha apurou.", [("organization:agencia-folha", ["Agência Folha"])]),
        # Armed groups that conflict-event coders track are groups with their country.
        ("en", "Boko Haram and Islamic Jihad fighters clashed with M23.",
         [("group:boko-haram", ["Boko Haram"]), ("group:islamic-jihad", ["Islamic Jihad"]), ("group:m23", ["M23"])]),
        ("es", "El Ejército de Liberación Nacional (ELN) y el Tren de Aragua.",
         [("group:eln", ["Ejército de Liberación Nacional", "ELN"]), ("group:tren-de-aragua", ["Tren de Aragua"])]),
        # A group's abbreviation in brackets is the group.
        ("en", "The Rapid Support Forces (RSF) attacked. The RSF denied it.",
         [("group:rapid-support-forces", ["Rapid Support Forces", "RSF", "RSF"])]),
        # Well-known companies are organisations, also before a speech verb.
        ("en", "Toyota said it would recall cars.", [("organization:toyota", ["Toyota"])]),
        ("pt", "A Toyota disse que vai recolher carros.", [("organization:toyota", ["Toyota"])]),
        ("es", "Toyota dijo que retirará coches.", [("organization:toyota", ["Toyota"])]),
        # A body's name lists its fields after a comma; "nos/nas" join a name with a head.
        ("pt", "A Agência Nacional de Quelmo, Gás e Biocombustíveis assinou.",
         [("organization:agencia-nacional-de-quelmo-gas-e-biocombustiveis",
           ["Agência Nacional de Quelmo, Gás e Biocombustíveis"])]),
        ("es", "El Ministerio de Quelmura, Ganadería y Pesca informó.",
         [("organization:ministerio-de-quelmura-ganaderia-y-pesca", ["Ministerio de Quelmura, Ganadería y Pesca"])]),
        ("pt", "O Serviço de Intervenção nos Comportamentos Quelmos e nas Dependências alertou.",
         [("organization:servico-de-intervencao-nos-comportamentos-quelmos-e-nas-dependencias",
           ["Serviço de Intervenção nos Comportamentos Quelmos e nas Dependências"])]),
        # "em/en" join a field or a plural to a body's name, not a town; so does "e do" a place
        # named the way the body's first place is.
        ("es", "El Instituto Nacional de Investigación en Quelmares y Ecosistemas de Montaña informó.",
         [("organization:instituto-nacional-de-investigacion-en-quelmares-y-ecosistemas-de-montana",
           ["Instituto Nacional de Investigación en Quelmares y Ecosistemas de Montaña"])]),
        ("pt", "O Ministério da Quelmação em Serviços Públicos informou.",
         [("organization:ministerio-da-quelmacao-em-servicos-publicos",
           ["Ministério da Quelmação em Serviços Públicos"])]),
        ("es", "El Ministerio de Quelmura en Lima informó.",
         [("organization:ministerio-de-quelmura", ["Ministerio de Quelmura"]), ("location:lima", ["Lima"])]),
        ("pt", "A Administração dos Portos de Quelmines e do Algarve lançou o concurso.",
         [("organization:administracao-dos-portos-de-quelmines-e-do-algarve",
           ["Administração dos Portos de Quelmines e do Algarve"])]),
        # A town with a head word in its name is a town ("Fundo" is also a fund).
        ("pt", "Os voos foram para Caxias do Sul e Passo Fundo.",
         [("location:caxias-do-sul", ["Caxias do Sul"]), ("location:passo-fundo", ["Passo Fundo"])]),
        # An adjective that opens the sentence before a title names no one; a title in
        # apposition makes a person of a source.
        ("en", "Political analyst Quelm Bhosale said it failed.", [("person:quelm-bhosale", ["Quelm Bhosale"])]),
        ("en", "According to Fatouma Quelm, a researcher at the institute, trade slumped.",
         [("person:fatouma-quelm", ["Fatouma Quelm"])]),
        # Hyphenated ranks and law officers are titles; Welsh bodies and parties are listed.
        ("en", "Additional Solicitor-General V. Quelmathan argued.",
         [("person:v-quelmathan", ["V. Quelmathan"])]),
        ("en", "NHS Wales said waiting lists grew, while Plaid Cymru said it was justified.",
         [("organization:nhs-wales", ["NHS Wales"]), ("organization:plaid-cymru", ["Plaid Cymru"])]),
        # A list of towns goes on before any verb when its last item is a town GeoNames knows;
        # a Peruvian company suffix ends a name before "y".
        ("pt", "Os hospitais de Almada, Barreiro e Caldas da Rainha vão fechar.",
         [("location:almada", ["Almada"]), ("location:barreiro", ["Barreiro"]),
          ("location:caldas-da-rainha", ["Caldas da Rainha"])]),
        ("es", "Acusó a Inversiones Quelmas S.A.C. y Constructora Quelmarán de colusión.",
         [("organization:inversiones-quelmas-s-a-c", ["Inversiones Quelmas S.A.C."]),
          ("organization:constructora-quelmaran", ["Constructora Quelmarán"])]),
        # A place noun in the plural opens a list of places (a capital in it is the city);
        # official gazettes, the Guardia Civil and Angola's provinces are listed.
        ("pt", "Os portos de Quelmines, Leixões e Lisboa concentraram as apreensões.",
         [("location:quelmines", ["Quelmines"]), ("location:leixoes", ["Leixões"]), ("location:lisboa", ["Lisboa"])]),
        ("pt", "O decreto saiu no Diário Oficial da União com apoio da Guardia Civil no Kwanza Norte.",
         [("organization:diario-oficial-da-uniao", ["Diário Oficial da União"]),
          ("organization:guardia-civil", ["Guardia Civil"]), ("location:cuanza-norte", ["Kwanza Norte"])]),
        # Spanish unions, Bolivia's oil company and Lima's districts are listed.
        ("es", "Los sindicatos CCOO y UGT convocaron una huelga en Lima Metropolitana y el Callao.",
         [("organization:comisiones-obreras", ["CCOO"]), ("organization:union-general-de-trabajadores", ["UGT"]),
          ("location:lima-metropolitana", ["Lima Metropolitana"]), ("location:callao", ["Callao"])]),
        # "General Staff" and "Estado-Maior" name bodies; a given name after a title is a person
        # even before "Park".
        ("en", "Ukraine's General Staff said it repelled 47 assaults.",
         [("country:ukr", ["Ukraine"]), ("organization:general-staff", ["General Staff"])]),
        ("pt", "O Estado-Maior General das Forças Armadas informou.",
         [("organization:estado-maior-general-das-forcas-armadas", ["Estado-Maior General das Forças Armadas"])]),
        ("en", "“Buyers are priced out,” said Quelmlogic research director Ellen Park.",
         [("person:ellen-park", ["Ellen Park"])]),
        # A title before a listed body and its initials, or before a body inside a listed one.
        ("es", "El presidente de Yacimientos Petrolíferos Fiscales Bolivianos (YPFB), Armin Quelmen, aseguró que sí.",
         [("organization:ypfb", ["Yacimientos Petrolíferos Fiscales Bolivianos", "YPFB"]),
          ("person:armin-quelmen", ["Armin Quelmen"])]),
        # A town named with an adjective; a Valencian "Conselleria"; the UNODC in Spanish; "la DANA"
        # is a storm, no body.
        ("es", "El toque de queda regirá en Quilpué y Villa Alemana.",
         [("location:quilpue", ["Quilpué"]), ("location:villa-alemana", ["Villa Alemana"])]),
        ("es", "La Conselleria de Quelmación anunció que sí.",
         [("organization:conselleria-de-quelmacion", ["Conselleria de Quelmación"])]),
        ("es", "Según la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC), la coca creció.",
         [("organization:unodc", ["Oficina de las Naciones Unidas contra la Droga y el Delito", "UNODC"])]),
        ("es", "La DANA dejó al menos 217 muertos.", []),
        # "ao/à" join a name after a noun of action; the GDP written out is no actor.
        ("pt", "O Grupo de Atuação Especial de Combate ao Crime Quelmado pediu a prisão.",
         [("organization:grupo-de-atuacao-especial-de-combate-ao-crime-quelmado",
           ["Grupo de Atuação Especial de Combate ao Crime Quelmado"])]),
        ("pt", "O turismo representa 25% do Produto Interno Bruto.", []),
        # A national system lists its fields; "A Coruña" is listed.
        ("es", "El Sistema Nacional para la Prevención, Mitigación y Atención de Quelmes informó.",
         [("organization:sistema-nacional-para-la-prevencion-mitigacion-y-atencion-de-quelmes",
           ["Sistema Nacional para la Prevención, Mitigación y Atención de Quelmes"])]),
        ("es", "La flota tiene base en Vigo y A Coruña.",
         [("location:vigo", ["Vigo"]), ("location:a-coruna", ["A Coruña"])]),
        # An English company name with its suffix is one name in any language, its country too.
        ("pt", "A estatal China Quelm and Bridge Corporation vai iniciar as obras.",
         [("organization:china-quelm-and-bridge-corporation", ["China Quelm and Bridge Corporation"])]),
        ("es", "La Quelm Road and Bridge Limited ganó el contrato.",
         [("organization:quelm-road-and-bridge-limited", ["Quelm Road and Bridge Limited"])]),
        # Two sectors joined by a conjunction end a company's name; after "de" they are a field.
        ("pt", "A Quelmara Óleo e Gás anunciou 200 demissões.",
         [("organization:quelmara-oleo-e-gas", ["Quelmara Óleo e Gás"])]),
        ("pt", "A Usina Quelmara Açúcar e Álcool fechou.",
         [("organization:usina-quelmara-acucar-e-alcool", ["Usina Quelmara Açúcar e Álcool"])]),
        ("en", "Quelmara Ridge Oil and Gas said it would cut 200 jobs.",
         [("organization:quelmara-ridge-oil-and-gas", ["Quelmara Ridge Oil and Gas"])]),
        ("pt", "O secretário de Petróleo e Gás, Quelmo Dantas, falou.",
         [("person:quelmo-dantas", ["Quelmo Dantas"])]),
        # An action noun ("Repressão", "Auxílio", "Incentivo") takes its object after "à/aos".
        ("pt", "A Delegacia de Repressão às Ações Quelmistas prendeu três suspeitos.",
         [("organization:delegacia-de-repressao-as-acoes-quelmistas",
           ["Delegacia de Repressão às Ações Quelmistas"])]),
        ("pt", "O Fundo de Auxílio aos Pescadores de Quelma recebeu verbas.",
         [("organization:fundo-de-auxilio-aos-pescadores-de-quelma", ["Fundo de Auxílio aos Pescadores de Quelma"])]),
        # A two-word head ("Santa Casa") is the body's own: "de" after it does not start another.
        ("pt", "O provedor da Santa Casa de Misericórdia de Quelma disse que faltam leitos.",
         [("organization:santa-casa-de-misericordia-de-quelma", ["Santa Casa de Misericórdia de Quelma"])]),
        # Honorifics of British councillors stay out of the name.
        ("en", "Coun Quelma Pell said the budget was too tight.", [("person:quelma-pell", ["Quelma Pell"])]),
        ("en", "Pangu Pati candidate Quelma Wapi appealed for calm.",
         [("organization:pangu-party", ["Pangu Pati"]), ("person:quelma-wapi", ["Quelma Wapi"])]),
        # "City and County": one council ("Limerick City and County Council").
        ("en", "Quelmick City and County Council approved the plan.",
         [("organization:quelmick-city-and-county-council", ["Quelmick City and County Council"])]),
    ],
)
def test_actors_organisation_names(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Well-known cities and regions of Portugal, Brazil and Spain are places.
        ("pt", "A universidade de Braga e o Algarve receberam visitas de Campinas.",
         [("location:braga", ["Braga"]), ("location:algarve", ["Algarve"]), ("location:campinas", ["Campinas"])]),
        ("en", "Flights from Coimbra to Seville resumed.",
         [("location:coimbra", ["Coimbra"]), ("location:seville", ["Seville"])]),
        ("es", "Los trenes entre Sevilla y Bilbao se retrasaron.",
         [("location:seville", ["Sevilla"]), ("location:bilbao", ["Bilbao"])]),
    ],
)
def test_actors_known_places(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A geographic or administrative noun before a known place names one place with it.
        ("pt", "Vivia no Estado de São Paulo, perto do Rio Paraná e da Grande Lisboa.",
         [("location:estado-de-sao-paulo", ["Estado de São Paulo"]), ("location:rio-parana", ["Rio Paraná"]),
          ("location:grande-lisboa", ["Grande Lisboa"])]),
        ("es", "Vivía en el Estado de Jalisco.", [("location:estado-de-jalisco", ["Estado de Jalisco"])]),
        ("en", "He moved to Greater London.", [("location:greater-london", ["Greater London"])]),
        # A title after a street word is part of the street's name.
        ("pt", "Morava na Rua Coronel Quarrel.", [("location:rua-coronel-quarrel", ["Rua Coronel Quarrel"])]),
        ("es", "Vivía en la Avenida Presidente Quarrel.",
         [("location:avenida-presidente-quarrel", ["Avenida Presidente Quarrel"])]),
        # A surname that is an event word after a first name is a person.
        ("pt", "O escritor José Guerra chegou.", [("person:jose-guerra", ["José Guerra"])]),
        ("es", "El escritor José Guerra llegó.", [("person:jose-guerra", ["José Guerra"])]),
    ],
)
def test_actors_compound_places(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A recurring unseen name after a singular article is an organisation (not in English).
        ("pt", "A Quelbras cresceu. Depois, a Quelbras abriu fábricas e a Quelbras exportou.",
         [("organization:quelbras", ["Quelbras", "Quelbras"])]),
        ("es", "La Quelbras creció. Luego la Quelbras abrió fábricas y la Quelbras exportó.",
         [("organization:quelbras", ["Quelbras", "Quelbras"])]),
        ("en", "The Quelbras grew. Then the Quelbras opened plants and the Quelbras exported.", []),
    ],
)
def test_actors_recurring_name_after_article(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Directorates are organisations; "e da <head>" starts a second one; "General" after a
        # head is part of the name, not a title.
        ("pt", "O parecer da Direcção-Geral de Energia e da Justiça Eleitoral chegou.",
         [("organization:direccao-geral-de-energia", ["Direcção-Geral de Energia"]),
          ("organization:justica-eleitoral", ["Justiça Eleitoral"])]),
        ("es", "El informe de la Dirección General de Tráfico llegó.",
         [("organization:direccion-general-de-trafico", ["Dirección General de Tráfico"])]),
        ("en", "The Quarrow Agency General Office said so.",
         [("organization:quarrow-agency-general-office", ["Quarrow Agency General Office"])]),
    ],
)
def test_actors_directorates(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # English names a region before its noun; US regions are places.
        ("en", "Storms hit the Southeast and the Kessel Ridge area.",
         [("location:us-southeast", ["Southeast"]), ("location:kessel-ridge", ["Kessel Ridge"])]),
        ("pt", "As tempestades atingiram a região de Kessel Ridge.", [("location:kessel-ridge", ["Kessel Ridge"])]),
        ("es", "Las tormentas golpearon la región de Kessel Ridge.", [("location:kessel-ridge", ["Kessel Ridge"])]),
    ],
)
def test_actors_region_nouns(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # English: the employer before a title and a name is an organisation, a portfolio is not;
        # "County" and "City" after a known place are part of its name; "Speaker" is a title.
        ("en", "Cal Fire spokesman Jason Hall and Agriculture Secretary Tom Vilsack spoke.",
         [("organization:cal-fire", ["Cal Fire"]), ("person:jason-hall", ["Jason Hall"]),
          ("person:tom-vilsack", ["Tom Vilsack"])]),
        ("en", "Fires hit Los Angeles County. National Assembly Speaker Woo Won-shik spoke.",
         [("location:los-angeles-county", ["Los Angeles County"]),
          ("organization:national-assembly", ["National Assembly"]), ("person:woo-won-shik", ["Woo Won-shik"])]),
    ],
)
def test_actors_english_employers_and_counties(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A geographic noun that is also a capital or city starts a longer name ("Praia da Granja").
        ("pt", "Passou a infância na Praia da Granja.", [("location:praia-da-granja", ["Praia da Granja"])]),
        # Streets, squares and bridges named after a date.
        ("pt", "A loja fica na Rua 25 de Março, perto da Ponte 25 de Abril.",
         [("location:rua-25-de-marco", ["Rua 25 de Março"]), ("location:ponte-25-de-abril", ["Ponte 25 de Abril"])]),
        ("es", "Vive en la Plaza 2 de Mayo.", [("location:plaza-2-de-mayo", ["Plaza 2 de Mayo"])]),
        # Cities named with a country ("Port Sudan") are places of their own.
        ("en", "Fighting spread to Port Sudan.", [("location:port-sudan", ["Port Sudan"])]),
        # A capital "between" places, or after "provincia de", is the place, not the government.
        ("es", "Los trenes entre Madrid y Sevilla pararon.",
         [("location:madrid", ["Madrid"]), ("location:seville", ["Sevilla"])]),
        ("es", "La provincia de Buenos Aires compró vacunas.", [("location:buenos-aires", ["Buenos Aires"])]),
        ("es", "El gobierno de Madrid protestó.", [("country:esp", ["Madrid"])]),
        ("es", "Marcharon en la Ciudad de México.", [("location:ciudad-de-mexico", ["Ciudad de México"])]),
    ],
)
def test_actors_named_places(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A place name that ends a name opened by a first name is a surname.
        ("pt", "O Dr. José Carlos de Barros Lima chegou.",
         [("person:jose-carlos-de-barros-lima", ["José Carlos de Barros Lima"])]),
        ("es", "El doctor José Antonio Ruiz Lima llegó.",
         [("person:jose-antonio-ruiz-lima", ["José Antonio Ruiz Lima"])]),
        ("en", "Dr. Anna Marie Holt Chile arrived.", [("person:anna-marie-holt-chile", ["Anna Marie Holt Chile"])]),
    ],
)
def test_actors_place_surnames(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A lowercase place noun right before a name makes it a place; street heads start one.
        ("pt", "A balsa afundou no rio Quelmajós.", [("location:quelmajos", ["Quelmajós"])]),
        ("es", "La lava del volcán Quelmego avanza.", [("location:quelmego", ["Quelmego"])]),
        ("pt", "A Alameda Santos fechou.", [("location:alameda-santos", ["Alameda Santos"])]),
        # An airport, a stadium or a plant may bear a person's name.
        ("pt", "O aeroporto Sérgio Quelme está fechado.", [("location:sergio-quelme", ["Sérgio Quelme"])]),
        ("es", "La termoeléctrica Antonio Quelmeras salió de servicio.",
         [("location:antonio-quelmeras", ["Antonio Quelmeras"])]),
        # An organisation noun and an adjective of place before a name make it an organisation.
        ("pt", "A empresa paulista Quelmis Aeroespacial assinou o contrato.",
         [("organization:quelmis-aeroespacial", ["Quelmis Aeroespacial"])]),
        ("es", "La australiana Minera Tres Quelmes invertirá.",
         [("organization:minera-tres-quelmes", ["Minera Tres Quelmes"])]),
        # A field of study after "em/en" is no place.
        ("pt", "Ela tem licenciatura em Economia.", []),
        ("es", "Es especialista en Química.", []),
        # Two capitalised words ending in a plural adjective, or a title in quotes, name no one.
        ("pt", "Todos os Direitos Reservados.", []),
        ("pt", 'O filme "Quelma Branca" estreou.', []),
        # A capital that opens the story before a dash or its own line is the place filed from;
        # a capital's part after its possessive is the city.
        ("es", "Bogotá - El presidente habló.", [("location:bogota", ["Bogotá"])]),
        ("en", "Israeli strikes pounded Beirut's southern suburbs.", [("location:beirut", ["Beirut"])]),
        # An organisation named with a nationality adjective is of that country.
        ("es", "El Ejército Mexicano llegó.", [("organization:ejercito-mexicano", ["Ejército Mexicano"])]),
        # A capital in brackets after a town is the region it lies in.
        ("es", "Nació en Quelmahonda (Madrid) en 1950.", [("location:quelmahonda", ["Quelmahonda"]),
                                                         ("location:madrid", ["Madrid"])]),
        # A compass word after a place, and "Zona" before one, name a place.
        ("es", "Vive en Lima Norte.", [("location:lima-norte", ["Lima Norte"])]),
        ("pt", "A Zona Sul ficou sem luz.", [("location:zona-sul", ["Zona Sul"])]),
        # Two capitalised words ending in a region's adjective name a place.
        ("es", "La ruta de los Balcanes Occidentales se cerró.", [("location:balcanes-occidentales",
                                                                 ["Balcanes Occidentales"])]),
        # "Stadium", "Arena", "Airport" end a place's name in any language; Rosario and Santiago alone are cities.
        ("es", "El partido fue en el Hard Rock Quelmadium Stadium.", [("location:hard-rock-quelmadium-stadium",
                                                                    ["Hard Rock Quelmadium Stadium"])]),
        ("es", "Rosario recibió a miles de turistas.", [("location:rosario", ["Rosario"])]),
        # A capital in a list that a place word opens, after "-based", or in a city's
        # government body is the city.
        ("es", "Hubo incidentes en Quelmaquil, Quito y Quelmeraldas.", [("location:quelmaquil", ["Quelmaquil"]),
                                                                       ("location:quito", ["Quito"]),
                                                                       ("location:quelmeraldas", ["Quelmeraldas"])]),
        ("en", "It was a New Delhi-based think tank.", [("location:new-delhi", ["New Delhi"])]),
        ("es", "La Municipalidad de Lima anunció el plan.", [("organization:municipalidad-de-lima",
                                                             ["Municipalidad de Lima"])]),
        ("es", "Los vecinos de La Habana siguen sin luz.", [("location:la-habana", ["La Habana"])]),
        # Sports clubs by full name and distinctive nickname; a label with its number is no place;
        # an AP dateline with "--".
        ("en", "The Boston Celtics beat the Dallas Mavericks in Game 5; the Celtics lead.",
         [("organization:boston-celtics", ["Boston Celtics", "Celtics"]),
          ("organization:dallas-mavericks", ["Dallas Mavericks"])]),
        ("en", "BOSTON -- The team won on Monday.", [("location:boston", ["BOSTON"])]),
        # The names of a list that a place word or a known place opens are places; an apposition
        # after a place is not ("..., Itália, Mara Quelmini, que fala").
        ("pt", "A manifestação chegou aos bairros de Quelmaquene, Quelmanculo e Quelmoanine.",
         [("location:quelmaquene", ["Quelmaquene"]), ("location:quelmanculo", ["Quelmanculo"]),
          ("location:quelmoanine", ["Quelmoanine"])]),
        ("en", "Protests broke out in Mombasa, Quelmumu, Quelkuru and Eldoret, where youths were held.",
         [("location:mombasa", ["Mombasa"]), ("location:quelmumu", ["Quelmumu"]), ("location:quelkuru", ["Quelkuru"]),
          ("location:eldoret", ["Eldoret"])]),
        ("en", "In Mumbai, Quelmosys and Wipro shares rose.", [("location:mumbai", ["Mumbai"]),
                                                             ("organization:wipro", ["Wipro"])]),
        # A hyphenated dateline holds no acronym; a capital before its own country is the city;
        # a title in the apposition makes a person.
        ("en", "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked.", [("location:port-au-prince", ["PORT-AU-PRINCE"]),
                                                              ("country:hti", ["Haiti"]),
                                                              ("organization:associated-press", ["AP"])]),
        ("es", "Los agricultores bloquearon Bruselas, en Bélgica.", [("location:brussels", ["Bruselas"]),
                                                                   ("country:bel", ["Bélgica"])]),
        ("en", '"We operate," said Dr. Mohamed Quelm, a surgeon at the hospital.',
         [("person:mohamed-quelm", ["Mohamed Quelm"])]),
        # An article after an organisation's noun is part of the name it introduces.
        ("es", "La empresa Las Quelmadas cerró.", [("organization:las-quelmadas", ["Las Quelmadas"])]),
        # A capital that opens a title-case dateline is the city the story was filed from.
        ("es", "Bruselas, 17 oct (EFE).- Los ministros discutieron.", [("location:brussels", ["Bruselas"]),
                                                                        ("organization:efe", ["EFE"])]),
        # A capital after a compass word, or listed with towns, is the city, not the government.
        ("en", "A teenager was stabbed in south London.", [("location:london", ["London"])]),
        ("pt", "As buscas decorreram nos distritos de Setúbal, Lisboa e Faro.",
         [("location:setubal", ["Setúbal"]), ("location:lisboa", ["Lisboa"]), ("location:faro", ["Faro"])]),
        ("pt", "Lisboa e Madrid assinaram um acordo.", [("country:prt", ["Lisboa"]), ("country:esp", ["Madrid"])]),
        # ... also with an unlisted town of its own country (a name no gazetteer has is no town).
        ("es", "Las lluvias afectaron a Quelmeque, Montevideo y Quelmas.",
         [("country:ury", ["Montevideo"]), ("location:quelmas", ["Quelmas"])]),
        ("es", "Las lluvias afectaron a Montevideo, Canelones y Maldonado.",
         [("location:montevideo", ["Montevideo"]), ("location:canelones", ["Canelones"]),
          ("location:maldonado", ["Maldonado"])]),
        # An organisation's noun before a name of several words: "la agrupación", "o coletivo", "the coalition".
        ("es", "La agrupación Quelmocracia Ourensana obtuvo tres concejales.",
         [("organization:quelmocracia-ourensana", ["Quelmocracia Ourensana"])]),
        ("pt", "O coletivo Mães de Quelmaio protestou.", [("organization:maes-de-quelmaio", ["Mães de Quelmaio"])]),
        ("en", "The coalition Forward Quelmgether won twelve seats.",
         [("organization:forward-quelmgether", ["Forward Quelmgether"])]),
        # A storm's, an operation's or a vaccine's name after its noun is no actor.
        ("pt", "Em 2018, a tempestade Quelmie deixou 300 mil clientes sem luz.", []),
        ("es", "La operación Quelmada detuvo a diez.", []),
        # Spelled-out honorifics mark a person.
        ("pt", "O senhor Quelmanis falou.", [("person:quelmanis", ["Quelmanis"])]),
        # "D." is Dom/Dona before a name.
        ("pt", "O foral foi confirmado por D. Quelmesa em 1121.", [("person:quelmesa", ["Quelmesa"])]),
        # A place that ends a name opened by a title or an honorific is the surname.
        ("pt", "O deputado Quelmysses Guimarães falou.", [("person:quelmysses-guimaraes", ["Quelmysses Guimarães"])]),
        ("pt", "O Dr. Quelmysses Guimarães falou.", [("person:quelmysses-guimaraes", ["Quelmysses Guimarães"])]),
        # A first name that the article has named as a place, twice or from the gazetteer, is that place.
        ("pt", "Mudamos para Marília em 1929, e em Marília ficamos; a Marília de hoje é outra.",
         [("location:marilia", ["Marília", "Marília", "Marília"])]),
        # English heads of chambers, trusts and networks, titles of trades and positions, and a
        # region of a country.
        ("en", "The Quelmford Chamber of Commerce and the Quelmton Trust warned of losses.",
         [("organization:quelmford-chamber-of-commerce", ["Quelmford Chamber of Commerce"]),
          ("organization:quelmton-trust", ["Quelmton Trust"])]),
        ("en", "Midfielder Quelmo Diaz scored twice; chief meteorologist Quelm Roberts was there.",
         [("person:quelmo-diaz", ["Quelmo Diaz"]), ("person:quelm-roberts", ["Quelm Roberts"])]),
        ("en", "Officials in Inner Mongolia reported snow.", [("location:inner-mongolia", ["Inner Mongolia"])]),
    ],
)
def test_actors_place_nouns_fields_and_honorifics(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Words joined by "do/da/of" before the first head belong to someone or something of the
        # organisation; a hyphenated head ("Secretaria-Geral") keeps the whole name.
        ("pt", "Falou ontem Narciso Garcia do Instituto Superior Técnico.",
         [("person:narciso-garcia", ["Narciso Garcia"]),
          ("organization:instituto-superior-tecnico", ["Instituto Superior Técnico"])]),
        ("pt", "Segundo a Secretaria-Geral do Ministério da Administração Interna, votaram 60%.",
         [("organization:secretaria-geral-do-ministerio-da-administracao-interna",
           ["Secretaria-Geral do Ministério da Administração Interna"])]),
        ("es", "Habló ayer Narciso García del Instituto Superior Técnico.",
         [("person:narciso-garcia", ["Narciso García"]),
          ("organization:instituto-superior-tecnico", ["Instituto Superior Técnico"])]),
        ("en", "Yesterday Narciso Garcia of Quarrow University spoke.",
         [("person:narciso-garcia", ["Narciso Garcia"]), ("organization:quarrow-university", ["Quarrow University"])]),
    ],
)
def test_actors_member_of_organisation(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # English capitalises no common word mid-name: two name-shaped words opening a sentence
        # are a person; Portuguese and Spanish open sentences with verbs, so there they are not.
        ("en", "He won. Quintor Nolvan won best director.", [("person:quintor-nolvan", ["Quintor Nolvan"])]),
        ("pt", "Ele ganhou. Ganhou Quintor o prémio.", []),
        # A given name before "da/do" opens a name, though it ends like a verb ("Maria" like "dizia").
        ("pt", "Maria da Luz Quelmes, 81 anos, vive sozinha.",
         [("person:maria-da-luz-quelmes", ["Maria da Luz Quelmes"])]),
        ("en", "Justice Clarence Thomas dissented, and Quarrow Pictures said so.",
         [("person:clarence-thomas", ["Clarence Thomas"]), ("organization:quarrow-pictures", ["Quarrow Pictures"])]),
    ],
)
def test_actors_sentence_initial_names(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # English movement prepositions introduce places; a person named in full stays a person.
        ("en", "Troops withdrew from Vuhledar to Kurakhove. Dan Quell spoke to reporters; they drove to Quell.",
         [("location:vuhledar", ["Vuhledar"]), ("location:kurakhove", ["Kurakhove"]),
          ("person:dan-quell", ["Dan Quell", "Quell"])]),
        ("pt", "As tropas recuaram para Kurakhove.", [("location:kurakhove", ["Kurakhove"])]),
        ("es", "Las tropas se retiraron hacia Kurakhove.", [("location:kurakhove", ["Kurakhove"])]),
        ("pt", "As tropas recuaram até Kurakhove.", [("location:kurakhove", ["Kurakhove"])]),
        # "Nova/New" + a country's name is a place named after it, unless it is a country itself.
        ("pt", "O tiroteio foi na comunidade Nova Holanda.", [("location:nova-holanda", ["Nova Holanda"])]),
        ("pt", "A Nova Zelândia jogou.", [("country:nzl", ["Nova Zelândia"])]),
        # A capital one arrives at or goes to is the city; one answered is the government.
        ("pt", "O presidente chegou hoje a Brasília.", [("location:brasilia", ["Brasília"])]),
        ("es", "La delegación llegó a Lima el lunes.", [("location:lima", ["Lima"])]),
        # ...or where trains, flights or tickets go, and the places listed after it.
        ("es", "Los trenes a Vigo y a Madrid se retrasaron.",
         [("location:vigo", ["Vigo"]), ("location:madrid", ["Madrid"])]),
        ("pt", "Os voos a Luanda foram cancelados.", [("location:luanda", ["Luanda"])]),
        # ...and a capital listed after one taken as the city; a capital whose trades' people, or
        # an event held there, are named ("los transportistas de Tegucigalpa", "o Salão Aeronáutico
        # de Paris"), or one routes start from, or one that consumes water.
        ("es", "El ministro viajó a Caracas y a Quito.",
         [("location:caracas", ["Caracas"]), ("location:quito", ["Quito"])]),
        ("es", "Mis hijos tienen que irse a Madrid a trabajar.", [("location:madrid", ["Madrid"])]),
        # Spanish "a" is no article: a town GeoNames knows after it is the town (not whom one
        # told: "explicó a REFORMA").
        ("es", "La ministra llegó anoche a Cusco.", [("location:cusco", ["Cusco"])]),
        ("es", "Su director explicó a REFORMA que no.", []),
        # A facility named after a man in full, after its noun; clinics too.
        ("es", "El aeropuerto Alfredo Quelríguez Ballón será ampliado.",
         [("location:alfredo-quelriguez-ballon", ["Alfredo Quelríguez Ballón"])]),
        ("pt", "Abriram polos nas policlínicas Joaquim Quelso e Hélio Ramos Quelmos.",
         [("location:joaquim-quelso", ["Joaquim Quelso"]), ("location:helio-ramos-quelmos", ["Hélio Ramos Quelmos"])]),
        # A body's field after "y la" stays in its name when no head of its own follows.
        ("es", "La Federación de Empresarios del Transporte y la Logística (FQET) valoró la línea.",
         [("organization:federacion-de-empresarios-del-transporte-y-la-logistica",
           ["Federación de Empresarios del Transporte y la Logística", "FQET"])]),
        ("es", "La Asociación Quelmar y la Cámara de Comercio firmaron.",
         [("organization:asociacion-quelmar", ["Asociación Quelmar"]),
          ("organization:camara-de-comercio", ["Cámara de Comercio"])]),
        # A region's western or eastern part is one place in a body's name.
        ("pt", "A Capitania Fluvial da Amazônia Ocidental informou.",
         [("organization:capitania-fluvial-da-amazonia-ocidental", ["Capitania Fluvial da Amazônia Ocidental"])]),
        # A head word that ends a given name's run is a surname: Spanish and Portuguese bodies open with it.
        ("es", "El secretario general del SOMA, Manuel Quelgaño Corte, recordó el cierre.",
         [("organization:soma", ["SOMA"]), ("person:manuel-quelgano-corte", ["Manuel Quelgaño Corte"])]),
        ("es", "Paralizó el paro de los transportistas de Tegucigalpa.", [("location:tegucigalpa", ["Tegucigalpa"])]),
        ("es", "Los negociadores de Washington llegaron.", [("country:usa", ["Washington"])]),
        ("es", "No dejaremos que una empresa de Lima se quede con la plata.", [("location:lima", ["Lima"])]),
        ("pt", "A Gol anunciou a compra durante o Salão Aeronáutico de Paris.",
         [("organization:gol", ["Gol"]), ("location:paris", ["Paris"])]),
        ("es", "Firmaron el acuerdo durante el Salón Náutico de Lima.", [("location:lima", ["Lima"])]),
        # Two places in one body's name, when its initials spell both or the second is the province.
        ("pt", "A Administração dos Portos de Setúbal e Sesimbra (APSS) indicou que não.",
         [("organization:administracao-dos-portos-de-setubal-e-sesimbra",
           ["Administração dos Portos de Setúbal e Sesimbra", "APSS"])]),
        ("es", "Informó la Asociación de Hoteles de Sevilla y Provincia.",
         [("organization:asociacion-de-hoteles-de-sevilla-y-provincia",
           ["Asociación de Hoteles de Sevilla y Provincia"])]),
        # A company named with its country after a feminine article; a country's name after a
        # company's noun and its nationality begins the company's name.
        ("pt", "O financiamento é assegurado pela Quelder de Moçambique.",
         [("organization:quelder-de-mocambique", ["Quelder de Moçambique"])]),
        ("pt", "A obra é da construtora chinesa China Quelxi International.",
         [("organization:china-quelxi-international", ["China Quelxi International"])]),
        # A body named with its country, also at a sentence's start after its article.
        ("pt", "Segundo a Quelvia Brasil, 72 voos estão previstos.",
         [("organization:quelvia-brasil", ["Quelvia Brasil"])]),
        # Examples of a plural place noun are places.
        ("en", "At least 38 suburbs were affected, including Soweto, Quelrivier and Quelville.",
         [("location:soweto", ["Soweto"]), ("location:quelrivier", ["Quelrivier"]),
          ("location:quelville", ["Quelville"])]),
        ("pt", "A câmara integrou os Transportes Urbanos de Braga (TUB) numa empresa.",
         [("organization:transportes-urbanos-de-braga", ["Transportes Urbanos de Braga", "TUB"])]),
        ("pt", "Há rotas a partir de Varsóvia.", [("location:varsovia", ["Varsóvia"])]),
        ("pt", "Luanda consome 650 mil metros cúbicos de água por dia.", [("location:luanda", ["Luanda"])]),
        ("pt", "Lisboa respondeu a Moscovo.", [("country:prt", ["Lisboa"]), ("country:rus", ["Moscovo"])]),
        # A capital in the streets or the metropolitan area of it is the city, not the government.
        ("pt", "Milhares protestaram pelas ruas de Lisboa.", [("location:lisboa", ["Lisboa"])]),
        ("es", "La huelga afectó al área metropolitana de Buenos Aires.",
         [("location:buenos-aires", ["Buenos Aires"])]),
        ("en", "Thousands marched through the streets of London.", [("location:london", ["London"])]),
    ],
)
def test_actors_places_after_movement_prepositions(lang: str, text: str,
                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # English "analysts at X": people work at an organisation.
        ("en", "Officials at Ukrenergo said so, and analysts at Jefferies agreed.",
         [("organization:ukrenergo", ["Ukrenergo"]), ("organization:jefferies", ["Jefferies"])]),
    ],
)
def test_actors_workplaces(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Apposed titles after a country used as an adjective or with a possessive; founders;
        # a dateline before the agency's name.
        ("en", "GENEVA (Reuters) - He met Jake Quell, the U.S. national security adviser, and Dara Vell, "
               "Britain's foreign secretary, and the firm's founder, Sam Brill.",
         [("location:geneva", "CHE", None), ("organization:reuters", "GBR", None),
          ("person:jake-quell", "USA", "national security adviser"), ("country:usa", "USA", None),
          ("person:dara-vell", "GBR", "foreign secretary"), ("country:gbr", "GBR", None),
          ("person:sam-brill", None, "founder")]),
        # A portfolio that lists its fields is one title ("Ciência, Tecnologia e Inovação");
        # without a list's "e/y", the words after the comma are the name.
        ("pt", "Falou a ministra da Ciência, Tecnologia e Inovação, Quelma Santos.",
         [("person:quelma-santos", None, "ministra da Ciência, Tecnologia e Inovação")]),
        ("es", "El ministro de Energía y Minas, Quelmo Montero, habló.",
         [("person:quelmo-montero", None, "ministro de Energía y Minas")]),
        ("pt", "O ministro da Fazenda, Quelmo, disse que sim.", [("person:quelmo", None, "ministro da Fazenda")]),
        # A former holder ("ex-comandante", "exalcalde") of a title with its body, then the name.
        ("pt", "Foram condenados o ex-ministro da Defesa Walter Quelm e o ex-comandante da Marinha Almir Quelm.",
         [("person:walter-quelm", None, "ex-ministro da Defesa"), ("organization:marinha", None, None),
          ("person:almir-quelm", None, "ex-comandante da Marinha")]),
        ("es", "Habló el expresidente de la Generalitat Carles Quelm.",
         [("organization:generalitat", None, None), ("person:carles-quelm", None, "expresidente de la Generalitat")]),
        ("es", "Declaró el exalcalde Juan Quelm.", [("person:juan-quelm", None, "exalcalde")]),
        # A listed person's short name after "according to" is the person.
        ("en", "According to Zelensky, talks failed.", [("person:volodymyr-zelensky", "UKR", None)]),
        # A title's body in lower case with its article stays out of the role; "regional" stays in it.
        ("es", "El director de la entidad, Carlos Quelm, dijo que sí.", [("person:carlos-quelm", None, "director")]),
        ("es", "El gobernador regional de Piura, Luis Quelm, dijo que sí.",
         [("location:piura", "PER", None), ("person:luis-quelm", None, "gobernador regional de Piura")]),
        ("pt", "Segundo o gerente da pesquisa, Fernando Quelm, o índice subiu.",
         [("person:fernando-quelm", None, "gerente")]),
        # A title adjective after the title's place stays out of the name ("encargada").
        ("es", "La gobernadora de Antioquia encargada, Luz Quelm, dijo que no.",
         [("location:antioquia", "COL", None), ("person:luz-quelm", "COL", "gobernadora")]),
        # A known paper before a comma and a title is no person ("Contactada pelo Expresso, a escritora").
        ("pt", "Contactada pelo Expresso, a escritora disse que sim.", [("organization:expresso", "PRT", None)]),
        # A given name after a word in capitals starts a name: "dijo a EL UNIVERSAL Gabriela Quelm";
        # the newspaper writes its name, with its article, in capitals.
        ("es", '"Era esperada", dijo a EL UNIVERSAL Gabriela Quelm, directora de análisis.',
         [("organization:el-universal", None, None), ("person:gabriela-quelm", None, "directora")]),
        # A government named after its leader names the leader.
        ("es", "El Gobierno de Pedro Quelm aprobó un paquete.", [("person:pedro-quelm", None, None)]),
        ("pt", "Foi o Governo de Cavaco Silva que legislou.", [("person:anibal-cavaco-silva", "PRT", None)]),
        # Indicators and taxes are no actors ("CPI", "o PIB", "el IVA"); in Portuguese CBS is a tax.
        ("pt", "A CBS substituirá o PIS e a Cofins.", []),
        # Pollsters, armed groups and agencies are known with their country.
        ("es", "El cártel de Sinaloa y Los Chapitos.", [("group:sinaloa-cartel", "MEX", None),
                                                     ("group:los-chapitos", "MEX", None)]),
        ("pt", "O Datafolha e a Quaest divulgaram.", [("organization:datafolha", "BRA", None),
                                                    ("organization:quaest", "BRA", None)]),
        ("en", "CPI inflation fell and GDP rose.", []),
        ("pt", "O PIB cresceu e o IPCA caiu.", []),
        # A sentence-initial participle before a country is no organisation's name.
        ("en", "Neighbouring Mali closed its border.", [("country:mli", "MLI", None)]),
        # A country or place that is also a first name, before a surname, opens a person's name;
        # so does a demonym that is one, right after a title.
        ("es", "El capitán Mauricio Quelm dijo que no.", [("person:mauricio-quelm", None, "capitán")]),
        ("en", "Police said Jordan Quelm, 19, was stabbed.", [("person:jordan-quelm", None, None)]),
        ("en", "Jordan said it closed its airspace.", [("country:jor", "JOR", None)]),
        # A club that is also a first name: the name before a surname, the club alone.
        ("pt", "O médico Everton Quelma disse que sim.", [("person:everton-quelma", None, "médico")]),
        ("en", "Everton won; Everton FC fans cheered.", [("organization:everton", "GBR", None)]),
        ("en", "Ukrainian Energy Minister German Quelm said the grid was hit.",
         [("person:german-quelm", "UKR", "energy minister")]),
        # A portfolio before an English title is part of the role, and the nationality before it counts.
        ("en", "Greek Migration Minister Dimitris Quelm said arrivals rose.",
         [("person:dimitris-quelm", "GRC", "migration minister")]),
        ("en", "Transport Secretary Louise Quelm said.", [("person:louise-quelm", None, "transport secretary")]),
        # A single unseen name after an article in Portuguese or Spanish is an organisation.
        ("pt", "A Quelmenergia informou que 48 mil imóveis ficaram sem energia.",
         [("organization:quelmenergia", None, None)]),
        # A person's surnames after "según" are the person again, not an organisation.
        ("es", "El consejero delegado, Óscar Quelm Maceiras, habló. Según Quelm Maceiras, las ventas subieron.",
         [("person:oscar-quelm-maceiras", None, "consejero delegado")]),
        # Adjectives after a title stay in the role ("director nacional", "fiscal anticorrupción").
        ("pt", "O director nacional da PJ, Luís Quelm, disse.",
         [("person:luis-quelm", None, "director nacional da PJ")]),
        ("es", "El fiscal anticorrupción Luis Quelm pidió cárcel.",
         [("person:luis-quelm", None, "fiscal anticorrupción")]),
        ("es", "El abogado defensor, Mariano Quelm, dijo.", [("person:mariano-quelm", None, "abogado defensor")]),
        # A demonym before a name mid-sentence gives the country; "Israel" is also a first name.
        ("es", "Habló el keniano Godfrey Quelm.", [("person:godfrey-quelm", "KEN", None)]),
        ("en", "Israel's defence minister, Israel Quelm, said.", [("country:isr", "ISR", None),
                                                               ("person:israel-quelm", "ISR", "defence minister")]),
        ("es", "El Ejército Mexicano llegó.", [("organization:ejercito-mexicano", "MEX", None)]),
        # A lower-case body after a title stays out of the role; its nationality or place gives the country.
        ("pt", "O porta-voz da presidência russa, Dmitri Quelm, afirmou que sim.",
         [("person:dmitri-quelm", "RUS", "porta-voz")]),
        # The state an English official serves: a nationality before the body, or the body's country.
        ("en", "Chinese foreign ministry spokesperson Lin Quelm said.",
         [("organization:foreign-ministry-chn", "CHN", None), ("person:lin-quelm", "CHN", "spokesperson")]),
        ("en", "Kremlin aide Yuri Quelm said.",
         [("organization:kremlin", "RUS", None), ("person:yuri-quelm", "RUS", "aide")]),
        ("en", "Leaders gathered in the Russian city of Quelmazan.", [("location:quelmazan", "RUS", None)]),
        ("es", "El vocero presidencial, Manuel Quelm, dijo que sí.",
         [("person:manuel-quelm", None, "vocero presidencial")]),
        # A capital named as a city is the city; a title "de la <place>" gives the country.
        ("es", "La jefa de Gobierno de la Ciudad de México, Clara Quelma, anunció una inversión.",
         [("location:ciudad-de-mexico", "MEX", None), ("person:clara-quelma", "MEX", "jefa de Gobierno")]),
        # More titles and a party adjective after one; a coach's "técnico" in lower case only.
        ("pt", "O vereador socialista Duarte Quelm votou a favor.",
         [("person:duarte-quelm", None, "vereador socialista")]),
        ("pt", "O Bragantino, do técnico Pedro Quelmo, segue com 32 pontos.",
         [("organization:red-bull-bragantino", "BRA", None), ("person:pedro-quelmo", None, "técnico")]),
        ("pt", "Ele estudou no Instituto Superior Técnico.", [("organization:instituto-superior-tecnico", None, None)]),
        ("pt", "A proposta teve a abstenção do BE e do Livre.", [("organization:left-bloc", "PRT", None),
                                                                 ("organization:livre-portugal", "PRT", None)]),
        # Lawyers' titles; an English role keeps its abbreviations in capitals.
        ("en", '"He lied," U.S. Attorney Damian Quelm said.', [("person:damian-quelm", None, "U.S. attorney")]),
        ("en", "Mensah's barrister, Michael Quelm KC, said it was wrong.",
         [("person:michael-quelm", None, "barrister")]),
        # A nationality between a title and its portfolio gives the country.
        ("es", "La ministra chilena del Medio Ambiente, Maisa Quelm, habló.",
         [("person:maisa-quelm", "CHL", "ministra chilena del Medio Ambiente")]),
        ("pt", "O ministro angolano da Energia e Águas, João Quelm, disse.",
         [("person:joao-quelm", "AGO", "ministro angolano da Energia e Águas")]),
        # An honorific between a title and the name keeps the title; so does a civil governor's.
        ("pt", "A rainha D. Quelmaria II morreu.", [("person:quelmaria-ii", None, "rainha")]),
        ("pt", "O governador civil de Quelmaga, Fernando Quelm, falou.",
         [("person:fernando-quelm", None, "governador civil de Quelmaga")]),
        ("pt", "O cardeal-patriarca, D. Manuel Quelm, celebrou a missa.",
         [("person:manuel-quelm", None, "cardeal-patriarca")]),
        # A capitalised body with particles, a place and its abbreviation; a portfolio joined
        # by "e do"; one more word before the comma.
        ("pt", "O presidente da Associação Nacional dos Quelmistas de Angola (ANQA), Francisco Quelm, disse.",
         [("organization:associacao-nacional-dos-quelmistas-de-angola", "AGO", None),
          ("person:francisco-quelm", None, "presidente da Associação Nacional dos Quelmistas de Angola (ANQA)")]),
        ("pt", "O ministro da Integração e do Desenvolvimento Regional, Waldez Quelm, visitou.",
         [("person:waldez-quelm", None, "ministro da Integração e do Desenvolvimento Regional")]),
        ("pt", "O porta-voz do Comando-Geral da PRM, Orlando Quelm, disse.",
         [("organization:comando-geral-da-prm", None, None),
          ("person:orlando-quelm", None, "porta-voz do Comando-Geral da PRM")]),
        ("es", "El ministro de Comunicaciones, Infraestructura y Vivienda (CIV), Félix Quelm, informó.",
         [("organization:civ", None, None),
          ("person:felix-quelm", None, "ministro de Comunicaciones, Infraestructura y Vivienda (CIV)")]),
        ("es", "La jefa de fracción del Partido Quelmista (PQ), Paulina Quelm, replicó.",
         [("organization:partido-quelmista", None, None),
          ("person:paulina-quelm", None, "jefa de fracción del Partido Quelmista (PQ)")]),
        ("es", "El presidente aragonés, Jorge Quelm, visitó el puesto.", [("person:jorge-quelm", None, "presidente")]),
        ("es", "La consellera de Cultura, Natàlia Quelm, visitó.",
         [("person:natalia-quelm", None, "consellera de Cultura")]),
        # Ranks and titles of security forces and local government, with their adjectives; a
        # capital after a title and "de" is the city it governs.
        ("pt", "O candidato presidencial Venâncio Quelm discursou.",
         [("person:venancio-quelm", None, "candidato presidencial")]),
        ("pt", "O governador provincial de Luanda, Manuel Quelm, reuniu.",
         [("location:luanda", "AGO", None), ("person:manuel-quelm", "AGO", "governador provincial")]),
        ("es", "Murieron el patrullero Andrés Quelm y el subintendente Jhon Quelmo.",
         [("person:andres-quelm", None, "patrullero"), ("person:jhon-quelmo", None, "subintendente")]),
        ("es", "El delegado del Gobierno en Madrid, Francisco Quelm, informó.",
         [("location:madrid", "ESP", None), ("person:francisco-quelm", "ESP", "delegado del Gobierno")]),
    ],
)
def test_actors_apposed_titles(lang: str, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(a.actor_id, a.country, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A dateline is capitals, an optional "(Agency)" and a dash; a capitalised heading is not.
        ("en", "NEW YORK (AP) — Rain fell.",
         [("location:new-york", ["NEW YORK"]), ("organization:associated-press", ["AP"])]),
        ("pt", "CONCURSO PROFESSOR ADJUNTO (uma vaga) aberto.", []),
        # AP puts the state after an American town: "LONDON, Ky." is in the United States.
        ("en", "LONDON, Ky. (AP) — Rain fell.",
         [("location:london", ["LONDON"]), ("organization:associated-press", ["AP"])]),
        # Spanish agencies close the dateline with a point and a dash.
        ("es", "BOGOTÁ (EFE).— Llovió.", [("location:bogota", ["BOGOTÁ"]), ("organization:efe", ["EFE"])]),
        ("es", "MADRID (Europa Press).- Llovió.",
         [("location:madrid", ["MADRID"]), ("organization:europa-press", ["Europa Press"])]),
        ("es", "CARACAS.— Llovió.", [("location:caracas", ["CARACAS"])]),
    ],
)
def test_actors_datelines(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Political parties of Brazil, Portugal, Spain and Latin America are known, with their country.
        ("pt", "O PT e o PSOL apoiaram a proposta; o MDB se dividiu.",
         [("organization:workers-party-brazil", "BRA"), ("organization:socialism-and-liberty-party", "BRA"),
          ("organization:brazilian-democratic-movement", "BRA")]),
        ("pt", "A AD elegeu 79 deputados, contra 77 do PS.", [("organization:ad", None),
                                                             ("organization:socialist-party-portugal", "PRT")]),
        ("es", "El PSOE y el PP negocian con Junts.",
         [("organization:spanish-socialist-workers-party", "ESP"), ("organization:people-s-party-spain", "ESP"),
          ("organization:junts", "ESP")]),
    ],
)
def test_actors_known_parties(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(a.actor_id, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An organisation's initials name it after it is named in full (particles skipped).
        ("pt", "A Polícia Federal prendeu três suspeitos. Segundo a PF, o grupo atuava desde 2019.",
         [("organization:policia-federal", ["Polícia Federal", "PF"])]),
        ("pt", "O Instituto Nacional do Seguro Social pagou. O INSS disse que sim.",
         [("organization:instituto-nacional-do-seguro-social", ["Instituto Nacional do Seguro Social", "INSS"])]),
        ("es", "La Fiscalía General del Estado investiga. La FGE dijo que no.",
         [("organization:fiscalia-general-del-estado", ["Fiscalía General del Estado", "FGE"])]),
        ("en", "The Federal Aviation Administration grounded the jets, the FAA said.",
         [("organization:federal-aviation-administration", ["Federal Aviation Administration", "FAA"])]),
    ],
)
def test_actors_initials_name_an_organisation(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,url,text,expected",
    [
        # An unqualified national institution is in the outlet's country...
        ("pt", "https://g1.globo.com/x.ghtml", "O Ministério da Saúde confirmou 20 mortes.", "BRA"),
        ("en", "https://www.nytimes.com/x", "KYIV, Ukraine — The State Department said it would act.", "USA"),
        # ...unless the story is set abroad and never names the outlet's country or its places, or
        # the outlet files it under its world news.
        ("en", "https://www.nytimes.com/x", "KYIV, Ukraine — The Interior Ministry said it would act.", "UKR"),
        ("es", "https://www.europapress.es/x", "En Guayaquil, la Policía Nacional controla la cárcel. La crisis en "
                                              "Ecuador se agravó.", "ECU"),
        ("es", "https://www.europapress.es/x", "En Guayaquil, la Policía Nacional detuvo a un español. España y "
                                              "Ecuador hablaron en Quito.", "ESP"),
        ("es", "https://elpais.com/america/x", "El Ministerio de Vivienda aprobó ocho espigones en la costa "
                                            "de Trujillo, en el norte de Perú.", "PER"),
        ("es", "https://www.clarin.com/mundo/x", "Bolivia importa el diésel que consume desde Argentina, según el "
                                           "Ministerio de Economía. En La Paz hay filas y Bolivia raciona.",
         "BOL"),
        # ...but a wire story is at home where its dateline says, in capitals or a known place.
        ("en", "https://www.reuters.com/x", "WASHINGTON, June 2 (Reuters) - The State Department said it would act.",
         "USA"),
        ("en", "https://www.reuters.com/x", "MOSCOW, June 2 (Reuters) - The Defence Ministry said it took a village.",
         "RUS"),
        ("en", None, "KYIV, Ukraine (AP) — The Interior Ministry said it would act.", "UKR"),
        ("pt", "https://www.lusa.pt/x", "Luanda, 02 mai 2024 (Lusa) - O Ministério da Saúde confirmou 20 mortes.",
         "AGO"),
        ("pt", "https://www.lusa.pt/x", "O Ministério da Saúde confirmou 20 mortes.", "PRT"),
        # A title-case dateline after a one-line headline is the dateline too.
        ("pt", "https://www.lusa.pt/x", "Angola: greve geral\n\nLuanda, 02 mai 2024 (Lusa) - O Ministério da Saúde "
                                        "confirmou 20 mortes.", "AGO"),
        # An adjective of nationality after the name wins over the outlet's country.
        ("pt", "https://www.cnnbrasil.com.br/x", "Segundo o Ministério do Interior marroquino, 20 pessoas morreram.",
         "MAR"),
        ("es", None, "Según el Ministerio de Defensa ruso, 20 personas murieron.", "RUS"),
        ("en", "https://www.reuters.com/x", "MOSCOW (Reuters) - Ukraine's Interior Ministry said 20 died.", "UKR"),
        ("en", "https://apnews.com/x", "LONDON, Ky. (AP) — The Interior Ministry said it would act.", "USA"),
        # An unknown dateline place leaves the country unknown, not the agency's.
        ("en", "https://www.reuters.com/x", "ZORBLATVILLE, June 2 (Reuters) - The Interior Ministry said it acted.",
         None),
    ],
)
def test_actors_home_country_of_national_institutions(lang: str, url: str | None, text: str,
                                                      expected: str | None) -> None:
    article = Article(input_id="t", text=text, url=url, language=lang)
    doc = process_text(text, lang, article=article)
    [institution] = [a for a in doc._.actors
                     if a.type == "organization" and ("Minist" in a.name or "Department" in a.name
                                                      or "Policía" in a.name)]
    assert institution.country == expected


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://tribune.com.pk/story/1", "PAK"),  # a Pakistani paper's Punjab is Pakistan's
        ("https://www.thehindu.com/news/x", "IND"),
    ],
)
def test_actors_a_region_of_two_countries_is_the_outlet_s(url: str, expected: str) -> None:
    text = "The Punjab government said smoke from crop burning across the border in India worsened the smog."
    doc = process_text(text, "en", article=Article(input_id="t", text=text, url=url, language="en"))
    assert [a.country for a in doc._.actors if a.actor_id == "location:punjab"] == [expected]


@pytest.mark.parametrize(
    "url,text,expected",
    [
        # In an American paper, Georgia is the state, with its bodies and the people it places...
        ("https://www.ajc.com/news/x",
         "Georgia Gov. Quelm Kemp said the Georgia Department of Transportation would act.",
         [("location:georgia", "USA"), ("person:quelm-kemp", "USA"),
          ("organization:georgia-department-of-transportation", "USA")]),
        # ...unless the story names Tbilisi or anything Georgian; elsewhere it is the country.
        ("https://www.ajc.com/news/x", "Georgian President Quelma Zur said in Tbilisi that Georgia would act.",
         [("person:quelma-zur", "GEO"), ("location:tbilisi", "GEO"), ("country:geo", "GEO")]),
        ("https://www.bbc.co.uk/news/x", "The Georgia Department of Transportation said it would act.",
         [("organization:georgia-department-of-transportation", "GEO")]),
    ],
)
def test_actors_georgia_in_an_american_story(url: str, text: str, expected: list[tuple[str, str]]) -> None:
    doc = process_text(text, "en", article=Article(input_id="t", text=text, url=url, language="en"))
    assert [(a.actor_id, a.country) for a in doc._.actors] == expected


@pytest.mark.parametrize(
    "lang,url,text,expected",
    [
        # A body above nations takes no outlet's country; a company named after a place is of its
        # country; agencies of the United Nations are known by their full names.
        ("en", "https://www.bbc.co.uk/news/x", "The European Parliament approved the act.",
         [("organization:european-parliament", "European Parliament", None)]),
        ("en", "https://www.irishtimes.com/x", "Dublin Bus said fares will fall.",
         [("organization:dublin-bus", "Dublin Bus", "IRL")]),
        # ...and runs on past "and" to a head ("Water and Sewerage Corporation"); its initials in
        # brackets, written as a word, are the same body.
        ("en", None, "The Karachi Water and Sewerage Corporation cut supply.",
         [("organization:karachi-water-and-sewerage-corporation", "Karachi Water and Sewerage Corporation", "PAK")]),
        ("en", None, "The Uganda National Roads Authority (Unra) raised tolls. Unra said so.",
         [("organization:uganda-national-roads-authority", "Uganda National Roads Authority", "UGA")]),
        ("es", None, "El Programa de Naciones Unidas para el Medio Ambiente (PNUMA) advirtió.",
         [("organization:united-nations-environment-programme",
           "Programa de Naciones Unidas para el Medio Ambiente", None)]),
        # OPEC and OPEC+ are two actors.
        ("en", None, "OPEC+ met after OPEC did.",
         [("organization:opec-plus", "OPEC+", None), ("organization:opec", "OPEC", None)]),
        # National agencies are known with their country.
        ("en", None, "The Bureau of Meteorology warned.", [("organization:bureau-of-meteorology",
                                                            "Bureau of Meteorology", "AUS")]),
        # The outlet's country has the city of note, however often the story names another.
        ("es", "https://www.clarin.com/x.html", "Las bodegas de Mendoza venden a Brasil y a San Pablo, en Brasil.",
         [("location:mendoza", "Mendoza", "ARG"), ("country:bra", "Brasil", "BRA"),
          ("location:sao-paulo", "San Pablo", "BRA")]),
    ],
)
def test_actors_bodies_above_nations_and_companies_named_after_places(
        lang: str, url: str | None, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    article = Article(input_id="t", text=text, url=url, language=lang)
    assert [(a.actor_id, a.name, a.country) for a in process_text(text, lang, article=article)._.actors] == expected


@pytest.mark.parametrize(
    "url,text,expected",
    [
        # A national title is of the country the story's places name, when the outlet's is not
        # named (two mentions will do) or is clearly outnumbered (three)...
        ("https://www.bbc.com/news/x", "Florida braced as Governor Ron Quell told people to leave Tampa, Florida.",
         "USA"),
        ("https://www.bbc.com/news/x", "Governor Ron Quell told people in Florida to leave for Texas, Ohio or "
                                       "Georgia, not London.", "USA"),
        # ...else the outlet's, when its country is among the places or there are none...
        ("https://www.bbc.com/news/x", "Governor Ron Quell told people in Florida and London to leave.", "GBR"),
        ("https://www.bbc.co.uk/news/x", "Foreign Secretary Ahmed Quell said talks had failed.", "GBR"),
        # ...but a broadcaster for the world (Al Jazeera English) gives no country of its own...
        ("https://www.aljazeera.com/news/x", "Foreign Minister Ahmed Quell said talks had failed.", None),
        # ...and unknown when the places name only other countries, too rarely to decide.
        ("https://www.aljazeera.com/news/x", "Foreign Minister Ahmed Quell told reporters in Khartoum that "
                                             "talks had failed.", None),
    ],
)
def test_actors_home_country_of_national_titles(url: str, text: str, expected: str | None) -> None:
    doc = process_text(text, "en", article=Article(input_id="t", text=text, url=url, language="en"))
    [person] = [a for a in doc._.actors if a.type == "person"]
    assert person.country == expected


def test_actors_minister_of_the_ministry_the_article_names() -> None:
    """A minister whose ministry the article names is of the ministry's country (here the
    outlet's), though the story's places name China most."""
    text = ("O Ministério da Indústria e Comércio anunciou que a ministra da Indústria e Comércio, Ana Quelme, "
            "assinou em Pequim, na China, um acordo com a China e Moçambique.")
    doc = process_text(text, "pt", article=Article(input_id="t", text=text, url="https://opais.co.mz/x",
                                                    language="pt"))
    assert [(a.name, a.country) for a in doc._.actors if a.type in ("person", "organization")] == [
        ("Ministério da Indústria e Comércio", "MOZ"), ("Ana Quelme", "MOZ")]



@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A place named inside an organisation's name is no mention of its own.
        ("es", "Criticó al Banco de España y al Ayuntamiento de Valencia.",
         [("organization:banco-de-espana", ["Banco de España"]),
          ("organization:ayuntamiento-de-valencia", ["Ayuntamiento de Valencia"])]),
        # A name joined by "e/y/and" to a place just named is a place, unless a given name.
        ("es", "Desplegó efectivos en Paiporta y Catarroja.",
         [("location:paiporta", ["Paiporta"]), ("location:catarroja", ["Catarroja"])]),
        ("pt", "Viveu em Braga e Quarteira com Marta.",
         [("location:braga", ["Braga"]), ("location:quarteira", ["Quarteira"]), ("person:marta", ["Marta"])]),
        ("en", "Floods hit towns in Vuhledar and Kurakhove.",
         [("location:vuhledar", ["Vuhledar"]), ("location:kurakhove", ["Kurakhove"])]),
        # A title word ends the name of a town GeoNames lists, alone or in a body's name; after
        # a given name it starts a new name.
        ("pt", "Ele vive em Caldas da Rainha desde 2010.", [("location:caldas-da-rainha", ["Caldas da Rainha"])]),
        ("pt", "A Polícia de Caldas da Rainha prendeu um homem.",
         [("organization:policia-de-caldas-da-rainha", ["Polícia de Caldas da Rainha"])]),
        ("pt", "O ex-ministro Carlos da Rainha falou.", [("person:carlos", ["Carlos"])]),
        # A list of places GeoNames knows goes on before a verb of saying; a region named with its
        # kind is a place, in an apposition too; "Puerto" opens a Spanish place name.
        ("en", "Hospitals in Manchester, Leeds and Birmingham reported delays.",
         [("location:manchester", ["Manchester"]), ("location:leeds", ["Leeds"]),
          ("location:birmingham", ["Birmingham"])]),
        ("en", "Motorcyclists in Ibadan, Oyo State, said fares had doubled.",
         [("location:ibadan", ["Ibadan"]), ("location:oyo-state", ["Oyo State"])]),
        ("es", "El huracán tocó tierra cerca de Puerto Cabezas.", [("location:puerto-cabezas", ["Puerto Cabezas"])]),
        # A capital one goes to is the city.
        ("es", "No vamos a Caracas a tomarnos fotos.", [("location:caracas", ["Caracas"])]),
    ],
)
def test_actors_places_in_names_and_lists(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A sentence-initial verb before a joiner is no part of a name.
        ("es", "Criticó al Banco Quarrow.", [("organization:banco-quarrow", ["Banco Quarrow"])]),
        ("pt", "Criticou o Banco Quarrow.", [("organization:banco-quarrow", ["Banco Quarrow"])]),
        ("en", "Shares of Quarrow Motor Co. fell.", [("organization:quarrow-motor-co", ["Quarrow Motor Co."])]),
    ],
)
def test_actors_opening_verbs(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "São" is a stop word (a verb) but starts a saint's place name; a title "de <place>"
        # still reaches the apposed name and gives it the place's country.
        ("pt", "Reuniu-se ontem em São Bento. São muitos os casos.", [("location:sao-bento", "location", None, None)]),
        ("pt", "O governador de São Paulo, Tarcísio de Freitas, falou.",
         [("location:sao-paulo", "location", "BRA", None),
          ("person:tarcisio-de-freitas", "person", "BRA", "governador")]),
        ("es", "El gobernador de Jalisco, Pablo Lemus, habló.",
         [("location:jalisco", "location", "MEX", None), ("person:pablo-lemus", "person", "MEX", "gobernador")]),
        # A US state or a country after a landform's noun is the landform's name.
        ("es", "Las Autodefensas Conquistadoras de la Sierra Nevada (ACSN) extorsionan.",
         [("organization:autodefensas-conquistadoras-de-la-sierra-nevada", "organization", None, None)]),
        ("en", "Fishermen on Lake Chad said the water fell.", [("location:lake-chad", "location", None, None)]),
        # An area noun, its adjective and the place it is of: one location, in that place's country.
        ("pt", "A Região Metropolitana de Belo Horizonte tem 6 milhões de habitantes.",
         [("location:regiao-metropolitana-de-belo-horizonte", "location", "BRA", None)]),
        ("es", "El temporal azotó el Área Metropolitana de Buenos Aires.",
         [("location:area-metropolitana-de-buenos-aires", "location", "ARG", None)]),
        # A body named after a person past its fields ("Dona Iracema"); a port named with "Porto".
        ("pt", "Os médicos do Hospital Municipal de Urgências Dona Quelma, em Goiânia, entraram em greve.",
         [("organization:hospital-municipal-de-urgencias-dona-quelma", "organization", None, None),
          ("location:goiania", "location", "BRA", None)]),
        ("pt", "O navio atracou no Porto de Suape, em Pernambuco.",
         [("location:porto-de-suape", "location", "BRA", None), ("location:pernambuco", "location", "BRA", None)]),
        # A one-word body between a given name and a surname is the surname ("Mauricio Vélez Carrión").
        ("es", "El director del SNAI, Mauricio Vélez Quelmón, reconoció un déficit.",
         [("organization:snai", "organization", None, None),
          ("person:mauricio-velez-quelmon", "person", None, "director del SNAI")]),
        # A capital where something is to be held, or whose streets and transport are meant, is the city.
        ("es", "El pasaje del transporte urbano de Managua se mantendrá.",
         [("location:managua", "location", "NIC", None)]),
        ("en", "A further protest is planned for Dublin on June 8.", [("location:dublin", "location", "IRL", None)]),
        # A given name alone after "da" is a place's, and the title's body goes on to it.
        ("pt", "O presidente da Câmara da Maia, Quelmo Barros Leite, criticou a obra.",
         [("organization:camara-da-maia", "organization", None, None),
          ("person:quelmo-barros-leite", "person", None, "presidente da Câmara da Maia")]),
        # A nationality before a company's name of several words ("la francesa X Construction").
        ("es", "El consorcio lo forman la francesa Quelvia Construction y la dominicana Ingeniería Quelmiola.",
         [("organization:quelvia-construction", "organization", "FRA", None),
          ("organization:ingenieria-quelmiola", "organization", "DOM", None)]),
        # A place named with its article ends a titled body: "de El Alto", "de La Paz".
        ("es", "Quelmo Tancara, dirigente de la Cámara de Transporte de El Alto, dijo algo.",
         [("person:quelmo-tancara", "person", "BOL", "dirigente de la Cámara de Transporte de El Alto"),
          ("organization:camara-de-transporte-de-el-alto", "organization", "BOL", None)]),
        # A country named after a saint inside a longer name is no country.
        ("es", "El convento de San Bartolomé de la Quelma fue restaurado.",
         [("location:san-bartolome-de-la-quelma", "location", None, None)]),
        ("pt", "Segundo a Usina Santa Helena do Quelmo, a moagem caiu.",
         [("organization:usina-santa-helena-do-quelmo", "organization", None, None)]),
        ("es", "Visitó San Bartolomé en el Caribe.", [("country:blm", "country", "BLM", None)]),
    ],
)
def test_actors_saints_and_titles_of_places(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Short country names and other names of the Middle East; a lower-case demonym is none.
        ("pt", "Os sérvios da Bósnia e a paz no Próximo Oriente. A cidadã bósnia falou.",
         [("country:bih", ["Bósnia"]), ("location:middle-east", ["Próximo Oriente"])]),
        ("en", "Serbs in Bosnia and peace in the Near East.",
         [("country:bih", ["Bosnia"]), ("location:middle-east", ["Near East"])]),
        ("es", "Los serbios de Bosnia y la paz en Cercano Oriente.",
         [("country:bih", ["Bosnia"]), ("location:middle-east", ["Cercano Oriente"])]),
        # A short name after another country's long form is that country; after a compass
        # word it is a country of its own.
        ("en", "They fled Congo for the Democratic Republic of the Congo.",
         [("country:cod", ["Congo", "Democratic Republic of the Congo"])]),
        ("en", "They fled Sudan for Chad and South Sudan.",
         [("country:sdn", ["Sudan"]), ("country:tcd", ["Chad"]), ("country:ssd", ["South Sudan"])]),
    ],
)
def test_actors_short_country_names(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A possessive inside an organisation's name before its head ("People's Party").
        ("en", "The European People's Party agreed. Boston Children's Hospital sided with Quell's SpaceX team.",
         [("organization:european-people-s-party", ["European People's Party"]),
          ("organization:boston-children-s-hospital", ["Boston Children's Hospital"]),
          ("organization:spacex", ["SpaceX"])]),
    ],
)
def test_actors_possessive_in_names(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A name ending in a capital keeps its sentence's final period apart ("SpaceX.").
        ("en", "Customers left for SpaceX. Musk wrote that SpaceX would win.",
         [("organization:spacex", ["SpaceX", "SpaceX"]), ("person:musk", ["Musk"])]),
        ("pt", "Os clientes trocaram a Boeing pela SpaceX. A empresa cresceu.",
         [("organization:boeing", ["Boeing"]), ("organization:spacex", ["SpaceX"])]),
        ("es", "Los clientes dejaron Boeing por SpaceX. La empresa creció.",
         [("organization:boeing", ["Boeing"]), ("organization:spacex", ["SpaceX"])]),
    ],
)
def test_actors_names_before_a_final_period(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "&" names a company; "R&D" is none.
        ("en", "Retailers such as Walmart and Costco cut prices. Shares of P&G rose, but R&D spending fell.",
         [("organization:walmart", ["Walmart"]), ("organization:costco", ["Costco"]), ("organization:p-g", ["P&G"])]),
        ("en", "The deal includes Ben & Jerry's.", [("organization:ben-jerry", ["Ben & Jerry"])]),
        # Two companies with suffixes joined by "and"; a generic plural opening the sentence is no one.
        ("en", "Rivals Colgate-Palmolive Co. and Kimberly-Clark Corp. report results next week.",
         [("organization:colgate-palmolive-co", ["Colgate-Palmolive Co."]),
          ("organization:kimberly-clark-corp", ["Kimberly-Clark Corp."])]),
        # An apposition headed by an organisation noun; not "the agency's chief".
        ("en", "Blue Origin, the space company founded by Jeff Bezos, is ready. Tedros Ghebreyesus, the agency's "
               "chief, spoke.",
         [("organization:blue-origin", ["Blue Origin"]), ("person:jeff-bezos", ["Jeff Bezos"]),
          ("person:tedros-ghebreyesus", ["Tedros Ghebreyesus"])]),
        ("en", "Fonterra, New Zealand's largest company, said. Jacinda Ardern, New Zealand's leader, agreed.",
         [("organization:fonterra", ["Fonterra"]), ("country:nzl", ["New Zealand", "New Zealand"]),
          ("person:jacinda-ardern", ["Jacinda Ardern"])]),
        # The employer before "analyst" or "Administrator"; the source after "according to"; a
        # company in a list with one; an acronym told something; a name before its kind.
        ("en", "UnitedHealthcare executive Brian Thompson was killed.",
         [("organization:unitedhealthcare", ["UnitedHealthcare"]), ("person:brian-thompson", ["Brian Thompson"])]),
        ("en", "Wells Fargo analyst Chris Carey said. NASA Administrator Bill Nelson agreed.",
         [("organization:wells-fargo", ["Wells Fargo"]), ("person:chris-carey", ["Chris Carey"]),
          ("organization:nasa", ["NASA"]), ("person:bill-nelson", ["Bill Nelson"])]),
        ("en", "More fans came, according to Opta. Boeing and Lockheed Martin flew it. Gwynne Shotwell told CNBC.",
         [("organization:opta", ["Opta"]), ("organization:boeing", ["Boeing"]),
          ("organization:lockheed-martin", ["Lockheed Martin"]), ("person:gwynne-shotwell", ["Gwynne Shotwell"]),
          ("organization:cnbc", ["CNBC"])]),
        ("en", "He was treated at the Aster MIMS hospital.", [("organization:aster-mims", ["Aster MIMS"])]),
        # Well-known health services and news outlets are in the gazetteer.
        ("en", "The NHS said so, Dr. Anoop Kumar told The Hindu.",
         [("organization:national-health-service", ["NHS"]), ("person:anoop-kumar", ["Anoop Kumar"]),
          ("organization:the-hindu", ["The Hindu"])]),
        # The last word of a company's name; alone it names nothing.
        ("en", "Shares of Adani Enterprises fell.", [("organization:adani-enterprises", ["Adani Enterprises"])]),
        ("en", "Huawei Technologies Co. has regained ground.", [("organization:huawei", ["Huawei Technologies Co."])]),
        ("en", "Research shows it, said Dan Ives of Wedbush Securities.",
         [("person:dan-ives", ["Dan Ives"]), ("organization:wedbush-securities", ["Wedbush Securities"])]),
        # Team words and "Community" head organisations' names.
        ("en", "Arsenal beat Newcastle United. United lost. The Southern African Development Community met.",
         [("organization:arsenal", ["Arsenal"]), ("organization:newcastle-united", ["Newcastle United"]),
          ("organization:united", ["United"]),
          ("organization:southern-african-development-community", ["Southern African Development Community"])]),
        # Portuguese and Spanish lists keep their own rules.
        ("pt", "A Petrobras e Magda Chambriard falaram.",
         [("organization:petrobras", ["Petrobras"]), ("person:magda-chambriard", ["Magda Chambriard"])]),
        ("es", "Walmart y Costco bajaron precios.",
         [("organization:walmart", ["Walmart"]), ("organization:costco", ["Costco"])]),
        # An employer after a job title and "at"; a district after a rank ("SSP West").
        ("en", "Nadia Quelfor, programs director at Quelmental Defence, said so.",
         [("person:nadia-quelfor", ["Nadia Quelfor"]), ("organization:quelmental-defence", ["Quelmental Defence"])]),
        ("en", "SSP West Abid Quelm Kazmi said the tankers were seized.",
         [("person:abid-quelm-kazmi", ["Abid Quelm Kazmi"])]),
        # "Hydro" ends a utility's name; "Village" and "Hills" a place's.
        ("en", "Quelmitoba Hydro cut power to 2,000 homes.", [("organization:quelmitoba-hydro", ["Quelmitoba Hydro"])]),
        ("en", "Floodwater spread through Quelborne Village.", [("location:quelborne-village", ["Quelborne Village"])]),
        # A company named after a place, its legal form after it.
        ("es", "Lo confirmó la gestora, Quelves del Alto Aragón S.A.",
         [("organization:quelves-del-alto-aragon-s-a", ["Quelves del Alto Aragón S.A."])]),
        # A body named after a capital ("the London Overground"), not a treaty ("the Rome Statute").
        ("en", "Drivers on the London Quelground will strike.",
         [("organization:london-quelground", ["London Quelground"])]),
        ("en", "Judges cited the Rome Statute.", []),
        # Special districts are bodies; a party and district after a comma are no one.
        ("en", "The Harris Quelmy Flood Control District said it would buy 200 homes.",
         [("organization:harris-quelmy-flood-control-district", ["Harris Quelmy Flood Control District"])]),
        ("en", "State Sen. Gregory Quelcone (R., Chester) told reporters.",
         [("person:gregory-quelcone", ["Gregory Quelcone"])]),
        # Portuguese and Spanish: a prosecutor's title, a lawsuit's kind, companies by their trade,
        # a province named after a person.
        ("pt", "A promotora de Justiça Quelma Gusmão pediu o cumprimento da ADPF 635.",
         [("person:quelma-gusmao", ["Quelma Gusmão"])]),
        ("pt", "A Quelrado Genéricos, maior empresa do polo, anunciou 200 vagas.",
         [("organization:quelrado-genericos", ["Quelrado Genéricos"])]),
        ("es", "El operador es la turca Quelatolia Ports.", [("organization:quelatolia-ports", ["Quelatolia Ports"])]),
        ("es", "El municipio de la provincia Ángel Quelval quedó aislado.",
         [("location:angel-quelval", ["Ángel Quelval"])]),
        # Bus companies ("Viação"), port terminals, stations.
        ("pt", "A Viação Quelrana cortou 40 linhas.", [("organization:viacao-quelrana", ["Viação Quelrana"])]),
        ("pt", "O diretor da Quelzonas Terminais Portuários, Jefferson Quelmento, explicou a obra.",
         [("organization:quelzonas-terminais-portuarios", ["Quelzonas Terminais Portuários"]),
          ("person:jefferson-quelmento", ["Jefferson Quelmento"])]),
        ("pt", "Usuários que esperavam na Estação Quelaboia reclamaram do atraso.",
         [("location:estacao-quelaboia", ["Estação Quelaboia"])]),
        ("es", "El puente entre Encarnación y Posadas cobra peaje.",
         [("location:encarnacion", ["Encarnación"]), ("location:posadas", ["Posadas"])]),
        # A listed city before a body's head: the city's body ("Chicago Police Department"), not a
        # town named after its bare word ("Police", Poland).
        ("en", "The Chicago Police Department said shootings fell.",
         [("organization:chicago-police-department", ["Chicago Police Department"])]),
        ("es", "La ayuda llegó al Ejecutivo de Pedro Quelchez.", [("person:pedro-quelchez", ["Pedro Quelchez"])]),
        # "and the" in a department's list of fields; South Asian words for associations.
        ("en", "The Department of Quelstry, Fisheries and the Environment said it had issued a notice.",
         [("organization:department-of-quelstry-fisheries-and-the-environment",
           ["Department of Quelstry, Fisheries and the Environment"])]),
        ("en", "Karim Quelssain, secretary general of the Quelatri Kalyan Samity, said fares would rise.",
         [("person:karim-quelssain", ["Karim Quelssain"]),
          ("organization:quelatri-kalyan-samity", ["Quelatri Kalyan Samity"])]),
        # A list of councils is three bodies, not one body's fields.
        ("en", "The network is owned by Quelt City Council, Porirua City Council and Kapiti Quel District Council.",
         [("organization:quelt-city-council", ["Quelt City Council"]),
          ("organization:porirua-city-council", ["Porirua City Council"]),
          ("organization:kapiti-quel-district-council", ["Kapiti Quel District Council"])]),
        # A party member is no body; a party tag in brackets no one; "Coal" ends a company's name.
        ("en", "Ann Quelle, a Quincy Democrat, said the plan failed.", [("person:ann-quelle", ["Ann Quelle"])]),
        ("en", "State Sen. Ben Quell (D-Santa Monica) said the bill was dead.", [("person:ben-quell", ["Ben Quell"])]),
        ("en", "Tarrant Quelley Coal said it would cut jobs.",
         [("organization:tarrant-quelley-coal", ["Tarrant Quelley Coal"])]),
        # A company's one distinctive word, after "Grupo" or before its legal form, is its short name.
        ("en", "Grupo Quelvex SAB will cut 3,200 jobs, and Quelvex said exports fell.",
         [("organization:grupo-quelvex-sab", ["Grupo Quelvex SAB", "Quelvex"])]),
    ],
)
def test_actors_english_company_names(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A surname that comes back alone, a name particle, a police rank.
        ("en", "Headers from Jurrien Timber won it. Timber, who started, scored.",
         [("person:jurrien-timber", ["Jurrien Timber", "Timber"])]),
        ("en", "Matthijs de Ligt started. They landed in Puerto de la Cruz.",
         [("person:matthijs-de-ligt", ["Matthijs de Ligt"]), ("location:puerto-de-la-cruz", ["Puerto de la Cruz"])]),
        ("en", "Detective Inspector Peter Vlahos said.", [("person:peter-vlahos", ["Peter Vlahos"])]),
        # "The producer" can be a person: no organisation in apposition.
        ("en", "Quincy Jones, the producer behind the album, died.", [("person:quincy-jones", ["Quincy Jones"])]),
        # A rank before the name; the force after "of" is an organisation of its own.
        ("en", "Chief Constable Sarah Crew of Avon and Somerset Police apologised.",
         [("person:sarah-crew", ["Sarah Crew"]),
          ("organization:avon-and-somerset-police", ["Avon and Somerset Police"])]),
        ("en", "Interior Cabinet Secretary Kipchumba Murkomen said.",
         [("person:kipchumba-murkomen", ["Kipchumba Murkomen"])]),
        # A surname after an organisation noun is the person named before.
        ("en", "Daniel O'Keefe, of Merrylands, pleaded guilty. The court heard O'Keefe had fled.",
         [("person:daniel-o-keefe", ["Daniel O'Keefe", "O'Keefe"]), ("location:merrylands", ["Merrylands"])]),
    ],
)
def test_actors_english_people(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The Cincinnati-based company hired a Lagos-born engineer.",
         [("location:cincinnati", ["Cincinnati"]), ("location:lagos", ["Lagos"])]),
        # A dateline with a colon; not a heading of a word the text writes in lower case.
        ("en", "KOZHIKODE: A teenage boy died.", [("location:kozhikode", ["KOZHIKODE"])]),
        ("en", "UPDATE: The update was sent.", []),
        # A street named by its last word, whatever comes before; a county.
        ("en", "The crash on Church Street killed him near Cameron County.",
         [("location:church-street", ["Church Street"]), ("location:cameron-county", ["Cameron County"])]),
        ("en", "John Smith, 45, of Bondi, appeared in court. Lagos State Governor Babajide Sanwo-Olu spoke.",
         [("person:john-smith", ["John Smith"]), ("location:bondi", ["Bondi"]),
          ("location:lagos-state", ["Lagos State"]), ("person:babajide-sanwo-olu", ["Babajide Sanwo-Olu"])]),
        ("en", "Born in Ilford, Essex, in 1934, she died.",
         [("location:ilford", ["Ilford"]), ("location:essex", ["Essex"])]),
        ("en", "It hit Mecufi, south of Pemba, and the districts of Mangochi and Machinga. A resident of Pandikkad "
               "died in the Ashanti region.",
         [("location:pemba", ["Pemba"]), ("location:mangochi", ["Mangochi"]), ("location:machinga", ["Machinga"]),
          ("location:pandikkad", ["Pandikkad"]), ("location:ashanti", ["Ashanti"])]),
        ("en", "They played at Old Trafford.", [("location:old-trafford", ["Old Trafford"])]),
        ("en", "Police closed Sunset Boulevard near Union Station.",
         [("location:sunset-boulevard", ["Sunset Boulevard"]), ("location:union-station", ["Union Station"])]),
        # A compass word before a known place names a part of it.
        ("en", "Fires hit Western Sydney and Southern California.",
         [("location:western-sydney", ["Western Sydney"]), ("location:southern-california", ["Southern California"])]),
        # Products written before their kind are no people; a given name still is one.
        ("en", "The Super Heavy booster returned. Elon Musk watched.", [("person:elon-musk", ["Elon Musk"])]),
        # Storms and awards are no actors, even after a given name.
        ("en", "Cyclone Chido hit. She won a Tony Award.", []),
        # A place opening the sentence starts no list of places; a name before "shares" is a company.
        ("en", "In Mumbai, Infosys and Wipro shares rose.",
         [("location:mumbai", ["Mumbai"]), ("organization:wipro", ["Wipro"])]),
        ("pt", "Nasceu em Ilford, Essex, em 1934.", [("location:ilford", ["Ilford"])]),
        # A city of note after "and" and a body, or said of after a verb of saying, is the city.
        ("en", "The line will link the Quelm University Hospital and Bradford.",
         [("organization:quelm-university-hospital", ["Quelm University Hospital"]),
          ("location:bradford", ["Bradford"])]),
        ("en", "Mayor Quelmo Hughes said Atlanta is a city that moves.",
         [("person:quelmo-hughes", ["Quelmo Hughes"]), ("location:atlanta", ["Atlanta"])]),
        # The Canadian Press's provinces: the town is Canadian, the abbreviation no place.
        ("en", "Residents of Quelm Flon, Man., were told to leave.", [("location:quelm-flon", ["Quelm Flon"])]),
        # A number word inside a body's name.
        ("en", "The pastor of Five Points Quelm Church said so.",
         [("organization:five-points-quelm-church", ["Five Points Quelm Church"])]),
    ],
)
def test_actors_english_places(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "found,expected",
    [
        ([], []),
        ([(0, 2, "a")], [(0, 2, "a")]),
        ([(0, 2, "a"), (0, 2, "b")], [(0, 2, "a")]),  # the same words: the first (best-ranked) wins
        ([(0, 2, "a"), (1, 3, "b")], [(0, 2, "a")]),  # as long: the earlier wins
        ([(0, 1, "a"), (0, 3, "b")], [(0, 3, "b")]),  # longer wins
        ([(0, 2, "a"), (1, 4, "b"), (4, 5, "c")], [(1, 4, "b"), (4, 5, "c")]),
        ([(6, 7, "d"), (1, 3, "a"), (0, 3, "b"), (2, 5, "c")], [(0, 3, "b"), (6, 7, "d")]),
    ],
)
def test_gazetteer_longest_matches_equal_longest_first(found: list[tuple], expected: list[tuple]) -> None:
    assert _longest_matches(found) == expected
    assert longest_first(found, lambda match: (match[0], match[1])) == expected


@pytest.mark.parametrize(
    "added,containers,expected",
    [
        ([("person:ana-lima", "person", "Ana Lima", (0, 8)), ("country:bra", "country", "Brasil", (12, 18)),
          ("person:rui-paz", "person", "Rui Paz", (20, 27))],
         [], {"person": ["person:ana-lima", "person:rui-paz"], "country": ["country:bra"]}),
        ([("organization:banco-de-espana", "organization", "Banco de España", (0, 15)),
          ("country:esp", "country", "España", (9, 15))],
         [(0, 15)], {"organization": ["organization:banco-de-espana"], "country": []}),
    ],
)
def test_actor_set_of_type_follows_by_id(added: list[tuple], containers: list[tuple[int, int]],
                                         expected: dict[str, list[str]]) -> None:
    actors = ActorSet()
    for actor_id, actor_type, name, (start, end) in added:
        actors.add(actor_id, actor_type, name, (start, end, name))
    actors.drop_inside(containers)
    assert {actor_type: list(actors.of_type(actor_type)) for actor_type in expected} == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The title before the name, with its extension; the adjective gives the country only.
        ("pt", "O ministro da Defesa russo, Andrei Belousov, chegou a Pyongyang. Belousov falou.",
         [("Andrei Belousov", "ministro da Defesa", 2), ("Belousov", None, None)]),
        # An apposition after the name.
        ("pt", "Christine Lagarde, presidente do BCE, falou nesta quinta-feira.",
         [("Christine Lagarde", "presidente do BCE", 19)]),
        # A title "of" a known organisation takes it in.
        ("pt", "Ele falou com a presidente da Comissão Europeia, Ursula von der Leyen.",
         [("Ursula von der Leyen", "presidente da Comissão Europeia", 16)]),
        ("en", "He met the Secretary-General of NATO, Mark Rutte, in Brussels.",
         [("Mark Rutte", "Secretary-General of NATO", 11)]),
        # English capitalises the title: the evidence keeps the case, the role is lowered.
        ("en", "Defense Secretary Lloyd Austin said on Monday that talks would go on.",
         [("Lloyd Austin", "Defense Secretary", 0)]),
        ("en", "Antony Blinken, the U.S. secretary of state, arrived in Cairo.",
         [("Antony Blinken", "secretary of state", 25)]),
        ("es", "El presidente del Gobierno, Pedro Sánchez, viajó a Bruselas.",
         [("Pedro Sánchez", "presidente del Gobierno", 3)]),
        ("es", "La portavoz Pilar Alegría dijo que el acuerdo está cerca.",
         [("Pilar Alegría", "portavoz", 3)]),
        ("pt", "O delegado Rafael Souza afirmou que 12 mandados foram cumpridos.",
         [("Rafael Souza", "delegado", 2)]),
        # An occupation is a title when written in lower case; an adjective of nationality
        # after it gives the country; "electa" stays in the role.
        ("es", "El tenista español Carlos Alcaraz ganó en París.", [("Carlos Alcaraz", "tenista", 3)]),
        ("es", "La presidenta electa, Claudia Sheinbaum, habló.", [("Claudia Sheinbaum", "presidenta electa", 3)]),
        ("en", "Treasurer Jim Quell said the budget was fair.", [("Jim Quell", "Treasurer", 0)]),
        ("en", "Comptroller Brooke Quell pressed officials.", [("Brooke Quell", "Comptroller", 0)]),
        ("en", "The Shadow Home Secretary, Chris Quell, said.", [("Chris Quell", "Shadow Home Secretary", 4)]),
        ("pt", "O arquitecto Manuel Quelme morreu.", [("Manuel Quelme", "arquitecto", 2)]),
        ("es", "El titular de la SEP, Mario Quelme, habló.", [("Mario Quelme", "titular de la SEP", 3)]),
        ("es", "La exministra de Sanidad, Carolina Quelme, habló.", [("Carolina Quelme", "exministra de Sanidad", 3)]),
        ("pt", "O diretor do BCP Paulo Quelme foi ouvido.", [("Paulo Quelme", "diretor do BCP", 2)]),
        # A title after a comma that introduces the next name is that name's, not the one before.
        ("es", "Consultado por Quelmo, el politólogo Cristóbal Quelme sostuvo que no.",
         [("Cristóbal Quelme", "politólogo", 26)]),
        # A one-word name after an organisation noun, then a first name: two actors; the title
        # takes in the organisation's noun and name ("da consultoria Quelmex").
        ("pt", "O analista da consultoria Quelmex Rafael Quelme explicou.",
         [("Rafael Quelme", "analista da consultoria Quelmex", 2)]),
        # An abbreviated title is its evidence; the actor's role is the title in full.
        ("en", "Gov. Gavin Quell signed the bill.", [("Gavin Quell", "Gov.", 0)]),
        # Without a comma, the person's name starts at the first name after the organisation.
        ("es", "El expresidente de la Generalitat Carles Puigdemont recurrió la decisión.",
         [("Carles Puigdemont", "expresidente de la Generalitat", 3)]),
        ("pt", "O ex-presidente do Banco Central Roberto Campos Neto falou.",
         [("Roberto Campos Neto", "ex-presidente do Banco Central", 2)]),
        # "de" and an article before the organisation the title is of.
        ("es", "El presidente de la Generalitat, Carlos Mazón, reconoció que la alerta llegó tarde.",
         [("Carlos Mazón", "presidente de la Generalitat", 3)]),
        # a field in lower case with where it is, then the holder
        ("es", "Según su director de operaciones en España, Íñigo Quelsarte, no.",
         [("Íñigo Quelsarte", "director de operaciones en España", 9)]),
        # where the post is held, before the holder
        ("es", '"No hubo acuerdo", reconoció el delegado uruguayo ante la CARU, Héctor Quelbisu.',
         [("Héctor Quelbisu", "delegado uruguayo ante la CARU", 32)]),
        # the body a portfolio serves, up to the holder set off by a comma
        ("es", "La consejera de Trabajo del Gobierno Vasco, Nerea Quelrrutia, anunció que sí.",
         [("Nerea Quelrrutia", "consejera de Trabajo del Gobierno Vasco", 3)]),
        ("es", "El consejero de Turismo del Gobierno canario, Alberto Quelsa, afirmó que no.",
         [("Alberto Quelsa", "consejero de Turismo del Gobierno canario", 3)]),
        # A field in lowercase, then the holder's name after a comma or right after it.
        ("pt", "Segundo o defensor regional de direitos humanos, Tiago Quelme, houve falhas.",
         [("Tiago Quelme", "defensor regional de direitos humanos", 10)]),
        ("pt", "O secretário de saúde Tiago Quelme disse que sim.", [("Tiago Quelme", "secretário de saúde", 2)]),
        # a title's qualifier ("titular") before the body it serves
        ("pt", "O delegado titular da Quelco, Leonardo Quelmaral, disse que sim.",
         [("Leonardo Quelmaral", "delegado titular da Quelco", 2)]),
        # ... or "da/do" and a word right before the name (not set off: "o diretor da entidade, X")
        ("pt", "A vereadora da oposição Ilda Quelgueiredo disse que não.",
         [("Ilda Quelgueiredo", "vereadora da oposição", 2)]),
        ("pt", "O diretor da entidade, Rui Quelopes, disse que sim.", [("Rui Quelopes", "diretor", 2)]),
    ],
)
def test_actors_role_evidence_is_the_title_as_written(lang: str, text: str, expected: list[tuple]) -> None:
    doc = run(lang, text)
    mentions = [m for a in doc._.actors if a.type == "person" for m in a.mentions]
    assert [(m.text, m.role, m.role_start) for m in mentions] == expected
    assert all(text[m.role_start:m.role_end] == m.role for m in mentions if m.role is not None)


def test_actors_seed_roles_have_evidence() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = run("pt", text)
    titles = {a.actor_id: [(m.role, text[m.role_start:m.role_end]) for m in a.mentions if m.role]
              for a in doc._.actors if a.type == "person"}
    assert titles == {
        "person:kim-jong-un": [("líder", "líder"), ("Líder", "Líder")],
        "person:andrei-belousov": [("ministro da Defesa", "ministro da Defesa")] * 2,
        "person:vladimir-putin": [("presidente", "presidente")],
        "person:joe-biden": [("presidente", "presidente")],
        "person:no-kwang-chol": [("ministro da Defesa", "ministro da Defesa")],
    }


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A listed person's alias written with the title the text gives ("King Charles").
        ("en", "King Charles said he was deeply saddened. Charles spoke later.",
         [("person:charles-iii", ["Charles", "Charles"])]),
        ("es", "El rey Felipe dijo que el acuerdo está cerca.", [("person:felipe-vi", ["Felipe"])]),
        # A short form without trailing initials or a generational suffix is the same person.
        ("en", 'Dr. Anoop Kumar A.S., who heads critical care, spoke. "It was late," Dr. Anoop Kumar told reporters.',
         [("person:anoop-kumar-a-s", ["Anoop Kumar A.S.", "Anoop Kumar"])]),
        # ...and so is the first and last name without the middle ones.
        ("pt", "O prémio foi para Helena Quitéria Quelm. Nascida em Luanda, Helena Quelm escreve.",
         [("person:helena-quiteria-quelm", ["Helena Quitéria Quelm", "Helena Quelm"])]),
    ],
)
def test_actors_title_aliases_and_name_tails(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    doc = run(lang, text)
    assert [(a.actor_id, [m.text for m in a.mentions]) for a in doc._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # English capitalises a title only before a name: after a first name it is a surname.
        ("en", "Stephen King said his new novel is out. King added that it was long.",
         [("person:stephen-king", None, ["Stephen King", "King"])]),
        ("en", "John Major said the party was split.", [("person:john-major", None, ["John Major"])]),
        ("en", "Martin Luther King Jr. was born in Atlanta.",
         [("person:martin-luther-king-jr", None, ["Martin Luther King Jr."]), ("location:atlanta", None, ["Atlanta"])]),
        # Before a capitalised word it is still the title.
        ("en", "British Prime Minister Keir Starmer said so.",
         [("person:keir-starmer", "prime minister", ["Keir Starmer"])]),
        # Portuguese lists capitalise a title after a name: it stays a title.
        ("pt", "Maria Silvia Bastos Ex-Presidente da Companhia Siderúrgica Nacional falou.",
         [("person:maria-silvia-bastos", None, ["Maria Silvia Bastos"]),
          ("organization:companhia-siderurgica-nacional", None, ["Companhia Siderúrgica Nacional"])]),
    ],
)
def test_actors_title_words_as_surnames(lang: str, text: str, expected: list[tuple]) -> None:
    doc = run(lang, text)
    assert [(a.actor_id, a.role, [m.text for m in a.mentions]) for a in doc._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Gov. Gavin Quell signed the bill; Lt. Gen. John Quarrow agreed.",
         [("person:gavin-quell", "governor"), ("person:john-quarrow", "lieutenant general")]),
        ("pt", "O Gen. Augusto Quelme falou.", [("person:augusto-quelme", "general")]),
    ],
)
def test_actors_abbreviated_titles_give_the_role_in_full(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


def test_actors_place_before_a_lowercase_institution_names_it() -> None:
    doc = run("en", "More than 40,000 people have died, according to the Gaza health ministry.")
    assert [(a.actor_id, a.country, [m.text for m in a.mentions]) for a in doc._.actors] == [
        ("location:gaza", "PSE", ["Gaza"]), ("organization:health-ministry-pse", "PSE", ["Gaza health ministry"])]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A hyphenated head names an organisation, and the sentence's article is no part of it.
        ("pt", "A Controladoria-Geral da União informou que 20 servidores foram afastados.",
         [("organization:controladoria-geral-da-uniao", ["Controladoria-Geral da União"])]),
        ("pt", "A Procuradoria-Geral da República (PGR) investiga. A PGR disse que sim.",
         [("organization:procuradoria-geral-da-republica", ["Procuradoria-Geral da República", "PGR", "PGR"])]),
        # A region named with a head word and a hyphen is no organisation.
        ("pt", "A chuva atingiu o Centro-Oeste do país.", []),
    ],
)
def test_actors_hyphenated_heads(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def test_actors_sentence_initial_demonym_starts_an_organisation() -> None:
    doc = run("en", "American Airlines cancelled 300 flights.")
    assert [(a.actor_id, a.country) for a in doc._.actors] == [("organization:american-airlines", "USA")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # No one is "in" a person: a name after "in" before a verb of saying is a place.
        ("en", "The weather service office in Quelmsa said damage was heavy.", [("location:quelmsa", ["Quelmsa"])]),
        # A name given its initials in brackets is an organisation's.
        ("en", "The fire danger rose, according to Quelm Management Victoria (QMV).",
         [("organization:quelm-management-victoria", ["Quelm Management Victoria", "QMV"])]),
        # "and" before a name with "&", or after "International", joins two organisations.
        ("en", "Airbus relies on engine makers Quelm International and Pratt & Whitney.",
         [("organization:airbus", ["Airbus"]), ("organization:quelm-international", ["Quelm International"]),
          ("organization:pratt-whitney", ["Pratt & Whitney"])]),
        # "of the" / "de la" before an organisation's head separates the person from it.
        ("en", "His lawyer, Maria Quelmillo of the Legal Aid Society, said he would appeal.",
         [("person:maria-quelmillo", ["Maria Quelmillo"]), ("organization:legal-aid-society", ["Legal Aid Society"])]),
        ("es", "La catedrática de Historia del Arte de la Universidad Complutense Carmen Quelmés señaló que no.",
         [("organization:universidad-complutense", ["Universidad Complutense"]),
          ("person:carmen-quelmes", ["Carmen Quelmés"])]),
        # English puts a city's name before the noun of a place in it: the city, not the government.
        ("en", "They met at a Nairobi hotel; shares fell in early Paris trading; a theatre on Dublin's Abbey Street.",
         [("location:nairobi", ["Nairobi"]), ("location:paris", ["Paris"]), ("location:dublin", ["Dublin"]),
          ("location:abbey-street", ["Abbey Street"])]),
        # Heavenly bodies are no actors; a "Terra Indígena" is a place.
        ("en", "The capsule landed after returning to Earth from the Moon.", []),
        ("pt", "A Terra Indígena Quelmomami foi invadida.",
         [("location:terra-indigena-quelmomami", ["Terra Indígena Quelmomami"])]),
        # A known place between a title and a name is no part of the name.
        ("en", "Chief Electoral Officer of Delhi P. Quelmurthy told reporters.",
         [("location:delhi", ["Delhi"]), ("person:p-quelmurthy", ["P. Quelmurthy"])]),
    ],
)
def test_actors_from_the_english_precision_round(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "the new <title>" in an apposition; "for <country>" is where an envoy is sent (the
        # role's, not his country), the country before the title is his.
        ("en", "Rachel Quelves, the new Chancellor of the Exchequer, said the books were bad.",
         [("person:rachel-quelves", None, "chancellor of the exchequer")]),
        ("en", "The United States special envoy for Sudan, Tom Quelriello, said talks would resume.",
         [("person:tom-quelriello", "USA", "special envoy for Sudan")]),
        ("pt", "O enviado especial para a Venezuela, Celso Quelmorim, disse que não.",
         [("person:celso-quelmorim", None, "enviado especial para a Venezuela")]),
    ],
)
def test_actors_appositions_and_envoys(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An organisation noun and a demonym before a name give the organisation its country.
        ("pt", "Segundo o diário português Quelmord, o jogador deve viajar a Lisboa.",
         [("organization:quelmord", "PRT", ["Quelmord"]), ("location:lisboa", "PRT", ["Lisboa"])]),
        ("pt", "O fundo canadense Quelm Infra informou em nota que apoia a transação.",
         [("organization:quelm-infra", "CAN", ["Quelm Infra"])]),
        # A capitalised plural noun joined to a country names a company; a head with two words
        # takes the demonym after it; a company named after its country with "Airlines".
        ("pt", "A greve da CP – Comboios de Portugal suprimiu 612 comboios.",
         [("organization:comboios-de-portugal", "PRT", ["CP", "Comboios de Portugal"])]),
        ("pt", "A Força Aérea Brasileira (FAB) mantém quatro aeronaves na região.",
         [("organization:forca-aerea-brasileira", "BRA", ["Força Aérea Brasileira", "FAB"])]),
        ("pt", "A companhia Cabo Verde Airlines retoma a ligação.",
         [("organization:cabo-verde-airlines", "CPV", ["Cabo Verde Airlines"])]),
        # Common spellings of country names.
        ("pt", "A seleção venceu a Guiné-Bissau por 2-1.", [("country:gnb", "GNB", ["Guiné-Bissau"])]),
    ],
)
def test_actors_organisations_with_countries(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Occupations as roles, after an age too; where a representative is posted is not her country.
        ("pt", "Para a estudante Joana Quelmeiro, 17 anos, a prova foi difícil.",
         [("person:joana-quelmeiro", None, "estudante")]),
        ("pt", "Marta Quelva, 34 anos, enfermeira em Santarém, contou que gastou 45 euros.",
         [("person:marta-quelva", "PRT", "enfermeira")]),
        ("pt", "A representante do UNICEF em Moçambique, Maria Luísa Quelnara, disse que sim.",
         [("person:maria-luisa-quelnara", None, "representante do UNICEF")]),
        ("en", '"Children bear the brunt," said Mary Quelton, UNICEF\'s representative in Mozambique.',
         [("person:mary-quelton", None, "representative")]),
    ],
)
def test_actors_occupations_and_postings(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An apposition with a company noun; an organisation noun made of an adjective.
        ("es", "La alimenticia Quelmos del Plata compró Lácteos Quelmia, una empresa uruguaya.",
         [("organization:quelmos-del-plata", None, ["Quelmos del Plata"]),
          ("organization:lacteos-quelmia", None, ["Lácteos Quelmia"])]),
        ("pt", "Em Quelvar, a equipa da casa perdeu.", [("location:quelvar", None, ["Quelvar"])]),
        # A body's branch in a capital is the body's, not the country's; its title body gives the role.
        ("es", "Lo denunció la portavoz de SATSE Madrid, Rosa Quelba.",
         [("organization:satse-madrid", None, ["SATSE Madrid"]), ("person:rosa-quelba", None, ["Rosa Quelba"])]),
        # A portfolio in a title's body is no place.
        ("es", "La teniente de alcalde de Cultura, Laia Quelmas, admitió que sí.",
         [("person:laia-quelmas", None, ["Laia Quelmas"])]),
    ],
)
def test_actors_from_the_spanish_precision_round(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "El codirector del festival, Gabi Quelz, aseguró que sí.", [("person:gabi-quelz", "codirector")]),
        ("es", "Lo afirmó el CEO de la firma, Martín Quelverría.", [("person:martin-quelverria", "CEO")]),
        ("es", "El director deportivo del club, Andrés Quelzano, lo siguió.",
         [("person:andres-quelzano", "director deportivo")]),
    ],
)
def test_actors_spanish_titles(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A known body's branch in a country; a body named with its country after an organisation noun.
        ("en", "Amnesty International Kenya executive director Irungu Quelton spoke.",
         [("organization:amnesty-international-kenya", "KEN", ["Amnesty International Kenya"]),
          ("person:irungu-quelton", None, ["Irungu Quelton"])]),
        ("en", "According to a report by industry body Quelm Performance Australia, costs rose.",
         [("organization:quelm-performance-australia", "AUS", ["Quelm Performance Australia"])]),
        # A capital in "parts of"; clubs named with a city; "Treasury" and "Corps" heads.
        ("en", "In parts of London, uptake is low.", [("location:london", "GBR", ["London"])]),
        ("en", "He left Sporting Lisbon for Atletico Madrid.",
         [("organization:sporting-cp", "PRT", ["Sporting Lisbon"]),
          ("organization:atletico-de-madrid", "ESP", ["Atletico Madrid"])]),
        ("en", "The Treasury says the deficit will fall.", [("organization:treasury", None, ["Treasury"])]),
        ("en", "The Federal Road Safety Corps said the crash occurred.",
         [("organization:federal-road-safety-corps", None, ["Federal Road Safety Corps"])]),
        # An abbreviation given in brackets is the organisation again before a title; an acronym
        # and "and" join two organisations; a short name after a company's full name is that company.
        ("en", "The Japan Quelm Agency (JQXA) said so. JQXA President Hiroshi Quelkawa agreed.",
         [("organization:japan-quelm-agency", "JPN", ["Japan Quelm Agency", "JQXA", "JQXA"]),
          ("person:hiroshi-quelkawa", None, ["Hiroshi Quelkawa"])]),
        ("en", "It was developed by JQXA and Quelmubishi Heavy Industries.",
         [("organization:jqxa", None, ["JQXA"]),
          ("organization:quelmubishi-heavy-industries", None, ["Quelmubishi Heavy Industries"])]),
        ("pt", "A Quelmice Energia comprou ativos. Com isso, a Quelmice passará a atender 2 milhões de clientes.",
         [("organization:quelmice-energia", None, ["Quelmice Energia", "Quelmice"])]),
        ("en", "Harbor Foods agreed to acquire Quelmline Snacks.",
         [("organization:harbor-foods", None, ["Harbor Foods"]),
          ("organization:quelmline-snacks", None, ["Quelmline Snacks"])]),
    ],
)
def test_actors_from_the_english_precision_round_2(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", '"We cannot switch off asylum," said Lee Quelnert, an ACLU attorney leading the case.',
         [("person:lee-quelnert", "attorney")]),
        ("en", "Dr Helen Quelsh, a consultant epidemiologist at UKHSA, said it was bad.",
         [("person:helen-quelsh", "epidemiologist")]),
        ("en", "The FRSC Corps Marshal, Shehu Quelmed, said so.", [("person:shehu-quelmed", "corps marshal")]),
        ("en", "Project manager Masashi Quelda was emotional.", [("person:masashi-quelda", "project manager")]),
        ("en", "Minister for Trade and Industry Gan Kim Quelng said so.",
         [("person:gan-kim-quelng", "minister for trade and industry")]),
        # a surname first that is no given name stays with the name, after a listed portfolio
        ("en", "Minister for Manpower Koh Wei Quelng said so.", [("person:koh-wei-quelng", "minister for manpower")]),
        # one word of its own before a listed field ("Sugar Industry") is the portfolio's
        ("en", "Minister for Sugar Industry Sakiusa Quelevu said so.",
         [("person:sakiusa-quelevu", "minister for Sugar Industry")]),
        ("en", "Minister of Works and Transport Nalini Quelsad said so.",
         [("person:nalini-quelsad", "minister of Works and Transport")]),
        ("en", "Darren Quelchuk, owner of Prairie Peak Roofing, said prices rose.",
         [("person:darren-quelchuk", "owner of Prairie Peak Roofing")]),
        ("en", '"We found out from the radio," said assembly line worker Anele Quelmini, 34.',
         [("person:anele-quelmini", "assembly line worker")]),
        # "doctor", "doutor" before a name set off after an office: a form of address, the office the role
        ("es", "«Siguen estables», señaló el director del hospital, doctor Andrés Quelina Reyes.",
         [("person:andres-quelina-reyes", "director")]),
        # a sentence's first word before a field noun is no party ("Labour unions"); a portfolio
        # in lower case after it
        ("en", "Labour and employment adviser Nurul Quelque met union leaders.",
         [("person:nurul-quelque", "labour and employment adviser")]),
        # a portfolio of two fields; the second of two posts ("Minister II")
        ("en", "Minister of Water and Sanitation Pemmy Quelodina said so.",
         [("person:pemmy-quelodina", "minister of water and sanitation")]),
        ("en", "Finance Minister II Datuk Seri Rahman Quelris said so.",
         [("person:rahman-quelris", "finance minister II")]),
        # South Asian district officers and police superintendents
        ("en", "Chief District Officer Hari Prasad Quelrala said 40 were missing.",
         [("person:hari-prasad-quelrala", "chief district officer")]),
        ("en", "Deputy Superintendent of Police Sita Maya Quelung said divers were searching.",
         [("person:sita-maya-quelung", "deputy superintendent of police")]),
        # a hyphenated police rank
        ("en", "At least 25 were hurt, said Sub-Inspector Rafiq Quelssain of Savar Police Station.",
         [("person:rafiq-quelssain", "sub-inspector")]),
        # heads of a desk; an employer after "at" and a title with "head" in it
        ("en", "PropNex head of research Lim Mei Quelng said demand was strong.",
         [("person:lim-mei-quelng", "head of research")]),
        ("en", "Tunde Quelaye, head of research at Quelvest Capital, told reporters.",
         [("person:tunde-quelaye", "head of research")]),
        # a portfolio in lower case that lists fields; a hyphenated inspector-general
        ("en", "The health and social care secretary, Martin Quelsdown, told MPs.",
         [("person:martin-quelsdown", "health and social care secretary")]),
        ("en", "Acting Inspector-General of Police Daniel Quelgat said so.",
         [("person:daniel-quelgat", "acting inspector-general of police")]),
        ("en", "Minister for National Development Goh Kian Quelong said so.",
         [("person:goh-kian-quelong", "minister for national development")]),
        # The office before a rank is the role (the rank is how he is addressed).
        ("en", "NDMA Chairman Lt Gen Inam Quelmalik told reporters.",
         [("person:inam-quelmalik", "chairman")]),
    ],
)
def test_actors_english_roles_2(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A known organisation in brackets after its full name is that organisation.
        ("es", "Según el Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred), ardió.",
         [("organization:senapred", "CHL", ["Servicio Nacional de Prevención y Respuesta ante Desastres",
                                             "Senapred"])]),
        # A party's acronym is the one of the language's countries.
        ("es", "Morena y sus aliados, el PT y el PVEM, ganaron.",
         [("organization:morena", "MEX", ["Morena"]), ("organization:labor-party-mexico", "MEX", ["PT"]),
          ("organization:pvem", None, ["PVEM"])]),
        # A word with a capital inside is a brand; a group's letter is no organisation; "Mac" names stay people.
        ("es", "El Gobierno habilitó una cuenta en BancoQuelmo.",
         [("organization:bancoquelmo", None, ["BancoQuelmo"])]),
        ("pt", "O Mali ficou em segundo no grupo I.", [("country:mli", "MLI", ["Mali"])]),
        ("en", "The deputy MacQuelmick said no.", [("person:macquelmick", None, ["MacQuelmick"])]),
    ],
)
def test_actors_from_the_spanish_precision_round_2(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A comma after a titled name opens the clause: "o banco central" is its subject, not an apposition.
        ("pt", "Em comunicado lido pela vice-governadora do BNA, Joana Quelmala, o banco central justifica a decisão.",
         [("organization:bna", None, None), ("person:joana-quelmala", None, "vice-governadora do BNA")]),
        # A national body's spokeswoman in a city is of the city's country.
        ("pt", "«Não vamos tolerar», declarou a porta-voz da PRM em Nampula, Rosa Quelmáuque.",
         [("organization:prm", None, None), ("location:nampula", "MOZ", None),
          ("person:rosa-quelmauque", "MOZ", "porta-voz da PRM")]),
        # "told <name>." names the one told, not a speaker.
        ("en", "A police official told Dawn.", []),
    ],
)
def test_actors_regressions_caught_on_the_qa_articles(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The Quelric Reliability Council of Texas, known as QRCOT, said QRCOT had added batteries."),
        ("pt", "A Agência Quelnacional de Águas, conhecida como QUELA, informou que a QUELA vai agir."),
    ],
)
def test_actors_an_alias_the_text_gives_is_the_same_body(lang: str, text: str) -> None:
    orgs = [a for a in run(lang, text)._.actors if a.type == "organization"]
    assert len(orgs) == 1 and len(orgs[0].mentions) == 3


def test_actors_capitals_in_brackets_that_the_gazetteer_knows_otherwise_keep_the_full_name() -> None:
    # "(AFP)" is the news agency's acronym too: the police keep their own name and country.
    doc = run("en", "The Australian Federal Police (AFP) said three men were charged.")
    assert [(a.actor_id, a.country) for a in doc._.actors if "police" in a.actor_id] == [
        ("organization:australian-federal-police", "AUS")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A festival's or a programme's name is no actor; nor are ADRs and decrees.
        ("es", "El festival Quelmavera Sound cerró ayer con 268.000 asistentes.", []),
        ("es", "El programa Hambre Quelmo entrega almuerzo escolar.", []),
        ("es", "Sus ADR avanzaron y el DNU que firmó el Gobierno modifica 300 normas.", []),
        # Outlets with names of two words or more are organisations of their country.
        ("es", "«Me agarraron a los tres días», relató a Prensa Libre.", [("organization:prensa-libre", "GTM")]),
        # A place one heads for; a Spanish company opened by a plural noun and "del".
        ("es", "El autobús salió con destino a Quelmina Cruz.", [("location:quelmina-cruz", None)]),
        ("es", "Quelminos del Plata informó una ganancia.", [("organization:quelminos-del-plata", None)]),
    ],
)
def test_actors_from_the_spanish_precision_round_3(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "In a statement signed by his Chief Press Secretary, Kayode Quelmade, the governor spoke.",
         [("person:kayode-quelmade", "chief press secretary")]),
        ("en", "MPs passed the contentious Finance Bill, 2024.", []),
    ],
)
def test_actors_english_titles_laws_and_agencies(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


def test_actors_a_us_agency_named_with_its_country() -> None:
    doc = run("en", "Arrests fell, according to figures released by U.S. Customs and Border Protection.")
    assert [(a.actor_id, a.country) for a in doc._.actors] == [
        ("organization:u-s-customs-and-border-protection", "USA")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Senior Minister of State for Trade and Industry Lim Wei Quelng said so.",
         [("person:lim-wei-quelng", "minister of state for Trade and Industry")]),
        ("en", "Prof Sarah Quelcombe, NHS England's national medical director, said staff had worked hard.",
         [("person:sarah-quelcombe", "national medical director")]),
        ("pt", "O secretário de Estado para os Recursos Minerais, Joaquim Quelpilica, anunciou novas regras.",
         [("person:joaquim-quelpilica", "secretário de Estado para os Recursos Minerais")]),
        ("pt", "O enviado para a Avenida Quelguiar saiu.", []),
        ("en", "Assistant Treasurer Michael Quelnlan and the deputy chair Karen Quelock spoke.",
         [("person:michael-quelnlan", "assistant treasurer"), ("person:karen-quelock", "deputy chair")]),
        ("en", "Leader of the Opposition Gaurav Quelhury of the Congress accused the government.",
         [("person:gaurav-quelhury", "leader of the opposition")]),
    ],
)
def test_actors_english_portfolios_and_possessive_appositions(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Fianna Fáil and Fine Gael promised homes, while Sinn Féin said it was too little.",
         [("organization:fianna-fail", "IRL"), ("organization:fine-gael", "IRL"), ("organization:sinn-fein", None)]),
        ("en", "Rivals including General Mills reported falling volumes.", [("organization:general-mills", "USA")]),
        # a street named after a city runs wherever the story is (Bogotá has an avenida Caracas)
        ("es", "El tráfico se cortó en la avenida Caracas.", [("location:caracas", None)]),
        ("es", "Vive en la calle Colombia, en Bogotá.", [("location:colombia", "COL"), ("location:bogota", "COL")]),
        ("es", "Se reunieron en la plaza Independencia.", [("location:independencia", None)]),
        ("pt", "O protesto bloqueou a avenida Brasil, no Rio de Janeiro.",
         [("location:brasil", "BRA"), ("location:rio-de-janeiro", "BRA")]),
        ("es", "La marcha salió de la avenida 18 de Julio.", []),
        # "Upper Assam" is one place; the court before a judge's title is no person; a currency's
        # sign before its amount is no actor; a UN high commission is a body
        ("en", "The situation is improving in Upper Assam.", [("location:upper-assam", "IND")]),
        ("en", "Franklin County Prosecutor Elena Quelstillo spoke.",
         [("location:franklin-county", "USA"), ("person:elena-quelstillo", None)]),
        ("en", "Common Pleas Judge Margaret Quelloway set sentencing.",
         [("organization:common-pleas", None), ("person:margaret-quelloway", None)]),
        ("en", "Shares fell to Rs 1,512 on Monday.", []),
        ("pt", "O Alto Comissariado das Nações Unidas para os Refugiados disse.",
         [("organization:unhcr", None)]),
        # A council named in lower case; a street named with a title; a senator's party and state
        ("en", "Ashvale borough council issued a section 114 notice.",
         [("organization:ashvale-borough-council", None)]),
        ("en", "Several shops on Queen Street lost windows.", [("location:queen-street", None)]),
        ("en", "Sen. Mark Quelsen, R-Texas, the panel's chair, spoke.",
         [("person:mark-quelsen", None), ("location:texas", "USA")]),
        # A party in apposition to "su partido"; a colonel "en servicio pasivo" whose title names a
        # service is still a person; the platform X is no place
        ("es", "Su partido, Rumbo Quelbre, convocó a una concentración.", [("organization:rumbo-quelbre", None)]),
        ("es", "El director del SNAI, coronel en servicio pasivo Marcelo Quelrrero Paz, dijo que sí.",
         [("organization:snai", None), ("person:marcelo-quelrrero-paz", None)]),
        ("es", "El director, Arturo Quelseñor, escribió en X que se investiga.", [("person:arturo-quelsenor", None)]),
        # A name after a body's head in a title set off after a name is the body's; an adjective
        # between an organisation noun and its name
        ("pt", "O economista Benjamim Quelhango, professor da Universidade Quelostinho Neto, disse que sim.",
         [("person:benjamim-quelhango", None), ("organization:universidade-quelostinho-neto", None)]),
        ("pt", "A organização não-governamental Plataforma Cidadã para a Transparência Quelleitoral contou 34 mortos.",
         [("organization:plataforma-cidada-para-a-transparencia-quelleitoral", None)]),
        # A body's short form named alone is that body
        ("pt", "A companhia aérea Quelvoare Linhas Aéreas pediu recuperação judicial, e a Quelvoare afirmou que sim.",
         [("organization:quelvoare-linhas-aereas", None)]),
        # Another country's party of a listed party's name; listed national companies; "la patronal X"
        ("en", "Canada's Conservative Party said it would fight.",
         [("country:can", "CAN"), ("organization:conservative-party-can", "CAN")]),
        ("pt", "A Sonangol vai investir em Cabinda.", [("organization:sonangol", "AGO"), ("location:cabinda", "AGO")]),
        ("es", "La patronal Quelceoe cargó contra la huelga.", [("organization:quelceoe", None)]),
        # England is a place of the United Kingdom; a portfolio after "para"
        ("en", "Militants attacked pipelines in the Niger Delta.", [("location:niger-delta", "NGA")]),
        ("en", "Junior doctors in England voted, while doctors in Scotland wait.",
         [("location:england", "GBR"), ("location:scotland", "GBR")]),
        # a longer party's name than a listed one's; English company tails
        ("en", "The Peoples Democratic Party said it would appeal.",
         [("organization:peoples-democratic-party", None)]),
        ("en", "In Ireland, the Social Democrats won seats.",
         [("country:irl", "IRL"), ("organization:social-democrats", None)]),
        # a listed party's name "of" another country; a country before another country's listed
        # body; Indonesian companies ("PT …"); "Korea" alone is the South
        ("en", "The Democratic Party of Japan said it would fight.",
         [("organization:democratic-party-of-japan", "JPN")]),
        ("es", "El Partido Laborista de Noruega ganó.", [("organization:partido-laborista-de-noruega", "NOR")]),
        ("en", "The Uganda People's Defence Force said troops had left.",
         [("organization:uganda-people-s-defence-force", "UGA")]),
        ("en", "Workers at PT Quelport Indonesia Tbk went on strike.",
         [("organization:pt-quelport-indonesia-tbk", "IDN")]),
        ("en", "PT Senator Humberto Quelsta said he would vote.",
         [("organization:workers-party-brazil", "BRA"), ("person:humberto-quelsta", None)]),
        ("en", "Korea's Democratic Party said it would fight.",
         [("country:kor", "KOR"), ("organization:democratic-party-kor", "KOR")]),
        # a Portuguese surname joined by "e"; a sentence-initial verb before a given name
        ("pt", "O primeiro-ministro Artur Quelreia e Silva disse que sim.", [("person:artur-quelreia-e-silva", None)]),
        ("pt", "Estiveram presentes João Quelsta e Maria Silva.",
         [("person:joao-quelsta", None), ("person:maria-silva", None)]),
        ("pt", "Discursou Ana Quelsta, do PT.",
         [("person:ana-quelsta", None), ("organization:workers-party-brazil", "BRA")]),
        ("es", "Votaron Marta Quelsa y Luis Pérez.", [("person:marta-quelsa", None), ("person:luis-perez", None)]),
        # an alias is the person's; a currency code by its amount is no body ("NPR" the radio)
        ("es", "El vocero Eliécer Quelntero, alias Camilo, dijo que no.", [("person:eliecer-quelntero", None)]),
        ("en", "Nepal sold power worth NPR 17 billion, and 2 billion NPR more.", [("country:npl", "NPL")]),
        # a portfolio before a title is no place list; a place's compass part; a street named after
        # a person; an office of a title; a government named after its leaders
        ("en", "In Nairobi, Energy and Petroleum Principal Secretary Joseph Quelfula said so.",
         [("location:nairobi", "KEN"), ("person:joseph-quelfula", None)]),
        ("en", "She runs a salon in Quelando East.", [("location:quelando-east", None)]),
        ("pt", "O escritório fica na Avenida Faria Lima, em São Paulo.",
         [("location:avenida-faria-lima", "BRA"), ("location:sao-paulo", "BRA")]),
        ("es", "Lo informó la Oficina del Consejero Comisionado de Paz.",
         [("organization:oficina-del-consejero-comisionado-de-paz", None)]),
        ("pt", "O Gabinete do Provedor de Justiça abriu um inquérito.",
         [("organization:gabinete-do-provedor-de-justica", None)]),
        # a valley named after a saint's river is no city's; a label after "batizada de"; a
        # country's name last in a list of towns
        ("pt", "Os produtores do Vale do São Francisco exportaram manga.",
         [("location:vale-do-sao-francisco", None)]),
        ("pt", "A operação, batizada de Toga Quelrtida, cumpriu 23 mandados em Palmas.", [("location:palmas", "BRA")]),
        ("pt", "Os municípios de Buco-Zau e Belize, em Cabinda, são os mais afectados.",
         [("location:buco-zau", "AGO"), ("location:belize", "AGO"), ("location:cabinda", "AGO")]),
        ("pt", "O IPMA colocou 11 distritos de Portugal sob aviso.",
         [("organization:portuguese-institute-for-sea-and-atmosphere", "PRT"), ("country:prt", "PRT")]),
        # a company set off by its kind with no article; school levels name no place; a listed
        # body's name that goes on is another body's
        ("pt", "A Quelvix, startup de gestão financeira sediada em Florianópolis, demitiu 180 funcionários.",
         [("organization:quelvix", None), ("location:florianopolis", "BRA")]),
        ("es", "La huelga alcanzó el 62 % en Secundaria y el 48 % en Infantil y Primaria.", []),
        ("es", "La Liga Nacional de Fútbol Profesional de Honduras suspendió el partido.",
         [("organization:liga-nacional-de-futbol-profesional-de-honduras", "HND")]),
        ("en", "The Labour Party Conference opened in Liverpool.",
         [("organization:labour-party", "GBR"), ("location:liverpool", "GBR")]),
        # a national body named by its field and a nation of a country; a town named after a titled
        # person; an English portfolio before "Minister"; "X-based" names a company; a body of a
        # listed body; "Ministry of Justice"
        ("en", "Audit Scotland said the project failed.", [("organization:audit-scotland", "GBR")]),
        ("pt", "Ele foi preso numa chácara em Senador Canedo.", [("location:senador-canedo", "BRA")]),
        # English names a titled town before a title or a noun it qualifies; a town in a listed
        # region is named like a city abroad; a saint's town is no person of the region
        ("en", "Prince George Mayor Quel Chu said the Prince George mill would close.",
         [("location:prince-george", "CAN"), ("person:quel-chu", None)]),
        ("pt", "Moradores de São Francisco do Pará e de Santa Maria do Pará protestaram.",
         [("location:sao-francisco-do-para", "BRA"), ("location:santa-maria-do-para", "BRA")]),
        ("es", "La directora técnica de Quelmo, Lucía Cárcel Ibáñez, relató que cayó.",
         [("person:lucia-carcel-ibanez", None)]),
        # a company named by its trade; a road, an industrial estate and an aquifer name places
        ("es", "Conservas Quelmo cerró y la Tabacalera Quelpa exportó más.",
         [("organization:conservas-quelmo", None), ("organization:tabacalera-quelpa", None)]),
        ("pt", "A Quelmo Bikes investiu na fábrica.", [("organization:quelmo-bikes", None)]),
        ("es", "Las obras en el polígono de Quelmo Payá y en la autopista Quelmarte comenzarán.",
         [("location:quelmo-paya", None), ("location:quelmarte", None)]),
        ("es", "El acuífero del Alto Quelmentín está sobreexplotado.", [("location:alto-quelmentin", None)]),
        # a surname that is also a common word, after the full name; a one-word name before an age
        ("es", "La responsable, Ainhoa Sola Quelmín, habló. «No falta gente», afirmó Sola.",
         [("person:ainhoa-sola-quelmin", None)]),
        ("en", "Senior weaver Quelamma, 58, said a saree takes six days.", [("person:quelamma", None)]),
        # a town set off by its country; an English town before a title or as an owner; a
        # body named by its trade; an acronym weighed by an amount is a good; "por el" and a head
        # open a second body
        ("pt", "Os comerciantes de Quelmópolis, no Paraguai, registaram queda.",
         [("location:quelmopolis", "PRY"), ("country:pry", "PRY")]),
        ("en", "Palmerston North Mayor Quel Fairweather said so. Medicine Hat's jobless rate fell.",
         [("location:palmerston-north", "NZL"), ("person:quel-fairweather", None), ("location:medicine-hat", "CAN")]),
        ("en", "Prairie Quel Greenhouses said it would add glass.", [("organization:prairie-quel-greenhouses", None)]),
        ("pt", "A Quelmo Bioenergia vai produzir 600 mil toneladas de DDG por ano.",
         [("organization:quelmo-bioenergia", None)]),
        ("es", "Lo presentó la Sociedad Rural de Quelma por el Instituto Nacional de Quelmología.",
         [("organization:sociedad-rural-de-quelma", None),
          ("organization:instituto-nacional-de-quelmologia", None)]),
        # where an office is, set off with it, keeps the title for the name after it
        ("es", "El secretario de UGT en la Ribera, Ainhoa Quelmín, pidió una subida.",
         [("organization:union-general-de-trabajadores", "ESP"), ("person:ainhoa-quelmin", "ESP")]),
        # a short form without a middle surname
        ("pt", "A presidente, Ana Rita Quelvaco Mestre, falou. «Sem o queijo não há feira», disse Ana Rita Mestre.",
         [("person:ana-rita-quelvaco-mestre", None)]),
        ("en", "Deputy Human Resources Minister Lim Wei Quel said so.", [("person:lim-wei-quel", None)]),
        ("en", "The auditors, London-based Veritrace Quelpliance, interviewed workers.",
         [("location:london", "GBR"), ("organization:veritrace-quelpliance", None)]),
        ("en", "The Court of Justice of the European Union ruled.",
         [("organization:court-of-justice-of-the-european-union", None)]),
        ("en", "The Ministry of Justice said so.", [("organization:ministry-of-justice", None)]),
        ("pt", "O Conselho de Administração da Sonangol decidiu.",
         [("organization:conselho-de-administracao-da-sonangol", "AGO")]),
        ("es", "Los jefes de Estado y de Gobierno de la Unión Europea pidieron calma.",
         [("organization:european-union", None)]),
        # two hospitals "y al"; a portfolio listed before the name with no comma; "Villa" opens a
        # place; a capital before a full stop that opens the story is its dateline
        ("es", "Los heridos fueron al Hospital Quelcuela y al Hospital San Quelipe.",
         [("organization:hospital-quelcuela", None), ("organization:hospital-san-quelipe", None)]),
        ("pt", "A Fundação para a Ciência e a Quelmologia abriu concurso.",
         [("organization:fundacao-para-a-ciencia-e-a-quelmologia", None)]),
        ("es", "El exministro de Comunicaciones, Infraestructura y Vivienda Rodolfo Quelturias fue acusado.",
         [("person:rodolfo-quelturias", None)]),
        ("es", "La carretera está bloqueada a la altura de Villa Quelnari.", [("location:villa-quelnari", None)]),
        ("es", "Tegucigalpa. Cuatro personas murieron anoche.", [("location:tegucigalpa", "HND")]),
        # a town GeoNames knows where one arrives, and the list after it; a title after "Port of"
        ("es", "Las ayudas llegarán a Paiporta, Catarroja y Algemesí.",
         [("location:paiporta", None), ("location:catarroja", None), ("location:algemesi", None)]),
        ("en", "The Port of Prince Quelpert is not affected.", [("location:prince-quelpert", None)]),
        # a field's own words before a nation; a capitalised particle opening a short form; a seat
        # after a name; money written in mixed case; a title's office; a titled person whose
        # surname is a company word
        ("en", "According to Natural Resources Wales (NRW), 245,000 homes are at risk.",
         [("organization:natural-resources-wales", "GBR")]),
        ("en", "Pieter van der Quelhuizen spoke, and Van der Quelhuizen later told reporters.",
         [("person:pieter-van-der-quelhuizen", None)]),
        ("en", "Plaid Cymru's spokesperson, Llinos Quelrees MS, said so.",
         [("organization:plaid-cymru", "GBR"), ("person:llinos-quelrees", None)]),
        ("en", "The government will accept payments in ZiG from May.", []),
        ("en", "The Prime Minister's Office said the trip was off.", [("organization:prime-minister-s-office", None)]),
        ("en", "Union president Gerald Power said the cut was a betrayal.", [("person:gerald-power", None)]),
        ("en", "The deal will be signed in Dar es Salaam.", [("location:dar-es-salaam", "TZA")]),
        # an English name ends at its head: one more word after "and" is another body
        ("en", "Shares of Quelwealth Bank and Quelpac fell.",
         [("organization:quelwealth-bank", None), ("organization:quelpac", None)]),
        ("en", "The University and College Union said so.", [("organization:university-and-college-union", None)]),
        # treasuries, operators, railways, ferries and newspapers are bodies
        ("pt", "Segundo o Tesouro Nacional, as despesas cresceram.", [("organization:tesouro-nacional", None)]),
        ("es", "Según el Operador Nacional de Quelctricidad (Cenace), la demanda creció.",
         [("organization:operador-nacional-de-quelctricidad", None)]),
        ("en", "Quelmac Ferries told the Quelmoa Observer it had sailed.",
         [("organization:quelmac-ferries", None), ("organization:quelmoa-observer", None)]),
        # a list of bodies after a plural noun and a dash; a legal form after a comma is no body
        ("es", "Los tres bancos del país —Banca Quelnenca, Quelira Bank y Crèdit Quelmanya— ganaron más.",
         [("organization:banca-quelnenca", None), ("organization:quelira-bank", None),
          ("organization:credit-quelmanya", None)]),
        ("es", "Favoreció a tres constructoras: Pavimentos del Quelte, S.A., y Asfaltos Quel.",
         [("organization:pavimentos-del-quelte", None), ("organization:asfaltos-quel", None)]),
        # "y" before a head starts another body when the name before has none
        ("es", "La fusión de Quelval y Banca Quelidional crea un banco.", [("organization:banca-quelidional", None)]),
        # a name its initials spell is one name, whatever heads it holds
        ("es", "Los gobernadores reclaman los Aportes del Tesoro Quelcional (ATQ).",
         [("organization:aportes-del-tesoro-quelcional", None)]),
        # Brussels is a place, not Belgium's government
        ("pt", "A proposta de Bruxelas reduz a quota.", [("location:brussels", "BEL")]),
        # a group's possessive inside a name; two bodies that end in the same head
        ("en", "The war pitted the army against the Quelgray People's Liberation Front (QPLF).",
         [("organization:quelgray-people-s-liberation-front", None)]),
        ("en", "The People's Democratic Party met.", [("organization:people-s-democratic-party", None)]),
        ("en", "Officers from South Yorkshire Police and West Midlands Police joined.",
         [("organization:south-yorkshire-police", "GBR"), ("organization:west-midlands-police", "GBR")]),
        ("en", "North Wales Police said so.", [("organization:north-wales-police", "GBR")]),
        # an honorific after a school's adjectives is the school's; "e da" before a head splits
        ("pt", "A Escola Secundária D. Maria II fechou.", [("organization:escola-secundaria-d-maria-ii", None)]),
        ("pt", "Os comandos da Marinha e da Aeronáutica participaram.",
         [("organization:marinha", None), ("organization:aeronautica", None)]),
        # a capital listed after "e de" with a town is a city
        ("pt", "A inflação afeta as famílias de Benguela e de Luanda.",
         [("location:benguela", "AGO"), ("location:luanda", "AGO")]),
        # armed groups of event data
        ("pt", "Os insurgentes do Ahlu Sunnah Wa-Jama'a atacaram uma aldeia.",
         [("group:ahlu-sunnah-wa-jama-a", "MOZ")]),
        # a Spanish company's "SL"; a power station; an Asturian concejo; irrigators' community
        ("es", "La empresa explotadora, Carbones del Quelcea SL, expresó su pesar.",
         [("organization:carbones-del-quelcea-sl", None)]),
        ("es", "La central Quelca Codo Sinclair opera a media potencia.", [("location:quelca-codo-sinclair", None)]),
        ("es", "Visitó la mina, en el concejo de Cangas del Quelcea.", [("location:cangas-del-quelcea", None)]),
        ("es", "La Comunidad de Regantes del Campo de Quelgena protestó.",
         [("organization:comunidad-de-regantes-del-campo-de-quelgena", None)]),
        ("es", "Vive en la Comunidad Foral de Navarra.", [("location:navarre", "ESP")]),
        # a portfolio's field with "del" inside, before the name set off by commas
        ("es", "Lo anunció la consejera de Fomento, Articulación del Territorio y Vivienda, Marta Quelz Carmona.",
         [("person:marta-quelz-carmona", None)]),
        # a capital as a surname after unlisted names; a country's name as a given name
        ("pt", "O caminhoneiro Quelderlei Cardoso Lima disse que a greve continua.",
         [("person:quelderlei-cardoso-lima", None)]),
        ("es", "El ministro de Obras, Mauricio Quelstillo Rojas, anunció que sí.",
         [("person:mauricio-quelstillo-rojas", None)]),
        # a capital listed with a town after "e do"; buildings of a city
        ("pt", "Os comboios de Lisboa e do Porto atrasam.", [("location:lisboa", "PRT"), ("location:porto", "PRT")]),
        ("es", "Habló con empresarios en un hotel de Santo Domingo.", [("location:santo-domingo", "DOM")]),
        # airlines; guards after "e da"; another country's party of a listed name; Malay names
        ("pt", "A companhia de baixo custo Quelantis Air queixou-se.", [("organization:quelantis-air", None)]),
        ("pt", "Com apoio da Polícia Rodoviária Federal e da Guarda Civil Municipal.",
         [("organization:policia-rodoviaria-federal", None), ("organization:guarda-civil-municipal", None)]),
        ("en", "The opposition Maldivian Democratic Party (MDP) objected.",
         [("organization:maldivian-democratic-party", "MDV")]),
        ("en", "Chief executive Dayang Siti Quelhaliza binti Haji Mahmud said so.",
         [("person:dayang-siti-quelhaliza-binti-haji-mahmud", None)]),
        # an English portfolio with "and", then an unlisted name
        ("en", "Minister of Commerce and Consumer Protection Vikash Quelmdhun said so.",
         [("person:vikash-quelmdhun", None)]),
        # Spanish parties and Costa Rica's Caribbean port
        ("es", "Con los votos del PSC y Barcelona en Comú.", [("organization:psc", None),
                                                           ("organization:barcelona-en-comu", "ESP")]),
        ("es", "Los portuarios de Limón pararon.", [("location:limon", "CRI")]),
        # a listed body's name that goes on to initials spelling the whole is another body's
        ("pt", "Segundo o Instituto Nacional de Meteorologia e Geofísica (INMG), choveu.",
         [("organization:instituto-nacional-de-meteorologia-e-geofisica", None)]),
        # (or to initials of its first letter that are none of the listed body's: Angola's INAMET)
        ("pt", "O Instituto Nacional de Meteorologia e Geofísica (INAMET) prevê chuvas.",
         [("organization:instituto-nacional-de-meteorologia-e-geofisica", None)]),
        # a state's code after a place is no body's initials; initials after "um" name a kind of thing
        ("pt", "O frete entre Quelriso (MT) e Miritituba subiu, e o Ministério dos Transportes prometeu verbas.",
         [("location:quelriso", "BRA"), ("organization:ministerio-dos-transportes", None)]),
        ("pt", "Em outubro, a distribuidora registrou um DEC de 11,4 horas.", []),
        # where a ship comes from; casinos; water companies; a company's "Works"; "Pvt. Ltd."
        ("pt", "Um navio vindo de Luanda atracou.", [("location:luanda", "AGO")]),
        ("pt", "O Casino Fortuna Quelrada anunciou que vai fechar.", [("organization:casino-fortuna-quelrada", None)]),
        ("pt", "A Águas do Algarve adjudicou a obra.", [("organization:aguas-do-algarve", "PRT")]),
        ("en", "The supplier, Quelyadri Coach Works, will deliver.", [("organization:quelyadri-coach-works", None)]),
        ("en", "The contractor, Quelcan Engineers Pvt. Ltd., was fined.",
         [("organization:quelcan-engineers-pvt-ltd", None)]),
        ("en", "Army Pvt. Jordan Quelz was convicted.", [("organization:army", None), ("person:jordan-quelz", None)]),
        # an English portfolio of several listed fields' words, then a three-word name
        ("en", "Deputy Minister of Agriculture and Rural Development Tran Thi Quel said so.",
         [("person:tran-thi-quel", None)]),
        ("es", "El Tribunal de lo Contencioso Administrativo anuló la licencia.",
         [("organization:tribunal-de-lo-contencioso-administrativo", None)]),
        # cities named after a title and a name are places, not titled people
        ("pt", "A chuva atingiu Presidente Prudente e Governador Valadares.",
         [("location:presidente-prudente", "BRA"), ("location:governador-valadares", "BRA")]),
        ("es", "El intendente de Comodoro Rivadavia viajó a Coronel Oviedo.",
         [("location:comodoro-rivadavia", "ARG"), ("location:coronel-oviedo", "PRY")]),
        ("en", "The ferry left Prince Rupert for General Santos City.",
         [("location:prince-rupert", "CAN"), ("location:general-santos", "PHL")]),
        # Catalan and Spanish heads; a listed person whose surname is a head; a shipyard after its noun
        ("es", "Según datos de la Autoritat Portuària, llegaron 3,6 millones de cruceristas.",
         [("organization:autoritat-portuaria", None)]),
        ("es", "Según el Cuerpo Especializado de Quelguridad Fronteriza (Cesfront), hubo 12 muertos.",
         [("organization:cuerpo-especializado-de-quelguridad-fronteriza", None)]),
        ("es", "El ministro de Economía, Carlos Cuerpo, dijo que sí.", [("person:carlos-cuerpo", "ESP")]),
        ("es", "El astillero vigués Astilleros Quelcíes cerró un contrato.",
         [("organization:astilleros-quelcies", None)]),
        ("es", "Los vecinos hicieron filas para conseguir gas licuado de petróleo (GLP).", []),
        # a foreign company after its nationality; where a body is, after its initials
        # company words; "e da ONG" starts another body; a city's surroundings in a body's name
        ("pt", "As escalas são da Quelsta Cruzeiros e da norte-americana Quelwegian Cruise Line.",
         [("organization:quelsta-cruzeiros", None), ("organization:quelwegian-cruise-line", "USA")]),
        ("en", "Quelguson Marine, the nationalised yard, said costs rose.", [("organization:quelguson-marine", None)]),
        ("pt", "Depõem a Federação Brasileira de Quelbol e da ONG Jogo Quelpo.",
         [("organization:federacao-brasileira-de-quelbol", "BRA"), ("organization:ong-jogo-quelpo", None)]),
        ("pt", "Segundo o Sindicato dos Quelmotoristas de Curitiba e Região Metropolitana, houve greve.",
         [("organization:sindicato-dos-quelmotoristas-de-curitiba-e-regiao-metropolitana", "BRA")]),
        # a newscast's word, then its guest; a short form without the second surname
        ("es", "Según declaró a Quelvisión Noticias Abdoulaye Quelarr, el barco zarpó.",
         [("organization:quelvision-noticias", None), ("person:abdoulaye-quelarr", None)]),
        ("pt", "A senadora Lúcia Quelques Andrade criticou, e Lúcia Quelques disse que não.",
         [("person:lucia-quelques-andrade", None)]),
        ("en", "Organised Labour said the strike would go ahead.", [("organization:organised-labour", None)]),
        # a city before "Mayor"/"mayor" is the city; a place's adjective opens a body's name with it
        ("en", "London Mayor Sadiq Quelhan said no.", [("location:london", "GBR"), ("person:sadiq-quelhan", None)]),
        ("en", "The Auckland mayor, Roger Quelts, said no.",
         [("location:auckland", "NZL"), ("person:roger-quelts", None)]),
        ("en", "The Metropolitan Manila Development Authority said roads were closed.",
         [("organization:metropolitan-manila-development-authority", "PHL")]),
        # a legal form that ends with a point ends the name before a new sentence
        ("es", "La obra es de Tren Quelya S.A. de C.V. Aun así, hubo retrasos.",
         [("organization:tren-quelya-s-a-de-c-v", None)]),
        ("en", "The contractor, Quelcan Builders Pvt. Ltd. said so.",
         [("organization:quelcan-builders-pvt-ltd", None)]),
        # a city before a place of it; a court of a capital is the city's
        ("en", "The line runs between London Liverpool Street and Norwich.",
         [("location:london", "GBR"), ("location:liverpool-street", None), ("location:norwich", "GBR")]),
        ("es", "La alcaldía de Managua informó.", [("location:managua", "NIC")]),
        # heads of a conference and a road administration; a surname that is a dotted title's
        ("es", "Según la Conferencia de Rectores de las Universidades Quelñolas (CRUQ), cayó.",
         [("organization:conferencia-de-rectores-de-las-universidades-quelnolas", None)]),
        ("en", "Amartya Quelsen and Rituparna Sen said so.",
         [("person:amartya-quelsen", None), ("person:rituparna-sen", None)]),
        ("en", "\"Why?\" asked S. Quelkshmi, a resident.", [("person:s-quelkshmi", None)]),
        # a company in apposition, by nationality, after its kind and a place; a party's regional branch
        ("pt", "A Quelmiberica, fábrica de moldes sediada em Leiria, comunicou o despedimento.",
         [("organization:quelmiberica", None), ("location:leiria", "PRT")]),
        ("pt", "O consórcio é formado pela italiana Ferrovie Quelbarde.", [("organization:ferrovie-quelbarde", "ITA")]),
        ("es", "Lo explicó la hondureña Dilcia Quelradiaga.", [("person:dilcia-quelradiaga", "HND")]),
        ("pt", "Informou a distribuidora Piauí Quelz em nota.", [("organization:piaui-quelz", "BRA")]),
        ("pt", "Já o PS-Madeira acusa o executivo.", [("organization:ps-madeira", None)]),
        # one name after an article, set off by an aside before a verb of saying, is a body
        ("pt", "A Quelvasf, responsável pelos perímetros públicos, informou que investiu.",
         [("organization:quelvasf", None)]),
        # a company noun and a nationality before a name that opens with a given name
        ("pt", "A empresa belga Jan Quel Nul vai dragar o canal.", [("organization:jan-quel-nul", "BEL")]),
        # a beach resort's name is a place; the North Atlantic
        ("pt", "O balneário da Ponta Quelgra recebeu turistas.", [("location:ponta-quelgra", None)]),
        ("pt", "A seca está ligada ao aquecimento do Atlântico Norte.", [("location:north-atlantic", None)]),
        # ... though the aside lists names
        ("pt", "A Quelmeta, dona de Quelbook, Quelgram e Quelzap, afirmou que recorre.",
         [("organization:quelmeta", None)]),
        ("es", "El comisario europeo de Acción por el Clima, Wopke Quelstra, aseguró que sí.",
         [("person:wopke-quelstra", None)]),
        # a supplier in apposition; "Services" ends a company
        ("en", "Quelrise Seating, a supplier in the industrial area, said it would cut jobs.",
         [("organization:quelrise-seating", None)]),
        ("en", "Golden Quelrow Bus Services said fares would rise.",
         [("organization:golden-quelrow-bus-services", None)]),
        # guest houses head bodies; "Offshore" ends a company
        ("pt", "A proprietária da Residencial Quelza Morabeza, Maria de Fátima Quelreia, teme perder clientes.",
         [("organization:residencial-quelza-morabeza", None), ("person:maria-de-fatima-quelreia", None)]),
        ("pt", "O armador norueguês Quelline Offshore encomendou navios.", [("organization:quelline-offshore", "NOR")]),
        # a council member's title
        ("en", "Councilmember Darnell Quelqua said he would act.", [("person:darnell-quelqua", None)]),
        # a city of note named in a title is a place too
        ("en", "The mayor of Leeds said so.", [("location:leeds", "GBR")]),
        # a town's body in lower case; a consortium; a railway; things' initials; a participle opening
        ("en", "Quelmingham city council said it would cut jobs.", [("organization:quelmingham-city-council", None)]),
        ("pt", "O contrato foi assinado pelo Consórcio Canal Quelía.", [("organization:consorcio-canal-quelia", None)]),
        ("pt", "O consórcio explora o Caminho-de-Ferro de Quelguela (CFQ).",
         [("organization:caminho-de-ferro-de-quelguela", None)]),
        ("pt", "Procurada, a companhia não comentou a falta de vagas de UTI.", []),
        ("es", "Cormagdalena, la entidad encargada del río, informó que sí.", [("organization:cormagdalena", None)]),
        # a town named like a body, without the body's article
        ("pt", "As chamas chegaram às zonas altas de Câmara de Lobos.", [("location:camara-de-lobos", None)]),
        # the paper itself; a party word before a second title; a title's word inside a body's name
        ("es", "Comerciantes dijeron a este Diario que las ventas cayeron.", []),
        ("en", "The housing spokesman, Liberal MP Jarrod Quelberton, said no.", [("person:jarrod-quelberton", None)]),
        ("en", "The Quelwater Justice Coalition said no.", [("organization:quelwater-justice-coalition", None)]),
        ("en", "Sailings on the Edmonds-Kingston route will be cut.", [("location:kingston", "JAM")]),
        # a plural noun after a feminine article names a company; places listed after a plural place noun
        ("pt", "O contrato foi assinado com a Águas do Quelpará.", [("organization:aguas-do-quelpara", None)]),
        ("pt", "A sondagem dá 29% a Quelheiros Moura.", [("person:quelheiros-moura", None)]),
        ("pt", "Os carros cruzam as pontes Colombo Quelles e Pedro Ivo Quelpos.",
         [("location:colombo-quelles", None), ("location:pedro-ivo-quelpos", None)]),
        ("es", "Las represas Los Quelreles y Concepción están bajas.",
         [("location:los-quelreles", None), ("location:concepcion", None)]),
        # a nickname in curly quotes between the names
        ("en", "ATOP president Danilo “Dan” Quelmonte said the strike would go on.",
         [("organization:atop", None), ("person:danilo-dan-quelmonte", None)]),
        ("pt", "A dinamarquesa Quelgat Terminals ofereceu R$ 1,35 bilhão.",
         [("organization:quelgat-terminals", "DNK")]),
        ("pt", "A Unidade Local de Saúde (ULS) da Quelrábida confirmou.",
         [("organization:unidade-local-de-saude", None), ("location:quelrabida", None)]),
        ("es", "Managua - El Gobierno de Daniel Quelrtega y Rosario Quelrillo canceló 1.500 ONG.",
         [("location:managua", "NIC"), ("person:daniel-quelrtega", None), ("person:rosario-quelrillo", None)]),
        # stock exchanges
        ("pt", "As ações da B3 subiram 2%.", [("organization:b3", "BRA")]),
        ("es", "La Bolsa Mexicana de Valores cayó.", [("organization:bolsa-mexicana-de-valores", "MEX")]),
        ("en", "Nigeria's ruling All Progressives Congress won.",
         [("country:nga", "NGA"), ("organization:all-progressives-congress", None)]),
        ("en", "Quelvant Infosystems will cut 4,500 jobs.", [("organization:quelvant-infosystems", None)]),
        # a town named with a listed place; a river named after a city; a town's article
        ("pt", "Em Novo Hamburgo, 500 trabalhadores entraram em férias.", [("location:novo-hamburgo", "BRA")]),
        ("es", "Viajó a Santiago de Cuba.", [("location:santiago-de-cuba", "CUB")]),
        ("pt", "As águas do rio São Francisco chegam à Paraíba.",
         [("location:sao-francisco", "BRA"), ("location:paraiba", "BRA")]),
        ("es", "Hay filas en Santa Cruz y El Alto, en Bolivia.",
         [("location:santa-cruz", "BOL"), ("location:el-alto", "BOL"), ("country:bol", "BOL")]),
        # a city of note, a reservoir, a building, a listed storm, an operation
        ("pt", "O racionamento vai atingir Campina Grande em fevereiro.", [("location:campina-grande", "BRA")]),
        ("es", "La represa de Paso Quelverino está al 58 %.", [("location:paso-quelverino", None)]),
        ("pt", "O nível do açude Epitácio Quelpessoa caiu.", [("location:epitacio-quelpessoa", None)]),
        ("pt", "O país foi atingido pelos ciclones Quelchido, Dikeledi e Jude.", []),
        ("pt", "O governo prorrogou a Operação Carro-Pipa.", []),
        # a portfolio's words inside a title name no one
        ("es", "La ministra de Vivienda y Agenda Urbana, Carmen Quelbrador, defendió la ley.",
         [("person:carmen-quelbrador", None)]),
        ("pt", "O secretário-executivo da Segurança Pública, Aurélio Quelgueira, disse.",
         [("person:aurelio-quelgueira", None)]),
        ("pt", "A ministra da Administração Interna, Maria Quelrosa, disse.", [("person:maria-quelrosa", None)]),
        ("pt", "A ministra dos Negócios Estrangeiros da Zâmbia, Mwansa Quelshe, chegou.",
         [("person:mwansa-quelshe", "ZMB")]),
        ("es", "La Administración respondió.", []),
        ("es", "La Administración Nacional de la Seguridad Quelcial (ANSES) pagará el bono.",
         [("organization:administracion-nacional-de-la-seguridad-quelcial", None)]),
        # a country's namesake town
        ("es", "Las lluvias afectaron el municipio de Palestina, en Caldas.",
         [("location:palestina", "COL"), ("location:caldas", "COL")]),
        ("es", "Los pobladores de Palestina, un municipio del Quelhuila, denunciaron el ataque.",
         [("location:palestina", None), ("location:quelhuila", None)]),
        ("en", "Residents of the town of Jordan were evacuated.", [("location:jordan", None)]),
        ("es", "Llegaron a la ciudad de Panamá.", [("location:panama", "PAN")]),
        ("pt", "Os moradores de Boca do Acre, no Brasil, foram retirados.",
         [("location:boca-do-acre", "BRA"), ("country:bra", "BRA")]),
    ],
)
def test_actors_parties_companies_and_streets(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An elided particle before a capital is part of the name.
        ("pt", "O ministro Ricardo Quelgas d'Abreu disse que sim.",
         [("person:ricardo-quelgas-d-abreu", "person", ["Ricardo Quelgas d'Abreu"])]),
        ("es", "La Agència Quelmana de l'Aigua informó.",
         [("organization:agencia-quelmana-de-l-aigua", "organization", ["Agència Quelmana de l'Aigua"])]),
    ],
)
def test_actors_elided_particles(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A title's body goes on after an abbreviation in brackets.
        ("es", "El presidente del Consejo Directivo Central (Codicen) de la ANEP, Robert Quelva, dijo que sí.",
         [("person:robert-quelva", "presidente del Consejo Directivo Central (Codicen) de la ANEP")]),
    ],
)
def test_actors_title_bodies_past_abbreviations(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


def test_actors_mexican_states() -> None:
    doc = run("es", "Guerrero, Morelos, Jalisco, Puebla y Quintana Roo concentran los casos.")
    assert [(a.actor_id, a.country) for a in doc._.actors] == [
        ("location:guerrero", "MEX"), ("location:morelos", "MEX"), ("location:jalisco", "MEX"),
        ("location:puebla", "MEX"), ("location:quintana-roo", "MEX")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A title's body that is an organisation with a connector inside keeps the whole name.
        ("es", "Un fiscal de la Dirección Quelmada contra las Organizaciones Criminales le imputó los delitos.",
         [("organization:direccion-quelmada-contra-las-organizaciones-criminales", "organization")]),
        ("es", "El jefe de la Misión Quelmanacional de Apoyo a la Seguridad (MSS), Godfrey Quelunge, aseguró que sí.",
         [("organization:mision-quelmanacional-de-apoyo-a-la-seguridad", "organization"),
          ("person:godfrey-quelunge", "person")]),
    ],
)
def test_actors_organisations_in_title_bodies_stay_whole(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "Vélez venció por penales a Godoy Cruz y jugará ante Argentinos Juniors.",
         [("organization:velez-sarsfield", "ARG"), ("organization:godoy-cruz", "ARG"),
          ("organization:argentinos-juniors", "ARG")]),
        ("es", "Las Águilas Cibaeñas recibirán a los Gigantes del Cibao.",
         [("organization:aguilas-cibaenas", "DOM"), ("organization:gigantes-del-cibao", "DOM")]),
        ("pt", "O Vitória de Guimarães e o Estrela da Amadora empataram.",
         [("organization:vitoria-de-guimaraes", "PRT"), ("organization:estrela-da-amadora", "PRT")]),
    ],
)
def test_actors_more_clubs(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # A city inside the name of a race, a treaty or a declaration is no actor of its own.
        ("en", "She won the Nairobi Marathon."),
        ("en", "The Kyoto Protocol expired."),
        ("pt", "Ela venceu a Maratona de Lisboa."),
        ("es", "La Declaración de Quelmia fue firmada."),
    ],
)
def test_actors_cities_inside_events(lang: str, text: str) -> None:
    assert run(lang, text)._.actors == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A place the tables lack takes the country of a region (ISO 3166-2) or a city
        # (GeoNames) of that name that the article names ("Paiporta" is Spanish; Spain and
        # France are named once each; "Essex" is an English county and a town in Vermont) ...
        ("es", "La tormenta dejó 12 heridos en Paiporta, en el este de España, y otros tres en Francia.",
         ("location:paiporta", "ESP")),
        ("pt", "O comboio parou em Leiria e seguiu para o norte de Portugal e para Espanha.",
         ("location:leiria", "PRT")),
        ("en", "She grew up in Essex before moving to the United States and Britain.", ("location:essex", "GBR")),
        # ... in an article that names no country, a region found in one country only, or a
        # city of note with no namesake of its size elsewhere ...
        ("es", "Los desplazados se refugiaron en Quiché el martes, informó la Cruz Roja.", ("location:quiche", "GTM")),
        ("en", "Shares of the company, based in Cincinnati, fell 4% on Tuesday.", ("location:cincinnati", "USA")),
        ("pt", "A reunião de Leandro Nunes e Ana Prado ocorreu em Stuttgart na terça-feira.",
         ("location:stuttgart", "DEU")),
        # ... but two large namesakes (Victoria in Hong Kong and in Canada) say nothing on
        # their own, nor does a name of directions ("West" is a region of Cameroon).
        ("en", "Doctors at the main hospital in Victoria went on strike on Monday.", ("location:victoria", None)),
        # A listed place is a region of the country the article names, when it names neither
        # the listed country nor another place in it ...
        ("pt", "A polícia prendeu dois homens na província de Gaza, no sul de Moçambique.", ("location:gaza", "MOZ")),
        ("pt", "Israel bombardeou Gaza e o Egito fechou a fronteira.", ("location:gaza", "PSE")),
        ("en", "Floods hit Punjab, the most populous province of Pakistan.", ("location:punjab", "PAK")),
        ("en", "Police in Hyderabad, India, arrested two men.", ("location:hyderabad", "IND")),
        ("en", "Fires spread from Wyoming to Montana, Bulgaria's envoy said.", ("location:montana", "USA")),
        # A country's name listed with another country's states is that country's state; a town
        # followed by another country's name or an AP state abbreviation is that country's
        # namesake; a listed town of no other place's country goes with its list.
        ("en", "Homes in Florida, Alabama and Georgia were without power.", ("location:georgia", "USA")),
        ("en", "Russia and Georgia signed a deal.", ("country:geo", "GEO")),
        ("en", "Hurricane Quelm made landfall near Panama City, Fla., on Wednesday.", ("location:panama-city", "USA")),
        ("es", "Hubo protestas en Valencia, Venezuela, el lunes.", ("location:valencia", "VEN")),
        ("es", "Caracas, Maracaibo y Valencia votaron.", ("location:valencia", "VEN")),
        ("en", "Flights to Moscow, Washington and Beijing resumed.", ("location:moscow", "RUS")),
        # ... but the regions and cities of a name in different countries leave it open.
        ("en", "Protesters marched in Jerusalem, Israel's police said.", ("location:jerusalem", None)),
    ],
)
def test_actors_countries_of_places_from_regions_and_cities(lang: str, text: str,
                                                            expected: tuple[str, str | None]) -> None:
    countries = {a.actor_id: a.country for a in run(lang, text)._.actors}
    assert (expected[0], countries.get(expected[0], "absent")) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A place that ends a name after a titled apposition is a surname ("Lima"), not Peru.
        ("pt", "A PF prendeu o secretário municipal de Saúde, Edvaldo Quelme Lima, em São Luís.",
         ("person:edvaldo-quelme-lima", "secretário municipal de Saúde", 46)),
        # A portfolio that lists a known body, an adjective before "de", and "em"/"e" inside
        # the body are the title's, not actors of their own.
        ("pt", "A ministra do Trabalho, Solidariedade e Segurança Social, Isabel Quelme, falou.",
         ("person:isabel-quelme", "ministra do Trabalho, Solidariedade e Segurança Social", 58)),
        ("pt", "O secretário estadual de Transportes Metropolitanos, Otávio Quelme, falou.",
         ("person:otavio-quelme", "secretário estadual de Transportes Metropolitanos", 53)),
        ("pt", "A secretária de Vigilância em Saúde e Ambiente, Helena Quelme, falou.",
         ("person:helena-quelme", "secretária de Vigilância em Saúde e Ambiente", 48)),
        # The one acting in a post holds its title.
        ("es", "La alcaldesa en funciones, Marta Quelme, visitó la zona.",
         ("person:marta-quelme", "alcaldesa en funciones", 27)),
    ],
)
def test_actors_titled_appositions_with_long_bodies(lang: str, text: str, expected: tuple[str, str, int]) -> None:
    people = [(a.actor_id, a.role, a.mentions[0].start) for a in run(lang, text)._.actors if a.type == "person"]
    assert people == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A name that says "its" or what "it" plans is a company; "it was" is what was said.
        ("en", "Quelmena said it expects to cut 300 jobs.", [("organization:quelmena", "organization", None)]),
        ("en", "Quelmena said its profit fell.", [("organization:quelmena", "organization", None)]),
        ("en", "Ann Quelby came. Quelby said it was a tragedy.", [("person:ann-quelby", "person", None)]),
        # No one is "in" a person: "Police in Lakki Quelwat said".
        ("en", "Police in Lakki Quelwat said two officers were killed.",
         [("location:lakki-quelwat", "location", None)]),
        # Filipino name particles; British police ranks written without stops.
        ("en", "Mayor Ramon dela Quelcruz said the city was flooded.",
         [("person:ramon-dela-quelcruz", "person", "mayor")]),
        ("en", "Det Insp Mark Quelby said the men had fled.",
         [("person:mark-quelby", "person", "detective inspector")]),
        # A retailer's name after its kind, a company headed by its trade, a compound title.
        ("pt", "A varejista Casa Quelmo pediu recuperação judicial.",
         [("organization:casa-quelmo", "organization", None)]),
        ("pt", "A Metalúrgica do Quelvo vai despedir 420 trabalhadores.",
         [("organization:metalurgica-do-quelvo", "organization", None)]),
        ("pt", "O diretor-presidente, Luiz Quelmo, falou.", [("person:luiz-quelmo", "person", "diretor-presidente")]),
    ],
)
def test_actors_types_from_the_qa_rounds(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(a.actor_id, a.type, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Reunión" is a meeting, not Réunion; "Rey" inside a name is a surname.
        ("La próxima Reunión de Alto Nivel será en Madrid.", [("location:madrid", "location", "ESP", None)]),
        ("El ministro, Alfonso Rey Quelmo, viajó a Rabat.",
         [("person:alfonso-rey-quelmo", "person", None, "ministro"), ("location:rabat", "location", "MAR", None)]),
        # An outlet in its own capitals ends the name before the speaker's.
        ('"Se llevaron a mi hijo", dijo a LA NACION Yelitza Quelmo.',
         [("organization:la-nacion", "organization", "ARG", None), ("person:yelitza-quelmo", "person", None, None)]),
        # A stadium named after a titled person is a place.
        ("Unas 5.000 personas se refugiaron en el estadio General Quelmo.",
         [("location:general-quelmo", "location", None, None)]),
        # A town GeoNames knows, left from or gone towards, is a place.
        ("Unos 1.500 migrantes partieron este martes de Tapachula rumbo al norte.",
         [("location:tapachula", "location", "MEX", None)]),
        ("La caravana avanzó desde Tapachula hacia Escuintla.",
         [("location:tapachula", "location", "MEX", None), ("location:escuintla", "location", "GTM", None)]),
        ("La familia de Quelmo partió.", []),
        # A coalition named after its country is no country.
        ("Chile Vamos ganó en 122 comunas.", [("organization:chile-vamos", "organization", "CHL", None)]),
    ],
)
def test_actors_spanish_qa_round(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert [(a.actor_id, a.type, a.country, a.role) for a in run("es", text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A club's one-word name after a first name is a surname; alone it is the club.
        ("pt", "Disse o CEO do Nu Holdings, David Vélez. Segundo Vélez, a empresa cresce.",
         [("organization:nu-holdings", "organization", None), ("person:david-velez", "person", None)]),
        ("pt", "O Vélez venceu o jogo.", [("organization:velez-sarsfield", "organization", "ARG")]),
        # A Catholic university is a club only by its club's full name.
        ("es", "Gonzalo Quelmo, docente de la Universidad Católica Boliviana (UCB), habló.",
         [("person:gonzalo-quelmo", "person", None),
          ("organization:universidad-catolica-boliviana", "organization", "BOL")]),
    ],
)
def test_actors_club_names_inside_other_names(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Initials in brackets after a full name are that organisation all through the article,
        # even when they are a known acronym of another ("AFP" is no news agency here).
        ("Around 120 Australian Federal Police (AFP) officers stay. The AFP said so.",
         [("organization:australian-federal-police", "organization", "AUS", 3)]),
        ("The news agency AFP reported it.", [("organization:afp", "organization", "FRA", 1)]),
        # An English region named by its kind after it, placed by ISO 3166-2 ("Bicol").
        ("Most of the dead were in the Bicol Region.", [("location:bicol-region", "location", "PHL", 1)]),
        # A Kenyan paper.
        ("Traders interviewed by The Standard said so.",
         [("organization:the-standard-kenya", "organization", "KEN", 1)]),
    ],
)
def test_actors_from_the_english_qa_round(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country, len(a.mentions)) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A port named after its town is in the town's country ("Porto" alone is the city).
        ("A Zâmbia exporta pelo Porto do Lobito.",
         [("country:zmb", "country", "ZMB", 1), ("location:porto-do-lobito", "location", "AGO", 1)]),
        # The press spelling of a country, and Kosovo (no ISO 3166-1 code: XKX).
        ("Migrantes do Nepal e do Bangladesh chegaram ao Kosovo.",
         [("country:npl", "country", "NPL", 1), ("country:bgd", "country", "BGD", 1),
          ("country:xkx", "country", "XKX", 1)]),
        # A numbered division ends a court's name; initials before a full name in brackets are it.
        ("Os mandados foram expedidos pelo Tribunal Regional Federal da 1ª Região.",
         [("organization:tribunal-regional-federal-da-1a-regiao", "organization", None, 1)]),
        ("A CGU (Controladoria-Geral da União) abriu investigação.",
         [("organization:controladoria-geral-da-uniao", "organization", None, 2)]),
        # No one is left "do" a person: a place.
        ("O cortejo partiu do Martim Moniz às 15h.", [("location:martim-moniz", "location", None, 1)]),
    ],
)
def test_actors_portuguese_qa_round(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country, len(a.mentions)) for a in run("pt", text)._.actors] == expected


def test_actors_a_caucus_name_is_an_organisation() -> None:
    doc = run("es", "Los diputados de la bancada Quelmilla señalaron que no basta.")
    assert [(a.actor_id, a.type) for a in doc._.actors] == [("organization:quelmilla", "organization")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A national body named by its field and country; a possessive place name.
        ("en", "Inflation slowed, Statistics South Africa said.",
         [("organization:statistics-south-africa", "organization", "ZAF")]),
        ("en", "A fire hit a camp in Cox's Bazar.", [("location:cox-s-bazar", "location", "BGD")]),
        # A town with its Brazilian state's initials in brackets; not an agency's credit.
        ("pt", "O ônibus saiu de Juazeiro do Quelmo (CE) na sexta-feira.",
         [("location:juazeiro-do-quelmo", "location", "BRA")]),
        # A town GeoNames knows, left from, however many words.
        ("es", "La caravana salió de Ciudad Hidalgo el lunes.", [("location:ciudad-hidalgo", "location", "MEX")]),
    ],
)
def test_actors_final_qa_round(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "por/pela" inside an organisation's name, not after a participle.
        ("es", "El Comité Quelmo por la Defensa de los Derechos Humanos recordó los hechos.",
         [("organization:comite-quelmo-por-la-defensa-de-los-derechos-humanos", "organization", None)]),
        ("pt", "Organizado pela Agência de Quelmação, o encontro começou.",
         [("organization:agencia-de-quelmacao", "organization", None)]),
        ("pt", "Foi controlada pelo Grupo de Quelmação Penitenciária e pela Polícia Militar.",
         [("organization:grupo-de-quelmacao-penitenciaria", "organization", None),
          ("organization:policia-militar", "organization", None)]),
        # A deputy with the state he sits for is no town.
        ("pt", "O líder do PL na Câmara, Altineu Quelmes (RJ), disse que não.",
         [("organization:camara", "organization", None), ("person:altineu-quelmes", "person", None)]),
    ],
)
def test_actors_names_joined_by_por(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


def test_actors_region_of_the_outlets_country_when_the_article_names_none() -> None:
    """"Gaza" in a Mozambican paper that names no country is the Mozambican province, and the
    national institute of its story Mozambique's (not Palestine's, as the listed Gaza is)."""
    text = "As cheias na província de Gaza afectam 18 mil famílias, segundo o Instituto Nacional de Gestão de Quelmes."
    doc = process_text(text, "pt", article=Article(input_id="t", text=text, url="https://www.jornalnoticias.co.mz/x",
                                                    language="pt"))
    assert [(a.name, a.country) for a in doc._.actors] == [
        ("Gaza", "MOZ"), ("Instituto Nacional de Gestão de Quelmes", "MOZ")]


def test_actors_one_name_for_two_countries_bodies_is_two_actors() -> None:
    """"Ukraine's Defense Ministry ... Russia's Defense Ministry": one actor per country; a later
    bare mention goes with the country named last before it."""
    text = ("Ukraine's Defense Ministry said 40 drones were downed, while Russia's Defense Ministry claimed a hit. "
            "The Defense Ministry in Moscow added more.")
    actors = [(a.actor_id, a.country, len(a.mentions)) for a in run("en", text)._.actors if a.type == "organization"]
    assert actors == [("organization:defense-ministry-ukr", "UKR", 1), ("organization:defense-ministry-rus", "RUS", 2)]


def test_actors_former_before_a_title_stays_in_the_role() -> None:
    [person] = run("en", "Protests forced former prime minister Quelma Hasina to flee.")._.actors
    assert (person.role, person.mentions[0].role) == ("former prime minister", "former prime minister")



@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A listed body named with common words ("Labour", "Seguridad Social") can be a ministry's
        # field or stand inside a longer name: no British party, no country of its own.
        ("en", "The Ministry of Labour and Social Protection said 40 workers died.",
         [("organization:ministry-of-labour-and-social-protection", None,
           ["Ministry of Labour and Social Protection"])]),
        ("en", "The Ministry of Labour said it.", [("organization:ministry-of-labour", None, ["Ministry of Labour"])]),
        ("en", "The Employment and Labour Relations Court in Nairobi suspended the strike.",
         [("organization:employment-and-labour-relations-court", None, ["Employment and Labour Relations Court"]),
          ("location:nairobi", "KEN", ["Nairobi"])]),
        ("es", "El Ministerio de Trabajo y Seguridad Social informó.",
         [("organization:ministerio-de-trabajo-y-seguridad-social", None,
           ["Ministerio de Trabajo y Seguridad Social"])]),
        ("pt", "O Ministério do Trabalho, Solidariedade e Segurança Social informou.",
         [("organization:ministerio-do-trabalho-solidariedade-e-seguranca-social", None,
           ["Ministério do Trabalho, Solidariedade e Segurança Social"])]),
        # a minister's field names no body, listed or not
        ("pt", "A ministra do Trabalho e Segurança Social, Quelma Ramos, disse.",
         [("person:quelma-ramos", None, ["Quelma Ramos"])]),
        # a listed body with a head or initials is another body, and one ministry is no other
        ("en", "The Ministry of Finance and World Bank officials met.",
         [("organization:ministry-of-finance", None, ["Ministry of Finance"]),
          ("organization:world-bank", None, ["World Bank"])]),
        ("en", "The Ministry of Health and Ministry of Education said it.",
         [("organization:ministry-of-health", None, ["Ministry of Health"]),
          ("organization:ministry-of-education", None, ["Ministry of Education"])]),
        ("es", "El Ministerio de Salud y Ministerio de Educación informaron.",
         [("organization:ministerio-de-salud", None, ["Ministerio de Salud"]),
          ("organization:ministerio-de-educacion", None, ["Ministerio de Educación"])]),
        # "Executive" after a head ends a body's name; a plural of initials names no one
        ("en", "The Health Service Executive said 412 patients waited.",
         [("organization:health-service-executive", None, ["Health Service Executive"])]),
        ("en", "Independent TDs said they would back the bill.", []),
        ("en", "Several MEPs said it.", []),
        ("en", "On Monday the House of Representatives passed the bill.",
         [("organization:house-of-representatives", None, ["House of Representatives"])]),
    ],
)
def test_actors_listed_words_in_bodies_names(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Heads of bodies: forum, squad, unión/união; a binational company
        ("en", "Kate Quelm, chief executive of the Quelmton Hospitality Forum, said it.",
         [("person:kate-quelm", "person", None), ("organization:quelmton-hospitality-forum", "organization", None)]),
        ("en", "The so-called Quelm Death Squad operated there.",
         [("organization:quelm-death-squad", "organization", None)]),
        ("es", "La Unión Industrial Quelmeña (UIQ) valoró la tarifa.",
         [("organization:union-industrial-quelmena", "organization", None)]),
        ("pt", "A União dos Escritores Quelmenses (UEQ) reuniu-se.",
         [("organization:uniao-dos-escritores-quelmenses", "organization", None)]),
        ("pt", "O parque recebeu verbas da Quelmu Binacional.",
         [("organization:quelmu-binacional", "organization", None)]),
        # a country after a body's head in a title is the body's, not a person's name
        ("es", "opinó Diego Quelm, director ejecutivo de la Unión Industrial Argentina (UIA).",
         [("person:diego-quelm", "person", None), ("organization:union-industrial-argentina", "organization", "ARG")]),
        # "estadunidense" is Mexican Spanish for the United States
        ("es", "En el Congreso estadunidense se discute un impuesto.",
         [("organization:congreso", "organization", "USA")]),
        # an under-secretary's title between the body and the name
        ("en", "Presidential Quelm Office Undersecretary Aurelio Quelmo said it.",
         [("organization:presidential-quelm-office", "organization", None),
          ("person:aurelio-quelmo", "person", None)]),
        ("en", "Moody's Investors Service said it.", [("organization:moody-s", "organization", "USA")]),
    ],
)
def test_actors_heads_and_listed_names(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A capital before a body's name is the city in the name, not the government
        ("en", "Shares on the Colombo Quelm Exchange rose.",
         [("organization:colombo-quelm-exchange", "organization", "LKA")]),
        ("en", "The Dhaka Quelm College Hospital said it.",
         [("organization:dhaka-quelm-college-hospital", "organization", "BGD")]),
        # a place head before a Korean given name opens a person's name
        ("en", "Vice Trade Minister Park Ji-quel told reporters.", [("person:park-ji-quel", "person", None)]),
        ("en", "Park Avenue was closed.", [("location:park-avenue", "location", None)]),
        # a route's known places; an unknown word after "via" is none
        ("en", "Retailers rerouted shipments through Seattle and Halifax.",
         [("location:seattle", "location", "USA"), ("location:halifax", "location", "CAN")]),
        ("en", "The order was sent via Quelmgram.", []),
    ],
)
def test_actors_capitals_in_names_korean_names_and_routes(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A dateline in capitals keeps its article and its common words
        ("es", "LA PAZ.– La Cámara de Diputados de Bolivia postergó el debate.",
         [("location:la-paz", "location", "BOL"),
          ("organization:camara-de-diputados-de-bolivia", "organization", "BOL")]),
        ("es", "BUENOS AIRES.– El Senado aprobó la reforma.",
         [("location:buenos-aires", "location", "ARG"), ("organization:senado", "organization", None)]),
        # a city of note after "de/y" with no sign of a person is the city
        ("es", "Los comités cívicos de Potosí y Oruro anunciaron un paro.",
         [("location:potosi", "location", "BOL"), ("location:oruro", "location", "BOL")]),
        ("pt", "Uma greve paralisou quatro linhas do Metrô de São Paulo.",
         [("organization:metro-de-sao-paulo", "organization", "BRA")]),
        # the Colombian title "representante a la Cámara"
        ("es", "La representante a la Cámara Lina Quelme dijo que no.", [("person:lina-quelme", "person", None)]),
    ],
)
def test_actors_datelines_cities_of_note_and_titles(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Initials the text spells out for no actor are that thing's, not a listed body's
        ("pt", "Os pagamentos seguem o Número de Identificação Social (NIS), informou o ministério.", []),
        ("en", "The National Intelligence Service (NIS) said it.",
         [("organization:national-intelligence-service", ["National Intelligence Service", "NIS"])]),
        # a short form before a body's full name in brackets is that body, here and later
        ("pt", "A Quelmaban (Federação Quelmense de Bancos) informou que sim. A Quelmaban negou.",
         [("organization:federacao-quelmense-de-bancos", ["Quelmaban", "Federação Quelmense de Bancos", "Quelmaban"])]),
        # a portfolio's field after "à/ao"
        ("pt", "O Ministério do Desenvolvimento, Família e Combate à Fome divulgou o calendário.",
         [("organization:ministerio-do-desenvolvimento-familia-e-combate-a-fome",
           ["Ministério do Desenvolvimento, Família e Combate à Fome"])]),
    ],
)
def test_actors_initials_and_short_forms_in_brackets(lang: str, text: str, expected: list[tuple]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # A country before a currency's name names the currency, not the country
        ("en", "The cedi has depreciated by 21.4 per cent against the US dollar."),
        ("en", "The Ghana cedi has crossed 14 to the dollar."),
        ("es", "El dólar estadounidense subió frente al peso."),
    ],
)
def test_actors_currency_names_are_no_countries(lang: str, text: str) -> None:
    assert run(lang, text)._.actors == []


def test_actors_a_country_that_won_is_a_country() -> None:
    """Korean won is a currency after a number, never after a country: "Spain won the final"."""
    assert ids_and_mentions(run("en", "Spain won a record fourth title.")) == [("country:esp", ["Spain"])]


@pytest.mark.parametrize(
    "text,role",
    [
        # A title followed by "'s" is its holder's, and the title after it the apposed person's
        ("Benjamin Quelm, the former president's legal counsel, said it.", "legal counsel"),
        ("Wu Quel-fu, director of the Central Weather Administration's Seismology Center, said it.",
         "director of the Central Weather Administration"),
    ],
)
def test_actors_title_after_a_possessive_title(text: str, role: str) -> None:
    [person] = [a for a in run("en", text)._.actors if a.type == "person"]
    assert person.role == role


@pytest.mark.parametrize(
    "text,expected",
    [
        # English names a body before its kind: union, party, movement, alliance
        ("The Quelf union said 3,200 drivers would strike.", [("organization:quelf", "organization")]),
        ("The Quelmayuti alliance won 230 seats.", [("organization:quelmayuti", "organization")]),
    ],
)
def test_actors_english_name_before_its_kind(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A listed one-word body before "Code/Act/Law/Day" names a law or a day, not the body
        ("Employers asked Ottawa to use the Canada Labour Code.", [("country:can", ["Ottawa", "Canada"])]),
        ("Labour MPs said it.", [("organization:labour-party", ["Labour"])]),
    ],
)
def test_actors_listed_word_in_a_law_name(text: str, expected: list[tuple]) -> None:
    assert ids_and_mentions(run("en", text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A company named by its nationality alone, in the feminine of "a empresa"
        ("pt", "A concessionária, controlada pela francesa Quelmci, terá seis meses.",
         [("organization:quelmci", "organization", "FRA")]),
        ("es", "La italiana Quelni firmó el contrato.", [("organization:quelni", "organization", "ITA")]),
        # a woman named so has a given name
        ("pt", "A brasileira Marta marcou dois golos.", [("person:marta", "person", None)]),
    ],
)
def test_actors_company_by_nationality(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A nationality before a place noun and "of" gives a namesake town its country
        ("The storm hit the Russian city of Manchester.", [("location:manchester", "location", "RUS")]),
        # a known city in capitals before a spaced hyphen is a dateline; a heading is not
        ("TOKYO - Quelmura Motor Corp. said it will recall vehicles.",
         [("location:tokyo", "location", "JPN"), ("organization:quelmura-motor-corp", "organization", None)]),
        # a national energy regulator and its initials in title case
        ("The National Energy Regulator of South Africa approved the tariff.",
         [("organization:national-energy-regulator-of-south-africa", "organization", "ZAF")]),
        ("Trade union federation Quelmatu said it would strike.", [("organization:quelmatu", "organization", None)]),
    ],
)
def test_actors_nationality_of_places_datelines_and_bodies(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Central American gangs are groups; a "colonia" or a "reserva" names a place
        ("La Policía capturó a 50 integrantes de la Mara Salvatrucha y del Barrio 18.",
         [("organization:policia", "organization"), ("group:mara-salvatrucha", "group"), ("group:barrio-18", "group")]),
        ("Una célula operaba en la colonia Quelma Hernández.", [("location:quelma-hernandez", "location")]),
        ("La reserva de Paso Quelmino llegó al 1,9% de su capacidad.", [("location:paso-quelmino", "location")]),
    ],
)
def test_actors_gangs_and_neighbourhoods(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("es", text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Demonyms of the countries pycountry gives none
        ("en", "The storm destroyed homes in the Jamaican parish of Manchester.",
         [("location:manchester", "location", "JAM")]),
        ("en", "The Congolese army said it retook the town.", [("organization:army-cod", "organization", "COD")]),
        ("es", "El atleta jamaicano Quelmane Thompson ganó el oro.", [("person:quelmane-thompson", "person", "JAM")]),
    ],
)
def test_actors_demonyms_of_every_country(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "ONG X" is a body; "Linhas Aéreas" ends a company's name
        ("pt", "A ONG Mãos Quelmidas criticou a operação.", [("organization:ong-maos-quelmidas", "organization")]),
        ("pt", "A Quelmtra Linhas Aéreas registrou lucro.", [("organization:quelmtra-linhas-aereas", "organization")]),
    ],
)
def test_actors_ngos_and_airlines(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run(lang, text)._.actors] == expected


def test_actors_initials_of_lower_case_words_name_a_thing() -> None:
    text = "The Reserve Bank cut the official cash rate (OCR) to 3.5%."
    assert ids_and_mentions(run("en", text)) == [("organization:reserve-bank", ["Reserve Bank"])]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Portuguese heads: "Operador", "Corpo", "Sport Club"; a seed company
        ("De acordo com o Operador Nacional do Sistema Quelmétrico, a carga bateu recorde.",
         [("organization:operador-nacional-do-sistema-quelmetrico", "organization")]),
        ("Quatro pessoas morreram, segundo o Corpo de Bombeiros Militar.",
         [("organization:corpo-de-bombeiros-militar", "organization")]),
        ("O Sport Club Quelmaíba anunciou um novo treinador.", [("organization:sport-club-quelmaiba", "organization")]),
        ("O empresário Marcos Quelmet era dono da Quelmet Sementes.",
         [("person:marcos-quelmet", "person"), ("organization:quelmet-sementes", "organization")]),
    ],
)
def test_actors_portuguese_heads_from_the_third_round(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("pt", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Names of two words in a list of places after "in" are places; a reporter "in" a city is not
        ("Centres were open in Albay, Camarines Sur, Sorsogon and Northern Samar.",
         [("location:albay", "location"), ("location:camarines-sur", "location"), ("location:sorsogon", "location"),
          ("location:northern-samar", "location")]),
        ("(Reporting by Jennifer Quelm in London and Ayen Deng Quelm in Nairobi)",
         [("person:jennifer-quelm", "person"), ("location:london", "location"), ("person:ayen-deng-quelm", "person"),
          ("location:nairobi", "location")]),
    ],
)
def test_actors_two_word_places_in_a_list(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "Fuerza", "Presidência" head bodies; "Comunicações" ends a company's name.
        ("es", "La Fuerza Aeroespacial Colombiana compró 16 aviones.",
         [("organization:fuerza-aeroespacial-colombiana", ["Fuerza Aeroespacial Colombiana"])]),
        ("pt", "A Presidência da República classificou a lei como ilegal.",
         [("organization:presidencia-da-republica", ["Presidência da República"])]),
        ("pt", "A CNPD multou a Quelmare Comunicações.",
         [("organization:cnpd", ["CNPD"]), ("organization:quelmare-comunicacoes", ["Quelmare Comunicações"])]),
        # What a body does, between its noun and its name; not a programme or a verb's agent.
        ("pt", "A associação de defesa do consumidor Quelco Proteste anunciou uma ação.",
         [("organization:quelco-proteste", ["Quelco Proteste"])]),
        ("pt", "Um grupo de militares comandados por Otelo Quelraiva avançou.",
         [("person:otelo-quelraiva", ["Otelo Quelraiva"])]),
        # A capital before ", onde" is where something happens.
        ("pt", "Ela falou por telefone, de Paris, onde participa de um encontro.", [("location:paris", ["Paris"])]),
    ],
)
def test_actors_heads_activities_and_where(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A police rank with "of Police" before the name (one title, no body "Police"); a state
        # named with lowercase "state".
        ("en", "Senior Superintendent of Police Joseph Quelkello said divers resumed.",
         [("person:joseph-quelkello", ["Joseph Quelkello"])]),
        ("en", "Gunmen attacked a village in Quelmogi state.", [("location:quelmogi", ["Quelmogi"])]),
        # "producer", "film-maker" before a person's two names; a company's "Films".
        ("en", "The jury included the Nigerian producer Adaeze Quelkonkwo and the film-maker Eilidh Quelleod.",
         [("person:adaeze-quelkonkwo", ["Adaeze Quelkonkwo"]), ("person:eilidh-quelleod", ["Eilidh Quelleod"])]),
        ("en", "The oil producer Quelplat Energy hired Quelco Films.",
         [("organization:quelplat-energy", ["Quelplat Energy"]), ("organization:quelco-films", ["Quelco Films"])]),
        # A country's branch of a listed body; "Force" heads a body; a club's plural nickname.
        ("en", "The Uganda Red Cross Society and the Jamaica Constabulary Force helped.",
         [("organization:uganda-red-cross-society", ["Uganda Red Cross Society"]),
          ("organization:jamaica-constabulary-force", ["Jamaica Constabulary Force"])]),
        ("en", "He will join Orlando Pirates in January.", [("organization:orlando-pirates", ["Orlando Pirates"])]),
        # A temple's head word makes a place.
        ("en", "The pilgrims visited Gurdwara Quelja Sahib.",
         [("location:gurdwara-quelja-sahib", ["Gurdwara Quelja Sahib"])]),
    ],
)
def test_actors_ranks_states_makers_and_branches(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A capital after a compass point and "de/of" is the city; a capital after a title opens a name.
        ("es", "El penal está a 25 kilómetros al norte de Tegucigalpa.",
         [("location:tegucigalpa", ["Tegucigalpa"])]),
        ("es", "El comisario general Washington Quelvera dijo que sí.",
         [("person:washington-quelvera", ["Washington Quelvera"])]),
    ],
)
def test_actors_compass_and_given_names_after_titles(lang: str, text: str,
                                                     expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A founding text names no actor; adjectives in -ável make no surname.
        ("pt", "Está na Constituição, declarou o deputado Armando Quelhaga.",
         [("person:armando-quelhaga", ["Armando Quelhaga"])]),
        ("pt", "Os levantamentos continuam acima do Rendimento Sustentável Estimado.", []),
        # A body's topic after "en", with its initials in brackets, is in its name.
        ("es", "Lo desarrolló el Instituto Nacional de Quelvestigación en Salud Pública (INQSP).",
         [("organization:instituto-nacional-de-quelvestigacion-en-salud-publica",
           ["Instituto Nacional de Quelvestigación en Salud Pública", "INQSP"])]),
        # "Mobile" ends a company's name.
        ("en", "Quelmina Mobile has been fined.", [("organization:quelmina-mobile", ["Quelmina Mobile"])]),
    ],
)
def test_actors_texts_adjectives_topics_and_telcos(lang: str, text: str,
                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def test_actors_national_body_of_a_home_news_section_is_the_outlets() -> None:
    # A story filed under the outlet's country ("/elsalvador/") is not set abroad because the
    # places it names are in another country.
    article = Article(input_id="x", text="La Fiscalía General de la República dijo que compró una casa en Miami, "
                      "Estados Unidos.", language="es", url="https://www.laprensagrafica.com/elsalvador/caso.html")
    doc = process_text(article.text, "es", article=article)
    assert [(a.actor_id, a.country) for a in doc._.actors][0] == \
        ("organization:fiscalia-general-de-la-republica", "SLV")


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Protesters marched in the capital, Abuja, on Monday.", [("location:abuja", ["Abuja"])]),
        ("pt", "Houve protestos na capital, Luanda.", [("location:luanda", ["Luanda"])]),
        ("en", "The club signed left-back Nkosana Quelmalo.", [("person:nkosana-quelmalo", ["Nkosana Quelmalo"])]),
    ],
)
def test_actors_capital_after_capital_and_positions(lang: str, text: str,
                                                    expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "Cultiva café en la aldea Santa Elena.", [("location:santa-elena", ["Santa Elena"])]),
        ("pt", "A cadeia Mercado Quelsol admitiu o erro.", [("organization:mercado-quelsol", ["Mercado Quelsol"])]),
        ("en", "Demand from China and Southeast Asia held up, Sri Lanka Cricket said.",
         [("country:chn", ["China"]), ("location:southeast-asia", ["Southeast Asia"]),
          ("organization:sri-lanka-cricket", ["Sri Lanka Cricket"])]),
        ("en", "Business in the Nairobi CBD came to a standstill.", [("location:nairobi-cbd", ["Nairobi CBD"])]),
    ],
)
def test_actors_villages_chains_regions_and_districts(lang: str, text: str,
                                                      expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A title that is also a body's head, before a body's adjective, opens the body's name.
        ("es", "La Coordinadora Nacional para la Reducción de Quelsastres (Conqued) declaró alerta roja.",
         [("organization:coordinadora-nacional-para-la-reduccion-de-quelsastres",
           ["Coordinadora Nacional para la Reducción de Quelsastres", "Conqued"])]),
        ("es", "Según la Delegación del Gobierno, 57.000 personas marcharon.",
         [("organization:delegacion-del-gobierno", ["Delegación del Gobierno"])]),
        # A storm's name after "tormenta tropical" is no person.
        ("es", "Las lluvias de la tormenta tropical Quelsara dañaron los cafetales.", []),
    ],
)
def test_actors_bodies_opened_by_titles_and_storms(lang: str, text: str,
                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Gunmen attacked a village in Niger State.", [("location:niger-state", ["Niger State"])]),
        ("pt", "São 59,9 milhões, segundo estimativa do Dieese.", [("organization:dieese", ["Dieese"])]),
    ],
)
def test_actors_nigerian_states_and_brazilian_institutes(lang: str, text: str,
                                                         expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def test_actors_un_human_rights_office_is_one_body() -> None:
    doc = run("es", "La Oficina del Alto Comisionado de la ONU para los Derechos Humanos expresó su alarma.")
    assert ids_and_mentions(doc) == [("organization:office-of-the-un-high-commissioner-for-human-rights",
                                      ["Oficina del Alto Comisionado de la ONU para los Derechos Humanos"])]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A member's title: initials or two words before it are the party; one adjective is not.
        ("en", "SJB MP Harvin Quelera said the budget failed.",
         [("organization:sjb", "organization", None, None, [(0, "SJB")]),
          ("person:harvin-quelera", "person", None, "member of parliament", [(7, "Harvin Quelera")])]),
        ("en", "Independent MP Harvin Quelera said the budget failed.",
         [("person:harvin-quelera", "person", None, "member of parliament", [(15, "Harvin Quelera")])]),
        ("en", "Liberal Democrat MP Harvin Quelera said it.",
         [("organization:liberal-democrat", "organization", None, None, [(0, "Liberal Democrat")]),
          ("person:harvin-quelera", "person", None, "member of parliament", [(20, "Harvin Quelera")])]),
        # "MPs" is no title: "Liberal Democrat MPs" names no one.
        ("en", "The bill passed, with Liberal Democrat MPs abstaining.", []),
        # A party's state office is the title, the initials before it the party.
        ("en", "BJP State president Anvil Kumarak said the party would contest.",
         [("organization:bjp", "organization", None, None, [(0, "BJP")]),
          ("person:anvil-kumarak", "person", None, "state president", [(20, "Anvil Kumarak")])]),
        # A sentence-initial adjective is no part of a name.
        ("en", "Senior Quelvian figures met on Monday.", []),
        # "Fiscal" after a body's head stays in its name.
        ("es", "El Consejo Fiscal Autónomo advirtió del déficit.",
         [("organization:consejo-fiscal-autonomo", "organization", None, None, [(3, "Consejo Fiscal Autónomo")])]),
        ("pt", "O Conselho Fiscal aprovou as contas.",
         [("organization:conselho-fiscal", "organization", None, None, [(2, "Conselho Fiscal")])]),
        # Filipino "ng" joins a body's name.
        ("en", "The Bangko Sentral ng Quelipinas kept rates.",
         [("organization:bangko-sentral-ng-quelipinas", "organization", None, None,
           [(4, "Bangko Sentral ng Quelipinas")])]),
    ],
)
def test_actors_members_state_offices_and_fiscal_bodies(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Where one arrives, right after the verb and "a", is a place.
        ("es", "Los migrantes llegaron a Quelajas Blancas el martes.",
         [("location:quelajas-blancas", ["Quelajas Blancas"])]),
        # A plural article opens a place's or a group's name, never one person's.
        ("es", "Quemaron camiones en el fundo Las Quelvientes.", [("location:las-quelvientes", ["Las Quelvientes"])]),
        ("es", "Hubo una pugna entre las bandas Los Queltigres y Los Quelfantes.",
         [("organization:los-queltigres", ["Los Queltigres"]), ("organization:los-quelfantes", ["Los Quelfantes"])]),
        # The people of a place: the place, even before a verb of saying.
        ("es", "Los productores de Quelcítaro denunciaron extorsiones.",
         [("location:quelcitaro", ["Quelcítaro"])]),
    ],
)
def test_actors_arrivals_plural_articles_and_a_places_people(lang: str, text: str,
                                                             expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def run_at(lang: str, text: str, url: str) -> Doc:
    return process_text(text, lang, article=Article(input_id="t", text=text, url=url, language=lang))


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A name set off by "a unit of" or ", which" is a body's.
        ("en", "Quelfue Copper Mines, a unit of Halberd Minerals, said it was reviewing a plan.",
         [("organization:quelfue-copper-mines", ["Quelfue Copper Mines"]),
          ("organization:halberd-minerals", ["Halberd Minerals"])]),
        ("en", "Northern Quelnect, which runs the trains, said services would resume.",
         [("organization:northern-quelnect", ["Northern Quelnect"])]),
        ("en", "They asked for bike lanes on Quelch Street, which carries 20,000 vehicles.",
         [("location:quelch-street", ["Quelch Street"])]),
        # Initials in brackets keep a name with "and" whole.
        ("en", "The Metropolitan Quelworks and Sewerage System (MQSS) said the level had dropped.",
         [("organization:metropolitan-quelworks-and-sewerage-system",
           ["Metropolitan Quelworks and Sewerage System", "MQSS"])]),
        # A body named with its country, even when its first word is a plural written lower elsewhere.
        ("en", "Universities Australia said 10 universities had cut jobs.",
         [("organization:universities-australia", ["Universities Australia"])]),
        # Police ranks by their initials.
        ("en", "The spokesman, SP Quelmilayo Odunlami, told reporters.",
         [("person:quelmilayo-odunlami", ["Quelmilayo Odunlami"])]),
        # An honorific after a body's head is its name's; a port of a town; a city among places.
        ("pt", "O pediatra falou no Hospital Dona Quelfânia.",
         [("organization:hospital-dona-quelfania", ["Hospital Dona Quelfânia"])]),
        ("pt", "A soja sai pelo Porto de Paranaguá.", [("location:porto-de-paranagua", ["Porto de Paranaguá"])]),
        ("pt", "O governador visitou João Pessoa e Campina Grande.",
         [("location:joao-pessoa", ["João Pessoa"]), ("location:campina-grande", ["Campina Grande"])]),
        # "na" before a field and "para as" keep a body's name whole; not "na" before a town.
        ("pt", "A Federação dos Trabalhadores na Agricultura estima perdas.",
         [("organization:federacao-dos-trabalhadores-na-agricultura", ["Federação dos Trabalhadores na Agricultura"])]),
        ("pt", "A Autoridade para as Condições do Trabalho multou a empresa.",
         [("organization:autoridade-para-as-condicoes-do-trabalho",
           ["Autoridade para as Condições do Trabalho"])]),
        ("pt", "O Teatro na Lourinhã abriu.",
         [("organization:teatro", ["Teatro"]), ("location:lourinha", ["Lourinhã"])]),
        # A hospital named after a person; a purpose after "para" goes on past "y el".
        ("es", "El hospital Mario Quelterino Rivas habilitó 40 camas.",
         [("organization:mario-quelterino-rivas", ["Mario Quelterino Rivas"])]),
        ("es", "Pidieron créditos al Fondo para la Transformación y el Crecimiento.",
         [("organization:fondo-para-la-transformacion-y-el-crecimiento",
           ["Fondo para la Transformación y el Crecimiento"])]),
    ],
)
def test_actors_units_initials_ports_and_fields(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "text,url,expected",
    [
        # A party whose name the story's country's party shares is that country's.
        ("The tribunal dismissed an application by the Labour Party.", "https://punchng.com/x", "NGA"),
        ("The Labour Party won the seat.", "https://www.bbc.co.uk/news/x", "GBR"),
        ("The Conservative Party won the riding.", "https://www.cbc.ca/news/x", "CAN"),
    ],
)
def test_actors_shared_party_names_take_the_story_country(text: str, url: str, expected: str) -> None:
    assert [a.country for a in run_at("en", text, url)._.actors] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A nationality between a title's comma and the name is the holder's.
        ("en", "Leicester's director of rugby, the South African Quelnie Botha, said the win was special.",
         [("person:quelnie-botha", "person", "ZAF", "director", [(49, "Quelnie Botha")])]),
        # A Nigerian lawyer's post-nominal "SAN" names no body.
        ("en", "Mr Quelle Adebayo (SAN) urged the panel to dismiss it.",
         [("person:quelle-adebayo", "person", None, None, [(3, "Quelle Adebayo")])]),
    ],
)
def test_actors_nationality_after_a_titles_comma_and_post_nominals(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A list of three towns or regions GeoNames lists, after a place's word, is of places,
        # even with a man's name among them.
        ("es", "Los departamentos más afectados son Cortés, Francisco Morazán y Olancho.",
         [("location:cortes", ["Cortés"]), ("location:francisco-morazan", ["Francisco Morazán"]),
          ("location:olancho", ["Olancho"])]),
        # A city's water is the city's, not its country's.
        ("es", "El sistema abastece el 70 % del agua de Bogotá.", [("location:bogota", ["Bogotá"])]),
    ],
)
def test_actors_lists_of_known_places_and_city_things(lang: str, text: str,
                                                     expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A capital after a given name is a surname.
        ("pt", "O auxiliar Jefferson Lima comandará a equipe.", [("person:jefferson-lima", ["Jefferson Lima"])]),
        # A route between capitals, a share of a capital, a count of a city's things: cities.
        ("pt", "A Quelvoare vai ligar Brasília a Lisboa.",
         [("location:brasilia", ["Brasília"]), ("location:lisboa", ["Lisboa"])]),
        ("es", "El parque abastece a cerca del 80 % de Bogotá.", [("location:bogota", ["Bogotá"])]),
        ("en", "An audit of three Dublin hospitals found errors.", [("location:dublin", ["Dublin"])]),
        # What only a company owns; a company's first word; a sentence after "Ltd.".
        ("en", "Quelula Ridge's shares fell on Monday.", [("organization:quelula-ridge", ["Quelula Ridge"])]),
        ("pt", "Em nota, a Mineração Serra Quelzul afirmou que colabora.",
         [("organization:mineracao-serra-quelzul", ["Mineração Serra Quelzul"])]),
        ("es", "La exportadora Agrícola San Quelcas alquiló dos helicópteros Black Hawk.",
         [("organization:agricola-san-quelcas", ["Agrícola San Quelcas"])]),
        ("en", "The blocks went to Quelbha Steel Ltd. According to the file, it paid.",
         [("organization:quelbha-steel-ltd", ["Quelbha Steel Ltd."])]),
        # "the First Nations …": a capitalised stop word after "the" is the name's.
        ("en", "The First Nations Quelgency Services Society said it.",
         [("organization:first-nations-quelgency-services-society", ["First Nations Quelgency Services Society"])]),
    ],
)
def test_actors_second_round_cities_companies_and_surnames(lang: str, text: str,
                                                         expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def test_actors_two_honorifics_after_a_title() -> None:
    doc = run("en", "Education Minister Datuk Seri Quelnah Kassim said it.")
    assert compact(doc) == [("person:quelnah-kassim", "person", None, "education minister",
                             [(30, "Quelnah Kassim")])]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # In a sports story, a city with a masculine article, or that beats or is beaten, is its club.
        ("pt", "O Fortaleza venceu o Bahia por 2 a 1, e o técnico elogiou a torcida.",
         [("organization:fortaleza", ["Fortaleza"]), ("organization:bahia", ["Bahia"])]),
        ("pt", "O Palmeiras venceu o São Paulo no domingo, no jogo da rodada.",
         [("organization:palmeiras", ["Palmeiras"]), ("organization:sao-paulo", ["São Paulo"])]),
        ("es", "El Sevilla goleó al Valencia y se acerca al Madrid en la liga, dijo el entrenador.",
         [("organization:sevilla", ["Sevilla"]), ("organization:valencia", ["Valencia"]),
          ("organization:madrid", ["Madrid"])]),
        # The place itself: a place that takes the article, a state, a place preposition, no sports story.
        ("pt", "O jogo foi no Porto e o técnico viajou de Fortaleza para o Estado do Rio de Janeiro no domingo.",
         [("location:porto", ["Porto"]), ("location:fortaleza", ["Fortaleza"]),
          ("location:estado-do-rio-de-janeiro", ["Estado do Rio de Janeiro"])]),
        ("es", "El partido será en el Callao, dijo el entrenador del club.", [("location:callao", ["Callao"])]),
        ("pt", "A chuva atingiu a Bahia e o Ceará neste domingo.",
         [("location:bahia", ["Bahia"]), ("location:ceara", ["Ceará"])]),
    ],
)
def test_actors_a_city_that_plays_is_its_club(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A plural noun of people opening a sentence is no part of the body after it.
        ("pt", "Representantes da Quelvo Logística e da Marfim Energia assinaram o acordo.",
         [("organization:quelvo-logistica", ["Quelvo Logística"]),
          ("organization:marfim-energia", ["Marfim Energia"])]),
        # A capital after a body's head, or a head and its adjective, names the body.
        ("es", "El Hospital Universitario La Paz atendió a 30 heridos.",
         [("organization:hospital-universitario-la-paz", ["Hospital Universitario La Paz"])]),
        ("es", "Trasladaron al herido al Hospital Lima.", [("organization:hospital-lima", ["Hospital Lima"])]),
    ],
)
def test_actors_people_nouns_and_capitals_in_names(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Pastoral heads a Brazilian church body; a city of note after "em" is the city.
        ("pt", "A Pastoral Quelcerária considera a medida insuficiente, informou a entidade em Aparecida de Goiânia.",
         [("organization:pastoral-quelceraria", ["Pastoral Quelcerária"]),
          ("location:aparecida-de-goiania", ["Aparecida de Goiânia"])]),
        # A woman after a noun that also names companies: her given name opens her name.
        ("pt", "A farmacêutica Helena Quelmes Sá avalia que o teto é um avanço.",
         [("person:helena-quelmes-sa", ["Helena Quelmes Sá"])]),
        ("pt", "Fundada por Camila Quelmes e Thiago Quelsaka, a empresa atende 1.200 produtores.",
         [("person:camila-quelmes", ["Camila Quelmes"]), ("person:thiago-quelsaka", ["Thiago Quelsaka"])]),
        # A body named after a titled person keeps the title and the name.
        ("pt", "Uma rebelião na Penitenciária Estadual Coronel Jorge Quelino deixou três mortos.",
         [("organization:penitenciaria-estadual-coronel-jorge-quelino",
           ["Penitenciária Estadual Coronel Jorge Quelino"])]),
        # A town GeoNames knows amid a list of places, though a given name.
        ("pt", "Pagam os municípios acionistas — Porto, Matosinhos, Maia, Gondomar e Valongo.",
         [("location:porto", ["Porto"]), ("location:matosinhos", ["Matosinhos"]), ("location:maia", ["Maia"]),
          ("location:gondomar", ["Gondomar"]), ("location:valongo", ["Valongo"])]),
        # A capital's clock is the city's.
        ("pt", "O mercado fecha às 19h (hora de Lisboa).", [("location:lisboa", ["Lisboa"])]),
        ("pt", "O Sporting de Braga aceitou a proposta.", [("organization:sc-braga", ["Sporting de Braga"])]),
    ],
)
def test_actors_pt_round_one_bodies_women_and_town_lists(lang: str, text: str,
                                                        expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A capital after "de" and a place's name is the city.
        ("es", "Lo capturaron en el aeropuerto El Dorado de Bogotá.",
         [("location:el-dorado", ["El Dorado"]), ("location:bogota", ["Bogotá"])]),
        # A consortium is a body; a cordillera and a station are places.
        ("es", "El consorcio Túneles Quelinos informó que sí.",
         [("organization:tuneles-quelinos", ["Túneles Quelinos"])]),
        ("es", "Los glaciares de la Cordillera Quelanca se reducen.",
         [("location:cordillera-quelanca", ["Cordillera Quelanca"])]),
        ("es", "Hubo esperas en la estación Cuauhtémoc.", [("location:cuauhtemoc", ["Cuauhtémoc"])]),
        # Listed after a place's preposition and its first item: a place.
        ("es", "La línea unirá en 2027 los barrios entre Quelca y Las Quelondes.",
         [("location:quelca", ["Quelca"]), ("location:las-quelondes", ["Las Quelondes"])]),
        # Latin American given names; joined initials of two bodies; "sin" inside a name.
        ("es", "Se trata de Jhon Fredy Quelpina Cárdenas.", [("person:jhon-fredy-quelpina-cardenas",
                                                          ["Jhon Fredy Quelpina Cárdenas"])]),
        ("es", "El PSIB-PSOE propone aplicar la tasa.", [("organization:psib-psoe", ["PSIB-PSOE"])]),
        ("pt", "Votou o deputado Quelmo Silva (PL-SP).", [("person:quelmo-silva", ["Quelmo Silva"])]),
        ("es", "La Comisión Nacional para el Desarrollo y Vida sin Quelgas (Devida) informó.",
         [("organization:comision-nacional-para-el-desarrollo-y-vida-sin-quelgas",
           ["Comisión Nacional para el Desarrollo y Vida sin Quelgas", "Devida"])]),
    ],
)
def test_actors_es_round_one_places_bodies_and_names(lang: str, text: str,
                                                    expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A national branch named with the demonym; a title's possessive inside a name.
        ("en", "The Nigerian Red Cross Society said it had distributed 300 life jackets.",
         [("organization:nigerian-red-cross-society", ["Nigerian Red Cross Society"])]),
        ("en", "The King's Fund thinktank estimated a deficit.", [("organization:king-s-fund", ["King's Fund"])]),
        # A party label before a member's given name is no part of the name.
        ("en", "A recount confirmed Democrat Elena Quelruiz's victory.",
         [("person:elena-quelruiz", ["Elena Quelruiz"])]),
        # A party's member word before a title is the party; an occupation opening a sentence
        # before a given name we do not list is no part of the name.
        ("en", "Progressive Conservative health critic Kathleen Quelcook said no.",
         [("organization:progressive-conservative", ["Progressive Conservative"]),
          ("person:kathleen-quelcook", ["Kathleen Quelcook"])]),
        ("en", "Vendor Lorna Quelcruz said prices rose.", [("person:lorna-quelcruz", ["Lorna Quelcruz"])]),
        # A single word that says what "it" will do is a body; "it was" says nothing of the speaker.
        ("en", "Quelidian said it would use the proceeds to build warehouses.",
         [("organization:quelidian", ["Quelidian"])]),
        ("en", "Ann Quelby came. Quelby said it was a tragedy.", [("person:ann-quelby", ["Ann Quelby", "Quelby"])]),
        # English news names a person in full first: one unseen word that speaks alone is a body.
        ("en", "Metquel reported that 15,000 extra passengers used its services.",
         [("organization:metquel", ["Metquel"])]),
        ("en", "Commodore Jerome Quelcedo spoke. Later, Quelcedo told reporters it was over.",
         [("person:jerome-quelcedo", ["Jerome Quelcedo", "Quelcedo"])]),
        # A river named after a country is in no one country; so is the country's basin.
        ("en", "The ferry capsized on the River Niger.", [("location:river-niger", ["River Niger"])]),
        ("en", "The Congo River flooded.", [("location:congo-river", ["Congo River"])]),
        # Canada's departments named by their field.
        ("en", "Public Safety Canada said a first phase would launch.",
         [("organization:public-safety-canada", ["Public Safety Canada"])]),
    ],
)
def test_actors_en_round_one_branches_labels_rivers_and_departments(lang: str, text: str,
                                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def test_actors_river_named_after_a_country_has_no_country() -> None:
    doc = run("en", "The ferry capsized on the River Niger.")
    assert [(a.actor_id, a.country) for a in doc._.actors] == [("location:river-niger", None)]


def test_actors_a_nickname_in_quotes_between_the_names_and_a_former_title() -> None:
    doc = run("es", 'El oficialismo presentó a Héctor "Tito" Quelreiro como candidato. Quelreiro dijo que sí.')
    assert ids_and_mentions(doc) == [("person:hector-tito-quelreiro", ['Héctor "Tito" Quelreiro', "Quelreiro"])]
    doc = run("en", "Nathalie Quelcher, a retired nurse in Pierrefonds, said her insurer left.")
    assert [(a.actor_id, a.role) for a in doc._.actors if a.type == "person"] == [
        ("person:nathalie-quelcher", "nurse")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A title after "do/of/for/to" and another title or a relation noun is whom the name serves.
        ("pt", "O porta-voz do presidente russo, Dmitry Quelkov, negou.", ("person:dmitry-quelkov",
                                                                        "porta-voz do presidente")),
        ("pt", "O empresário do jogador, Bruno Quelmes, viajou.", ("person:bruno-quelmes", "empresário do jogador")),
        ("en", "A lawyer for the mayor, Tom Quell, denied it.", ("person:tom-quell", "lawyer for the mayor")),
        ("en", "Counsel to the governor, Mr Tom Quell, denied it.", ("person:tom-quell", "counsel to the governor")),
        # Not otherwise: the president's own name.
        ("pt", "O presidente russo, Vladimir Quelin, negou.", ("person:vladimir-quelin", "presidente")),
    ],
)
def test_actors_a_title_of_whom_the_name_serves(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors if a.type == "person"] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The storm may make landfall in Northern Quelmar late Friday.",
         [("location:northern-quelmar", ["Northern Quelmar"])]),
        ("en", "Western Union said it.", [("organization:western-union", ["Western Union"])]),
        ("en", "Fire and Emergency New Zealand said the fire was out.",
         [("organization:fire-and-emergency-new-zealand", ["Fire and Emergency New Zealand"])]),
        ("en", "Police Scotland said.", [("organization:police-scotland", ["Police Scotland"])]),
        ("en", "Quelison, which represents 500,000 staff, said it would ballot members.",
         [("organization:quelison", ["Quelison"])]),
        ("en", "Analysts at London-based Tellurian Commodities said prices could fall.",
         [("location:london", ["London"]), ("organization:tellurian-commodities", ["Tellurian Commodities"])]),
        ("en", "'It is the patients who pay,' said Rachel Power of the Patients Association.",
         [("person:rachel-power", ["Rachel Power"]), ("organization:patients-association", ["Patients Association"])]),
        ("en", "Local residents said about 120 people were taken.", []),
    ],
)
def test_actors_en_round_two_regions_bodies_and_people(lang: str, text: str,
                                                      expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def test_actors_a_country_named_with_a_region_of_another_is_its_town() -> None:
    doc = run("es", "Unas 5.000 personas marcharon por las calles de Liberia, Guanacaste, contra la ley.")
    assert [(a.actor_id, a.type, a.country) for a in doc._.actors] == [("location:liberia", "location", "CRI")]


def test_actors_a_numbered_body() -> None:
    assert ids_and_mentions(run("es", "El fuego se originó en el Hospital General de Zona No. 14 del IMSS.")) == [
        ("organization:hospital-general-de-zona-no-14", ["Hospital General de Zona No. 14"]),
        ("organization:imss", ["IMSS"])]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "A portuguesa Quelgus Ferries venceu o concurso.",
         [("organization:quelgus-ferries", ["Quelgus Ferries"])]),
        ("pt", "Em nota, a Energética Vale do Quelruena disse que sim.",
         [("organization:energetica-vale-do-quelruena", ["Energética Vale do Quelruena"])]),
        ("pt", "Os meteorologistas associam a seca ao fenómeno El Niño.", []),
    ],
)
def test_actors_pt_round_two_companies_and_weather(lang: str, text: str,
                                                  expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


def test_actors_a_weekday_given_name() -> None:
    assert ids_and_mentions(run("en", "The union's chairman, Comrade Sunday Quelmachi, told reporters it failed.")) == [
        ("person:sunday-quelmachi", ["Sunday Quelmachi"])]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Archives and Catalan bodies have heads; known banks are listed.
        ("pt", "Um incêndio destruiu parte do Arquivo Histórico de Quelmbique.",
         [("organization:arquivo-historico-de-quelmbique", ["Arquivo Histórico de Quelmbique"])]),
        ("es", "Lo dijo el Sindicat de Quelmateres.",
         [("organization:sindicat-de-quelmateres", ["Sindicat de Quelmateres"])]),
        ("pt", "A Caixa Geral de Depósitos fechou agências.",
         [("organization:caixa-geral-de-depositos", ["Caixa Geral de Depósitos"])]),
        # Places after a place noun, in a list with a city of note, or named by their last word.
        ("es", "Evacuaron a familias de los parajes Mallín Quelmado y Los Repollos.",
         [("location:mallin-quelmado", ["Mallín Quelmado"]), ("location:los-repollos", ["Los Repollos"])]),
        ("en", "Warnings were issued for Edmonton, Grande Prairie and Peace River.",
         [("location:edmonton", ["Edmonton"]), ("location:grande-prairie", ["Grande Prairie"]),
          ("location:peace-river", ["Peace River"])]),
        ("en", "Marcia Quelm, a farmer from Pedro Plains, said she lost everything.",
         [("person:marcia-quelm", ["Marcia Quelm"]), ("location:pedro-plains", ["Pedro Plains"])]),
        # Bodies named with "and Road", a possessive or a plural possessive are one name.
        ("en", "Punctuality fell, according to the Office of Rail and Road.",
         [("organization:office-of-rail-and-road", ["Office of Rail and Road"])]),
        ("en", "The People's Quelm Party said.", [("organization:people-s-quelm-party", ["People's Quelm Party"])]),
        ("en", "Laurence Olivier's National Theatre opened.",
         [("person:laurence-olivier", ["Laurence Olivier"]), ("organization:national-theatre", ["National Theatre"])]),
        # A currency's sign before an amount is no place.
        ("es", "Lo vendían por hasta G. 500.000.", []),
    ],
)
def test_actors_round_s21_heads_places_and_possessives(lang: str, text: str,
                                                        expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,country",
    [
        ("pt", "A Federação Portuguesa de Quelmez gastou muito.", "PRT"),
        ("es", "La Caja Costarricense de Quelmo Social informó.", "CRI"),
        ("en", "The Dutch group Quelmeer Holdings bought it.", "NLD"),
        # what the body does between its nationality and its noun
        ("en", "French shipping giant Quelmar Lines bought it.", "FRA"),
        ("en", "A Chinese state-owned company Quelbao bought it.", "CHN"),
        # a body named with its country: the country's, whatever the outlet's
        ("en", "The charity Age UK said the cuts were cruel.", "GBR"),
        ("es", "Migración Colombia informó.", "COL"),
        ("en", "QML New Zealand said the field was depleted.", "NZL"),
        ("es", "El Hospital Chile abrió.", None),
    ],
)
def test_actors_a_demonym_in_or_before_a_body_gives_its_country(lang: str, text: str, country: str) -> None:
    assert [a.country for a in run(lang, text)._.actors] == [country]


def test_actors_a_listed_place_placed_in_a_region_abroad_is_the_namesake_there() -> None:
    doc = run("es", "Desviaron el bus hacia el municipio de Pamplona, en Norte de Santander.")
    assert [(a.name, a.country) for a in doc._.actors] == [("Pamplona", "COL"), ("Norte de Santander", "COL")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A name that files with an exchange is a company; a nickname may have its article.
        ("en", "Quelmas Emas said in a filing with Bursa Malaysia that the price was fair.",
         [("organization:quelmas-emas", ["Quelmas Emas"]), ("organization:bursa-malaysia", ["Bursa Malaysia"])]),
        ("es", "El abridor Ramón ‘El Quelmo’ Cuevas lanzó seis entradas.",
         [("person:ramon-el-quelmo-cuevas", ["Ramón ‘El Quelmo’ Cuevas"])]),
        # Spanish unions written with a space; a known place in capitals and a full stop opens the story.
        ("es", "La huelga, convocada por CC OO, paralizó las rutas.", [("organization:comisiones-obreras", ["CC OO"])]),
        ("es", "TEGUCIGALPA. Las remesas alcanzaron un récord.", [("location:tegucigalpa", ["TEGUCIGALPA"])]),
    ],
)
def test_actors_filings_nicknames_unions_and_datelines(lang: str, text: str,
                                                       expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "text,role",
    [
        ("The shadow transport secretary, Alan Quelm, called it theft.", "shadow transport secretary"),
        ("The company's general manager, Tom Quelm, resigned.", "general manager"),
        ("Chief veterinary officer Jane Quelm said the herd was culled.", "chief veterinary officer"),
    ],
)
def test_actors_english_role_qualifiers(text: str, role: str) -> None:
    assert [a.role for a in run("en", text)._.actors if a.type == "person"] == [role]


@pytest.mark.parametrize(
    "text,actor_id",
    [
        ("The ICC's anti-corruption unit is investigating an approach made to a cricketer.",
         "organization:international-cricket-council"),
        ("The ICC issued a warrant for the general.", "organization:international-criminal-court"),
    ],
)
def test_actors_initials_named_by_the_story(text: str, actor_id: str) -> None:
    assert [a.actor_id for a in run("en", text)._.actors if a.type == "organization"] == [actor_id]


def test_actors_initials_of_a_body_take_no_country_from_the_known_initials() -> None:
    doc = run("pt", "O Serviço de Investigação Criminal (SIC) deteve ontem cinco suspeitos em Luanda.")
    assert [(a.name, a.country, [m.text for m in a.mentions]) for a in doc._.actors][0] == (
        "Serviço de Investigação Criminal", None, ["Serviço de Investigação Criminal", "SIC"])


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A city at a distance or on a route is the city; a court division and its town are one body.
        ("pt", "A comunidade vive a cerca de 320 km de Brasília.", [("location:brasilia", ["Brasília"])]),
        ("pt", "O ônibus fazia a rota Brasília–Goiânia.",
         [("location:brasilia", ["Brasília"]), ("location:goiania", ["Goiânia"])]),
        ("pt", "O juiz da 2ª Vara Federal de Quelmosa negou o pedido.",
         [("organization:vara-federal-de-quelmosa", ["Vara Federal de Quelmosa"])]),
        ("pt", "O Procon-DF informou que a remessa chegou.", [("organization:procon-df", ["Procon-DF"])]),
        ("es", "El Viceministerio de Acuacultura y Quelma anunció una veda.",
         [("organization:viceministerio-de-acuacultura-y-quelma", ["Viceministerio de Acuacultura y Quelma"])]),
        ("es", "El Sindicato de Trabajadores N°1 anunció un paro.",
         [("organization:sindicato-de-trabajadores-n1", ["Sindicato de Trabajadores N°1"])]),
        # English: a hospital named after its place, a First Nation, Queen's Park, chess titles.
        ("en", "She is a nurse at Quelmi General Hospital.",
         [("organization:quelmi-general-hospital", ["Quelmi General Hospital"])]),
        ("en", "Chief Raymond Quelm of Constance Lake First Nation said no.",
         [("person:raymond-quelm", ["Raymond Quelm"]),
          ("organization:constance-lake-first-nation", ["Constance Lake First Nation"])]),
        ("en", "Speaking at Queen's Park on Tuesday, the minister agreed.",
         [("location:queen-s-park", ["Queen's Park"])]),
        ("en", "Grandmaster Rahul Quelm drew.", [("person:rahul-quelm", ["Rahul Quelm"])]),
    ],
)
def test_actors_round_s21_two(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A sentence-initial pair that ends with a common surname is a name; known cartels are groups.
        ("es", "Yoandry Quelmez Pérez, dueño de una mipyme, contó que compra huevos.",
         [("person:yoandry-quelmez-perez", ["Yoandry Quelmez Pérez"])]),
        ("es", "Puerto Rodríguez es un pueblo.", [("location:puerto-rodriguez", ["Puerto Rodríguez"])]),
        ("es", "Detuvieron a integrantes del Cártel del Golfo.", [("group:gulf-cartel", ["Cártel del Golfo"])]),
    ],
)
def test_actors_known_surnames_and_cartels(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A listed body's common word before a head opens that head's body; "Apple Inc." stays Apple.
        ("en", "The Labour Department banned outdoor work.",
         [("organization:labour-department", ["Labour Department"])]),
        ("en", "Labour said it would vote against.", [("organization:labour-party", ["Labour"])]),
        # Where one goes is a place; a body's city may have its article.
        ("pt", "O elétrico descia em direção ao Martim Quelmo.", [("location:martim-quelmo", ["Martim Quelmo"])]),
        ("es", "La Empresa Avícola de La Habana informó.",
         [("organization:empresa-avicola-de-la-habana", ["Empresa Avícola de La Habana"])]),
    ],
)
def test_actors_fields_before_heads_directions_and_capitals_in_names(
        lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A listed acronym ends a body's list of fields when the body's initials follow it.
        ("es", "La Superintendencia de Banca, Seguros y AFP (SBS) informó.",
         [("organization:superintendencia-de-banca-seguros-y-afp",
           ["Superintendencia de Banca, Seguros y AFP", "SBS"])]),
        # New heads; listed bodies; initials of things, an event.
        ("en", "Quelm Dairy Co-operative cut its price.",
         [("organization:quelm-dairy-co-operative", ["Quelm Dairy Co-operative"])]),
        ("es", "La Red Colombiana por la Salud Quelmaria pidió recursos.",
         [("organization:red-colombiana-por-la-salud-quelmaria", ["Red Colombiana por la Salud Quelmaria"])]),
        ("es", "Según el Ente Único Regulador de Quelmas, subió.",
         [("organization:ente-unico-regulador-de-quelmas", ["Ente Único Regulador de Quelmas"])]),
        ("en", "Eumetsat and NASA agreed.",
         [("organization:eumetsat", ["Eumetsat"]), ("organization:nasa", ["NASA"])]),
        ("es", "Sabían mi DNI y la nota de la PAES.", []),
        ("es", "Afecta los envíos para el Super Bowl.", []),
        ("en", "PNG held a census.", [("country:png", ["PNG"])]),
    ],
)
def test_actors_spelled_lists_new_heads_and_listed_bodies(
        lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "La senadora radical por Mendoza Verónica Quelm advirtió.",
         [("Verónica Quelm", "senadora radical por Mendoza")]),
        ("es", "El senador republicano Hernán Quelm pidió una auditoría.", [("Hernán Quelm", "senador republicano")]),
        ("es", "La legisladora Celeste Quelm respaldó el reclamo.", [("Celeste Quelm", "legisladora")]),
    ],
)
def test_actors_party_adjectives_and_districts_in_titles(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Places after a plural place noun and a known place after a place.
        ("es", "Habrá mingas en los barrios Tablada Quelma y Bañado Quelm.",
         [("Tablada Quelma", "location"), ("Bañado Quelm", "location")]),
        ("pt", "A barragem fica entre Mariana e Ouro Preto.", [("Mariana", "location"), ("Ouro Preto", "location")]),
        # A law's number after its word opening a sentence.
        ("en", "Bill C-26, which would impose fines, has stalled.", []),
        # A listed person's one-word alias is no one else's when the text names another in full.
        ("en", "Amira Haddad joined the protest. Ms Haddad said it was a victory.", [("Amira Haddad", "person")]),
        # A listed body's initials before a head name its organ; the initials alone stay the body.
        ("en", "The ECOWAS Commission said so. ECOWAS agreed.",
         [("ECOWAS Commission", "organization"), ("ECOWAS", "organization")]),
        ("en", "The Wrekin and Quelm Hospitals NHS Trust had 98 people waiting.",
         [("Wrekin and Quelm Hospitals NHS Trust", "organization")]),
    ],
)
def test_actors_place_lists_laws_aliases_and_organs(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A body's short form later in the text; an office named by a title; a place's body;
        # a region before the body's initials.
        ("pt", "A Serra Quelma Mineração opera a barragem e a Serra Quelma afirmou que cumpre a lei.",
         [("organization:serra-quelma-mineracao", ["Serra Quelma Mineração", "Serra Quelma"])]),
        ("en", "Delta Quelm Terminals runs the dock. Delta Quelm says it is safe.",
         [("organization:delta-quelm-terminals", ["Delta Quelm Terminals", "Delta Quelm"])]),
        ("en", "The Office of the Auditor General said so.",
         [("organization:office-of-the-auditor-general", ["Office of the Auditor General"])]),
        ("en", "The Port of Rotterdam Authority said so.",
         [("organization:port-of-rotterdam-authority", ["Port of Rotterdam Authority"])]),
        ("en", "The Locust Quelm Organization for Eastern Africa (LQO-EA) warned.",
         [("organization:locust-quelm-organization-for-eastern-africa",
           ["Locust Quelm Organization for Eastern Africa", "LQO-EA"])]),
    ],
)
def test_actors_short_forms_offices_and_regions_in_names(
        lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A portfolio that lists its fields, after "for" or with its ministry after it.
        ("en", "The Minister for Infrastructure, Communication and Transport, Mr Hamisi Quelm, spoke.",
         [("Hamisi Quelm", "minister for infrastructure, Communication and Transport")]),
        ("pt", "Segundo o secretário de Ciência, Tecnologia e Inovação do ministério, Paulo Quelm, sim.",
         [("Paulo Quelm", "secretário de Ciência, Tecnologia e Inovação do ministério")]),
    ],
)
def test_actors_portfolio_lists_in_titles(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "As redes VidaQuelm e Farmaquelm anunciaram um acordo.",
         [("VidaQuelm", "organization"), ("Farmaquelm", "organization")]),
        ("es", "Anularon las escuchas de la División Antiquelm.", [("División Antiquelm", "organization")]),
        ("es", "Más de 350 clientes quedaron sin luz, informó la operadora de la red, Energía Quelma.",
         [("Energía Quelma", "organization")]),
        ("en", "said Niamh Quelm, chief economist at the estate agents Brennan Quelm.",
         [("Niamh Quelm", "person"), ("Brennan Quelm", "organization")]),
    ],
)
def test_actors_second_bodies_heads_and_company_nouns(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A listed body's name given initials that are none of its own is another body of that name.
        ("pt", "O Instituto Nacional de Meteorologia (INAM) emitiu um alerta.",
         [("organization:instituto-nacional-de-meteorologia", None)]),
        ("pt", "O Instituto Nacional de Meteorologia (Inmet) emitiu um alerta.",
         [("organization:national-institute-of-meteorology-brazil", "BRA")]),
    ],
)
def test_actors_listed_names_with_other_initials(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A Portuguese or Spanish name may run to six words after a given name.
        ("pt", "O navio é comandado pelo capitão Fernando José Quelmo de Marfim Gomes.",
         [("person:fernando-jose-quelmo-de-marfim-gomes", ["Fernando José Quelmo de Marfim Gomes"])]),
        ("es", "Llegó ayer María Ana Quelma Marfil Soto de Ruiz.",
         [("person:maria-ana-quelma-marfil-soto-de-ruiz", ["María Ana Quelma Marfil Soto de Ruiz"])]),
    ],
)
def test_actors_long_iberian_names(lang: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert ids_and_mentions(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A country's name right before a capitalised title gives the titled person that country.
        ("en", "New Zealand Foreign Minister Winston Quelm said so.", ("Winston Quelm", "NZL", "foreign minister")),
        ("en", "Kenya Foreign Minister Musalia Quelm said so.", ("Musalia Quelm", "KEN", "foreign minister")),
    ],
)
def test_actors_country_name_before_a_capitalised_title(lang: str, text: str, expected: tuple) -> None:
    people = [(a.name, a.country, a.role) for a in run(lang, text)._.actors if a.type == "person"]
    assert people == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Region, industrial pole and continental margin heads name places; a court's chamber a body;
        # a concession holder or consortium named after its noun is a company.
        ("pt", "As chuvas atingiram a Região Metropolitana do Quelmar.",
         [("Região Metropolitana do Quelmar", "location")]),
        ("pt", "A Petrobras quer perfurar na chamada Margem Quelmatorial.",
         [("Petrobras", "organization"), ("Margem Quelmatorial", "location")]),
        ("es", "La Sala Constitucional dio un plazo.", [("Sala Constitucional", "organization")]),
        ("es", "El actor Pedro Sala dijo que no.", [("Pedro Sala", "person")]),
        ("pt", "A concessionária Lumina Quelmição SP afirmou que sim.", [("Lumina Quelmição SP", "organization")]),
    ],
)
def test_actors_region_and_chamber_heads_and_company_nouns(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A capital listed with towns of its country further on in the list, or "through" it, is the city.
        ("es", "Transportistas de La Paz, Santa Cruz y Cochabamba esperan.",
         [("La Paz", "location"), ("Santa Cruz", "location"), ("Cochabamba", "location")]),
        ("en", "Thousands marched through Wellington on Tuesday.", [("Wellington", "location")]),
    ],
)
def test_actors_capitals_listed_with_towns_or_passed_through(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An adjective between a place noun and the name keeps it a place; a farm's name is a place,
        # but the treasury is no farm ("secretário de Fazenda de Minas Gerais").
        ("es", "Hubo retrasos en el aeropuerto internacional Rodrigo Quelmar.",
         [("Rodrigo Quelmar", "location")]),
        ("pt", "O gado estava na Fazenda Boa Quelmança, em Corumbá.",
         [("Fazenda Boa Quelmança", "location"), ("Corumbá", "location")]),
        ("pt", "O secretário de Fazenda de Minas Gerais, Ricardo Quelmes, falou.",
         [("Minas Gerais", "location"), ("Ricardo Quelmes", "person")]),
        ("pt", "A Fazenda Pública perdeu a ação.", [("Fazenda Pública", "organization")]),
        # Laws named with a given name's word, executive orders and a party in te reo Māori.
        ("pt", "O Marco Civil da Internet foi citado pelo STF.", [("STF", "organization")]),
        ("en", "Governor Maria Quelm signed Executive Order No. 62.", [("Maria Quelm", "person")]),
        ("en", "Te Pāti Māori co-leader Rawiri Quelm spoke.",
         [("Te Pāti Māori", "organization"), ("Rawiri Quelm", "person")]),
    ],
)
def test_actors_airports_farms_laws_and_orders(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # An English portfolio before a capitalised title is the role's, and names no body; after
        # a name, only what follows its "and"; a country before it still gives the country.
        ("Unions met Labour and Employment Adviser Sam Quelm in Dhaka.",
         [("Sam Quelm", "person", None, "labour and employment adviser"), ("Dhaka", "location", "BGD", None)]),
        ("Women and Child Development Minister Sam Quelm spoke.",
         [("Sam Quelm", "person", None, "women and child development minister")]),
        ("Malaysian Home Affairs Minister Sam Quelm spoke.",
         [("Sam Quelm", "person", "MYS", "home affairs minister")]),
        ("Boris Johnson and Home Affairs Minister Sam Quelm met.",
         [("Boris Johnson", "person", "GBR", None), ("Sam Quelm", "person", None, "home affairs minister")]),
        ("The Minister of Finance, Wale Quelm, spoke.", [("Wale Quelm", "person", None, "minister of Finance")]),
    ],
)
def test_actors_english_portfolios_before_titles(text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type, a.country, a.role) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A unit in capitals after an amount is no actor; initials read by the story's words.
        ("es", "El puerto movió 1,1 millones de TEU.", []),
        ("es", "Las AFP rechazaron la reforma de pensiones.",
         [("AFP", "organization", None)]),
        ("es", "Según AFP, el ministro viajó a París.", [("AFP", "organization", "FRA"), ("París", "location", "FRA")]),
        # Places and bodies listed; short English names of Caribbean states.
        ("es", "Los boletos para Machu Picchu se venden en línea.", [("Machu Picchu", "location", "PER")]),
        ("es", "Lo informó Salvamento Marítimo.", [("Salvamento Marítimo", "organization", "ESP")]),
        ("en", "It hit St Vincent and the Grenadines.",
         [("Saint Vincent and the Grenadines", "country", "VCT")]),
        # A correspondent's credit or a date and a dash after a capital: where it was filed from.
        ("es", "Montevideo (corresponsal) — El gobierno revisará el contrato.", [("Montevideo", "location", "URY")]),
        ("en", "Kathmandu, Jan 31 — Climbers will pay more.", [("Kathmandu", "location", "NPL")]),
    ],
)
def test_actors_units_initials_by_story_and_datelines(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # English last words of company names in any language; a place, a word and such a word.
        ("pt", "A mina pertence à belga Van Quelm Diamonds.", [("Van Quelm Diamonds", "organization", "BEL")]),
        ("es", "Firmó con el consorcio chino Xinjiang Quelm Tech.", [("Xinjiang Quelm Tech", "organization", "CHN")]),
    ],
)
def test_actors_company_last_words_after_places(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An article before a body's initials opening the story is no dateline in capitals.
        ("pt", "A CGTP, liderada por Joaquim Quelm, criticou o acordo.",
         [("CGTP", "organization", None), ("Joaquim Quelm", "person", None)]),
        ("es", "A CORUÑA, 3 jun (EFE) - El puerto cerró.",
         [("A CORUÑA", "location", "ESP"), ("EFE", "organization", "ESP")]),
        # "Gremio" heads a body; an outlet named in the story is a body.
        ("es", "El Gremio de Hoteles de Barcelona rechazó la subida.",
         [("Gremio de Hoteles de Barcelona", "organization", "ESP")]),
        ("es", "Lo explicó a Efecto Cocuyo un economista.", [("Efecto Cocuyo", "organization", "VEN")]),
    ],
)
def test_actors_initials_after_articles_guilds_and_outlets(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An English portfolio that runs into a name ends with its known fields.
        ("en", "Minister of Agriculture Grace Quelm told Parliament.",
         [("Grace Quelm", "person", "minister of Agriculture"), ("Parliament", "organization", None)]),
        ("en", "The Minister of Health Services Board met.", [("Health Services Board", "organization", None)]),
        # A portfolio's part in brackets before the comma and the name.
        ("en", "The Minister of State for Petroleum Resources (Gas), Adamu Quelm, spoke.",
         [("Adamu Quelm", "person", "minister of state for Petroleum Resources (Gas)")]),
        # A given name's initial after "of Police" starts the name.
        ("en", "Superintendent of Police K. Rao Quelm spoke.",
         [("K. Rao Quelm", "person", "superintendent of police")]),
        # A sentence-initial descriptor or occupation before a given name is no part of it.
        ("en", "Resident Olena Quelm, 61, was woken by the blast.", [("Olena Quelm", "person", None)]),
        ("en", "The boy, a resident of Pandikkad, died.", [("Pandikkad", "location", None)]),
        # One unseen word whose spokesperson speaks is an organisation, asides and all.
        ("en", "A spokesman for Quelmexa, which tracks tankers, said it was concerned.",
         [("Quelmexa", "organization", None)]),
        # Listed: Caritas.
        ("pt", "A Cáritas Diocesana diz que faltam alimentos.", [("Cáritas Diocesana", "organization", None)]),
    ],
)
def test_actors_portfolios_into_names_descriptors_and_spokespeople(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # After a plural organisation noun, names set off by commas are a list of bodies.
        ("es", "Participan las firmas Petrolera Quelm, Andes Quelmshale y Neuquina Energía.",
         [("Petrolera Quelm", "organization", None), ("Andes Quelmshale", "organization", None),
          ("Neuquina Energía", "organization", None)]),
        # ... the first one too, when a one-word name
        ("es", "Ganaron las empresas Quelceem, Berkes y Ciemsa.",
         [("Quelceem", "organization", None), ("Berkes", "organization", None), ("Ciemsa", "organization", None)]),
        ("es", "Los sindicatos QLA y LAB convocaron una huelga.",
         [("QLA", "organization", None), ("LAB", "organization", None)]),
        # Where one goes through is a place, not the person the next clause titles.
        ("es", "Durante un recorrido por Dajabón, el ministro explicó la obra.", [("Dajabón", "location", None)]),
        # A body "en Defensa de" its cause.
        ("es", "El Movimiento en Defensa de la Tierra protestó.",
         [("Movimiento en Defensa de la Tierra", "organization", None)]),
        # Titles: "procuradora general", "teniente general"; a field's adjective before the name.
        ("es", "La procuradora general adjunta, Karla Quelm, respondió.",
         [("Karla Quelm", "person", "procuradora general adjunta")]),
        ("es", "Habló la ingeniera electrónica Camila Quelm.",
         [("Camila Quelm", "person", "ingeniera electrónica")]),
        # (an office set off before the trade is the role)
        ("es", "Habló su presidenta, la ingeniera electrónica Camila Quelm.",
         [("Camila Quelm", "person", "presidenta")]),
        # A known company's division before the comma and its head's name.
        ("pt", "Falou o presidente da Embraer Aviação Comercial, Rodrigo Quelm.",
         [("Embraer", "organization", None), ("Rodrigo Quelm", "person", "presidente da Embraer Aviação Comercial")]),
        # Streets named after a king or a lady keep the honorific.
        ("pt", "Os assaltantes entraram na Rua de D. Manuel II.", [("Rua de D. Manuel II", "location", None)]),
        # An envoy "to" a country, then the name set off.
        ("en", "India's ambassador to Nepal, Arvind Quelm, spoke.",
         [("India", "country", None), ("Nepal", "country", None), ("Arvind Quelm", "person", "ambassador to Nepal")]),
        # A market where vendors speak is a place.
        ("en", "In Blantyre, vendors at Limbe Market said prices rose.",
         [("Blantyre", "location", None), ("Limbe Market", "location", None)]),
        # Datelines with an agency after a slash or in brackets, closed by a point.
        ("es", "MADRID / COLPISA. LaLiga cerró la subasta.",
         [("MADRID", "location", None), ("LaLiga", "organization", None)]),
        ("en", "Moray Council urged the Scottish Government to act.",
         [("Moray Council", "organization", None), ("Scottish Government", "organization", None)]),
    ],
)
def test_actors_listed_bodies_routes_envoys_and_datelines(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An armed group's initials in brackets, then before a title: the group, not a new body.
        ("en", "The army blamed the Rapid Support Forces (RSF), but an RSF spokesperson, Yousif Quelm, denied it.",
         [("Rapid Support Forces", ["Rapid Support Forces", "RSF", "RSF"]), ("Yousif Quelm", ["Yousif Quelm"])]),
        # ...but the group's first word alone is another body.
        ("es", "Los ataques del Ejército de Liberación Nacional (Eln) siguen. El Ejército recuperó el control.",
         [("Ejército de Liberación Nacional", ["Ejército de Liberación Nacional", "Eln"]), ("Ejército", ["Ejército"])]),
    ],
)
def test_actors_armed_groups_by_their_initials(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A head of two words describes a country's body as a one-word head does.
        ("en", "Ukraine's air force said it shot down 40 drones.",
         [("Ukraine", "country", "UKR"), ("Ukraine's air force", "organization", "UKR")]),
        ("pt", "A força aérea russa disse que abateu 40 drones.", [("força aérea russa", "organization", "RUS")]),
        ("en", "The force was strong.", []),
    ],
)
def test_actors_descriptions_with_heads_of_two_words(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Lusophone African parties listed, with "e Cabo Verde" inside the name.
        ("pt", "O Partido Africano para a Independência da Guiné e Cabo Verde (PAIGC) exigiu o contrato.",
         [("Partido Africano para a Independência da Guiné e Cabo Verde", "organization", "GNB")]),
        # "de Todos os …" inside a union's name; a harbour master's office.
        ("pt", "A greve foi convocada pelo Sindicato de Todos os Profissionais da Educação.",
         [("Sindicato de Todos os Profissionais da Educação", "organization", None)]),
        ("pt", "A Capitania Fluvial suspendeu a travessia em Manaus.",
         [("Capitania Fluvial", "organization", None), ("Manaus", "location", "BRA")]),
        # A bazaar is a place; English puts a park's kind before its director's title, not a street's.
        ("en", "Nadeem Quelm, a shopkeeper in Raja Bazaar, said his bill doubled.",
         [("Nadeem Quelm", "person", None), ("Raja Bazaar", "location", None)]),
        ("en", "Park Director Anuradha Quelm said the animals drowned.",
         [("Park", "organization", None), ("Anuradha Quelm", "person", None)]),
    ],
)
def test_actors_lusophone_parties_unions_and_english_venues(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.type, a.country) for a in run(lang, text)._.actors] == expected


def test_actors_a_capitalised_demonym_between_names_is_a_surname() -> None:
    doc = run("es", "Según el director de Centros Penales, Rodrigo Alemán Quelm, el penal quedó vacío.")
    assert [(a.name, a.type) for a in doc._.actors] == [("Rodrigo Alemán Quelm", "person")]


def test_actors_places_listed_before_the_area_they_are_in() -> None:
    # "Santana" alone is a Brazilian city; listed before ", na ilha da Madeira" it is Madeira's.
    doc = run("pt", "O fogo alastrou aos concelhos de Câmara de Lobos, Ponta do Sol e Santana, na ilha da Madeira.")
    assert [(a.actor_id, a.country) for a in doc._.actors] == [
        ("location:camara-de-lobos", "PRT"), ("location:ponta-do-sol", "PRT"), ("location:santana", "PRT"),
        ("location:madeira", "PRT")]
    # A big city of its own name keeps its country: "San Salvador y Tapachula, en México".
    doc = run("es", "Desviaron 23 vuelos hacia San Salvador y Tapachula, en México.")
    assert [(a.actor_id, a.country) for a in doc._.actors if a.actor_id == "location:san-salvador"] == [
        ("location:san-salvador", "SLV")]


def test_actors_a_listed_portfolio_of_a_government_then_the_name() -> None:
    # the portfolio's fields, then whose government they are, then the name set off by commas
    doc = run("es", "El consejero de Industria, Transición Energética y Sostenibilidad del Gobierno vasco, "
                    "Aitor Quelbala, aseguró que habrá diálogo.")
    assert [(a.actor_id, a.role) for a in doc._.actors if a.type == "person"] == [
        ("person:aitor-quelbala", "consejero de Industria, Transición Energética y Sostenibilidad del Gobierno vasco")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Labour unions in Lagos are demanding a higher wage.", ["location:lagos"]),
        ("Labour and the Tories clashed.", ["organization:labour-party", "organization:conservative-party"]),
        ("Labour said it would vote against.", ["organization:labour-party"]),
    ],
)
def test_actors_a_sentences_first_word_before_a_field_noun_is_no_party(text: str, expected: list[str]) -> None:
    assert [a.actor_id for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Brazilian unions named from "Sindicato"; the sentence's article stays out of the name
        ("O Sindquelmetal-RJ afirmou que a greve continua.", [("organization:sindquelmetal-rj", "Sindquelmetal-RJ")]),
        ("O Sindquelpetro Unificado-SP disse que sim.",
         [("organization:sindquelpetro-unificado-sp", "Sindquelpetro Unificado-SP")]),
        # (one unseen word that speaks alone is a body too)
        ("O Quelmetal-RJ afirmou que a greve continua.", [("organization:quelmetal-rj", "Quelmetal-RJ")]),
    ],
)
def test_actors_brazilian_unions_and_hyphenated_names_after_an_article(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.name) for a in run("pt", text)._.actors] == expected


def test_actors_a_place_with_a_legal_form_is_a_company() -> None:
    # "Porto do Recife" is a listed place; with "S.A." after it, a company (the legal form is no person)
    doc = run("pt", "Segundo o diretor-presidente do Porto do Recife S.A., Antônio Quelgueiredo, a fila diminuiu.")
    assert [(a.actor_id, a.type) for a in doc._.actors] == [
        ("organization:porto-do-recife-s-a", "organization"), ("person:antonio-quelgueiredo", "person")]
    assert [s.actor_id for s in doc._.sources] == ["person:antonio-quelgueiredo"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # English streets named by their last word: Drive, Crescent, Terrace (not "Lane", a surname)
        ("Her house on Quelsway Drive was still standing.", [("location:quelsway-drive", "location")]),
        ("Diane Quelane said so.", [("person:diane-quelane", "person")]),
    ],
)
def test_actors_english_street_words(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("en", text)._.actors] == expected


def test_actors_a_portfolio_field_with_a_year() -> None:
    doc = run("es", "El ministro de Derechos Sociales, Consumo y Agenda 2030, Tomás Quelzinduy, dijo que sí.")
    assert [(a.actor_id, a.role) for a in doc._.actors] == [
        ("person:tomas-quelzinduy", "ministro de Derechos Sociales, Consumo y Agenda 2030")]


def test_actors_a_country_as_a_bodys_adjective_in_a_title() -> None:
    doc = run("es", "“No cierran”, advirtió el presidente de la Unión Quelustrial Argentina (UQA), Julián Quelreyra.")
    assert [(a.actor_id, a.role) for a in doc._.actors if a.type == "person"] == [
        ("person:julian-quelreyra", "presidente de la Unión Quelustrial Argentina (UQA)")]
    assert [q.speaker_actor_id for q in doc._.quotes] == ["person:julian-quelreyra"]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a capital visited, struck or waking to something is the city, not its government
        ("es", "La ministra Ana Quelmos visitó Tegucigalpa.", "location:tegucigalpa"),
        ("es", "Lima amaneció este jueves con paraderos repletos.", "location:lima"),
        ("en", "Russian drones shelled Kyiv overnight.", "location:kyiv"),
        ("es", "Washington anunció sanciones.", "country:usa"),
    ],
)
def test_actors_a_capital_as_a_place_visited_or_struck(lang: str, text: str, expected: str) -> None:
    assert expected in [a.actor_id for a in run(lang, text)._.actors]


def test_actors_a_latin_american_given_name_ends_the_party_before_it() -> None:
    doc = run("es", "La senadora del Partido Socialista Fabiola Quelcamo votó en contra.")
    assert [(a.actor_id, a.role) for a in doc._.actors] == [
        ("organization:partido-socialista", None), ("person:fabiola-quelcamo", "senadora del Partido Socialista")]


def test_actors_a_mechanism_heads_a_body() -> None:
    doc = run("es", "El Mecanismo para el Reconocimiento de Personas Quelsas publicó una lista.")
    assert [(a.actor_id, a.type) for a in doc._.actors] == [
        ("organization:mecanismo-para-el-reconocimiento-de-personas-quelsas", "organization")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a paper's word after "told the": the outlet told
        ("Ana Quelee told the Post that prices rose.", ["person:ana-quelee", "organization:post"]),
        ("Ana Quelee told the Quelton Mirror that prices rose.", ["person:ana-quelee", "organization:quelton-mirror"]),
    ],
)
def test_actors_a_papers_word_names_the_outlet_told(text: str, expected: list[str]) -> None:
    assert [a.actor_id for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A portfolio that lists its fields, with "and the" or a Catalan "i", runs to the comma.
        ("en", "The Minister for Climate, Energy and the Environment, Aoife Quelligan, said the plan would go ahead.",
         [("person:aoife-quelligan", "person", None, "minister for climate, Energy and the Environment")]),
        ("en", "The Minister for Lands and Natural Resources, Kwesi Quellah, said the mines were shut.",
         [("person:kwesi-quellah", "person", None, "minister for Lands and Natural Resources")]),
        ("es", "La consellera de Territori, Habitatge i Transició Ecològica, Núria Quelt i Vidal, anunció ayudas.",
         [("person:nuria-quelt-i-vidal", "person", None, "consellera de Territori, Habitatge i Transició Ecològica")]),
        # Without a comma after the inner title, the name is its holder's, not the spokesperson's.
        ("en", "A spokesperson for Defence Minister Laura Quettering said the ships would leave.",
         [("person:laura-quettering", "person", None, "defence minister")]),
        # One name is one actor: a "person" written as a company of the article is the company.
        ("pt", "A obra será feita pela espanhola GS Quelima. Em nota, a GS Quelima informou que contratará "
               "300 pessoas.",
         [("organization:gs-quelima", "organization", "ESP", None)]),
        ("pt", "A obra será feita pela Quelmise Ambiental, que contratará 300 pessoas.",
         [("organization:quelmise-ambiental", "organization", None, None)]),
        # A national branch named after its body and the country.
        ("en", "Friends of the Earth Ireland said the rules were too weak.",
         [("organization:friends-of-the-earth-ireland", "organization", "IRL", None)]),
        # A capital's households are the city's, not its government's.
        ("pt", "Segundo o INE, apenas 53% dos agregados familiares de Luanda têm acesso a água canalizada.",
         [("organization:ine", "organization", None, None), ("location:luanda", "location", "AGO", None)]),
        # A regional secretary's portfolio names no body.
        ("pt", "A secretária regional da Saúde e Segurança Social, Teresa Quelhas Arruda, garantiu que está preparado.",
         [("person:teresa-quelhas-arruda", "person", None, "secretária regional da Saúde e Segurança Social")]),
        # Occupations before a name are the person's role.
        ("pt", "A enóloga Marta Quelhas contou que a vindima começou cedo.",
         [("person:marta-quelhas", "person", None, "enóloga")]),
        ("en", "The winemaker Sarah Quell said the harvest was late.",
         [("person:sarah-quell", "person", None, "winemaker")]),
    ],
)
def test_actors_portfolios_namesakes_and_occupations(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # The outlet's country counts as named: its regions stay home when a namesake country
        # ("Santa Lucía", the river after "la del") is named too.
        ("es", "La represa de Casupá, en el departamento de Florida, costará US$ 140 millones. OSE mezcló agua del "
               "estuario con la del Santa Lucía.", "https://www.elpais.com.uy/informacion/x",
         [("location:casupa", "location", "URY"), ("location:florida", "location", "URY"),
          ("organization:ose", "organization", "URY"), ("location:santa-lucia", "location", "URY")]),
        # "en el Valle del Cauca": the town of that name in the region's country.
        ("es", "El alcalde de Florida, en el Valle del Cauca, Jairo Quelmero, inauguró un acueducto.",
         "https://www.eltiempo.com/colombia/x",
         [("location:florida", "location", "COL"), ("location:valle-del-cauca", "location", "COL"),
          ("person:jairo-quelmero", "person", "COL")]),
    ],
)
def test_actors_namesake_places_at_home(lang: str, text: str, url: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run_at(lang, text, url)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The office set off before a courtesy title ("Chief") is the role.
        ("en", "The National President of the Rice Farmers Association, Chief Bode Quelewale, said prices would rise.",
         [("organization:rice-farmers-association", "organization", None, None),
          ("person:bode-quelewale", "person", None, "national president of the Rice Farmers Association")]),
        # "Former" before the employer that comes before the title.
        ("en", "Former Bank of Thailand deputy governor Somchai Quelsert said the handout would do little.",
         [("organization:bank-of-thailand", "organization", "THA", None),
          ("person:somchai-quelsert", "person", None, "former deputy governor")]),
        # A one-word title that ends a body's name is a word of it.
        ("es", "El Comité Autónomo de la Regla Fiscal (Carf) advirtió que el costo subirá.",
         [("organization:comite-autonomo-de-la-regla-fiscal", "organization", None, None)]),
        # "Portos" heads a company's name.
        ("pt", "A Portos do Paraná informou ontem que a fila chegou a 72 navios.",
         [("organization:portos-do-parana", "organization", "BRA", None)]),
    ],
)
def test_actors_courtesy_former_and_bodies(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "Tren" heads a railway's name.
        ("es", "El Tren Maya suspendió el servicio.",
         [("organization:tren-maya", "organization", None, ["Tren Maya"])]),
        # "S&P 500" is a stock index, no mention of S&P Global; "S&P" alone is the agency.
        ("en", "The S&P 500 rose 1%. S&P cut the rating.",
         [("organization:s-p-global", "organization", None, ["S&P"])]),
        ("es", "La intendenta de Canelones, Graciela Quelarría, dijo que no.",
         [("person:graciela-quelarria", "person", "intendenta de Canelones", ["Graciela Quelarría"])]),
    ],
)
def test_actors_railways_indices_and_intendentas(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.role, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "Name, a farmer in Town, Region,": the region is no farmer, the name is the speaker.
        ("en", "Grace Quelbeki, a farmer in Ruiru, Kiambu, said her maize crop was gone.",
         [("person:grace-quelbeki", "person", None), ("location:ruiru", "location", None),
          ("location:kiambu", "location", None)]),
        # "Eng." is a courtesy before a name.
        ("en", "Director-General Eng. Amos Quelesa said the bridge would open.",
         [("person:amos-quelesa", "person", "director-general")]),
        ("en", "Kansanshi Copper Mines said on Monday it would cut jobs.",
         [("organization:kansanshi-copper-mines", "organization", None)]),
        # A paper named after its town.
        ("en", "A spokesperson told the Kisumu Times the plant would close.",
         [("organization:kisumu-times", "organization", None)]),
        ("en", "The Colombo Tea Traders' Association said prices rose.",
         [("organization:colombo-tea-traders-association", "organization", None)]),
    ],
)
def test_actors_described_names_courtesies_and_papers(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A town GeoNames knows, with a word no person's name has ("Rio"), though a given name opens it.
        ("pt", "A ferrovia vai ligar a cidade a Lucas do Rio Verde.",
         [("location:lucas-do-rio-verde", "location", ["Lucas do Rio Verde"])]),
        # The surname before a generational suffix is the same person.
        ("en", "Senator Manuel Quela Rosa Jr. said the ban was illegal. “We will go to court,” Quela Rosa told "
               "reporters.",
         [("person:manuel-quela-rosa-jr", "person", ["Manuel Quela Rosa Jr.", "Quela Rosa"])]),
        # A ministry's fields listed after a comma, one of them a body's name.
        ("es", "El Ministerio de Inclusión, Seguridad Social y Migraciones abrirá un centro.",
         [("organization:ministerio-de-inclusion-seguridad-social-y-migraciones", "organization",
           ["Ministerio de Inclusión, Seguridad Social y Migraciones"])]),
        # "Casa" heads a building's name.
        ("es", "El alcalde habló en una conferencia de prensa en la Casa Gris.",
         [("location:casa-gris", "location", ["Casa Gris"])]),
    ],
)
def test_actors_towns_suffixes_fields_and_houses(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


def test_actors_a_portfolio_that_ends_with_its_country() -> None:
    doc = run("es", "El ministro de Minas y Energía de Brasil, Renato Quelardo Lima, aseguró que su país respeta los "
                    "acuerdos.")
    assert [(a.actor_id, a.country) for a in doc._.actors] == [("country:bra", "BRA"),
                                                               ("person:renato-quelardo-lima", "BRA")]


def test_actors_an_acting_minister_of_listed_fields() -> None:
    doc = run("pt", "A ministra da Agricultura, Pecuária e Abastecimento em exercício, Renata Quelarte Pires, "
                    "disse que sim.")
    assert [(a.actor_id, a.role) for a in doc._.actors] == [
        ("person:renata-quelarte-pires", "ministra da Agricultura, Pecuária e Abastecimento em exercício")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A broadcaster's regional station, and a company's arm in another country, are one body.
        ("pt", "O presidente da associação disse à RTP Madeira que a frota não aguenta.",
         [("organization:rtp-madeira", "organization", "PRT", ["RTP Madeira"])]),
        ("es", "EDP España confirmó ayer que cerrará la central.",
         [("organization:edp-espana", "organization", "ESP", ["EDP España"])]),
    ],
)
def test_actors_regional_stations_and_arms_abroad(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country, [m.text for m in a.mentions]) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # A home story that names no other country: its people, bodies and streets are the
        # outlet's; a listed body of no nation (the IMF), one named above nations, and a person
        # whose title is such a body's keep none.
        ("es", "El gerente de Aguas del Quelmar, Rubén Quelmaro Paz, dijo que el FMI y el Banco "
               "Interamericano de Quelfomento no aportarán fondos. El representante del FMI, Jorge Quelter, calló.",
         "https://www.lagaceta.com.ar/nota/1/economia/x.html",
         [("person:ruben-quelmaro-paz", "ARG"),
          ("organization:international-monetary-fund", None),
          ("organization:banco-interamericano-de-quelfomento", None), ("person:jorge-quelter", None)]),
        ("en", "IMF Deputy Managing Director Lars Quelstrom said the Quelbridge Water Board had met its targets.",
         "https://www.thepress.co.nz/nz-news/1/x",
         [("organization:international-monetary-fund", None), ("person:lars-quelstrom", None),
          ("organization:quelbridge-water-board", "NZL")]),
        # A story set abroad, that never names the outlet's country: its people are of the
        # country its places name, three times as often as any other.
        ("pt", "Em Maputo, capital de Moçambique, e em Nampula, o presidente da Associação dos Quelmeiros, "
               "Abel Quelmane, pediu calma.", "https://www.publico.pt/2025/01/08/sociedade/x",
         [("location:maputo", "MOZ"), ("country:moz", "MOZ"), ("location:nampula", "MOZ"),
          ("organization:associacao-dos-quelmeiros", "MOZ"), ("person:abel-quelmane", "MOZ")]),
        # Two countries named as often: no one's country is guessed.
        ("en", "Ana Quelby met officials in Peru and in Chile.", "https://www.reuters.com/world/x",
         [("person:ana-quelby", None), ("country:per", "PER"), ("country:chl", "CHL")]),
    ],
)
def test_actors_a_story_set_in_one_country(lang: str, text: str, url: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run_at(lang, text, url)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A city of note, or a region of a country the article names, that does something.
        ("es", "Tucumán aporta casi el 60% del etanol de Argentina.",
         [("location:tucuman", "ARG"), ("country:arg", "ARG")]),
        ("en", "Christchurch will host the final.", [("location:christchurch", "NZL")]),
        ("pt", "No Brasil, Itaituba recebeu mais garimpeiros.", [("country:bra", "BRA"), ("location:itaituba", "BRA")]),
        # Not a surname, a region of a country the article does not name, part of a longer name,
        # or a word after a common noun.
        ("es", "Mendoza concentra el 70% de los envíos.", []),
        ("en", "Residents of the Bay of Quelty agreed.", []),
        ("pt", "A família Pádua perdeu tudo.", []),
    ],
)
def test_actors_a_place_that_opens_a_clause(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "A spokesperson for <title>, X": the spokesperson is unnamed, X holds the title.
        ("en", "A spokesperson for the Minister of Health, Wanjiru Quelmo-Otieno, said it was false.",
         [("person:wanjiru-quelmo-otieno", "minister of Health")]),
        # A portfolio with "and" runs up to the given name or the honorific, comma or not.
        ("en", "Minister for Fisheries and Aquaculture Development Kofi Quelmah-Boateng said the ban would hold.",
         [("person:kofi-quelmah-boateng", "minister for Fisheries and Aquaculture Development")]),
        # A place's affairs are the portfolio.
        ("en", "The Minister of State for Lagos Metropolitan Affairs, Mrs Bisi Quelmo-Cole, visited the site.",
         [("location:lagos", None), ("person:bisi-quelmo-cole", "minister of state for Lagos Metropolitan Affairs")]),
        # An office set off before a rank or a form of address is the role.
        ("en", "The managing director, Capt Daniel Quelptoo Rono, said plans were ready.",
         [("person:daniel-quelptoo-rono", "managing director")]),
        ("pt", "O presidente do Senado, senador Rodrigo Quelmo Andrade, disse que sim.",
         [("organization:senado", None), ("person:rodrigo-quelmo-andrade", "presidente do Senado")]),
    ],
)
def test_actors_offices_ranks_and_portfolios(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A body's seat after "na/en" is in the role; a posting "em <place>" is not.
        ("pt", "O deputado do Chega na Assembleia Legislativa da Madeira, Élvio Quelmo Martins, criticou a medida.",
         [("organization:chega", None), ("organization:assembleia-legislativa-da-madeira", None),
          ("person:elvio-quelmo-martins", "deputado do Chega na Assembleia Legislativa da Madeira")]),
        ("es", "El portavoz del PSIB-PSOE en el Parlament, Marc Quelmàs Sastre, consideró la medida insuficiente.",
         [("organization:psib-psoe", None), ("person:marc-quelmas-sastre", "portavoz del PSIB-PSOE en el Parlament")]),
        ("es", "El secretario general de UGT-FICA en Renault Valladolid, Luis Quelmo Carrasco, recordó el ERTE.",
         [("organization:ugt-fica", None), ("organization:renault", None), ("location:valladolid", None),
          ("person:luis-quelmo-carrasco", "secretario general de UGT-FICA en Renault Valladolid")]),
        # A field of a thing after "para"; a body's number; an administrator.
        ("es", "El ministro para Asuntos del Canal, Rodolfo Quelmena Vial, sostuvo que no.",
         [("person:rodolfo-quelmena-vial", "ministro para Asuntos del Canal")]),
        ("es", "El secretario general de la Sección 22, Eloy Quelmo Cruz, afirmó que no.",
         [("person:eloy-quelmo-cruz", "secretario general de la Sección 22")]),
        ("es", "El administrador de la ACP, Ernesto Quelmero Barría, explicó que no.",
         [("organization:acp", None), ("person:ernesto-quelmero-barria", "administrador de la ACP")]),
        # The speaker after an outlet told ("comentó a NVI Noticias X"); a bishop a hospital is named after.
        ("es", '"No hay clases", comentó a NVI Noticias Rosalba Quelmández.',
         [("organization:nvi-noticias", None), ("person:rosalba-quelmandez", None)]),
        ("es", "Según el Hospital Obispo Quelmírez, ingresaron 40 heridos.",
         [("organization:hospital-obispo-quelmirez", None)]),
    ],
)
def test_actors_seats_fields_and_named_bodies(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # The article's own outlet, named in its text, is of the outlet's country.
        ("es", "«Llegan menos personas», dijo Pedro Quelís Mora a La Nación.", "https://www.nacion.com/economia/x.html",
         [("person:pedro-quelis-mora", "CRI"), ("organization:la-nacion-cri", "CRI")]),
        # A place our tables lack that is a city of note at home names the home country: the
        # mayor and the minister are not of the country an earlier sentence named.
        ("en", "Crews left for jobs in Queensland, Australia. Auckland Mayor Wayne Quelbrown said "
               "Transport Minister Simeon Quelbrown had told Parliament.", "https://www.nzherald.co.nz/x",
         [("location:queensland", "AUS"), ("country:aus", "AUS"), ("location:auckland", "NZL"),
          ("person:wayne-quelbrown", "NZL"), ("person:simeon-quelbrown", "NZL"), ("organization:parliament", "NZL")]),
        # A country's name listed with a country's towns is that country's town of the name.
        ("es", "Hubo cortes en 42 colonias de Guadalupe, Apodaca y Escobedo, en Nuevo León.", "https://www.elnorte.com/x",
         [("location:guadalupe", "MEX"), ("location:apodaca", "MEX"), ("location:escobedo", "MEX"),
          ("location:nuevo-leon", "MEX")]),
        # ...also named short: The Guardian Nigeria as "The Guardian".
        ("en", "The commissioner, Kehinde Quelbakare, told The Guardian that the bridge would reopen.",
         "https://guardian.ng/news/x",
         [("person:kehinde-quelbakare", "NGA"), ("organization:the-guardian-nga", "NGA")]),
        # Any listed outlet of two words or more is a body, not the place or person its words name,
        # with or without its article; not when its last word runs on into a longer name.
        ("pt", "A comerciante Rosa Quelbuquerque disse ao Estado de Minas que a loja fechou.",
         "https://www.quelnews.com.br/x",
         [("person:rosa-quelbuquerque", "BRA"), ("organization:estado-de-minas", "BRA")]),
        ("en", "Mr Allan Quelkato told Daily Monitor that he told the Arizona Republic too.", "https://www.quelnews.com/x",
         [("person:allan-quelkato", None), ("organization:daily-monitor", "UGA"),
          ("organization:the-arizona-republic", "USA")]),
        ("pt", "O presidente da Federação da Agricultura do Estado de Minas Gerais (Faemg) falou.",
         "https://www.quelnews.com.br/x",
         [("organization:federacao-da-agricultura-do-estado-de-minas-gerais", "BRA")]),
        # (a place with a place's last word is no short form of the outlet named after it)
        ("en", "Homeowners across Tampa Bay are bracing, the Tampa Bay Times reported.", "https://www.tampabay.com/x",
         [("location:tampa-bay", "USA"), ("organization:tampa-bay-times", "USA")]),
        # A "person" who is a town of the story's country is the town: a city of note anywhere,
        # a smaller town after "in"; not one who speaks or has a title.
        ("en", '"Adelaide will be fine," Premier Tom Quelly said. Adelaide\'s water is low.',
         "https://www.adelaidenow.com.au/x", [("location:adelaide", "AUS"), ("person:tom-quelly", "AUS")]),
        ("en", "Flooding was reported in Diego Martin, police said.", "https://trinidadexpress.com/x",
         [("location:diego-martin", "TTO")]),
        ("en", "Streets flooded in Port of Spain, Diego Martin and San Juan.", "https://trinidadexpress.com/x",
         [("location:port-of-spain", "TTO"), ("location:diego-martin", "TTO"), ("location:san-juan", "TTO")]),
        ("en", "Adelaide said she was fine.", "https://www.adelaidenow.com.au/x", [("person:adelaide", "AUS")]),
        # An official gazette a story's country shares the name of.
        ("pt", "O despacho foi publicado no Diário da República, em Luanda.", "https://www.novojornal.co.ao/x",
         [("organization:diario-da-republica", "AGO"), ("location:luanda", "AGO")]),
        # A river named first keeps its name's later mentions off the island of that name.
        ("pt", "Uma balsa afundou no rio Madeira. A hidrovia do Madeira liga Rondônia ao Amazonas.",
         "https://www.quelnews.com.br/x",
         [("location:madeira", "BRA"), ("location:rondonia", "BRA"), ("location:amazonas", "BRA")]),
        # A street named after a town is in the story's town.
        ("en", "Traffic on Madras Street in central Christchurch was closed.", "https://www.thepress.co.nz/x",
         [("location:madras-street", "NZL"), ("location:christchurch", "NZL")]),
        # A capital before a thing of the city is the city, not its government.
        ("en", "The trains could not cope with an Ottawa winter, Mayor Tom Quelroche said.",
         "https://ottawacitizen.com/news/x", [("location:ottawa", "CAN"), ("person:tom-quelroche", "CAN")]),
    ],
)
def test_actors_outlets_gazettes_rivers_and_streets(lang: str, text: str, url: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run_at(lang, text, url)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A given name that is a weekday's, after a title; the speaker before "a" and an outlet.
        ("es", "En Victoria, el intendente Domingo Quelrieta se mostró preocupado.",
         [("location:victoria", None), ("person:domingo-quelrieta", "intendente")]),
        ("es", '"Seguimos recibiendo familias", dijo Quelríguez a LISTÍN DIARIO.',
         [("person:quelriguez", None), ("organization:listin-diario", None)]),
        # A place whose name opens with a stop word; a party and district tag; a sea.
        ("es", "Llueve en las provincias de Santa Fe y Entre Ríos.",
         [("location:santa-fe", None), ("location:entre-rios", None)]),
        ("en", "Rep. Darnell Quelenot, D-New Orleans, argued that families could not pay.",
         [("person:darnell-quelenot", "representative")]),
        ("en", "Acting Commissioner of Police Marlon Quelptiste said on Sunday that arrests were made.",
         [("organization:police", None), ("person:marlon-quelptiste", "acting commissioner of Police")]),
    ],
)
def test_actors_weekday_names_outlets_tags_and_leading_words(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors] == expected


def test_actors_a_sea_is_no_country_s() -> None:
    doc = run_at("pt", "O porto de Sines perdeu tráfego devido às rotas do mar Vermelho, disse o gestor Rui Quelneves.",
                 "https://www.publico.pt/2025/x")
    assert [(a.actor_id, a.country) for a in doc._.actors] == [
        ("location:sines", "PRT"), ("location:vermelho", None), ("person:rui-quelneves", "PRT")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A nationality between a rank and a title, or set off after a title, leaves the role.
        ("en", "Cargo had tripled, Ugandan State Minister for Transport Moses Quelloko said.",
         [("person:moses-quelloko", "UGA", "minister for transport")]),
        ("pt", "O director-executivo da PSA Sines, o singapurense Lim Wei Quelm, afirmou que sim.",
         [("person:lim-wei-quelm", "SGP", "director-executivo da PSA Sines")]),
    ],
)
def test_actors_nationalities_by_titles(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country, a.role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "responsable de <field> de <body>, X" is X's role; a body's sources name the body.
        ("es", '"Hemos puesto 14 denuncias", indicó el responsable de Salud Laboral de CCOO Aragón, Luis Quelasco.',
         [("organization:comisiones-obreras", None), ("location:aragon", None),
          ("person:luis-quelasco", "responsable de Salud Laboral de CCOO Aragón")]),
        ("es", "Fuentes de Quelndesa confirmaron que unos 3.500 clientes se quedaron sin luz.",
         [("organization:quelndesa", None)]),
    ],
)
def test_actors_officers_and_a_body_s_sources(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # An office, then a military rank, then the name: the office is the role.
        ("Mongla Port Authority Chairman Rear Admiral Kamrul Quelsan said the fire was contained.",
         [("person:kamrul-quelsan", "Chairman")]),
        ("Chief of Army Staff General Asim Quelnir said so.", [("person:asim-quelnir", "Chief of Army Staff")]),
        ("Rear Admiral Kamrul Quelsan said so.", [("person:kamrul-quelsan", "Rear Admiral")]),
    ],
)
def test_actors_an_office_before_a_rank(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.mentions[0].role) for a in run("en", text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A title, then a form of address, then the name: the title is the role; "Cr" (a
        # councillor) is a form of address, so "Cr X" is the mayor named before.
        ("Town Clerk Mr Lovemore Quelbanda said the schedule would change.",
         [("person:lovemore-quelbanda", ["Town Clerk"])]),
        ("The city's chief administrative officer, Ellen Quelvelli, said the city would gain.",
         [("person:ellen-quelvelli", ["chief administrative officer"])]),
        ("Cairns Mayor Diane Quelraro spoke. “We cannot lose them,” Cr Quelraro told reporters.",
         [("person:diane-quelraro", ["Mayor", None])]),
        # A plural of a head word opening a sentence is no body: "Industries in Gweru".
        ("Industries in Quelweru have also been affected, the mayor said.", []),
    ],
)
def test_actors_forms_of_address_after_titles_and_plural_heads(text: str, expected: list[tuple]) -> None:
    doc = run("en", text)
    assert [(a.actor_id, [m.role for m in a.mentions]) for a in doc._.actors
            if a.type in ("person", "organization")] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An office set off before an article, a rank or a trade and the name: the office is the role.
        ("es", "El gerente general de la compañía, el ingeniero chileno Rodrigo Quelraín Echeverría, habló.",
         [("person:rodrigo-quelrain-echeverria", "gerente general")]),
        ("es", "El director general de Tren Quelya, el general Óscar Quelnítez Salgado, habló.",
         [("person:oscar-quelnitez-salgado", "director general de Tren Quelya")]),
        ("pt", "O presidente da câmara, o engenheiro João Quelmar, falou.", [("person:joao-quelmar", "presidente")]),
        ("es", "El ingeniero Juan Quelpe habló.", [("person:juan-quelpe", "ingeniero")]),
        # (not an office of its own after the comma)
        ("es", "Del lado empresario, el presidente de la CAABPA, Eduardo Quelbín Rocca, sostuvo que no.",
         [("person:eduardo-quelbin-rocca", "presidente de la CAABPA")]),
    ],
)
def test_actors_an_office_set_off_before_a_rank_or_trade(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.mentions[0].role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "Alto", "Upper" before a place GeoNames knows name a region of it, not a person.
        ("es", "La floración en el Alto Piura fue baja.", [("location:alto-piura", "location")]),
        ("en", "Trekking in Upper Mustang grew.", [("location:upper-mustang", "location")]),
    ],
)
def test_actors_a_high_or_low_part_of_a_place(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run(lang, text)._.actors] == expected


def test_actors_a_town_of_several_words_after_a_title() -> None:
    # "El alcalde de San Pedro Sula" is the town's mayor, unnamed: not the town "San" and a mayor "Pedro Sula".
    doc = run("es", "El alcalde de San Pedro Sula anunció el viernes un programa.")
    assert [(a.actor_id, a.type, a.country) for a in doc._.actors] == [
        ("location:san-pedro-sula", "location", "HND")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Chile's regional secretaries, Spain's sub-delegates and a cathedral's dean are titles.
        ("El seremi de Transportes, Patricio Quelvera Contreras, estimó que no.", "seremi de Transportes"),
        ("La subdelegada del Gobierno en Huelva, Rosario Quelbello Marín, visitó la zona.",
         "subdelegada del Gobierno en Huelva"),
        ("El deán de la Catedral, Xosé Manuel Quelriño Lema, presentó el plan.", "deán de la Catedral"),
    ],
)
def test_actors_regional_and_church_titles(text: str, expected: str) -> None:
    assert [a.role for a in run("es", text)._.actors if a.type == "person"] == [expected]


def test_actors_a_country_listed_with_countries_is_no_namesake_town() -> None:
    # "França" listed with Spain and Brazil is France, not the Brazilian town Franca.
    doc = run("pt", "A exportação para Espanha, França e Brasil está comprometida.")
    assert [(a.actor_id, a.type) for a in doc._.actors] == [
        ("country:esp", "country"), ("country:fra", "country"), ("country:bra", "country")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A capital listed with a foreign city keeps its country: no far smaller namesake takes it.
        ("Las empresas viajarán a ferias en Madrid y Bogotá.",
         [("location:madrid", "ESP"), ("location:bogota", "COL")]),
        ("En Caracas, Maracaibo y Valencia hubo protestas.",
         [("location:caracas", "VEN"), ("location:maracaibo", "VEN"), ("location:valencia", "VEN")]),
    ],
)
def test_actors_listed_cities_and_their_namesakes(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run("es", text)._.actors] == expected


def test_actors_a_portfolio_with_its_province_s_adjective() -> None:
    doc = run("es", "El ministro de Energía y Recursos Naturales neuquino, Hernán Quelroga Bustos, sostuvo que no.")
    assert [(a.actor_id, a.role) for a in doc._.actors] == [
        ("person:hernan-quelroga-bustos", "ministro de Energía y Recursos Naturales neuquino")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A capitalised stop word after a capitalised word inside a body's name is the name's own.
        ("The Botswana Mine Workers Union said 300 jobs were at risk.",
         [("organization:botswana-mine-workers-union", "BWA")]),
        # Opening the sentence it is not: "Former" is left out of the party.
        ("Former Labour Party leader Quel Smith said so.",
         [("organization:labour-party", "GBR"), ("person:quel-smith", None)]),
    ],
)
def test_actors_a_stop_word_inside_a_name(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A body whose name opens with its country's is the title's: the holder gets the whole role.
        ("The chief executive of the Botswana Chamber of Mines, Quelani Dube, said output fell.",
         [("person:quelani-dube", "chief executive of the Botswana Chamber of Mines", "BWA")]),
        ("Quel Waweru, the chief of the Kenya Wildlife Service, said so.",
         [("person:quel-waweru", "chief of the Kenya Wildlife Service", "KEN")]),
    ],
)
def test_actors_a_title_of_a_body_named_by_its_country(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.mentions[0].role, a.country) for a in run("en", text)._.actors
            if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A portfolio's level of government after it, the places a post is for, a portfolio after
        # the place a title is of: the holder set off after them gets the title.
        ("es", "El secretario de Obras Públicas local, Martín Quelguirre, dijo que la obra empezará en mayo.",
         [("person:martin-quelguirre", "secretario de Obras Públicas local")]),
        ("es", "La directora de Ryanair para España y Portugal, Elena Quelbrera, explicó que crecerá.",
         [("person:elena-quelbrera", "directora de Ryanair para España y Portugal")]),
        ("pt", "O vice-governador do Huambo para o Sector Económico, Mário Queltomás, reuniu-se com os padeiros.",
         [("person:mario-queltomas", "vice-governador")]),
        ("es", "El vicealcalde de Matagalpa, Norman Quelcastillo, dijo que llovió.",
         [("person:norman-quelcastillo", "vicealcalde de Matagalpa")]),
        # English: a body's plural possessive and its abbreviation; fields joined by "and"
        # with an unlisted word before a listed one.
        ("en", "The Chief Executive Officer of the Ghana Shippers' Authority (GSA), Ms Abena Quelansah, said so.",
         [("person:abena-quelansah", "Chief Executive Officer of the Ghana Shippers' Authority (GSA)")]),
        ("en", "Minister of Mines and Minerals Development Chanda Quelbwalya said output would rise.",
         [("person:chanda-quelbwalya", "Minister of Mines and Minerals Development")]),
        ("en", "Minister of Lands and Natural Resources Chanda Quelbwalya said it.",
         [("person:chanda-quelbwalya", "Minister of Lands and Natural Resources")]),
        ("en", "Builder Tom Quelreid said work had dried up.", [("person:tom-quelreid", None)]),
    ],
)
def test_actors_titles_with_their_levels_places_and_fields(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.mentions[0].role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A capital listed after cities of note, after another place with "or", or at the end of a
        # route from a place is the city, not its government.
        ("es", "Abrirá conexiones con Marrakech, Oporto, Bari y Estocolmo en marzo.",
         [("location:estocolmo", "location", "SWE")]),
        ("en", "Farmers sell to middlemen in Nairobi or Kampala.",
         [("location:nairobi", "location", "KEN"), ("location:kampala", "location", "UGA")]),
        ("es", "Habrá rutas desde Girona a Estocolmo en marzo.",
         [("location:girona", "location", "ESP"), ("location:estocolmo", "location", "SWE")]),
        # Capitals alone in a list are still their governments.
        ("es", "Washington, Moscú y Pekín respondieron.",
         [("country:usa", "country", "USA"), ("country:rus", "country", "RUS"), ("country:chn", "country", "CHN")]),
    ],
)
def test_actors_capitals_listed_with_cities_or_on_a_route(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


def test_actors_a_town_named_with_its_article_after_other_towns() -> None:
    # "El Congo" listed with towns is a town where they are, not the Congo (with no outlet, of no
    # country known).
    doc = run("es", "Reúne a productores de los municipios de Santa Ana, Chalchuapa y El Congo, en el occidente.")
    assert [(a.actor_id, a.type, a.country) for a in doc._.actors] == [
        ("location:santa-ana", "location", None), ("location:chalchuapa", "location", None),
        ("location:el-congo", "location", None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A known body inside a longer name is the longer name's: not the federal State Department.
        ("The Ohio State Department of Transportation said roads were closed.",
         [("organization:ohio-state-department-of-transportation", "organization", "USA")]),
        ("The State Department said it was aware.", [("organization:state-department", "organization", "USA")]),
        # "B.C." is British Columbia, but after a year it is an era.
        ("The mayor will ask B.C. for help.", [("location:british-columbia", "location", "CAN")]),
        ("The temple was built in 300 B.C. by farmers.", []),
        # "Greater" before a town GeoNames knows is a region of it, not a person.
        ("Greater Geelong mayor Paula Quelkontos said so.",
         [("location:greater-geelong", "location", None), ("person:paula-quelkontos", "person", None)]),
    ],
)
def test_actors_longer_names_eras_and_greater_towns(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A farm named after a lower-case farm noun is a place, in no namesake town's country.
        ("pt", "Na fazenda Boa Esperança o produtor contratou oito trabalhadores.",
         [("location:boa-esperanca", "location", None)]),
        ("es", "En la finca San Miguelito faltan cortadores.", [("location:san-miguelito", "location", None)]),
    ],
)
def test_actors_a_farm_is_a_place_of_its_own(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # Foreign countries named once each, in passing, leave a home story at home.
        ("en", "Motueka grower Hamish Quelsell said he had 48 workers from Vanuatu and Samoa this year.",
         "https://www.stuff.co.nz/business/x",
         [("person:hamish-quelsell", "NZL"), ("country:vut", "VUT"), ("country:wsm", "WSM")]),
        ("pt", "O presidente da Associação Agrícola de Queltiba, Renan Quelcappi, disse que a Prefeitura vai "
               "distribuir mudas. O clima daqui é parecido com o da Argentina e do Chile.",
         "https://www.jj.com.br/x",
         [("organization:associacao-agricola-de-queltiba", "BRA"), ("person:renan-quelcappi", "BRA"),
          ("organization:prefeitura", "BRA"), ("country:arg", "ARG"), ("country:chl", "CHL")]),
    ],
)
def test_actors_countries_named_in_passing_in_a_home_story(lang: str, text: str, url: str,
                                                           expected: list[tuple]) -> None:
    assert [(a.actor_id, a.country) for a in run_at(lang, text, url)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A post's adjective before its field, and the place where a post is held, are the role's.
        ("es", "El delegado territorial de Agricultura en Córdoba, Ramón Quelgil, explicó que sí.",
         [("person:ramon-quelgil", "delegado territorial de Agricultura en Córdoba")]),
        # (a title inside the role before it is no role of its own: "cónsul [general]")
        ("es", "El cónsul general del Perú en Arica, Manuel Quelfarfán, dijo que sí.",
         [("person:manuel-quelfarfan", "cónsul general")]),
    ],
)
def test_actors_posts_held_in_a_place(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.mentions[0].role) for a in run(lang, text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A capital listed with a town after "e da", or after a verb of flying, is the city.
        ("pt", "A maior parte dos clientes vem de Maputo e da Beira.",
         [("location:maputo", "location", "MOZ"), ("location:beira", "location", "MOZ")]),
        ("es", "La aerolínea comenzará a volar a Madrid y a Bogotá en marzo.",
         [("location:madrid", "location", "ESP"), ("location:bogota", "location", "COL")]),
    ],
)
def test_actors_capitals_after_e_da_and_flying(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # One unseen word after a definite article is a place when GeoNames or ISO 3166-2 knows it ...
        ("pt", "Os criadores da Huíla protestaram contra o preço.", [("location:huila", "location", None)]),
        ("pt", "A estrada entre o Sumbe e a Gabela está em mau estado.",
         [("location:sumbe", "location", "AGO"), ("location:gabela", "location", "AGO")]),
        ("es", "Los cafeteros del Tolima protestaron.", [("location:tolima", "location", "COL")]),
        # ... not when it is a common word, when a longer name goes on, or when it was told to
        ("pt", "A Serra gaúcha está em plena vindima.", []),
        ("pt", "Assinaram um pré-contrato com a Atlantis H2 Quelbrás.", []),
        ("pt", "Foi o que afirmou o vereador à Reconquista ontem.", []),
    ],
)
def test_actors_place_after_an_article(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A field in lower case between a title and its body, or its holder, is the role's.
        ("es", "Carlos Quelmo, gerente de ventas de Lácteos Quelán, informó que subirán los precios.",
         [("person:carlos-quelmo", "gerente de ventas de Lácteos Quelán")]),
        ("pt", "O diretor de marketing da Quelmar, João Quelino, disse que sim.",
         [("person:joao-quelino", "diretor de marketing da Quelmar")]),
        ("es", "El jefe de prensa, Carlos Quelmo, informó que sí.", [("person:carlos-quelmo", "jefe de prensa")]),
        # (not the body's noun with its article: "presidente del organismo" is its president)
        ("es", "El presidente del organismo, Elvis Quelmoso, no ha publicado.",
         [("person:elvis-quelmoso", "presidente")]),
        # A region after a body's name is its office's: "Senapred Ñuble".
        ("es", "El director regional de Senapred Ñuble, Patricio Quelmo Sandoval, dijo que sí.",
         [("person:patricio-quelmo-sandoval", "director regional de Senapred Ñuble")]),
        # A place hit that is a given name goes on a name: "Francisco Wellington Aragão".
        ("pt", "Segundo o gerente, Francisco Wellington Aragão, as vagas são novas. “Não”, explicou Aragão.",
         [("person:francisco-wellington-aragao", "gerente")]),
        # An English noun of a place before a title after "said" is the title's field, no place.
        ("en", '"People want to see the glow," said park Superintendent Keola Quelani.',
         [("person:keola-quelani", "superintendent")]),
    ],
)
def test_actors_fields_offices_and_given_name_places(lang: str, text: str, expected: list[tuple]) -> None:
    doc = run(lang, text)
    assert [(a.actor_id, a.role) for a in doc._.actors if a.type == "person"] == expected
    assert all(a.type != "location" for a in doc._.actors)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A town GeoNames knows, in title case before a full stop that opens the story, is its dateline.
        ("es", "Neiva. Cuatro personas murieron.", [("location:neiva", "location", "COL")]),
        # ... and so before its region and a dash.
        ("es", "Ensenada, B.C.- Los productores iniciaron la vendimia.",
         [("location:ensenada", "location", "MEX"), ("location:british-columbia", "location", "CAN")]),
        # "Alberta" is a given name too, but opens no name before a title.
        ("en", "Alberta Premier's office said Thursday that centres would open.",
         [("location:alberta", "location", "CAN")]),
        # A Peruvian "jirón" is a street: no region of the name.
        ("es", "Cortaron el tránsito en el jirón Ayacucho.", [("location:ayacucho", "location", None)]),
    ],
)
def test_actors_title_case_datelines_and_streets(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # One unseen word GeoNames knows as a town of the outlet's country is that town, wherever it stands.
        ("en", "Geraldton's lobster fishers are preparing for the season.", "https://thewest.com.au/news/x",
         [("location:geraldton", "AUS")]),
        ("en", "She runs two boats out of Geraldton, the skipper Kylie Quelton said.", "https://thewest.com.au/news/x",
         [("location:geraldton", "AUS"), ("person:kylie-quelton", "AUS")]),
        # (not without an outlet's country)
        ("en", "Geraldton's lobster fishers are preparing for the season.", None, []),
        # A home story's town of note abroad is the home town of the name, unless it is a capital.
        ("es", "Badajoz. La Junta firmó ayer en Mérida el acuerdo.", "https://www.hoy.es/badajoz/x",
         [("location:badajoz", "ESP"), ("organization:junta", "ESP"), ("location:merida", "ESP")]),
        ("en", "The Prime Minister will attend a NATO summit in Washington, officials in London said.",
         "https://www.bbc.co.uk/news/x",
         [("organization:nato", None), ("location:washington", "USA"), ("location:london", "GBR")]),
    ],
)
def test_actors_home_towns_and_home_namesakes(lang: str, text: str, url: str | None, expected: list[tuple]) -> None:
    doc = process_text(text, lang, article=Article(input_id="t", text=text, url=url, language=lang))
    assert [(a.actor_id, a.country) for a in doc._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A newspaper's name opens with its kind: "Diário", "Gazeta", "Correio", "Tribuna".
        ("pt", "“Está excelente”, contou o gerente Rogério Quelmes ao Diário Popular.",
         [("person:rogerio-quelmes", "person"), ("organization:diario-popular", "organization")]),
        ("pt", "“Estamos mal”, afirmou Quelmo à Tribuna do Norte.",
         [("person:quelmo", "person"), ("organization:tribuna-do-norte", "organization")]),
        # A Spanish present that opens a sentence, then its subject with an article.
        ("es", "Participan el Gobierno Regional y la cámara.", [("organization:gobierno-regional", "organization")]),
        ("es", "Villa el Salvador tiene agua.", [("location:villa-el-salvador", "location")]),
    ],
)
def test_actors_newspapers_and_opening_presents(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run(lang, text)._.actors] == expected


def test_actors_a_city_that_accounts_for_a_share_is_no_speaker() -> None:
    text = ("A indústria de alimentos de Marília cresceu. O Ciesp tem sede em Marília. "
            "Marília respondeu por 6% do total.")
    doc = process_text(text, "pt", article=Article(input_id="t", text=text, language="pt",
                                                   url="https://www.jornaldamanhamarilia.com.br/x"))
    assert [(a.actor_id, a.country, len(a.mentions)) for a in doc._.actors if "marilia" in a.actor_id] == [
        ("location:marilia", "BRA", 3)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Initials in brackets that spell more words than the name before them reach back to its start.
        ("en", "Students prepare for the National Eligibility cum Entrance Test (NEET) every year.",
         [("organization:national-eligibility-cum-entrance-test", "organization", None)]),
        ("es", "Se construirá el oleoducto Vaca Quelta Oil Sur (VQOS) este año.",
         [("organization:vaca-quelta-oil-sur", "organization", None)]),
        # An airport or a harbour after a known place is a place of its own.
        ("en", "Flights to Perth Airport were delayed.", [("location:perth-airport", "location", "AUS")]),
    ],
)
def test_actors_initials_that_reach_back_and_place_tails(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type, a.country) for a in run(lang, text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A portfolio after a clause's "and"; police ranks with their grade.
        ("The boats were handed over, and Northern Regional Minister Abdul Quelni agreed.",
         [("person:abdul-quelni", "northern regional minister")]),
        ("Senior Sergeant Kevin Quelton said the road was closed.", [("person:kevin-quelton", "senior sergeant")]),
    ],
)
def test_actors_english_portfolios_after_and_and_police_ranks(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.role) for a in run("en", text)._.actors if a.type == "person"] == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # A country's name written as a town of the home country, after a noun of a town, is that town.
        ("es", "El aeropuerto de Liberia movilizó 1,26 millones de pasajeros.", "https://www.laprensalibre.cr/x",
         [("location:liberia", "CRI")]),
        # ... after a facility's name and "in", or joined by "and" to a town of the home country.
        ("es", "El Aeropuerto Internacional Quel Oduber, en Liberia, movilizó 1,2 millones de pasajeros.",
         "https://www.laprensalibre.cr/x", [("location:aeropuerto-internacional-quel-oduber", "CRI"),
                                            ("location:liberia", "CRI")]),
        ("es", "La ruta entre Liberia y Nicoya está cerrada.", "https://www.laprensalibre.cr/x",
         [("location:liberia", "CRI"), ("location:nicoya", "CRI")]),
        # Not when the other name is written as a country.
        ("es", "Costa Rica enviará ayuda a Liberia y Guinea.", "https://www.laprensalibre.cr/x",
         [("country:cri", "CRI"), ("country:lbr", "LBR"), ("country:gin", "GIN")]),
        ("es", "Israel atacó el sur de Líbano.", "https://www.eltiempo.com/x",
         [("country:isr", "ISR"), ("country:lbn", "LBN")]),
        # A town after a place noun and a demonym is in the demonym's country.
        ("es", "El comercio entre Cobija y la ciudad brasileña de Brasiléia cayó.", "https://www.eldeber.com.bo/x",
         [("location:cobija", "BOL"), ("location:brasileia", "BRA")]),
        # A body, then its minister's name, after "Minister of State at the": two names.
        ("en", "Minister of State at the Department of Transport Seán Quelnan said it would be examined.",
         "https://www.irishexaminer.com/x",
         [("organization:department-of-transport", "IRL"), ("person:sean-quelnan", "IRL")]),
    ],
)
def test_actors_country_named_towns_demonym_places_and_bodies_before_names(
        lang: str, text: str, url: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang, article=Article(input_id="t", text=text, url=url, language=lang))
    assert [(a.actor_id, a.country) for a in doc._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The staff's workplace after "at", and a company that says it will, are bodies.
        ("en", "Analysts at Forsyth Quelbarr estimated the deal, while Rio Tinto announced it would keep the plant.",
         [("organization:forsyth-quelbarr", "organization"), ("organization:rio-tinto", "organization")]),
        ("en", "Some farmers at Sefwi Quelso, however, were sceptical.", [("location:sefwi-quelso", "location")]),
        # Customs, sugar mills and brotherhoods are bodies.
        ("es", "La Aduana Nacional informó que decomisó botellas, y el Ingenio San Quelmo contrató cortadores.",
         [("organization:aduana-nacional", "organization"), ("organization:ingenio-san-quelmo", "organization")]),
        # A body opened by a demonym after a title's "of"; initials reaching back over a country.
        ("en", "The chief executive of Australian Quelsteel Products, Tania Quelbald, said it was fine.",
         [("person:tania-quelbald", "person")]),
        ("en", "New Zealand Quelminium Smelters (NZQS) chief executive Angus Quelford said so.",
         [("organization:new-zealand-quelminium-smelters", "organization"), ("person:angus-quelford", "person")]),
    ],
)
def test_actors_workplaces_customs_and_demonym_bodies(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run(lang, text)._.actors] == expected


def test_actors_former_before_a_country_and_a_title() -> None:
    doc = run("en", "Former Sri Lanka captain Kumar Quelsekara said it was fine.")
    assert [(m.text, m.role) for a in doc._.actors if a.type == "person" for m in a.mentions] == [
        ("Kumar Quelsekara", "Former Sri Lanka captain")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A name that ends in a geographic or facility word is a place; a given name before it,
        # speaking, makes a person of it.
        ("The Quelruma Hydropower Plant, near Gulu, was commissioned.",
         [("location:quelruma-hydropower-plant", "location"), ("location:gulu", "location")]),
        ("Visitors watched the Quelhutu Geyser near Red Cliffs.",
         [("location:quelhutu-geyser", "location"), ("location:red-cliffs", "location")]),
        ("Robert Quelplant said it was fine, and Robert Plant said so.",
         [("person:robert-quelplant", "person"), ("person:robert-plant", "person")]),
        ("Tourists flock to Grace Bay.", [("location:grace-bay", "location")]),
        # A common plural opening a sentence is no team and no body.
        ("Packers are feeling the pinch. Crews reported smoke near Quelooet.",
         [("location:quelooet", "location")]),
        ("Democrats said no.", [("organization:democratic-party", "organization")]),
        # A title word after "for" inside a body's name, and a place's body named with "of".
        ("The Quel Movement for Justice and Development (QMJD) said so.",
         [("organization:quel-movement-for-justice-and-development", "organization")]),
        ("The Bay of Quelty Regional Council approved it.",
         [("organization:bay-of-quelty-regional-council", "organization")]),
    ],
)
def test_actors_places_by_their_last_word_common_plurals_and_bodies_with_for(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A title word after "de" in a body's name is a word of that name; one after a full name
        # is a surname.
        ("La Asociación de Productores de Papa de Quelño pidió ayuda.",
         [("organization:asociacion-de-productores-de-papa-de-quelno", "organization")]),
        ("Lo avisó el sindicalista Antón Quelzas Rey.", [("person:anton-quelzas-rey", "person")]),
        ("Juan Quélez Presidente de la Cámara habló.",
         [("person:juan-quelez", "person"), ("organization:camara", "organization")]),
    ],
)
def test_actors_title_words_inside_body_names_and_surnames(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("es", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A place that opens the sentence after "Em" is no body its apposition describes.
        ("Em Quelnop, a cooperativa Quelnorte inaugurou silos.",
         [("location:quelnop", "location"), ("organization:quelnorte", "organization")]),
        # "Vila" opens a place's name; the CPLP is listed.
        ("Moradora da comunidade Vila Quelcar, ela saiu.", [("location:vila-quelcar", "location")]),
        ("A Comunidade dos Países de Língua Portuguesa (CPLP) reuniu-se.",
         [("organization:community-of-portuguese-language-countries", "organization")]),
        # A producer who speaks is a person; a producer that launches a film, a company.
        ("A produtora Fatumata Quelnta Embaló disse que vendeu framboesa.",
         [("person:fatumata-quelnta-embalo", "person")]),
        ("A produtora Conspiração Quelmes lançou o filme.", [("organization:conspiracao-quelmes", "organization")]),
    ],
)
def test_actors_places_after_em_villages_and_producers(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("pt", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # An Indian district's collector is a title; a body opened by a place's name ends a role.
        ("Collector R. Quelvind Kumar said the proposal was sent.", [("R. Quelvind Kumar", "Collector")]),
        ("Ravi Quelpa, general secretary of the Assam Tea Workers Union, said rain was needed.",
         [("Ravi Quelpa", "general secretary of the Assam Tea Workers Union"), ("Assam Tea Workers Union", None)]),
    ],
)
def test_actors_collectors_and_bodies_opened_by_places(text: str, expected: list[tuple]) -> None:
    assert [(m.text, m.role) for a in run("en", text)._.actors for m in a.mentions] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The level of government written after a title's body stays in the role.
        ("es", "El secretario de Economía del estado, Raúl Quelbarra, dijo que sí.",
         [("Raúl Quelbarra", "secretario de Economía del estado")]),
        ("pt", "O secretário da Fazenda do estado, Quel Lima, disse que sim.",
         [("Quel Lima", "secretário da Fazenda do estado")]),
    ],
)
def test_actors_roles_keep_their_jurisdiction(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(m.text, m.role) for a in run(lang, text)._.actors for m in a.mentions] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A word written before "-based" is a place's, so it makes no surname of a place's name.
        ("Farmer Ama Quelsu, from New Queljuaben, said so. \"Prices will fall,\" said Queljuaben-based trader "
         "Kwabena Asare.",
         [("person:ama-quelsu", "person"), ("location:new-queljuaben", "location"),
          ("location:queljuaben", "location"), ("person:kwabena-asare", "person")]),
        # A name after "in <known place> and" is another place, not the one who told.
        ("Traders in Tema and Quelman Newtown told the paper that prices had fallen.",
         [("location:tema", "location"), ("location:quelman-newtown", "location")]),
        # An occupation opening the sentence before a given name is no part of the name.
        ("Exporter Hamisi Quelmo said prices will fall.", [("person:hamisi-quelmo", "person")]),
        # Two names each ending in a head or a company's word are two bodies.
        ("Quelddha Air and Quelti Airlines fly daily.",
         [("organization:quelddha-air", "organization"), ("organization:quelti-airlines", "organization")]),
        ("The Royal Bank and Trust Company said so.",
         [("organization:royal-bank-and-trust-company", "organization")]),
    ],
)
def test_actors_based_places_place_lists_occupations_and_two_bodies(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # One lower-case field before an English minister's or critic's title is its portfolio.
        ("Union textiles minister Rakesh Quelma said the Centre was watching.", "textiles minister"),
        ("NDP health critic Joan Quelke said so.", "health critic"),
        ("The former minister Quel Jones said so.", "former minister"),
    ],
)
def test_actors_one_field_before_a_title(text: str, expected: str) -> None:
    assert [m.role for a in run("en", text)._.actors if a.type == "person" for m in a.mentions] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A name opened by its article mid-sentence names a place or a body, no person.
        ("Se alojaron 300.000 turistas en La Quelmera y El Quelrro.",
         [("location:la-quelmera", "location"), ("location:el-quelrro", "location")]),
        ("El diario La Quelnación publicó la nota.", [("organization:la-quelnacion", "organization")]),
    ],
)
def test_actors_names_opened_by_an_article(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("es", text)._.actors] == expected


def test_actors_an_unknown_outlet_is_at_home_where_its_dateline_is() -> None:
    # A city of millions is its own country's however often the story names another, and an
    # outlet we cannot place is at home where it files from.
    text = ("NAGPUR, Dec 1\n\nOrange exports to Bangladesh fell after Dhaka raised duties, Bangladesh said. "
            "Quelesh Patil of the State Agriculture Department said fewer trucks leave for Bangladesh.")
    doc = process_text(text, "en", article=Article(input_id="t", text=text, url="https://www.quelnews.com/x",
                                                   language="en"))
    assert [(a.actor_id, a.country) for a in doc._.actors] == [
        ("location:nagpur", "IND"), ("country:bgd", "BGD"), ("person:quelesh-patil", None),
        ("organization:state-agriculture-department", "IND")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # The seat a member holds is the role's (a place the tables know is also an actor); the
        # name follows it.
        ("Member for Bundaberg Grant Quelby said the works would start.",
         [("person:grant-quelby", "Member for Bundaberg")]),
        ("Federal Member for North Sydney Sarah Quelhart agreed.",
         [("location:north-sydney", None), ("person:sarah-quelhart", "Federal Member for North Sydney")]),
    ],
)
def test_actors_the_seat_of_a_member_for(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.mentions[0].role) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A business's plural head word names a company; alone at a sentence's start it names none.
        ("Quelti Exports announced a holiday, while Quelsher Agencies said so.",
         [("organization:quelti-exports", "organization"), ("organization:quelsher-agencies", "organization")]),
        ("Quelan Brothers Fruit said prices fell. Exports fell.", [("organization:quelan-brothers-fruit",
                                                                    "organization")]),
    ],
)
def test_actors_companies_named_by_their_trade(text: str, expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run("en", text)._.actors] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A concessionaire, an exporter or a meatpacker heads a company's name.
        ("pt", "A Concessionária Quelrota do Oeste informou que concluiu a obra.",
         [("organization:concessionaria-quelrota-do-oeste", "organization")]),
        ("es", "La Exportadora Quelmar y el Frigorífico Quelbueno informaron.",
         [("organization:exportadora-quelmar", "organization"), ("organization:frigorifico-quelbueno",
                                                                 "organization")]),
    ],
)
def test_actors_companies_named_by_their_trade_in_portuguese_and_spanish(lang: str, text: str,
                                                                         expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run(lang, text)._.actors] == expected


def test_actors_a_gerund_before_a_place_opens_the_sentence() -> None:
    # "Upgrading Launceston's levees": no person "Upgrading Launceston".
    assert [(a.actor_id, a.type) for a in run("en", "Upgrading Launceston's levees will cost $40 million. "
                                                  "Visiting Sydney, Quel Jones said so.")._.actors] == [
        ("location:sydney", "location"), ("person:quel-jones", "person")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A region's government is a body; a country's is the country.
        ("pt", "O Governo do Ceará anunciou. O Governo de Portugal anunciou.",
         [("organization:governo-do-ceara", "organization"), ("country:prt", "country")]),
        # A rank opening a place's name after its place noun is no title.
        ("es", "La provincia de Coronel Portillo y el municipio de General Pueyrredón recibieron fondos.",
         [("location:coronel-portillo", "location"), ("location:general-pueyrredon", "location")]),
    ],
)
def test_actors_governments_of_regions_and_places_named_by_a_rank(lang: str, text: str,
                                                                  expected: list[tuple]) -> None:
    assert [(a.actor_id, a.type) for a in run(lang, text)._.actors] == expected


def test_actors_a_town_after_de_is_no_first_word_of_a_longer_name() -> None:
    # "o galo de Barcelos" after "o Barcelos Quelpopular": the town, not a short form of that name.
    actors = run("pt", "Disse o oleiro ao Barcelos Quelpopular. O galo de Barcelos é o símbolo mais vendido.")._.actors
    assert ("location:barcelos", "location") in [(a.actor_id, a.type) for a in actors]


def test_actors_a_village_named_after_a_city_abroad() -> None:
    # "la comunidad nativa de San Francisco" in Peru is no Californian city, nor is its chief American.
    text = "El jefe de la comunidad nativa de San Francisco, Teófilo Quelmari Ríos, explicó la situación."
    assert [(a.actor_id, a.country) for a in run("es", text)._.actors] == [
        ("location:san-francisco", None), ("person:teofilo-quelmari-rios", None)]
