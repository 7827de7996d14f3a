import codecs
import json

import pytest

from etl.errors import IngestError
from etl.ingest import ReadOptions, ingest_articles
from etl.ingest.decode import decode_bytes
from etl.ingest.metadata import clean_text, outlet_from_url, parse_published
from etl.models import Article, Duplicate, QuarantinedItem


def _write(path, data: bytes):
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    "data,expected",
    [
        (b"Kiev e Moscou", "Kiev e Moscou"),
        (codecs.BOM_UTF8 + b"Kiev e Moscou", "Kiev e Moscou"),
        ("Kiev e Moscou".encode("utf-16"), "Kiev e Moscou"),
        (b"Kiev\r\ne\rMoscou\n", "Kiev\ne\nMoscou"),
    ],
)
def test_readers_decodes_utf_variants(tmp_path, data, expected):
    [item] = ingest_articles([_write(tmp_path / "a.txt", data)])
    assert isinstance(item, Article)
    assert item.text == expected


def test_readers_decodes_latin1(tmp_path):
    text = "O ministro da Defesa disse que a situação é crítica e que a população está em pânico."
    [item] = ingest_articles([_write(tmp_path / "a.txt", text.encode("latin-1"))])
    assert isinstance(item, Article)
    assert item.text == text


@pytest.mark.parametrize("text,encoding", [
    # Short legacy texts: charset detection alone read these as Chinese or Central European.
    ("O presidente disse que não.", "latin-1"),
    ("Ação e reação em São Paulo", "latin-1"),
    ("El niño comió.", "latin-1"),
    ("“Então”, disse ele — café", "cp1252"),
    ("Já é tarde à noite, ó João.", "iso8859-15"),
    # Other scripts are still detected (and then quarantined for their language).
    ("Владимир Путин заявил во вторник, что армия готова.", "cp1251"),
    ("Ο πρωθυπουργός δήλωσε σήμερα", "cp1253"),
])
def test_readers_decodes_short_legacy_texts(text, encoding):
    assert decode_bytes(text.encode(encoding)) == text


def test_readers_normalises_nfc_and_line_ends(tmp_path):
    [item] = ingest_articles([_write(tmp_path / "a.txt", "Sa\u0303o Paulo\r\nBrasi\u0301lia".encode())])
    assert item.text == "São Paulo\nBrasília"


def test_readers_strips_furniture_and_finds_source_url(tmp_path):
    data = "Corpo do texto.\nFonte: https://www.publico.pt/a/b\nComentário (0)\n".encode()
    [item] = ingest_articles([_write(tmp_path / "a.txt", data)])
    assert item.text == "Corpo do texto.\nFonte: https://www.publico.pt/a/b"
    assert (item.url, item.outlet) == ("https://www.publico.pt/a/b", "Público")


def test_readers_sidecar_metadata(tmp_path):
    path = _write(tmp_path / "a.txt", b"Texto.")
    (tmp_path / "a.txt.meta.json").write_text(json.dumps({"published": "2024-11-30", "title": "T"}))
    [item] = ingest_articles([path])
    assert (item.published.value, item.title) == ("2024-11-30", "T")


def test_readers_jsonl_quarantines_bad_lines_and_goes_on(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Primeiro.", "published": "2024-11"}),
        "{broken",
        json.dumps([1, 2]),
        json.dumps({"id": "d", "text": "   "}),
        json.dumps({"id": "e"}),
        json.dumps({"id": "f", "text": "Primeiro."}),
        json.dumps({"id": "g", "text": "Segundo.", "published": "30/11/2024"}),
    ]
    items = list(ingest_articles([_write(tmp_path / "x.jsonl", "\n".join(lines).encode())]))
    kinds = [
        (type(i).__name__, i.input_id, getattr(i, "reason", None) or getattr(i, "duplicate_of", None))
        for i in items
    ]
    assert kinds == [
        ("Article", "a", None),
        ("QuarantinedItem", f"{tmp_path}/x.jsonl:2", "bad-json-line"),
        ("QuarantinedItem", f"{tmp_path}/x.jsonl:3", "not-an-object"),
        ("QuarantinedItem", "d", "empty-text"),
        ("QuarantinedItem", "e", "missing-text"),
        ("Duplicate", "f", "a"),
        ("QuarantinedItem", "g", "bad-metadata"),
    ]


def test_readers_jsonl_bad_item_with_an_id_says_where_its_line_is(tmp_path):
    path = _write(tmp_path / "x.jsonl", json.dumps({"id": "a5", "body": "Texto."}).encode() + b"\n")
    [item] = ingest_articles([path])
    assert (item.input_id, item.reason, item.message) == (
        "a5", "missing-text", f"{path}:1: no 'text' (or 'html') string in the item (its fields: id, body)")


