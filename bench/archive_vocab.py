"""The benchmark's invented words: names from syllables, an outlet's own sentences, synonyms,
a machine translation's turns of phrase, and the junk scraped pages carry.

Nothing here comes from real coverage or from the merge corpus: names are built from
syllables, sentences were written for the benchmark.
"""

from __future__ import annotations

import random

ONSETS = ["B", "Br", "C", "D", "Dr", "F", "G", "Gr", "H", "J", "K", "Kl", "L", "M", "N", "P", "Pr", "R", "S", "Sk", "St", "T",
          "Tr", "V", "W", "Y", "Z"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"]
CODAS = ["l", "r", "n", "s", "th", "d", "m", "v", "sk", "nd", "rk", "lt", "x", "g"]
LINKS = ["a", "e", "i", "o", "en", "ar", "is", "ov"]
FIRST_ENDS = ["ira", "wen", "dric", "mora", "vel", "isse", "oren", "anth", "elda", "ovan"]
LAST_ENDS = ["dell", "mark", "sen", "holt", "wick", "ard", "ley", "berg", "ston", "vik", "more", "ick"]
PLACE_ENDS = ["haven", "field", "bridge", "mere", "ness", "combe", "wold", "gate", "ley", "minster", "hope"]
COUNTRY_ENDS = ["ia", "land", "ovia", "enia", "mark"]
QUOTE_OPENERS = ["", "Honestly, ", "Frankly, ", "Look, ", "For us, ", "To be honest, ", "In the end, "]
OUTLET_WIRE = ["Press Service", "News Agency", "Wire", "Press Bureau"]
OUTLET_PAPER = ["Herald", "Gazette", "Courier", "Standard", "Observer", "Sentinel", "Chronicle"]
OUTLET_BROADCAST = ["Radio", "TV News", "Public Broadcasting", "FM"]
OUTLET_TRADE = ["Review", "Insider", "Briefing", "Monitor", "Digest Weekly"]
OUTLET_FOREIGN = [("Tagesbote", "de"), ("Correio", "pt"), ("Heraldo", "es"), ("Gazzetta", "it"), ("Kurier", "pl"), ("Bode", "nl")]
LANGUAGES = {"de": "German", "pt": "Portuguese", "es": "Spanish", "it": "Italian", "pl": "Polish", "nl": "Dutch"}
CURRENCIES = [("euros", "\u20ac"), ("pounds", "\u00a3"), ("florins", ""), ("dollars", "$")]


class Names:
    """Invented names for one story (or the archive's outlets): no two share a stem, so the
    merge never sees two different people as one misspelt name; quotes are not repeated."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.stems: set[str] = set()
        self.quotes: list[str] = []
        self.made: list[str] = []
        """Every name handed out, for checks that none comes from real coverage."""

    def stem(self) -> str:
        rng = self.rng
        for _ in range(40):
            stem = rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
            if stem not in self.stems:
                break
        self.stems.add(stem)
        return stem

    def first(self) -> str:
        return self._made(self.stem() + self.rng.choice(FIRST_ENDS))

    def last(self) -> str:
        return self._made(self.stem() + self.rng.choice(LINKS) + self.rng.choice(LAST_ENDS))

    def _made(self, name: str) -> str:
        self.made.append(name)
        return name

    def person(self) -> str:
        return f"{self.first()} {self.last()}"

    def place(self) -> str:
        return self._made(self.stem() + self.rng.choice(["", "e", "o", "s"]) + self.rng.choice(PLACE_ENDS))

    def country(self) -> str:
        return self._made(self.stem() + self.rng.choice(COUNTRY_ENDS))

    def quote(self) -> str:
        if not self.quotes:
            self.quotes = [opener + (q if not opener or q.startswith(("I ", "I'")) else q[0].lower() + q[1:])
                           for opener in QUOTE_OPENERS for q in QUOTES]
            self.rng.shuffle(self.quotes)
        return self.quotes.pop()


JOBS = ["retired teacher", "nurse", "taxi driver", "shopkeeper", "student", "fisherman", "pensioner", "bus driver",
        "baker", "electrician", "accountant", "café owner", "farmer", "carpenter", "pharmacist"]
FIELDS = ["public law", "economics", "risk management", "transport policy", "labour relations", "hydrology", "criminology"]
SHOPS = ["bakery", "hardware shop", "florist", "bicycle repair shop", "newsagent", "bookshop"]
STREETS = ["Market Street", "the harbour front", "Mill Lane", "Station Road", "the old square", "Church Row"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

QUOTES = [
    "Nobody told us anything until it was already on the news",
    "We have been asking the same questions for years and never got an answer",
    "I just want to know that it cannot happen again",
    "People here are tired of promises",
    "It will take a long time before anyone trusts them again",
    "My family has lived with this for two generations",
    "There was no warning, none at all",
    "You cannot put a price on what people have lost",
    "The whole town is talking about nothing else",
    "I am angry, but mostly I am worried about what comes next",
    "We were lucky, and many of our neighbours were not",
    "Someone has to take responsibility for this",
    "They knew the risks and chose to ignore them",
    "I never thought I would see something like this here",
    "It is a small place, so everyone knows someone affected",
    "We will keep going, because there is no other choice",
    "The people at the top should have seen this coming",
    "We need answers, not another report that sits on a shelf",
    "What worries me is that nothing will change",
    "Everyone I know has a story about it",
]

# An outlet's own sentences: colour, background, analysis, what happens next. "[a|b]" picks one
# option, so the same template reads differently in each use. Slots: the story's values,
# including background facts drawn once per story so outlets that state them agree (population,
# founding year, unemployment...), and people drawn for each sentence (res, job, years, age,
# shop, street, expert, field, uni, firm, quote). A template may hold two sentences that belong
# together.
OWN = [
    "\u201c{quote},\u201d said {res}, a {job} who has lived in {place} for {years} years.",
    "{res}, who runs a {shop} on {street}, said trade had been [slow|quiet|down] since the news broke.",
    "\u201c{quote},\u201d {res}, a local {job}, told [this newspaper|us|reporters].",
    "Outside the town hall on {hall_street}, a small group of [residents|protesters|former employees] gathered with handwritten signs.",
    "{expert}, who teaches {field} at the University of {uni}, said the case raised [wider questions about oversight|doubts about how the rules are enforced|questions nobody in {country} has yet answered].",
    "\u201c{quote},\u201d said {expert}, an expert in {field} at {uni}.",
    "Analysts at {firm} said {matter} was unlikely to change their [outlook for the region|view of {org_short}|forecasts for the year].",
    "{cost_firm}, a consultancy, estimates that similar cases cost [the economy of {country}|businesses in {country}] {cost} a year.",
    "A survey by {survey_firm} [last year|in {survey_year}] found that {survey_pct} of residents had little confidence in [local institutions|the authorities].",
    "{place} has a population of about {population} and lies roughly {hours} hours by road from the capital.",
    "The town's economy has long relied on [a handful of large employers|the harbour and a few factories|tourism in the summer months].",
    "Opposition politicians called for [a parliamentary debate|an urgent statement|a public inquiry] on {matter}.",
    "A petition calling for an independent review had gathered {signatures} signatures by [the evening|the weekend].",
    "The last comparable case in {country} was in {last_case}, and it led to {last_case_outcome}.",
    "Lawmakers in {country} have been debating stricter rules since {debate_year}, [without agreement|so far without result|but no bill has passed].",
    "{actor_short} has faced criticism in the past for acting too slowly. Its budget was cut by {cut} in {cut_year}, and its staff has shrunk since then.",
    "{org_short} did not respond to a request for comment on [Thursday|Friday|Monday] evening.",
    "A spokesperson for {org_short} declined to comment further, citing [legal reasons|the ongoing process|privacy rules].",
    "The news was first reported by local media on the morning of the [event|announcement].",
    "Several councillors said they had raised concerns at a meeting in {council_month}. Minutes of that meeting, seen by this newspaper, record only a brief discussion.",
    "Campaigners plan a public meeting in the [community hall|library|school gym] next week.",
    "Local radio phone-in lines were busy throughout the day.",
    "{res}, a {job}, said she first heard [about it|the news] from a neighbour.",
    "Questions remain about who knew what, and when.",
    "The regional parliament will discuss the matter at its next session in {session_month}.",
    "In {review_year}, a similar episode prompted a review that made {review_n} recommendations. Only some of those recommendations were ever carried out.",
    "Insurance experts said premiums in the area could rise by as much as {premium}.",
    "Trade groups warned that uncertainty would weigh on [investment|hiring|tourism] in {place}.",
    "{place}'s harbour, its market and its two schools are the heart of the town.",
    "Many families in {place} have links to {org_short} going back decades.",
    "{expert} said the figures should be treated with caution until a full report is published, which is expected in {report_month}.",
    "Until then, residents say, the uncertainty is the hardest part.",
    "Volunteers handed out hot drinks and blankets outside the community centre.",
    "Church bells in the old town rang at noon in a gesture of solidarity.",
    "Social media posts from the scene were shared thousands of times within hours. Some of them later turned out to show an unrelated event in {hoax_year}.",
    "{official} is expected to face questions from councillors on {questions_day}.",
    "The episode has revived a long-running debate in {country} about [regulation|accountability|how public bodies are run].",
    "Neighbouring towns offered help, and {towns} of them sent staff.",
    "For {res}, the last few days have been the hardest in {years} years.",
    "\u201c{quote}.\u201d",
    "That view is shared by many in {place}, according to interviews conducted [this week|by this newspaper].",
    "Others were more cautious, saying it was too early to draw conclusions.",
    "Figures from the national statistics office show unemployment in the region at {jobless}. That is above the national average of {national}.",
    "Rents in {place} have risen by {rents} over the past {rent_years} years.",
    "The regional government has promised a support package worth {support}. Details of that package have not yet been published.",
    "{boss} is due to appear before a parliamentary committee in {committee_month}.",
    "{actor_short} declined to say whether further action was planned.",
    "It was not clear how {org_short} would [pay for|respond to|recover from] {matter}.",
    "{org_short} was founded in {org_founded} and employs about {staff} people.",
    "{boss} has led {org_short} since {boss_since}.",
    "The decision follows [months|years] of [complaints|warnings|pressure] from [residents|campaigners|unions].",
    "[Critics|Campaigners|Opposition figures] said {matter} came [too late|years too late|only after public pressure].",
    "{official} said [more details|a full timetable|further figures] would be [published|released|made public] in {report_month}.",
    "A helpline has been set up for those affected, open [daily|every day] until {helpline_month}.",
    "[Local|National] newspapers led with the story on [Saturday|Sunday|Monday] morning.",
    "{res}, {age}, [a regular at|who works near] the {shop} on {street}, said [people were shocked|nobody was surprised|it was all anyone talked about].",
    "The figures could not be independently verified.",
    "{firm} said in a note to clients that the impact on {org_short} would be [limited|modest|hard to predict].",
    "A vigil is planned for {vigil_day} in {place}.",
    "In a statement, {org_short} said it was \u201cfully cooperating\u201d with {actor_short}.",
    "{place} last made national headlines in {headline_year}, when {headline_event}.",
    "[Officials|Authorities] said it was too early to give a final figure.",
    "The [mayor's office|council|regional government] said it had [set up|opened|launched] a review of its own procedures.",
]

EXPLAINER_HEADS = ["What happened", "The background", "Who is involved", "What the figures say", "What happens next",
                   "Why it matters", "The open questions", "How we got here"]
BROADCAST_HEADS = ["What happened?", "What are people saying?", "What happens now?", "Why does it matter?"]

SYNONYMS = [
    ("biggest", "largest"), ("fell", "dropped"), ("rose", "climbed"), ("company", "firm"),
    ("began", "started"), ("hurt", "injured"), ("residents", "locals"), ("more than", "over"), ("officials", "authorities"),
    ("investigation", "inquiry"), ("homes", "houses"), ("workers", "employees"), ("told reporters", "told journalists"),
    ("said", "stated"), ("quickly", "swiftly"), ("plans", "intends"), ("expected", "due"), ("ordered", "instructed"),
    ("cut", "slashed"), ("deployed", "sent in"), ("estimated", "put"),
]
MT_PHRASES = [
    ("chief executive", "topman"), ("spokesperson", "woman spokesperson"), ("the company", "the concern"),
    ("announced", "made known"), ("residents", "inhabitants"), ("police", "the police"), ("said", "let know"),
    ("hospital", "the hospital"), ("more than", "more as"), ("investigation", "examination"),
    ("will", "shall"), ("on the news", "at the news"), ("in prison", "in the prison"),
]

NAV_SECTIONS = ["Home", "News", "Region", "World", "Business", "Sport", "Culture", "Opinion", "Weather", "Podcasts", "Jobs", "Puzzles"]
PAST_EVENTS = ["a fire destroyed part of the old market", "the town hosted a national festival", "floods cut it off for a week",
               "its football club reached a cup final", "a long strike closed the harbour"]
OUTCOMES = ["a change in the law", "a long public inquiry", "the resignation of a minister", "a string of lawsuits"]
RELATED_TOPICS = ["council budget talks stall again", "new tram line opens ahead of schedule", "harbour dredging contract awarded",
                  "museum reopens after long renovation", "school meals price rise approved", "water tariff review delayed",
                  "hospital car park charges scrapped", "festival organisers count the cost of rain", "bridge repairs to start in spring",
                  "cycle lane plan divides shopkeepers", "library hours cut in budget squeeze", "ferry timetable changes from Monday"]
