"""Small helpers the browser tests share."""
import os
import re
from urllib.parse import urlsplit

import requests
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

USER = "Pat Example"


def shot(driver, folder, name, pages=3):
    """Saves screenshots of the page as a laptop screen shows it (1366 x 900), the first few
    screens from the top, when screenshots were asked for."""
    if not folder:
        return
    height = driver.execute_script("return document.documentElement.scrollHeight")
    for k in range(pages):
        if k * 800 >= height:
            break
        driver.execute_script("window.scrollTo(0, arguments[0])", k * 800)
        driver.save_screenshot(os.path.join(folder, f"{name}-{k + 1}.png"))
    driver.execute_script("window.scrollTo(0, 0)")


def ensure_name(driver, base_url):
    """Gives the user's name once, as a newcomer does on the first visit."""
    driver.get(base_url + "/")
    if "/name" in driver.current_url:
        field = driver.find_element(By.ID, "user-name")
        field.clear()
        field.send_keys(USER)
        field.submit()
        WebDriverWait(driver, 20).until(lambda d: "/name" not in d.current_url)


def session(driver, base_url):
    """A requests session carrying the browser's cookies (same session, same CSRF token)."""
    s = requests.Session()
    for cookie in driver.get_cookies():
        s.cookies.set(cookie["name"], cookie["value"])
    return s


def csrf_of(driver):
    return driver.find_element(By.CSS_SELECTOR, "input[name=csrf]").get_attribute("value")


def wait(driver, condition, seconds=30):
    """Waits for a condition, retrying while the page is being replaced."""
    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(condition)


def loaded(driver):
    return driver.execute_script("return document.readyState") == "complete"


def wait_for_text(driver, text, seconds=180):
    """Waits until the page shows the text and has finished loading, so that the next step never
    races a navigation still under way."""
    wait(driver, lambda d: text in d.page_source and loaded(d), seconds)


def visit(driver, url, seconds=30):
    """Opens a page and waits until the browser shows it, fully loaded. A navigation that the
    browser dropped (one issued while the previous page was still settling) is issued again."""
    target = urlsplit(url)
    for attempt in range(2):
        driver.get(url)
        try:
            return wait(driver, lambda d: _same_page(urlsplit(d.current_url), target) and loaded(d), seconds // 2)
        except TimeoutException:
            if attempt == 1:
                raise AssertionError(f"the browser did not open {url}; it shows {driver.current_url}")


def _same_page(shown, wanted):
    return (shown.scheme, shown.netloc, shown.path) == (wanted.scheme, wanted.netloc, wanted.path) and \
        (not wanted.query or shown.query == wanted.query)


def run_id(driver):
    match = re.search(r"/runs/(\d+)", driver.current_url)
    assert match, driver.current_url
    return int(match.group(1))


def scenario_id(driver):
    match = re.search(r"/scenarios/(\d+)", driver.current_url)
    assert match, driver.current_url
    return int(match.group(1))


def csp_violations(driver):
    """Messages the browser logged about the Content-Security-Policy."""
    return [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]
            or "Content-Security-Policy" in entry["message"]]


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Client:
    """A scripted browser session over HTTP: its own cookies, CSRF token and name."""

    def __init__(self, base, name="Load Tester", headers=None):
        self.base = base.rstrip("/")
        self.http = requests.Session()
        if headers:
            self.http.headers.update(headers)
        page = self.http.get(self.base + "/name?next=/", timeout=60)
        page.raise_for_status()
        self.csrf = CSRF.search(page.text).group(1)
        self.post("/name", {"name": name, "next": "/"})

    def post(self, path, fields=None, files=None, expect=(200, 303), allow_redirects=False):
        parts = {key: (None, str(value)) for key, value in (fields or {}).items()}
        parts["csrf"] = (None, self.csrf)
        for key, (filename, content) in (files or {}).items():
            parts[key] = (filename, content, "text/csv")
        response = self.http.post(self.base + path, files=parts, allow_redirects=allow_redirects, timeout=120)
        if expect is not None:
            assert response.status_code in expect, (path, response.status_code, response.text[:500])
        return response

    def get(self, path, **kwargs):
        return self.http.get(self.base + path, timeout=120, **kwargs)

    def create_scenario(self, name):
        response = self.post("/scenarios", {"name": name})
        location = response.headers["Location"]
        return int(location.rsplit("/", 1)[1])

    def version(self, scenario):
        page = self.get(f"/scenarios/{scenario}").text
        return int(re.search(r'name="version" value="(\d+)"', page).group(1))

    def upload(self, scenario, folder, kinds=("executives", "positions", "agencies", "policy"), expect=(200, 303)):
        files = {}
        for kind in kinds:
            name = "policy.yaml" if kind == "policy" else f"{kind}.csv"
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                files[kind] = (name, handle.read())
        return self.post(f"/scenarios/{scenario}/files", {"version": self.version(scenario)}, files, expect=expect)
