"""Pages as editors see them in the admin, for code that changes them without publishing."""


def latest_version(page):
    """The page as its latest draft if it has one waiting, else as published."""
    return page.get_latest_revision_as_object() if page.has_unpublished_changes else page
