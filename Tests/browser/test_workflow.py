"""The whole job in a real browser: import the Labor example, fix an input error in place, plan,
read explanations, pin and forbid with one click and re-plan against the plan, compare, audit a
hand-drafted plan, schedule CDP rotations, and export every file. The tests run in file order and
share one scenario, as a newcomer's session would."""
import csv
import io
import json
import os
import shutil

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import (USER, csp_violations, ensure_name, run_id, scenario_id, session, shot, visit, wait, wait_for_text)

STATE = {}


@pytest.fixture(scope="module")
def labor(examples, tmp_path_factory):
    """The Labor example, with one bad cell in executives.csv (line 5, column 3: an appointment
    that does not exist), as a hand-edited export might have."""
    folder = tmp_path_factory.mktemp("labor")
    for name in ("positions.csv", "agencies.csv", "policy.yaml"):
        shutil.copy(os.path.join(examples, "labor", name), folder / name)
    lines = open(os.path.join(examples, "labor", "executives.csv"), encoding="utf-8").read().split("\n")
    fields = lines[4].split(",")
    assert fields[2] == "career"
    fields[2] = "carer"
    lines[4] = ",".join(fields)
    (folder / "executives.csv").write_text("\n".join(lines), encoding="utf-8")
    return folder


def test_create_scenario(driver, base_url, screenshots):
    ensure_name(driver, base_url)
    assert USER in driver.page_source
    shot(driver, screenshots, "01-home")
    field = driver.find_element(By.ID, "new-name")
    field.send_keys("Labor, spring reassignments")
    field.submit()
    wait(driver, lambda d: "/scenarios/" in d.current_url)
    STATE["scenario"] = scenario_id(driver)
    assert "Upload executives.csv and positions.csv to start" in driver.page_source


def test_import_shows_the_error_at_its_cell_and_fixes_it_in_place(driver, base_url, labor, screenshots):
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}")
    for kind in ("executives", "positions", "agencies", "policy"):
        name = "policy.yaml" if kind == "policy" else f"{kind}.csv"
        driver.find_element(By.ID, f"file-{kind}").send_keys(str(labor / name))
    driver.find_element(By.XPATH, "//button[text()='Upload and check']").click()
    wait(driver, lambda d: d.current_url.endswith("/inputs"))
    page = driver.page_source
    assert "executives.csv:5:3: column 'appointment'" in page
    shot(driver, screenshots, "02-input-error")
    cell = driver.find_element(By.ID, "cell-1")
    assert cell.get_attribute("value") == "carer"
    label = driver.find_element(By.CSS_SELECTOR, "label[for=cell-1]").text
    assert "executives.csv line 5, column 3 'appointment'" in label
    cell.clear()
    cell.send_keys("career")
    driver.find_element(By.XPATH, "//button[text()='Save and re-check']").click()
    wait_for_text(driver, "No input problems.", 30)
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}")
    assert "The inputs are valid:" in driver.page_source
    assert "251 executives, 299 positions" in driver.page_source
    shot(driver, screenshots, "03-scenario")


def test_policy_shows_each_rule_with_citation_and_kind(driver, base_url, screenshots):
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/policy")
    page = driver.page_source
    assert "5 U.S.C. 3395(a)(2)(A)" in page and "Career Reserved positions take career appointees only" in page
    assert 'class="badge law"' in page and 'class="badge policy"' in page
    # Every form control has a label tied to it.
    for control in driver.find_elements(By.CSS_SELECTOR, "form input:not([type=hidden]), form select, form textarea"):
        control_id = control.get_attribute("id")
        assert control_id, control.get_attribute("name")
        assert driver.find_elements(By.CSS_SELECTOR, f"label[for='{control_id}']"), control_id
    shot(driver, screenshots, "04-policy")
    moves = driver.find_element(By.ID, "l.max_moves")
    assert moves.get_attribute("value") == "25"
    moves.clear()
    moves.send_keys("24")
    driver.find_element(By.XPATH, "//button[text()='Save the policy']").click()
    wait(driver, lambda d: d.find_element(By.ID, "l.max_moves").get_attribute("value") == "24")
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/history")
    assert "changed the policy" in driver.page_source and "limits" in driver.page_source


