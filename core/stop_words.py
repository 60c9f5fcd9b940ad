"""Each language's commonest small words, left out of search matching: "help for my child"
should match on "child", not on "for" and "my". Short, hand-made lists of the words parents
type around what they need (prepositions, pronouns, "help", "need", "want", and "still",
"always", "very", "now", and Arabic "aged", as English "year old" in directory/search.py); see
translations/text_analysis.py, which also drops them typed without their diacritics."""

WORDS = {
    "en": """a about an and any are at be by can do for from get help how i i'm im in is it me my
        need of on or our please some the to want what where with you your""",
    "pl": """a aby ale bo być co czy dla do i ich jak jest jestem już ma mam mi mnie moja moje mój
        moim mojego mojej na nie o od po pod pomoc pomocy potrzebuję proszę przez się są ta tak
        te to w we z za ze że gdzie nasz nasza nasze naszym naszej naszego nasi ciągle zawsze
        jeszcze bardzo teraz wciąż""",
    "ro": """a al ale am ar are as ați ce cu da de din e este eu în la le lui mă mea meu mi mie
        nu o pe pentru prin sa să se sunt și un una unde vreau am nevoie ajutor ajutorul mereu încă
        foarte acum""",
    "ar": """أنا انا أريد اريد إلى الى التي الذي أن ان عن على في كيف لا لدي لي ما مع من هل هو
        هي و يا او أو بـ ل ب مساعدة احتاج أحتاج عمر عمره عمرها عمري الآن الان دائما دايما لسه لسا لحد حتى جدا كثير""",
    "ur": """اور ایک بھی پر تو تک سے سکتا سکتی سکتے سی سے کا کی کے کو کیا کیسے کہاں مجھے میں میرا
        میری میرے نے ہے ہیں ہو ہوں چاہیے چاہئے مدد چاہتا چاہتی ابھی بہت ہمیشہ""",
    "pa": """ਅਤੇ ਇਕ ਇੱਕ ਹੈ ਹਨ ਹਾਂ ਦਾ ਦੀ ਦੇ ਨੂੰ ਨੇ ਵਿੱਚ ਵਿਚ ਲਈ ਤੋਂ ਤੇ ਮੈਂ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਮੈਨੂੰ ਕੀ ਕਿਵੇਂ
        ਕਿੱਥੇ ਜਾਂ ਵੀ ਮਦਦ ਚਾਹੀਦੀ ਚਾਹੀਦਾ ਅਜੇ ਬਹੁਤ ਹਮੇਸ਼ਾ ਹੁਣ""",
}
