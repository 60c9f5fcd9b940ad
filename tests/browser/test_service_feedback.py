"""Feedback after a service in a real browser, checked by axe at each step: a child under 8 answers
with the faces by keyboard alone on a 320 px phone (with "Listen" reading the question aloud),
and a parent answers in Arabic, right to left, then the equality questions."""

from tests.browser.conftest import assert_accessible

# A browser with one English voice: what "Listen" says is kept for the test to read.
FAKE_VOICE = """
window.__spoken = [];
const voice = { lang: "en-GB", name: "Test voice" };
Object.defineProperty(window, "speechSynthesis", {
  value: {
    getVoices: () => [voice],
    speak: (utterance) => window.__spoken.push(utterance.text),
    cancel: () => {},
    addEventListener: () => {},
  },
});
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
"""


def tab_to(page, selector, limit=60):
    """Press Tab until the element matching `selector` has the focus, as a keyboard user does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def fits_the_screen(page):
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def test_a_child_under_8_answers_with_the_faces_by_keyboard_on_a_phone(site, browser_page):
    from directory.models import ServicePage
    from feedback.models import FeedbackAnswer

    page = browser_page
    page.set_viewport_size({"width": 320, "height": 640})
    page.add_init_script(FAKE_VOICE)
    service = ServicePage.objects.get(slug="family-mediation")
    page.goto(f"{site.url}{service.url}")
    page.locator(".service-feedback-link a").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/feedback/{service.pk}/")
    assert_accessible(page)
    tab_to(page, f"a[href='/feedback/{service.pk}/under-8/']")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/feedback/{service.pk}/under-8/")
    assert fits_the_screen(page)
    assert_accessible(page)

    # "Listen" shows with a voice for the page's language and reads the question and the faces.
    listen = page.locator(".feedback-question .js-read-aloud").first
    assert listen.is_visible()
    listen.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => window.__spoken") == ["How did you feel at the group?. Sad. OK. Happy"]

    # The faces are radio buttons: Tab reaches the group, arrows move between the faces.
    tab_to(page, "input.faces__input")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    checked = page.locator("input.faces__input:checked").first
    assert checked.get_attribute("value") == "3"
    assert page.locator("input.faces__input:checked + .faces__label").first.evaluate(
        "(label) => getComputedStyle(label).backgroundColor"
    ) not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), "the chosen face is marked for sighted keyboard users"
    assert_accessible(page)
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/feedback/{service.pk}/under-8/thanks/")
    assert fits_the_screen(page)
    assert_accessible(page)
    answer = FeedbackAnswer.objects.filter(response__page=service, response__audience="under-8").latest("pk")
    assert (answer.rating, answer.tone) == (3, "positive")


def test_a_parent_answers_in_arabic_then_the_equality_questions(site, browser_page):
    from django.utils import translation

    from directory.models import ServicePage
    from feedback.models import EqualityAnswers, FeedbackResponse

    page = browser_page
    service = ServicePage.objects.get(slug="family-mediation")
    page.goto(f"{site.url}/ar/feedback/{service.pk}/parents/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page)

    # Sending nothing: the error summary, in Arabic, leads to the first question.
    page.locator("main button[type=submit]").click()
    page.wait_for_selector(".govuk-error-summary")
    with translation.override("ar"):
        assert translation.gettext("Choose an answer.") in page.locator(".govuk-error-summary").inner_text()
    assert_accessible(page)

    page.locator(".govuk-radios__input").nth(4).check()  # the top of the first scale
    page.locator("textarea").fill("الموظفة كانت لطيفة جدًا")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"**/ar/feedback/{service.pk}/about-you/?t=*")
    assert page.locator(".govuk-notification-banner--success").is_visible()
    assert_accessible(page)
    page.locator("input[name=age][value='25-34']").check()
    page.locator("input[name=ethnic_group][value=arab]").check()
    page.locator("input[name=religion][value=prefer-not-to-say]").check()
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"**/ar/feedback/{service.pk}/parents/thanks/")
    assert_accessible(page)
    response = FeedbackResponse.objects.filter(page=service, language="ar").latest("pk")
    assert "الموظفة كانت لطيفة جدًا" in [answer.text for answer in response.answers.all()]  # encrypted: read back
    assert EqualityAnswers.objects.filter(page=service, ethnic_group="arab", religion="prefer-not-to-say").exists()
