"""Web pages as inputs, fetched from a real HTTP server that the test starts on 127.0.0.1 (no mock):
the article is extracted, the request names studygen, and every failure is one line with exit 2."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studygen.cli import app
from studygen.cli.build import _default_deck_name
from studygen.ingest import read_articles, web

ARTICLE = """<!doctype html><html><head><title>Tide Mills | Coastal Reader</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/shop">Shop</a></nav>
<article><h1>Tide Mills</h1>
<p>A tide mill is a water mill driven by the rise and fall of the tide. A dam with a sluice is
built across a suitable tidal inlet, and the water that fills the pond at high tide is let out
through the water wheel as the tide falls.</p>
<p>The mill at Woodbridge in Suffolk was first recorded in 1170 and worked until 1957. It is one of
the few tide mills in England whose wheel still turns, and it is open to visitors in summer.</p>
<p>Tide mills could work for only a few hours on each tide, so millers kept hours set by the moon
rather than by the sun, and often worked through the night.</p>
</article>
<footer>Copyright Coastal Reader. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>"""


class _Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        _Handler.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/tide-mills.html":
            self._send(200, "text/html; charset=utf-8", ARTICLE.encode())
        elif self.path == "/paper.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n%%EOF\n")
        elif self.path == "/big.html":
            self._send(200, "text/html", b"<html><body>" + b"<p>word</p>" * 20_000 + b"</body></html>")
        elif self.path == "/slow.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"<p>slow</p>")
                self.wfile.flush()
                time.sleep(0.2)
        else:
            self._send(404, "text/html", b"<html><body>Not here</body></html>")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_web_page_is_fetched_and_its_article_extracted(server: str) -> None:
    _Handler.agents.clear()
    (article,) = read_articles([f"{server}/tide-mills.html"]).articles
    assert article.title == "Tide Mills"
    assert "first recorded in 1170" in article.text
    assert "Subscribe" not in article.text and "About" not in article.text
    assert article.source == f"{server}/tide-mills.html"
    assert _Handler.agents and _Handler.agents[-1].startswith("studygen/")


def test_a_url_names_the_deck_after_its_page() -> None:
    assert _default_deck_name(["https://example.org/news/tide-mills.html"]) == "tide-mills"
    assert _default_deck_name(["https://example.org/"]) == "example.org"


@pytest.mark.parametrize(("path", "extra", "message"), [
    ("/paper.pdf", [], "not an HTML page (the server sent application/pdf)"),
    ("/missing.html", [], "the server answered 404"),
    ("/big.html", ["--max-file-mb", "0.05"], "over the 52428 bytes limit"),
    ("/slow.html", [], "timed out after 1 s"),
])
def test_a_failed_fetch_is_one_line_exit_2_and_no_output(server: str, tmp_path: Path, path: str,
                                                         extra: list[str], message: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web, "TIMEOUT_S", 1.0)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", f"{server}{path}", "--out", str(out), "--quiet", *extra])
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith(f"studygen: error: {server}{path}: "), lines
    assert message in lines[0]
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("command", ["build", "split"])
def test_an_address_that_is_not_one_is_one_line_exit_2(tmp_path: Path, command: str) -> None:
    # Before: "internal error: ValueError: Invalid IPv6 URL".
    out = ["--out", str(tmp_path / "o")] if command == "build" else []
    result = CliRunner().invoke(app, [command, "http://[::1", *out])
    assert result.exit_code == 2
    assert result.stderr.strip() == "studygen: error: http://[::1: not a valid web address (Invalid IPv6 URL)"


def test_a_refused_connection_is_one_line_exit_2(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port on 127.0.0.1 that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(app, ["build", f"http://127.0.0.1:{port}/x.html", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"studygen: error: http://127.0.0.1:{port}/x.html: connection refused"


@pytest.mark.slow
def test_a_web_page_builds_a_deck_named_after_it(server: str, tmp_path: Path) -> None:
    from studygen.cardfile import load_deck

    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", f"{server}/tide-mills.html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    deck = load_deck(out / "tide-mills.json")
    assert [a.title for a in deck.articles] == ["Tide Mills"]
    assert deck.cards and (out / "tide-mills.apkg").is_file()
