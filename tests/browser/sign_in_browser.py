#!/usr/bin/python3
"""Signs in on the sandbox's GoBiz login page in a real browser (Debian's chromium, driven by
chromium-driver through python3-selenium), as a person would: phone number, the one-time code
the sandbox shows on its page, then Allow or Deny.

Reads one JSON object from stdin (the login link carries the sign-in's state, so it is never put
on a command line):
  {"url": "...", "phone": "+62...", "decision": "allow" | "deny",
   "profile_dir": "/tmp/...",     # the browser's profile: kept between runs, so a second
                                  # sign-in can find the browser still signed in
   "pairing_code": "WXYZ-2345"}   # optional: the broker page must show this code
Writes one JSON object to stdout:
  {"outcome": "done" | "not_registered" | "wrong_pairing_code" | "error",
   "login_page_shown": bool, "text": "<the last page's text>"}
Exit status 0 when the walk ran to its end (whatever the outcome), 1 when the browser failed.
"""
import json
import sys

from selenium import webdriver
from selenium.common.exceptions import (NoSuchElementException, StaleElementReferenceException,
                                        WebDriverException)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

TIMEOUT_S = 30


def element(driver, element_id):
    try:
        return driver.find_element(By.ID, element_id)
    except NoSuchElementException:
        return None


def wait_for_any(driver, ids):
    """Waits until one of the elements is on the page (pages load after a click); returns its id,
    or None when the page shows none of them (a final page)."""
    def found(d):
        for element_id in ids:
            if element(d, element_id) is not None:
                return element_id
        return False
    try:
        return settled(driver, found)
    except Exception:
        return None


def settled(driver, read):
    """read(driver) once the page has loaded, asked again while a navigation replaces the
    document under it (chromium then reports stale nodes)."""
    def attempt(d):
        if d.execute_script("return document.readyState") != "complete":
            return False
        return read(d)
    return WebDriverWait(driver, TIMEOUT_S, ignored_exceptions=(StaleElementReferenceException,
                                                                 WebDriverException)).until(attempt)


def act(driver, element_id, action):
    """action(element) on the loaded page, done again if the page was replaced meanwhile."""
    def attempt(d):
        action(d.find_element(By.ID, element_id))
        return True
    settled(driver, attempt)


def click_and_wait(driver, element_id):
    """Clicks and waits until the page it was on is gone. Chromium reports a node of a replaced
    document either as stale or as "does not belong to the document": both mean gone."""
    old = settled(driver, lambda d: d.find_element(By.TAG_NAME, "html"))
    act(driver, element_id, lambda e: e.click())

    def gone(_):
        try:
            old.is_enabled()
            return False
        except (StaleElementReferenceException, WebDriverException):
            return True
    WebDriverWait(driver, TIMEOUT_S).until(gone)


def body_text(driver):
    return settled(driver, lambda d: d.find_element(By.TAG_NAME, "body").text or " ")


def main():
    request = json.load(sys.stdin)
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--user-data-dir=" + request["profile_dir"]):
        options.add_argument(argument)
    result = {"outcome": "error", "login_page_shown": False, "text": ""}
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_page_load_timeout(TIMEOUT_S)
        driver.get(request["url"])
        step = wait_for_any(driver, ["continue", "phone", "allow"])
        if step == "continue":  # the partner broker's page, before GoBiz's
            code = request.get("pairing_code")
            if code and code not in body_text(driver):
                result["outcome"] = "wrong_pairing_code"
                return result
            click_and_wait(driver, "continue")
            step = wait_for_any(driver, ["phone", "allow"])
        if step == "phone":
            result["login_page_shown"] = True
            act(driver, "phone", lambda e: (e.clear(), e.send_keys(request["phone"])))
            click_and_wait(driver, "send-code")
            step = wait_for_any(driver, ["otp", "phone"])
            if step != "otp":
                result["outcome"] = "not_registered"
                result["text"] = settled(driver, lambda d: (element(d, "message").text
                                                            if element(d, "message") else " "))
                return result
            otp = settled(driver, lambda d: d.find_element(By.ID, "otp-shown").text.strip())
            act(driver, "otp", lambda e: (e.clear(), e.send_keys(otp)))
            click_and_wait(driver, "verify")
            step = wait_for_any(driver, ["allow"])
        if step != "allow":
            result["text"] = body_text(driver)
            return result
        click_and_wait(driver, "allow" if request["decision"] == "allow" else "deny")
        result["outcome"] = "done"
        result["text"] = body_text(driver)
        return result
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        outcome = main()
    except WebDriverException as error:
        print(json.dumps({"outcome": "error", "login_page_shown": False, "text": str(error)}))
        sys.exit(1)
    print(json.dumps(outcome))
