"""Live progress and the stop button, on a synthetic instance large enough that forty plans take
a while: the page shows which plan is being solved, and a stop keeps the plans found so far."""
import random
import re

import pytest
from selenium.webdriver.common.by import By

from helpers import ensure_name, run_id, shot, wait, wait_for_text


@pytest.fixture(scope="module")
def slow_instance(tmp_path_factory):
    """400 synthetic executives and 480 positions in one agency, forty plans wanted (seeded)."""
    folder = tmp_path_factory.mktemp("slow")
    r = random.Random(7)
    components = [f"COMPONENT {k}" for k in range(12)]
    locations = ["Washington, DC", "Denver, CO", "Chicago, IL", "Atlanta, GA"]
    skills = ["budget", "policy", "data analytics", "human capital", "security", "logistics", "grants management"]
    with open(folder / "positions.csv", "w", encoding="utf-8") as f:
        f.write("id,title,agency,component,location,designation,priority,must_fill,ecq1,ecq2,ecq3,ecq4,ecq5,required_skills,desired_skills\n")
        for j in range(480):
            f.write(f"P{j:04d},Synthetic position {j},TEST AGENCY,{r.choice(components)},\"{r.choice(locations)}\",general,"
                    f"{r.randint(0, 10)},false," + ",".join(str(r.randint(1, 3)) for _ in range(5))
                    + f",,{r.choice(skills)};{r.choice(skills)}\n")
    with open(folder / "executives.csv", "w", encoding="utf-8") as f:
        f.write("id,name,appointment,agency,component,position_id,position_start,ses_start,ecq1,ecq2,ecq3,ecq4,ecq5,"
                "skills,willing_relocate,preferred_positions\n")
        for i in range(400):
            f.write(f"E{i:04d},Synthetic executive {i},career,TEST AGENCY,{r.choice(components)},P{i:04d},"
                    f"{r.randint(2015, 2025)}-0{r.randint(1, 9)}-15,2014-01-01," + ",".join(str(r.randint(2, 5)) for _ in range(5))
                    + f",{r.choice(skills)};{r.choice(skills)},{r.choice(['true', 'false'])},P{r.randrange(480):04d}\n")
    (folder / "policy.yaml").write_text("as_of: 2026-12-01\nplans: 40\nmin_difference: 3\n"
                                        "limits:\n  max_moves: 60\n  max_relocations: 10\n", encoding="utf-8")
    return folder


def test_progress_is_live_and_stop_keeps_the_plans_found(driver, base_url, slow_instance, screenshots):
    ensure_name(driver, base_url)
    driver.find_element(By.ID, "new-name").send_keys("Forty plans")
    driver.find_element(By.ID, "new-name").submit()
    wait(driver, lambda d: "/scenarios/" in d.current_url)
    for kind in ("executives", "positions", "policy"):
        driver.find_element(By.ID, f"file-{kind}").send_keys(str(slow_instance / ("policy.yaml" if kind == "policy" else f"{kind}.csv")))
    driver.find_element(By.XPATH, "//button[text()='Upload and check']").click()
    wait_for_text(driver, "The inputs are valid", 60)
    driver.find_element(By.XPATH, "//button[text()='Plan now']").click()
    wait(driver, lambda d: "/runs/" in d.current_url)
    run = run_id(driver)
    # The script updates the progress line in place (no reload) as plans are solved.
    def solving_second_plan_or_later(d):
        match = re.search(r"Solving plan (\d+) of 40", d.find_element(By.ID, "progress-text").text)
        return match and int(match.group(1)) >= 2

    wait(driver, solving_second_plan_or_later, 120)
    assert "GLPK solve cannot be interrupted" in driver.page_source
    shot(driver, screenshots, "30-progress")
    driver.find_element(By.XPATH, "//button[text()='Stop after the current plan']").click()
    wait_for_text(driver, "Stopped on request", 120)
    assert run_id(driver) == run
    plans = driver.find_elements(By.CSS_SELECTOR, "section[id^=plan-]")
    assert 1 <= len(plans) < 40
    assert f"stopped on request after {len(plans)} plan" in driver.page_source
    shot(driver, screenshots, "31-stopped")
    driver.get(base_url + "/")
    wait(driver, lambda d: "Forty plans" in d.page_source)
