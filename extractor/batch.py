"""Walking folders, reading files safely and checking documents in parallel, in input order.

Nothing here raises for a bad document: a file that is empty, binary, too large, undecodable or
unreadable becomes a Report with `error` set, and the batch goes on. Only a bad *argument* (a path
that does not exist, a folder with no matching files) raises FactcheckError, before any work starts.

>>> decode(b"Exports rose 5%.")
('Exports rose 5%.', [])
>>> decode("Caf\\u00e9 prices".encode("utf-16"))
('Café prices', ['encoding: UTF-16 (BOM)'])
>>> decode("Caf\\u00e9 \\u2013 prices".encode("cp1252"))
('Café – prices', ['encoding: cp1252 fallback (the file is not valid UTF-8)'])
>>> decode(b"\\x00\\x01\\x02")
Traceback (most recent call last):
...
extractor.batch.DocumentError: binary file (NUL bytes)
"""

from __future__ import annotations

import codecs
import fnmatch
import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from . import check, check_texts, make_nlp
from .checker import Report
from .errors import FactcheckError

# 1,000,000 bytes: a long news article is 10-50 kB, so this only stops files that are not articles
# (dumps, logs, e-books). It also keeps every document within spaCy's default nlp.max_length of
# 1,000,000 characters, since no supported encoding yields more characters than bytes.
MAX_BYTES = 1_000_000

# Legacy 8-bit text is decoded with this codec when it is not valid UTF-8. cp1252 (Windows Western)
# is what old newsroom systems wrote; unlike latin-1 it leaves five bytes undefined, so most binary
# data that slips past the NUL-byte test still fails to decode instead of becoming gibberish.
FALLBACK_ENCODING = "cp1252"

DEFAULT_GLOBS = ("*.txt", "*.md")
STDIN = "-"
STDIN_PATH = "<stdin>"

# Documents per worker task: large enough for nlp.pipe batching and to amortise pickling, small
# enough that a few slow documents do not leave the other workers idle at the end.
CHUNK_SIZE = 32

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32 (BOM)"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32 (BOM)"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (BOM)"),
)


class DocumentError(Exception):
    """Why one document cannot be checked; becomes its Report's `error`, never reaches the user."""


@dataclass(frozen=True)
class Source:
    """One document to check: a file path, or the bytes already read from standard input."""

    path: str
    data: bytes | None = None


@dataclass
class Document:
    """A decoded document, or the reason it could not be decoded."""

    path: str
    text: str = ""
    error: str | None = None
    notes: list[str] = field(default_factory=list)


def decode(data: bytes, fallback: str | None = FALLBACK_ENCODING) -> tuple[str, list[str]]:
    """The text of a file's bytes and notes on its encoding.

    data: the file's bytes.
    fallback: codec for text that is not UTF-8 (None: such text is undecodable).
    Returns (text, notes); raises DocumentError for empty, binary or undecodable data.
    """
    if not data.strip():
        raise DocumentError("empty file")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise DocumentError(f"undecodable: invalid {name.split()[0]} text") from None
            return _nonempty(text), [f"encoding: {name}"]
    if b"\x00" in data:
        # UTF-16 without a BOM also lands here: it cannot be told from binary data reliably.
        raise DocumentError("binary file (NUL bytes)")
    try:
        return _nonempty(data.decode("utf-8")), []
    except UnicodeDecodeError:
        pass
    if fallback:
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            pass
        else:
            return _nonempty(text), [f"encoding: {fallback} fallback (the file is not valid UTF-8)"]
    tried = f"UTF-8 or {fallback}" if fallback else "UTF-8"
    raise DocumentError(f"undecodable: not {tried} text")


def _nonempty(text: str) -> str:
    if not text.strip():
        raise DocumentError("empty file")
    return text


def read(
    source: Source, *, max_bytes: int = MAX_BYTES, fallback: str | None = FALLBACK_ENCODING
) -> Document:
    """Read and decode one source; problems become the Document's `error`, never an exception."""
    try:
        data = source.data if source.data is not None else _read_bytes(source.path, max_bytes)
        if len(data) > max_bytes:
            raise DocumentError(f"too large: more than {max_bytes:,} bytes")
        text, notes = decode(data, fallback)
    except DocumentError as e:
        return Document(source.path, error=str(e))
    return Document(source.path, text=text, notes=notes)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise DocumentError(f"too large: {size:,} bytes (limit {max_bytes:,})")
            # One byte past the limit, so files whose size stat cannot tell (pipes) are caught.
            return f.read(max_bytes + 1)
    except OSError as e:
        raise DocumentError(f"unreadable: {e.strerror or e}") from None


