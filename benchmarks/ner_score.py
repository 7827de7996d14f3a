"""Score `etl` against NER gold standards: per-class precision, recall and F1.

Usage:
    python benchmarks/ner_score.py HAREM.json [HAREM.json ...] [--json]

Gold files are HAREM-style JSON: `[{"doc_id", "doc_text", "entities": [{"start_offset",
"end_offset", "label"}]}]`. Our labels map to HAREM's classes (GPE and LOC are both LOCAL).
Exact match: same offsets and class. Relaxed match: overlapping spans of the same class,
each gold span matched at most once.

`--harem-conventions` also scores with HAREM's annotation conventions applied to our output
(`apply_harem_conventions`). Where HAREM's guidelines differ from our record contract, the
product keeps its own spans and only the scorer maps them; the counts are from FirstHAREM
train (454 VALOR and 418 TEMPO gold spans):

- Deictic dates ("hoje", "ontem", "na semana passada", weekdays) are never tagged: 1 of 418
  TEMPO spans. A date counts as deictic when it has no digit and names a deictic phrase
  (`date_words.csv`) or a weekday; other dates without a digit ("no Natal", "pela Páscoa",
  "no Verão", "trinta e um de Janeiro") are kept, as HAREM tags them.
- Numbers written in words are never tagged: 1 of 454 VALOR spans.
- Approximations are left out of the span: "cerca de 80.000" is tagged "80.000". The
  phrases of our modifiers about, almost, at_most and at_least ("cerca de", "até",
  "aproximadamente", "uns", "quase", "por volta dos"...) stand outside a tagged amount 42
  times and inside it 14 times; "até" (9 to 0) and "uns" (5 to 0) are consistent, "cerca
  de" (15 to 7) much less. A currency does not change it: "cerca de R$ 23,00" -> "R$ 23,00"
  (1 span). Comparatives stay in: "mais de" is inside 15 times, outside
  twice, so more_than and less_than spans are kept whole.
- The "de" of a range is left out ("de 10 a 20" -> "10 a 20"): outside 4 times, inside
  never; "entre" stays in (inside 5 times, outside once).
- "X ou Y" and "X/Y anos" are two amounts ("79 ou 80 vítimas" -> "79", "80"): "ou" split
  4 times and one span once, "18/19 anos" split all 4 times. Our record keeps one range
  (value 79, value_max 80).
- Amounts joined by "x" are one dimension ("65,6 cm x 45,8 cm x 17 cm"): one span 7
  times, never apart.
- A person's title and honorifics are inside the PESSOA span ("Presidente Getúlio Vargas",
  "sr. Gustavo Capanema"): a word of our titles table begins a longer PESSOA span 59 times
  and stands right before one twice. Our mention is the name; the title written right
  before it is the mention's role evidence, so the scorer takes that span in, and the
  honorifics before it.

Not mapped, so they count as misses: HAREM tags ordinals as classifications ("12º ano",
"26ª jornada": 28 VALOR spans), which our contract excludes, and sports scores ("5-1":
17 spans), which our Quantity (one value, or a range low..high) cannot hold.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TO_HAREM = {"PERSON": "PESSOA", "ORG": "ORGANIZACAO", "GPE": "LOCAL", "LOC": "LOCAL",
            "DATE": "TEMPO", "QUANTITY": "VALOR"}
Span = tuple[int, int, str]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match(gold: Sequence[Span], predicted: Sequence[Span], *, relaxed: bool) -> dict[str, Counts]:
    """Per-class counts for one document (one-to-one matching, left to right)."""
    counts: dict[str, Counts] = {}
    used: set[int] = set()
    for start, end, label in sorted(predicted):
        hit = next(
            (i for i, (gs, ge, gl) in enumerate(gold) if i not in used and gl == label
             and ((gs, ge) == (start, end) if not relaxed else gs < end and start < ge)),
            None,
        )
        bucket = counts.setdefault(label, Counts())
        if hit is None:
            bucket.fp += 1
        else:
            used.add(hit)
            bucket.tp += 1
    for i, (_, _, label) in enumerate(gold):
        if i not in used:
            counts.setdefault(label, Counts()).fn += 1
    return counts


def total(per_doc: Iterable[dict[str, Counts]]) -> dict[str, Counts]:
    """Sum per-class counts over documents; key 'ALL' is the micro average."""
    result: dict[str, Counts] = {}
    for counts in per_doc:
        for label, c in counts.items():
            for key in (label, "ALL"):
                acc = result.setdefault(key, Counts())
                acc.tp, acc.fp, acc.fn = acc.tp + c.tp, acc.fp + c.fp, acc.fn + c.fn
    return result


# Modifiers HAREM leaves out of a VALOR span (see the module docstring); comparatives stay in.
_LEFT_OUT = frozenset({"about", "almost", "at_most", "at_least"})
# What follows a left-out word: a number, or a currency and a number ("cerca de R$ 23,00").
_AMOUNT = r"(?=\S*\d|\S+\s*\d)"
# The bare "from" word of a range ("de 10 a 20"); "dos 20 aos 30" and "entre" stay in.
_FROM = re.compile(rf"(?:de|from)\s+{_AMOUNT}", re.IGNORECASE)
# "79 ou 80 vítimas", "18/19 anos": two amounts for HAREM, one uncertain range for us.
_ALTERNATIVE = re.compile(r"\s+(?:ou|or|o)\s+|(?<=\d)\s*/\s*(?=\d)")
# "800 x 600", "65,6 cm x 45,8 cm x 17 cm": one dimension for HAREM, amounts for us.
_BY = re.compile(r"\s*[x×]\s*")


@functools.cache
def _left_out_modifier(language: str) -> re.Pattern[str]:
    """A leading modifier of the kinds in `_LEFT_OUT`, from the extractor's reference table."""
    from etl.extract.reference import rows_for_language

    phrases = sorted((r["phrase"] for r in rows_for_language("quantity_modifiers", language)
                      if r["position"] == "before" and r["modifier"] in _LEFT_OUT), key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or "(?!)"
    return re.compile(rf"(?:{alternatives})\s+{_AMOUNT}", re.IGNORECASE)


_WORD_RATE = re.compile(r"\s+(?:por|ao|à|a cada|cada|per|a|an|al|a la)\s+\w+$")


def harem_quantity_spans(text: str, quantities: Sequence[Any], language: str = "pt") -> list[tuple[int, int]]:
    """The VALOR spans HAREM would tag for our quantities (in `text`, sorted by start).

    Numbers written in words are dropped; a leading "cerca de"/"até"/"uns"... and the "de"
    of "de 10 a 20" are left out ("cerca de 80.000" -> "80.000"; our spans start with
    those words when present), and so is a rate in words ("10 mil libras por ano" -> "10 mil
    libras": 3 of 3 such spans in FirstHAREM train); "X ou Y" is split in two; amounts joined
    by "x" are merged.
    """
    modifier = _left_out_modifier(language)
    spans: list[tuple[int, int]] = []
    for q in sorted(quantities, key=lambda q: q.start):
        if not re.search(r"\d", q.text):
            continue
        start, written = q.start, q.text
        if q.unit and "/" in q.unit and (rate := _WORD_RATE.search(written)):
            written = written[:rate.start()]
            q = q.model_copy(update={"end": q.start + len(written), "text": written})
        for leading in (modifier, _FROM if q.modifier == "range" else None):
            if leading and (found := leading.match(written)):
                start, written = start + found.end(), written[found.end():]
        alternative = _ALTERNATIVE.search(written) if q.modifier == "range" else None
        if alternative:
            first_end = start + alternative.start()
            spans += [(start, first_end), (start + alternative.end(), q.end)]
            spans = [s for s in spans if re.search(r"\d", text[s[0]:s[1]])]
        elif spans and _BY.fullmatch(text[spans[-1][1]:start]):
            spans[-1] = (spans[-1][0], q.end)
        else:
            spans.append((start, q.end))
    return spans


@functools.cache
def _deictic(language: str) -> re.Pattern[str]:
    """Deictic date phrases and weekday names of `language`, from our reference tables."""
    from etl.extract.reference import rows_for_language

    words = [row["phrase"] for row in rows_for_language("date_words", language)]
    words += [row["word"] for row in rows_for_language("weekdays", language)]
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)", re.IGNORECASE)


