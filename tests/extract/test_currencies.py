"""etl_currencies: a currency word that several countries share, read by the article's country."""

from __future__ import annotations

import pytest

from etl.extract.nlp import process_text
from etl.models import Article


def units(lang: str, text: str, url: str | None = None) -> list[tuple[str, str | None]]:
    doc = process_text(text, lang, article=Article(input_id="t", text=text, url=url, language=lang))
    return [(q.text, q.unit) for q in doc._.quantities]


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # "pesos" are the money of the country the article is about...
        ("es", "Argentina recortará 1.500 millones de pesos, dijo el Gobierno de Argentina.", None,
         [("1.500 millones de pesos", "ARS")]),
        ("pt", "O Chile vai gastar 300 mil pesos por família, informou o governo do Chile.", None,
         [("300 mil pesos", "CLP")]),
        ("en", "The Philippines will spend 5 billion pesos, the Philippines' budget office said.", None,
         [("5 billion pesos", "PHP")]),
        # ...or of the outlet's country when the text names none...
        ("es", "El Gobierno gastó 1.500 millones de pesos.", "https://www.clarin.com/x",
         [("1.500 millones de pesos", "ARS")]),
        # ...and MXN when neither says.
        ("es", "El Gobierno gastó 1.500 millones de pesos.", None, [("1.500 millones de pesos", "MXN")]),
        # Dinars and riyals: the article's country's, else the Iraqi dinar and the Saudi riyal.
        ("en", "Algeria spent 40 billion dinars on wheat, Algeria's trade ministry said.", None,
         [("40 billion dinars", "DZD")]),
        ("en", "The ministry will pay 2 trillion dinars.", None, [("2 trillion dinars", "IQD")]),
        ("en", "Qatar paid 5 billion riyals, Qatar's ministry said.", None, [("5 billion riyals", "QAR")]),
        ("en", "Farmers were paid 3 billion reais.", None, [("3 billion reais", "BRL")]),
        ("pt", "Em Cabo Verde, o gasóleo sobe para 153$20, disse o Governo de Cabo Verde.", None,
         [("153$20", "CVE")]),
        # A Canadian paper on a .com domain writes Canadian dollars.
        ("en", "Shippers said $800 million worth of goods was held up.", "https://vancouversun.com/news/x",
         [("$800 million", "CAD")]),
        # A rate keeps the country's money: "al año" after "pesos".
        ("es", "La actividad genera 8,5 billones de pesos al año.", "https://www.elespectador.com/x",
         [("8,5 billones de pesos al año", "COP/year")]),
        # Rupees of a Pakistani outlet are Pakistani, before the number and in a rate.
        ("en", "It costs Rs 500 and up to Rs190 billion a day.", "https://www.dawn.com/news/x",
         [("Rs 500", "PKR"), ("up to Rs190 billion a day", "PKR/day")]),
        # A qualified currency keeps its own code.
        ("es", "Argentina pagó 500 pesos mexicanos, dijo Argentina.", None, [("500 pesos mexicanos", "MXN")]),
        # "$" follows the outlet's country only: a US outlet's dollars stay dollars.
        ("es", "El Gobierno gastó $ 1.500 millones.", "https://www.clarin.com/x", [("$ 1.500 millones", "ARS")]),
        ("en", "Argentina got a $20 billion loan, Argentina said.", "https://www.nytimes.com/x",
         [("$20 billion", "USD")]),
        ("es", "Argentina recibió US$ 20.000 millones, dijo Argentina.", "https://www.clarin.com/x",
         [("US$ 20.000 millones", "USD")]),
        # From an outlet of no known country, a Spanish story's "$" is its country's; an English one's USD.
        ("es", "El Gobierno de Salta, en Argentina, cobrará unos $ 6.000 millones.", "https://www.quelnoticias.com/x",
         [("unos $ 6.000 millones", "ARS")]),
        ("es", "La empresa invertirá $ 500 millones.", "https://www.quelnoticias.com/x",
         [("$ 500 millones", "USD")]),
        ("en", "Argentina will collect $6 billion.", "https://www.quelnews.com/x", [("$6 billion", "USD")]),
        # (a town set in its country and the country: places clearly in one country)
        ("en", "Salta, in Argentina, will collect $6 billion.", "https://www.quelnews.com/x", [("$6 billion", "ARS")]),
        ("en", "The shipyard in Nova Scotia will receive $80 million from Ottawa.", "https://www.quelnews.com/x",
         [("$80 million", "CAD")]),
        # Canadian and Chilean outlets write their own dollars and pesos as "$".
        ("en", "The province will spend $3 billion.", "https://www.cbc.ca/news/x", [("$3 billion", "CAD")]),
        ("es", "El pasaje subió a $1.500.", "https://www.latercera.com/x", [("$1.500", "CLP")]),
        # A marked dollar is its country's; "tn" is a trillion.
        ("en", "It raised A$500 million and C$200 million.", None,
         [("A$500 million", "AUD"), ("C$200 million", "CAD")]),
        ("en", "The Nasdaq lost $1.1tn.", "https://www.nytimes.com/x", [("$1.1tn", "USD")]),
        # Cents are the outlet's country's; pounds are sterling in a British outlet, and so are
        # millions of pounds anywhere, unless they are pounds "of" something.
        ("en", "The child fare will be reduced to 65 cent.", "https://www.irishtimes.com/x", [("65 cent", "EUR")]),
        ("en", "Fares rise by 80 cents.", "https://www.nytimes.com/x", [("80 cents", "USD")]),
        ("en", "A ticket cost 20 pounds.", "https://www.bbc.co.uk/news/x", [("20 pounds", "GBP")]),
        ("en", "Britain will pay 3 billion pounds to Rwanda.", "https://www.reuters.com/x",
         [("3 billion pounds", "GBP")]),
        ("en", "The firm recalled 2 million pounds of beef.", "https://www.nytimes.com/x",
         [("2 million pounds", "lb")]),
        ("en", "The parcel weighed 3 pounds.", "https://www.nytimes.com/x", [("3 pounds", "lb")]),
        # A British outlet's decimal amount in "m" with no noun after it is millions, not metres.
        ("en", "The waiting list has fallen to 7.57m, figures show.", "https://www.bbc.co.uk/news/x",
         [("7.57m", None)]),
        ("en", "The waiting list has fallen to 7.57m, figures show.", "https://www.nytimes.com/x",
         [("7.57m", "m")]),
        # (but a river's or a wave's height there is metres)
        ("en", "The Quelbert River peaked at 15.2m, the mayor said.", "https://www.townsvillebulletin.com.au/x",
         [("15.2m", "m")]),
        # A rate keeps its period.
        ("en", "Borrowers save about $90 a month.", "https://www.abc.net.au/news/x",
         [("about $90 a month", "AUD/month")]),
    ],
)
def test_currencies_shared_words_take_the_article_country(lang: str, text: str, url: str | None,
                                                          expected: list[tuple[str, str | None]]) -> None:
    assert units(lang, text, url) == expected