def _matches(relative: str, globs: Sequence[str]) -> bool:
    # PurePath.match anchors relative patterns at the right: "*.txt" matches at any depth and
    # "2024/*.txt" matches the files directly inside any folder called 2024.
    path = PurePosixPath(relative)
    return any(path.match(g) if "/" in g else fnmatch.fnmatchcase(path.name, g) for g in globs)


def walk(folder: str, globs: Sequence[str] = DEFAULT_GLOBS) -> Iterator[str]:
    """Files under `folder` matching `globs`, depth first in name order, skipping hidden entries.

    Symlinked folders are not followed (no loops); symlinked files are, and a broken one is
    yielded so that it is reported as unreadable rather than silently skipped.
    """
    stack = [(folder, "")]
    while stack:
        directory, prefix = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            if prefix:  # an unreadable subfolder: report it as a document rather than vanish
                yield directory
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            relative = prefix + entry.name
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append((entry.path, relative + "/"))
            elif _matches(relative, globs):
                yield _display(folder, relative)
        # Reversed onto the stack so they are visited in name order, after this folder's files.
        stack.extend(reversed(subfolders))


def _display(folder: str, relative: str) -> str:
    return relative if folder in (".", "./") else os.path.join(folder, relative)


def resolve(paths: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS) -> list[str]:
    """Check the command's path arguments before any work; raise FactcheckError on a bad one.

    Returns the arguments unchanged (folders are walked later, lazily, by `sources`).
    """
    if not paths:
        raise FactcheckError("no input: give files, folders, or - for standard input")
    for path in paths:
        if path == STDIN:
            continue
        if not os.path.lexists(path):
            raise FactcheckError(f"{path}: no such file or folder")
        if os.path.isdir(path):
            if not os.access(path, os.R_OK | os.X_OK):
                raise FactcheckError(f"{path}: folder is not readable")
            if next(walk(path, globs), None) is None:
                raise FactcheckError(f"{path}: no files matching {', '.join(globs)}")
        else:
            try:
                with open(path, "rb"):
                    pass
            except OSError as e:
                raise FactcheckError(f"{path}: cannot read: {e.strerror or e}") from None
    return list(paths)


