"""Demo safety answers and signposts, in the site's six languages.

The national helpline numbers are the real, published ones (999 and the Silent Solution, the
National Domestic Abuse Helpline, the Men's Advice Line, the Respect Phone Line, Childline);
the Families Information Service must check them, and the links, before the site goes live.
Translations are for native-speaker review. Search words are each language's own words for
the thing, not translations of the English list. English names inside Urdu and Arabic text sit
between left-to-right isolates (U+2066, U+2069), so their brackets do not flip.
"""

LANGUAGES = ["en", "pa", "pl", "ro", "ur", "ar"]

POLICE = {
    "label": {
        "en": "Police, in an emergency",
        "pa": "ਪੁਲਿਸ, ਐਮਰਜੈਂਸੀ ਵਿੱਚ",
        "pl": "Policja, w nagłym wypadku",
        "ro": "Poliția, în caz de urgență",
        "ur": "پولیس، ہنگامی صورت میں",
        "ar": "الشرطة، في حالات الطوارئ",
    },
    "phone": "999",
}

SAFETY_ANSWERS = [
    {
        "slug": "domestic-abuse",
        "kind": "at-risk",
        "sort_order": 10,
        "needs": ["domestic-abuse"],
        "services": [],
        "title": {
            "en": "If you are not safe at home",
            "pa": "ਜੇ ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੋ",
            "pl": "Jeśli nie czujesz się bezpiecznie w domu",
            "ro": "Dacă nu sunteți în siguranță acasă",
            "ur": "اگر آپ گھر میں محفوظ نہیں ہیں",
            "ar": "إذا كنت لا تشعر بالأمان في البيت",
        },
        "text": {
            "en": "It is not your fault, and you do not have to deal with it alone. These lines are free and "
            "confidential.",
            "pa": "ਇਸ ਵਿੱਚ ਤੁਹਾਡਾ ਕੋਈ ਕਸੂਰ ਨਹੀਂ, ਅਤੇ ਤੁਹਾਨੂੰ ਇਕੱਲਿਆਂ ਇਸ ਦਾ ਸਾਹਮਣਾ ਨਹੀਂ ਕਰਨਾ ਪਵੇਗਾ। ਇਹ ਲਾਈਨਾਂ ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਹਨ।",
            "pl": "To nie twoja wina i nie musisz radzić sobie z tym sam. Te linie są bezpłatne i poufne.",
            "ro": "Nu este vina dumneavoastră și nu trebuie să treceți singur prin asta. Aceste linii sunt gratuite "
            "și confidențiale.",
            "ur": "اس میں آپ کا کوئی قصور نہیں، اور آپ کو اکیلے اس کا سامنا نہیں کرنا۔ یہ لائنیں مفت اور "
            "رازدارانہ ہیں۔",
            "ar": "ليس الذنب ذنبك، ولست وحدك في مواجهة ذلك. هذه الخطوط مجانية وسرية.",
        },
        "lines": [
            {
                **POLICE,
                "note": {
                    "en": "If you cannot speak, stay on the line and press 55 on a mobile when asked.",
                    "pa": "ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ ਲਾਈਨ 'ਤੇ ਰਹੋ ਅਤੇ ਪੁੱਛੇ ਜਾਣ 'ਤੇ ਮੋਬਾਈਲ 'ਤੇ 55 ਦਬਾਓ।",
                    "pl": "Jeśli nie możesz mówić, zostań na linii i gdy usłyszysz prośbę, naciśnij 55 na telefonie "
                    "komórkowym.",
                    "ro": "Dacă nu puteți vorbi, rămâneți pe linie și apăsați 55 pe telefonul mobil când vi se cere.",
                    "ur": "اگر آپ بول نہیں سکتے تو لائن پر رہیں اور پوچھے جانے پر موبائل پر 55 دبائیں۔",
                    "ar": "إذا لم تستطع الكلام، ابقَ على الخط واضغط 55 على الهاتف المحمول عندما يُطلب منك ذلك.",
                },
            },
            {
                "label": {
                    "en": "National Domestic Abuse Helpline",
                    "pa": "ਨੈਸ਼ਨਲ ਡੋਮੈਸਟਿਕ ਐਬਿਊਜ਼ ਹੈਲਪਲਾਈਨ (ਘਰੇਲੂ ਹਿੰਸਾ ਲਈ ਰਾਸ਼ਟਰੀ ਹੈਲਪਲਾਈਨ)",
                    "pl": "Krajowa linia pomocy w sprawie przemocy domowej (National Domestic Abuse Helpline)",
                    "ro": "Linia națională pentru violență domestică (National Domestic Abuse Helpline)",
                    "ur": "گھریلو تشدد کی قومی ہیلپ لائن (\u2066National Domestic Abuse Helpline\u2069)",
                    "ar": "الخط الوطني للمساعدة في حالات العنف الأسري (\u2066National Domestic Abuse Helpline\u2069)",
                },
                "phone": "0808 2000 247",
                "note": {
                    "en": "Free, 24 hours a day, every day. You can ask for an interpreter.",
                    "pa": "ਮੁਫ਼ਤ, 24 ਘੰਟੇ, ਹਰ ਰੋਜ਼। ਤੁਸੀਂ ਦੁਭਾਸ਼ੀਏ ਦੀ ਮੰਗ ਕਰ ਸਕਦੇ ਹੋ।",
                    "pl": "Bezpłatnie, całą dobę, codziennie. Możesz poprosić o tłumacza.",
                    "ro": "Gratuit, 24 de ore din 24, în fiecare zi. Puteți cere un interpret.",
                    "ur": "مفت، دن رات 24 گھنٹے، ہر روز۔ آپ ترجمان مانگ سکتے ہیں۔",
                    "ar": "مجاني، على مدار 24 ساعة، كل يوم. يمكنك طلب مترجم.",
                },
            },
            {
                "label": {
                    "en": "Men's Advice Line",
                    "pa": "ਮੈਨਜ਼ ਐਡਵਾਈਸ ਲਾਈਨ (ਮਰਦਾਂ ਲਈ)",
                    "pl": "Men's Advice Line (dla mężczyzn)",
                    "ro": "Men's Advice Line (pentru bărbați)",
                    "ur": "مینز ایڈوائس لائن (مردوں کے لیے)",
                    "ar": "خط نصائح الرجال (\u2066Men's Advice Line\u2069)",
                },
                "phone": "0808 801 0327",
                "note": {
                    "en": "Free and confidential, for men experiencing domestic abuse.",
                    "pa": "ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ, ਘਰੇਲੂ ਹਿੰਸਾ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਮਰਦਾਂ ਲਈ।",
                    "pl": "Bezpłatnie i poufnie, dla mężczyzn doświadczających przemocy domowej.",
                    "ro": "Gratuit și confidențial, pentru bărbații care trec prin violență domestică.",
                    "ur": "مفت اور رازدارانہ، گھریلو تشدد کا سامنا کرنے والے مردوں کے لیے۔",
                    "ar": "مجاني وسري، للرجال الذين يتعرضون للعنف الأسري.",
                },
            },
        ],
        "search_words": {
            "en": "shouts at me\nshouting at me\nyells at me\nscreams at me\nhits me\nhit me\nhurts me\nhurting me\n"
            "threatens me\nthreatening me\ncontrols me\ncontrolling partner\ncoercive control\nscared of my partner\n"
            "afraid of my partner\nfrightened of my partner\nscared of my husband\nscared of my wife\n"
            "not safe at home\nunsafe at home\nscared to go home\ndomestic abuse\ndomestic violence\n"
            "abusive partner\nabusive relationship\nabused\nabusing me\nviolent partner\ndv",
            "pa": "ਉੱਤੇ ਚੀਕ*\nਤੇ ਚੀਕ*\nਮੈਨੂੰ ਮਾਰਦਾ\nਮੈਨੂੰ ਮਾਰਦੀ\nਮੈਨੂੰ ਕੁੱਟਦਾ\nਮੈਨੂੰ ਧਮਕੀ*\nਘਰੇਲੂ ਹਿੰਸਾ\nਘਰ "
            "ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਨਹੀਂ\n"
            "ਪਤੀ ਤੋਂ ਡਰ*\nਸਾਥੀ ਤੋਂ ਡਰ*",
            "pl": "na mnie krzyczy\nkrzyczy na mnie\nwrzeszczy na mnie\nbije mnie\nuderzył mnie\nuderzyła mnie\n"
            "grozi mi\nkontroluje mnie\nboję się partnera\nboję się męża\nboję się żony\nboję się wrócić do domu\n"
            "nie czuję się bezpiecznie\nprzemoc domow*\nprzemoc w rodzinie\nznęca się",
            "ro": "țipă la mine\nstrigă la mine\nmă lovește\nmă bate\nmă amenință\nmă controlează\nmi-e frică "
            "de partener*\n"
            "mi-e frică de soț*\nnu sunt în siguranță acasă\nviolență domestică\nviolență în familie\nabuz domestic",
            "ur": "مجھ پر چیخ*\nمجھ پر چلا*\nمجھے مارتا\nمجھے مارتی\nمجھے پیٹتا\nمجھے دھمکی*\nگھریلو تشدد\n"
            "گھریلو زیادتی\n"
            "شوہر سے ڈر*\nساتھی سے ڈر*\nگھر میں محفوظ نہیں",
            "ar": "يصرخ علي\nيصرخ في وجهي\nيضربني\nيهددني\nيتحكم بي\nأخاف من زوجي\nخائفة من زوجي\nخائف من زوجتي\n"
            "العنف الأسري\nالعنف المنزلي\nعنف أسري\nالإساءة المنزلية\nلست آمنة في البيت",
        },
    },
    {
        "slug": "respect",
        "kind": "harm",
        "sort_order": 20,
        "needs": [],
        "services": ["changing-behaviour"],
        "title": {
            "en": "Worried about your own behaviour?",
            "pa": "ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਵਿਹਾਰ ਬਾਰੇ ਚਿੰਤਤ ਹੋ?",
            "pl": "Martwisz się swoim zachowaniem?",
            "ro": "Vă îngrijorează propriul comportament?",
            "ur": "کیا آپ اپنے رویے کے بارے میں فکرمند ہیں؟",
            "ar": "هل أنت قلق بشأن سلوكك؟",
        },
        "text": {
            "en": "If you have hurt or frightened a partner or someone in your family, or worry that you might, "
            "you can get confidential help to change.",
            "pa": "ਜੇ ਤੁਸੀਂ ਆਪਣੇ ਸਾਥੀ ਜਾਂ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਜੀਅ ਨੂੰ ਦੁੱਖ ਪਹੁੰਚਾਇਆ ਜਾਂ ਡਰਾਇਆ ਹੈ, ਜਾਂ ਤੁਹਾਨੂੰ ਡਰ "
            "ਹੈ ਕਿ ਤੁਸੀਂ ਅਜਿਹਾ ਕਰ "
            "ਸਕਦੇ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਬਦਲਣ ਲਈ ਗੁਪਤ ਮਦਦ ਲੈ ਸਕਦੇ ਹੋ।",
            "pl": "Jeśli skrzywdziłeś lub przestraszyłeś partnera albo kogoś z rodziny, albo boisz się, że możesz "
            "to zrobić, możesz dostać poufną pomoc, żeby się zmienić.",
            "ro": "Dacă ați rănit sau ați speriat un partener sau pe cineva din familie, sau vă temeți că ați putea "
            "face asta, puteți primi ajutor confidențial ca să vă schimbați.",
            "ur": "اگر آپ نے اپنے ساتھی یا گھر کے کسی فرد کو تکلیف پہنچائی ہے یا ڈرایا ہے، یا آپ کو ڈر ہے کہ "
            "آپ ایسا کر "
            "سکتے ہیں، تو آپ بدلنے کے لیے رازدارانہ مدد لے سکتے ہیں۔",
            "ar": "إذا كنت قد آذيت شريكك أو أحد أفراد أسرتك أو أخفته، أو تخشى أن تفعل ذلك، يمكنك الحصول على مساعدة "
            "سرية لتتغير.",
        },
        "lines": [
            {
                "label": {
                    "en": "Respect Phone Line",
                    "pa": "ਰਿਸਪੈਕਟ ਫ਼ੋਨ ਲਾਈਨ (Respect Phone Line)",
                    "pl": "Respect Phone Line (linia dla osób stosujących przemoc)",
                    "ro": "Respect Phone Line (linie pentru cei care fac rău)",
                    "ur": "ریسپیکٹ فون لائن (\u2066Respect Phone Line\u2069)",
                    "ar": "خط \u2066Respect\u2069 الهاتفي",
                },
                "phone": "0808 802 4040",
                "note": {
                    "en": "Free and confidential, for people who are abusive or worried that they might be.",
                    "pa": "ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ, ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜੋ ਦੁਰਵਿਹਾਰ ਕਰਦੇ ਹਨ ਜਾਂ ਡਰਦੇ ਹਨ ਕਿ ਕਰ ਸਕਦੇ ਹਨ।",
                    "pl": "Bezpłatnie i poufnie, dla osób, które stosują przemoc lub boją się, że mogą ją stosować.",
                    "ro": "Gratuit și confidențial, pentru persoanele care sunt abuzive sau se tem că ar putea fi.",
                    "ur": "مفت اور رازدارانہ، ان لوگوں کے لیے جو گھر میں تشدد یا بدسلوکی کرتے ہیں"
                    " یا ڈرتے ہیں کہ کر سکتے ہیں۔",
                    "ar": "مجاني وسري، لمن يمارسون الإساءة أو يخشون أن يمارسوها.",
                },
            },
            {
                **POLICE,
                "note": {
                    "en": "If someone is in danger now.",
                    "pa": "ਜੇ ਕਿਸੇ ਨੂੰ ਹੁਣੇ ਖ਼ਤਰਾ ਹੈ।",
                    "pl": "Jeśli komuś grozi teraz niebezpieczeństwo.",
                    "ro": "Dacă cineva este în pericol acum.",
                    "ur": "اگر کسی کو ابھی خطرہ ہے۔",
                    "ar": "إذا كان أحد في خطر الآن.",
                },
            },
        ],
        "search_words": {
            "en": "my own behaviour\nmy behaviour\nmy anger\nmy own anger\nmy temper\nanger management\n"
            "control my anger\ncontrol my temper\nperpetrator\nperpetrators\ni hurt my partner\ni hit my partner\n"
            "i hurt my wife\ni hit my wife\ni hurt my husband\ni hit my husband\ni shout at my partner\ni am "
            "abusive\n"
            "i'm abusive\nabusive to my partner\nchanging abusive behaviour\nstop being abusive\nstop being violent",
            "pa": "ਮੇਰਾ ਗੁੱਸਾ\nਆਪਣਾ ਗੁੱਸਾ\nਗੁੱਸੇ ਤੇ ਕਾਬੂ\nਮੇਰਾ ਵਿਹਾਰ\nਆਪਣਾ ਵਿਹਾਰ\nਮੈਂ ਆਪਣੀ ਪਤਨੀ ਨੂੰ ਮਾਰ*",
            "pl": "moje zachowanie\nmój gniew\nmoja złość\nmoją złością\nze złością\nkontrolować złość\n"
            "sprawca przemocy\n"
            "sprawcy przemocy\nuderzyłem partnerkę\nuderzyłem żonę\nkrzyczę na partnerkę\nkrzyczę na żonę\n"
            "stosuję przemoc\njestem agresywny",
            "ro": "comportamentul meu\nfuria mea\nnervii mei\nsă-mi controlez furia\ncontrolul furiei\nagresor\n"
            "am lovit-o pe soția mea\nîmi lovesc partenera\nsunt violent",
            "ur": "میرا غصہ\nاپنا غصہ\nغصے پر قابو\nمیرا رویہ\nاپنا رویہ\nمیں نے اپنی بیوی کو مارا\nمیں اپنی "
            "بیوی کو مارتا",
            "ar": "غضبي\nسلوكي\nالتحكم في غضبي\nالسيطرة على غضبي\nضربت زوجتي\nأؤذي زوجتي\nأنا عنيف",
        },
    },
    {
        "slug": "food",
        "kind": "signpost",
        "sort_order": 50,
        "needs": [],
        "services": ["money-advice", "holiday-activities", "money-and-work-cafe"],
        "title": {
            "en": "Help with food",
            "pa": "ਭੋਜਨ ਲਈ ਮਦਦ",
            "pl": "Pomoc z jedzeniem",
            "ro": "Ajutor cu mâncarea",
            "ur": "کھانے کے لیے مدد",
            "ar": "المساعدة في الحصول على الطعام",
        },
        "text": {
            "en": "Food banks are run by local charities, and many ask for a referral. The money advice services "
            "below can refer you and help with what is behind it.",
            "pa": "ਫੂਡ ਬੈਂਕ ਸਥਾਨਕ ਚੈਰਿਟੀਆਂ ਚਲਾਉਂਦੀਆਂ ਹਨ, ਅਤੇ ਕਈ ਰੈਫ਼ਰਲ ਮੰਗਦੀਆਂ ਹਨ। ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਪੈਸੇ ਦੀ ਸਲਾਹ "
            "ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ "
            "ਤੁਹਾਨੂੰ ਰੈਫ਼ਰ ਕਰ ਸਕਦੀਆਂ ਹਨ।",
            "pl": "Banki żywności prowadzą lokalne organizacje charytatywne i wiele z nich wymaga skierowania. "
            "Poniższe poradnie finansowe mogą cię skierować i pomóc w tym, co za tym stoi.",
            "ro": "Băncile de alimente sunt conduse de organizații caritabile locale, iar multe cer o trimitere. "
            "Serviciile de consiliere financiară de mai jos vă pot trimite și vă pot ajuta.",
            "ur": "فوڈ بینک مقامی فلاحی ادارے چلاتے ہیں، اور کئی ریفرل مانگتے ہیں۔ نیچے دی گئی مالی مشورے کی "
            "سروسز آپ کو "
            "ریفر کر سکتی ہیں۔",
            "ar": "تدير بنوك الطعام جمعيات خيرية محلية، وكثير منها يطلب إحالة. يمكن لخدمات المشورة المالية أدناه "
            "أن تحيلك وتساعدك.",
        },
        "lines": [
            {
                "label": {
                    "en": "Citizens Advice: help with money and food banks",
                    "pa": "ਸਿਟੀਜ਼ਨਜ਼ ਐਡਵਾਈਸ: ਪੈਸੇ ਅਤੇ ਫੂਡ ਬੈਂਕਾਂ ਬਾਰੇ ਮਦਦ",
                    "pl": "Citizens Advice: pomoc w sprawach pieniędzy i banków żywności",
                    "ro": "Citizens Advice: ajutor cu banii și băncile de alimente",
                    "ur": "سٹیزنز ایڈوائس: پیسوں اور فوڈ بینکوں کے بارے میں مدد",
                    "ar": "\u2066Citizens Advice\u2069: مساعدة بشأن المال وبنوك الطعام",
                },
                "url": "https://www.citizensadvice.org.uk/",
            },
            {
                "label": {
                    "en": "City of Wolverhampton Council: household support with food and bills",
                    "pa": "ਸਿਟੀ ਆਫ਼ ਵੁਲਵਰਹੈਂਪਟਨ ਕੌਂਸਲ: ਭੋਜਨ ਅਤੇ ਬਿੱਲਾਂ ਲਈ ਘਰੇਲੂ ਮਦਦ",
                    "pl": "Rada miasta Wolverhampton: pomoc dla gospodarstw domowych z jedzeniem i rachunkami",
                    "ro": "Consiliul orașului Wolverhampton: sprijin pentru gospodării cu mâncare și facturi",
                    "ur": "سٹی آف وولورہیمپٹن کونسل: کھانے اور بلوں کے لیے گھریلو مدد",
                    "ar": "مجلس مدينة وولفرهامبتون: دعم الأسر بالطعام والفواتير",
                },
                "url": "https://www.wolverhampton.gov.uk/",
            },
        ],
        "search_words": {
            "en": "food bank\nfoodbank\nfood banks\nfoodbanks\nfood parcel\nfood voucher\nfree food\nno food\n"
            "hungry\nfood",
            "pa": "ਫੂਡ ਬੈਂਕ\nਰਾਸ਼ਨ\nਭੋਜਨ",
            "pl": "bank żywności\nbanku żywności\nbanki żywności\npaczka żywnościowa\nnie mam jedzenia\n"
            "jedzenie\nżywność",
            "ro": "bancă de alimente\nbanca de alimente\nbănci de alimente\nmâncare\nalimente",
            "ur": "فوڈ بینک\nراشن\nکھانے کا بینک",
            "ar": "بنك الطعام\nبنك طعام\nبنوك الطعام\nطرود غذائية\nطعام",
        },
    },
    {
        "slug": "bullying",
        "kind": "signpost",
        "sort_order": 60,
        "needs": [],
        "services": ["young-people-wellbeing", "school-attendance", "family-support"],
        "title": {
            "en": "If your child is being bullied",
            "pa": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਤੰਗ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ",
            "pl": "Jeśli twoje dziecko jest nękane",
            "ro": "Dacă copilul dumneavoastră este agresat",
            "ur": "اگر آپ کے بچے کو تنگ کیا جا رہا ہے",
            "ar": "إذا كان طفلك يتعرض للتنمر",
        },
        "text": {
            "en": "Talk to your child's school first: every school must have a plan to stop bullying. Children "
            "and young people can talk to Childline, free, at any time.",
            "pa": "ਪਹਿਲਾਂ ਆਪਣੇ ਬੱਚੇ ਦੇ ਸਕੂਲ ਨਾਲ ਗੱਲ ਕਰੋ: ਹਰ ਸਕੂਲ ਕੋਲ ਧੱਕੇਸ਼ਾਹੀ ਰੋਕਣ ਦੀ ਯੋਜਨਾ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ। "
            "ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ "
            "ਕਿਸੇ ਵੀ ਸਮੇਂ ਮੁਫ਼ਤ ਚਾਈਲਡਲਾਈਨ ਨਾਲ ਗੱਲ ਕਰ ਸਕਦੇ ਹਨ।",
            "pl": "Najpierw porozmawiaj ze szkołą dziecka: każda szkoła musi mieć plan przeciwdziałania nękaniu. "
            "Dzieci i młodzież mogą bezpłatnie i o każdej porze porozmawiać z Childline.",
            "ro": "Vorbiți mai întâi cu școala copilului: fiecare școală trebuie să aibă un plan împotriva "
            "bullyingului. Copiii și tinerii pot vorbi gratuit cu Childline, oricând.",
            "ur": "پہلے اپنے بچے کے اسکول سے بات کریں: ہر اسکول کے پاس تنگ کرنے کو روکنے کا منصوبہ ہونا ضروری "
            "ہے۔ بچے اور "
            "نوجوان کسی بھی وقت مفت چائلڈ لائن سے بات کر سکتے ہیں۔",
            "ar": "تحدث أولًا إلى مدرسة طفلك: يجب أن تكون لدى كل مدرسة خطة لوقف التنمر. يمكن للأطفال والشباب التحدث "
            "إلى Childline مجانًا في أي وقت.",
        },
        "lines": [
            {
                "label": {
                    "en": "Your child's school",
                    "pa": "ਤੁਹਾਡੇ ਬੱਚੇ ਦਾ ਸਕੂਲ",
                    "pl": "Szkoła twojego dziecka",
                    "ro": "Școala copilului dumneavoastră",
                    "ur": "آپ کے بچے کا اسکول",
                    "ar": "مدرسة طفلك",
                },
                "note": {
                    "en": "Ask for the class teacher, head of year or the safeguarding lead.",
                    "pa": "ਕਲਾਸ ਟੀਚਰ, ਹੈੱਡ ਆਫ਼ ਯੀਅਰ ਜਾਂ ਸੇਫ਼ਗਾਰਡਿੰਗ ਲੀਡ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ ਕਹੋ।",
                    "pl": "Poproś o rozmowę z wychowawcą, kierownikiem rocznika lub osobą odpowiedzialną za "
                    "ochronę dzieci.",
                    "ro": "Cereți să vorbiți cu dirigintele, coordonatorul de an sau responsabilul cu "
                    "protecția copilului.",
                    "ur": "کلاس ٹیچر، ہیڈ آف ایئر یا سیف گارڈنگ لیڈ سے بات کرنے کو کہیں۔",
                    "ar": "اطلب التحدث إلى معلم الصف أو رئيس المرحلة أو المسؤول عن حماية الطفل.",
                },
            },
            {
                "label": {
                    "en": "Childline",
                    "pa": "ਚਾਈਲਡਲਾਈਨ (Childline)",
                    "pl": "Childline",
                    "ro": "Childline",
                    "ur": "چائلڈ لائن (\u2066Childline\u2069)",
                    "ar": "Childline",
                },
                "phone": "0800 1111",
                "url": "https://www.childline.org.uk/",
                "note": {
                    "en": "Free, any time, for children and young people. The call does not show on the phone bill.",
                    "pa": "ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਮੁਫ਼ਤ, ਕਿਸੇ ਵੀ ਸਮੇਂ। ਕਾਲ ਫ਼ੋਨ ਦੇ ਬਿੱਲ 'ਤੇ ਨਹੀਂ ਦਿਸਦੀ।",
                    "pl": "Bezpłatnie, o każdej porze, dla dzieci i młodzieży. Połączenie nie pojawia się na rachunku.",
                    "ro": "Gratuit, oricând, pentru copii și tineri. Apelul nu apare pe factura telefonului.",
                    "ur": "بچوں اور نوجوانوں کے لیے مفت، کسی بھی وقت۔ کال فون کے بل پر نظر نہیں آتی۔",
                    "ar": "مجاني، في أي وقت، للأطفال والشباب. لا تظهر المكالمة في فاتورة الهاتف.",
                },
            },
        ],
        "search_words": {
            "en": "bullying\nbullied\nbully\nbullies\ncyberbullying\npicked on",
            "pa": "ਧੱਕੇਸ਼ਾਹੀ\nਬੁਲਿੰਗ\nਤੰਗ ਕਰ*",
            "pl": "nękanie\nnękan*\ndręczenie\ndręcz*\nprześladowanie w szkole\nprzemoc rówieśnicza\ncyberprzemoc",
            "ro": "bullying\nhărțuire\nhărțuit*\nagresat la școală\nintimidare",
            "ur": "بدمعاشی\nدھونس\nتنگ کر*\nبلینگ",
            "ar": "تنمر\nالتنمر\nيتنمر*\nللتنمر",
        },
    },
]


