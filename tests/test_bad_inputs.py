"""Dirty inputs, one class per test: each gets a clear one-line answer, never a traceback,
and the good documents beside it are still built."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS
from kgbuilder.extractors import Document, extract_documents
from test_cli import assert_one_line_error, kgbuilder

from kgbuilder.inputs import InputError, read_documents

GOOD = "Anna Berg met Tom Reed in Paris on Monday. The bank sued Acme Corporation.\n"


def read(paths, **options):
    warnings: list[str] = []
    documents = read_documents([str(p) for p in paths], warnings.append, **options)
    return documents, warnings


def test_non_utf8_bytes_are_replaced_and_the_file_named(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Jos\u00e9 Mart\u00ednez sued the city of Quito.".encode("latin-1"))
    [document], [warning] = read([path])
    assert "\ufffd" in document.text and "latin.txt" in warning and "UTF-8" in warning
    with pytest.raises(InputError) as error:
        read([path], strict=True)
    assert error.value.exit_code == 1 and "latin.txt" in str(error.value)


def test_binary_file_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    documents, [warning] = read([tmp_path])
    assert [d.id for d in documents] == ["good"] and "image.txt: binary" in warning


def test_empty_files_are_noted_and_an_empty_corpus_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    documents, warnings = read([tmp_path])
    assert documents == [] and len(warnings) == 2
    result = kgbuilder("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert_one_line_error_after_warnings(result, code=1)
    assert not (tmp_path / "out").exists()


def assert_one_line_error_after_warnings(result, code: int) -> None:
    assert result.returncode == code and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert all(line.startswith("kgbuilder: warning:") for line in lines[:-1])
    assert lines[-1].startswith("kgbuilder: error:")


def test_a_20_mb_single_line_document_is_skipped_with_its_size_named(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * (4 * 1024 * 1024), encoding="utf-8")  # 20 MiB, one line
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    documents, [warning] = read([tmp_path])
    assert [d.id for d in documents] == ["good"]
    assert "huge.txt: 20,971,520 characters" in warning and "--max-doc-chars" in warning


def test_long_documents_are_parsed_in_pieces_with_offsets_kept(nlp):
    text = (SEEDS / "001_994fe45601f2b12d.txt").read_text(encoding="utf-8")
    whole = next(extract_documents([Document("d", text)], nlp))
    pieces = next(extract_documents([Document("d", text)], nlp, chunk_chars=1500))
    assert abs(len(pieces.extractions) - len(whole.extractions)) <= 0.1 * len(whole.extractions)
    for extraction in pieces.extractions:
        sentence = extraction.sentence
        assert text[sentence.start:sentence.end] == sentence.text
        assert text[extraction.subject.start:extraction.subject.end] != ""


def test_html_files_become_their_visible_text(tmp_path):
    page = tmp_path / "story.html"
    page.write_text("<!DOCTYPE html><html><head><title>Berg meets Reed</title>"
                    "<style>p {color: red}</style><script>alert('x')</script></head>"
                    "<body><nav><a href='/'>Home</a></nav><p>Anna Berg met <b>Tom Reed</b> "
                    "in Paris.</p><p>The bank sued Acme &amp; Sons.</p></body></html>",
                    encoding="utf-8")
    [document], _ = read([page])
    assert document.title == "Berg meets Reed"
    assert "Anna Berg met Tom Reed in Paris." in document.text
    assert "Acme & Sons" in document.text
    assert not any(s in document.text for s in ("<", "alert", "color"))


def test_malformed_jsonl_lines_name_file_and_line_and_fail_under_strict(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n{not json\n"
                    + json.dumps({"id": "b"}) + "\n", encoding="utf-8")
    documents, warnings = read([path])
    assert [d.id for d in documents] == ["a"]
    assert warnings[0].startswith(f"{path}:2: not valid JSON")
    assert warnings[1].startswith(f"{path}:3: needs a string 'text'")
    result = kgbuilder("build", str(path), "--strict", "--out", str(tmp_path / "out"))
    assert_one_line_error(result)
    assert result.returncode == 1 and f"{path}:2:" in result.stderr
    assert not (tmp_path / "out").exists()


def test_unreadable_and_missing_paths(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "unreadable.txt").symlink_to("/proc/self/mem")  # reading fails, even as root
    documents, [warning] = read([tmp_path])
    assert [d.id for d in documents] == ["good"] and "unreadable.txt: cannot read" in warning
    missing = kgbuilder("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert_one_line_error(missing)
    assert missing.returncode == 2


def test_a_folder_of_thousands_of_files(tmp_path):
    corpus = tmp_path / "corpus"
    for i in range(2000):
        folder = corpus / f"part{i % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"n{i:04d}.txt").write_text(f"Company {i} hired Anna Berg in Lima.\n",
                                             encoding="utf-8")
    result = kgbuilder("build", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2000 documents")


def test_text_in_another_language_is_noted_and_still_built(tmp_path):
    spanish = tmp_path / "es.txt"
    spanish.write_text("El presidente de Venezuela se reunió con los ministros en Caracas "
                       "para discutir la crisis económica y las sanciones impuestas por "
                       "el gobierno de los Estados Unidos durante el último año.",
                       encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    documents, [warning] = read([tmp_path])
    assert len(documents) == 2 and "es.txt: does not look like English" in warning
    (tmp_path / "good.txt").write_text(GOOD * 3, encoding="utf-8")  # 42 words of English
    _, warnings = read([tmp_path / "good.txt"])
    assert warnings == []


def test_a_base_that_is_no_iri_stops_the_build_before_any_work(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    for base in ("not an iri", "ftp://x y/"):
        bad = kgbuilder("build", str(tmp_path / "good.txt"), "--out", str(out), "--base", base)
        assert_one_line_error(bad)
        assert bad.returncode == 2 and "--base" in bad.stderr
        assert not out.exists()  # nothing half-written, no resume log


def test_an_out_folder_that_cannot_be_made_or_is_an_input_is_named(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
    inside_file = kgbuilder("build", str(tmp_path / "articles"),
                            "--out", str(tmp_path / "notes.txt" / "graph"))
    assert_one_line_error(inside_file)
    assert inside_file.returncode == 2 and "notes.txt is a file" in inside_file.stderr
    same = kgbuilder("build", str(tmp_path / "articles"), "--out", str(tmp_path / "articles"))
    assert_one_line_error(same)
    assert same.returncode == 2 and "both an input and --out" in same.stderr
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["good.txt"]


def test_strict_says_the_build_stopped_not_that_a_line_was_skipped(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n{not json\n", encoding="utf-8")
    result = kgbuilder("build", str(path), "--strict", "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "build stopped (--strict)" in result.stderr
    assert "skipped" not in result.stderr
