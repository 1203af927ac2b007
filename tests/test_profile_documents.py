"""Documents follow the request's treaty profile: the legal basis, every article reference
a letter prints, the checklist's rows and articles, and the confirmation period."""

from __future__ import annotations

import pytest
from docx import Document

from requestdesk.cli.main import main
from requestdesk.documents.errors import ExportError
from tests import made_up_profile as made_up
from tests.export_helpers import body_text, dump, export, flat, table_rows
from tests.test_rules import _urgent, edited

# What the Agreement's letters say that the made-up treaty's must not.
AGREEMENT_WORDS = ("статьи 6", "пунктом 1 статьи 3", "статьи 5", "статьей 8", "пунктом 5 статьи 7",
                   "Article 6", "Article 3(1)", "Article 5(", "Article 8", "Article 7(5)", "ст. 6", "6(3)")


@pytest.fixture
def request_doc(tmp_path, monkeypatch, complete_request):
    folder = tmp_path / "profiles"
    made_up.use_folder(monkeypatch, folder)
    made_up.install(folder, made_up.made_up(drop="g"))
    doc = _urgent(edited(complete_request, confidential=True, presence_requested=True), at="2026-11-20T10:00:00+03:00")
    return edited(doc, treaty=made_up.NAME)


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_the_request_prints_the_profile_s_references(request_doc, tmp_path, layout):
    text = flat(body_text(export(request_doc, tmp_path / "r.docx", layout=layout, draft=True)))
    for key in ("confidentiality", "presence"):
        for lang in ("ru", "en"):
            assert made_up.REFERENCES[key][lang] in text
    assert made_up.LEGAL_BASIS["ru"] in text and made_up.LEGAL_BASIS["en"] in text
    assert "предусмотренными статьей 2 Договора" in text and "referred to in Article 2 of the Treaty" in text
    assert "(пункт «б» статьи 10 Договора)" in text and "(Article 10(b) of the Treaty)" in text
    for words in AGREEMENT_WORDS:
        assert words not in text, words


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_the_confirmation_prints_the_profile_s_article_and_period(request_doc, tmp_path, layout):
    text = flat(body_text(export(request_doc, tmp_path / "c.docx", document="confirmation", layout=layout, draft=True)))
    assert "Согласно пункту 4 статьи 9 Договора в письменной форме подтверждается запрос" in text
    assert "Pursuant to Article 9(4) of the Treaty, this is the written confirmation" in text
    assert "25 ноября 2026 г., 10:00" in text and "25 November 2026, 10:00" in text  # five days after 20 November
    assert "120 часов с момента передачи (п. 4 ст. 9: «в течение 5 суток»)" in text
    assert '120 hours from the moment of transmission (Art. 9(4): “within 5 days”)' in text
    for words in AGREEMENT_WORDS:
        assert words not in text, words


def test_the_checklist_has_the_profile_s_rows_and_articles(request_doc, tmp_path):
    document = export(request_doc, tmp_path / "k.docx", document="checklist")
    rows = table_rows(document)
    articles = [row[0] for row in rows if row]
    for letter, local in zip("abcdef", "абвгде"):
        article = made_up.element_article(letter, local)
        assert f"{article['ru']}\n{article['en']}" in articles
    assert not any("ст. 6" in a or "Art. 6" in a for a in articles)
    assert "Ссылка на Соглашение" not in body_text(document)  # element g is not this treaty's
    text = flat(body_text(document))
    assert "Договор о взаимной помощи 2031 года, статья 11" in text and "2031 Treaty on Mutual Assistance, Article 11" in text


@pytest.mark.parametrize("drop", "bcdef")  # the shipped letters head their sections 1–5 with elements b–f
@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_a_template_asking_for_an_element_the_profile_lacks_is_refused_by_name(tmp_path, monkeypatch, complete_request, drop, layout):
    folder = tmp_path / "profiles"
    made_up.use_folder(monkeypatch, folder)
    made_up.install(folder, made_up.made_up(drop=drop))
    with pytest.raises(ExportError) as error:
        export(edited(complete_request, treaty=made_up.NAME), tmp_path / "r.docx", layout=layout, draft=True)
    assert f"печатает элементы {drop}, которых нет в профиле договора «Договор о взаимной помощи 2031 года»" in error.value.message("ru")
    assert f"prints elements {drop}, which the treaty profile \"2031 Treaty on Mutual Assistance\" does not have" in error.value.message("en")
    assert not (tmp_path / "r.docx").exists()


@pytest.mark.parametrize("drop", "ag")
def test_a_profile_without_an_element_the_letter_does_not_head_a_section_with_exports(tmp_path, monkeypatch, complete_request, drop):
    folder = tmp_path / "profiles"
    made_up.use_folder(monkeypatch, folder)
    made_up.install(folder, made_up.made_up(drop=drop))
    for document in ("request", "checklist"):
        text = body_text(export(edited(complete_request, treaty=made_up.NAME), tmp_path / f"{document}.docx", document=document, draft=True))
        assert made_up.LEGAL_BASIS["en"] in text or "2031 Treaty on Mutual Assistance" in text


def test_export_on_the_command_line_follows_the_profile(request_doc, tmp_path, capsys):
    source = dump(request_doc, tmp_path / "r.request.json")
    out = tmp_path / "r.docx"
    assert main(["export", str(source), "--out", str(out), "--document", "confirmation", "--draft", "--lang", "en"]) == 0
    text = flat(body_text(Document(str(out))))
    assert "Pursuant to Article 9(4) of the Treaty" in text and "Article 6(2)" not in text
