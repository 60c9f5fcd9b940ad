"""Dashboard panels: a number that needs someone's attention, and where to deal with it."""

from wagtail.admin.ui.components import Component


class CountPanel(Component):
    template_name = "core/admin/count_panel.html"

    def __init__(self, name, order, title, count, link, link_text, description=""):
        self.name, self.order = name, order
        self.title, self.count, self.link, self.link_text, self.description = title, count, link, link_text, description

    def get_context_data(self, parent_context=None):
        return {"panel": self}
