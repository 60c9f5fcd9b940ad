"""The Families Information Service's roles: each can do its job and no more."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile

from directory.models import ServicePage
from hubs.hub_managers import manager_group
from hubs.models import HubPage
from tests.factories import member_of

pytestmark = pytest.mark.django_db


def test_editors_draft_publishers_publish(demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    editor, publisher = member_of("FIS editors", "ed"), member_of("FIS publishers", "pub")
    editing = service.permissions_for_user(editor)
    assert editing.can_edit() and not editing.can_publish()
    publishing = service.permissions_for_user(publisher)
    assert publishing.can_edit() and publishing.can_publish()


EASTFIELD_MANAGERS = "Hub managers: Eastfield"
# A partner: family mediation, the service the matrix opens, is the council's, not theirs.
HEALTH_VISITING_EDITORS = "Organisation editors: Wolverhampton 0-19 Health Visiting and School Nursing"

# What each role may open in the admin. Columns: unmet searches report, edit a service, edit
# the Eastfield hub, add an event under it, edit another hub, translation coverage report,
# export a translation file, self-referral inbox, champion interest (early years data), the
# service reviews report, the services spreadsheet; then childcare: the providers, the
# two-year-old offer's rules, updating vacancies, importing from Ofsted, the report of offer checks.
NO_CHILDCARE, ALL_CHILDCARE = (False, False, False, False, False), (True, True, True, True, True)
MATRIX = {
    "FIS editors": (False, True, True, True, True, True, True, False, False, True, True)
    + (True, True, True, False, False),
    "FIS publishers": (False, True, True, True, True, True, True, False, False, True, True) + (True,) * 4 + (False,),
    EASTFIELD_MANAGERS: (False, False, True, True, False, False, False, False, False, False, False) + NO_CHILDCARE,
    HEALTH_VISITING_EDITORS: (False, False, False, False, False, False, False, False, False, True, False)
    + NO_CHILDCARE,
    "Translators": (False, False, False, False, False, True, True, False, False, False, False) + NO_CHILDCARE,
    "Insight officers": (True, False, False, False, False, True, False, False, False, False, False)
    + (False,) * 4
    + (True,),
    "Early help desk": (False, False, False, False, False, False, False, True, False, False, False) + NO_CHILDCARE,
    "Early years team": (False, False, False, False, False, False, False, False, True, False, False) + ALL_CHILDCARE,
    # Volunteers with an account for their signposting log, and nothing else (the next matrix).
    "Parent champions": (False,) * 11 + NO_CHILDCARE,
}
CHILDCARE_SCREENS = (
    "/admin/snippets/childcare/childcareprovider/",
    "/admin/snippets/childcare/offerrule/",
    "/admin/childcare/vacancies/",
    "/admin/childcare/ofsted-import/",
    "/admin/reports/two-year-old-offer-checks/",
)


@pytest.mark.parametrize("group", MATRIX)
def test_permission_matrix_in_the_admin(client, demo_site, group):
    client.force_login(member_of(group, "someone"))
    service = ServicePage.objects.get(slug="family-mediation")
    eastfield, graiseley = HubPage.objects.get(slug="eastfield"), HubPage.objects.get(slug="graiseley")

    def allowed(url):
        response = client.get(url)
        return response.status_code == 200

    opened = (
        allowed("/admin/unmet_searches/"),
        allowed(f"/admin/pages/{service.pk}/edit/"),
        allowed(f"/admin/pages/{eastfield.pk}/edit/"),
        allowed(f"/admin/pages/add/hubs/hubeventpage/{eastfield.pk}/"),
        allowed(f"/admin/pages/{graiseley.pk}/edit/"),
        allowed("/admin/reports/translations/"),
        allowed("/admin/reports/translations/export/?language=ur"),
        allowed("/admin/self-referrals/"),
        allowed("/admin/champion_interest/"),
        allowed("/admin/service_reviews/"),
        allowed("/admin/services-spreadsheet/"),
        *(allowed(url) for url in CHILDCARE_SCREENS),
    )
    assert opened == MATRIX[group]


# Parent champions' reach (issue 19): a champion's own "Log signposting", the log of every entry,
# its figures, interest by stage, and starting a champion's profile (from someone now active).
SIGNPOSTING_SCREENS = (
    "/admin/signposting/",
    "/admin/signposting_log/",
    "/admin/reports/signposting/",
    "/admin/champion_interest/?stage=new",
    "/admin/snippets/hubs/parentchampion/add/",
)
NO_SIGNPOSTING = (False,) * 5
SIGNPOSTING_MATRIX = {
    "FIS editors": (False, False, False, False, True),
    "FIS publishers": (False, False, False, False, True),
    EASTFIELD_MANAGERS: NO_SIGNPOSTING,
    HEALTH_VISITING_EDITORS: NO_SIGNPOSTING,
    "Translators": NO_SIGNPOSTING,
    "Insight officers": NO_SIGNPOSTING,
    "Early help desk": NO_SIGNPOSTING,
    "Early years team": (False, True, True, True, True),
    "Parent champions": (True, False, False, False, False),
}


@pytest.mark.parametrize("group", SIGNPOSTING_MATRIX)
def test_signposting_and_champion_interest_matrix(client, demo_site, group):
    client.force_login(member_of(group, "someone"))
    opened = tuple(client.get(url).status_code == 200 for url in SIGNPOSTING_SCREENS)
    assert opened == SIGNPOSTING_MATRIX[group]


# The professional referral's screens in the desk's inbox (issue 18): the inbox filtered by
# source, and a professional's referral. Only the two desk groups open them.
@pytest.mark.parametrize("group", [*MATRIX, "Early help desk managers"])
def test_only_the_desk_opens_professional_referrals(client, demo_site, group):
    import uuid

    from referrals.models import Referral, Source

    referral = Referral.objects.create(
        submission_key=uuid.uuid4(),
        form_language="en",
        source=Source.PROFESSIONAL,
        full_name="A parent",
        referrer={"organisation": "A school"},
    )
    client.force_login(member_of(group, "someone"))
    screens = ["/admin/self-referrals/?source=professional", f"/admin/self-referrals/{referral.reference}/"]
    opened = [client.get(url).status_code == 200 for url in screens]
    assert opened == [group in ("Early help desk", "Early help desk managers")] * 2


# The Insight area (issue 19): counts only, for insight officers and the desk's managers. Every
# other role is sent back to the dashboard, and sees no menu item for it.
INSIGHT_AREA = {**{group: group == "Insight officers" for group in MATRIX}, "Early help desk managers": True}


@pytest.mark.parametrize("group", INSIGHT_AREA)
def test_only_insight_officers_and_desk_managers_open_the_insight_area(client, demo_site, group):
    client.force_login(member_of(group, "someone"))
    response = client.get("/admin/insight/")
    assert response.status_code == (200 if INSIGHT_AREA[group] else 302)
    assert (response.status_code == 302 and response["Location"] == "/admin/") or INSIGHT_AREA[group]
    assert ('"/admin/insight/"' in client.get("/admin/").content.decode()) is INSIGHT_AREA[group]
    csv = client.get("/admin/insight/", {"format": "csv"})
    assert csv.get("Content-Type", "").startswith("text/csv") is INSIGHT_AREA[group]


def test_no_role_but_publishers_can_publish(demo_site):
    pages = [ServicePage.objects.get(slug="family-mediation"), HubPage.objects.get(slug="eastfield")]
    for group in MATRIX:
        user = member_of(group, f"user-{len(group)}-{group[:3]}")
        can_publish = [page.permissions_for_user(user).can_publish() for page in pages]
        assert can_publish == [group == "FIS publishers"] * 2, group


def test_every_hub_gets_its_own_managers_group(demo_site):
    hubs = HubPage.objects.all()
    assert hubs.count() == 8
    for hub in hubs:
        group = manager_group(hub)
        assert group is not None and group.name == f"Hub managers: {hub.locality.name}"
        manager = member_of(group.name, f"manager-{hub.pk}")
        assert hub.permissions_for_user(manager).can_edit()
        others = HubPage.objects.exclude(pk=hub.pk)
        assert not any(other.permissions_for_user(manager).can_edit() for other in others)


def test_a_renamed_locality_renames_its_hub_managers_group(demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    hub.locality.name = "East Park"
    hub.locality.save()
    hub.save()
    assert manager_group(hub).name == "Hub managers: East Park"


def test_translators_change_translations_not_pages(client, demo_site):
    translator = member_of("Translators", "translator")
    service = ServicePage.objects.get(slug="family-mediation")
    assert not service.permissions_for_user(translator).can_edit()
    client.force_login(translator)
    exported = client.get("/admin/reports/translations/export/?language=pl")
    assert exported.status_code == 200 and b"msgid" in exported.content
    upload = SimpleUploadedFile("pl.po", exported.content)
    checked = client.post("/admin/reports/translations/import/", {"language": "pl", "file": upload, "apply": "0"})
    assert checked.status_code == 200


def test_insight_officers_read_the_coverage_report_but_cannot_import(client, demo_site):
    client.force_login(member_of("Insight officers", "insight"))
    report = client.get("/admin/reports/translations/").content.decode()
    assert "Translation coverage" in report and "Import a translated file" not in report
    upload = SimpleUploadedFile("pl.po", b"")
    response = client.post("/admin/reports/translations/import/", {"language": "pl", "file": upload, "apply": "1"})
    assert response.status_code == 302  # permission denied: back to the dashboard
    assert response["Location"] == "/admin/"


PANELS = (
    "reviews-due",
    "unmet-searches",
    "new-referrals",
    "awaiting-approval",
    "translations-missing",
    "vacancies-to-confirm",
    "listing-feedback",
    "champion-interest",
    "signposting",
)


FEEDBACK = {"listing-feedback"}


@pytest.mark.parametrize(
    ("group", "panels"),
    [
        (
            "FIS editors",
            {"reviews-due", "awaiting-approval", "translations-missing", "vacancies-to-confirm"} | FEEDBACK,
        ),
        (
            "FIS publishers",
            {"reviews-due", "awaiting-approval", "translations-missing", "vacancies-to-confirm"} | FEEDBACK,
        ),
        (EASTFIELD_MANAGERS, {"awaiting-approval"} | FEEDBACK),
        (HEALTH_VISITING_EDITORS, {"reviews-due", "awaiting-approval"} | FEEDBACK),
        ("Translators", {"translations-missing"}),
        ("Insight officers", {"unmet-searches"}),
        ("Early help desk", {"new-referrals"}),
        ("Early years team", {"vacancies-to-confirm", "champion-interest"}),
        ("Parent champions", {"signposting"}),
    ],
)
def test_each_role_gets_its_own_dashboard_panels(client, demo_site, group, panels):
    client.force_login(member_of(group, "someone"))
    content = client.get("/admin/").content.decode()
    shown = {name for name in PANELS if f'id="panel-{name}"' in content}
    assert shown == panels


def panel_heading(client, name):
    page = BeautifulSoup(client.get("/admin/").content, "html.parser")
    return page.select_one(f"#panel-{name}").get_text(" ", strip=True)


def test_approval_panels_count_what_waits(client, demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    editor, publisher = member_of("FIS editors", "ed"), member_of("FIS publishers", "pub")
    service.save_revision(user=editor)
    service.get_workflow().start(service, editor)
    client.force_login(publisher)
    assert panel_heading(client, "awaiting-approval") == "Pages awaiting your approval: 1"
    client.force_login(editor)
    assert panel_heading(client, "awaiting-approval") == "Your changes awaiting approval: 1"


def test_missing_translations_panel_counts_untranslated_pages(client, demo_site):
    client.force_login(member_of("Translators", "translator"))
    before = int(panel_heading(client, "translations-missing").rsplit(":", 1)[1])
    service = ServicePage.objects.get(slug="family-mediation")
    service.summary_pl = ""
    service.save_revision().publish()
    after = int(panel_heading(client, "translations-missing").rsplit(":", 1)[1])
    assert after == before + 1


def test_superusers_open_everything_but_the_personal_data(client, demo_site):
    """The matrix's row for an administrator: every screen, the Insight area's counts included,
    except the self-referral inbox and champion interest, which only their own teams read (put an
    administrator in the team)."""
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    service = ServicePage.objects.get(slug="family-mediation")
    eastfield = HubPage.objects.get(slug="eastfield")
    opened = {
        url: client.get(url).status_code == 200
        for url in [
            "/admin/unmet_searches/",
            f"/admin/pages/{service.pk}/edit/",
            f"/admin/pages/{eastfield.pk}/edit/",
            "/admin/reports/translations/",
            "/admin/service_reviews/",
            "/admin/self-referrals/",
            "/admin/champion_interest/",
            *CHILDCARE_SCREENS,
            *SIGNPOSTING_SCREENS,
            # Counts only, which name nobody (core/insight_views.py).
            "/admin/insight/",
        ]
    }
    assert [url for url, allowed in opened.items() if not allowed] == [
        "/admin/self-referrals/",
        "/admin/champion_interest/",
        "/admin/champion_interest/?stage=new",
    ]


def test_wagtails_stock_groups_hold_no_rights_over_pages_images_or_documents(demo_site):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

    stock = Group.objects.filter(name__in=["Editors", "Moderators"])
    assert not GroupPagePermission.objects.filter(group__in=stock).exists()
    assert not GroupCollectionPermission.objects.filter(group__in=stock).exists()
    someone = member_of("Moderators", "moderator")
    root_and_home = [Page.objects.get(depth=1), Page.objects.get(depth=2)]
    service = ServicePage.objects.get(slug="family-mediation")
    for page in [*root_and_home, service]:
        permissions = page.permissions_for_user(someone)
        assert not permissions.can_edit(), page
        assert not permissions.can_publish(), page
        assert not permissions.can_add_subpage(), page


def test_stock_group_rights_given_back_are_taken_again_at_the_next_migrate(demo_site):
    from django.contrib.auth.models import Group, Permission
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import GroupPagePermission, Page

    editors = Group.objects.get(name="Editors")
    GroupPagePermission.objects.create(
        group=editors, page=Page.objects.get(depth=1), permission=Permission.objects.get(codename="publish_page")
    )
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # what migrate ends with
    assert not GroupPagePermission.objects.filter(group=editors).exists()
    # The site's own roles keep theirs.
    assert GroupPagePermission.objects.filter(group__name="FIS publishers", page__depth=1).exists()


# The listing feedback queue (issue 18). Columns: the queue, a report about a service, one about
# the Eastfield hub, one about another hub. Administrators outside these groups are kept out, as
# a report may hold a reply address (tests/feedback/test_queue.py).
FEEDBACK_MATRIX = {
    # The queue, then reports about: family mediation, the Eastfield hub, the Graiseley hub, health visiting.
    "FIS editors": (True,) * 5,
    "FIS publishers": (True,) * 5,
    EASTFIELD_MANAGERS: (True, False, True, False, False),
    HEALTH_VISITING_EDITORS: (True, False, False, False, True),
    "Translators": (False,) * 5,
    "Insight officers": (False,) * 5,
    "Early help desk": (False,) * 5,
    "Early years team": (False,) * 5,
}


@pytest.mark.parametrize("group", FEEDBACK_MATRIX)
def test_listing_feedback_matrix_in_the_admin(client, demo_site, group):
    from feedback.models import ListingReport

    client.force_login(member_of(group, "someone"))
    pages = [
        ServicePage.objects.get(slug="family-mediation"),
        HubPage.objects.get(slug="eastfield"),
        HubPage.objects.get(slug="graiseley"),
        ServicePage.objects.get(slug="health-visiting"),
    ]
    reports = [ListingReport.objects.create(page=page, problem="closed") for page in pages]
    opened = (
        client.get("/admin/listing-feedback/").status_code == 200,
        *(client.get(f"/admin/listing-feedback/{report.pk}/").status_code == 200 for report in reports),
    )
    assert opened == FEEDBACK_MATRIX[group]


@pytest.mark.parametrize(
    ("group", "terms", "alerts"),
    [
        ("FIS editors", True, False),
        ("FIS publishers", True, True),
        (EASTFIELD_MANAGERS, False, False),
        (HEALTH_VISITING_EDITORS, False, False),
        ("Translators", False, False),
        ("Early help desk", False, False),
    ],
)
def test_school_terms_for_the_fis_team_and_site_alerts_for_publishers_only(client, demo_site, group, terms, alerts):
    client.force_login(member_of(group, "someone"))

    def opens(url):
        return client.get(url).status_code == 200

    assert opens("/admin/snippets/hubs/schoolterm/") == terms
    assert opens("/admin/snippets/hubs/schoolterm/add/") == terms
    assert opens("/admin/snippets/core/sitealert/") == alerts
    assert opens("/admin/snippets/core/sitealert/add/") == alerts


# Feedback after a service (issue 19). Columns: the summaries, the summary of family mediation,
# of the Eastfield hub, of the Graiseley hub, of health visiting; the feedback questions, and
# editing the parents' version. The FIS team changes the questions; the people who keep a page
# read its feedback (free text may hold personal data, so administrators outside these groups are
# kept out, as from listing feedback); insight officers see only the Insight area's figures.
SERVICE_FEEDBACK_MATRIX = {
    "FIS editors": (True,) * 7,
    "FIS publishers": (True,) * 7,
    EASTFIELD_MANAGERS: (True, False, True, False, False, False, False),
    HEALTH_VISITING_EDITORS: (True, False, False, False, True, False, False),
    "Translators": (False,) * 7,
    "Insight officers": (False,) * 7,
    "Early help desk": (False,) * 7,
    "Early years team": (False,) * 7,
}


@pytest.mark.parametrize("group", SERVICE_FEEDBACK_MATRIX)
def test_service_feedback_matrix_in_the_admin(client, demo_site, group):
    from feedback.models import FeedbackVersion

    client.force_login(member_of(group, "someone"))
    pages = [
        ServicePage.objects.get(slug="family-mediation"),
        HubPage.objects.get(slug="eastfield"),
        HubPage.objects.get(slug="graiseley"),
        ServicePage.objects.get(slug="health-visiting"),
    ]
    parents = FeedbackVersion.objects.get(slug="parents")
    opened = (
        client.get("/admin/service-feedback/").status_code == 200,
        *(client.get(f"/admin/service-feedback/{page.pk}/").status_code == 200 for page in pages),
        client.get("/admin/snippets/feedback/feedbackversion/").status_code == 200,
        client.get(f"/admin/snippets/feedback/feedbackversion/edit/{parents.pk}/").status_code == 200,
    )
    assert opened == SERVICE_FEEDBACK_MATRIX[group]
