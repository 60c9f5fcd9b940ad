"""The site-wide demo pages, true to the council's early help documents (see the README).

Each page is plain data: a slug, a title and StreamField blocks in Wagtail's raw form, so
the demo is rebuilt from code and never goes stale against the models.
"""

from .contacts import EMERGENCY_CONTACTS


def text(html):
    return {"type": "text", "value": html}


def heading(words):
    return {"type": "heading", "value": words}


def callout(style, html, title=""):
    return {"type": "callout", "value": {"style": style, "heading": title, "text": html}}


def steps(*items):
    return {"type": "step_by_step", "value": {"steps": [{"heading": h, "content": c} for h, c in items]}}


def accordion(*sections):
    return {
        "type": "accordion",
        "value": {"sections": [{"heading": h, "summary": "", "content": c} for h, c in sections]},
    }


def contact_card(name, description="", phone="", email="", website="", opening_times=""):
    return {
        "type": "contact_card",
        "value": {
            "name": name,
            "description": description,
            "phone": phone,
            "email": email,
            "website": website,
            "opening_times": opening_times,
        },
    }


HOME = {
    "title": "Home",
    "hero_heading": "Help for your family, before things get harder",
    "hero_lead": (
        "Free support for families in Wolverhampton with children and young people aged 0 to 18, "
        "or up to 25 with special educational needs or a disability."
    ),
    "early_help_summary": (
        "<p>Early help means getting the right support as soon as a problem starts, at any age: "
        "a baby who will not settle, a toddler's behaviour, money or housing worries, arguments at home, "
        "or a teenager you are worried about.</p>"
        "<p>It is for the whole family. You choose to take part, and you stay in control. "
        "Most help is from your local <strong>Strengthening Families Hub</strong>, one in each of the "
        "city's eight areas, or from a community venue near you.</p>"
    ),
    "needs_heading": "Find help with",
    # (label, hint, need slug): each opens the service listing filtered to that need; or (label,
    # hint, None, page slug): a page made after the home page, linked once it exists (load_demo).
    "common_needs": [
        ("Your child's behaviour", "Tantrums, sleep, routines and boundaries", "behaviour"),
        ("Parenting", "Courses and groups for mums, dads and carers", "parenting"),
        ("Free childcare for 2 year olds", "Check if you can get 15 hours a week", None, "two-year-old-offer"),
        ("Money worries", "Benefits, debts, food and bills", "money"),
        ("Arguments and relationships", "Family mediation and relationship support", "family-relationships"),
        ("Domestic abuse", "Safe, confidential help for you and your children", "domestic-abuse"),
        ("Feeding and your baby's health", "Health visitors and infant feeding support", "infant-feeding"),
        ("Getting ready for school", "Talking, play and starting school", "school-readiness"),
        ("Worried about a teenager", "Going missing, exploitation, exclusion", "young-people-at-risk"),
    ],
    "referral_heading": "Ask for help",
    "referral_text": (
        "You can ask for help for your family yourself. You do not need a professional to refer you. "
        "Tell us what is happening and the early help desk will contact you, in your language if you prefer."
    ),
}

