"""Re-encrypt every encrypted column with the current first key, after a key rotation."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from encrypted_fields.fields import EncryptedFieldMixin


class Command(BaseCommand):
    help = "Re-save every row holding encrypted personal data, so it uses the newest key (see README)."

    def handle(self, *args, **options):
        for model in apps.get_models():
            names = [field.name for field in model._meta.concrete_fields if isinstance(field, EncryptedFieldMixin)]
            if not names:
                continue
            count = 0
            with transaction.atomic():
                for row in model._default_manager.select_for_update().iterator():
                    # Loading decrypts with any known key; saving encrypts with the first.
                    row.save(update_fields=names)
                    count += 1
            self.stdout.write(f"{model._meta.label}: {count} rows re-encrypted")
