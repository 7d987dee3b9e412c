"""The HTML report in a real browser: headless Chromium (Debian's `chromium`, installed by .ci/run).

Chromium loads the report from disk; `--dump-dom` gives the DOM after every script that could run
has run, and `--screenshot` renders it. Two things are checked:
- the flagged (inconsistent) claim is in the DOM and visible: a probe script, added by the test to a
  copy of the report, reads its computed style and box and writes them into the DOM;
- markup planted in the article and in a file name did not run: the planted script would set the
  title, add <p id="pwned"> and set data-pwned on <body>; none of that is in the dumped DOM, while
  the probe proves that scripts do run in this browser, so the absence means something.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest
from test_cli import HOSTILE_NAME, MUTATED, PLANTED, run

from extractor import Claim, Quantity, Report, Verdict
from extractor.report import render

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1280,2000",
)

PROBE = """<script>
(() => {
  const flagged = document.querySelector(".annotation.inconsistent");
  const stated = document.querySelector("mark.stated.inconsistent");
  const seen = (el) => {
    if (!el) return null;
    const box = el.getBoundingClientRect(), style = getComputedStyle(el);
    return {text: el.textContent, width: box.width, height: box.height, top: box.top,
            display: style.display, visibility: style.visibility, opacity: style.opacity,
            color: style.color};
  };
  const result = {flagged: seen(flagged), stated: seen(stated)};
  document.body.setAttribute("data-probe", JSON.stringify(result));
})();
</script>"""


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed: .ci/run should have installed it")
    pytest.skip("chromium is not installed (apt-get install chromium)")


def browse(page: Path, tmp_path: Path, *extra: str) -> str:
    """Open `page` in a fresh headless Chromium; returns its stdout (the DOM with --dump-dom)."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    result = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode("utf-8")


def probe(dom: str) -> dict:
    match = re.search(r'data-probe="([^"]*)"', dom)
    assert match, "the probe script did not run: is JavaScript off?"
    return json.loads(unescape(match.group(1)))


def assert_not_injected(dom: str) -> None:
    assert "<title>factcheck report</title>" in dom
    assert 'id="pwned"' not in dom
    assert 'data-pwned="' not in dom  # as an attribute; the planted text itself does show
    assert "<script>document.title" not in dom  # planted scripts stay text, never elements
    assert "&lt;script&gt;document.title='pwned'" in dom  # ... shown to the reader as text


def assert_visible(seen: dict | None) -> None:
    assert seen is not None, "element not in the DOM"
    assert seen["display"] != "none" and seen["visibility"] == "visible"
    assert float(seen["opacity"]) > 0.5
    assert seen["width"] > 0 and seen["height"] > 0


def flagged_report() -> Report:
    """A hand-built report: the mutated deficit flagged, the article carrying planted markup."""
    text = PLANTED + "\n" + MUTATED
    spans = {
        name: (text.index(name), text.index(name) + len(name))
        for name in ("US$32.16 billion", "US$21.4 billion", "US$11.76 billion")
    }
    quantities = [
        Quantity(name, start, end, "money", Decimal(value), "USD")
        for (name, (start, end)), value in zip(
            spans.items(), ("32160000000", "21400000000", "11760000000"), strict=True
        )
    ]
    sentence = text.index("This amounted")
    claim = Claim("difference", [0, 1], 2, sentence, text.index("Monday.") + 7, cue="deficit")
    verdict = Verdict(
        claim,
        "inconsistent",
        "magnitude",
        Decimal("10760000000"),
        "32.16 - 21.4 = 10.76",
        "the deficit is US$10.76 billion, not US$11.76 billion",
    )
    return Report(path=HOSTILE_NAME, text=text, quantities=quantities, claims=[verdict])


def test_flagged_claim_is_visible_and_planted_script_does_not_run(tmp_path):
    report = tmp_path / "report.html"
    report.write_text(render([flagged_report()], "html"), encoding="utf-8")

    dom = browse(report, tmp_path, "--dump-dom")
    assert_not_injected(dom)
    assert "32.16 - 21.4 = 10.76" in dom

    probed = tmp_path / "probed.html"
    probed.write_text(report.read_text(encoding="utf-8") + PROBE, encoding="utf-8")
    probed_dom = browse(probed, tmp_path, "--dump-dom")
    assert_not_injected(probed_dom)
    seen = probe(probed_dom)
    assert_visible(seen["flagged"])
    assert "inconsistent" in seen["flagged"]["text"]
    assert "32.16 - 21.4 = 10.76" in seen["flagged"]["text"]
    assert_visible(seen["stated"])
    assert seen["stated"]["text"] == "US$11.76 billion"

    screenshot = tmp_path / "report.png"
    browse(report, tmp_path, f"--screenshot={screenshot}")
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 10_000  # a rendered page, not a blank one


def test_command_html_report_in_chromium(tmp_path):
    """The installed command's HTML over a folder with a planted script and the mutated article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text(PLANTED + "\n" + MUTATED + PLANTED, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    report = tmp_path / "report.html"
    result = run(str(folder), "--format", "html", "--output", str(report))
    assert result.returncode in (0, 1)

    probed = tmp_path / "probed.html"
    probed.write_text(report.read_text(encoding="utf-8") + PROBE, encoding="utf-8")
    dom = browse(probed, tmp_path, "--dump-dom")
    assert_not_injected(dom)
    assert 'href="#doc-1"' in dom and 'href="#doc-2"' in dom  # the summary table links
    assert "error: empty file" in dom
    seen = probe(dom)
    if result.returncode == 1:  # the checker flagged the mutated deficit: it must show
        assert_visible(seen["flagged"])
        assert_visible(seen["stated"])
    else:
        assert seen["flagged"] is None