def load_safety_answers():
    """Add the demo answers that are missing; an answer an editor has changed is left alone.
    Returns how many were added."""
    from directory.models import Need, SafetyAnswer, SafetyAnswerLine, ServicePage

    added = 0
    for spec in SAFETY_ANSWERS:
        if SafetyAnswer.objects.filter(slug=spec["slug"]).exists():
            continue
        answer = SafetyAnswer(slug=spec["slug"], kind=spec["kind"], sort_order=spec["sort_order"])
        for name in ("title", "text", "search_words"):
            _set_translations(answer, name, spec[name])
        for order, line_spec in enumerate(spec["lines"]):
            line = SafetyAnswerLine(phone=line_spec.get("phone", ""), url=line_spec.get("url", ""), sort_order=order)
            _set_translations(line, "label", line_spec["label"])
            _set_translations(line, "note", line_spec.get("note", {}))
            answer.lines.add(line)
        answer.needs.set(Need.objects.filter(slug__in=spec["needs"]))
        answer.services.set(ServicePage.objects.filter(slug__in=spec["services"]))
        answer.save()
        added += 1
    return added


def _set_translations(obj, name, texts):
    setattr(obj, name, texts.get("en", ""))
    for code in LANGUAGES:
        setattr(obj, f"{name}_{code}", texts.get(code, ""))
