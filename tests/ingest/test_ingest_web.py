"""HTML pages, WARC archives (whole, gzipped, truncated) and fetching from a loopback server."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from ingest_builders import RSS, article_html, build_warc

from skytally.ingest import ReadOptions, read_paths
from skytally.ingest.fetch import USER_AGENT
from skytally.models import Document, Failure


def test_html_page_gives_main_text_and_metadata(html_page: Path) -> None:
    [doc] = read_paths([str(html_page)])
    assert isinstance(doc, Document)
    assert doc.title == "Drones over Odesa"
    assert doc.text.startswith("Drones over Odesa\n")
    assert "shot down 51" in doc.text and "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.published == dt.datetime(2025, 3, 15, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert (doc.outlet, doc.language, doc.meta["author"]) == ("Example News", "en", "Olena Writer")


def test_cp1251_html_page_is_decoded(tmp_path: Path) -> None:
    body = "Вночі росіяни запустили 62 дрони; сили ППО збили 51 з них."
    p = tmp_path / "uk.html"
    p.write_bytes(article_html("Атака дронів", body, lang="uk", charset="windows-1251").encode("cp1251"))
    [doc] = read_paths([str(p)])
    assert isinstance(doc, Document) and body in doc.text and doc.language == "uk"


def test_html_without_text_is_a_failure(tmp_path: Path) -> None:
    p = tmp_path / "blank.html"
    p.write_text("<html><head><title></title></head><body><script>var x = 1;</script></body></html>")
    [item] = read_paths([str(p)])
    assert isinstance(item, Failure) and "no readable text" in item.reason


PAGES = [(f"https://news.example/{i}",
          article_html(f"Attack number {i}", f"Russia launched {i + 10} drones; {i} were shot down over "
                       f"the region {i}, officials said on the morning after.",
                       date=f"2025-03-1{i}T07:00:00Z"))
         for i in range(1, 4)]


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_become_documents(tmp_path: Path, gzip: bool) -> None:
    p = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    build_warc(p, PAGES, gzip=gzip)
    items = list(read_paths([str(p)]))
    assert all(isinstance(i, Document) for i in items)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == [u for u, _ in PAGES]
    assert [d.title for d in docs] == ["Attack number 1", "Attack number 2", "Attack number 3"]
    assert docs[0].published == dt.datetime(2025, 3, 11, 7, 0, tzinfo=dt.UTC)
    assert docs[0].source == f"{p}#2" and docs[0].meta["warc_record"] == 2


def test_warc_date_is_the_fallback_publication_date(tmp_path: Path) -> None:
    html = "<html><body><article><p>" + "Nine drones were shot down over the city overnight. " * 3 + \
           "</p></article></body></html>"
    p = tmp_path / "nodate.warc.gz"
    build_warc(p, [("https://news.example/nodate", html)], extra_records=False)
    [doc] = read_paths([str(p)])
    assert isinstance(doc, Document) and isinstance(doc.published, dt.datetime)
    assert doc.published.tzinfo is not None


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_truncated_warc_keeps_complete_records_and_names_the_cut_one(tmp_path: Path, gzip: bool,
                                                                     keep: float) -> None:
    whole = tmp_path / "whole.warc"
    build_warc(whole, PAGES, gzip=gzip, extra_records=False)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: int(len(data) * keep)])
    items = list(read_paths([str(cut)]))
    docs = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(failures) == 1 and "truncated" in failures[0].reason
    assert [d.url for d in docs] == [u for u, _ in PAGES[: len(docs)]]
    assert failures[0].line == len(docs) + 2  # warcinfo is record 1
    assert len(docs) < len(PAGES)


def test_garbage_after_gzip_magic_is_a_failure(tmp_path: Path) -> None:
    p = tmp_path / "bad.warc.gz"
    p.write_bytes(b"\x1f\x8b" + b"\x00" * 40)
    items = list(read_paths([str(p)]))
    assert items and all(isinstance(i, Failure) for i in items)


class _Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def do_GET(self) -> None:
        _Handler.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/article":
            self._send(200, "text/html; charset=utf-8", article_html().encode())
        elif self.path == "/feed":
            self._send(200, "application/rss+xml", RSS.encode())
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
        else:
            self._send(404, "text/plain", b"not here")

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_fetch_reads_pages_and_feeds_with_a_polite_user_agent(server: str) -> None:
    opts = ReadOptions(fetch=True, timeout=5)
    items = list(read_paths([f"{server}/article", f"{server}/feed", f"{server}/moved", f"{server}/gone"],
                            options=opts))
    docs = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert docs[0].url == f"{server}/article" and docs[0].title == "Drones over Odesa"
    assert [d.url for d in docs[1:3]] == ["https://wire.example/odesa", "https://wire.example/kharkiv"]
    assert docs[-1].url == f"{server}/article"  # the redirect was followed
    assert len(failures) == 2  # the empty feed item and the 404
    assert "HTTP 404" in failures[-1].reason and failures[-1].source == f"{server}/gone"
    assert _Handler.agents and all(a == USER_AGENT and "skytally" in a for a in _Handler.agents)


def test_fetch_failure_names_the_url() -> None:
    [failure] = read_paths(["http://127.0.0.1:9/nothing"], options=ReadOptions(fetch=True, timeout=2))
    assert isinstance(failure, Failure) and failure.source == "http://127.0.0.1:9/nothing"
    assert "cannot fetch" in failure.reason


def test_cli_fetch_flag(server: str) -> None:
    import json

    from click.testing import CliRunner

    from skytally.cli import main

    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", "--fetch", "--fetch-timeout", "5",
                                       f"{server}/article"])
    assert result.exit_code == 0, result.stderr
    assert len([json.loads(x) for x in result.stdout.splitlines()]) == 1


def test_one_bad_page_in_a_warc_does_not_end_the_archive(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import skytally.ingest.warc as warc_reader

    real = warc_reader.html_document

    def choke_on_second(data: bytes, **kw: object) -> object:
        if kw["url"] == PAGES[1][0]:
            raise ValueError("parser exploded")
        return real(data, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(warc_reader, "html_document", choke_on_second)
    p = tmp_path / "crawl.warc.gz"
    build_warc(p, PAGES)
    items = list(read_paths([str(p)]))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    failure = items[1]
    assert isinstance(failure, Failure) and failure.line == 3 and "parser exploded" in failure.reason