def test_plan_shows_progress_then_plans_explanations_and_consent(driver, base_url, screenshots):
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}")
    driver.find_element(By.XPATH, "//button[text()='Plan now']").click()
    wait(driver, lambda d: "/runs/" in d.current_url)
    STATE["run"] = run_id(driver)
    wait_for_text(driver, "Plans side by side")
    page = driver.page_source
    for text in ("Plan 1", "Plan 2", "Plan 3", "Vacancy chains", "Record of consent", "Unfilled positions", "legal basis"):
        assert text in page, text
    shot(driver, screenshots, "05-run")
    link = driver.find_element(By.CSS_SELECTOR, "#plan-1 table.moves a[href*='/executives/']")
    STATE["executive"] = link.text
    link.click()
    wait_for_text(driver, "Why this outcome", 30)
    assert "Notice and effective date" in driver.page_source
    shot(driver, screenshots, "06-explain-executive")
    driver.back()
    driver.find_element(By.CSS_SELECTOR, "#plan-1 table.moves a[href*='/positions/']").click()
    wait_for_text(driver, "Other eligible executives", 30)
    shot(driver, screenshots, "07-explain-position")


def test_forbid_with_one_click_replans_close_to_the_plan(driver, base_url, screenshots):
    visit(driver, f"{base_url}/runs/{STATE['run']}")
    row = driver.find_element(By.CSS_SELECTOR, "#plan-1 table.moves tr.move")
    executive = row.find_element(By.CSS_SELECTOR, "a[href*='/executives/']").text
    position = row.find_element(By.CSS_SELECTOR, "a[href*='/positions/']").text
    row.find_element(By.XPATH, ".//button[text()='Forbid']").click()
    wait(driver, lambda d: "/runs/" in d.current_url and run_id(d) != STATE["run"])
    STATE["replan"] = run_id(driver)
    wait_for_text(driver, "What changed from the baseline")
    page = driver.page_source
    assert f"run {STATE['run']}, plan 1" in page
    assert executive in page
    shot(driver, screenshots, "08-replan")
    # The forbidden move is in no plan of the new run.
    for section in driver.find_elements(By.CSS_SELECTOR, "section[id^=plan-]"):
        for tr in section.find_elements(By.CSS_SELECTOR, "table.moves tr.move"):
            links = tr.find_elements(By.CSS_SELECTOR, "a")
            if len(links) >= 2 and links[0].text == executive:
                assert links[1].text != position
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/policy")
    decisions = driver.find_element(By.ID, "decisions").find_element(By.XPATH, "following-sibling::table[caption='Forbids']")
    assert executive in decisions.text and position in decisions.text


def test_pin_with_one_click_keeps_the_move(driver, base_url):
    visit(driver, f"{base_url}/runs/{STATE['replan']}")
    rows = driver.find_elements(By.CSS_SELECTOR, "#plan-2 table.moves tr.move")
    row = rows[-1]
    executive = row.find_element(By.CSS_SELECTOR, "a[href*='/executives/']").text
    position = row.find_element(By.CSS_SELECTOR, "a[href*='/positions/']").text
    row.find_element(By.XPATH, ".//button[text()='Pin']").click()
    wait(driver, lambda d: "/runs/" in d.current_url and run_id(d) != STATE["replan"])
    wait_for_text(driver, "Plans side by side")
    STATE["pinned"] = run_id(driver)
    for section in driver.find_elements(By.CSS_SELECTOR, "section[id^=plan-]"):
        found = [tr for tr in section.find_elements(By.CSS_SELECTOR, "table.moves tr.move")
                 if tr.find_elements(By.CSS_SELECTOR, "a") and tr.find_elements(By.CSS_SELECTOR, "a")[0].text == executive]
        assert found, f"pinned {executive} does not move in {section.get_attribute('id')}"
        assert found[0].find_elements(By.CSS_SELECTOR, "a")[1].text == position


def test_compare_two_plans(driver, base_url, screenshots):
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/compare")
    Select(driver.find_element(By.ID, "a")).select_by_value(f"{STATE['run']}:1")
    Select(driver.find_element(By.ID, "b")).select_by_value(f"{STATE['run']}:2")
    driver.find_element(By.XPATH, "//button[text()='Compare']").click()
    wait_for_text(driver, "Who moves differently", 30)
    page = driver.page_source
    assert "Objective terms" in page and "Figures and budgets" in page
    assert "ecq_fit" in page
    shot(driver, screenshots, "09-compare")


def test_audit_a_hand_drafted_plan(driver, base_url, screenshots):
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/audit")
    plan = json.loads(session(driver, base_url).get(f"{base_url}/runs/{STATE['run']}/export/plan-1.json").text)
    move = next(m for m in plan["moves"] if m["action"] == "reassignment")
    driver.find_element(By.ID, "ex-0").send_keys(move["executive_id"])
    driver.find_element(By.ID, "po-0").send_keys(move["to_position_id"])
    # Effective on the planning date itself: no notice at all.
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, "ef-0"), plan["as_of"])
    driver.find_element(By.XPATH, "//button[text()='Save and audit']").click()
    wait_for_text(driver, "Verdict", 30)
    page = driver.page_source
    assert "Unlawful" in page
    law = driver.find_element(By.XPATH, "//h2[text()='Violations of law']/following-sibling::table[1]")
    assert "notice" in law.text and "earliest lawful effective date" in law.text
    shot(driver, screenshots, "10-audit")
    # The fix: leave the date empty (as early as the law allows).
    driver.execute_script("arguments[0].value = ''", driver.find_element(By.ID, "ef-0"))
    driver.find_element(By.XPATH, "//button[text()='Save and audit']").click()
    wait_for_text(driver, "Verdict", 30)
    assert "earliest lawful effective date" not in driver.find_element(By.XPATH, "//h2[text()='Violations of law']/following-sibling::*[1]").text