def test_currencies_leave_other_units_alone() -> None:
    assert units("en", "About 600 people and 3 km of road, costing $5.", None) == [
        ("About 600", None), ("3 km", "km"), ("$5", "USD")]


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # An English wire's "$" is the US dollar wherever the story is datelined...
        ("en", "SINGAPORE, Feb 13 (Reuters) - The rate stood at $4,870 last Friday.", "https://www.reuters.com/x",
         [("$4,870", "USD")]),
        # ...a local outlet's, its own country's; a Spanish wire's "$" is the local peso.
        ("en", "SINGAPORE - The rate stood at $4,870 last Friday.", "https://www.straitstimes.com/x",
         [("$4,870", "SGD")]),
        ("es", "BUENOS AIRES, 5 mar (EFE).- El kilo de pan cuesta $4.870 desde ayer.", None, [("$4.870", "ARS")]),
        # "dollars" written out in a local outlet is its country's, unless said to be American.
        ("en", "It would cost tens of millions of dollars and 5 billion US dollars.", "https://www.theaustralian.com.au/x",
         [("tens of millions of dollars", "AUD"), ("5 billion US dollars", "USD")]),
        ("en", "Manitoba will spend $380 million.", "https://www.thestar.com/news/x", [("$380 million", "CAD")]),
    ],
)
def test_currencies_dollar_of_english_wires(lang: str, text: str, url: str | None, expected: list[tuple]) -> None:
    assert units(lang, text, url) == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # "K" is the kina in a story that names Papua New Guinea and no other country of the "K"...
        ("en", "Papua New Guinea's treasurer said the mine would pay K40 million.", None, [("K40 million", "PGK")]),
        # ...the kwacha of Zambia by default, and of Malawi in a story about Malawi.
        ("en", "In Lusaka, the minister said K40 million was paid.", None, [("K40 million", "ZMW")]),
        ("en", "Malawi will spend K40 billion, the Malawi Treasury said.", None, [("K40 billion", "MWK")]),
        # A story that names the default's country and another stays with the default.
        ("en", "Zambia paid 80 million kwacha; Malawi was also hit.", None, [("80 million kwacha", "ZMW")]),
        # ISO codes before or after the amount.
        ("en", "It costs ZMW 40 million, KES 2bn and 5 CAD.", None,
         [("ZMW 40 million", "ZMW"), ("KES 2bn", "KES"), ("5 CAD", "CAD")]),
        # CFA francs: West African by default, Central African in a story about Cameroon.
        ("en", "Growers in Senegal were paid 1,500 CFA francs a kilo.", None, [("1,500 CFA francs a kilo", "XOF/kg")]),
        ("pt", "Os produtores dos Camarões recebem 1.500 francos CFA, disse o governo dos Camarões.", None,
         [("1.500 francos CFA", "XAF")]),
        ("pt", "O preço foi fixado em 375 francos CFA, mas oferecem 50 francos.", None,
         [("375 francos CFA", "XOF"), ("50 francos", "XOF")]),
        ("en", "Wages rose to 23,000 taka; a room costs 300 Fijian dollars.", None,
         [("23,000 taka", "BDT"), ("300 Fijian dollars", "FJD")]),
    ],
)
def test_currencies_letters_and_codes(lang: str, text: str, url: str | None, expected: list[tuple]) -> None:
    assert units(lang, text, url) == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # A bare amount that took its currency from the next one follows that one's country.
        ("pt", "A taxa passa de 220 para 440 escudos por noite em Cabo Verde, disse o Governo de Cabo Verde.", None,
         [("220", "CVE/night"), ("440 escudos por noite", "CVE/night")]),
        # ... also after the words of its modifier.
        ("es", "Producir una hectárea cuesta 28 millones de pesos y los campesinos pierden más de 10 millones.",
         "https://boyaca7dias.com.co/x", [("28 millones de pesos", "COP"), ("más de 10 millones", "COP")]),
        # A country named in the amount's own sentence, over the outlet's home.
        ("pt", "O Tesouro de Cabo Verde já injetou 4,5 mil milhões de escudos na companhia.",
         "https://www.jn.pt/x", [("4,5 mil milhões de escudos", "CVE")]),
        # Money written with its own sign or word is left alone.
        ("es", "Pagó US$ 40 millones y 2,55 dólares más 500 pesos.", "https://www.clarin.com/x",
         [("US$ 40 millones", "USD"), ("2,55 dólares", "USD"), ("500 pesos", "ARS")]),
    ],
)
def test_currencies_a_bare_amount_follows_the_amount_it_shares_a_word_with(lang: str, text: str, url: str | None,
                                                                           expected: list[tuple]) -> None:
    assert units(lang, text, url) == expected


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # "$" with letters after it names its own dollar, whatever the outlet's home.
        ("en", "Palau charges a $US100 fee; Fiji a $F25 levy.", "https://www.abc.net.au/news/x",
         [("$US100", "USD"), ("$F25", "FJD")]),
        # A demonym before "rupees" names the country's rupee.
        ("en", "It earns about 40 billion Nepali rupees a year.", None,
         [("about 40 billion Nepali rupees a year", "NPR/year")]),
    ],
)
def test_currencies_dollar_letters_and_rupees_by_demonym(lang: str, text: str, url: str | None,
                                                         expected: list[tuple]) -> None:
    assert units(lang, text, url) == expected


