"""The page document the server sends for every page's URL, told where the server is.

On a deep link (/rankings?index=pci) Streamlit's frontend does not know the server's base path: it asks
/rankings/_stcore/health first, gets a 404, waits its retry delay and only then asks /_stcore/health, about 100 ms
before the first paint of every page but the home page. The frontend takes the server's address from
`window.__streamlit.BACKEND_BASE_URL` when a host sets it; this middleware sets it in Streamlit's own index.html as
it goes out, so the first health check is the right one.

The address is worked out in the browser from its own location, as the frontend's guess is: the location itself for
the home page, its parent for a page one segment below it. So it holds behind a proxy that serves the app under a
prefix. Any other document (a custom component's frame, a path deeper than a page) goes out untouched.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import streamlit as st
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from streamlit import file_util

INDEX = Path(file_util.get_static_dir()) / "index.html"
HOME = "location.origin + location.pathname"
PAGE = "location.origin + location.pathname.slice(0, location.pathname.lastIndexOf('/'))"


def hinted(index: bytes, address_js: str) -> bytes:
    """Streamlit's index.html with the server's address set before its scripts run."""
    script = f"<script>window.__streamlit = {{BACKEND_BASE_URL: {address_js}}};</script>".encode()
    head = index.index(b"<head>") + len(b"<head>")
    return index[:head] + script + index[head:]


def segments_below_base(path: str, base: str) -> int | None:
    """How many path segments `path` lies below the base path (0 for the home page), or None outside it."""
    prefix = ("/" + base.strip("/")).rstrip("/")  # "" for no base path, else "/app"
    if path != prefix and not path.startswith(prefix + "/"):
        return None
    return len([part for part in path[len(prefix) :].split("/") if part])


class ServerAddress:
    """ASGI middleware: Streamlit's index.html, sent for the home page or a page, carries the server's address."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.index = INDEX.read_bytes()
        self.documents = {0: hinted(self.index, HOME), 1: hinted(self.index, PAGE)}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        depth = segments_below_base(scope["path"], st.get_option("server.baseUrlPath"))
        if depth not in self.documents:
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body: list[bytes] = []

        async def relay(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start" and Headers(raw=message["headers"]).get(
                "content-type", ""
            ).startswith("text/html"):
                start = message
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if not message.get("more_body", False):
                await self._send_document(send, start, b"".join(body), depth)

        await self.app(scope, receive, relay)

    async def _send_document(self, send: Send, start: Message, content: bytes, depth: int) -> None:
        """Send the document, hinted if it is Streamlit's index.html (compressed or not), as it was otherwise."""
        headers = Headers(raw=start["headers"])
        plain = gzip.decompress(content) if headers.get("content-encoding") == "gzip" else content
        if plain == self.index:
            content = self.documents[depth]
            kept = [(k, v) for k, v in start["headers"] if k.lower() not in (b"content-length", b"content-encoding")]
            start = {**start, "headers": [*kept, (b"content-length", str(len(content)).encode())]}
        await send(start)
        await send({"type": "http.response.body", "body": content})
