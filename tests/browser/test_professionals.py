"""The section for professionals in a real browser: accessible, and the levels of need print
as a clean one-page guide in every language."""

import re

import pytest

from tests.browser.conftest import assert_accessible

LEVELS = "/professionals/levels-of-need/"
PAGE_IN_PDF = re.compile(rb"/Type\s*/Page[^s]")


@pytest.mark.parametrize("path", ["/professionals/", LEVELS, f"/ar{LEVELS}", "/ur/professionals/"])
def test_the_professionals_pages_are_accessible(site, browser_page, path):
    browser_page.goto(f"{site.url}{path}")
    assert_accessible(browser_page)


def test_printing_the_levels_hides_the_page_furniture(site, browser_page):
    browser_page.goto(f"{site.url}{LEVELS}")
    browser_page.emulate_media(media="print")
    for furniture in ["header", "footer", ".govuk-exit-this-page", ".govuk-breadcrumbs", ".print-hidden"]:
        assert not browser_page.locator(furniture).first.is_visible(), furniture
    assert browser_page.locator("h1").is_visible()
    # The four levels side by side: their tops line up.
    tops = {
        round(box["y"])
        for box in (level.bounding_box() for level in browser_page.locator(".levels-of-need > li").all())
    }
    assert len(tops) == 1


@pytest.mark.parametrize("prefix", ["", "/pl", "/pa", "/ro", "/ur", "/ar"])
def test_the_levels_fit_one_a4_page_in_every_language(site, browser_page, prefix):
    browser_page.goto(f"{site.url}{prefix}{LEVELS}")
    pdf = browser_page.pdf(format="A4", prefer_css_page_size=True)
    assert len(PAGE_IN_PDF.findall(pdf)) == 1
