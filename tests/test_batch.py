"""Reading files safely, walking folders, and running documents in order, in and out of process."""

from __future__ import annotations

import codecs
import gc
import os
import re
import tracemalloc

import pytest

from extractor import FactcheckError, Report, batch
from extractor.batch import DocumentError, Options, Source, decode, read, resolve, walk
from extractor.report import writer

CP1252_NOTE = "encoding: cp1252 fallback (the file is not valid UTF-8)"

# (bytes, text, notes): files that decode.
DECODED = [
    (b"Exports rose 5%.", "Exports rose 5%.", []),
    ("Café 5 €".encode(), "Café 5 €", []),
    (codecs.BOM_UTF8 + "Café".encode(), "Café", ["encoding: UTF-8 with BOM"]),
    ("Café 5 €".encode("utf-16"), "Café 5 €", ["encoding: UTF-16 (BOM)"]),
    (codecs.BOM_UTF16_BE + "Café".encode("utf-16-be"), "Café", ["encoding: UTF-16 (BOM)"]),
    ("Café".encode("utf-32"), "Café", ["encoding: UTF-32 (BOM)"]),
    # Legacy Windows text: é is 0xE9, the en dash 0x96, the euro sign 0x80.
    (b"Caf\xe9 \x96 \x805 million", "Café – €5 million", [CP1252_NOTE]),
    (b"line one\r\nline two\r\n", "line one\r\nline two\r\n", []),
]

# (bytes, error): files that do not.
REFUSED = [
    (b"", "empty file"),
    (b" \n\t\r\n", "empty file"),
    (codecs.BOM_UTF8, "empty file"),
    ("  \n".encode("utf-16"), "empty file"),
    (b"PK\x03\x04\x00\x00binary", "binary file (NUL bytes)"),
    ("no BOM".encode("utf-16-le"), "binary file (NUL bytes)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
    # 0x81 and 0x8D are undefined in cp1252, and the bytes are not UTF-8 either.
    (b"abc \x81\x8d def", "undecodable: not UTF-8 or cp1252 text"),
    (codecs.BOM_UTF16_LE + b"A\x00\x00", "undecodable: invalid UTF-16 text"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "undecodable: invalid UTF-8 text"),
]


@pytest.mark.parametrize(("data", "text", "notes"), DECODED)
def test_decode(data, text, notes):
    assert decode(data) == (text, notes)


@pytest.mark.parametrize(("data", "error"), REFUSED)
def test_decode_refuses(data, error):
    with pytest.raises(DocumentError, match=f"^{re.escape(error)}$"):
        decode(data)


def test_no_fallback_means_legacy_text_is_undecodable():
    with pytest.raises(DocumentError, match="undecodable: not UTF-8 text"):
        decode(b"Caf\xe9", fallback=None)


def test_latin1_fallback_takes_any_byte():
    assert decode(b"Caf\xe9 \x81", fallback="latin-1")[0] == "Café \x81"


# --- reading ---------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path):
    """A folder of good, odd and bad files, with a hidden folder and a broken link."""
    files = {
        "a.txt": b"Exports rose 5%.",
        "b.md": b"Imports fell 3%.",
        "c.html": b"<p>not matched by default</p>",
        "sub/d.txt": b"",
        "sub/deeper/e.txt": b"x\x00y",
        "sub/f.txt": b"Caf\xe9",
        ".hidden/g.txt": b"skipped",
        ".h.txt": b"skipped",
        "z/2024/h.txt": b"dated",
    }
    for name, data in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (tmp_path / "sub" / "broken.txt").symlink_to(tmp_path / "nowhere")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # a symlinked folder is not followed
    (tmp_path / "dir.txt").mkdir()  # a folder whose name matches is walked, not read
    return tmp_path


def test_walk_is_in_name_order_files_before_subfolders_hidden_skipped(folder):
    found = [os.path.relpath(p, folder) for p in walk(str(folder))]
    assert found == [
        "a.txt",
        "b.md",
        "sub/broken.txt",
        "sub/d.txt",
        "sub/f.txt",
        "sub/deeper/e.txt",
        "z/2024/h.txt",
    ]


@pytest.mark.parametrize(
    ("globs", "expected"),
    [
        (["*.html"], ["c.html"]),
        (["*.md", "*.html"], ["b.md", "c.html"]),
        (["2024/*.txt"], ["z/2024/h.txt"]),
        (["e.*"], ["sub/deeper/e.txt"]),
        (["*.TXT"], []),
    ],
)
def test_walk_globs(folder, globs, expected):
    assert [os.path.relpath(p, folder) for p in walk(str(folder), globs)] == expected


def test_walk_paths_keep_the_folder_as_given(folder, monkeypatch):
    monkeypatch.chdir(folder)
    assert next(walk(".")) == "a.txt"
    assert next(walk("sub")) == "sub/broken.txt"
    assert next(walk("sub/")) == "sub/broken.txt"


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("a.txt", None),
        ("sub/d.txt", "empty file"),
        ("sub/deeper/e.txt", "binary file (NUL bytes)"),
        ("sub/broken.txt", "unreadable: No such file or directory"),
        ("dir.txt", "unreadable: Is a directory"),
        ("sub/f.txt", None),
    ],
)
def test_read_turns_every_problem_into_an_error(folder, name, error):
    assert read(Source(str(folder / name))).error == error


