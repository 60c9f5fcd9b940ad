"""The words of the demo's two childcare pages, in English (the demo's translations add the rest).

The offer follows the national rules for England (the free places for 2 year olds, and the
working parents' entitlement applied for through Childcare Choices); how to apply follows the
council's early help documents: families apply online or with help at any Strengthening
Families Hub in their own language (translated materials raised take-up), and the Families
Information Service answers questions. No income figure is written here: the checker reads the
limits in force from the offer's rules, which editors keep. The Families Information Service's
number is the demo's (directory/demo_contacts.py), in Ofcom's range for drama.
"""

FAMILIES_INFORMATION_SERVICE_PHONE = "01632 960 300"

OFFER_PAGE = {
    "slug": "two-year-old-offer",
    "title": "Free childcare for 2 year olds",
    "intro": (
        "Many 2 year olds in Wolverhampton can have 15 hours a week of free childcare and early education. "
        "Check if your family can get it, then apply online or with help at any family hub, in your language."
    ),
    "body": (
        "<p>A free place helps your child play, learn, make friends and get ready for school. It can be at a "
        "nursery, pre-school, school nursery or childminder registered with Ofsted that offers funded places "
        "for 2 year olds.</p>"
        "<h3>What you get</h3>"
        "<ul><li>15 hours a week for 38 weeks of the year, in term time</li>"
        "<li>or the same hours spread over more weeks with fewer hours a week (a 'stretched' place), "
        "if your provider offers it</li></ul>"
        "<p>The hours are free. A provider may offer extras such as meals, nappies or trips at a cost, but "
        "must not make paying for them a condition of your free hours.</p>"
        "<h3>Who can get it</h3>"
        "<p>Your 2 year old can get a free place if you live in England and you get one of these:</p>"
        "<ul><li>Universal Credit, if your household's take-home pay from work is under the limit</li>"
        "<li>Income Support, income-based Jobseeker's Allowance or income-related Employment and Support "
        "Allowance</li>"
        "<li>the guarantee part of Pension Credit</li>"
        "<li>support from the Home Office while you are seeking asylum</li></ul>"
        "<p>Some families with no recourse to public funds can get it too, if their income and savings are "
        "under the limits.</p>"
        "<p>Whatever your income, your child can get a free place if they:</p>"
        "<ul><li>are looked after by a council</li>"
        "<li>left care through adoption, a special guardianship order or a child arrangements order</li>"
        "<li>have an education, health and care (EHC) plan</li>"
        "<li>get Disability Living Allowance</li></ul>"
        "<p>If you are working, your child may get free hours through the working parents' entitlement "
        "instead. Checking takes a few minutes and covers both.</p>"
        "<h3>When your child can start</h3>"
        "<p>From the start of the term after their 2nd birthday:</p>"
        "<ul><li>born 1 January to 31 March: from April</li>"
        "<li>born 1 April to 31 August: from September</li>"
        "<li>born 1 September to 31 December: from January</li></ul>"
        "<p>Once your child has a free place, they keep it until they can get the free hours for 3 year "
        "olds, even if your family's situation changes.</p>"
    ),
    "apply_text": (
        "<p>Apply to the City of Wolverhampton Council. It is free.</p>"
        "<ol><li>Fill in the council's online form. You will need your name, address and date of birth, "
        "your National Insurance number or your asylum support reference number, and your child's name "
        "and date of birth. If you have a partner, you will need their details too.</li>"
        "<li>The council checks your details and tells you if your child can have a free place.</li>"
        "<li>Choose a provider with funded places for 2 year olds, ask them for a place and show them "
        "the council's answer.</li></ol>"
        "<p><strong>Help to apply, in your language.</strong> Staff at any Strengthening Families Hub will "
        "fill in the form with you, and leaflets about the offer are there in several languages. If you "
        "prefer to talk in your own language, tell the hub and they will arrange an interpreter.</p>"
        "<p>Apply before the term your child can start, so a provider can keep a place for them.</p>"
    ),
    "apply_url": "https://www.wolverhampton.gov.uk/",
    "working_parents_text": (
        "<p>Working families apply to the government, not the council, for a code. With it, your 2 year old "
        "can have up to 30 hours a week of free childcare, 38 weeks a year.</p>"
        "<ol><li>Apply for a code on Childcare Choices. You can usually get one if you, and your partner if "
        "you have one, each expect to earn at least what 16 hours a week at the National Minimum Wage or "
        "National Living Wage pays, and less than £100,000 a year.</li>"
        "<li>Apply before the term you want the hours to start: by 31 March for April, by 31 August for "
        "September, or by 31 December for January.</li>"
        "<li>Give your code, your National Insurance number and your child's date of birth to your "
        "provider.</li>"
        "<li>Reconfirm your details in your childcare account every 3 months, or your code stops working. "
        "You will get a reminder.</li></ol>"
        "<p>If you get Universal Credit and earn only a little, check the free place for families who get "
        "support as well: you may be able to get it instead.</p>"
    ),
    "working_parents_url": "https://www.childcarechoices.gov.uk/",
    "not_eligible_text": (
        "<p>From your answers, your 2 year old cannot get a free place now. There is other help with the "
        "cost of childcare:</p>"
        "<ul><li><strong>Free hours from age 3.</strong> Every 3 and 4 year old in England can have 15 hours "
        "a week free, 38 weeks a year, from the term after their 3rd birthday, whatever your income.</li>"
        "<li><strong>Tax-Free Childcare.</strong> If you work, the government adds £2 for every £8 you pay "
        "into an online account for your childcare, up to £2,000 a year for each child (£4,000 for a "
        "disabled child).</li>"
        "<li><strong>Universal Credit.</strong> If you work and get Universal Credit, you can get back up "
        "to 85% of what you pay for childcare.</li>"
        "<li><strong>Care to Learn.</strong> If you are under 20 and at school, college or on a training "
        "course, it can pay for your childcare while you learn.</li></ul>"
        "<p>Childcare Choices explains each of these and how to apply. If your situation changes, for "
        "example you start getting a benefit or your child gets an EHC plan, check again.</p>"
    ),
    "not_sure_text": (
        "<p>Your answers leave it open, so talk to someone who can go through it with you, in your "
        "language:</p>"
        "<ul><li>call the Families Information Service on "
        f"{FAMILIES_INFORMATION_SERVICE_PHONE}, Monday to Friday, 9am to 5pm</li>"
        "<li>ask at any Strengthening Families Hub</li>"
        "<li>talk to a parent champion: parents who have been through it and can help you apply</li></ul>"
        "<p>You can also apply anyway. The council checks your details and tells you if your child can "
        "have a free place.</p>"
    ),
}

