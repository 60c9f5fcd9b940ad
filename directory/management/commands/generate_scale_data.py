"""Add thousands of generated services, to measure the listing and search at scale.

For benchmarks only (see bench/): the services are clearly marked as generated, are built
with bulk inserts rather than one page save at a time, and can be removed with --delete.
"""

import random

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from core.models import SpokenLanguage
from directory.models import (
    AccessRoute,
    DeliveryMode,
    Need,
    Organisation,
    Schedule,
    ScheduleKind,
    ServiceIndexPage,
    ServiceLevel,
    ServicePage,
)
from hubs.models import HubPage, OutreachBasePage

SLUG_PREFIX = "generated-"
WORDS = (
    "family support group parents children play learning health baby toddler teenager money advice housing "
    "work skills talk listen feeding sleep behaviour school ready young carers community hub outreach drop-in "
    "course wellbeing mental health dads mums relationships mediation safety abuse drugs alcohol send"
).split()


class Command(BaseCommand):
    help = "Generate N services under the service listing (benchmarks only)."

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=10000)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--delete", action="store_true", help="Remove generated services instead.")
        parser.add_argument("--skip-index", action="store_true")

    def handle(self, *args, services, seed, delete, skip_index, **options):
        index = ServiceIndexPage.objects.first()
        if index is None:
            raise CommandError("Run load_demo first: there is no service listing.")
        if delete:
            deleted = ServicePage.objects.filter(slug__startswith=SLUG_PREFIX).count()
            for page in ServicePage.objects.filter(slug__startswith=SLUG_PREFIX).iterator():
                page.delete()
            self.stdout.write(f"Deleted {deleted} generated services.")
            return
        existing = ServicePage.objects.filter(slug__startswith=SLUG_PREFIX).count()
        with transaction.atomic():
            created = self.generate(index, existing, services - existing, random.Random(seed))
        if not skip_index and created:
            call_command("update_index", verbosity=0)
        if created and connection.vendor == "postgresql":
            # Fresh statistics after a bulk load, as autovacuum would gather them later:
            # without them the planner guesses row counts and scans whole tables.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(f"{existing + created} generated services ({created} new).")

    def generate(self, index, start, count, rng):
        if count <= 0:
            return 0
        index.refresh_from_db()
        content_type = ContentType.objects.get_for_model(ServicePage)
        locale = Locale.get_default()
        now = timezone.now()
        today = timezone.localdate()
        lookups = {
            "levels": list(ServiceLevel.objects.all()),
            "needs": list(Need.objects.all()),
            "routes": list(AccessRoute.objects.all()),
            "modes": list(DeliveryMode.objects.all()),
            "languages": list(SpokenLanguage.objects.all()),
            "places": [*HubPage.objects.all(), *OutreachBasePage.objects.all()],
        }
        organisation = Organisation.objects.get_or_create(
            name="Generated benchmark organisation", defaults={"description": "Benchmark data."}
        )[0]
        last_child = index.get_last_child()
        position = int(last_child.path[-4:], 36) if last_child else 0
        pages = []
        for number in range(start, start + count):
            position += 1
            words = rng.sample(WORDS, 6)
            title = f"{words[0].capitalize()} {words[1]} {words[2]} {number}"
            slug = f"{SLUG_PREFIX}{number}"
            pages.append(
                Page(
                    title=title,
                    title_en=title,
                    slug=slug,
                    content_type=content_type,
                    path=index.path + to_path(position),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    locale=locale,
                    draft_title=title,
                )
            )
        Page.objects.bulk_create(pages, batch_size=500)
        created = Page.objects.filter(slug__startswith=SLUG_PREFIX, depth=index.depth + 1, path__startswith=index.path)
        ids = dict(created.values_list("slug", "pk"))
        self.insert_service_rows(pages, ids, organisation, lookups, rng, today)
        Page.objects.filter(pk=index.pk).update(
            numchild=Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).count()
        )
        return count

    def insert_service_rows(self, pages, ids, organisation, lookups, rng, today):
        fields = [field for field in ServicePage._meta.local_concrete_fields]
        rows, needs, routes, modes, languages, schedules = [], [], [], [], [], []
        through = {
            "needs": ServicePage.needs.through,
            "routes": ServicePage.access_routes.through,
            "modes": ServicePage.delivery_modes.through,
            "languages": ServicePage.languages.through,
        }
        for page in pages:
            pk = ids[page.slug]
            words = page.title.lower().split()
            summary = f"A generated service about {' and '.join(words[:3])} for families."
            youngest = rng.randint(0, 12)
            service = ServicePage(
                page_ptr_id=pk,
                summary=summary,
                summary_en=summary,
                description=f"<p>{summary}</p>",
                description_en=f"<p>{summary}</p>",
                organisation=organisation,
                level=rng.choice(lookups["levels"]),
                minimum_age=youngest,
                maximum_age=min(25, youngest + rng.randint(1, 12)),
                for_pregnancy=rng.random() < 0.1,
                is_free=rng.random() < 0.85,
                last_reviewed=today,
                review_due=today,
                status="active",
            )
            rows.append(tuple(field.get_db_prep_save(getattr(service, field.attname), connection) for field in fields))
            needs += [through["needs"](servicepage_id=pk, need_id=need.pk) for need in rng.sample(lookups["needs"], 2)]
            routes.append(through["routes"](servicepage_id=pk, accessroute_id=rng.choice(lookups["routes"]).pk))
            modes.append(through["modes"](servicepage_id=pk, deliverymode_id=rng.choice(lookups["modes"]).pk))
            languages.append(
                through["languages"](servicepage_id=pk, spokenlanguage_id=rng.choice(lookups["languages"]).pk)
            )
            place = rng.choice(lookups["places"])
            schedules.append(
                Schedule(
                    page_id=pk,
                    place_id=place.pk,
                    kind=ScheduleKind.WEEKLY,
                    weekday=rng.randint(0, 6),
                    sort_order=0,
                )
            )
        table = ServicePage._meta.db_table
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)
        for model_rows in (needs, routes, modes, languages):
            type(model_rows[0]).objects.bulk_create(model_rows, batch_size=1000)
        Schedule.objects.bulk_create(schedules, batch_size=1000)


ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def to_path(position):
    """A treebeard path step: four base-36 characters."""
    step = ""
    for _ in range(4):
        position, remainder = divmod(position, 36)
        step = ALPHABET[remainder] + step
    return step
