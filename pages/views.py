"""Site-wide views: search, robots.txt and the error pages."""

from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, get_page_models

from core import fulltext
from core.fast_pages import public
from core.languages import get_language_info
from core.pagination import PagedIds, paginate
from core.search_terms import words_of
from directory import safety
from directory.models import ServicePage
from directory.search import plan_search, record_unmet_search
from directory.selectors import services_first
from pages.models import ContentPage

RESULTS_PER_PAGE = 20


@require_GET
def search(request):
    """Search services, hubs and pages: the search box in the header lands here."""
    plan = plan_search(request.GET.get("q", ""))
    results = Page.objects.none()
    promoted = []
    asked = safety.rules_for_plan(plan)
    if plan:
        promoted = [
            promotion.page.specific
            for promotion in SearchPromotion.objects.filter(query__query_string=plan.typed.lower())
            .select_related("page")
            .order_by("sort_order")
            if promotion.page and promotion.page.live
        ]
        pages = public(Page.objects.live()).exclude(pk__in=[page.pk for page in promoted])
        if fulltext.fast_path_available():
            ranked = fulltext.ranked_ids(plan.text, get_page_models(), within=pages, preferred=plan.preferred)
        else:
            ranked = [page.pk for page in pages.search(plan.text, operator="or")[: fulltext.MAX_HITS]]
        results = PagedIds(services_before_stories(ranked, plan, asked, pages), Page.objects.all(), specific=True)
    page = paginate(request, results, RESULTS_PER_PAGE)
    paginator = page.paginator
    if plan and paginator.count == 0 and not promoted:
        record_unmet_search(plan)
    return TemplateResponse(
        request,
        "pages/search_results.html",
        {
            "query": plan.typed,
            "plan": plan,
            "promoted": promoted,
            "results": page,
            "paginator": paginator,
            "safety_answers": safety.answers(asked),
        },
    )


def story_models():
    from hubs.models import ChampionStoryPage

    return [ChampionStoryPage, ContentPage]


def services_before_stories(ranked, plan, asked, pages):
    """Page ids in the order a parent needs them: services first (with the safety answers'
    services ahead, and programmes for people who harm last unless asked for), then places and
    other pages, then stories and content pages, unless a page's title is what was typed."""
    service_type = ContentType.objects.get_for_model(ServicePage)
    story_types = {content_type.pk for content_type in ContentType.objects.get_for_models(*story_models()).values()}
    kinds = dict(Page.objects.filter(pk__in=ranked).values_list("pk", "content_type_id"))
    live_services = pages.type(ServicePage)
    first = services_first(asked, ServicePage.objects.filter(pk__in=live_services.values("pk")))
    promote, demote = safety.harm_services(asked)
    services = safety.safety_order([pk for pk in ranked if kinds.get(pk) == service_type.pk], first, promote, demote)
    stories = [pk for pk in ranked if kinds.get(pk) in story_types]
    titled = titles_matching(stories, plan)
    stories = [pk for pk in stories if pk not in titled]
    placed = set(services) | set(stories)
    others = [pk for pk in ranked if pk not in placed]
    return services + others + stories


def titles_matching(ids, plan):
    """The pages among `ids` whose title (in English or the reader's language) holds every word searched for."""
    if not ids or not plan.words:
        return set()
    columns = list(dict.fromkeys(["title_en", f"title_{get_language_info(translation.get_language()).code}"]))
    matching = set()
    for pk, *titles in Page.objects.filter(pk__in=ids).values_list("pk", *columns):
        if any(set(plan.words) <= set(words_of(title or "")) for title in titles):
            matching.add(pk)
    return matching