def test_read_refuses_files_over_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    assert read(Source(str(path)), max_bytes=101).error is None
    assert read(Source(str(path)), max_bytes=100).error == "too large: 101 bytes (limit 100)"
    assert read(Source("-", b"a" * 101), max_bytes=100).error == ("too large: more than 100 bytes")


def test_limit_keeps_documents_within_spacys_max_length():
    from extractor import make_nlp

    assert batch.MAX_BYTES <= make_nlp().max_length


# --- resolving arguments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "no input: give files, folders, or - for standard input"),
        (["missing.txt"], "missing.txt: no such file or folder"),
        (["sub/broken.txt"], "sub/broken.txt: cannot read: No such file or directory"),
        (["z/2024", "--glob"], "z/2024: no files matching *.md"),
    ],
)
def test_resolve_refuses_bad_arguments(folder, monkeypatch, args, message):
    monkeypatch.chdir(folder)
    globs = ("*.md",) if "--glob" in args else batch.DEFAULT_GLOBS
    with pytest.raises(FactcheckError, match=f"^{re.escape(message)}$"):
        resolve([a for a in args if a != "--glob"], globs)


def test_resolve_accepts_files_folders_and_stdin(folder, monkeypatch):
    monkeypatch.chdir(folder)
    assert resolve(["a.txt", "sub", "-", "c.html"]) == ["a.txt", "sub", "-", "c.html"]


def test_count_matches_sources(folder, monkeypatch):
    monkeypatch.chdir(folder)
    paths = [".", "a.txt", "c.html"]
    assert batch.count(paths) == len(list(batch.sources(paths))) == 9


# --- running ---------------------------------------------------------------------------------


def texts(n: int) -> list[Source]:
    return [
        Source(f"doc-{i}.txt", f"Doc {i}: exports rose {i % 17}% to ${i}.5 million.".encode())
        for i in range(n)
    ]


def test_check_chunk_keeps_order_paths_errors_and_notes():
    chunk = [
        Source("a", b"Exports rose 5%."),
        Source("b", b""),
        Source("c", b"Caf\xe9 prices rose 2%."),
    ]
    reports = batch.check_chunk(chunk)
    assert [(r.path, r.error, r.notes) for r in reports] == [
        ("a", None, []),
        ("b", "empty file", []),
        ("c", None, [CP1252_NOTE]),
    ]
    assert reports[2].text == "Café prices rose 2%."


def test_a_document_that_breaks_the_checker_is_isolated(monkeypatch):
    def check_texts(items, year=None):
        for path, text in items:
            if "boom" in text:
                raise ValueError("boom")
            yield Report(path=path, text=text)

    def check(text, path=None, year=None):
        return next(check_texts([(path, text)]))

    monkeypatch.setattr(batch, "check_texts", check_texts)
    monkeypatch.setattr(batch, "check", check)
    reports = batch.check_chunk([Source("a", b"fine"), Source("b", b"boom"), Source("c", b"ok")])
    assert [(r.path, r.error) for r in reports] == [
        ("a", None),
        ("b", "internal error: ValueError: boom"),
        ("c", None),
    ]


def test_year_reaches_the_checker(monkeypatch):
    seen = []

    def check_texts(items, year=None):
        for path, text in items:
            seen.append(year)
            yield Report(path=path, text=text)

    monkeypatch.setattr(batch, "check_texts", check_texts)
    batch.check_chunk([Source("a", b"text")], Options(year=2012))
    assert seen == [2012]


