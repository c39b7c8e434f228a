"""The overview page and a judge's report as a browser renders them, from file:// with no server.

Runs headless Chromium (Debian package ``chromium``) with ``--dump-dom`` to read the DOM after the
page's own script ran, and saves screenshots as test artifacts for a person to look at. Skips when
/usr/bin/chromium is not installed.
"""

from __future__ import annotations

import os
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.reports import write_reports
from pipeline.rubric import load_rubric

try:
    from test_reports import HYPERLINK, make_corpus
except ImportError:  # tests/ imported as a package
    from tests.test_reports import HYPERLINK, make_corpus

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="headless browser tests need /usr/bin/chromium (Debian: apt-get install -y chromium)",
)
ARTIFACTS = Path(os.environ.get("ENTRY_REVIEW_ARTIFACTS") or Path(__file__).resolve().parent.parent / "test-artifacts")


def chromium(tmp_path_factory, target: str, *options: str) -> subprocess.CompletedProcess:
    profile = tmp_path_factory.mktemp("chromium-profile")
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
        "--hide-scrollbars", f"--user-data-dir={profile}", *options, target,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def dump_dom(tmp_path_factory, url: str) -> str:
    return chromium(tmp_path_factory, url, "--dump-dom", "--virtual-time-budget=2000").stdout


class Dom(HTMLParser):
    """What the tests read from a dumped DOM: triage rows, body and table attributes, title, marks."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.rows: list[tuple[str, bool]] = []  # (data-entry, hidden) of each #triage body row, in order
        self.body: dict[str, str | None] = {}
        self.table: dict[str, str | None] = {}
        self.title = ""
        self.h1 = ""
        self.marks: list[str] = []
        self.tags: list[str] = []
        self._in_triage = False
        self._capture: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "body":
            self.body = a
        elif tag == "table" and a.get("id") == "triage":
            self.table, self._in_triage = a, True
        elif tag == "tr" and self._in_triage and "data-entry" in a:
            self.rows.append((a["data-entry"], "hidden" in a))
        elif tag == "mark":
            self.marks.append(a.get("class") or "")
        elif tag in ("title", "h1"):
            self._capture = tag

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_triage = False
        if tag == self._capture:
            self._capture = None

    def handle_data(self, data):
        if self._capture == "title":
            self.title += data
        elif self._capture == "h1":
            self.h1 += data


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    entries, clusters, run = make_corpus()
    _write_map(out, clusters, entries)
    write_reports(out, entries, load_rubric(), clusters=clusters, run=run)
    return out, entries


def _write_map(out: Path, clusters: dict, entries: list[dict]) -> None:
    """A real cluster map when the map module is there, so the screenshot shows the page as used."""
    try:
        from pipeline.reports.cluster_map import write_cluster_map
        from pipeline.types import Cluster, Clustering, NearDuplicate
    except ImportError:
        return
    coords = {"E001": (0.1, 0.8), "E003": (0.3, 0.95), "E002": (1.6, 0.1), "E007": (1.4, -0.2), "E010": (1.65, 0.15)}
    clustering = Clustering(
        clusters=tuple(Cluster(id=c["id"], label=c["label"], terms=tuple(c["terms"]), members=tuple(c["members"]),
                               representative=c["representative"]) for c in clusters["clusters"]),
        near_duplicates=tuple(NearDuplicate(a=d["a"], b=d["b"], semantic=d["semantic"], shingle=d["shingle"],
                                            shared_passages=tuple(d["shared_passages"])) for d in clusters["near_duplicates"]),
        assignments={m: c["id"] for c in clusters["clusters"] for m in c["members"]},
        coords=coords,
    )
    write_cluster_map(clustering, out / "cluster_map.svg", {e["entry_id"]: e.get("title") for e in entries})


def test_browser_overview_has_one_row_per_entry_and_runs_only_its_own_script(site, tmp_path_factory):
    out, entries = site
    dom = Dom(dump_dom(tmp_path_factory, (out / "index.html").as_uri()))
    assert sorted(e for e, _ in dom.rows) == sorted(e["entry_id"] for e in entries)
    assert not any(hidden for _, hidden in dom.rows)
    # The page's script ran (it is allowed by its hash in the Content-Security-Policy) ...
    assert dom.table.get("data-ready") == "true"
    assert dom.table.get("data-visible-rows") == str(len(entries))
    # ... and nothing from entry text did.
    assert "data-pwned" not in dom.body
    assert dom.title.startswith("Entries overview")
    assert "img" not in dom.tags


def test_browser_overview_sorts_and_filters_from_the_address(site, tmp_path_factory):
    out, entries = site
    ids = sorted((e["entry_id"] for e in entries), key=lambda i: int(i[1:]))
    dom = Dom(dump_dom(tmp_path_factory, (out / "index.html").as_uri() + "#sort=entry_id:desc"))
    assert [e for e, _ in dom.rows] == list(reversed(ids))
    assert (dom.table.get("data-sort-key"), dom.table.get("data-sort-dir")) == ("entry_id", "desc")

    dom = Dom(dump_dom(tmp_path_factory, (out / "index.html").as_uri() + "#sort=total_words:desc"))
    totals = {
        e["entry_id"]: sum((s or {}).get("word_count", 0) for s in e["sections"].values())
        for e in entries if e["status"] == "reviewed"
    }
    order = [e for e, _ in dom.rows]
    assert [totals[e] for e in order[: len(totals)]] == sorted(totals.values(), reverse=True)
    assert set(order[len(totals):]) == {"E004", "E005", "E006"}  # no word count: last in either direction

    dom = Dom(dump_dom(tmp_path_factory, (out / "index.html").as_uri() + "#status=rejected&sort=entry_id:asc"))
    visible = [e for e, hidden in dom.rows if not hidden]
    assert visible == ["E004", "E006"]
    assert dom.table.get("data-visible-rows") == "2"


def test_browser_report_shows_hostile_text_as_text(site, tmp_path_factory):
    out, _ = site
    dom = Dom(dump_dom(tmp_path_factory, (out / "reports" / "E003.html").as_uri()))
    assert "data-pwned" not in dom.body
    assert "PWNED" not in dom.title
    assert dom.h1 == HYPERLINK
    assert "img" not in dom.tags and "script" not in dom.tags and "b" not in dom.tags
    assert "hl-quant" in dom.marks


def test_browser_screenshots(site, tmp_path_factory):
    out, _ = site
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shots = {
        "index.png": (out / "index.html", "1280,1800"),
        "report-E002.png": (out / "reports" / "E002.html", "1280,1800"),
        "report-E001.png": (out / "reports" / "E001.html", "1280,2400"),
    }
    for name, (page, size) in shots.items():
        target = ARTIFACTS / name
        target.unlink(missing_ok=True)
        chromium(tmp_path_factory, page.as_uri(), f"--screenshot={target}", f"--window-size={size}",
                 "--virtual-time-budget=2000")
        assert target.stat().st_size > 10_000, name
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
