"""Each service's one phone field becomes its first phone number row (ServicePhone), stored in
E.164 when it reads as a UK number; then the old field goes."""

from django.db import migrations


def move_phones(apps, schema_editor):
    from django.core.exceptions import ValidationError

    from core.phone_numbers import normalise_uk_phone

    ServicePage = apps.get_model("directory", "ServicePage")
    ServicePhone = apps.get_model("directory", "ServicePhone")
    for page_id, phone in ServicePage.objects.exclude(phone="").values_list("pk", "phone"):
        try:
            number = normalise_uk_phone(phone)
        except ValidationError:
            number = phone.strip()[:20]  # kept as typed: the editor is asked to fix it on the next edit
        if not ServicePhone.objects.filter(page_id=page_id, number=number).exists():
            ServicePhone.objects.create(page_id=page_id, number=number, kind="voice", sort_order=0)


def restore_phones(apps, schema_editor):
    ServicePage = apps.get_model("directory", "ServicePage")
    ServicePhone = apps.get_model("directory", "ServicePhone")
    for phone in ServicePhone.objects.order_by("-sort_order"):
        ServicePage.objects.filter(pk=phone.page_id).update(phone=phone.number)


class Migration(migrations.Migration):
    dependencies = [("directory", "0005_service_contacts")]

    operations = [
        migrations.RunPython(move_phones, restore_phones),
        migrations.RemoveField(model_name="servicepage", name="phone"),
    ]
