"""The eight early help localities and the wards each covers.

The council's 2015 redesign set out eight areas aligned with the Schools Learning Communities,
each with one Strengthening Families Hub; its 2018 report names each locality after its hub.
The 2023 ward boundaries do not follow those areas exactly, so each ward is placed in the
area whose name covers most of it (see the README, "Localities and wards"):

- Ettingshall South & Spring Vale goes to Bilston: its homes sit closer to the Bilston hub
  than to Graiseley, although Spring Vale is named in area 3.
- Ettingshall North (which includes All Saints) goes to Graiseley, as area 3 names All Saints.
- Park and St. Peters (which include Whitmore Reans and Dunstall) go to Whitmore Reans.
- Fallings Park (which includes Scotlands) goes to Low Hill.

The top challenges are those the 2018 report lists for each locality.
"""

LOCALITIES = [
    {
        "number": 1,
        "name": "Eastfield",
        "area_name": "East Park and Bilston North",
        "wards": ["Bilston North", "East Park"],
        "priorities": [
            "Money worries and worklessness, and the strain they put on health",
            "Neglect linked to drug or alcohol use and parents' mental health",
            "Domestic abuse, which is behind half of all requests for help",
        ],
    },
    {
        "number": 2,
        "name": "Bilston",
        "area_name": "Bilston East and Ettingshall",
        "wards": ["Bilston South", "Ettingshall South & Spring Vale"],
        "priorities": [
            "Money worries and worklessness",
            "Home conditions, especially for families with a child under five",
            "Young people's emotional health and wellbeing",
        ],
    },
    {
        "number": 3,
        "name": "Graiseley",
        "area_name": "Blakenhall, Springvale and All Saints",
        "wards": ["Blakenhall", "Graiseley", "Ettingshall North"],
        "priorities": [
            "Domestic abuse",
            "Support for families with no recourse to public funds",
            "Helping children aged 0 to 5 develop well",
        ],
    },
    {
        "number": 4,
        "name": "Bingley",
        "area_name": "Penn, Merry Hill and Pennfields",
        "wards": ["Penn", "Merry Hill"],
        "priorities": [
            "Domestic abuse",
            "Young people, including young parents and youth violence",
            "Parents' mental health",
        ],
    },
    {
        "number": 5,
        "name": "Whitmore Reans",
        "area_name": "Tettenhall, Whitmore Reans and Dunstall",
        "wards": ["Tettenhall Regis", "Tettenhall Wightwick", "Park", "St. Peters"],
        "priorities": [
            "Making sure schools, health and other partners offer early help",
            "Programmes for young people at risk of getting involved in crime",
            "Private rented housing in poor condition",
        ],
    },
    {
        "number": 6,
        "name": "Dove",
        "area_name": "Bushbury, Oxley and Pendeford",
        "wards": ["Oxley", "Bushbury North"],
        "priorities": [
            "Making sure schools, health and other partners offer early help",
            "More families taking up parenting programmes",
            "Emotional health and wellbeing",
        ],
    },
    {
        "number": 7,
        "name": "Low Hill",
        "area_name": "Low Hill and Scotlands",
        "wards": ["Bushbury South & Low Hill", "Fallings Park"],
        "priorities": [
            "Working with young people to prevent youth violence",
            "Every child taking up their free nursery place",
            "Domestic abuse",
        ],
    },
    {
        "number": 8,
        "name": "Children's Village",
        "area_name": "Wednesfield, Heath Town and Ashmore Park",
        "wards": ["Wednesfield North", "Wednesfield South", "Heath Town"],
        "priorities": [
            "Adults' and children's mental health",
            "Families in temporary housing or facing eviction",
            "Domestic abuse, including abuse that goes unreported",
        ],
    },
]

FACILITIES = [
    "Step-free access",
    "Accessible toilet",
    "Baby change",
    "Breastfeeding room",
    "Family room",
    "Play area",
    "Outdoor play space",
    "Hearing loop",
    "Parking",
    "Disabled parking",
    "Buggy park",
    "Kitchen for families",
    "Quiet room",
    "Free wifi",
]