def sources(
    paths: Sequence[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    *,
    max_bytes: int = MAX_BYTES,
    skip: str | None = None,
) -> Iterator[Source]:
    """The documents named by `paths`, in order: files as given, folders walked, `-` read now.

    skip: a file never taken from a folder: the report being written, when it lies inside one
    of the folders (`factcheck notes/ -o notes/report.md` must not read its own report).
    """
    skipped = os.path.abspath(skip) if skip else None
    for path in paths:
        if path == STDIN:
            yield Source(STDIN_PATH, sys.stdin.buffer.read(max_bytes + 1))
        elif os.path.isdir(path):
            for file in walk(path, globs):
                if skipped is None or os.path.abspath(file) != skipped:
                    yield Source(file)
        else:
            yield Source(path)


def count(paths: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS) -> int:
    """How many documents `sources` will yield, near enough for a progress bar (reads nothing)."""
    return sum(sum(1 for _ in walk(p, globs)) if os.path.isdir(p) else 1 for p in paths)


@dataclass(frozen=True)
class Options:
    """What every worker needs to know to read and check a chunk."""

    year: int | None = None
    max_bytes: int = MAX_BYTES
    fallback: str | None = FALLBACK_ENCODING
    facts: str | None = None  # a reference-figures file (facts.py), read once per worker


def check_chunk(chunk: Sequence[Source], options: Options = Options()) -> list[Report]:
    """Read and check a list of sources; one Report each, in order. Runs inside the workers."""
    documents = [read(s, max_bytes=options.max_bytes, fallback=options.fallback) for s in chunk]
    good = [d for d in documents if d.error is None]
    checked = iter(_check_documents(good, options.year, options.facts))
    reports = []
    for document in documents:
        report = Report(path=document.path, error=document.error)
        if document.error is None:
            report = next(checked)
            report.path = document.path
        report.notes = list(document.notes) + list(report.notes)
        reports.append(report)
    return reports


_warm = [False]
_own_process = [False]


def own_process() -> None:
    """Mark this process as one that only checks documents (the command, or a worker).

    Python's cyclic garbage collector then leaves alone what is alive now and, after the first
    chunk, the pipeline and the words it keeps (gc.freeze): its full collections scan only what
    later chunks make. Without this, each process walked every object of spaCy and the pipeline
    in each full collection: over 100,000 words, 0.08 s of collection in each worker (0.02 s
    frozen) and 0.05 s in the parent at --jobs 2, and in a worker the walk wrote to the pages it
    shares with the fork server, copying 4,700 of them (12,000 page faults, 7,300 frozen).
    Frozen objects are still freed by reference counting; only cycles among them are never
    collected, which is why a library caller's process is not frozen.
    """
    _own_process[0] = True
    gc.freeze()


def _check_documents(
    documents: list[Document], year: int | None, facts: str | None = None
) -> list[Report]:
    try:
        # spaCy keeps every new word it sees in its vocabulary, so over 100,000 articles (each
        # with its own figures and names) memory would grow without end; a memory zone frees
        # what the chunk added. Reports hold plain strings and Decimals, nothing from the Doc.
        items = [(d.path, d.text) for d in documents]
        if not _warm[0]:
            # The first chunk of each process runs outside a memory zone, so the common words
            # it holds stay in the vocabulary and the tokenizer cache (capped at 10,000 entries);
            # inside a zone spaCy caches nothing, and every chunk would re-create every word.
            _warm[0] = True
            reports = list(check_texts(items, year=year, **_with_facts(facts)))
            if _own_process[0]:
                gc.freeze()  # the pipeline, built by this chunk, and its words (own_process)
            return reports
        with make_nlp().memory_zone():
            return list(check_texts(items, year=year, **_with_facts(facts)))
    except Exception:
        # One document broke the batch: check them one at a time so only that one is lost.
        return [_check_one(d, year, facts) for d in documents]


def _with_facts(facts: str | None) -> dict[str, str]:
    # Passed only when given, so a checker without the option (a test double) still fits.
    return {"facts": facts} if facts else {}


def _check_one(document: Document, year: int | None, facts: str | None = None) -> Report:
    try:
        return check(document.text, path=document.path, year=year, **_with_facts(facts))
    except Exception as e:  # a bug in extraction must not end a night's batch
        return Report(path=document.path, error=f"internal error: {type(e).__name__}: {e}")


def _chunks(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    items: Iterable[Source],
    *,
    jobs: int = 1,
    options: Options = Options(),
    chunk_size: int = CHUNK_SIZE,
    work: Callable[[Sequence[Source], Options], list[Report]] = check_chunk,
) -> Iterator[Report]:
    """Reports for `items`, in input order, as they are done.

    jobs: worker processes (1: in this process; 0: one per CPU).
    work: what a worker does with a chunk (a module-level function, so workers can import it).
    Memory stays flat: at most two chunks per worker are in flight, and each Report is handed on
    as soon as those before it are done. A worker that dies (killed, out of memory) costs only the
    documents that killed it, which get an `error`; the rest are checked again in a new pool.
    """
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs < 0:
        raise FactcheckError("--jobs must be 0 (one per CPU) or more")
    if jobs == 1:
        for chunk in _chunks(items, chunk_size):
            yield from work(chunk, options)
        return
    pool = _Pool(jobs, options, work)
    try:
        for chunk in _chunks(items, chunk_size):
            pool.submit(chunk)
            if len(pool.pending) >= 2 * jobs:
                yield from pool.next()
        while pool.pending:
            yield from pool.next()
    finally:
        pool.close()


WORKER_DIED = "internal error: the worker process died while checking this document"


class _Pool:
    """Worker processes with their chunks in flight, in order; replaced when a worker dies."""

    def __init__(self, jobs: int, options: Options, work: Callable):
        import multiprocessing

        # forkserver, not fork: the parent may already run threads (the progress bar), and forking
        # a threaded process can deadlock. The server imports spaCy (1.6 s) once, not per worker.
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(["extractor.batch", "extractor.pipeline"])
        self.jobs, self.options, self.work = jobs, options, work
        self.pending: deque[tuple[list[Source], Future[list[Report]]]] = deque()
        self.executor = self._executor(jobs)

    def _executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=self.context, initializer=own_process
        )

    def submit(self, chunk: list[Source]) -> None:
        self.pending.append((chunk, self.executor.submit(self.work, chunk, self.options)))

    def next(self) -> list[Report]:
        """The reports of the oldest chunk in flight."""
        chunk, future = self.pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # A worker died and took every chunk in flight with it. Find the culprit alone, then
        # give the others to a fresh pool.
        self.executor.shutdown(wait=False, cancel_futures=True)
        reports = self._isolated(chunk)
        lost = [c for c, _ in self.pending]
        self.pending.clear()
        self.executor = self._executor(self.jobs)
        for c in lost:
            self.submit(c)
        return reports

    def _isolated(self, chunk: list[Source]) -> list[Report]:
        """Check a chunk in a process of its own; if it dies, each document in one of its own."""
        try:
            return self._alone(chunk)
        except BrokenProcessPool:
            pass
        reports = []
        for source in chunk:
            try:
                reports.extend(self._alone([source]))
            except BrokenProcessPool:
                reports.append(Report(path=source.path, error=WORKER_DIED))
        return reports

    def _alone(self, chunk: list[Source]) -> list[Report]:
        with self._executor(1) as executor:
            return executor.submit(self.work, chunk, self.options).result()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
