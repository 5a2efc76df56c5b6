"""The page document tells the browser where the server is (ui/page_document.py): Streamlit's index.html, as the
server sends it for the home page or a page (compressed or not), gets the address; anything else goes out as it
came. The browser side (one health check on a deep link) is tested in tests/e2e/test_load.py."""

from __future__ import annotations

import gzip

import pytest

from tests.support.harness import run_coroutine
from ui.page_document import INDEX, ServerAddress, segments_below_base

STREAMLIT_INDEX = INDEX.read_bytes()
PAGE_ADDRESS = b"location.pathname.slice(0, location.pathname.lastIndexOf('/'))"


@pytest.mark.parametrize(("path", "base", "depth"), [
    ("/", "", 0), ("/rankings", "", 1), ("/rankings/x", "", 2), ("/app", "app", 0), ("/app/", "/app/", 0),
    ("/app/rankings", "app", 1), ("/other/rankings", "app", None), ("/application", "app", None),
])  # fmt: skip
def test_a_path_is_counted_in_segments_below_the_servers_base_path(path, base, depth):
    assert segments_below_base(path, base) == depth


def served(path: str, body: bytes, content_type: str, encoding: str | None = None, method: str = "GET"):
    """What the middleware sends for `path` when the app behind it answers with `body`."""
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    if encoding:
        headers.append((b"content-encoding", encoding.encode()))
    sent: list[dict] = []

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        half = len(body) // 2
        await send({"type": "http.response.body", "body": body[:half], "more_body": True})
        await send({"type": "http.response.body", "body": body[half:]})

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "headers": []}
    run_coroutine(ServerAddress(app)(scope, receive, send))
    start, *bodies = sent
    return dict(start["headers"]), b"".join(m.get("body", b"") for m in bodies)


@pytest.mark.parametrize("encoding", [None, "gzip"])
def test_a_pages_document_carries_the_servers_address_as_its_first_script(encoding):
    body = gzip.compress(STREAMLIT_INDEX) if encoding else STREAMLIT_INDEX
    headers, document = served("/rankings", body, "text/html; charset=utf-8", encoding)
    head = document.index(b"<head>") + len(b"<head>")
    assert document[head:].startswith(b"<script>window.__streamlit = {BACKEND_BASE_URL: location.origin + "
                                      + PAGE_ADDRESS + b"};</script>")  # fmt: skip
    assert document.replace(document[head : document.index(b"</script>", head) + 9], b"") == STREAMLIT_INDEX
    assert headers[b"content-length"] == str(len(document)).encode()
    assert b"content-encoding" not in headers


def test_the_home_pages_document_says_the_server_is_at_its_own_address():
    _, document = served("/", STREAMLIT_INDEX, "text/html")
    assert b"{BACKEND_BASE_URL: location.origin + location.pathname};" in document


@pytest.mark.parametrize(("path", "body", "content_type", "method"), [
    ("/rankings/deeper", STREAMLIT_INDEX, "text/html", "GET"),  # not a page: the frontend's own guess stands
    ("/rankings", STREAMLIT_INDEX, "text/html", "HEAD"),
    ("/component/ui.ranking_table/index.html", b"<html><head></head></html>", "text/html", "GET"),
    ("/rankings", b"<html><head></head><body>other</body></html>", "text/html", "GET"),
    ("/favicon.png", b"\x89PNG", "image/png", "GET"),
])  # fmt: skip
def test_any_other_response_goes_out_as_it_came(path, body, content_type, method):
    headers, sent = served(path, body, content_type, method=method)
    assert sent == body
    assert headers[b"content-length"] == str(len(body)).encode()
