"""The editor guide (docs/editor-guide.md) inside the admin, so help is one click away."""

from functools import cache
from pathlib import Path

import markdown
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "editor-guide.md"


@cache
def guide_html():
    # The guide is part of the code base, reviewed like code, so its HTML is trusted.
    return mark_safe(markdown.markdown(GUIDE.read_text(encoding="utf-8"), extensions=["tables", "toc"]))


def editor_guide(request):
    return TemplateResponse(request, "familyinfo/admin/editor_guide.html", {"guide": guide_html()})