def _alternation(cells: Iterable[str]) -> str:
    """A regex alternation of the words in reference cells ("Sr.|Sra."), longest first."""
    words = sorted({w.strip() for cell in cells for w in cell.split("|") if w.strip()}, key=len, reverse=True)
    return "|".join(map(re.escape, words))


@functools.cache
def _occupations(language: str) -> frozenset[str]:
    """Occupations of `language` from the titles table ("advogado", "tenista"), lower case."""
    from etl.extract.reference import rows_for_language

    return frozenset(word.strip().lower() for row in rows_for_language("titles", language)
                     if row["kind"] == "occupation" for word in row["text"].split("|"))


@functools.cache
def _honorific_before(language: str) -> re.Pattern[str]:
    """Honorifics of `language` ("Sr.", "Dona", "Prof. Dr.") ending right before a name."""
    from etl.extract.reference import rows_for_language

    words = _alternation(row["text"] for row in rows_for_language("titles", language) if row["kind"] == "honorific")
    return re.compile(rf"(?<!\w)(?:(?:{words})\s+)+$", re.IGNORECASE)


def harem_person_span(text: str, mention: Any, language: str = "pt",
                      others: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """The PESSOA span HAREM tags for a person's mention: with the title written right before
    it (our role evidence) and the honorifics before that ("Presidente Getúlio Vargas",
    "sr. Gustavo Capanema", "Prof. Dr. Alfredo Halpern"). A title that holds another
    mention (`others`: "presidente da Comissão Europeia José Manuel Barroso") stays out:
    HAREM tags that organisation on its own; so does an occupation ("o advogado Joaquim
    Loureiro"), which is no title, with its adjective too ("o comerciante paulista X")."""
    start = mention.start
    if mention.role is not None and mention.role_end <= start and not text[mention.role_end:start].strip() \
            and not any(mention.role_start <= a and b <= mention.role_end for a, b in others) \
            and mention.role.lower() not in _occupations(language) \
            and mention.role.lower().split()[0] not in _occupations(language):  # "comerciante paulista"
        start = mention.role_start
    if found := _honorific_before(language).search(text, max(0, start - 40), start):
        start = found.start()
    return start, mention.end


# A date counted from the reference date ("há 19 meses", "20 anos atrás", "dentro de uma semana"),
# and its amount.
_COUNTED_BACK = re.compile(r"(?:há|faz|hace|daqui a|dentro de)\s+(?P<amount>\S+\s+\S+?)(?:\s+atrás)?"
                           r"|(?P<amount2>\S+\s+\S+?)\s+(?:atrás|ago)", re.IGNORECASE)


def apply_harem_conventions(record: Any, language: str = "pt") -> None:
    """Map a record to HAREM's conventions: drop what HAREM's guidelines never tag (deictic
    dates, numbers written in words), put a person's title inside its name, and shape
    quantity spans as HAREM does."""
    from etl.models import Mention, Quantity

    others = [(m.start, m.end) for actor in record.actors if actor.type != "person" for m in actor.mentions]
    for actor in record.actors:
        if actor.type == "person":
            spans = [harem_person_span(record.text, m, language, others) for m in actor.mentions]
            actor.mentions = [Mention(start=s, end=e, text=record.text[s:e]) for s, e in spans]
    deictic = _deictic(language)
    counted_back = []  # "há 19 meses": HAREM tags no TEMPO (0 of 9 in FirstHAREM train), at most a VALOR;
    # nor does it for "dentro de uma semana"
    for d in record.dates:
        if (found := _COUNTED_BACK.fullmatch(d.text)) is None:
            continue
        group = "amount" if found.group("amount") else "amount2"
        if re.search(r"\d", found.group(group)):
            start = d.start + found.start(group)
            counted_back.append(Quantity(start=start, end=start + len(found.group(group)),
                                         text=found.group(group), value=0))
    record.dates = [d for d in record.dates if (re.search(r"\d", d.text) or not deictic.search(d.text))
                    and not _COUNTED_BACK.fullmatch(d.text)]
    record.quantities = [Quantity(start=start, end=end, text=record.text[start:end], value=0)
                         for start, end in harem_quantity_spans(record.text, [*record.quantities, *counted_back],
                                                                language)]


def predict_harem(text: str, language: str = "pt", *, conventions: bool = False) -> list[Span]:
    """Our spans for one raw text, in HAREM classes."""
    from etl.extract import extract_record
    from etl.extract.annotate import annotate
    from etl.models import Article, Record

    record = extract_record(Article(input_id="bench", text=text, language=language), times_of_day=True)
    if not isinstance(record, Record):
        return []
    if conventions:
        apply_harem_conventions(record, language)
    return [(s["start"], s["end"], TO_HAREM[s["label"]]) for s in annotate(record)]  # type: ignore[index]


def score_file(path: Path, *, conventions: bool = False) -> dict[str, object]:
    docs = json.loads(path.read_text(encoding="utf-8"))
    exact, relaxed = [], []
    started = time.perf_counter()
    for doc in docs:
        gold = [(e["start_offset"], e["end_offset"], e["label"]) for e in doc["entities"]]
        predicted = predict_harem(doc["doc_text"], conventions=conventions)
        exact.append(match(gold, predicted, relaxed=False))
        relaxed.append(match(gold, predicted, relaxed=True))
    seconds = time.perf_counter() - started
    chars = sum(len(doc["doc_text"]) for doc in docs)
    name = path.name + (" (HAREM conventions)" if conventions else "")
    return {"file": name, "docs": len(docs), "seconds": seconds, "chars": chars,
            "exact": total(exact), "relaxed": total(relaxed)}


def render(result: dict[str, object]) -> str:
    lines = [f"{result['file']}: {result['docs']} docs, {result['docs'] / result['seconds']:.1f} docs/s "
             f"({result['chars'] / result['seconds'] / 1e3:.0f} kchar/s, extraction incl. warm-up)",
             f"  {'class':<12} {'P':>6} {'R':>6} {'F1':>6}   {'P~':>6} {'R~':>6} {'F1~':>6}   {'gold':>5}"]
    exact, relaxed = result["exact"], result["relaxed"]
    assert isinstance(exact, dict) and isinstance(relaxed, dict)
    for label in sorted(exact, key=lambda k: (k == "ALL", k)):
        e, r = exact[label], relaxed.get(label, Counts())
        lines.append(f"  {label:<12} {e.precision:6.3f} {e.recall:6.3f} {e.f1:6.3f}   "
                     f"{r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}   {e.tp + e.fn:5d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--harem-conventions", action="store_true",
                        help="also score with HAREM's conventions applied (see the module docstring)")
    args = parser.parse_args(argv)
    modes = [False, True] if args.harem_conventions else [False]
    results = [score_file(path, conventions=mode) for path in args.files for mode in modes]
    if args.json:
        print(json.dumps([{**r, "exact": {k: vars(v) for k, v in r["exact"].items()},  # type: ignore[union-attr]
                           "relaxed": {k: vars(v) for k, v in r["relaxed"].items()}} for r in results], indent=2))
    else:
        print("exact = same offsets and class; ~ = relaxed (overlap, same class)\n")
        print("\n\n".join(render(r) for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
