"""What tests of the Wagtail admin share: a staff member's view of it."""

from bs4 import BeautifulSoup


def dashboard(client, user):
    """The admin's dashboard as `user` sees it, parsed."""
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")
