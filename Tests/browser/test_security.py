"""Security properties of `sesplan serve`, checked against the running server and in the browser:
the Content-Security-Policy and other headers, CSRF protection (a real cross-site page tries to post),
hostile strings that stay inert text, the access token off loopback, the Host check against DNS
rebinding, the upload limit, personnel data kept out of the log, and a database that survives a
kill in the middle of writes."""
import http.server
import os
import re
import sqlite3
import threading
import time

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from conftest import fetch, free_port
from helpers import Client, ensure_name, session, shot, wait, wait_for_text

STRICT = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


@pytest.fixture(scope="module")
def client(base_url):
    return Client(base_url, name="Security Tester")


@pytest.fixture(scope="module")
def planned(client, examples):
    """A scenario with the small example uploaded and planned once: (scenario, run)."""
    scenario = client.create_scenario("Security checks")
    client.upload(scenario, os.path.join(examples, "small"))
    run = int(client.post(f"/scenarios/{scenario}/runs").headers["Location"].rsplit("/", 1)[1])
    deadline = time.time() + 120
    while time.time() < deadline and not client.get(f"/runs/{run}/status").json()["finished"]:
        time.sleep(0.3)
    return scenario, run


def test_every_page_carries_the_strict_content_security_policy(client, planned):
    scenario, run = planned
    paths = ["/", f"/scenarios/{scenario}", f"/scenarios/{scenario}/inputs", f"/scenarios/{scenario}/policy",
             f"/scenarios/{scenario}/plans", f"/runs/{run}", f"/scenarios/{scenario}/compare", f"/scenarios/{scenario}/audit",
             f"/scenarios/{scenario}/rotations", f"/scenarios/{scenario}/history", "/static/app.js", "/static/app.css",
             "/no/such/page", f"/runs/{run}/plans/1/executives/SYN-E1"]
    for path in paths:
        response = client.get(path, allow_redirects=False)
        assert response.headers["Content-Security-Policy"] == STRICT, path
        assert response.headers["X-Content-Type-Options"] == "nosniff", path
        assert response.headers["X-Frame-Options"] == "DENY", path
        assert "no-store" in response.headers["Cache-Control"] or path.startswith("/static/"), path
    page = client.get(f"/runs/{run}").text
    assert "<script>" not in page and " on" + "click=" not in page and "style=" not in page
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/app.js" defer>']


def test_a_form_without_the_token_is_refused(client, base_url):
    before = client.get("/").text.count('href="/scenarios/')
    for csrf in (None, "", "not-the-token"):
        parts = {"name": (None, "forged")}
        if csrf is not None:
            parts["csrf"] = (None, csrf)
        response = client.http.post(base_url + "/scenarios", files=parts, allow_redirects=False)
        assert response.status_code == 403
        assert "Form refused" in response.text
    assert client.get("/").text.count('href="/scenarios/') == before


