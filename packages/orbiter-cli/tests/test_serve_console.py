"""The web console in a real browser: Debian's headless Chromium driven by Selenium, against a
real `orbiter serve` and a real worker on the Redis fixture."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _cli_testkit import Running
from _serve_testkit import auth, create_key, start_server, start_worker

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
DOCS = Path(__file__).parents[3] / "docs" / "server.md"
SCREENSHOT = DOCS.parent / "img" / "console-run.png"

pytestmark = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
    reason="needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver",
)


@pytest.fixture
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="orbiter-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1100,900",
    ):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def served(redis_url: str) -> Iterator[tuple[str, str]]:
    key = create_key(redis_url, "console")
    started: list[Running] = []
    try:
        started.append(start_worker(redis_url))
        server, base = start_server(redis_url)
        started.append(server)
        yield base, key
    finally:
        for proc in started:
            proc.stop()


def wait(driver: Any, condition: Callable[[Any], Any], timeout: float = 30) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition)


def text_of(driver: Any, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.ID, element_id)
    return str(found[0].text) if found else ""


def start_run(driver: Any, agent: str, text: str) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.find_element(By.ID, "nav-new").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#new-agent option"))
    Select(driver.find_element(By.ID, "new-agent")).select_by_value(agent)
    driver.find_element(By.ID, "new-input").send_keys(text)
    driver.find_element(By.ID, "new-submit").click()
    wait(driver, lambda d: "#/runs/" in d.current_url)
    return str(driver.current_url.rsplit("/", 1)[1])


def test_console_runs_streams_and_cancels(browser: Any, served: tuple[str, str]) -> None:
    from selenium.webdriver.common.by import By

    base, key = served
    browser.get(base + "/")
    wait(browser, lambda d: d.find_elements(By.ID, "key-input"))
    browser.find_element(By.ID, "key-input").send_keys("orb_wrong")
    browser.find_element(By.CSS_SELECTOR, "#key-form button").click()
    wait(browser, lambda d: "unknown or was revoked" in text_of(d, "key-error"))
    field = browser.find_element(By.ID, "key-input")
    field.clear()
    field.send_keys(key)
    browser.find_element(By.CSS_SELECTOR, "#key-form button").click()
    wait(browser, lambda d: d.find_elements(By.ID, "runs-body"))
    # The key is kept for the tab only.
    assert browser.execute_script("return sessionStorage.getItem('orbiter.apiKey')") == key
    assert browser.execute_script("return localStorage.length") == 0

    run_id = start_run(browser, "story", "tell me a story")
    # Text appears while the run is still going, then the status turns COMPLETED.
    wait(browser, lambda d: "word3" in text_of(d, "run-text"))
    wait(browser, lambda d: text_of(d, "run-status") == "COMPLETED")
    assert text_of(browser, "run-text").startswith("word0 word1")
    assert text_of(browser, "run-text").rstrip().endswith("word38 word39")
    events = text_of(browser, "run-events")
    assert 'shout({"text":"once"})' in events
    assert "shout → ONCE" in events
    assert "tokens in" in text_of(browser, "run-usage")
    assert browser.find_element(By.ID, "run-cancel").is_displayed() is False
    if os.environ.get("ORBITER_UPDATE_SCREENSHOTS"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SCREENSHOT))

    # A Swarm's hand-off shows in the run's events.
    start_run(browser, "desk", "refund please")
    wait(browser, lambda d: text_of(d, "run-status") == "COMPLETED")
    assert "triage → billing: refund question" in text_of(browser, "run-events")
    assert text_of(browser, "run-text").endswith("refund please")

    # The list shows the run, and it updates by itself.
    browser.get(base + "/#/runs")
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, f'tr[data-run="{run_id}"]'))
    long_id = start_run(browser, "sleeper", "take your time")
    wait(browser, lambda d: text_of(d, "run-status") == "RUNNING")
    wait(browser, lambda d: "nap(" in text_of(d, "run-events"))
    browser.find_element(By.ID, "run-cancel").click()
    wait(browser, lambda d: text_of(d, "run-status") == "CANCELLED")
    browser.get(base + "/#/runs")
    wait(
        browser,
        lambda d: (
            "CANCELLED" in text_of(d, "runs-body")
            and d.find_elements(By.CSS_SELECTOR, f'tr[data-run="{long_id}"]')
        ),
    )

    # Workers and queues; dead letters need an admin key.
    browser.get(base + "/#/ops")
    wait(browser, lambda d: "default" in text_of(d, "queues-body"))
    wait(browser, lambda d: "admin key" in text_of(d, "dead-note"))
    assert text_of(browser, "workers-body")

    # The browser example of docs/server.md, run as written in this page.
    token = httpx.post(f"{base}/v1/runs/{run_id}/stream-token", headers=auth(key)).json()
    example = re.search(r"```javascript\n(.*?)```", DOCS.read_text(), re.S)
    assert example is not None
    outcome = browser.execute_async_script(
        "const [runId, token, finished] = arguments;"
        "const output = { parts: [], append(text) { this.parts.push(text); } };"
        "const done = (status) => finished({ status, text: output.parts.join('') });"
        + example.group(1),
        run_id,
        token["token"],
    )
    assert outcome["status"] == "COMPLETED"
    assert outcome["text"].rstrip().endswith("word38 word39")

    # A narrow window: nothing spills sideways.
    browser.set_window_size(380, 800)
    browser.get(f"{base}/#/runs/{run_id}")
    wait(browser, lambda d: text_of(d, "run-status") == "COMPLETED")
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