def test_parallel_run_equals_serial_run_in_input_order():
    sources = texts(150) + [Source("bad", b"\x00")]
    serial = [r.to_dict() for r in batch.run(sources, jobs=1, chunk_size=7)]
    parallel = [r.to_dict() for r in batch.run(iter(sources), jobs=2, chunk_size=7)]
    assert parallel == serial
    assert [r["path"] for r in parallel] == [s.path for s in sources]


def test_run_refuses_negative_jobs():
    with pytest.raises(FactcheckError):
        list(batch.run(texts(1), jobs=-1))


def test_run_is_lazy():
    """Reports come out while later sources have not even been produced."""
    produced = []

    def sources():
        for s in texts(100):
            produced.append(s.path)
            yield s

    first = next(batch.run(sources(), jobs=1, chunk_size=10))
    assert first.path == "doc-0.txt"
    assert len(produced) == 10


def test_reports_are_not_kept_once_written():
    """Streaming: the runner and the writer hold no reference to reports already written."""
    import io
    import weakref

    out = writer("jsonl", io.StringIO())
    out.begin()
    alive = []
    for report in batch.run(texts(200), jobs=1, chunk_size=10):
        out.write(report)
        alive.append(weakref.ref(report))
        del report
    out.end()
    assert sum(ref() is not None for ref in alive) <= 10


def _growth_per_document(n: int, warm_up: int = 100) -> float:
    """Bytes of memory still held after n more documents, each with ten words never seen before."""
    import io

    def sources(offset, n):
        for i in range(offset, offset + n):
            words = " ".join(f"w{i}x{k}" for k in range(10))
            yield Source(f"d{i}", f"Exports rose {i % 9}% to ${i} million. {words}.".encode())

    out = writer("jsonl", io.StringIO())
    for report in batch.run(
        sources(0, warm_up)
    ):  # warm up: the pipeline is loaded before measuring
        out.write(report)
    out = writer("jsonl", io.StringIO())
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for report in batch.run(sources(warm_up, n)):
        out.write(report)
        out.out.seek(0)
        out.out.truncate()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / n


def test_memory_stays_flat_over_many_documents():
    """spaCy adds every new word to its vocabulary; batch frees them per chunk (memory zones).

    Measured when written: about 375 bytes a document with the zones (a hash table that keeps
    its size), about 3,700 without.
    """
    assert _growth_per_document(1000) < 1500


def dies_on_poison(chunk, options):
    """A worker's work that kills its process on a document saying "poison" (a stand-in for
    the out-of-memory killer or a crash in native code)."""
    if any(s.data and b"poison" in s.data for s in chunk):
        os._exit(9)
    return batch.check_chunk(chunk, options)


def test_a_dying_worker_costs_only_its_document():
    sources = texts(12)
    sources[5] = Source("poisoned.txt", b"poison")
    reports = list(batch.run(sources, jobs=2, chunk_size=2, work=dies_on_poison))
    assert [r.path for r in reports] == [s.path for s in sources]
    assert [r.error for r in reports if r.error] == [batch.WORKER_DIED]
    assert reports[5].error == batch.WORKER_DIED
    expected = [r.to_dict() for r in batch.run(texts(12), jobs=1)]
    del expected[5]
    del reports[5]
    assert [r.to_dict() for r in reports] == expected


def frozen_count(chunk, options):
    """A worker's work that says, in its first report's first note, how many objects its process
    has moved into the garbage collector's permanent generation."""
    reports = batch.check_chunk(chunk, options)
    reports[0].notes.insert(0, f"frozen {gc.get_freeze_count()}")
    return reports


def test_workers_freeze_the_objects_they_start_with_library_callers_do_not():
    """Workers (and the command, batch.own_process in cli.main) keep the cyclic collector off
    spaCy and the warm pipeline; a library caller's process is never frozen (its cycles would
    never be collected)."""
    before = gc.get_freeze_count()
    list(batch.run(texts(30), jobs=1, chunk_size=10))
    assert gc.get_freeze_count() == before
    reports = list(batch.run(texts(30), jobs=2, chunk_size=10, work=frozen_count))
    counts = [int(r.notes[0].split()[1]) for r in reports[::10]]
    assert len(counts) == 3 and min(counts) > 10_000, counts
    serial = [r.to_dict() for r in batch.run(texts(30), jobs=1, chunk_size=10)]
    assert [r.to_dict() for r in reports] == serial
