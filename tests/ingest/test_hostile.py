"""Hostile and broken inputs: nothing crashes, every item is accounted for.

Each case writes one kind of bad input under tmp_path, runs ingest + extract + validate, and
asserts `inputs == records + quarantined + duplicates` and the exact outcome per item.
"""

from __future__ import annotations

import base64
import codecs
import json
import os
import socket

import pytest

from etl.ingest import ReadOptions, ingest_articles
from etl.pipeline import collect_records

PT = ("O ministro da Defesa do Brasil, José Múcio, disse nesta terça-feira que o governo vai enviar "
      "mais de 2.000 soldados para a fronteira, segundo a Agência Brasil.")


def _outcomes(paths, options=None, reference_date=None):
    options = options or ReadOptions()
    result = collect_records([str(p) for p in paths], reference_date=reference_date, options=options)
    assert result.inputs == len(result.records) + len(result.quarantined) + len(result.duplicates)
    outcomes = [("record", r.input_id) for r in result.records]
    outcomes += [(q.reason, q.input_id) for q in result.quarantined]
    outcomes += [("duplicate", d.input_id) for d in result.duplicates]
    return sorted(outcomes), result


def _file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    "name,data,outcome",
    [
        ("empty.txt", b"", "empty-text"),
        ("blank.txt", b"  \n\t\r\n  ", "empty-text"),
        ("garbage.txt", bytes(range(256)) * 40, "undecodable"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(500), "undecodable"),
        ("latin1.txt", PT.encode("latin-1"), "record"),
        ("cp1252.txt", ("“" + PT + "”").encode("cp1252"), "record"),
        ("utf16.txt", PT.encode("utf-16"), "record"),
        ("utf8bom.txt", codecs.BOM_UTF8 + PT.encode(), "record"),
        ("mixed-eol.txt", (PT + "\r\n" + PT.replace("2.000", "3.000") + "\r" + "Fim.\n").encode(), "record"),
        ("furniture-only.txt", "Comentário (0)\nCompartilhar\n".encode(), "empty-text"),
        ("invisible.txt", ("\u202eO\u200b " + PT + "\u2066\u2069\ufeff").encode(), "record"),
        ("emoji.txt", ("🇧🇷🔥 " + PT + " 👍🏽").encode(), "record"),
        ("punctuation.txt", "— … — !!! ??? ... ---".encode(), "unsupported-language"),
        ("numbers.txt", b"123 456 789 10.000 2,5 3.14 42", "unsupported-language"),
        ("vietnamese.txt", "Ông Kim Jong-un nói Nga có quyền tự vệ trước Ukraine, theo hãng thông tấn KCNA.".encode(),
         "unsupported-language"),
        ("german.txt", b"Der Verteidigungsminister sagte am Dienstag, die Regierung werde Soldaten schicken.",
         "unsupported-language"),
        ("longword.txt", ("a" * 100_000 + " " + PT).encode(), "record"),
        ("report.pdf", b"%PDF-1.4 binary", "unsupported-format"),
        ("only-scripts.html",
         b"<html><head><script>var a=1;</script></head><body><script>alert(1)</script></body></html>", "empty-text"),
        ("not-really.html", PT.encode(), "record"),
        ("menu-only.html",
         b"<html><body><nav>Home | About | Contact</nav><footer>Copyright 2024</footer></body></html>", "empty-text"),
    ],
)
def test_hostile_single_files(tmp_path, name, data, outcome):
    path = _file(tmp_path, name, data)
    outcomes, _ = _outcomes([path])
    assert outcomes == [(outcome, path.as_posix())]


def test_hostile_invisible_characters_are_removed(tmp_path):
    path = _file(tmp_path, "a.txt", "Kim\u200b Jong\u2060-un e\u202a a Rússia\u202c.")
    [article] = ingest_articles([str(path)])
    assert article.text == "Kim Jong-un e a Rússia."


def test_hostile_file_over_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # 50 MB, written in chunks
        for _ in range(50):
            handle.write(b"palavra " * 131072)
    outcomes, result = _outcomes([path])
    assert outcomes == [("too-large", path.as_posix())]
    assert "over the limit of 20971520" in result.quarantined[0].message


