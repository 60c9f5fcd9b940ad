"""One way to turn ?page= into a page of results: never an error, whatever was typed."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(request, items, per_page):
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", "1"))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
