"""Finding a parent champion, and the "become a parent champion" form."""

from django import forms
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import rate_limits
from core.models import SpokenLanguage
from core.typed_text import TypedTextForm, whole_number
from hubs.models import ChampionInterest, ChampionStoryPage, Locality, ParentChampion


def champion_finder_context(request, index_page):
    """Champions filtered by the language they speak and the area they live in."""
    champions = (
        ParentChampion.objects.filter(is_active=True)
        .select_related("locality", "locality__hub", "photo")
        .prefetch_related("languages")
    )
    language_code = request.GET.get("language", "")
    locality_number = request.GET.get("area", "")
    if language_code:
        champions = champions.filter(languages__code=language_code)
    if whole_number(locality_number, 999) is not None:
        champions = champions.filter(locality__number=whole_number(locality_number, 999))
    return {
        "champions": champions.distinct(),
        "champion_languages": SpokenLanguage.objects.filter(champions__is_active=True).distinct(),
        "localities": Locality.objects.all(),
        "chosen_language": language_code,
        "chosen_area": locality_number,
        "stories": ChampionStoryPage.objects.child_of(index_page).live(),
        "other_pages": index_page.get_children().live().not_type(ChampionStoryPage),
    }


class ChampionInterestForm(TypedTextForm, forms.ModelForm):
    """The least we need to call someone back: a name and one way to reach them."""

    consent = forms.BooleanField(
        label=gettext_lazy("You can keep these details to contact me about becoming a parent champion."),
        error_messages={"required": gettext_lazy("Tick the box so we can keep your details and contact you.")},
    )
    # Left empty by people; filled in by spam robots, which then get a polite nothing.
    website = forms.CharField(required=False, label=gettext_lazy("Leave this empty"))

    class Meta:
        model = ChampionInterest
        fields = ["first_name", "phone", "email", "locality", "languages", "message"]
        labels = {
            "first_name": gettext_lazy("Your first name"),
            "phone": gettext_lazy("Phone number"),
            "email": gettext_lazy("Email address"),
            "locality": gettext_lazy("Which area do you live in?"),
            "languages": gettext_lazy("Which languages do you speak?"),
            "message": gettext_lazy("Anything else you would like to tell us (optional)"),
        }
        error_messages = {
            "first_name": {"required": gettext_lazy("Enter your first name.")},
            "email": {"invalid": gettext_lazy("Enter an email address like name@example.com.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locality"].empty_label = gettext_lazy("I'm not sure")
        self.fields["message"].widget = forms.Textarea(attrs={"rows": 4, "maxlength": 1000})

    def clean(self):
        data = super().clean()
        if not data.get("phone") and not data.get("email"):
            self.add_error("phone", _("Enter a phone number or an email address, so we can contact you."))
        return data


def serve_join_page(page, request, *args, **kwargs):
    status = 200
    if request.method == "POST":
        form = ChampionInterestForm(request.POST)
        if form.is_valid():
            if form.cleaned_data.get("website"):
                return HttpResponseRedirect(f"{page.url}?sent=1")
            if not rate_limits.champion_interest.reached(request):
                save_interest(form)
                rate_limits.champion_interest.count(request)
                return HttpResponseRedirect(f"{page.url}?sent=1")
            # Too many from one connection this hour: keep everything typed and say why.
            form.add_error(None, too_many_message())
            status = 429
    else:
        form = ChampionInterestForm()
    context = page.get_context(request, *args, **kwargs)
    context.update({"form": form, "sent": request.GET.get("sent") == "1"})
    return TemplateResponse(request, page.get_template(request), context, status=status)


def too_many_message():
    return _(
        "We have had a lot of requests from this connection in the last hour, so we could not send this. "
        "What you typed is still here: please try again in an hour."
    )


def save_interest(form):
    """Store it, and nothing more: the Early years team hears of it from the daily reminder
    (`manage.py send_champion_interest_reminders`), never from the family's request."""
    interest = form.save(commit=False)
    interest.language_of_form = translation.get_language()
    interest.save()
    return interest