@pytest.mark.parametrize(
    "data,reason",
    [(b"", "empty-text"), (b" \n\t ", "empty-text"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "undecodable")],
)
def test_readers_quarantines_bad_files(tmp_path, data, reason):
    [item] = ingest_articles([_write(tmp_path / "a.txt", data)])
    assert isinstance(item, QuarantinedItem)
    assert item.reason == reason


def test_readers_folder_is_sorted_and_recursive(tmp_path):
    (tmp_path / "b").mkdir()
    _write(tmp_path / "b" / "2.txt", b"dois")
    _write(tmp_path / "1.txt", b"um")
    _write(tmp_path / "photo.png", b"x")
    _write(tmp_path / ".DS_Store", b"x")
    items = list(ingest_articles([str(tmp_path)]))
    # An unsupported file is accounted for, not skipped; hidden files are no inputs.
    assert [getattr(i, "text", None) or i.reason for i in items] == ["um", "dois", "unsupported-format"]


def test_readers_glob_that_matches_a_folder_reads_the_folder(tmp_path):
    (tmp_path / "march").mkdir()
    _write(tmp_path / "march" / "2.txt", b"dois")
    _write(tmp_path / "1.txt", b"um")
    items = list(ingest_articles([f"{tmp_path}/*"]))
    assert [i.text for i in items] == ["um", "dois"]


def test_readers_duplicate_names_first(tmp_path):
    a = _write(tmp_path / "a.txt", b"mesmo texto")
    b = _write(tmp_path / "b.txt", b"mesmo texto")
    items = list(ingest_articles([a, b]))
    assert isinstance(items[1], Duplicate)
    assert items[1].duplicate_of == a


@pytest.mark.parametrize(
    "paths,message",
    [
        (["nope.txt"], "No such file or folder (nope.txt). Check the path."),
        (["*.nothing"], "No file matches '*.nothing' (*.nothing). Check the pattern."),
    ],
)
def test_readers_missing_paths_raise(paths, message):
    with pytest.raises(IngestError) as info:
        list(ingest_articles(paths))
    assert str(info.value) == message


def test_readers_empty_folder_raises(tmp_path):
    with pytest.raises(IngestError, match="No supported files in folder"):
        list(ingest_articles([str(tmp_path)]))


@pytest.mark.parametrize(
    "value,expected",
    [("2024", ("2024", "year")), ("2024-11", ("2024-11", "month")),
     ("2024-11-29T10:00:00Z", ("2024-11-29", "day")), (None, None),
     # The date as written, in its own time zone.
     ("2024-11-29T23:30:00.5-03:00", ("2024-11-29", "day")), ("2024-11-29 23:30", ("2024-11-29", "day")),
     ("20241129", ("2024-11-29", "day")), (20241129, ("2024-11-29", "day")), (2024, ("2024", "year")),
     ("2024/11/29", ("2024-11-29", "day")), ("2024/11", ("2024-11", "month")),
     ("Fri, 29 Nov 2024 23:30:00 -0300", ("2024-11-29", "day"))],
)
def test_metadata_parse_published(value, expected):
    result = parse_published(value)
    assert (None if result is None else (result.value, result.precision)) == expected


@pytest.mark.parametrize("value", [
    "ontem", "2024-13-01", "29/11/2024", "Fri, 31 Nov 2024 08:00:00 GMT",
    # Once read as the year 2024, silently: only a whole date is a date.
    "2024-11-29junk", "2024-1-5", "202411", "2024-11/29", 2024.5, True,
])
def test_metadata_parse_published_rejects(value):
    with pytest.raises(ValueError):
        parse_published(value)


@pytest.mark.parametrize(
    "url,outlet",
    [("https://vtcnews.vn/x.html", "VTC News"), ("https://g1.globo.com/a", "g1"),
     ("https://www.bbc.co.uk/news/1", "BBC"), ("https://news.example.org/", "news.example.org"),
     (None, None)],
)
def test_metadata_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_metadata_clean_text_keeps_body():
    assert clean_text("Leia também: outra coisa\nCorpo.\nCompartilhar")[0] == "Corpo."


def _csv_items(tmp_path, data: str, name: str = "x.csv"):
    path = _write(tmp_path / name, data.encode())
    items = ingest_articles([path], ReadOptions(text_column="text"))
    return path, [(type(i).__name__, i.input_id, getattr(i, "reason", None) or getattr(i, "text", None))
                  for i in items]