def test_currencies_an_english_outlets_dollar_in_a_place_abroad() -> None:
    assert units("en", "In Sydney, a borrower with a $600,000 mortgage would save $90 a month.",
                 "https://www.rnz.co.nz/news/x") == [("$600,000", "AUD"), ("$90 a month", "AUD/month")]
    assert units("en", "Metro Trains, owned by Hong Kong's MTR Corporation, paid $3,000.",
                 "https://www.smh.com.au/x") == [("$3,000", "AUD")]
    # A place past a comma after the amount is where something else happens.
    assert units("en", "The industry earned $110 million last year, with most pearls sold at auctions in Hong Kong.",
                 "https://www.smh.com.au/x") == [("$110 million", "AUD")]
    # A place next to an amount in a currency of its own is where that one was paid.
    assert units("en", "The miner raised C$45 million in Toronto and plans to spend about $60 million on a plant.",
                 "https://www.smh.com.au/x") == [("C$45 million", "CAD"), ("about $60 million", "AUD")]


def test_currencies_a_body_of_the_sentence_names_its_country_s_money() -> None:
    # the bank's country, not the Portuguese outlet's
    assert units("pt", "O Banco de Cabo Verde já injetou 4,5 mil milhões de escudos na companhia.",
                 "https://www.jn.pt/x") == [("4,5 mil milhões de escudos", "CVE")]


