"""Helpers shared by tests of every app. Page factories live beside each app's tests:
tests/pages/factories.py, tests/directory/factories.py, tests/hubs/factories.py."""

from tests.pages.factories import ContentPageFactory, HomePageFactory, build_site  # noqa: F401 - used from here


def member_of(group, username=None):
    """A user in one of the site's groups (made by the migrations), as the admin's roles see it."""
    from django.contrib.auth.models import Group, User

    name = username or group.lower().replace(" ", "-").replace(":", "")
    user = User.objects.create_user(name, password="pw", email=f"{name}@example.org")
    user.groups.add(Group.objects.get(name=group))
    return user
