"""The editor guide (docs/editor-guide.md) inside the admin, so help is one click away."""

from functools import cache
from pathlib import Path

import markdown
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "editor-guide.md"


@cache
def guide_html():
    text = GUIDE.read_text(encoding="utf-8")
    # The admin's header already says "Editor guide": the file's own title would be a second h1.
    body = text.split("\n", 1)[1] if text.startswith("# ") else text
    html = markdown.markdown(body, extensions=["tables", "toc"]).replace("<table>", '<table class="listing">')
    # The guide is part of the code base, reviewed like code, so its HTML is trusted.
    return mark_safe(html)


def editor_guide(request):
    return TemplateResponse(request, "pages/admin/editor_guide.html", {"guide": guide_html()})
