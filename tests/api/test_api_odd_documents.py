"""Documents with awkward ids and hostile text: reachable, and shown as text only."""

from __future__ import annotations

from fastapi.testclient import TestClient

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.store import Store

HOSTILE = "<script>alert('x')</script> Russia launched 5 drones at Ukraine overnight."


def _save(store: Store, doc_id: str, text: str) -> None:
    start = text.index("Russia")
    claim = Claim(Outcome.LAUNCHED, 5, Evidence(start, len(text)), Weapon.DRONE, attacker="russia")
    store.save(Document(id=doc_id, text=text, outlet="Odd <b>Outlet</b>"),
               Extraction(doc_id, (claim,), ()))


def test_id_with_slashes_and_spaces(store: Store, client: TestClient) -> None:
    _save(store, "feeds/channel 7/42", "Russia launched 5 drones at Ukraine overnight.")
    assert client.get("/api/documents/feeds/channel%207/42").json()["document"]["id"] == "feeds/channel 7/42"
    assert client.get("/documents/feeds/channel%207/42.json").json()["document"]["id"] == "feeds/channel 7/42"
    page = client.get("/documents/feeds%2Fchannel%207%2F42")
    assert page.status_code == 200
    assert 'href="/documents/feeds/channel%207/42"' in client.get("/search?q=russia+launched+5").text


def test_hostile_text_is_escaped(store: Store, client: TestClient) -> None:
    _save(store, "hostile", HOSTILE)
    html = client.get("/documents/hostile").text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "Odd &lt;b&gt;Outlet&lt;/b&gt;" in html
    claim = client.get("/api/documents/hostile").json()["claims"][0]
    assert claim["quote"] == "Russia launched 5 drones at Ukraine overnight."
