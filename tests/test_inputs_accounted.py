"""Every input accounted for: other kinds reported, PDFs and Word files refused with how
to convert them, tables read by a named column, output folders never read."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import SEEDS
from test_cli import assert_one_line_error

from kgbuilder.inputs import read_documents
from kgbuilder.inventory import Inventory

ARTICLE = (SEEDS / "000_c939013d863b2d7b.txt").read_text(encoding="utf-8")


def kgbuilder(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgbuilder", *args], capture_output=True,
                          text=True, timeout=300)


def error_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kgbuilder: error:"), result.stderr
    return lines[0]


def test_a_pdf_or_word_file_given_by_name_is_refused_with_how_to_convert(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Length 44 >> stream\nBT /F1 24 Tf (Hi) Tj ET\n")
    docx = tmp_path / "memo.docx"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    disguised = tmp_path / "looks.txt"
    disguised.write_bytes(pdf.read_bytes())
    for path, how in ((pdf, "pdftotext report.pdf report.txt"), (docx, "pandoc memo.docx"),
                      (disguised, "pdftotext looks.txt looks-text.txt")):
        result = kgbuilder("build", str(path), "--out", str(tmp_path / "out"))
        assert result.returncode == 2
        assert how in error_line(result)
    assert not (tmp_path / "out").exists()


def test_a_folder_reports_each_kind_it_skips_with_a_count(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "notes.md").write_text("# Notes\n\nJoe Biden met Xi Jinping in Bali.\n",
                                     encoding="utf-8")
    for name in ("x.pdf", "y.pdf", "z.docx", "data.csv", "pic.png"):
        (folder / name).write_bytes(b"%PDF-1.4\n" if name.endswith(".pdf") else b"\x89PNG")
    warnings: list[str] = []
    documents = read_documents([str(folder)], warn=warnings.append)
    assert sorted(d.id for d in documents) == ["a", "notes"]  # Markdown is text
    assert any("skipped 2 .pdf files" in w and "pdftotext" in w for w in warnings)
    assert any("skipped 1 .docx file" in w and "pandoc" in w for w in warnings)
    assert any("skipped 1 .csv file" in w and "--text-column" in w for w in warnings)
    assert any("skipped 1 .png file" in w for w in warnings)
    assert len(warnings) == 4


def test_a_table_is_read_by_its_text_column_or_refused_clearly(tmp_path):
    table = tmp_path / "news.csv"
    table.write_text('id,headline,body\nn1,Summit,"Joe Biden met Xi Jinping in Bali."\n'
                     'n2,Call,"Nicolás Maduro spoke with Donald Trump."\n', encoding="utf-8")
    refused = kgbuilder("build", str(table), "--out", str(tmp_path / "o1"))
    assert refused.returncode == 2
    assert "--text-column" in error_line(refused) and "id, headline, body" in refused.stderr
    wrong = kgbuilder("build", str(table), "--text-column", "text", "--out",
                      str(tmp_path / "o2"))
    assert wrong.returncode == 1 and "no column 'text'" in wrong.stderr
    assert "all 1 inputs skipped (1 no text column)" in wrong.stderr
    documents = read_documents([str(table)], text_column="body")
    assert [(d.id, d.text) for d in documents] == [
        ("n1", "Joe Biden met Xi Jinping in Bali."),
        ("n2", "Nicolás Maduro spoke with Donald Trump.")]
    built = kgbuilder("build", str(table), "--text-column", "body", "--out",
                      str(tmp_path / "o3"), "--quiet")
    assert built.returncode == 0, built.stderr


def test_an_output_folder_inside_the_inputs_is_never_read(tmp_path):
    nest = tmp_path / "nest"
    nest.mkdir()
    (nest / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = kgbuilder("build", str(nest), "--out", str(nest / "out"))
    assert first.returncode == 0, first.stderr
    (tmp_path / "old").mkdir()
    for name in ("graph.html", "graph.json"):  # outputs written without the cache
        (tmp_path / "old" / name).write_text("<html>x</html>", encoding="utf-8")
    inventory = Inventory([str(nest), str(tmp_path / "old")])
    assert inventory.files == [nest / "a.txt"]
    second = kgbuilder("build", str(nest), "--out", str(nest / "out"))
    assert second.returncode == 0, second.stderr
    assert "1 document," in second.stdout
    assert "a kgbuilder output folder; not read as input" in second.stderr


def test_when_every_input_is_skipped_the_error_says_why(tmp_path):
    (tmp_path / "big.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    result = kgbuilder("build", str(tmp_path), "--out", str(tmp_path.parent / "o"),
                       "--max-doc-chars", "100")
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("kgbuilder: error: all 3 inputs skipped (")
    assert "1 over --max-doc-chars" in last and "1 binary" in last and "1 empty" in last
    only_pdfs = tmp_path / "pdfs"
    only_pdfs.mkdir()
    (only_pdfs / "a.pdf").write_bytes(b"%PDF-1.4\n")
    none = kgbuilder("build", str(only_pdfs), "--out", str(tmp_path.parent / "o"))
    assert none.returncode == 1 and "no input files to read (1 other files skipped: .pdf)" \
        in none.stderr


@pytest.mark.parametrize(("name", "content", "says"), [
    ("articles.json", '[{"id": "a", "text": "Joe Biden met Xi Jinping."}]', "JSON Lines"),
    ("graph.ttl", "<http://e/a> <http://e/b> <http://e/c> .\n", "RDF"),
])
def test_a_named_data_file_is_refused_not_read_as_prose(tmp_path, name, content, says):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = kgbuilder("build", str(path), "--out", str(tmp_path / "out"))
    assert_one_line_error(result)
    assert result.returncode == 2 and says in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_summary_counts_in_the_singular(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Joe Biden met Xi Jinping in Bali.", encoding="utf-8")
    result = kgbuilder("build", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 document, 1 sentence, ")
