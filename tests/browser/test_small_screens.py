"""On a phone: nothing scrolls sideways at 320 px in any language, results come before the
filters, and right-to-left breadcrumbs point the way the page reads."""

import pytest

from tests.browser.conftest import assert_accessible

PREFIXES = ["", "/pa", "/pl", "/ro", "/ur", "/ar"]
PAGES = [
    "/",
    "/services/",
    "/services/family-mediation/",
    "/hubs/eastfield/",
    "/whats-on/",
    "/parent-champions/",
    "/refer/",
    "/two-year-old-offer/",
    "/two-year-old-offer/check/",
    "/childcare/",
    "/childcare/?postcode=WV10+9AA&funded_two=1",
    "/professionals/",
    "/professionals/levels-of-need/",
]

# Elements sticking out past either edge of the screen. Visually hidden text (skip link,
# labels for screen readers) is clipped to a pixel and cannot make the page scroll.
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  for (const element of document.querySelectorAll("body *")) {
    if (element.closest(".govuk-visually-hidden, .govuk-skip-link")) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 0.5 || box.left < -0.5 || box.width > width) {
      const edges = `${Math.round(box.left)}–${Math.round(box.right)}`;
      found.push(`${element.tagName.toLowerCase()}.${element.className} (${edges})`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width, found: found.slice(0, 10)};
}"""


def new_page(chromium, width, javascript=True):
    context = chromium.new_context(
        viewport={"width": width, "height": 800}, bypass_csp=True, java_script_enabled=javascript
    )
    context.route(
        lambda url: not url.startswith(("http://localhost", "http://127.0.0.1")),
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Elsewhere</title>"),
    )
    return context, context.new_page()


@pytest.mark.parametrize("prefix", PREFIXES)
def test_no_page_scrolls_sideways_at_320_pixels(site, chromium, prefix):
    context, page = new_page(chromium, 320)
    try:
        for path in PAGES:
            response = page.goto(f"{site.url}{prefix}{path}")
            assert response.status == 200, path
            result = page.evaluate(OVERFLOWING)
            assert result["scrollWidth"] <= result["clientWidth"], (path, result)
            assert result["found"] == [], (path, result)
    finally:
        context.close()


def test_the_hub_map_fits_a_small_screen(site, chromium):
    context, page = new_page(chromium, 320)
    try:
        page.goto(f"{site.url}/ar/hubs/eastfield/")
        page.locator(".js-show-map").click()
        page.wait_for_selector(".leaflet-marker-icon")
        canvas = page.locator(".place-map__canvas").bounding_box()
        assert canvas["x"] >= 0 and canvas["x"] + canvas["width"] <= 320
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    finally:
        context.close()


LISTING = "/services/?need=parenting&free=1"


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_results_come_before_the_filters_on_a_phone_with_javascript(site, chromium, prefix):
    context, page = new_page(chromium, 375)
    try:
        page.goto(f"{site.url}{prefix}{LISTING}")
        first_result = page.locator(".service-card").first
        button = page.locator(".js-filter-toggle")
        # The count and the filters in use stay above the results.
        assert page.locator(".service-count").bounding_box()["y"] < first_result.bounding_box()["y"]
        assert page.locator(".active-filters__item").count() == 2
        assert page.locator(".active-filters").bounding_box()["y"] < first_result.bounding_box()["y"]
        # The filters are behind a button, which opens them just under it, above the results.
        assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
        assert not page.locator("#filter-q").is_visible()
        assert not page.locator(".js-filter-link").is_visible()
        assert button.bounding_box()["y"] < first_result.bounding_box()["y"]
        button.click()
        assert button.get_attribute("aria-expanded") == "true"
        assert page.locator("#filter-q").is_visible()
        filters = page.locator("#service-filters").bounding_box()
        assert button.bounding_box()["y"] < filters["y"] < first_result.bounding_box()["y"]
        assert_accessible(page)
        # The filters work from there.
        page.locator("#filter-age").select_option("3")
        page.locator("#service-filters button[type=submit]").click()
        page.wait_for_load_state()
        assert "age=3" in page.url
        assert page.locator(".active-filters__item").count() == 3
        button = page.locator(".js-filter-toggle")
        button.click()
        button.click()
        assert button.get_attribute("aria-expanded") == "false" and not page.locator("#filter-q").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_results_come_before_the_filters_on_a_phone_without_javascript(site, chromium, prefix):
    context, page = new_page(chromium, 375, javascript=False)
    try:
        page.goto(f"{site.url}{prefix}{LISTING}")
        first_result = page.locator(".service-card").first.bounding_box()
        filters = page.locator("#service-filters").bounding_box()
        assert first_result["y"] < filters["y"]
        link = page.locator(".js-filter-link a")
        assert link.is_visible() and link.bounding_box()["y"] < first_result["y"]
        assert not page.locator(".js-filter-toggle").is_visible()
        link.click()
        assert page.url.endswith("#service-filters")
        assert 0 <= page.locator("#service-filters").bounding_box()["y"] < 800
        assert page.locator("#filter-q").is_visible()
    finally:
        context.close()
    # axe-core needs JavaScript to run: check the same page with the site's own script held back.
    context, page = new_page(chromium, 375)
    try:
        page.route("**/js/site.js", lambda route: route.abort())
        page.goto(f"{site.url}{prefix}{LISTING}")
        assert page.locator(".js-filter-link a").is_visible()
        assert_accessible(page)
    finally:
        context.close()


@pytest.mark.parametrize("prefix,filters_on_the_right", [("", True), ("/ar", False)])
def test_filters_sit_beside_the_results_on_a_wide_screen(site, browser_page, prefix, filters_on_the_right):
    browser_page.goto(f"{site.url}{prefix}{LISTING}")
    results = browser_page.locator(".service-card").first.bounding_box()
    filters = browser_page.locator("#service-filters").bounding_box()
    assert filters["y"] < results["y"] + results["height"]  # side by side, not stacked
    assert (filters["x"] > results["x"]) is filters_on_the_right
    assert not browser_page.locator(".js-filter-toggle").is_visible()
    assert not browser_page.locator(".js-filter-link").is_visible()


CHEVRON = """() => {
  const item = document.querySelectorAll(".govuk-breadcrumbs__list-item")[1];
  const chevron = getComputedStyle(item, "::before");
  const link = item.querySelector("a").getBoundingClientRect();
  const box = item.getBoundingClientRect();
  // The chevron is a square with two borders, turned 45 degrees: its sine says which way.
  const sine = new DOMMatrix(chevron.transform).b;
  const borders = [parseFloat(chevron.borderLeftWidth) > 0, parseFloat(chevron.borderRightWidth) > 0];
  const pointsRight = sine > 0 && borders[1] && !borders[0];
  const pointsLeft = sine < 0 && borders[0] && !borders[1];
  return {pointsRight, pointsLeft, chevronBeforeLinkOnTheRight: box.right > link.right + 5};
}"""


@pytest.mark.parametrize("prefix,rtl", [("", False), ("/ur", True), ("/ar", True)])
def test_breadcrumb_chevrons_point_the_way_the_page_reads(site, browser_page, prefix, rtl):
    browser_page.goto(f"{site.url}{prefix}/hubs/eastfield/")
    chevron = browser_page.evaluate(CHEVRON)
    if rtl:
        assert chevron == {"pointsRight": False, "pointsLeft": True, "chevronBeforeLinkOnTheRight": True}
    else:
        assert chevron == {"pointsRight": True, "pointsLeft": False, "chevronBeforeLinkOnTheRight": False}
