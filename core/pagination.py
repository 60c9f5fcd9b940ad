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


def load_in_order(queryset, ids, specific=False):
    """The rows of `queryset` with these ids, in the order of `ids`. Pass a queryset without
    the search's filters: the ids already satisfy them, and a primary key lookup is fastest."""
    objects = queryset.filter(pk__in=ids).order_by()
    if specific:
        objects = objects.specific()
    found = {item.pk: item for item in objects}
    return [found[pk] for pk in ids if pk in found]


class _PagedRows:
    """Results that page by id: subclasses say which ids a slice holds; only those rows load."""

    rows = None
    specific = False

    def ids(self, key):
        raise NotImplementedError

    def load(self, ids):
        return load_in_order(self.rows, ids, self.specific)

    def only_ids(self):
        """The same results as ids alone, for a paginator whose page is built from ids (and
        may never need its rows)."""
        return _Ids(self)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        return self.load(self.ids(key))

    def __iter__(self):
        return iter(self[:])


class _Ids:
    def __init__(self, results):
        self.results = results

    def count(self):
        return self.results.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        return list(self.results.ids(key))


class PagedById(_PagedRows):
    """A sorted queryset that pages in two steps: a narrow query finds one page of ids, then
    only those rows are loaded. Sorting thousands of wide page rows (every language's text)
    to show twenty cost PostgreSQL more than the rest of the page."""

    def __init__(self, queryset, rows=None, counted=None):
        self.queryset = queryset
        self.rows = rows if rows is not None else queryset
        # The same results without what only sorts them (a distance), for a cheaper count.
        self.counted = counted if counted is not None else queryset

    def count(self):
        return self.counted.count()

    def ids(self, key):
        return list(self.queryset.values_list("pk", flat=True)[key])


class PagedIds(_PagedRows):
    """Results already in order (by relevance, say) as a list of ids; only the page shown
    is loaded from `rows`."""

    def __init__(self, ids, rows, specific=False):
        self.all_ids = ids
        self.rows = rows
        self.specific = specific

    def count(self):
        return len(self.all_ids)

    def ids(self, key):
        return self.all_ids[key]