# `{offer}` becomes a link to the offer's page, in whichever language the page is read.
FINDER_PAGE = {
    "slug": "childcare",
    "title": "Find childcare",
    "intro": (
        "Childminders, nurseries, pre-schools and school nurseries in Wolverhampton. Enter your postcode to "
        "see the nearest first, and which have free places for 2, 3 and 4 year olds."
    ),
    "body": (
        "<h3>Free hours</h3>"
        "<p>Every 3 and 4 year old can have 15 hours a week free, and working families can get more. Many 2 "
        "year olds can have 15 hours a week free too: {offer}. Only providers that show funded places can "
        "offer the free hours.</p>"
        "<h3>Choosing a provider</h3>"
        "<ul><li>Visit more than one, with your child if you can, and ask how they would settle them in.</li>"
        "<li>Ask about their day, meals, outdoor play, and how they tell you how your child is getting on.</li>"
        "<li>If your child has special educational needs or a disability, ask how they support children "
        "like yours.</li></ul>"
        "<h3>Ofsted reports</h3>"
        "<p>Every provider here is registered with Ofsted, which inspects them and publishes a report. Each "
        "provider's page shows their latest result and links to the full report. A new provider may not "
        "have been inspected yet.</p>"
        "<h3>Vacancies change quickly</h3>"
        "<p>Providers tell us when they have places free, and each vacancy shows when it was last "
        "confirmed. Places fill up, so ring the provider before you visit.</p>"
        "<p>For help finding childcare, call the Families Information Service on "
        f"{FAMILIES_INFORMATION_SERVICE_PHONE}, Monday to Friday, 9am to 5pm.</p>"
    ),
}