def test_a_cross_site_page_cannot_post_in_the_users_name(driver, base_url, screenshots):
    """Another origin on this machine (another port: same site, so the browser sends the cookies)
    serves a page that posts a form to the workspace; the workspace refuses it."""
    ensure_name(driver, base_url)
    attacker_port = free_port()
    page = f"""<!DOCTYPE html><html><body><form id="f" method="post" action="{base_url}/scenarios" enctype="multipart/form-data">
    <input name="name" value="created by another site"><input name="csrf" value="guessed"></form>
    <script>document.getElementById('f').submit();</script></body></html>""".encode()

    class Attacker(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", attacker_port), Attacker)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        driver.get(f"http://127.0.0.1:{attacker_port}/")
        wait_for_text(driver, "Form refused", 20)
        shot(driver, screenshots, "20-csrf-refused")
    finally:
        server.shutdown()
    driver.get(base_url + "/")
    assert "created by another site" not in driver.page_source


HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def test_hostile_strings_stay_inert_text(driver, base_url, examples, tmp_path, screenshots):
    ensure_name(driver, base_url)
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name in ("positions.csv", "agencies.csv", "policy.yaml"):
        (folder / name).write_text(open(os.path.join(examples, "small", name), encoding="utf-8").read(), encoding="utf-8")
    text = open(os.path.join(examples, "small", "executives.csv"), encoding="utf-8").read()
    text = text.replace("Synthetic Executive 1", '"' + HOSTILE.replace('"', '""') + '"')
    text = text.replace("budget;financial", "<svg onload=window.__pwned=3>;financial")
    (folder / "executives.csv").write_text(text, encoding="utf-8")

    driver.find_element(By.ID, "new-name").send_keys(HOSTILE)
    driver.find_element(By.ID, "new-name").submit()
    wait(driver, lambda d: "/scenarios/" in d.current_url)
    for kind in ("executives", "positions", "agencies", "policy"):
        name = "policy.yaml" if kind == "policy" else f"{kind}.csv"
        driver.find_element(By.ID, f"file-{kind}").send_keys(str(folder / name))
    driver.find_element(By.XPATH, "//button[text()='Upload and check']").click()
    wait_for_text(driver, "The inputs are valid", 30)
    assert HOSTILE in driver.find_element(By.TAG_NAME, "h1").text
    driver.find_element(By.XPATH, "//button[text()='Plan now']").click()
    wait_for_text(driver, "Plans side by side")
    shot(driver, screenshots, "21-hostile")
    pages = [driver.current_url]
    scenario = re.search(r"/scenarios/(\d+)", driver.find_element(By.CSS_SELECTOR, "nav.crumbs a:nth-of-type(2)").get_attribute("href")).group(1)
    pages += [f"{base_url}/scenarios/{scenario}{suffix}" for suffix in ("", "/history", "/audit", "/policy")]
    pages += [f"{base_url}/scenarios/{scenario}/files/executives", base_url + "/"]
    for url in pages:
        driver.get(url)
        assert driver.execute_script("return window.__pwned === undefined"), url
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text
        assert not driver.find_elements(By.CSS_SELECTOR, "img[src=x], main script, main svg[onload]"), url


def test_off_loopback_every_request_needs_the_token(start_server, driver):
    server = start_server(host="0.0.0.0")
    assert "?token=" in server.url
    token = server.url.split("?token=", 1)[1]
    assert len(token) >= 32
    assert any("access token" in line for line in server.lines)
    for path in ("/", "/static/app.css", "/scenarios/1", "/name"):
        status, headers, body = fetch(server.base + path)
        assert status == 401, path
        assert "Access token needed" in body
        assert headers["Content-Security-Policy"] == STRICT
    status, _, _ = fetch(server.base + "/?token=" + token[:-1] + "x")
    assert status == 401
    status, headers, _ = fetch(server.base + "/", method="POST", headers={"Authorization": "Bearer wrong"})
    assert status == 401
    status, headers, _ = fetch(server.base + "/", headers={"Authorization": "Bearer " + token})
    assert status == 303 and headers["Location"].startswith("/name")
    # The browser opens the printed address once; the token then travels in a cookie.
    driver.get(server.base + "/?token=" + token)
    wait(driver, lambda d: "/name" in d.current_url)
    assert "?token=" not in driver.current_url
    assert any(c["name"].startswith("sesplan_access_") and c["httpOnly"] for c in driver.get_cookies())
    driver.get(server.base + "/static/app.css")
    assert "font-family" in driver.page_source
    driver.delete_all_cookies()
    driver.get(server.base + "/")
    assert "Access token needed" in driver.page_source


def test_a_given_token_is_required_too(start_server):
    server = start_server(host="0.0.0.0", extra=("--token", "given-token-0123456789"))
    assert server.url.endswith("?token=given-token-0123456789")
    assert fetch(server.base + "/")[0] == 401
    assert fetch(server.base + "/", headers={"Authorization": "Bearer given-token-0123456789"})[0] == 303


def test_loopback_refuses_a_foreign_host_name(base_url):
    port = base_url.rsplit(":", 1)[1]
    status, _, body = fetch(base_url + "/", headers={"Host": f"attacker.example:{port}"})
    assert status == 421 and "loopback" in body
    assert fetch(base_url + "/", headers={"Host": f"localhost:{port}"})[0] == 303


def test_uploads_over_the_limit_are_refused(client, planned):
    scenario, _ = planned
    big = "id,name\n" + "E1,x\n" * 1_300_000
    response = client.post(f"/scenarios/{scenario}/files", {"version": client.version(scenario)},
                           {"executives": ("executives.csv", big)}, expect=(413,))
    assert "Upload too large" in response.text
    assert "The inputs are valid" in client.get(f"/scenarios/{scenario}").text


def test_personnel_data_never_reaches_the_log(client, planned):
    log = os.environ.get("SESPLAN_LOG")
    if not log:
        pytest.skip("SESPLAN_LOG is not set")
    text = open(log, encoding="utf-8").read()
    for marker in ("SYN-E", "Synthetic Executive", "FBE-P", "PLUM-DOL", "Pat Example", "Security Tester"):
        assert marker not in text, marker


def test_a_kill_in_the_middle_of_writes_leaves_a_consistent_database(start_server, examples, tmp_path):
    workspace = tmp_path / "killed"
    server = start_server(workspace=workspace)
    client = Client(server.base, name="Writer")
    scenario = client.create_scenario("Kill test")
    folder = os.path.join(examples, "labor")
    stop = threading.Event()
    done = []

    def writer():
        while not stop.is_set():
            try:
                response = client.upload(scenario, folder, expect=None)
                if response.status_code == 303:
                    done.append(1)
            except Exception:
                return

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for t in threads:
        t.start()
    time.sleep(2.5)
    server.stop(kill=True)
    stop.set()
    for t in threads:
        t.join(timeout=30)
    assert done, "no write finished before the kill"
    database = sqlite3.connect(str(workspace / "workspace.sqlite"))
    assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    version = database.execute("SELECT version FROM scenario WHERE id = ?", (scenario,)).fetchone()[0]
    changes = database.execute("SELECT count(*) FROM audit_entry WHERE scenario_id = ? AND action = 'uploaded files'",
                               (scenario,)).fetchone()[0]
    # Each change is one transaction: the new version and its history line together, or neither.
    assert version == 1 + changes
    assert version >= 1 + len(done)
    database.close()
    again = start_server(workspace=workspace)
    assert "Kill test" in Client(again.base, name="Reader").get("/").text