def test_hostile_million_character_line(tmp_path):
    line = "x" * 1_000_001
    txt = _file(tmp_path, "line.txt", line)
    jsonl = _file(tmp_path, "line.jsonl", json.dumps({"id": "long", "text": line}) + "\n"
                  + json.dumps({"id": "ok", "text": PT}) + "\n")
    outcomes, _ = _outcomes([txt, jsonl])
    assert outcomes == sorted([("record", "ok"), ("too-large", "long"), ("too-large", txt.as_posix())])


def test_hostile_jsonl_line_over_byte_limit_is_skipped_whole(tmp_path):
    options = ReadOptions(max_text_chars=100)
    jsonl = _file(tmp_path, "a.jsonl", json.dumps({"id": "big", "text": "y" * 600_000}) + "\n"
                  + json.dumps({"id": "ok", "text": PT[:90]}) + "\n")
    outcomes, _ = _outcomes([jsonl], options=options)
    assert outcomes == [("record", "ok"), ("too-large", f"{jsonl.as_posix()}:1")]


def test_hostile_jsonl_mixed_bad_lines(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    lines = [
        codecs.BOM_UTF8 + json.dumps({"id": "a", "text": PT}).encode(),
        b"",
        json.dumps([1, 2, 3]).encode(),
        json.dumps("just a string").encode(),
        b"42",
        deep.encode(),
        json.dumps({"id": "nul", "text": PT.replace("Defesa", "De\u0000fesa") + " Nulo."}).encode(),
        json.dumps({"id": "nulltext", "text": None}).encode(),
        json.dumps({"id": "numtext", "text": 12}).encode(),
        json.dumps({"id": "baddate", "text": PT + " Fim.", "published": "ontem"}).encode(),
        json.dumps({"id": "fr", "text": PT + " Outra.", "language": "fr"}).encode(),
        b'{"id": "latin", "text": "S\xe3o Paulo"}',
        json.dumps({"id": "dup", "text": PT}).encode(),
        json.dumps({"id": "trunc", "text": "O ministro disse que"}).encode()[:-9],
        # Half a surrogate pair: JSON reads it, no UTF-8 file can hold it (it crashed the run).
        json.dumps({"id": "lone", "text": PT + " \ud800 Fim."}).encode(),
        json.dumps({"id": "pair", "text": PT + " \ud83d\ude00 Outro."}).encode(),  # an emoji: fine
    ]
    path = _file(tmp_path, "feed.jsonl", b"\n".join(lines))
    outcomes, _ = _outcomes([path])
    where = path.as_posix()
    assert outcomes == sorted([
        ("record", "a"),
        ("not-an-object", f"{where}:3"),
        ("not-an-object", f"{where}:4"),
        ("not-an-object", f"{where}:5"),
        ("bad-json-line", f"{where}:6"),
        ("record", "nul"),
        ("missing-text", "nulltext"),
        ("missing-text", "numtext"),
        ("bad-metadata", "baddate"),
        ("unsupported-language", "fr"),
        ("undecodable", f"{where}:12"),
        ("duplicate", "dup"),
        ("bad-json-line", f"{where}:14"),
        ("undecodable", f"{where}:15"),
        ("record", "pair"),
    ])


def test_hostile_html_with_huge_inline_image(tmp_path):
    image = base64.b64encode(os.urandom(3_000_000)).decode()
    html = (f"<html lang='pt'><body><nav>Menu</nav><article><p>{PT}</p>"
            f"<img src='data:image/png;base64,{image}'></article></body></html>")
    path = _file(tmp_path, "page.html", html)
    outcomes, result = _outcomes([path])
    assert outcomes == [("record", path.as_posix())]
    assert "base64" not in result.records[0].text and "Menu" not in result.records[0].text


def test_hostile_nothing_is_fetched(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access during a run")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    html = (f"<html><head><script src='http://example.com/x.js'></script>"
            f"<link rel='stylesheet' href='http://example.com/s.css'></head><body><article><p>{PT}</p>"
            "<img src='http://example.com/i.png'><iframe src='http://example.com/'></iframe></article></body></html>")
    path = _file(tmp_path, "page.html", html)
    outcomes, _ = _outcomes([path])
    assert outcomes == [("record", path.as_posix())]


def test_hostile_symlink_loop_in_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    _file(tmp_path / "sub", "a.txt", PT)
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    outcomes, _ = _outcomes([tmp_path])
    assert outcomes == [("record", (tmp_path / "sub" / "a.txt").as_posix())]


def test_hostile_file_disappears_during_run(tmp_path):
    first = _file(tmp_path, "1.txt", PT)
    second = _file(tmp_path, "2.txt", PT + " Mais.")
    items = ingest_articles([str(tmp_path)])
    assert next(items).input_id == first.as_posix()
    second.unlink()
    [gone] = list(items)
    assert (gone.reason, gone.input_id) == ("unreadable", second.as_posix())


@pytest.mark.parametrize("sidecar", ["{not json", '{"title": "T\\udc00"}', "[1, 2]"])
def test_hostile_broken_sidecar(tmp_path, sidecar):
    path = _file(tmp_path, "a.txt", PT)
    _file(tmp_path, "a.txt.meta.json", sidecar)
    outcomes, _ = _outcomes([path])
    assert outcomes == [("bad-metadata", path.as_posix())]


def test_hostile_csv_rows(tmp_path):
    path = _file(tmp_path, "export.csv",
                 'id,body,published\n1,"' + PT + '",2024-11-30\n2,,2024-11-30\n3,"' + PT + ' Dois.",nunca\n')
    outcomes, _ = _outcomes([path], options=ReadOptions(text_column="body"))
    assert outcomes == [("bad-metadata", "3"), ("empty-text", "2"), ("record", "1")]


def test_hostile_csv_in_folder_without_text_column(tmp_path):
    path = _file(tmp_path, "export.csv", "id,body\n1,texto\n")
    outcomes, _ = _outcomes([tmp_path])
    assert outcomes == [("unsupported-format", path.as_posix())]


def test_hostile_near_duplicate_is_flagged_not_dropped(tmp_path):
    story = " ".join([PT] * 3)
    a = _file(tmp_path, "a.txt", story)
    b = _file(tmp_path, "b.txt", story.replace("terça-feira", "quarta-feira", 1))
    outcomes, result = _outcomes([a, b])
    assert outcomes == [("record", a.as_posix()), ("record", b.as_posix())]
    first, second = result.records
    assert (first.near_duplicate_of, second.near_duplicate_of) == (None, first.doc_id)


def test_hostile_lone_surrogate_is_quarantined_with_the_field(tmp_path):
    path = _file(tmp_path, "feed.jsonl", json.dumps({"id": "x", "title": "T\udc00", "text": PT}) + "\n")
    _, result = _outcomes([path])
    [item] = result.quarantined
    assert item.message == ("line 1: field 'title' has a lone surrogate escape (\\ud800-\\udfff), which is "
                            "not text. Escape the whole character as a surrogate pair, or write it as UTF-8")


def test_hostile_html_dates_are_never_guessed_from_a_footer(tmp_path):
    page = ("<html lang='pt'><body><article><h1>Plano</h1><p>" + PT + "</p></article>"
            "<footer>© 2023 Jornal Exemplo</footer></body></html>")
    [article] = ingest_articles([str(_file(tmp_path, "page.html", page.encode()))])
    assert article.published is None


def test_hostile_html_date_in_the_url_keeps_its_precision(tmp_path):
    page = ("<html lang='pt'><head><link rel='canonical' href='https://www1.folha.uol.com.br/x/2024/03/plano.shtml'>"
            "</head><body><article><h1>Plano</h1><p>" + PT + "</p></article></body></html>")
    [article] = ingest_articles([str(_file(tmp_path, "page.html", page.encode()))])
    assert (article.published.value, article.published.precision) == ("2024-03", "month")

