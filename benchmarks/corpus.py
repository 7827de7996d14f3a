"""Generate a realistic news corpus as JSONL, for the scale benchmarks (and the scale tests).

Usage:
    python benchmarks/corpus.py 10000 > corpus.jsonl
    python benchmarks/corpus.py 10000 --seed 7 --out corpus.jsonl

Each article is news length (2-4 KB), in Portuguese, English or Spanish, with several people
(given names from seeds/reference/first_names.csv, titles from titles.csv), countries
(countries.csv), organisations (organizations.csv), places (places.csv), quantities, dates,
attributions and a quote. Sentences are drawn from per-language templates, so no two
articles are the same text. The output depends only on N and the seed.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "seeds" / "reference"
LANGUAGES = (("pt", 0.5), ("en", 0.3), ("es", 0.2))
SURNAMES = ("Silva Santos Oliveira Souza Pereira Costa Almeida Ferreira Rodrigues Gomes Martins "
            "Carvalho Ribeiro Lopes Barbosa Smith Johnson Walker Turner Hughes Morgan Fischer "
            "Weber Novak Kowalski Petrov Ivanov Sokolov Moreau Dubois Rossi Bianchi García "
            "Fernández González López Martínez Sánchez Romero Navarro Torres Ramírez").split()
OUTLETS = ("Folha do Litoral", "Diário Central", "The Morning Ledger", "Global Wire",
           "El Heraldo del Sur", "Crónica Nacional", "Jornal da Tarde", "Evening Courier")
MONTHS = {
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
TEMPLATES = {
    "pt": [
        "O {title} {person}, de {country}, disse nesta {weekday} que mais de {n} {things} foram enviados para {place}.",
        "Segundo a {org}, cerca de {n} {things} chegaram a {country} em {day} de {month}.",
        "{person2} afirmou que o governo de {country} vai investir {money} milhões de dólares até {year}.",
        "A reunião entre {person} e o {title2} {person2} ocorreu em {place}, informou a agência {org}.",
        "De acordo com o {org}, {pct}% dos {things} foram distribuídos desde {month} passado.",
        "\"Não vamos aceitar nenhuma ameaça contra {country}\", disse {person} a jornalistas.",
        "O acordo prevê a entrega de {n} {things} a {country} nos próximos {k} meses.",
        "Em {month} de {year}, {country} e {country2} assinaram um tratado de cooperação.",
        "Pelo menos {k} pessoas morreram e outras {n} ficaram feridas em {place}, segundo autoridades locais.",
        "A {org} estima que {country2} precise de {money} milhões de euros para a reconstrução.",
    ],
    "en": [
        "{title} {person} of {country} said on {weekday} that more than {n} {things} had been sent to {place}.",
        "According to the {org}, about {n} {things} arrived in {country} on {month} {day}.",
        "{person2} said the government of {country} would invest {money} million dollars by {year}.",
        "The meeting between {person} and {title2} {person2} took place in {place}, the {org} reported.",
        "Some {pct}% of the {things} have been distributed since last {month}, the {org} said.",
        "\"We will not accept any threat against {country}\", {person} told reporters.",
        "The deal provides for the delivery of {n} {things} to {country} over the next {k} months.",
        "In {month} {year}, {country} and {country2} signed a cooperation treaty.",
        "At least {k} people were killed and {n} others injured in {place}, local officials said.",
        "The {org} estimates that {country2} needs {money} million euros for reconstruction.",
    ],
    "es": [
        "El {title} {person}, de {country}, dijo este {weekday} que más de {n} {things} fueron enviados a {place}.",
        "Según la {org}, unos {n} {things} llegaron a {country} el {day} de {month}.",
        "{person2} afirmó que el gobierno de {country} invertirá {money} millones de dólares hasta {year}.",
        "La reunión entre {person} y el {title2} {person2} tuvo lugar en {place}, informó la {org}.",
        "De acuerdo con la {org}, el {pct}% de los {things} fueron distribuidos desde {month} pasado.",
        "\"No vamos a aceptar ninguna amenaza contra {country}\", dijo {person} a los periodistas.",
        "El acuerdo prevé la entrega de {n} {things} a {country} en los próximos {k} meses.",
        "En {month} de {year}, {country} y {country2} firmaron un tratado de cooperación.",
        "Al menos {k} personas murieron y otras {n} resultaron heridas en {place}, según autoridades locales.",
        "La {org} estima que {country2} necesita {money} millones de euros para la reconstrucción.",
    ],
}
THINGS = {"pt": "soldados contêineres toneladas refugiados caminhões doses", "en":
          "troops containers tonnes refugees trucks doses", "es":
          "soldados contenedores toneladas refugiados camiones dosis"}
WEEKDAYS = {"pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira",
            "en": "Monday Tuesday Wednesday Thursday Friday",
            "es": "lunes martes miércoles jueves viernes"}


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE_DIR / f"{name}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _alternatives(rows: list[dict[str, str]], **where: str) -> list[str]:
    found = []
    for row in rows:
        if all(row.get(k) in (v, "*") for k, v in where.items()):
            found += [t for t in row["text"].split("|") if t]
    return found


class Vocabulary:
    """Names per language from the reference tables."""

    def __init__(self) -> None:
        countries, titles = _rows("countries"), _rows("titles")
        orgs, places = _rows("organizations"), _rows("places")
        self.first_names = _alternatives(_rows("first_names"))
        self.countries = {lang: _alternatives(countries, lang=lang, kind="name") for lang, _ in LANGUAGES}
        self.titles = {lang: [t for t in _alternatives(titles, lang=lang, kind="title") if t.islower()]
                       for lang, _ in LANGUAGES}
        self.orgs = {lang: [r["canonical"] for r in orgs if r["lang"] in (lang, "*")] or ["ONU"]
                     for lang, _ in LANGUAGES}
        self.places = [r["canonical"] for r in places]


def _paragraph(rng: random.Random, vocab: Vocabulary, lang: str, cast: dict[str, list[str]]) -> str:
    months = MONTHS[lang].split()
    values = {
        "person": rng.choice(cast["people"]), "person2": rng.choice(cast["people"]),
        "title": rng.choice(vocab.titles[lang]), "title2": rng.choice(vocab.titles[lang]),
        "country": rng.choice(cast["countries"]), "country2": rng.choice(cast["countries"]),
        "org": rng.choice(cast["orgs"]), "place": rng.choice(vocab.places),
        "n": f"{rng.randint(2, 95) * 100:,}".replace(",", "." if lang != "en" else ","),
        "k": rng.randint(2, 40), "money": rng.randint(5, 900), "pct": rng.randint(3, 97),
        "things": rng.choice(THINGS[lang].split()), "weekday": rng.choice(WEEKDAYS[lang].split()),
        "day": rng.randint(1, 28), "month": rng.choice(months), "year": rng.randint(2019, 2026),
    }
    sentences = rng.sample(TEMPLATES[lang], k=rng.randint(3, 5))
    return " ".join(s.format(**values) for s in sentences)


def make_article(rng: random.Random, vocab: Vocabulary, i: int) -> dict[str, str]:
    """One article: metadata and a 2-4 KB text of templated paragraphs."""
    lang = rng.choices([lang for lang, _ in LANGUAGES], [w for _, w in LANGUAGES])[0]
    cast = {
        "people": [f"{rng.choice(vocab.first_names)} {rng.choice(SURNAMES)}" for _ in range(4)],
        "countries": rng.sample(vocab.countries[lang], k=3),
        "orgs": rng.sample(vocab.orgs[lang], k=min(2, len(vocab.orgs[lang]))),
    }
    target = rng.randint(2000, 4000)
    paragraphs: list[str] = []
    while sum(len(p) + 2 for p in paragraphs) < target:
        paragraphs.append(_paragraph(rng, vocab, lang, cast))
    published = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
    outlet = rng.choice(OUTLETS)
    return {"id": f"gen-{i:07d}", "language": lang, "published": published.isoformat(),
            "url": f"https://news.example/{lang}/{i}", "outlet": outlet,
            "title": paragraphs[0].split(".")[0][:90], "text": "\n\n".join(paragraphs)}


def generate(n: int, *, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield `n` articles, deterministically for a given seed."""
    rng = random.Random(seed)
    vocab = Vocabulary()
    for i in range(n):
        yield make_article(rng, vocab, i)


def write_corpus(path: Path, n: int, *, seed: int = 0) -> Path:
    """Write `n` generated articles to `path` as JSONL."""
    with path.open("w", encoding="utf-8") as handle:
        for article in generate(n, seed=seed):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="output file (default: stdout)")
    args = parser.parse_args()
    if args.out:
        write_corpus(args.out, args.n, seed=args.seed)
        return
    for article in generate(args.n, seed=args.seed):
        sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