def test_readers_csv_rows_with_quoted_lines_and_blank_lines(tmp_path):
    path, items = _csv_items(tmp_path, 'id,text,published\na,"Um, dois.\nTrês ""quatro"".",2024-11-30\n\n,Cinco.\n')
    assert items == [("Article", "a", 'Um, dois.\nTrês "quatro".'), ("Article", f"{path}:3", "Cinco.")]


def test_readers_csv_unclosed_quote_is_quarantined_not_read_into_later_rows(tmp_path):
    path, items = _csv_items(tmp_path, 'id,text\na,Um.\nb,"Dois.\nc,Três.\nd,Quatro.\n')
    assert items == [("Article", "a", "Um."), ("QuarantinedItem", f"{path}:3", "bad-csv-row"),
                     ("Article", "c", "Três."), ("Article", "d", "Quatro.")]
    [_, bad, *_] = ingest_articles([path], ReadOptions(text_column="text"))
    assert bad.message == ("row 3 (line 3) opens a quoted field that is never closed, so lines 3-5 "
                           "(to the end of the file) would be one text; reading went on at line 4. Close "
                           'the quote; a quote inside a quoted field is written twice ("")')


def test_readers_csv_quote_closed_by_the_next_rows_quote_loses_no_row(tmp_path):
    path, items = _csv_items(tmp_path, 'id,text\na,"Um.\nb,"Dois."\nc,Três.\n')
    assert items == [("QuarantinedItem", f"{path}:2", "bad-csv-row"), ("Article", "b", "Dois."),
                     ("Article", "c", "Três.")]


def test_readers_csv_line_read_again_that_is_no_row_is_quarantined(tmp_path):
    path, items = _csv_items(tmp_path, 'id,text\na,"Um, "dois"\ncontinua, e, mais\nc,Três.\n')
    assert [kind for kind, *_ in items] == ["QuarantinedItem", "QuarantinedItem", "Article"]


def test_readers_csv_without_the_text_column_is_quarantined_and_the_others_read(tmp_path):
    (tmp_path / "a.csv").write_text("id,text\na,Um.\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id;text\nb;Dois.\n", encoding="utf-8")
    items = list(ingest_articles([str(tmp_path)], ReadOptions(text_column="text")))
    assert [(type(i).__name__, i.input_id) for i in items] == [
        ("Article", "a"), ("QuarantinedItem", f"{tmp_path.as_posix()}/b.csv")]
    assert items[1].message == ("the CSV has no column 'text' (its columns: id;text); the header looks "
                                "separated by ';': save the file with commas; name the text column with --text-column")


def test_readers_csv_windows_1252_lines_are_decoded(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("id,text\na,São Paulo e Brasília.\n".encode("cp1252"))
    [article] = ingest_articles([str(path)], ReadOptions(text_column="text"))
    assert article.text == "São Paulo e Brasília."


def test_readers_csv_text_after_a_closing_quote_is_quarantined_and_reading_goes_on(tmp_path):
    path, items = _csv_items(tmp_path, 'id,text\na,"Um ""dois"" três" quatro.\nb,Cinco.\n')
    assert items == [("QuarantinedItem", f"{path}:2", "bad-csv-row"), ("Article", "b", "Cinco.")]


@pytest.mark.parametrize("name,data", [("x.csv", "id,text\na,Um, dois.\nb,Três.\n"),
                                       ("x.tsv", "id\ttext\na\tUm\tdois.\nb\tTrês.\n")])
def test_readers_csv_row_with_more_fields_than_the_header_is_quarantined(tmp_path, name, data):
    path, items = _csv_items(tmp_path, data, name)
    assert items == [("QuarantinedItem", f"{path}:2", "bad-csv-row"), ("Article", "b", "Três.")]


def test_readers_csv_short_row_misses_only_its_last_fields(tmp_path):
    _, items = _csv_items(tmp_path, "id,text,published\na,Um.\n")
    assert items == [("Article", "a", "Um.")]


def test_readers_csv_trailing_empty_fields_are_harmless(tmp_path):
    _, items = _csv_items(tmp_path, "id,text\na,Um.,,\n")
    assert items == [("Article", "a", "Um.")]


def test_readers_csv_over_long_field_stops_the_file_with_a_reason(tmp_path):
    # The limit on a field is --max-text-chars in UTF-8 bytes at most, plus room for metadata.
    path = _write(tmp_path / "x.csv", ('id,text\na,Um.\nb,"' + "x" * 70_000 + '\nc,Três.\n"\n').encode())
    items = list(ingest_articles([path], ReadOptions(text_column="text", max_text_chars=10)))
    assert [(type(i).__name__, i.input_id) for i in items] == [("Article", "a"),
                                                                ("QuarantinedItem", f"{path}:3")]
    assert items[1].reason == "too-large"
    assert "the rest of the file was not read" in items[1].message
