"""An encrypted field for structured answers (the children, contact preferences)."""

import json

from encrypted_fields.fields import EncryptedTextField


class EncryptedJSONTextField(EncryptedTextField):
    """A JSON document encrypted as one piece, so its keys and shape stay secret too (the
    library's JSON field encrypts only the values, and turns them all into strings)."""

    def get_prep_value(self, value):
        if value in (None, "", [], {}):
            return None
        return self.f.encrypt(json.dumps(value, ensure_ascii=False).encode("utf-8")).decode("utf-8")

    def to_python(self, value):
        if not isinstance(value, str):
            return value
        text = super().to_python(value)
        try:
            return json.loads(text)
        except (TypeError, ValueError):
            return text
