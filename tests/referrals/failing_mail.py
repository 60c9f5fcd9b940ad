"""Mail backends whose server is down, or accepts connections and never answers."""

from django.core.mail.backends.base import BaseEmailBackend

# Every message a test backend was asked to send, so a test can say none was.
calls = []


class Backend(BaseEmailBackend):
    def send_messages(self, email_messages):
        calls.append(list(email_messages))
        raise ConnectionRefusedError("mail server down")


class HangingBackend(BaseEmailBackend):
    """What a hanging server looks like from here: the connection times out (after
    EMAIL_TIMEOUT, 10 s; at once in the tests)."""

    def send_messages(self, email_messages):
        calls.append(list(email_messages))
        raise TimeoutError("timed out")
