"""Builders of reader-test inputs written here: pages, feeds, archives and exports (a plain
module, so its name cannot clash with another folder's conftest)."""

from __future__ import annotations

import io
import json
from pathlib import Path

REPORT = ("Russia launched 62 drones overnight; air defences shot down 51 of them, "
          "the air force said. Two people were injured in Odesa.")


def article_html(title: str = "Drones over Odesa", body: str = REPORT, *, lang: str = "en",
                 charset: str = "utf-8", date: str = "2025-03-15T08:30:00+02:00") -> str:
    """A small news page: navigation and footer around one article."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Olena Writer">
<meta property="article:published_time" content="{date}"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{title}</h1><p>{body}</p>
<p>Emergency services worked through the morning to put out the fires.</p></article>
<footer>Copyright Example News</footer></body></html>"""


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link>
<language>en-gb</language>
<item><title>Drones over Odesa</title><link>https://wire.example/odesa</link>
<guid>wire-1</guid><pubDate>Sat, 15 Mar 2025 06:30:00 +0000</pubDate>
<description>&lt;p&gt;Russia launched 62 drones overnight;&lt;/p&gt;
&lt;p&gt;51 were &lt;b&gt;shot down&lt;/b&gt;.&lt;/p&gt;
</description>
</item>
<item><title>Missile strike on Kharkiv</title><link>https://wire.example/kharkiv</link>
<pubDate>Sun, 16 Mar 2025 09:00:00 +0200</pubDate>
<description>Three missiles hit the city; five people were injured.</description></item>
<item><title></title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<id>urn:example:atom</id><updated>2025-03-15T07:00:00Z</updated>
<entry><title>Night attack repelled</title><id>urn:example:1</id>
<link href="https://atom.example/1"/><updated>2025-03-15T07:00:00Z</updated>
<content type="html">&lt;div&gt;Air defences destroyed 40 of 45 drones.&lt;br/&gt;No one was hurt.&lt;/div&gt;
</content>
</entry></feed>"""


def build_warc(path: Path, pages: list[tuple[str, str]], *, gzip: bool = True,
               extra_records: bool = True) -> None:
    """A WARC with a warcinfo record, then for each (url, html) a request and a response,
    plus an image response and a redirect that readers must skip."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "skytally-tests"}))
        for url, html in pages:
            writer.write_record(_response(writer, url, html.encode("utf-8"), "text/html; charset=utf-8",
                                          StatusAndHeaders))
        if extra_records:
            writer.write_record(_response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00",
                                          "image/png", StatusAndHeaders))
            writer.write_record(_response(writer, "https://news.example/old", b"", "text/html",
                                          StatusAndHeaders, status="301 Moved Permanently"))


def _response(writer, url, body, ctype, StatusAndHeaders, status="200 OK"):  # type: ignore[no-untyped-def]
    headers = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                     http_headers=headers)


def telegram_export(messages: list[dict[str, object]], **channel: object) -> str:
    export = {"name": "Example Air Command", "type": "public_channel", "id": 1234567, **channel,
              "messages": messages}
    return json.dumps(export, ensure_ascii=False, indent=1)