# Slug, title, introduction and body of each site-wide page, in menu order.
CONTENT_PAGES = [
    {
        "slug": "what-is-early-help",
        "title": "What is early help",
        "intro": "Support for families as soon as a problem starts, so it does not grow into a crisis.",
        "in_header": True,
        "body": [
            text(
                "<p>Every family needs a bit of help sometimes. Early help is support from the council and "
                "its partners that starts as soon as a problem appears, at any point in a child's life, "
                "from before birth to 18 (or 25 for young people with special educational needs or a "
                "disability).</p>"
            ),
            heading("Who it is for"),
            text(
                "<p>Any family living in Wolverhampton who would like support. You might be:</p>"
                "<ul><li>expecting a baby or caring for a new baby</li>"
                "<li>finding your child's behaviour hard to manage</li>"
                "<li>worried about money, housing or work</li>"
                "<li>arguing a lot at home, or living with domestic abuse</li>"
                "<li>worried about your own or your child's mental health</li>"
                "<li>worried about a teenager who is going missing, being excluded or being exploited</li></ul>"
            ),
            heading("How it works"),
            text(
                "<p>We work with the whole family, not just one child. We listen to what you think would help, "
                "build on what is already going well, and agree a plan with you. Taking part is your choice.</p>"
                "<p>Support is delivered from eight Strengthening Families Hubs, one in each area of the city, "
                "and from community venues near you, such as community centres, nurseries and schools.</p>"
            ),
            callout(
                "important",
                "<p>Early help is not social care. Most families who get early help never need a social "
                "worker. If things become more serious, we will talk to you about what happens next.</p>",
                "Good to know",
            ),
            heading("What early help can include"),
            text(
                "<ul><li>parenting courses and groups</li><li>family mediation</li>"
                "<li>child development and play sessions</li><li>help with children's behaviour</li>"
                "<li>support with family relationships</li>"
                "<li>practical help with money, housing and getting back to work</li>"
                "<li>health visiting, breastfeeding and infant feeding support</li>"
                "<li>help getting ready for school</li></ul>"
            ),
            callout("warning", "<p>If a child is in immediate danger, call 999.</p>"),
        ],
    },
    {
        "slug": "how-early-help-works",
        "title": "How early help works",
        "intro": "Support comes at four levels, so every family gets the right help at the right time.",
        "in_footer": True,
        "body": [
            text(
                "<p>Families move between levels as their needs change. You will not be passed from service "
                "to service: one worker stays with you and brings in the other help you need.</p>"
            ),
            heading("1. Universal services: for every family"),
            text(
                "<p>Open to all families with no referral: stay and play sessions, health visitors, "
                "breastfeeding and infant feeding support, school readiness, childcare advice including "
                "free early education for 2, 3 and 4 year olds, and help into work and adult learning. "
                "Many are run by the Early Years team at the hubs and outreach bases.</p>"
            ),
            heading("2. Strengthening families: a little extra support"),
            text(
                "<p>For families with some additional needs who want support so that problems do not get "
                "bigger. A Strengthening Families Worker at your local hub can offer parenting support, "
                "family mediation, help with behaviour and routines, and practical support.</p>"
            ),
            heading("3. Targeted support: help with more complex problems"),
            text(
                "<p>When several things are going wrong at once, a Strengthening Families Worker becomes your "
                "lead worker. They get to know your family, agree a plan with you, and bring in other help "
                "such as health, school, mental health, drug and alcohol or domestic abuse services.</p>"
            ),
            heading("4. Specialist intensive support: when things are at crisis point"),
            text(
                "<p>A citywide team for families under the most pressure, including evenings and weekends. "
                "It offers intensive family support, crisis support out of hours, family group conferencing, "
                "therapeutic work, respite, domestic abuse programmes, and work with young people at risk of "
                "exploitation, going missing or being excluded from school.</p>"
            ),
            heading("How families get support"),
            steps(
                (
                    "Ask for help or be referred",
                    "<p>You can contact the early help desk yourself, drop in to a hub, or ask a professional "
                    "such as a health visitor, teacher or GP to refer you.</p>",
                ),
                (
                    "Talk it through",
                    "<p>The early help desk looks at what you have told us and decides with you which help "
                    "fits best. This may be a group near you, or a worker from your local hub.</p>",
                ),
                (
                    "Agree a plan",
                    "<p>If you have a worker, they meet you, usually at home or at the hub, and agree a plan "
                    "with your family that says who will do what.</p>",
                ),
                (
                    "Review and move on",
                    "<p>You review the plan together. When things are better, support ends, and you can "
                    "always come back.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "about-parent-champions",
        "title": "About parent champions",
        "intro": "Local parents who have used family services and help other parents find the support they need.",
        "in_footer": True,
        "body": [
            text(
                "<p>Parent champions are volunteer mums, dads and carers. They have used services for families "
                "themselves, and now help other parents in their community find out what is available, from "
                "free childcare for 2 year olds to groups and courses near them.</p>"
            ),
            heading("What a parent champion can do for you"),
            text(
                "<ul><li>tell you what is on near you and help you choose</li>"
                "<li>go with you to a group or hub for the first time</li>"
                "<li>explain how to apply for free early education and childcare</li>"
                "<li>speak up for parents, so services hear what families need</li></ul>"
                "<p>They are not professionals and they do not replace your health visitor or worker. "
                "Anything you tell them is kept private unless someone is at risk of harm.</p>"
            ),
            heading("Becoming a parent champion"),
            text(
                "<p>Parent champions are supported by the Early Years team. Every new champion has induction "
                "training, run with Wolverhampton Adult Education Service. Many champions say the role "
                "gave them confidence, and some have gone on to paid work.</p>"
            ),
            accordion(
                (
                    "How much time does it take?",
                    "<p>As much or as little as suits you. Some champions help at one group a month, others "
                    "more often.</p>",
                ),
                (
                    "Do I need any qualifications?",
                    "<p>No. You need to be a parent or carer in Wolverhampton who has used services for "
                    "families and wants to help others do the same.</p>",
                ),
                (
                    "Will it cost me anything?",
                    "<p>No. Training is free and agreed travel costs are paid.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "contact",
        "title": "Contact the early help desk",
        "intro": "How to ask for help for your family, and who to call in an emergency.",
        "in_header": True,
        "in_footer": True,
        "body": [
            callout(
                "warning",
                "<p>If a child is in immediate danger, call 999. If you are worried a child is being harmed, "
                "call the early help desk straight away, or the emergency duty team out of hours.</p>",
            ),
            text(
                "<p>The early help desk is part of the city's Multi-Agency Safeguarding Hub (MASH). It looks at "
                "every request for early help, from families and from professionals, and makes sure each "
                "family is offered the right support.</p>"
            ),
            contact_card(
                "Early help desk",
                "For families asking for support, and professionals referring a family.",
                phone=EMERGENCY_CONTACTS["desk_phone"],
                opening_times=EMERGENCY_CONTACTS["desk_hours"],
            ),
            contact_card(
                "Emergency duty team",
                "Urgent worries about a child's safety in the evening, at weekends and on bank holidays.",
                phone=EMERGENCY_CONTACTS["out_of_hours_phone"],
                opening_times="Evenings, weekends and bank holidays",
            ),
            heading("What happens when you get in touch"),
            steps(
                ("Tell us what is happening", "<p>Call us. We will ask about your family and what help you want.</p>"),
                (
                    "We decide with you",
                    "<p>We will talk about the options with you and pass your details, with your agreement, "
                    "to the hub or service that can help.</p>",
                ),
                (
                    "Someone contacts you",
                    "<p>A worker or service contacts you, in the way you told us is safe for you.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": "How accessible this website is, and how to tell us about a problem.",
        "in_footer": True,
        "body": [
            text(
                "<p>This website is run by the City of Wolverhampton Council's Early Help service. We want as many "
                "people as possible to be able to use it. You should be able to:</p>"
                "<ul><li>change colours, contrast levels and fonts using your browser or device settings</li>"
                "<li>zoom in up to 400% without the text spilling off the screen</li>"
                "<li>use the whole site with only a keyboard or speech recognition software</li>"
                "<li>use the site with a screen reader</li>"
                "<li>read the site in English, Punjabi, Polish, Romanian, Urdu or Arabic</li>"
                "<li>use the site without JavaScript, and on a small phone screen</li></ul>"
            ),
            heading("How accessible this website is"),
            text(
                "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. "
                "Every page is checked with automated tools and by hand when it changes. Some content is "
                "translated by people after the English version is published; until then it is shown in "
                "English with a note in your language.</p>"
            ),
            heading("Reporting problems"),
            text(
                "<p>If you find a problem, or need information in a different format such as large print, "
                "audio or British Sign Language, contact the early help desk. We will reply within 5 "
                "working days.</p>"
                "<p>If you are not happy with our reply, contact the Equality Advisory and Support Service "
                "(EASS).</p>"
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy and cookies",
        "intro": "What this website stores about you, and why.",
        "in_footer": True,
        "body": [
            text(
                "<p>You can use this website without giving us any personal information. "
                "We do not use analytics, advertising or tracking cookies, and the website loads nothing "
                "from other companies' servers unless you ask it to, for example by opening a map.</p>"
            ),
            heading("Cookies"),
            text(
                "<p>We only set cookies the website needs to work:</p>"
                "<ul><li><strong>familyinfo_language</strong>: remembers the language you chose, for a year</li>"
                "<li><strong>csrftoken</strong> and <strong>sessionid</strong>: keep forms you fill in safe "
                "and remember your answers while you fill them in</li></ul>"
            ),
            heading("Using this site safely"),
            text(
                "<p>If you are worried someone may check what you look at online, use the "
                "<strong>Exit this page</strong> button at the top of every page. It takes you to another "
                "website straight away. You can also press the Shift key three times.</p>"
                "<p>Your browser keeps a history of the pages you visit. To hide this, use a private or "
                "incognito window, or delete your history afterwards.</p>"
            ),
        ],
    },
]
