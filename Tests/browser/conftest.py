"""Fixtures for the browser tests of `sesplan serve`.

The server is started by scripts/run-browser-tests, which passes its address (SESPLAN_URL), the
sesplan binary (SESPLAN_BIN, for tests that start servers of their own) and the examples folder
(SESPLAN_EXAMPLES). The browser is Debian's headless Chromium driven through Debian's chromedriver
(/usr/bin/chromedriver); nothing is downloaded.
"""
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

os.environ.setdefault("SE_OFFLINE", "true")


def _required(name):
    value = os.environ.get(name)
    if not value:
        pytest.exit(f"{name} is not set: run the browser tests with scripts/run-browser-tests", returncode=2)
    return value


@pytest.fixture(scope="session")
def base_url():
    return _required("SESPLAN_URL").rstrip("/")


@pytest.fixture(scope="session")
def sesplan_bin():
    return _required("SESPLAN_BIN")


@pytest.fixture(scope="session")
def examples():
    return _required("SESPLAN_EXAMPLES")


@pytest.fixture(scope="session")
def screenshots():
    """A folder for screenshots when SESPLAN_SCREENSHOTS names one; otherwise None."""
    folder = os.environ.get("SESPLAN_SCREENSHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
    return folder


def make_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900",
                     "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-background-networking"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


@pytest.fixture(scope="session")
def driver():
    browser = make_driver()
    browser.implicitly_wait(0)
    yield browser
    browser.quit()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A `sesplan serve` process of a test's own, stopped at the end of the test."""

    def __init__(self, binary, workspace, host="127.0.0.1", extra=()):
        self.port = free_port()
        self.workspace = workspace
        self.process = subprocess.Popen(
            [binary, "serve", "--workspace", str(workspace), "--host", host, "--port", str(self.port), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = []
        deadline = time.time() + 60
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.lines.append(line.rstrip("\n"))
            if line.startswith("sesplan workspace: "):
                self.url = line.split(": ", 1)[1].strip()
            if line.startswith("Press Ctrl-C"):
                break
        else:
            self.stop()
            raise RuntimeError("the server did not start: " + "\n".join(self.lines))
        if not hasattr(self, "url"):
            raise RuntimeError("the server did not start: " + "\n".join(self.lines))
        self.base = f"http://127.0.0.1:{self.port}"

    def stop(self, kill=False):
        if self.process.poll() is None:
            if kill:
                self.process.kill()
            else:
                self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def start_server(sesplan_bin, tmp_path):
    servers = []

    def start(host="127.0.0.1", extra=(), workspace=None):
        server = Server(sesplan_bin, workspace or (tmp_path / f"ws{len(servers)}"), host=host, extra=extra)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def fetch(url, method="GET", headers=None, data=None, follow=False):
    """(status, headers, body text) of one HTTP request, without following redirects unless asked."""
    request = urllib.request.Request(url, method=method, headers=headers or {}, data=data)
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failure, keeps the browser's page (HTML and screenshot) next to the screenshots, or in
    the pytest temporary folder, and names it in the report."""
    outcome = yield
    report = outcome.get_result()
    browser = item.funcargs.get("driver")
    if report.when != "call" or not report.failed or browser is None:
        return
    folder = os.environ.get("SESPLAN_SCREENSHOTS") or str(item.config._tmp_path_factory.getbasetemp())
    os.makedirs(folder, exist_ok=True)
    base = os.path.join(folder, "failed-" + item.name)
    try:
        browser.save_screenshot(base + ".png")
        with open(base + ".html", "w", encoding="utf-8") as handle:
            handle.write(browser.page_source)
        report.sections.append(("browser", f"page at failure: {browser.current_url}; saved as {base}.png and .html"))
    except Exception as error:  # the browser may be gone
        report.sections.append(("browser", f"could not save the page: {error}"))