def test_export_every_file_the_command_line_writes(driver, base_url):
    s = session(driver, base_url)
    run = STATE["run"]
    for number in (1, 2, 3):
        plan = s.get(f"{base_url}/runs/{run}/export/plan-{number}.json")
        assert plan.status_code == 200 and plan.headers["Content-Disposition"].startswith("attachment")
        assert json.loads(plan.text)["plan"] == number
        rows = list(csv.reader(io.StringIO(s.get(f"{base_url}/runs/{run}/export/plan-{number}.csv").text)))
        assert rows[0][0] == "executive_id" and len(rows) > 1
    assert s.get(f"{base_url}/runs/{run}/export/report.md").text.startswith("# Candidate reassignment plans")
    report = s.get(f"{base_url}/runs/{run}/export/report.html")
    assert report.text.startswith("<!DOCTYPE html>") and "sandbox" in report.headers["Content-Security-Policy"]
    audit = s.get(f"{base_url}/scenarios/{STATE['scenario']}/audit/export/audit.json")
    assert audit.status_code == 200 and "compliant" in json.loads(audit.text)


def test_cdp_rotation_schedule_with_gantt_and_calendar(driver, base_url, examples, screenshots):
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/rotations")
    driver.find_element(By.ID, "file-cohort").send_keys(os.path.join(examples, "cdp-cohort", "cohort.csv"))
    driver.find_element(By.ID, "file-hosts").send_keys(os.path.join(examples, "cdp-cohort", "hosts.csv"))
    driver.find_element(By.ID, "file-rotation_policy").send_keys(os.path.join(examples, "cdp-cohort", "policy.yaml"))
    driver.find_element(By.XPATH, "//button[text()='Upload']").click()
    wait(driver, lambda d: d.find_elements(By.XPATH, "//button[text()='Schedule the cohort']"))
    driver.find_element(By.XPATH, "//button[text()='Schedule the cohort']").click()
    wait_for_text(driver, "Gantt chart", 240)
    assert driver.find_elements(By.CSS_SELECTOR, ".gantt svg")
    shot(driver, screenshots, "11-rotations")
    rotation = run_id(driver)
    ics = session(driver, base_url).get(f"{base_url}/runs/{rotation}/export/schedule.ics")
    assert ics.status_code == 200 and ics.text.startswith("BEGIN:VCALENDAR")
    assert ics.headers["Content-Type"].startswith("text/calendar")


def test_a_stale_form_is_refused_not_saved(driver, base_url):
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/policy")
    first = driver.current_window_handle
    driver.switch_to.new_window("tab")
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/policy")
    plans = driver.find_element(By.ID, "plans")
    plans.clear()
    plans.send_keys("2")
    driver.find_element(By.XPATH, "//button[text()='Save the policy']").click()
    wait(driver, lambda d: d.find_element(By.ID, "plans").get_attribute("value") == "2")
    driver.close()
    driver.switch_to.window(first)
    plans = driver.find_element(By.ID, "plans")
    plans.clear()
    plans.send_keys("5")
    driver.find_element(By.XPATH, "//button[text()='Save the policy']").click()
    wait_for_text(driver, "changed in another tab", 20)
    assert driver.find_element(By.LINK_TEXT, "Open the current page").get_attribute("href").endswith(
        f"/scenarios/{STATE['scenario']}/policy")
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/policy")
    assert driver.find_element(By.ID, "plans").get_attribute("value") == "2"


def test_duplicate_for_a_what_if_and_history(driver, base_url, screenshots):
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}")
    name = driver.find_element(By.ID, "copy-name")
    name.clear()
    name.send_keys("Labor, what if no relocations")
    name.submit()
    wait(driver, lambda d: scenario_id(d) != STATE["scenario"])
    assert "The inputs are valid:" in driver.page_source
    visit(driver, f"{base_url}/scenarios/{STATE['scenario']}/history")
    page = driver.page_source
    for action in ("created the scenario", "uploaded files", "edited a cell", "made a decision", "started a planning run",
                   "duplicated the scenario"):
        assert action in page, action
    assert USER in page
    shot(driver, screenshots, "12-history")


def test_no_content_security_policy_violation_on_any_page(driver):
    assert csp_violations(driver) == []
