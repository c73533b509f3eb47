"""A read-only SPARQL 1.1 Protocol endpoint over a pyoxigraph store (``kgbuilder serve``).

``GET /sparql?query=...``, ``POST /sparql`` with a form field ``query`` or an
``application/sparql-query`` body. Results are content-negotiated: SPARQL JSON (default),
XML, CSV or TSV for SELECT and ASK; Turtle (default) or N-Triples for CONSTRUCT and
DESCRIBE. Updates are not accepted: the store only answers queries. It binds to
127.0.0.1 unless told otherwise, and is meant for one user's tools (YASGUI, notebooks).
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .sparql import syntax_message

MAX_BODY = 1 << 20  # a query longer than a mebibyte is refused
_RESULT_TYPES = (  # (media type, pyoxigraph format), the first is the default
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
)
_GRAPH_TYPES = (("text/turtle", ox.RdfFormat.TURTLE),
                ("application/n-triples", ox.RdfFormat.N_TRIPLES))


def _negotiate(accept: str, offers: tuple) -> tuple:
    """The first offer whose media type the ``Accept`` header names, else the default."""
    wanted = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    for media_type in wanted:
        for offer in offers:
            if offer[0] == media_type:
                return offer
    return offers[0]


def answer(store: ox.Store, query: str, accept: str = "",
           prefixes: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    """Status, content type and body of the response to ``query``; ``prefixes`` are
    declared for it (those of ``kgbuilder query``)."""
    try:
        result = store.query(query, prefixes=prefixes or {},
                             use_default_graph_as_union=True)  # TriG and N-Quads too
    except SyntaxError as exc:
        return 400, "text/plain; charset=utf-8", f"{syntax_message(exc, prefixes)}\n".encode()
    if isinstance(result, ox.QueryTriples):
        media_type, fmt = _negotiate(accept, _GRAPH_TYPES)
        return 200, media_type, result.serialize(format=fmt)
    media_type, fmt = _negotiate(accept, _RESULT_TYPES)
    return 200, media_type, result.serialize(format=fmt)


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = 7878,
                prefixes: dict[str, str] | None = None) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL queries over ``store`` at ``/sparql``, with
    ``prefixes`` declared for every query."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "kgbuilder-sparql"

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def _query(self, query: str | None) -> None:
            if urlsplit(self.path).path.rstrip("/") != "/sparql":
                self._send(404, "text/plain; charset=utf-8", b"the endpoint is /sparql\n")
            elif not query:
                self._send(400, "text/plain; charset=utf-8", b"missing 'query'\n")
            else:
                self._send(*answer(store, query, self.headers.get("Accept", ""), prefixes))

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._query(parse_qs(urlsplit(self.path).query).get("query", [None])[0])

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._send(413, "text/plain; charset=utf-8", b"query too long\n")
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                self._query(body)
            elif kind == "application/x-www-form-urlencoded":
                self._query(parse_qs(body).get("query", [None])[0])
            else:
                self._send(415, "text/plain; charset=utf-8",
                           b"send application/sparql-query or a form with 'query'\n")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet: the endpoint is a local tool

    return ThreadingHTTPServer((host, port), Handler)
