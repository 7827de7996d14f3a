"""etl_sources: exact sources (text, offset, cue, kind, actor) per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from etl.extract.nlp import process_text

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_b11bf649713d4806.txt"


def run(lang: str, text: str) -> Doc:
    return process_text(text, lang)


def compact(doc: Doc) -> list[tuple[str, int, str | None, str, str | None]]:
    return [(s.text, s.start, s.cue, s.kind, s.actor_id) for s in doc._.sources]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "pt",
            '"Vamos vencer", disse o Sr. Tarvok. Segundo a agência Lusa, o ataque falhou. (Foto: Reuters)',
            [
                ("Tarvok", 28, "disse", "attribution", "person:tarvok"),
                ("agência Lusa", 46, "Segundo", "attribution", "organization:lusa"),
                ("Reuters", 84, "Foto", "photo_credit", "organization:reuters"),
            ],
        ),
        (
            "pt",
            "A KCNA disse que o líder norte-coreano Kim Jong-un viajou, de acordo com a agência de "
            "espionagem da Coreia do Sul.",
            [
                ("KCNA", 2, "disse", "attribution", "organization:kcna"),
                ("agência de espionagem da Coreia do Sul", 75, "de acordo com", "attribution",
                 "organization:national-intelligence-service"),
            ],
        ),
        # An ordinal "segundo" is not a cue; an unlinked source keeps its words.
        ("pt", "O segundo dia foi calmo, disse ontem o governo.",
         [("governo", 39, "disse", "attribution", None)]),
        (
            "en",
            "Mr. Austin told reporters the war would end, according to the Pentagon. (Photo: AFP)\n"
            "Source: https://example.com/news/1",
            [
                ("Austin", 4, "told", "attribution", "person:austin"),
                ("Pentagon", 62, "according to", "attribution", "organization:pentagon"),
                ("AFP", 80, "Photo", "photo_credit", "organization:afp"),
                ("https://example.com/news/1", 93, "Source", "article_url", None),
            ],
        ),
        # English inverts the verb only at the end of a clause: here the subject is on the left.
        ("en", "Zorblat Quennik, Freedonia's prime minister, said the U.S. would help.",
         [("Zorblat Quennik", 0, "said", "attribution", "person:zorblat-quennik")]),
        (
            "es",
            "«Es nuestro deber», afirmó la ministra Xalbora Pérez, según la agencia EFE.\n"
            "Fuente: https://example.es/a.html",
            [
                ("Xalbora Pérez", 39, "afirmó", "attribution", "person:xalbora-perez"),
                ("agencia EFE", 63, "según", "attribution", "organization:efe"),
                ("https://example.es/a.html", 84, "Fuente", "article_url", None),
            ],
        ),
    ],
)
def test_sources_extracts_exact_sources(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A setting after an inverted source ends it: the place is not who spoke.
        ("es", '"No hay plata", dijo el mandatario ante unas 3.000 personas en Córdoba.',
         [("mandatario", 24, "dijo", "attribution", None)]),
        ("pt", "O acordo foi fechado, disse o porta-voz do ministério em Lisboa.",
         [("porta-voz do ministério", 30, "disse", "attribution", None)]),
        ("pt", "O acordo foi fechado, disse o ministro Tavras Quelme em Lisboa.",
         [("Tavras Quelme", 39, "disse", "attribution", "person:tavras-quelme")]),
        ("en", '"We are ready," said the minister in Kyiv.',
         [("minister", 25, "said", "attribution", None)]),
        # An object before a setting is no inverted source (and a verb with an object reports
        # nothing), nor is a phrase "of" something that is no source noun.
        ("es", "El ministro Tavras Quelme destacó la cooperación en materia migratoria.", []),
        ("pt", "O adivinho até adiantou a data da consulta.", []),
        ("pt", "A dor varia de acordo com as horas do dia.", []),
        ("en", "Fees vary according to their risk.", []),
        # The person apposed to an organisation and its abbreviation is the sentence's subject.
        ("en", 'The President of the Quelm Workers Congress (QWC), Joe Quelmo, described it as "insensitive" and said '
               'the union would meet.',
         [("Joe Quelmo", 51, "said", "attribution", "person:joe-quelmo")]),
        # An inverted source's title, a comma and a title before a name: the person named.
        ("es", '"Es una red", aseguró el comandante de la Policía de Bogotá, general José Quelm.',
         [("José Quelm", 69, "aseguró", "attribution", "person:jose-quelm")]),
        # What an English verb says after "the" is no inverted source.
        ("en", "Minister Quelmo Naqvi, who flew to Quetta, said the attacks were aimed at the corridor.",
         [("Quelmo Naqvi", 9, "said", "attribution", "person:quelmo-naqvi")]),
        # A number after the verb is what it did; a role noun is the one last named with a title.
        ("pt", "A Polícia Quelma destacou 200 agentes para o jogo.", []),
        # A person before ", who said" is its source; a date after the verb is no object; a person
        # apposed after the first title of an inverted source is the source.
        ("en", "Turkey sent President Quelmo Erdo, who said Ankara wants ties.",
         [("Quelmo Erdo", 22, "said", "attribution", "person:quelmo-erdo")]),
        ("es", 'El primer ministro, Michel Quelm, dijo el martes en la Asamblea que su país "no aceptará".',
         [("Michel Quelm", 20, "dijo", "attribution", "person:michel-quelm")]),
        ("es", '"Hay acuerdo", dijo el presidente de la COP29, el ministro azerí de Ecología, Mujtar Quelm.',
         [("Mujtar Quelm", 78, "dijo", "attribution", "person:mujtar-quelm")]),
        ("en", "Revenue rose, according to its annual report.",
         [("annual report", 31, "according to", "attribution", None)]),
        # A verb inside quoted words reports nothing; a later coordinated verb has the same source.
        ("es", '"Este año el público respondió como nunca", dijo Michel Quelm.',
         [("Michel Quelm", 49, "dijo", "attribution", "person:michel-quelm")]),
        ("es", 'El jefe de la Misión Quelma (MQ), el keniano Godfrey Quelm, aseguró que están listos, aunque '
               'reconoció que faltan agentes.',
         [("Godfrey Quelm", 45, "aseguró", "attribution", "person:godfrey-quelm"),
          ("Godfrey Quelm", 45, "reconoció", "attribution", "person:godfrey-quelm")]),
        # More verbs of saying; a title's other name in several words is its holder.
        ("es", "La jefa de la delegación, Vera Quelm, reconoció que el proceso atraviesa un momento difícil.",
         [("Vera Quelm", 26, "reconoció", "attribution", "person:vera-quelm")]),
        ("es", 'El presidente Gustavo Petro suspendió los diálogos. "Es un ataque", escribió el jefe de Estado.',
         [("jefe de Estado", 80, "escribió", "attribution", "person:gustavo-petro")]),
        # A person before a relative clause with asides is the subject of the verb after it.
        ("en", "Quelmo Zelensky, who also met Trump's rival, Vice President Kamala Harris, on Thursday, has said "
               "the plan works.", [("Quelmo Zelensky", 0, "said", "attribution", "person:quelmo-zelensky")]),
        # People around an actor speak as themselves ("Fontes diplomáticas ouvidas pela Agência
        # Brasil", "Interlocutores do presidente Lula"); a relative clause before the verb is skipped.
        ("pt", "Fontes diplomáticas ouvidas pela Agência Brasil disseram que sim.",
         [("Fontes diplomáticas", 0, "disseram", "attribution", None)]),
        ("en", "Traders interviewed by The Standard said they would strike again.",
         [("Traders", 0, "said", "attribution", None)]),
        # A source noun opening the sentence with its adjective; plural verbs of telling.
        ("pt", "Fontes locais contaram que os insurgentes fugiram.",
         [("Fontes locais", 0, "contaram", "attribution", None)]),
        ("es", "Los vecinos relataron que no hubo aviso.", [("vecinos", 4, "relataron", "attribution", None)]),
        # A manner phrase between the verb and its inverted speaker; a Catalan "i" between surnames;
        # "descartó" says something.
        ("es", '"No sé nada", dijo entre lágrimas Gloria Quelmo, de 54 años.',
         [("Gloria Quelmo", 34, "dijo", "attribution", "person:gloria-quelmo")]),
        ("es", "El diputado Jordi Quelvert i Casals dijo que no.",
         [("Jordi Quelvert i Casals", 12, "dijo", "attribution", "person:jordi-quelvert-i-casals")]),
        ("es", "El Servicio Quelmo de la Armada descartó que hubiera tsunami.",
         [("Servicio Quelmo de la Armada", 3, "descartó", "attribution", "organization:servicio-quelmo-de-la-armada")]),
        ("pt", "Interlocutores do presidente Lula dizem que ele vai vetar.",
         [("Interlocutores do presidente Lula", 0, "dizem", "attribution", None)]),
        ("es", "Fuentes del Banco Quelco dijeron que la venta sigue.",
         [("Fuentes del Banco Quelco", 0, "dijeron", "attribution", None)]),
        ("en", "A senior official who spoke on condition of anonymity said the talks failed.",
         [("senior official", 2, "said", "attribution", None)]),
        ("es", "Un funcionario federal que pidió el anonimato dijo que sí.",
         [("funcionario federal", 3, "dijo", "attribution", None)]),
        ("es", "El ministro dijo que el presidente afirmó que no.",
         [("ministro", 3, "dijo", "attribution", None), ("presidente", 24, "afirmó", "attribution", None)]),
        # A person inside a relative clause is not the subject; a person set off with an
        # affiliation after a possessive is; a bare noun before a comma takes no name after it.
        ("pt", "O STF condenou Quelmo Prado. O advogado Quelmo Almeida, que defende Prado, disse que vai recorrer.",
         [("Quelmo Almeida", 40, "disse", "attribution", "person:quelmo-almeida")]),
        ("en", "Quelmo Erlinger was jailed. Erlinger's attorney, Jeff Quelm of Stanford Law School, said it was wrong.",
         [("Jeff Quelm", 49, "said", "attribution", "person:jeff-quelm")]),
        ("pt", '"É uma vacina de dose única", explicou ao PÚBLICO a coordenadora do estudo, Ana Quelma, médica.',
         [("Ana Quelma", 76, "explicou", "attribution", "person:ana-quelma")]),
        ("en", "Quelmo Whitmore was jailed. According to court documents, Whitmore paid the bribes.",
         [("court documents", 41, "According to", "attribution", None)]),
        ("es", "Los precios varían según su tamaño.", []),
        # After an English verb, an organisation and a title before the name, and an affiliation
        # after it, leave the person the source.
        ("en", '"The fire is contained," said Cal Fire spokesperson Tim Quelm.',
         [("Tim Quelm", 52, "said", "attribution", "person:tim-quelm")]),
        ("en", '"This is a loophole," said Ella Quelm of the digital rights group EDRi.',
         [("Ella Quelm", 27, "said", "attribution", "person:ella-quelm")]),
        # A setting "durante el debate" between the verb and its titled speaker is skipped; a
        # participle and its agent set off after the subject are skipped too.
        ("es", 'Tras el asesinato del cantante Paul Quelmes, "el ministro ha fracasado", sostuvo durante el debate '
               'la congresista Rosa Quelma.',
         [("Rosa Quelma", 114, "sostuvo", "attribution", "person:rosa-quelma")]),
        ("es", "El CNE, presidido por Hernán Quelmo Rivas, informó que publicará los resultados.",
         [("CNE", 3, "informó", "attribution", "organization:cne")]),
        # "em nota" between the verb and its speaker is skipped; "apelou" reports unless it is "à calma";
        # a title posted to a town GeoNames knows.
        ("pt", '"Juros sufocam o investimento", afirmou em nota o presidente da Fiesp, Ricardo Quelmezuma.',
         [("Ricardo Quelmezuma", 71, "afirmou", "attribution", "person:ricardo-quelmezuma")]),
        ("pt", "“Precisamos de abrigo”, apelou a coordenadora da OIM em Pemba, Laura Quelmi.",
         [("Laura Quelmi", 63, "apelou", "attribution", "person:laura-quelmi")]),
        # A recipient "este diario" is skipped; a participle and its agent end a source.
        ("es", '"No pueden esperar", dijo a este diario la defensora regional, Luz Quelma Arboleda.',
         [("Luz Quelma Arboleda", 63, "dijo", "attribution", "person:luz-quelma-arboleda")]),
        ("es", "México enviará combustible, según fuentes diplomáticas consultadas por EFE.",
         [("fuentes diplomáticas", 34, "según", "attribution", None)]),
        # An ambassador of a nationality posted to a city keeps the nationality.
        ("es", '"Existe voluntad", afirmó el embajador noruego en Bogotá, Erik Quelhaug.',
         [("Erik Quelhaug", 58, "afirmó", "attribution", "person:erik-quelhaug")]),
        # A noun in apposition right before a body names it; "contou com" relies on, it says nothing.
        ("pt", "O aeroporto continua fechado, informou a concessionária Quelmport Brasil.",
         [("concessionária Quelmport Brasil", 41, "informou", "attribution", "organization:quelmport-brasil")]),
        ("pt", "A investigação contou com a colaboração da Guardia Civil.", []),
        # A clause that opens with a gerund between the subject and the verb is skipped.
        ("en", "Kavita Quelmukh, representing Mr. Oraon, told the court it was illegal.",
         [("Kavita Quelmukh", 0, "told", "attribution", "person:kavita-quelmukh")]),
        # More verbs that report words (not "sentenció", which also wins a match).
        ("es", "«Pagamos la mitad del sueldo», resumió Lucía Quelmo.",
         [("Lucía Quelmo", 39, "resumió", "attribution", "person:lucia-quelmo")]),
        ("es", "«No hubo aviso», ha contado Lucía Quelmo.",
         [("Lucía Quelmo", 28, "ha contado", "attribution", "person:lucia-quelmo")]),
        ("pt", "«Estamos sozinhos», desabafou Lúcia Quelmo.",
         [("Lúcia Quelmo", 30, "desabafou", "attribution", "person:lucia-quelmo")]),
        ("es", "Carvajal abrió el marcador y Vinícius Quelmo sentenció en los minutos finales.", []),
        # A second description between a titled body and the name.
        ("pt", "“É um passo importante”, afirmou o presidente da SBPC, o físico Raimundo Quelme.",
         [("Raimundo Quelme", 64, "afirmou", "attribution", "person:raimundo-quelme")]),
    ],
)
def test_sources_setting_ends_an_inverted_source(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A date between the verb and its inverted source is skipped.
        ("pt", "O acordo foi fechado, disse nesta terça-feira o ministro Tavras Quelme.",
         [("Tavras Quelme", 57, "disse", "attribution", "person:tavras-quelme")]),
        ("es", "La cifra subió un 4%, informó el jueves el Instituto Quelme de Estadística.",
         [("Instituto Quelme de Estadística", 43, "informó", "attribution",
           "organization:instituto-quelme-de-estadistica")]),
        # A source noun without an article, with "of" phrases; a function word ends it.
        ("es", "Fueron detenidas 14 personas, informaron este martes fuentes de la investigación.",
         [("fuentes de la investigación", 53, "informaron", "attribution", None)]),
        ("pt", "A ponte caiu, segundo autoridades locais.",
         [("autoridades locais", 22, "segundo", "attribution", None)]),
        ("pt", "Ficou claro segundo fontes parlamentares quando procurou Tavras Quelme.", []),
        # A person an organisation's possessive introduces is the source, not the organisation.
        ("en", "Trading was tough, according to Quelco's chief executive, Ken Quell.",
         [("Ken Quell", 58, "according to", "attribution", "person:ken-quell")]),
        # An embassy is an organisation; the agency of a dateline is no subject.
        ("en", "The U.S. Embassy in Nairobi said it was concerned.",
         [("U.S. Embassy", 4, "said", "attribution", "organization:u-s-embassy")]),
        ("en", "LONDON (Reuters) - HSBC reported a profit and announced a buyback.",
         [("HSBC", 19, "reported", "attribution", "organization:hsbc"),
          ("HSBC", 19, "announced", "attribution", "organization:hsbc")]),
        # A singular source noun after an unknown outlet: "confirmou ao Expresso fonte da família".
        ("pt", "O arquiteto morreu, confirmou ao Expresso fonte da família.",
         [("fonte da família", 42, "confirmou", "attribution", None)]),
        # An organisation's spokesperson or officials speak for it.
        ("en", "A Tesla spokesperson said the car was safe.",
         [("Tesla spokesperson", 2, "said", "attribution", "organization:tesla")]),
        # A place that only qualifies the source ("a Lagos-based trader") is not the source.
        ("en", '"It is a disaster," said the Lagos-based trader.', []),
        # A generic noun names an organisation only if it was named before.
        ("en", "Revenue rose, the company said. It trails Quelmo Manufacturing Company.",
         [("company", 18, "said", "attribution", None)]),
        # The outlet or body spoken to, between the verb and the source, is skipped.
        ("pt", "O acordo caiu, disse à Folha o ministro Tavras Quelme.",
         [("Tavras Quelme", 40, "disse", "attribution", "person:tavras-quelme")]),
        # a Portuguese "a" before an outlet's article is the preposition: the subject spoke to it
        ("pt", "O secretário, Tavras Quelme, afirmou a O GLOBO que a ponte cai.",
         [("Tavras Quelme", 14, "afirmou", "attribution", "person:tavras-quelme")]),
        ("es", "No lo aceptaremos, dijo a Clarín Héctor Quelme.",
         [("Héctor Quelme", 33, "dijo", "attribution", "person:hector-quelme")]),
        ("es", "No lo aceptaremos, dijo al diario El País el ministro Javier Quelme.",
         [("Javier Quelme", 54, "dijo", "attribution", "person:javier-quelme")]),
        # ... a paper named by its noun, or by a name no list knows, before a title
        ("pt", "«Falta tudo», disse ao jornal o presidente da câmara, Júlio Quelgado.",
         [("Júlio Quelgado", 54, "disse", "attribution", "person:julio-quelgado")]),
        ("pt", "«Falta tudo», disse ao Diário do Quelminho o presidente da associação, Tiago Quelreira.",
         [("Tiago Quelreira", 71, "disse", "attribution", "person:tiago-quelreira")]),
        # A date after a preposition ("na sexta-feira") is skipped too.
        ("pt", "«Não há acordo», afirmou na sexta-feira o secretário Tavras Quelme.",
         [("Tavras Quelme", 53, "afirmou", "attribution", "person:tavras-quelme")]),
        # An acting office holder, and a body's representative posted to a country, are sources.
        ("pt", "Segundo o prefeito em exercício, Tavras Quelme, a água baixou.",
         [("Tavras Quelme", 33, "Segundo", "attribution", "person:tavras-quelme")]),
        ("pt", "«A fronteira está aberta», disse a representante do ACNUR no Brasil, Mariela Quelme.",
         [("Mariela Quelme", 69, "disse", "attribution", "person:mariela-quelme")]),
    ],
)
def test_sources_after_a_date_or_without_an_article(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The source named after "data from" / "dados do" / "datos de".
        ("pt", "O número subiu 5%, segundo os dados do IBGE.",
         [("IBGE", 39, "segundo", "attribution", "organization:ibge")]),
        ("es", "Las acciones subieron, según datos de Bloomberg.",
         [("Bloomberg", 38, "según", "attribution", "organization:bloomberg")]),
        ("es", "La empresa actuó conforme a la ley.", []),
        # "según la ubicación" is "depending on": what a price varies with, no one who says.
        ("es", "Las entradas cuestan entre 300 y 1.200 bolivianos, según la ubicación.", []),
        ("pt", "Os ingressos custam de R$ 350 a R$ 1.800, conforme o setor.", []),
        ("pt", "O salário fica entre R$ 3.200 e R$ 5.800, conforme a função.", []),
        # "responder por" a share is to account for it.
        ("pt", "Quelabá respondeu sozinha por cerca de 18% das exportações.", []),
        ("pt", "Segundo o setor, as vendas caíram.", [("setor", 10, "Segundo", "attribution", None)]),
        # A passive "se" with its amount reports nothing: "se aseguraron" seized.
        ("es", "La Armada de Quelandia vigila la bahía, donde se aseguraron más de 15 toneladas de camarón.", []),
        ("es", "Según datos de la consultora Quelanalítica, las ventas cayeron.",
         [("consultora Quelanalítica", 18, "Según", "attribution", "organization:quelanalitica")]),
        ("en", "Shares rose 5%, according to data from the Quarrow Exchange.",
         [("Quarrow Exchange", 43, "according to", "attribution", "organization:quarrow-exchange")]),
        # A common noun after the verb that names no source is its object, not a source.
        ("es", "El presidente, Javier Quelme, explicó la decisión.", []),
        ("pt", "O acordo foi fechado, diz o comunicado.", [("comunicado", 28, "diz", "attribution", None)]),
        ("es", "La jueza Nuria Quelme sostiene que la alerta llegó tarde.",
         [("Nuria Quelme", 9, "sostiene", "attribution", "person:nuria-quelme")]),
    ],
)
def test_sources_data_phrases_and_objects(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A common-noun subject right before the verb is the source, not an earlier actor (issue #3).
        ("en", "The Electoral Commission of Freedonia said the vote was peaceful, although police said "
               "there had been clashes.",
         [("Electoral Commission of Freedonia", 4, "said", "attribution",
           "organization:electoral-commission-of-freedonia"),
          ("police", 75, "said", "attribution", None)]),
        ("en", "Analysts said the plan surprised traders.", [("Analysts", 0, "said", "attribution", None)]),
        ("en", "Trade grew about 10%, Indian officials said.",
         [("Indian officials", 22, "said", "attribution", None)]),
        ("en", "The Cincinnati-based company said net sales rose 2%.",
         [("company", 21, "said", "attribution", None)]),
        ("pt", "A Comissão Eleitoral disse que a votação foi pacífica, mas a polícia disse que houve confrontos.",
         [("Comissão Eleitoral", 2, "disse", "attribution", "organization:comissao-eleitoral"),
          ("polícia", 61, "disse", "attribution", None)]),
        ("es", "La Comisión Electoral dijo que la votación fue pacífica, aunque los vecinos dijeron que hubo "
               "disturbios.",
         [("Comisión Electoral", 3, "dijo", "attribution", "organization:comision-electoral"),
          ("vecinos", 68, "dijeron", "attribution", None)]),
        ("es", "El Gobierno dijo que la medida es grave.", [("Gobierno", 3, "dijo", "attribution", None)]),
        # A verb of saying after a number is an adjective ("216 confirmed cases"), not after a name ("France 24").
        ("en", "The agency said there had been 216 confirmed and 103 probable cases.",
         [("agency", 4, "said", "attribution", None)]),
        ("en", "France 24 said the talks failed.", [("France 24", 0, "said", "attribution", "organization:france-24")]),
        # "Para" and a person or an organisation set off by a comma open their view.
        ("pt", "Para Mariana Quelsta, analista da XP Investimentos, o preço é alto.",
         [("Mariana Quelsta", 5, "Para", "attribution", "person:mariana-quelsta")]),
        ("es", "Para el economista jefe de BBVA Research Perú, Hugo Quelrea, el BCR retomará los recortes.",
         [("Hugo Quelrea", 47, "Para", "attribution", "person:hugo-quelrea")]),
        ("pt", "Para o Brasil, o acordo é bom.", []),
        # A title after an article is the one person with it; a body's place is not the source;
        # declaring a state is an act, not speech; a name after the verb and before "a" speaks.
        ("es", "El ministro de Educación, Luis Quelmírez, reconoció que faltan fondos. El ministro aseguró que no.",
         [("Luis Quelmírez", 26, "reconoció", "attribution", "person:luis-quelmirez"),
          ("ministro", 74, "aseguró", "attribution", "person:luis-quelmirez")]),
        ("es", "Los hoteles llenaron el 92%, de acuerdo con el Gremi d'Hotels de Barcelona.",
         [("Gremi d'Hotels de Barcelona", 47, "de acuerdo con", "attribution",
          "organization:gremi-d-hotels-de-barcelona")]),
        ("es", "El pasado jueves, el presidente Luis Quelce declaró situación de desastre nacional.", []),
        ("es", "—Necesitamos que llueva —dijo Quelmontes a EL DEBER.",
         [("Quelmontes", 30, "dijo", "attribution", "person:quelmontes")]),
        # Where something was said, between the verb and the source, is skipped.
        ("pt", "A agência tem 400 mil processos, revelou ontem no Parlamento o presidente da AIMA, Luís Quelmeiro.",
         [("Luís Quelmeiro", 83, "revelou", "attribution", "person:luis-quelmeiro")]),
        # An occupation that names a title stands for its holder.
        ("pt", 'A defesa é do advogado Rodrigo Quelmal. "Vamos recorrer", afirmou o criminalista.',
         [("criminalista", 68, "afirmou", "attribution", "person:rodrigo-quelmal")]),
        # Posting on X reports; after "according to" an adjective may open the source's noun.
        ("en", '"Every child deserves it," minister Dharmendra Quelhan posted on X.',
         [("Dharmendra Quelhan", 36, "posted on X.", "attribution", "person:dharmendra-quelhan")]),
        ("en", "According to financial analysts at Quelloitte, clubs spent more.",
         [("financial analysts at Quelloitte", 13, "According to", "attribution", "organization:quelloitte")]),
        # "el directivo" stands for the one last named with a title.
        ("es", "El presidente de la firma, Martín Quelverría, habló. «Fue duro», afirmó el directivo.",
         [("directivo", 75, "afirmó", "attribution", "person:martin-quelverria")]),
        # A place after "in" is where the speakers are, not who speaks.
        ("en", "Forecasters at the Storm Prediction Center in Quelman warned of tornadoes.",
         [("Forecasters", 0, "warned", "attribution", None)]),
    ],
)
def test_sources_common_noun_subject_issue_3(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The person an organisation only qualifies, not the organisation (issue #3).
        ("en", "Zanzibar Space Agency Administrator Bill Quennik congratulated the company and said the test "
               "was a success.",
         [("Bill Quennik", 36, "said", "attribution", "person:bill-quennik")]),
        ("pt", "A presidente da Petrobras, Magda Chambriard, afirmou nesta quarta-feira que a estatal vai insistir.",
         [("Magda Chambriard", 27, "afirmou", "attribution", "person:magda-chambriard")]),
        ("pt", "Já o ministro de Minas e Energia, Alexandre Silveira, defendeu a exploração e disse que o país "
               "não pode abrir mão.",
         [("Alexandre Silveira", 34, "disse", "attribution", "person:alexandre-silveira")]),
        ("es", "El consejero delegado de Iberdrola, Ignacio Galán, aseguró este martes que la empresa invertirá más.",
         [("Ignacio Galán", 36, "aseguró", "attribution", "person:ignacio-galan")]),
        # The subject before a chain of prepositional phrases, not the last name in it.
        ("en", "Detective Inspector Peter Vlahos of the NSW Police Force's Crash Investigation Unit said the "
               "sentence sent a message.",
         [("Peter Vlahos", 20, "said", "attribution", "person:peter-vlahos")]),
        ("en", "Scientists at the Southern African Development Community's climate centre in Botswana said "
               "warmer seas fuelled the storm.",
         [("Scientists", 0, "said", "attribution", None)]),
        ("pt", "Moradores de Porto Alegre disseram que a água subiu depressa.",
         [("Moradores de Porto Alegre", 0, "disseram", "attribution", None)]),
        ("es", "Los vecinos de Valencia dijeron que el agua subió muy rápido.",
         [("vecinos de Valencia", 4, "dijeron", "attribution", None)]),
        ("en", "Residents in the flooded area said the water rose fast.",
         [("Residents", 0, "said", "attribution", None)]),
        ("pt", "Moradores da zona afetada disseram que a água subiu.",
         [("Moradores", 0, "disseram", "attribution", None)]),
        ("es", "Los vecinos del barrio afectado dijeron que el agua subió.",
         [("vecinos", 4, "dijeron", "attribution", None)]),
        # A spokesman speaks for the organisation; "do" is not part of the source.
        ("pt", "O porta-voz do Ministério da Defesa disse que as tropas recuaram.",
         [("Ministério da Defesa", 15, "disse", "attribution", "organization:ministerio-da-defesa")]),
        # Apposed names: after an auxiliary, with a post-nominal, with an object after the verb.
        ("en", "O'Keefe's barrister, Michael McHugh SC, had argued that his client suffered from depression.",
         [("Michael McHugh", 21, "argued", "attribution", "person:michael-mchugh")]),
        ("en", "The White House said it rejects the decision, while the European Union's foreign policy chief, "
               "Josep Borrell, said the warrants were binding.",
         [("White House", 4, "said", "attribution", "organization:white-house"),
          ("Josep Borrell", 95, "said", "attribution", "person:josep-borrell")]),
        # An abbreviation in brackets between the name and the verb.
        ("en", "The death toll has risen to 34, the National Institute for Disaster Management (INGD) said on "
               "Tuesday.",
         [("National Institute for Disaster Management", 36, "said", "attribution",
           "organization:national-institute-for-disaster-management")]),
        # "the King" is the one person whose role is king.
        ("en", 'King Charles said he was saddened. "She was a national treasure," the King said in a message.',
         [("Charles", 5, "said", "attribution", "person:charles-iii"),  # people.csv: "King Charles"
          ("King", 70, "said", "attribution", "person:charles-iii")]),
        # "the leader" is the one titled so, not the last titled person; "an official" is no one named.
        ("es", "El dirigente de los choferes Lucio Quelmez anunció un paro y el ministro Óscar Claros pidió "
               "paciencia: “No podemos trabajar”, afirmó el dirigente.",
         [("dirigente", 136, "afirmó", "attribution", "person:lucio-quelmez")]),
        ("en", "Director Anupama Quelzarika spoke. Funds arrived, an official said.",
         [("official", 53, "said", "attribution", None)]),
        # Where it was said, set off by commas, between the verb and its speaker; a participle after
        # its noun reports nothing.
        ("pt", "O banco aprovou o crédito, anunciou ontem, em Maputo, a directora do gabinete, Rosa Quelbote.",
         [("Rosa Quelbote", 79, "anunciou", "attribution", "person:rosa-quelbote")]),
        ("en", "The WHO said the risk was high, pointing to cases reported in Malawi.",
         [("WHO", 4, "said", "attribution", "organization:world-health-organization")]),
        # "the regional bloc confirmed on Wednesday" is a report; "quien" stands for a person, not
        # the body named in his aside; Portuguese "a autarca" is the one titled so.
        ("en", "Niger left the bloc, the regional bloc confirmed on Wednesday.",
         [("regional bloc", 25, "confirmed", "attribution", None)]),
        ("es", "El activista Fermín Quelñeda, del Centro de Dignificación Humana, quien encabeza la marcha, "
               "advirtió que temen.",
         [("Fermín Quelñeda", 13, "advirtió", "attribution", "person:fermin-quelneda")]),
        ("pt", "A presidente da Câmara, Filipa Quelreira Lobo, apresentou o plano. As obras começam já, "
               "garantiu a autarca.",
         [("autarca", 99, "garantiu", "attribution", "person:filipa-quelreira-lobo")]),
        # Where it was written between the verb and its speaker; a body "en" a town speaks, not the town.
        ("es", "«Exigimos la liberación», escribió en X el canciller argentino, Ignacio Quelrán Pardo.",
         [("Ignacio Quelrán Pardo", 64, "escribió en X", "attribution", "person:ignacio-quelran-pardo")]),
        ("es", "La delegación de la Secretaría de Agricultura en Tapachula informó que llovió.",
         [("Secretaría de Agricultura", 20, "informó", "attribution", "organization:secretaria-de-agricultura")]),
        ("es", "La embajada de Chile en México informó que el consulado cierra.",
         [("embajada de Chile", 3, "informó", "attribution", "country:chl")]),
        ("pt", "A embaixada do Brasil em Luanda informou que o consulado fecha.",
         [("embaixada do Brasil", 2, "informou", "attribution", "country:bra")]),
        # The speaker after an aside set off by commas; a body's titled person set off after a comma
        ("pt", "«Vamos continuar», garantiu, à margem da reunião, a presidente Ana Quelsa.",
         [("Ana Quelsa", 63, "garantiu", "attribution", "person:ana-quelsa")]),
        ("pt", "«Vamos continuar», disse, em Luanda, o ministro Rui Quelsa.",
         [("Rui Quelsa", 48, "disse", "attribution", "person:rui-quelsa")]),
        ("es", "«Seguiremos», dijo, durante la rueda de prensa, la ministra Ana Quelsa.",
         [("Ana Quelsa", 60, "dijo", "attribution", "person:ana-quelsa")]),
        ("pt", "O ministro Rui Quelsa disse, em Luanda, que o acordo está fechado.",
         [("Rui Quelsa", 11, "disse", "attribution", "person:rui-quelsa")]),
        # A time between the verb and its speaker; a medium after the one told; "garante" with
        # no "que" reports nothing; an English clause after the verb is no speaker; a body's
        # initials end the inverted phrase; "X-based" qualifies the body
        ("es", "“No vamos a negociar”, respondió horas después el vocero Eliécer Quelntero.",
         [("Eliécer Quelntero", 57, "respondió", "attribution", "person:eliecer-quelntero")]),
        ("es", "“Tengo la comida en el congelador”, contó a Clarín por WhatsApp Yamilé Quelrdenas.",
         [("Yamilé Quelrdenas", 64, "contó", "attribution", "person:yamile-quelrdenas")]),
        ("pt", "A ministra Helena Quelvilar defendeu que a reforma garante «a sustentabilidade».",
         [("Helena Quelvilar", 11, "defendeu", "attribution", "person:helena-quelvilar")]),
        ("pt", "«Recebo 612 euros», queixava-se Fernanda Quelveia.",
         [("Fernanda Quelveia", 32, "queixava-se", "attribution", "person:fernanda-quelveia")]),
        ("en", "The chairman, Arvind Quelrao, said the company hoped to close by December.",
         [("Arvind Quelrao", 14, "said", "attribution", "person:arvind-quelrao")]),
        ("en", "Prices rose, said the Quelland Growers Association (QGA), which represents farmers.",
         [("Quelland Growers Association", 22, "said", "attribution", "organization:quelland-growers-association")]),
        ("en", "Bishnu Quelrung of the Kathmandu-based Quelpal River Trust said villagers were not asked.",
         [("Bishnu Quelrung", 0, "said", "attribution", "person:bishnu-quelrung")]),
        # A defence or a lawyer speaks for a client, not as the client; a price put on a company
        # reports nothing; a nationality between the comma and the person
        ("pt", "A defesa de Lourenço Quelraes disse que a prisão é desproporcional.",
         [("defesa de Lourenço Quelraes", 2, "disse", "attribution", None)]),
        ("pt", "A defesa da empresa afirmou que aguarda o julgamento.",
         [("defesa da empresa", 2, "afirmou", "attribution", None)]),
        ("en", "Lawyers for John Quelmo said the arrest was unlawful.",
         [("Lawyers for John Quelmo", 0, "said", "attribution", None)]),
        ("pt", "O fundo Quelbor Ventures avaliou a companhia em cerca de US$ 400 milhões.", []),
        ("pt", "O ministro avaliou em entrevista que 2025 será melhor.",
         [("ministro", 2, "avaliou", "attribution", None)]),
        ("pt", "De acordo com a coordenadora da missão da MSF em Angola, a belga Céline Quelmeulen, a ocupação subiu.",
         [("Céline Quelmeulen", 65, "De acordo com", "attribution", "person:celine-quelmeulen")]),
        # A noun of who she is before the person after a medium; initials in brackets name the
        # body when its name ends in a place or in another body "of" it
        ("es", '"No hay agua", dijo a EFE por teléfono la doctora Marlène Quelduverger.',
         [("Marlène Quelduverger", 50, "dijo", "attribution", "person:marlene-quelduverger")]),
        ("es", "La Autoridad de Transporte Urbano para Lima y Callao (ATU) anunció que abrirá en julio.",
         [("ATU", 54, "anunció", "attribution", "organization:autoridad-de-transporte-urbano")]),
        ("pt", "O prefeito Eduardo Quelpaes (PSD) disse que a cidade está pronta.",
         [("Eduardo Quelpaes", 11, "disse", "attribution", "person:eduardo-quelpaes")]),
        # "people familiar with the matter"; "destacou" reports before "que" or a quote, not
        # "destacou agentes"
        ("en", "The bank intervened, according to people familiar with the matter.",
         [("people familiar with the matter", 34, "according to", "attribution", None)]),
        ("pt", "A Polícia da República de Moçambique destacou agentes para os terminais.", []),
        ("pt", "A empresa vai chegar a milhões de leitores em meses, destacou Dick Quelbrass.",
         [("Dick Quelbrass", 62, "destacou", "attribution", "person:dick-quelbrass")]),
        ("es", 'La subdirectora del FMI, Helga Quelqvist, destacó "los avances" del programa.',
         [("Helga Quelqvist", 25, "destacó", "attribution", "person:helga-quelqvist")]),
        # "a entidade", "the regulator": the body named last before, not one after a preposition
        ("pt", "A Associação Quelrural (Aquel) vai recorrer ao Supremo Tribunal Federal (STF). "
               "Segundo a entidade, 63 propriedades serão afetadas.",
         [("entidade", 89, "Segundo", "attribution", "organization:associacao-quelrural")]),
        ("en", "The Quelland Central Bank has revoked the licence, the regulator said.",
         [("regulator", 55, "said", "attribution", "organization:quelland-central-bank")]),
        # A bare title after a quote names the one person who spoke in the sentence before; a
        # rank before the person named after a setting
        ("pt", "O infectologista Otávio Quelmer disse que são duas doses. “Só em maio”, explicou o médico.",
         [("Otávio Quelmer", 17, "disse", "attribution", "person:otavio-quelmer"),
          ("médico", 83, "explicou", "attribution", "person:otavio-quelmer")]),
        ("pt", "Segundo o porta-voz do SIC em Luanda, superintendente Manuel Quelkiala, os detidos são estrangeiros.",
         [("Manuel Quelkiala", 54, "Segundo", "attribution", "person:manuel-quelkiala")]),
        # An honorific after the verb before the speaker
        ("es", '"Llevo horas aquí", contó doña Justina Quelmani, de 63 años.',
         [("Justina Quelmani", 31, "contó", "attribution", "person:justina-quelmani")]),
        # People at a named place in a town speak, not the place
        ("en", "Traders at Mbare Quelsika market in Harare said suppliers refused the currency.",
         [("Traders", 0, "said", "attribution", None)]),
        ("en", '"We are ready," said Sport Ireland\'s director of participation, Dr Una Quelly.',
         [("Una Quelly", 67, "said", "attribution", "person:una-quelly")]),
        ("pt", "A votação foi adiada por falta de acordo com o Centrão.", []),
        # A place "in" which something speaks is not who speaks; "reports" after "after" is a noun;
        # "Port Said" holds no verb.
        ("en", "The Dangote refinery in Lekki said it had received crude.",
         [("Dangote refinery", 4, "said", "attribution", None)]),
        ("en", "Wellington Water was checking pipes after reports of low pressure.", []),
        ("en", "Five people were injured in Port Said on Monday.", []),
        # A body's adjective before the apposed officer: the officer speaks.
        ("pt", '"A água baixou", disse o coordenador da Defesa Civil municipal, coronel Evandro Quelmitt.',
         [("Evandro Quelmitt", 72, "disse", "attribution", "person:evandro-quelmitt")]),
        # An outlet spoken to, written with digits, between the verb and the speaker.
        ("es", "“Se me echó a perder la comida”, contó a 14ymedio Yaneisy Quelríguez, una enfermera.",
         [("Yaneisy Quelríguez", 50, "contó", "attribution", "person:yaneisy-quelriguez")]),
        # A person's party set off after the name is not the speaker.
        ("es", 'El diputado Esteban Quelredes, de Encuentro Federal, advirtió que "no habrá sesiones".',
         [("Esteban Quelredes", 12, "advirtió", "attribution", "person:esteban-quelredes")]),
        # The subject of a sentence that opens with a body's officer is the officer.
        ("en", "Northvale Water's chief executive, Fiona Quelham, apologised and said: 'We are sorry.'",
         [("Fiona Quelham", 35, "said", "attribution", "person:fiona-quelham")]),
        # An abbreviated rank keeps its period: no sentence ends inside "Lt. Col.".
        ("en", 'According to Lt. Col. Emeka Quelrahim, "the troops repelled the attack".',
         [("Emeka Quelrahim", 22, "According to", "attribution", "person:emeka-quelrahim")]),
        # Sources of a government named with "del/do" ("de" and its article in one word).
        ("es", "Fuentes del Gobierno dijeron que el ministro renunciará.",
         [("Fuentes del Gobierno", 0, "dijeron", "attribution", None)]),
        # A body before its relative clause: "which said", and "que …, anunció" after another subject.
        ("en", "The ship was hit, according to the UKMTO, which said the crew were unharmed.",
         [("UKMTO", 35, "according to", "attribution", "organization:ukmto"),
          ("UKMTO", 35, "said", "attribution", "organization:ukmto")]),
        # (a judgement with its object, "criticó el acuerdo", is a statement of its own)
        ("es", "El diputado Felipe Quelrejola criticó el acuerdo y el Consejo de Pueblos Atacameños, que agrupa "
               "a 18 comunidades, anunció que recurrirá.",
         [("Felipe Quelrejola", 12, "criticó", "attribution", "person:felipe-quelrejola"),
          ("Consejo de Pueblos Atacameños", 54, "anunció", "attribution",
           "organization:consejo-de-pueblos-atacamenos")]),
    ],
)
def test_sources_prefer_the_subject_issue_3(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Negated and passive verbs attribute nothing.
        ("en", "Israel says Deif was killed in July; Hamas has not confirmed his death.",
         [("Israel", 0, "says", "attribution", "country:isr")]),
        ("pt", "O Ministério da Saúde não confirmou a informação.", []),
        ("es", "El Gobierno de Chile no confirmó la cifra.", []),
        ("en", "Bawumia conceded on Sunday, before the official results were announced, and congratulated his "
               "rival.", []),
        # A pronoun subject is not the sentence's first actor; no English inversion after "had".
        ("en", "The Public Health Agency of Sweden said Thursday it had confirmed the first case of the new "
               "strain outside Africa.",
         [("Public Health Agency of Sweden", 4, "said", "attribution",
           "organization:public-health-agency-of-sweden")]),
        # A verb that only introduces quoted words is no cue.
        ("en", 'Elon Quorrik called the timeline "absurd".', []),
        ("pt", "O ministro Tarvok Silva classificou a decisão de «inaceitável».", []),
        ("es", "El ministro Xalbor Pérez calificó la decisión de «inaceptable».", []),
        # A noun phrase after a Portuguese or Spanish verb is its object unless a clause follows.
        ("pt", "Rangel anunciou um pacote de cerca de 20 milhões de euros.", []),
        ("pt", "O Chega anunciou uma moção de censura ao Governo Regional.", []),
        ("es", "El presidente Gabriel Boric anunció la Estrategia Nacional del Litio.", []),
        ("es", "El Ministerio de Defensa informó este viernes de que enviará 500 militares más.",
         [("Ministerio de Defensa", 3, "informó", "attribution", "organization:ministerio-de-defensa")]),
        ("pt", "A taxa caiu para 3,75%, anunciou a presidente da instituição, Christine Lagarde.",
         [("Christine Lagarde", 62, "anunciou", "attribution", "person:christine-lagarde")]),
        # A title that lists its portfolio, then the name: the person is the source.
        ("pt", '"É um dia histórico", afirmou a ministra da Ciência, Tecnologia e Inovação, Quelma Santos.',
         [("Quelma Santos", 76, "afirmou", "attribution", "person:quelma-santos")]),
        # Another name for a title ("el mandatario") is its one holder; "the official" is the
        # person last named with a title.
        ("es", 'El presidente Quelmo Boric habló. "Vamos", dijo el mandatario.',
         [("mandatario", 51, "dijo", "attribution", "person:quelmo-boric")]),
        ("en", 'Interior Minister Quelmo Ronda spoke. "We acted," the official said.',
         [("official", 54, "said", "attribution", "person:quelmo-ronda")]),
        ("es", 'El fiscal Quelmo Vázquez habló. "No hay pruebas", dijo el funcionario.',
         [("funcionario", 58, "dijo", "attribution", "person:quelmo-vazquez")]),
        # The wire's anonymous sources are the people, not "the matter".
        ("en", "The firm is weighing a sale, people familiar with the matter said.",
         [("people familiar with the matter", 29, "said", "attribution", None)]),
        # "an estimated", "the reported": an adjective, no cue.
        ("en", "The UK sanctioned Quelmo Kang over an estimated 11,000 troops.", []),
        # Spain's perfect tense reports too; with an object it does not.
        ("es", '"Iremos a Estrasburgo", ha asegurado el abogado Quelmo Rives.',
         [("Quelmo Rives", 48, "ha asegurado", "attribution", "person:quelmo-rives")]),
        ("es", "La empresa Quelma ha publicado sus resultados.", []),
        # English "added" with an object and "to" adds something; before a clause it reports.
        ("en", "The US Commerce Department added Huawei and 38 affiliates to the Entity List.", []),
        ("en", "The index added 2% to 7,500 points.", []),
        ("en", "The army added the town was retaken.", [("army", 4, "added", "attribution", None)]),
        ("en", "The ministry added on Tuesday that 40 people were killed.",
         [("ministry", 4, "added", "attribution", None)]),
        # A number and its noun after "added" are what was added; a clause is what was said.
        ("en", "Jaylen Quelm added 21 points and eight rebounds.", []),
        ("en", "The minister added 10 people were hurt.", [("minister", 4, "added", "attribution", None)]),
        # "acusou" only introduces quoted words; "reiterou" reports with its subject before it.
        ("pt", 'André Quelm acusou os socialistas de serem "a muleta do Governo".', []),
        ("pt", "O Ministério dos Negócios Estrangeiros reiterou o apoio de Lisboa à Ucrânia.",
         [("Ministério dos Negócios Estrangeiros", 2, "reiterou", "attribution",
           "organization:ministerio-dos-negocios-estrangeiros")]),
        # The object of a preposition is no dropped subject.
        ("pt", "Nunes agradeceu ao governador Tarcísio Quelm: «Obrigado a todos», afirmou.", []),
        # A source after a preposition does not stand for the subject of a later verb.
        ("pt", "O economista Carlos Quelm considera que a inflação, que subiu de acordo com o INE, vai subir, "
               "estimou.",
         [("Carlos Quelm", 13, "considera", "attribution", "person:carlos-quelm"),
          ("Carlos Quelm", 13, "estimou", "attribution", "person:carlos-quelm"),
          ("INE", 78, "de acordo com", "attribution", "organization:ine")]),
        # A verb of opinion reports only before "que", or after a quote.
        ("es", '"Es una señal positiva", opinó el economista Diego Quelatz.',
         [("Diego Quelatz", 45, "opinó", "attribution", "person:diego-quelatz")]),
        ("pt", "A lei considera crime a venda de dados.", []),
        ("pt", 'A economista Helena Quelqueira avalia que o texto é "mais crível".',
         [("Helena Quelqueira", 13, "avalia", "attribution", "person:helena-quelqueira")]),
        # A title after the verb that no one holds: the sentence's person subject.
        ("pt", "Filipe Quelm exaltou a equipa: «Sofremos muito», declarou o treinador.",
         [("treinador", 60, "declarou", "attribution", "person:filipe-quelm")]),
        # An English source after the verb ends the clause; a bracket does not end it.
        ("en", "PCG spokesperson Commodore Jay Quelm, said the BRP Bagacay and the Bureau of Fisheries (BFAR) "
               "vessel were hit.",
         [("Jay Quelm", 27, "said", "attribution", "person:jay-quelm")]),
        ("es", "“No ha presentado un plan”, replicó la diputada Paulina Quelm.",
         [("Paulina Quelm", 48, "replicó", "attribution", "person:paulina-quelm")]),
        # A country's organisation is the organisation; a country's branch of one is the branch.
        ("en", "The attack began on Saturday, according to Haiti's National Police (PNH).",
         [("Haiti's National Police", 43, "according to", "attribution", "organization:national-police")]),
        ("en", "According to Amnesty International Nigeria, 2,600 people were killed.",
         [("Amnesty International Nigeria", 13, "According to", "attribution",
           "organization:amnesty-international-nigeria")]),
        # What was announced holds an organisation: it is no source.
        ("es", "El ministro de Defensa, Iván Quelm, anunció el envío de 200 soldados del Ejército Nacional.", []),
        # A title's other name stands for the person titled just before.
        ("es", "La gobernadora Evelyn Quelm habló en Chilpancingo. «No vamos a permitir abusos», dijo la mandataria.",
         [("mandataria", 89, "dijo", "attribution", "person:evelyn-quelm")]),
        ("pt", "O primeiro-ministro, Luís Quelm, apelou à calma. «Nada justifica a violência», afirmou o chefe do "
               "Governo.",
         [("chefe do Governo", 89, "afirmou", "attribution", "person:luis-quelm")]),
    ],
)
def test_sources_no_attribution_issue_3(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


def test_sources_finds_the_seed_facts() -> None:
    doc = run("pt", SEED.read_text(encoding="utf-8"))
    assert [(s.text, s.cue, s.kind, s.actor_id) for s in doc._.sources] == [
        ("agência de notícias KCNA", "informou", "attribution", "organization:kcna"),
        ("Kim", "afirmou", "attribution", "person:kim-jong-un"),
        ("Kim", "disse", "attribution", "person:kim-jong-un"),
        ("KCNA", "Foto", "photo_credit", "organization:kcna"),
        ("KCNA", "disse", "attribution", "organization:kcna"),
        ("agência de espionagem da Coreia do Sul", "de acordo com", "attribution",
         "organization:national-intelligence-service"),
        ("Belousov", "disse", "attribution", "person:andrei-belousov"),
        ("KCNA", "disse", "attribution", "organization:kcna"),
        ("https://vtcnews.vn/ong-kim-jong-un-noi-nga-co-quyen-tu-ve-truoc-ukraine-ar910542.html",
         "Fonte", "article_url", None),
    ]


def test_sources_spans_and_cues_equal_their_text_slice() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = run("pt", text)
    assert all(text[s.start:s.end] == s.text == s.name for s in doc._.sources)
    assert all(text[s.cue_start:s.cue_end] == s.cue for s in doc._.sources)


def test_sources_overlap_their_actor_mention() -> None:
    doc = run("pt", SEED.read_text(encoding="utf-8"))
    mentions = {a.actor_id: a.mentions for a in doc._.actors}
    for source in doc._.sources:
        if source.actor_id is not None:
            assert any(m.start < source.end and source.start < m.end for m in mentions[source.actor_id])


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A common noun that is a word of one organisation's name is that organisation.
        ("en", 'The Quarrow Reserve Bank cut rates. "We are not done," the bank said.',
         [("bank", 59, "said", "attribution", "organization:quarrow-reserve-bank")]),
        ("pt", "O Tribunal de Contas auditou. Segundo o tribunal, houve fraude.",
         [("tribunal", 40, "Segundo", "attribution", "organization:tribunal-de-contas")]),
        # "the company", "a estatal": the one body named before that no public head word, a
        # school's or a club's, names, and that is no news outlet.
        ("pt", "A Quelbrás anunciou lucro. O resultado superou as previsões, informou a companhia.",
         [("Quelbrás", 2, "anunciou", "attribution", "organization:quelbras"),
          ("companhia", 72, "informou", "attribution", "organization:quelbras")]),
        # ...also when the clause of its verb follows a body's name ("disse ao X que a companhia admite")
        ("pt", "A Quelbrás anunciou lucro e disse ao Sul Informação que a companhia admite crescer.",
         [("Quelbrás", 2, "anunciou", "attribution", "organization:quelbras"),
          ("Quelbrás", 2, "disse", "attribution", "organization:quelbras"),
          ("companhia", 58, "admite", "attribution", "organization:quelbras")]),
        # "o órgão", "el organismo": the public body named before.
        ("pt", "O Instituto Quelmopar abriu um procedimento, informou o órgão.",
         [("órgão", 56, "informou", "attribution", "organization:instituto-quelmopar")]),
        ("es", "El Ministerio de Minería y la Quelmex Minera firmaron. Según la empresa, habrá 300 empleos.",
         [("empresa", 64, "Según", "attribution", "organization:quelmex-minera")]),
        ("en", "Quelvant Airways cancelled 40 flights, Reuters reported. The airline said it was sorry.",
         [("Reuters", 39, "reported", "attribution", "organization:reuters"),
          ("airline", 61, "said", "attribution", "organization:quelvant-airways")]),
        ("en", "Quelvant Airways signed a deal with Quelmore Foods. The company said it would hire.",
         [("company", 56, "said", "attribution", None)]),
    ],
)
def test_sources_generic_noun_names_the_one_organisation(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A lower-case word before the title after the verb: the titled person, when the name ends the clause
        ("en", '"We will not pay," said council president Terrence Quelm.',
         [("Terrence Quelm", "said", "person:terrence-quelm")]),
        ("en", "The firm said union president Terrence Quelm had quit.", [("firm", "said", None)]),
        # a title over a body named after its noun: "de la organización civil X, NAME"
        ("es", "«Perderían 3 millones», calculó la directora de la organización civil Quelmar, Rosa Quelme.",
         [("Rosa Quelme", "calculó", "person:rosa-quelme")]),
    ],
)
def test_sources_titles_with_modifiers_and_body_nouns(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # The noun set off after a name describes that person, however long its clause
        ("Joseph Quelm, a grower in Nyamira County who owns 2.5 acres, said he was not paid.",
         [("Joseph Quelm", "said", "person:joseph-quelm")]),
        ("Joseph Quelm, an official at the ministry who asked not to be named, said it.",
         [("Joseph Quelm", "said", "person:joseph-quelm")]),
        # with no name before it, the description speaks
        ("A grower in Nyamira County who owns 2.5 acres said he was not paid.", [("grower", "said", None)]),
    ],
)
def test_sources_apposed_description_is_the_named_person(text: str, expected: list[tuple]) -> None:
    doc = process_text(text, "en")
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_short_form_before_its_full_name_in_brackets() -> None:
    doc = process_text("A Quelmaban (Federação Quelmense de Bancos) informou que os bancos investiram.", "pt")
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == [
        ("Quelmaban", "informou", "organization:federacao-quelmense-de-bancos")]


def test_sources_subject_before_an_english_participle_phrase() -> None:
    doc = process_text("The union representing about 1,200 workers at the Port of Quelmton says they were locked out.",
                       "en")
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == [("union", "says", None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A title of two words after the verb, then the name
        ("“We will not close,” said the health minister, Joan Quelm.", [("Joan Quelm", "said", "person:joan-quelm")]),
        # verbs that report only before "that" or after a quote; "the judge" is the justice named
        ("Justice Mary Quelm halted the levy, and “the law was ignored,” the judge ruled.",
         [("judge", "ruled", "person:mary-quelm")]),
        ("The Quelm party, however, alleged that ballot boxes were tampered with.",
         [("Quelm", "alleged", "organization:quelm")]),
        ("Joan Quelm, the outgoing premier, conceded defeat on Sunday.", []),
        ("Quelm's spokeswoman, Aoife Quelm, ruled out entering government.", []),
        ("The hospital had admitted 45 patients.", []),
        # a common noun of speakers opening the sentence names no one
        ("Lawyers said that the police had lied.", [("Lawyers", "said", None)]),
    ],
)
def test_sources_verbs_that_need_that_and_titles_after_the_verb(text: str, expected: list[tuple]) -> None:
    doc = process_text(text, "en")
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_no_reports_of_is_no_report() -> None:
    doc = process_text("Commissioner Rachel Quelm said homes burned, but there were no reports of injuries.", "en")
    assert [(s.name, s.cue) for s in doc._.sources] == [("Rachel Quelm", "said")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A judgement with its object is a statement; other verbs with an object report nothing
        ("pt", "A coordenadora do Bloco, Inês Quelmal, criticou a falta de investimento.",
         [("Inês Quelmal", "criticou", "person:ines-quelmal")]),
        ("pt", "A Quelm anunciou uma moção de censura.", []),
        # where it was said, between the verb and the titled speaker
        ("pt", "«Este orçamento baixa impostos», defendeu no debate o ministro das Finanças, Jorge Quelmo.",
         [("Jorge Quelmo", "defendeu", "person:jorge-quelmo")]),
    ],
)
def test_sources_judgements_and_settings(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # How and where it was said, between the verb and the titled speaker
        ("es", "“Es la demolición”, declaró a La Jornada por teléfono la abogada Martha Quelmón.",
         [("Martha Quelmón", "declaró", "person:martha-quelmon")]),
        ("es", '"Este paro es la respuesta", afirmó en conferencia de prensa el cosecretario general de la CGT, '
               "Héctor Quelmira.", [("Héctor Quelmira", "afirmó", "person:hector-quelmira")]),
        ("es", "«No vamos a votar», dijo ayer la portavoz de Junts en el Congreso, Núria Quelm Ferrer.",
         [("Núria Quelm Ferrer", "dijo", "person:nuria-quelm-ferrer")]),
        # "la autoridad" is the one last named with a title
        ("es", 'La delegada Carolina Quelm habló: "Pedimos calma", indicó la autoridad.',
         [("autoridad", "indicó", "person:carolina-quelm")]),
    ],
)
def test_sources_settings_and_role_nouns_after_the_verb(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_accounted_for_is_no_answer() -> None:
    doc = process_text("Segundo o ONS, a geração solar respondeu por cerca de um quinto da carga.", "pt")
    assert [(s.name, s.cue) for s in doc._.sources] == [("ONS", "Segundo")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The titled person of a place named before the title.
        ("en", "Gunmen struck, according to Quelrawa state police commissioner Musa Quelba.",
         [("Musa Quelba", "according to", "person:musa-quelba")]),
    ],
)
def test_sources_titled_person_of_a_place(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "Para o epidemiologista X," opens a view; data released by a body are the body's.
        ("pt", "Para o epidemiologista Rafael Quelledo, os números são promissores.",
         [("Rafael Quelledo", "Para", "person:rafael-quelledo")]),
        ("pt", "As receitas subiram, segundo dados divulgados ontem pela Direcção de Quelnspecção de Jogos.",
         [("Direcção de Quelnspecção de Jogos", "segundo", "organization:direccao-de-quelnspeccao-de-jogos")]),
        ("en", "Sales rose, according to data released on Monday by the Quelm Statistics Office.",
         [("Quelm Statistics Office", "according to", "organization:quelm-statistics-office")]),
    ],
)
def test_sources_opinions_and_data_agents(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_a_place_based_group_is_not_the_sentence_subject() -> None:
    doc = process_text("The National Bank of Quelmland added 21 tons of gold, the London-based industry group "
                       "said.", "en")
    assert [(s.text, s.actor_id) for s in doc._.sources] == [("London-based industry group", None)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "“No hay fondos”, adelantó el ministro de Hacienda, Pedro Quelmez.",
         [("Pedro Quelmez", "adelantó", "person:pedro-quelmez")]),
        ("es", "“No queremos más hoteles”, explicó a elDiario.es Elena Quelmartín, portavoz de la plataforma.",
         [("Elena Quelmartín", "explicó", "person:elena-quelmartin")]),
        ("pt", '"Liguei 40 vezes", conta a aposentada Marlene Quelinho.',
         [("Marlene Quelinho", "conta", "person:marlene-quelinho")]),
        ("pt", "A conta de luz subiu 10%.", []),
    ],
)
def test_sources_more_speech_verbs_and_outlet_domains(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A participle's aside between the subject and the verb names the owner, not the speaker.
        ("pt", "A Quelbrás anunciou lucro. A empresa, controlada pelo fundo Quelpeak Capital, afirma que sim.",
         [("Quelbrás", "anunciou", "organization:quelbras"), ("empresa", "afirma", "organization:quelbras")]),
        ("en", "The company, owned by Quelpeak Capital, said the project was legal.", [("company", "said", None)]),
    ],
)
def test_sources_subject_before_a_participle_aside(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "“Este acuerdo beneficia a todos”, expresó Ramón Quelguero tras la sesión.",
         [("Ramón Quelguero", "expresó", "person:ramon-quelguero")]),
        ("en", "Commuters said the closure had added more than 40 minutes to their trips. Other commuters agreed.",
         []),
        ("pt", "São 59,9 milhões de pessoas, segundo estimativa do Quelmese.", [("Quelmese", "segundo", None)]),
    ],
)
def test_sources_expressed_commuters_and_estimates(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # People in a list of places speak, not the last place.
        ("en", "Commuters in Leeds and Quelchester said they were frustrated.", [("Commuters", "said", None)]),
        ("es", "Comerciantes del Centro Histórico calcularon pérdidas de 5 millones.",
         [("Comerciantes del Centro Histórico", "calcularon", None)]),
        # "dizia respeito a" concerns; nobody speaks.
        ("pt", "O Ministério Público arquivou o caso, que dizia respeito a obras em Leiria.", []),
    ],
)
def test_sources_people_of_places_and_idioms(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Another name for a mayor or a union's head stands for the one named with the title.
        ("es", 'El alcalde de Quelchane, Javier Quelcía, dijo que sí; "nadie respondió", sostuvo el jefe comunal.',
         [("Javier Quelcía", "dijo", "person:javier-quelcia"), ("jefe comunal", "sostuvo", "person:javier-quelcia")]),
        ("pt", 'Segundo o presidente do sindicato, Joaquim Quelsa, "estamos cansados", disse o dirigente sindical.',
         [("Joaquim Quelsa", "Segundo", "person:joaquim-quelsa"),
          ("dirigente sindical", "disse", "person:joaquim-quelsa")]),
    ],
)
def test_sources_other_names_of_mayors_and_union_heads(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The person set off after "cuyo/cujo/whose <title>," speaks, not the body before it.
        ("es", "La Federación de Quelteros, cuyo gerente, Andrés Quelmía, advirtió que el precio cae.",
         [("Andrés Quelmía", "advirtió", "person:andres-quelmia")]),
        ("en", "The union, whose leader, John Quell, said no, walked out.",
         [("John Quell", "said", "person:john-quell")]),
        # A title, the body's noun and a full name right before the verb: the named holder speaks;
        # a clinical director's "a responsável" is she.
        ("pt", "O diretor do sindicato Valmir Quelnório Assis disse que sim.",
         [("Valmir Quelnório Assis", "disse", "person:valmir-quelnorio-assis")]),
        ("pt", "Segundo a diretora clínica da ULS, Teresa Quelrilho, há 47 doentes. "
               "«São idosos», explicou a responsável.",
         [("Teresa Quelrilho", "Segundo", "person:teresa-quelrilho"),
          ("responsável", "explicou", "person:teresa-quelrilho")]),
        # A district set off after the title is the role's; the parliamentary anaphor is then the
        # deputy, not the union's president; "o parlamentar da tribuna" is where he spoke from.
        ("es", "El diputado por el distrito 7, Tomás Quelres, presentó la moción. El presidente del "
               "sindicato, Jorge Quelmuñoz, apoyó. «No es la primera vez», recordó el parlamentario.",
         [("parlamentario", "recordó", "person:tomas-quelres")]),
        ("pt", "O vereador Ricardo Quelvares defendeu o projeto. «A cidade não vende nada», disse o parlamentar "
               "da tribuna.", [("parlamentar", "disse", "person:ricardo-quelvares")]),
        # An anaphor with its adjective stands for the same holder.
        ("es", "El secretario general del sindicato minero, Luis Quelmar, rechazó la oferta. «No aceptaremos», "
               "afirmó el dirigente minero.", [("dirigente minero", "afirmó", "person:luis-quelmar")]),
        ("es", "El ministro de Energía, Juan Quelpérez, visitó la planta. «Vamos a invertir», dijo el "
               "funcionario regional.", [("funcionario regional", "dijo", "person:juan-quelperez")]),
        ("es", "El alcalde de Escuintla, Otto Quelredes Lemus, pidió calma. «La vida vale más», afirmó el jefe "
               "edilicio.", [("jefe edilicio", "afirmó", "person:otto-quelredes-lemus")]),
        # "a pasta" is the ministry named last, not another body.
        ("pt", "O Ministério das Quelcidades, ao qual a CBTU é vinculada, informou que prevê investir. Parte do "
               "valor já foi empenhada, segundo a pasta.",
         [("Ministério das Quelcidades", "informou", "organization:ministerio-das-quelcidades"),
          ("pasta", "segundo", "organization:ministerio-das-quelcidades")]),
        ("pt", "A CBTU anunciou obras. Segundo a pasta, custam muito.",
         [("CBTU", "anunciou", "organization:cbtu"), ("pasta", "Segundo", None)]),
        # The subject of a second verb is the holder of the title that opens the sentence.
        ("es", "La presidenta del TSE, la magistrada Blanca Quelvarado Guerra, calificó la decisión como «un ataque» "
               "y afirmó que presentarán una denuncia.",
         [("Blanca Quelvarado Guerra", "afirmó", "person:blanca-quelvarado-guerra")]),
        # A body before "de la provincia" speaks, not the province; a place after "na" is where, not who.
        ("es", "Desde la Secretaría de Quelminería de la provincia respondieron que el estudio sigue.",
         [("Secretaría de Quelminería", "respondieron", "organization:secretaria-de-quelmineria")]),
        ("pt", "Os usuários ouvidos pelo JC na Estação Joana Quelzerra reclamaram do aumento da tarifa.", []),
        # ... but "o executivo açoriano" is the government.
        ("pt", "A medida foi anunciada pelo secretário regional, Duarte Quelmar. Segundo o executivo açoriano, "
               "os restantes 15% ficarão.", [("Duarte Quelmar", "anunciada", "person:duarte-quelmar"),
                                            ("executivo açoriano", "Segundo", None)]),
        # One unseen word that speaks is a body: news names a person in full first.
        ("es", "Quelpesca confirmó que hubo un escape de salmones.",
         [("Quelpesca", "confirmó", "organization:quelpesca")]),
    ],
)
def test_sources_whose_title_and_unlisted_given_names(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_present_tense_cue_after_a_quote() -> None:
    doc = process_text("«El turismo no paga la uva», lamenta su secretario general, Tomás Quelcente.", "es")
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == [
        ("Tomás Quelcente", "lamenta", "person:tomas-quelcente")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A plural noun of people at a sentence start speaks; it is no name.
        ("es", "Transportistas denunciaron esperas de hasta 12 horas.", [("Transportistas", "denunciaron", None)]),
        ("pt", "Representantes disseram que o acordo está perto.", [("Representantes", "disseram", None)]),
        # People of a place named with its kind: the people, with the place.
        ("es", "Vecinos del barrio Quelta denunciaron cobros ilegales.",
         [("Vecinos del barrio Quelta", "denunciaron", None)]),
        # A noun of a body's name after "de" is not that body: "productores" are no association.
        ("es", "La Asociación de Productores de Quelcate informó el lunes. Sin embargo, productores de Quelzaro "
               "denunciaron cobros.",
         [("Asociación de Productores de Quelcate", "informó", "organization:asociacion-de-productores-de-quelcate"),
          ("productores de Quelzaro", "denunciaron", None)]),
    ],
)
def test_sources_people_nouns_and_the_bodies_named_with_them(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Present-tense verbs of warning and estimating report; after an article they are nouns.
        ("pt", "A Comissão de Trabalhadores da Quelcar alerta que faltam 120 motoristas.",
         [("Comissão de Trabalhadores da Quelcar", "alerta", "organization:comissao-de-trabalhadores-da-quelcar")]),
        ("pt", "O país deverá colher 1,4 milhões de toneladas, estima o Conselho Quelícola Internacional.",
         [("Conselho Quelícola Internacional", "estima", "organization:conselho-quelicola-internacional")]),
        ("pt", "A Defesa Civil emitiu um alerta para a região.", []),
    ],
)
def test_sources_present_tense_warnings_and_nouns(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_the_head_of_the_sector_is_the_minister() -> None:
    doc = process_text("El ministro del Ambiente, Jorge Quelpe, visitó Huaraz. “No podemos esperar”, dijo el titular "
                       "del sector.", "es")
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == [
        ("titular del sector", "dijo", "person:jorge-quelpe")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "reports" after a noun is a noun; "but says it" reports.
        ("en", "The Supreme Court asked the States to file compliance reports within a week.", []),
        ("en", "The Coalition of Quelmestic Observers (CQO) has commended voters, but says it recorded 81 incidents.",
         [("Coalition of Quelmestic Observers", "says", "organization:coalition-of-quelmestic-observers")]),
    ],
)
def test_sources_reports_as_a_noun(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A pronoun subject is the source, linked to the one person it can stand for.
        ("en", "Mayor John Quelm visited the site. He said the town would rebuild.",
         [("He", "said", "person:john-quelm")]),
        ("en", "Jane Quelm met Mr Smith. He said it went well.", [("He", "said", "person:smith")]),
        ("en", "John Quelm met Jane Roe. He said it went well.", []),
        ("en", 'Priya Quelm welcomed it. "Why did it take so long?" she said.',
         [("she", "said", "person:priya-quelm")]),
        ("pt", "O ministro Paulo Quelmo visitou a obra e ele disse que a ponte será reaberta.",
         [("ele", "disse", "person:paulo-quelmo")]),
        ("es", "La ministra Ana Quelma visitó la obra. «Vamos a reabrir», dijo ella.",
         [("ella", "dijo", "person:ana-quelma")]),
        ("pt", "Ele anunciou um pacote.", []),
        # "one of the passengers"; a setting between the verb and a titled speaker.
        ("es", "“Nos dijeron que no”, relató a EL TIEMPO una de las pasajeras.", [("pasajeras", "relató", None)]),
        ("pt", '"Foi horrível", contou uma das passageiras.', [("passageiras", "contou", None)]),
        ("es", "“Basta”, dijo ante el puerto de Palma el secretario general del sindicato, Tomeu Quelm.",
         [("Tomeu Quelm", "dijo", "person:tomeu-quelm")]),
        ("es", "“Basta”, dijo en una conferencia de prensa en el Centro de Quelmados.", []),
        # A body's initials and place before the verb; "quien" after an aside is the person.
        ("es", "El Servicio de Lucha contra Incendios (Splif) de Río Negro informó que el fuego avanza.",
         [("Servicio de Lucha contra Incendios", "informó", "organization:servicio-de-lucha-contra-incendios")]),
        ("es", "Lo dijo el economista Óscar Quelmes, de la Universidad Centroamericana (UCA), quien estima que no.",
         [("Óscar Quelmes", "dijo", "person:oscar-quelmes"), ("Óscar Quelmes", "estima", "person:oscar-quelmes")]),
        # Present-tense verbs of judging report after a quote.
        ("pt", '"A banca abandona o território", critica o dirigente sindical Vítor Quelmes.',
         [("Vítor Quelmes", "critica", "person:vitor-quelmes")]),
        ("es", "“El tope funciona”, defiende la consejera de Vivienda, Núria Quelm, en una entrevista.",
         [("Núria Quelm", "defiende", "person:nuria-quelm")]),
        ("pt", "O governo critica a decisão.", []),
    ],
)
def test_sources_pronouns_partitives_and_present_judgements(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Of two people, the pronoun stands for the one who spoke; after a quote of two sentences
        # the pronoun's sentence goes back to the quote's opening mark.
        ("en", "Mr Quelmande's lawyer, Gift Quelm, said his client would appeal, and he argued it was wrong.",
         [("Gift Quelm", "said", "person:gift-quelm"), ("he", "argued", "person:gift-quelm")]),
        ("en", 'Mrs Rudo Quelm said she had lost her savings. "They told us it was safe. Now it is closed," she said.',
         [("Rudo Quelm", "said", "person:rudo-quelm"), ("she", "said", "person:rudo-quelm")]),
        # A quote's paragraph after the one that names the speaker.
        ("en", 'Chief Minister Ali Quelm condemned the attack.\n\n"It will not go in vain," he said.',
         [("he", "said", "person:ali-quelm")]),
        # Kin before a name; sources however many; a body in a place; figures estimated are no report.
        ("es", "Según su esposa, Francisca Quelm, los policías se llevaron dos computadoras.",
         [("Francisca Quelm", "Según", "person:francisca-quelm")]),
        ("es", "El exalcalde permanece en la embajada, confirmaron a este medio dos fuentes cercanas a su familia.",
         [("fuentes cercanas", "confirmaron", None)]),
        ("es", "La Cámara Nacional de la Industria de Quelmación (Canaquel) en Nuevo León estimó pérdidas.",
         [("Cámara Nacional de la Industria de Quelmación", "estimó",
           "organization:camara-nacional-de-la-industria-de-quelmacion")]),
        ("en", "The court ordered the commission to pay legal costs, estimated at $49,000.", []),
        ("en", "The probe would look into reports that a guard had been paid.", []),
        ("pt", '"Eu pagava quase R$ 300 a menos", reclamou o caminhoneiro Adão Quelm.',
         [("Adão Quelm", "reclamou", "person:adao-quelm")]),
    ],
)
def test_sources_speakers_quotes_kin_and_estimates(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A verb of asking reports a question's words, set off right after its closing mark.
        ("en", '"Who will pay for this?" asked Senator Mary Quelm.', [("Mary Quelm", "asked", "person:mary-quelm")]),
        ("en", '"Why now?" Jane Quelm asked.', [("Jane Quelm", "asked", "person:jane-quelm")]),
        ("en", "The union asked the court to halt the sale.", []),
        ("es", "«¿Quién pagará esto?», preguntó el diputado Ramiro Quelm.",
         [("Ramiro Quelm", "preguntó", "person:ramiro-quelm")]),
        ("es", "—¿Y ahora qué? —preguntó Ana Quelm.", [("Ana Quelm", "preguntó", "person:ana-quelm")]),
        ("pt", "O deputado Rui Quelm perguntou ao ministro se haveria verbas.", []),
        # An aside between the subject and the verb: the subject speaks, not the body it names.
        ("en", "His mother, a nurse at Quelm Central Hospital, said he was well.", [("mother", "said", None)]),
        ("en", "A spokesman, who asked not to be named, said it was over.", [("spokesman", "said", None)]),
        ("en", "The spokesman, John Quelm, said it was over.", [("John Quelm", "said", "person:john-quelm")]),
        ("es", "Su madre, enfermera del Hospital Quelm, dijo que estaba bien.", [("madre", "dijo", None)]),
        ("es", "La empresa, sin embargo, dijo que no.", [("empresa", "dijo", None)]),
        ("pt", "A polícia, por sua vez, afirmou que não.", [("polícia", "afirmou", None)]),
        ("en", "Police, however, said it was over.", [("Police", "said", None)]),
        ("en", "The Malawi judiciary said the case was closed.", [("judiciary", "said", None)]),
    ],
)
def test_sources_questions_and_asides(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The audience spoken to before the speaker; a side named before the one who speaks for it.
        ("pt", "«O meu cliente fez o possível», disse aos jornalistas o advogado Pedro Quelm.",
         [("Pedro Quelm", "disse", "person:pedro-quelm")]),
        ("es", "«No hay fondos», dijo a la prensa el alcalde Juan Quelm.",
         [("Juan Quelm", "dijo", "person:juan-quelm")]),
        ("es", "Desde el Frente de Quelmes, la legisladora Celeste Quelm respaldó el reclamo y dijo que no.",
         [("Celeste Quelm", "dijo", "person:celeste-quelm")]),
        ("es", "Desde el Ministerio de Salud, informaron que no hay casos.",
         [("Ministerio de Salud", "informaron", "organization:ministerio-de-salud")]),
        # A party's adjective and a district between the title and the name keep the title.
        ("es", "El senador republicano Hernán Quelm pidió una auditoría porque, según el parlamentario, no hubo nada.",
         [("parlamentario", "según", "person:hernan-quelm")]),
    ],
)
def test_sources_audiences_sides_and_party_titles(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "who" after a body in a person's apposition is the person; a plural noun before "at" the body.
        ("en", "Elena Quelm, an oncologist at the Dana-Farber Cancer Institute who was not involved, said so.",
         [("Elena Quelm", "said", "person:elena-quelm")]),
        ("en", "Staff at the Dana-Farber Cancer Institute who treated him said he was well.",
         [("Staff", "said", None)]),
        ("en", "Lenders cut rates after the European Central Bank lowered its rate, but brokers say it is not enough.",
         [("brokers", "say", None)]),
    ],
)
def test_sources_who_after_a_body_and_market_nouns(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A verb that introduces quoted words reports them right after their closing mark.
        ("es", '"Mandamos a los niños a estudiar", reclamó Ana Quelm, madre de una alumna.',
         [("Ana Quelm", "reclamó", "person:ana-quelm")]),
        ("es", "El sindicato reclamó mejoras salariales.", []),
        ("pt", '"Isto é um absurdo", acusou o deputado Rui Quelm.', [("Rui Quelm", "acusou", "person:rui-quelm")]),
        ("es", "«Nadie nos hizo caso», lamentaba ayer su presidenta, Pilar Quelm.",
         [("Pilar Quelm", "lamentaba", "person:pilar-quelm")]),
        # An outlet's edition between the audience and the speaker.
        ("pt", "“Houve fraude em três mesas”, disse à DW África o advogado Jorge Quelm.",
         [("Jorge Quelm", "disse", "person:jorge-quelm")]),
    ],
)
def test_sources_quote_verbs_after_the_mark_and_editions(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_a_person_apposed_before_a_long_description() -> None:
    doc = process_text("Ahmed, a 19-year-old from Darfur who asked that his surname not be used, said he paid.", "en")
    assert [(s.name, s.actor_id) for s in doc._.sources] == [("Ahmed", "person:ahmed")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The agent of a fronted participle phrase is not the subject after its comma.
        ("en", "In a letter seen by the Gazette, the leaders of six councils warned that services would fail.",
         [("leaders", "warned", None)]),
        ("pt", "Numa carta vista pelo Diário, os autarcas afirmam que faltam verbas.", [("autarcas", "afirmam", None)]),
        # A head word opening the sentence before a noun of speakers names no body.
        ("en", "Council leaders warned that services would fail.", [("Council leaders", "warned", None)]),
        ("en", "Hospital staff said the ward was closed.", [("Hospital staff", "said", None)]),
        ("pt", "Líderes comunitários disseram que a estrada fechou.", [("Líderes comunitários", "disseram", None)]),
    ],
)
def test_sources_fronted_agents_and_head_words_before_speakers(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected
    assert [a.name for a in doc._.actors if a.name not in ("Gazette", "Diário")] == []  # (a newspaper is a body)


def test_sources_head_word_before_a_titled_name_stays_a_body() -> None:
    doc = process_text("Congress spokesperson Raul Quelm said the deal was late.", "en")
    assert [(a.name, a.type) for a in doc._.actors] == [("Congress", "organization"), ("Raul Quelm", "person")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Of several people a sentence names, the pronoun after its quote stands for the one the
        # sentence opens with (after any title words), not for someone in the paragraph before.
        ("en", 'Minister Halima Quelm approved it.\n\nOpposition leader Stephen Marfo called for President '
               'Peter Zuma to resign. "We have lost trust," he said.', [("he", "said", "person:stephen-marfo")]),
        ("en", 'Union Cork representative Liam Quelm described it as "dangerous". "We cannot cope," he said.',
         [("he", "said", "person:liam-quelm")]),
        # One of unknown gender opening the sentence is not chosen over others known to be men.
        ("en", 'Jane Quelm met Mr Smith and Mr Brown. "It went well," he said.', []),
    ],
)
def test_sources_pronoun_after_a_quote_stands_for_the_sentence_opener(lang: str, text: str,
                                                                       expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "the company" is the body with no public head named before: a trust is none.
        ("en", "A farm run by Quelmor Seafoods lost fish, the Marfen Rivers Trust said, while the company said "
               "it had been hit.",
         [("Marfen Rivers Trust", "said", "organization:marfen-rivers-trust"),
          ("company", "said", "organization:quelmor-seafoods")]),
        # The inverted speaker after an outlet written in capitals, or whose surname is a town's.
        ("es", "«Estamos hartos», dijo a EL MUNDO Marleny Quelm, dueña de un asadero.",
         [("Marleny Quelm", "dijo", "person:marleny-quelm")]),
        ("es", "«Estamos hartos», dijo a EFE Wilfredo Santiago, un jubilado.",
         [("Wilfredo Santiago", "dijo", "person:wilfredo-santiago")]),
    ],
)
def test_sources_company_nouns_and_inverted_speakers_after_outlets(lang: str, text: str,
                                                                  expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A relative after a person's aside is the person's ("X, sócio da Y, que admitiu").
        ("pt", "A comissão ouviu o empresário Rui Quelm, sócio-fundador da plataforma Marfim Jogo, que admitiu "
               "ter pago.", [("Rui Quelm", "admitiu", "person:rui-quelm")]),
        # Titles of legislators: "asambleísta", "cabildante".
        ("es", "La asambleísta de Alianza Quelma Paola Marfil Ruiz sostuvo que el Ejecutivo falló.",
         [("Paola Marfil Ruiz", "sostuvo", "person:paola-marfil-ruiz")]),
        ("es", "La concejala Laura Quelm pidió sanciones y, de acuerdo con la cabildante, el consumo subió.",
         [("cabildante", "de acuerdo con", "person:laura-quelm")]),
        # A Brazilian CPI is a parliamentary inquiry, not the International Criminal Court.
        ("pt", "A CPI aprovou a convocação, segundo a CPI.",
         [("CPI", "segundo", "organization:comissao-parlamentar-de-inquerito")]),
    ],
)
def test_sources_relatives_after_asides_and_legislators(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An outlet in capitals after "dijo a" ends before the speaker's name.
        ("es", '"Nos recibieron con palos", dijo a PERFIL Norma Quelm, jubilada.',
         [("Norma Quelm", "dijo", "person:norma-quelm")]),
        # A village elder is titled; an occasion or statements to an outlet before the speaker.
        ("en", '"It is all gone," said village elder Nick Quelm, whose brother is missing.',
         [("Nick Quelm", "said", "person:nick-quelm")]),
        ("es", "“Lo han blindado”, declaró tras la votación la congresista Marisol Quelm.",
         [("Marisol Quelm", "declaró", "person:marisol-quelm")]),
        ("pt", '"Estamos a gastar o futuro", alertou em declarações à RTP o economista Agapito Quelm.',
         [("Agapito Quelm", "alertou", "person:agapito-quelm")]),
        # "o colegiado" is the committee named before; "o diplomata", the ambassador.
        ("pt", 'O Copom elevou a Selic e, em comunicado, o colegiado afirmou que o cenário "segue incerto".',
         [("colegiado", "afirmou", "organization:comite-de-politica-monetaria")]),
        ("pt", 'O embaixador Rui Quelm foi direto: "Vamos mostrar a Amazônia real", declarou o diplomata.',
         [("diplomata", "declarou", "person:rui-quelm")]),
    ],
)
def test_sources_speakers_after_outlets_occasions_and_body_nouns(lang: str, text: str,
                                                                 expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A listed outlet ends a run before the speaker; the agent of a participle opening a
        # sentence is not the subject; a clause before ", acrescentou." is what was said.
        ("es", '"Es un abuso", dijo a Última Hora Graciela Quelm, jubilada.',
         [("Graciela Quelm", "dijo", "person:graciela-quelm")]),
        ("pt", 'O dirigente Carlos Quelm falou. Ouvido pelo PÚBLICO, disse que o clube "precisava de ar".', []),
        ("pt", "A Polícia Nacional vai fiscalizar os preços praticados, acrescentou.", []),
        ("pt", "O economista Carlos Quelm considera que a inflação vai subir, estimou.",
         [("Carlos Quelm", "considera", "person:carlos-quelm"), ("Carlos Quelm", "estimou", "person:carlos-quelm")]),
        # "Air <country>", "Transport for <place>" are bodies.
        ("en", "Transport for London said buses would run.",
         [("Transport for London", "said", "organization:transport-for-london")]),
        ("en", "Air New Zealand said flights were cancelled.",
         [("Air New Zealand", "said", "organization:air-new-zealand")]),
        # "Para X, presidente da associação, …" is X's view.
        ("pt", "Para Belmiro Quelm, presidente da associação, a fiscalização continua fraca.",
         [("Belmiro Quelm", "Para", "person:belmiro-quelm")]),
    ],
)
def test_sources_listed_outlets_fronted_agents_and_bodies_for_places(lang: str, text: str,
                                                                     expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # From where it was said, after the manner: "por teléfono desde Managua", "desde el exilio".
        ("es", "«Nos quitaron la patria», dijo por teléfono desde Managua el periodista Julio Quelm.",
         [("Julio Quelm", "dijo", "person:julio-quelm")]),
        ("es", "«Es la liquidación», dice por teléfono desde el exilio Martha Quelm, exdirectora.",
         [("Martha Quelm", "dice", "person:martha-quelm")]),
        # A complaint set off after dialogue's dash; not a subject's complaint about something.
        ("es", "—No tenemos ascensor —se queja Amparo Quelm, vecina de Paiporta.",
         [("Amparo Quelm", "se queja", "person:amparo-quelm")]),
        ("es", "Vecinos de Kennedy se quejaron del corte.", []),
        # A reaction reports only the words quoted with it.
        ("pt", "«É um dia negro», reagiu Carla Quelm, coordenadora.",
         [("Carla Quelm", "reagiu", "person:carla-quelm")]),
        ("pt", "Musk reagiu com ironia.", []),
    ],
)
def test_sources_from_where_complaints_and_reactions(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A role anaphor of the article's gender: "a executiva" is not "o secretário X"; "la
        # autoridad" is of one gender whoever holds it; "o gestor" stands for the titled person.
        ("pt", "Joana Quelm, presidente da associação, contestou o secretário Hélio Quelm e, segundo a executiva, "
               "quatro projetos atrasaram.",
         [("executiva", "segundo", "person:joana-quelm")]),
        ("es", "El intendente Carlos Quelm visitó la zona. «Hay que reconstruir», señaló la autoridad.",
         [("autoridad", "señaló", "person:carlos-quelm")]),
        ("pt", 'O presidente da CVA, Sandro Quelm, deu os números: "Queremos 160 mil", disse o gestor.',
         [("gestor", "disse", "person:sandro-quelm")]),
    ],
)
def test_sources_role_anaphors_agree_in_gender(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A pronoun after a preposition of attribution stands for the person named before it.
        ("pt", "O deputado Ricardo Quelm quer um piso. Segundo ele, o salário é baixo.",
         [("ele", "Segundo", "person:ricardo-quelm")]),
        ("en", "Minister Sam Quelm spoke. According to him, wages are low.",
         [("him", "According to", "person:sam-quelm")]),
        ("en", "According to her, wages are low.", []),
        # A title written in capitals before its place: the office speaks, not the place.
        ("es", "El Gobernador de Sinaloa anunció que las clases se reanudarán.",
         [("Gobernador de Sinaloa", "anunció", None)]),
    ],
)
def test_sources_pronouns_after_prepositions_and_capitalised_titles(lang: str, text: str,
                                                                    expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_a_car_dealer_is_a_company_so_its_manager_speaks() -> None:
    doc = process_text("“Prices will rise,” Mr Ken Quelm, general manager of car dealer Prestige Quelmworks, told CNA.",
                       "en")
    assert [(a.name, a.type) for a in doc._.actors][:2] == [("Ken Quelm", "person"),
                                                           ("Prestige Quelmworks", "organization")]
    assert [(s.name, s.actor_id) for s in doc._.sources] == [("Ken Quelm", "person:ken-quelm")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "o parlamentar" stands for the deputy or senator last named, before anyone else titled.
        ("pt", 'O deputado Emídio Quelm pediu a convocação do presidente da empresa, Rogério Quelmes, e '
               '"vamos cobrar", afirmou o parlamentar.',
         [("parlamentar", "afirmou", "person:emidio-quelm")]),
        # Told an outlet, then who: the speaker after the verb, not a body in the clause before it.
        ("pt", "O Governo recebeu uma proposta pela Azores Quelm, a companhia do grupo SATA que voa para fora, "
               "confirmou ao PÚBLICO fonte do executivo.",
         [("fonte do executivo", "confirmou", None)]),
        # After figures and a comma, the titled person of the next clause is no source.
        ("pt", "Segundo os resultados provisórios, o candidato do partido, Amílcar Quelm, obteve 6412 votos.",
         [("resultados provisórios", "Segundo", None)]),
        # A lawmaker's party and state in brackets stand between the name and the verb.
        ("en", '"We are holding the bag," Rep. Quelm Whitford (R-Kan.) said.',
         [("Quelm Whitford", "said", "person:quelm-whitford")]),
        # A bare noun after "said" is what was said of, when the subject is apposed before.
        ("en", "The group leader, Cllr Helen Quelm, said residents had seen services cut.",
         [("Helen Quelm", "said", "person:helen-quelm")]),
        # "Madam" is an honorific (Singapore, Malaysia), as "Mdm" is.
        ("en", "“Someone else offers more,” said Madam Quel Siew Lan, a clerk.",
         [("Quel Siew Lan", "said", "person:quel-siew-lan")]),
        # A state declared, a date between: an act, no speech.
        ("es", "El Gobierno de Quelmarias declaró en marzo de 2024 la emergencia hídrica.", []),
        # Denied or aimed at someone: no speech.
        ("es", "Los funcionarios le negaron información a la madre.", []),
        # "la regidora": the titled one named before.
        ("es", "La alcaldesa de Telde, Yaiza Quelmo, pidió una auditoría; “nadie se movió”, lamentó la regidora.",
         [("regidora", "lamentó", "person:yaiza-quelmo")]),
        # "el mandatario estatal": the governor named before; "o relator": the deputy named before
        ("es", "El gobernador de Quelisco, Pablo Quelruiz, habló. “Fue un hecho aislado”, declaró el "
               "mandatario estatal.", [("mandatario estatal", "declaró", "person:pablo-quelruiz")]),
        ("pt", "A proposta foi relatada pelo deputado Edson Quelprado. «Não é crime», disse o relator em plenário.",
         [("relator", "disse", "person:edson-quelprado")]),
        # "el jefe edil", "el mandatario distrital": the mayor named before
        ("es", "El alcalde de Quelango, Efraín Quelx, criticó la falta de recursos. “Seguimos esperando”, "
               "lamentó el jefe edil.",
         [("Efraín Quelx", "criticó", "person:efrain-quelx"), ("jefe edil", "lamentó", "person:efrain-quelx")]),
        # The people of the last place of a list; users of a station.
        ("pt", "Moradores do Quelzenga e de Viana queixam-se da falta de água.",
         [("Moradores do Quelzenga e de Viana", "queixam-se", None)]),
        # A clitic before the verb ("le reprochó"); the people of a place, not the place.
        ("es", "Marta Quelsa habló en las Cortes, donde el grupo de Chunta Aragonesista le reprochó que llegue tarde.",
         [("grupo de Chunta Aragonesista", "reprochó", "organization:chunta-aragonesista")]),
        ("es", "Vecinos de la colonia Villa Quelma denunciaron que pagan una cuota.",
         [("Vecinos de la colonia Villa Quelma", "denunciaron", None)]),
        ("en", "Tom Quelly, whose shop burned down, said his insurer had offered him $50,000.",
         [("Tom Quelly", "said", "person:tom-quelly")]),
        # ...nor after a bare noun of sources.
        ("es", "Según fuentes municipales, el alcalde, Jaime Quelm, se reunirá el miércoles.",
         [("fuentes municipales", "Según", None)]),
        ("pt", "Segundo o relator do caso, desembargador Otávio Quelm, há elementos suficientes.",
         [("Otávio Quelm", "Segundo", "person:otavio-quelm")]),
        # English: words that say what the speaker is, with no title, after "said" and a body.
        ("en", '"These are skilled jobs," said Unite regional officer Gordon Quelm.',
         [("Gordon Quelm", "said", "person:gordon-quelm")]),
        ("en", '"It will help," Celyn Quelm, vice-president for western Canada at the Insurance Bureau of '
               'Canada (IBC), said in a statement.',
         [("Celyn Quelm", "said", "person:celyn-quelm")]),
    ],
)
def test_sources_parliamentarians_told_outlets_and_described_speakers(lang: str, text: str,
                                                                       expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_cuenta_after_a_quote_reports_and_cuenta_con_does_not() -> None:
    doc = process_text("“Con eso pagamos la luz”, cuenta Graciela Quelm, de 61 años. La familia cuenta con ayuda.",
                       "es")
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == [
        ("Graciela Quelm", "cuenta", "person:graciela-quelm")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "a pasta", "la cartera": the body named before.
        ("pt", "A Secretaria da Segurança Pública confirmou as mortes, e a pasta afirma que haverá inquérito.",
         [("pasta", "afirma", "organization:secretaria-da-seguranca-publica")]),
        # An appeal "para que" reports what was asked; "apelou à calma" does not.
        ("pt", 'A governadora Ana Quelm apelou aos moradores para que "não acreditem em boatos".',
         [("Ana Quelm", "apelou", "person:ana-quelm")]),
        ("pt", "O presidente apelou à calma.", []),
        # "concluiu" reports only before "que".
        ("pt", "O tribunal concluiu nesta quinta-feira o julgamento.", []),
        ("pt", "O STF concluiu que a lei é válida.",
         [("STF", "concluiu", "organization:supremo-tribunal-federal")]),
        # A title too long for one phrase, then the name set off.
        ("pt", "«Foi difícil», disse à RTP o comandante sub-regional das Beiras e Serra da Estrela, Paulo Quelm.",
         [("Paulo Quelm", "disse", "person:paulo-quelm")]),
    ],
)
def test_sources_portfolios_appeals_conclusions_and_long_titles(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Speakers joined by "and/e/y" and commas are each a source of the verb.
        ("en", "Her sons Chris Quelkin and Toby Quelphens said she died peacefully.",
         [("Chris Quelkin", "said", "person:chris-quelkin"), ("Toby Quelphens", "said", "person:toby-quelphens")]),
        ("en", "The United States, Germany and Romania announced new air defences.",
         [("United States", "announced", "country:usa"), ("Germany", "announced", "country:deu"),
          ("Romania", "announced", "country:rou")]),
        ("pt", "O Bloco de Esquerda e o PCP anunciaram que vão votar contra.",
         [("Bloco de Esquerda", "anunciaram", "organization:left-bloc"),
          ("PCP", "anunciaram", "organization:portuguese-communist-party")]),
        ("es", "Según Oxfam y Cáritas, la ayuda no llega.",
         [("Oxfam", "Según", "organization:oxfam"), ("Cáritas", "Según", "organization:caritas")]),
        # A verb in the singular has one speaker; names after "between" are no subject; initials
        # in brackets name one body; a comma alone sets off an apposition.
        ("pt", "Lula e Alckmin, disse o ministro Paulo Quelm, vão viajar.",
         [("Paulo Quelm", "disse", "person:paulo-quelm")]),
        ("en", "Quelvo Holdings, a venture between Hong Kong's MTR Corporation and John Quelland, said it paid.",
         [("Quelvo Holdings", "said", "organization:quelvo-holdings")]),
        ("pt", "Segundo o Instituto de Quelmetria e Geofísica (IQG), choveu.",
         [("Instituto de Quelmetria e Geofísica", "Segundo", "organization:instituto-de-quelmetria-e-geofisica")]),
        ("en", "The head of Oxfam, Maria Quelton, said aid was blocked.",
         [("Maria Quelton", "said", "person:maria-quelton")]),
        # A name past "that/que" after the verb is in what was said, no speaker.
        ("en", "The government said in a statement that Minister Walter Quelnik would tour the plant.",
         [("government", "said", None)]),
        ("pt", "O Governo informou em comunicado que o ministro da Agricultura, Walter Quelnik, visitará a fábrica.",
         [("Governo", "informou", None)]),
        # A surname that is also a common word ("sola") names the person named in full before.
        ("es", "La responsable, Ainhoa Sola Quelmín, habló. «No falta gente», afirmó Sola.",
         [("Sola", "afirmó", "person:ainhoa-sola-quelmin")]),
        # A list after "according to X," that goes on into a verb is the clause's subject.
        ("en", "According to the SCCI, Germany, the United States and Japan are the largest buyers.",
         [("SCCI", "According to", "organization:scci")]),
        ("es", "Según la FAO, Brasil, Argentina y Chile son los mayores productores.",
         [("FAO", "Según", "organization:food-and-agriculture-organization")]),
        ("en", "According to Oxfam, the WFP and Unicef, prices rose.",
         [("Oxfam", "According to", "organization:oxfam"), ("WFP", "According to", "organization:world-food-programme"),
          ("Unicef", "According to", "organization:unicef")]),
    ],
)
def test_sources_joined_speakers_each_source_the_verb(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "conta que", "cuenta que": the named speaker before; "na conta que" names none.
        ("pt", "No bairro, Joana Quelange, vendedora de 41 anos, conta que o peixe subiu.",
         [("Joana Quelange", "conta", "person:joana-quelange")]),
        ("es", "La vecina Rosa Quel cuenta que el agua llegó al techo.", [("Rosa Quel", "cuenta", "person:rosa-quel")]),
        ("pt", "Na conta que o governo apresentou há erros.", []),
        # Present-tense "lamenta" after a quote gives the words to the one named after it.
        ("pt", "Segundo a Associação Comercial de Quelga, «há semanas sem vendas», lamenta Sofia Quelmalho.",
         [("Associação Comercial de Quelga", "Segundo", "organization:associacao-comercial-de-quelga"),
          ("Sofia Quelmalho", "lamenta", "person:sofia-quelmalho")]),
        # A verb with a subject of its own in a reported clause is not the speaker's.
        ("en", "Quela Falaniko told the Quelmoa Observer that all 56 member countries had confirmed attendance.",
         [("Quela Falaniko", "told", "person:quela-falaniko")]),
        # "…, telling reporters that": the clause's subject; no comma, no report
        ("en", "Jane Quelby resigned on Monday, telling staff she was exhausted.",
         [("Jane Quelby", "telling", "person:jane-quelby")]),
        ("en", "He spent the day telling stories.", []),
        # an opinion verb reports past its setting and medium to "que"; the statement is no speaker
        ("es", "La Comunidad de Quelrantes defendió en un comunicado que cumple la ley y advirtió contra el cierre.",
         [("Comunidad de Quelrantes", "defendió", "organization:comunidad-de-quelrantes"),
          ("Comunidad de Quelrantes", "advirtió", "organization:comunidad-de-quelrantes")]),
        ("pt", "O ministro Vasco Quelmos defendeu na segunda-feira, no Parlamento, que o aumento virá.",
         [("Vasco Quelmos", "defendeu", "person:vasco-quelmos")]),
        ("pt", "O Flamengo defendeu o título.", []),
    ],
)
def test_sources_conta_que_present_laments_and_subjects_of_their_own(lang: str, text: str,
                                                                      expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # the paper that reports, then the speaker: "a este diario X"; an unlisted outlet told
        ("es", '"Nos pagan poco", dijo a este diario Hernando Quelntero, vocero de la organización.',
         [("Hernando Quelntero", "dijo", "person:hernando-quelntero")]),
        ("es", '"Tenemos pruebas", dijo a Quelpansión Política Gerardo Ibarra Luna.',
         [("Gerardo Ibarra Luna", "dijo", "person:gerardo-ibarra-luna")]),
    ],
)
def test_sources_the_outlet_told_before_the_speaker(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


def test_sources_a_nomination_is_no_report() -> None:
    doc = process_text("O presidente Lula indicou nesta terça-feira o economista Rodrigo Quelão para a diretoria.",
                       "pt")
    assert [s.cue for s in doc._.sources] == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # initials spelt like a name particle are a name, not the particle ("the DA said" had
        # left an empty source and failed the whole article)
        ("en", "Onion prices rose 12 percent last week, the DA said on Monday.", [("DA", "said", "organization:da")]),
        ("en", "DE told reporters the plan was ready.", [("DE", "told", "organization:de")]),
    ],
)
def test_sources_initials_spelt_like_a_particle(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # the pluperfect of a verb of saying reports too
        ("es", "La ministra de Vivienda, Lucía Quelnique, había dicho el lunes que no hay preferencia.",
         [("Lucía Quelnique", "había dicho", "person:lucia-quelnique")]),
        ("pt", "Gabriel Quelípolo tinha dito que o banco estava desconfortável.",
         [("Gabriel Quelípolo", "tinha dito", "person:gabriel-quelipolo")]),
    ],
)
def test_sources_pluperfect_verbs_of_saying(lang: str, text: str, expected: list[tuple]) -> None:
    doc = process_text(text, lang)
    assert [(s.name, s.cue, s.actor_id) for s in doc._.sources] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A party-and-state tag set off by commas before an aside: the senator speaks.
        ("en", "Sen. Ron Quelden, D-Ore., one of the Democrats who opposed the bill, said the measure was flawed.",
         [("Ron Quelden", 5, "said", "attribution", "person:ron-quelden")]),
        # When it was said ends the title after the verb, which then finds its holder.
        ("es", "La alcaldesa de Gandia, María Quelar, rechazó el proyecto. «No podemos permitir más camiones», "
               "dijo la alcaldesa el martes.",
         [("alcaldesa", 103, "dijo", "attribution", "person:maria-quelar")]),
        ("pt", "O prefeito Eduardo Quelimento falou. “Quem mais usa o ônibus é quem mais precisa”, declarou o "
               "prefeito ontem, em entrevista coletiva.",
         [("prefeito", 94, "declarou", "attribution", "person:eduardo-quelimento")]),
    ],
)
def test_sources_party_tag_and_time_after_title(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "added" with an amount for its object reports nothing.
        ("en", "Employers added an average of 150,000 jobs a month, according to the Labor Department.",
         [("Labor Department", 69, "according to", "attribution", "organization:labor-department")]),
        # What is done "according to" a body's schedule has no source.
        ("en", "City Power said customers would be shed according to Eskom's schedule.",
         [("City Power", 0, "said", "attribution", "organization:city-power")]),
        # A body's title as the subject is its holder named before.
        ("es", "El presidente de UTE, Pablo Quelanza, firmó. El presidente de UTE explicó que no.",
         [("presidente de UTE", 48, "explicó", "attribution", "person:pablo-quelanza")]),
        # "el mandatario" is the head of a government named last, not a company's president.
        ("es", "El presidente de YPF, Horacio Quelna, firmó el acuerdo. El gobernador de Neuquén, Alberto Quelos, "
               "celebró la firma. \"Nadie creía que esto iba a pasar\", afirmó el mandatario.",
         [("mandatario", 162, "afirmó", "attribution", "person:alberto-quelos")]),
    ],
)
def test_sources_objects_schedules_and_holders(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


def test_sources_quote_of_a_person_set_off_with_a_courtesy() -> None:
    doc = run("en", "The union's president, Comrade Aliyu Quello, described the increase as “a slap on the face of "
                    "workers”.")
    assert [(q.text, q.speaker_actor_id) for q in doc._.quotes] == [("a slap on the face of workers",
                                                                      "person:aliyu-quello")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A view's holder ("Para X, …") is who an occupation after the quote stands for.
        ("pt", 'Para o professor da Universidade Federal do Amazonas Cláudio Quelezes Arruda, o prejuízo é exagerado. '
               '"Nem todas as empresas usam esses créditos", explicou o economista.',
         [("Cláudio Quelezes Arruda", 53, "Para", "attribution", "person:claudio-quelezes-arruda"),
          ("economista", 158, "explicou", "attribution", "person:claudio-quelezes-arruda")]),
        # "la empresa" is the company that opens the sentence, not its partner named after.
        ("es", "Construcciones Navales Quelieta ha cerrado un acuerdo con la danesa Maersk para fabricar tres buques, "
               "según ha informado la empresa en un comunicado.",
         [("empresa", 124, "ha informado", "attribution", "organization:construcciones-navales-quelieta")]),
    ],
)
def test_sources_view_holders_and_the_subject_company(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The agent after a participle cue and "by" is the source.
        ("en", "The council will fund the repairs with a £20m grant, announced by Net Zero Secretary Callum Quelsdale "
               "on Tuesday.",
         [("Callum Quelsdale", 85, "announced", "attribution", "person:callum-quelsdale")]),
        # Portuguese and Spanish participles are cues only with their agent; "segundo" named it once.
        ("pt", "Os dados foram avançados pelo Instituto Quelmar de Gestão de Desastres na terça-feira.",
         [("Instituto Quelmar de Gestão de Desastres", 30, "avançados", "attribution",
           "organization:instituto-quelmar-de-gestao-de-desastres")]),
        ("es", "Las cifras fueron difundidas por el Ministerio de Salud de Quelandia.",
         [("Ministerio de Salud de Quelandia", 36, "difundidas", "attribution",
           "organization:ministerio-de-salud-de-quelandia")]),
        ("pt", "Segundo dados divulgados pela Agência Quelfa, há 300 casos.",
         [("Agência Quelfa", 30, "Segundo", "attribution", "organization:agencia-quelfa")]),
        ("pt", "Os dados foram avançados na semana passada.", []),
        ("en", "The report was published by the Quelmont Institute.",
         [("Quelmont Institute", 32, "published", "attribution", "organization:quelmont-institute")]),
        ("en", "Hostages released by the Quelmont Brigade returned home.", []),
        # A negated impersonal verb reports nothing.
        ("es", "Aunque no se reportaron víctimas, el tráfico sigue cortado.", []),
        # "added" a thing reports no words.
        ("en", "Fire Chief Gordon Quelson said the department had added a second water tanker.",
         [("Gordon Quelson", 11, "said", "attribution", "person:gordon-quelson")]),
        # A long title after an inverted verb runs to the name set off after it.
        ("es", "«Las contratas se van a la calle», denunció el secretario general de CCOO de Industria de Asturias, "
               "Xuan Quelto Llano.",
         [("Xuan Quelto Llano", 100, "denunció", "attribution", "person:xuan-quelto-llano")]),
    ],
)
def test_sources_passive_agents_and_long_titles(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


def test_sources_a_title_of_a_numbered_body() -> None:
    doc = run("es", "El gerente de la Cámara, Patricio Quelríquez, habló primero. El presidente del Sindicato de "
                    "Estibadores N°1, Luis Quelavena, dijo que temen quedar fuera. \"Queremos garantías\", sostuvo "
                    "el dirigente.")
    assert [(s.text, s.actor_id) for s in doc._.sources] == [("Luis Quelavena", "person:luis-quelavena"),
                                                             ("dirigente", "person:luis-quelavena")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "o governante" is the member of government, not the company's director named last.
        ("pt", 'Assinaram o ministro das Pescas, Domingos Quelpa Mateus, e o director da Namibe Quelmas, o espanhol '
               'Javier Quelrtega. "O sector vai crescer", afirmou o governante.',
         ("governante", "person:domingos-quelpa-mateus")),
        # A title with its adjective is the one holder of the title.
        ("es", 'El presidente del Consell, Joan Quelrer, defendió la tasa. "Es justa", aseguró el presidente insular.',
         ("presidente insular", "person:joan-quelrer")),
    ],
)
def test_sources_government_members_and_qualified_titles(lang: str, text: str, expected: tuple) -> None:
    assert [(s.name, s.actor_id) for s in run(lang, text)._.sources][-1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A clause after "said" is what was said: the speaker is the subject set off before it.
        ("Mayor Mpasa Quelchanda, who chaired the meeting, said Government wanted Zambia to act.",
         [("Mpasa Quelchanda", 6, "said", "attribution", "person:mpasa-quelchanda")]),
        # The agent of a participle in an aside is not who says: no source rather than the council.
        ("The review, commissioned by the Queldon City Council and released yesterday, says costs rose.", []),
    ],
)
def test_sources_a_clause_after_the_verb_and_an_agent_in_an_aside(text: str, expected: list[tuple]) -> None:
    assert compact(run("en", text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "según" before a verb of saying is the verb's source, reported once.
        ("es", "Trabajan 30 cuadrillas, según explicó ayer el alcalde, Pedro Quelgil.",
         [("Pedro Quelgil", 55, "explicó", "attribution", "person:pedro-quelgil")]),
        # A body named with its country at a sentence's start speaks, though its noun is written
        # in lower case elsewhere.
        ("es", "La ruta del tren volverá en noviembre. Tren Ecuador respondió que los puentes cumplen.",
         [("Tren Ecuador", 39, "respondió", "attribution", "organization:tren-ecuador")]),
    ],
)
def test_sources_segun_before_a_verb_and_a_body_named_with_its_country(lang: str, text: str,
                                                                       expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A paper named in quotes, after "ao", is whom one spoke to; the speaker follows it.
        ("pt", "“Está excelente”, explicou ao “Diário do Alentejo” o diretor-geral do lagar, João Quelas.",
         [("João Quelas", 77, "explicou", "attribution", "person:joao-quelas")]),
        # The speaker, then an outlet whose name opens with its kind: two names, not one body.
        ("es", '"Estamos mal", declaró Quispe a Radio Programas.',
         [("Quispe", 23, "declaró", "attribution", "person:quispe")]),
    ],
)
def test_sources_outlets_told_after_the_cue(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A titled name after "said" may end its clause with a date.
        ('"We apologize," said ferry captain Tom Quelkes on Monday.',
         [("Tom Quelkes", 35, "said", "attribution", "person:tom-quelkes")]),
        ('"We apologize," said ferry captain Tom Quelkes yesterday.',
         [("Tom Quelkes", 35, "said", "attribution", "person:tom-quelkes")]),
        # (not when the clause goes on: what was said of him)
        ("He said union president Tom Quelkes had quit on Monday.", []),
    ],
)
def test_sources_titled_name_then_a_date(text: str, expected: list[tuple]) -> None:
    assert compact(run("en", text)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # One who speaks for a person is the source, and no actor; the person said nothing.
        ("en", "A spokesperson for Premier Alan Quelrourke said the state would pay.",
         [("spokesperson for Premier Alan Quelrourke", 2, "said", "attribution", None)]),
        ("es", "Un portavoz del ministro Luis Quelmar dijo que no habrá cambios.",
         [("portavoz del ministro Luis Quelmar", 3, "dijo", "attribution", None)]),
        # The spokesperson named after the body speaks himself.
        ("pt", "O porta-voz da empresa João Quelva disse que sim.",
         [("João Quelva", 23, "disse", "attribution", "person:joao-quelva")]),
    ],
)
def test_sources_one_who_speaks_for_a_person(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected
