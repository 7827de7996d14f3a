import pytest

from etl.extract import extract_record
from etl.extract.language import detect_language
from etl.models import Article, QuarantinedItem, Record


@pytest.mark.parametrize(
    "text,expected",
    [
        ("O ministro da Defesa disse nesta sexta-feira que o governo vai enviar tropas.", "pt"),
        ("A equipa do Governo português reuniu-se ontem em Lisboa com os sindicatos.", "pt"),
        ("The defence minister said on Friday that the government would send troops.", "en"),
        ("El ministro de Defensa dijo el viernes que el Gobierno enviará tropas.", "es"),
        ("Le ministre de la Défense a déclaré vendredi que le gouvernement enverrait des troupes.", "fr"),
        ("Ông Kim Jong-un nói Nga có quyền tự vệ trước Ukraine.", "vi"),
        ("123 456 --- !!!", None),
    ],
)
def test_language_detects(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "declared,text,outcome",
    [
        (None, "El ministro de Defensa dijo el viernes que el Gobierno enviará tropas.", "es"),
        ("pt-BR", "O ministro da Defesa disse que o governo vai enviar tropas.", "pt"),
        ("en", "O ministro da Defesa disse que o governo vai enviar tropas.", "en"),  # declared wins
        ("fr", "Le ministre a déclaré vendredi que le gouvernement enverrait des troupes.", "unsupported-language"),
        (None, "Le ministre a déclaré vendredi que le gouvernement enverrait des troupes.", "unsupported-language"),
    ],
)
def test_language_declared_wins_and_unsupported_is_quarantined(declared, text, outcome):
    result = extract_record(Article(input_id="t", text=text, language=declared))
    if isinstance(result, QuarantinedItem):
        assert (result.reason, result.stage) == (outcome, "extract")
        how = "declared" if declared else "detected"
        assert result.message == f"language 'fr' ({how}) is not supported (supported: pt, en, es)"
    else:
        assert isinstance(result, Record)
        assert result.language == outcome


def test_language_undetectable_text_says_to_declare_it():
    result = extract_record(Article(input_id="t", text="123 456 789 10.000"))
    assert isinstance(result, QuarantinedItem)
    assert (result.reason, result.message) == (
        "unsupported-language", "the language could not be detected (too little text in a supported "
        "language); declare it in a 'language' field if it is one of pt, en, es")
