"""Demo contact details for the early help desk.

The numbers are the City of Wolverhampton's published children's services numbers at the
time of writing; the Families Information Service must confirm them in the admin
(Settings > Emergency and contact numbers) before the site goes live.
"""

EMERGENCY_CONTACTS = {
    "desk_name": "Early help desk",
    "desk_phone": "01902 555392",
    "desk_email": "",
    "desk_hours": "Monday to Friday, 9am to 5pm",
    "out_of_hours_phone": "01902 552999",
    "safeguarding_phone": "01902 555392",
    "address": "City of Wolverhampton Council\nCivic Centre\nSt Peter's Square\nWolverhampton\nWV1 1SH",
    "quick_exit_url": "https://www.bbc.co.uk/weather",
}

# Team mailboxes for the demo: example.org addresses that deliver nowhere. Set the real ones in
# Settings > Notification mailboxes.
NOTIFICATION_ADDRESSES = {
    "early_help_desk_email": "early-help-desk@example.org",
    "early_years_team_email": "early-years-team@example.org",
}