@pytest.mark.parametrize(
    "lang,text,url,expected",
    [
        # "Rs" in Mauritius, "P" in Botswana, "VT" in Vanuatu; "$" on a Belize paper
        ("en", "Mauritius raised petrol to Rs 74.50 a litre, Mauritius' trading body said.", None,
         [("Rs 74.50 a litre", "MUR/l")]),
        ("en", "Botswana's exports fell to P2.1 billion, the Bank of Botswana said.", None, [("P2.1 billion", "BWP")]),
        ("en", "Vanuatu approved a VT2.4 billion package.", None, [("VT2.4 billion", "VUV")]),
        ("en", "Cane farmers will receive $9.40 a ton.", "https://amandala.com.bz/news/x", [("$9.40 a ton", "BZD/t")]),
    ],
)
def test_currencies_small_economies_and_their_papers(lang: str, text: str, url: str | None,
                                                     expected: list[tuple]) -> None:
    assert units(lang, text, url) == expected


def test_currencies_a_dateline_town_places_the_dollar_of_an_unknown_outlet() -> None:
    # "Neiva." opens the story: a Colombian town, so "$" is the Colombian peso
    assert units("es", "Neiva. El Huila recibirá cerca de $420.000 millones en regalías.",
                 "https://www.diariodelhuila.com/x") == [("cerca de $420.000 millones", "COP")]


def test_currencies_the_shilling_mark_is_the_outlets_shilling() -> None:
    assert units("en", "The power line cost 14.5bn/-.", "https://www.dailynews.co.tz/x") == [("14.5bn/-", "TZS")]
    assert units("en", "Each farmer pays 50,000/- a month.", "https://www.monitor.co.ug/x") == [
        ("50,000/- a month", "UGX/month")]
