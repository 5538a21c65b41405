"""Forms are usable from the keyboard and every control has a label, on every page of a scenario."""
import os
import re
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from helpers import Client, ensure_name, wait


def test_every_control_has_a_label_on_every_page(driver, base_url, examples):
    ensure_name(driver, base_url)
    client = Client(base_url, name="Labels")
    scenario = client.create_scenario("Labels")
    client.upload(scenario, os.path.join(examples, "small"))
    run = client.post(f"/scenarios/{scenario}/runs").headers["Location"]
    deadline = time.time() + 120
    while time.time() < deadline and not client.get(run + "/status").json()["finished"]:
        time.sleep(0.3)
    pages = ["/", f"/scenarios/{scenario}", f"/scenarios/{scenario}/inputs", f"/scenarios/{scenario}/policy",
             f"/scenarios/{scenario}/plans", run, f"/scenarios/{scenario}/compare", f"/scenarios/{scenario}/audit",
             f"/scenarios/{scenario}/rotations", f"/scenarios/{scenario}/history", f"/scenarios/{scenario}/files/executives",
             "/name"]
    checked = 0
    for path in pages:
        driver.get(base_url + path)
        for control in driver.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]), select, textarea"):
            control_id = control.get_attribute("id")
            assert control_id, f"{path}: a {control.tag_name} named {control.get_attribute('name')} has no id"
            assert driver.find_elements(By.CSS_SELECTOR, f"label[for='{control_id}']"), f"{path}: no label for {control_id}"
            checked += 1
        for button in driver.find_elements(By.CSS_SELECTOR, "button"):
            assert (button.get_attribute("textContent") or "").strip() or button.get_attribute("aria-label"), f"{path}: a button without a name"
    assert checked >= 80


def test_a_scenario_can_be_created_with_the_keyboard_alone(driver, base_url):
    ensure_name(driver, base_url)
    driver.get(base_url + "/")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    first = driver.switch_to.active_element
    assert first.text == "Skip to the content"
    presses = 1
    while driver.switch_to.active_element.get_attribute("id") != "new-name":
        driver.switch_to.active_element.send_keys(Keys.TAB)
        presses += 1
        assert presses < 25, "the scenario name field is not reachable with Tab"
    driver.switch_to.active_element.send_keys("Made with the keyboard" + Keys.ENTER)
    wait(driver, lambda d: re.search(r"/scenarios/\d+$", d.current_url))
    assert "Made with the keyboard" in driver.find_element(By.TAG_NAME, "h1").text
