"""Who a service is for, in the words a parent would use: "Parents and carers of children aged
2 to 11", "Children aged 2", "Children from birth to 5", "Expectant parents".

The age fields are always the children's ages; who takes part (the audience) says whether the
children come, their parents do, or the whole family. Shown on service pages, listing cards and in
the Open Referral description.
"""

from django.utils.translation import gettext, ngettext

# A course for parents with these ages is for any parent: the ages say nothing, so are not shown.
ANY_CHILD = (0, 18)


def children(youngest, oldest):
    """The children, in the middle of a sentence: "children aged 2 to 11"."""
    if oldest == 0:
        return gettext("babies under 1")
    if youngest == oldest:
        return ngettext("children aged %(age)d", "children aged %(age)d", oldest) % {"age": oldest}
    if youngest >= 11:
        return ngettext(
            "young people aged %(youngest)d to %(oldest)d", "young people aged %(youngest)d to %(oldest)d", oldest
        ) % {"youngest": youngest, "oldest": oldest}
    if youngest == 0:
        if oldest >= 13:
            return ngettext(
                "children and young people up to %(oldest)d", "children and young people up to %(oldest)d", oldest
            ) % {"oldest": oldest}
        return ngettext("children from birth to %(oldest)d", "children from birth to %(oldest)d", oldest) % {
            "oldest": oldest
        }
    if oldest >= 13:
        return ngettext(
            "children and young people aged %(youngest)d to %(oldest)d",
            "children and young people aged %(youngest)d to %(oldest)d",
            oldest,
        ) % {"youngest": youngest, "oldest": oldest}
    return ngettext("children aged %(youngest)d to %(oldest)d", "children aged %(youngest)d to %(oldest)d", oldest) % {
        "youngest": youngest,
        "oldest": oldest,
    }


def who_it_is_for(service):
    """One phrase, starting with a capital, for the service page, cards and the API."""
    from directory.models import Audience

    youngest, oldest = service.minimum_age, service.maximum_age
    if service.for_pregnancy and oldest == 0 and service.audience != Audience.CHILDREN:
        return gettext("Expectant parents")
    kids = children(youngest, oldest)
    any_child = youngest <= ANY_CHILD[0] and oldest >= ANY_CHILD[1]
    if service.audience == Audience.PARENTS:
        if any_child:
            if service.for_pregnancy:
                return gettext("Parents and carers, and expectant parents")
            return gettext("Parents and carers")
        if service.for_pregnancy:
            return gettext("Expectant parents, and parents and carers of %(children)s") % {"children": kids}
        return gettext("Parents and carers of %(children)s") % {"children": kids}
    if service.audience == Audience.FAMILY:
        if service.for_pregnancy:
            return gettext("Families expecting a baby or with %(children)s") % {"children": kids}
        return gettext("Families with %(children)s") % {"children": kids}
    if service.for_pregnancy:
        if oldest == 0:
            return gettext("Expectant parents and babies under 1")
        return gettext("Expectant parents, and %(children)s") % {"children": kids}
    return kids[:1].upper() + kids[1:]
