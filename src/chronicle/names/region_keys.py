"""One key for a region however a source writes it.

A court report writes «Алматинская область», a Kazakh paper «Алматы облысы», English news
"Almaty Region", a Latin post "Almaty oblysy" or "Almatinskaya oblastʼ", a list «ВКО». Compared
as written, one person's records from two sources would disagree on the region and count against
the match. The key drops the words that say "region" or "city" in either language, reads the
direction words of compound names (Северо-/Солтүстік/North), cuts the Russian adjective ending
(-ская, -ский) and keeps the first letters of the name's skeleton, so every script and system
folds as names do (`skeleton`)."""

from __future__ import annotations

from functools import lru_cache

import regex

from chronicle.names.skeleton import skeleton
from chronicle.names.translit import to_latin

# How many letters of a region's name the key keeps: enough to tell the regions of a country apart,
# few enough that 'Almaty' and 'Алматинская' (almati, almatinsk) meet.
PREFIX = 5

_REGION_WORDS = (
    "область", "облысы", "облыс", "обл", "oblast", "oblys", "oblysy", "region", "province", "край", "krai", "gebiet",
    "région", "вилояти", "вилоят", "viloyati", "viloyat", "республика", "respublikasi", "republic", "автономный",
    "район", "autonomous", "obwód", "obwod", "rejon", "district", "bezirk",
)  # fmt: skip
_CITY_WORDS = (
    "г", "город", "гор", "қаласы", "city", "of", "the", "qalasy", "kalasy",
    "shahri", "shahar", "sh", "шаҳри", "шахри", "шаҳар", "ш",  # Uzbek and Tajik: 'Toshkent shahri'
    "ville", "de", "du", "la", "stadt", "miasto", "m",  # French, German, Polish: 'région de Karaganda'
)  # fmt: skip
_DIRECTIONS = {
    "north": ("Северо", "Солтүстік", "North", "Northern", "Soltustik", "Nord", "Septentrional"),
    "east": ("Восточно", "Шығыс", "East", "Eastern", "Shygys", "Ost", "Oriental"),
    "west": ("Западно", "Батыс", "West", "Western", "Batys", "Occidental"),
    "south": ("Южно", "Оңтүстік", "South", "Southern", "Ontustik", "Süd", "Méridional"),
}
# Abbreviations in use, and names the regions had before (South Kazakhstan became Turkistan in 2018,
# Astana was Nur-Sultan in 2019-2022; Russian and Kazakh forms that differ past the first letters).
_WRITTEN_AS = {
    "ВКО": "Восточно-Казахстанская область",
    "СКО": "Северо-Казахстанская область",
    "ЗКО": "Западно-Казахстанская область",
    "ЮКО": "Туркестанская область",
    "ШҚО": "Восточно-Казахстанская область",
    "СҚО": "Северо-Казахстанская область",
    "БҚО": "Западно-Казахстанская область",
    "ОҚО": "Туркестанская область",
    # German compounds ('Nordkasachstan') and the Soviet names of renamed cities
    "Nordkasachstan": "Nord Kasachstan",
    "Ostkasachstan": "Ost Kasachstan",
    "Westkasachstan": "West Kasachstan",
    "Уральск": "Орал",
    "Uralsk": "Oral",
    "Усть-Каменогорск": "Өскемен",
    "Ust-Kamenogorsk": "Oskemen",
    "Семипалатинск": "Семей",
    "Кокчетав": "Кокшетау",
    "Кзыл-Орда": "Кызылорда",
    "Актюбинск": "Ақтөбе",
    "Гурьев": "Атырау",
    "Чимкент": "Шымкент",
    "Джамбул": "Тараз",
    "Целиноград": "Астана",
    "Южно-Казахстанская": "Туркестанская",
    "Нур-Султан": "Астана",
    "Nur-Sultan": "Astana",
    "Алма-Ата": "Алматы",
    "Alma-Ata": "Almaty",
    "Taras": "Taraz",  # German
}
# ISO 3166-2:KZ codes, as registries and passport data write regions: the numeric codes in use since
# 2022 (KATO-based) and the letter codes before them.
_ISO_CODES = {
    "10": "Абайская область", "11": "Акмолинская область", "15": "Актюбинская область",
    "19": "Алматинская область", "23": "Атырауская область", "27": "Западно-Казахстанская область",
    "31": "Жамбылская область", "33": "Жетысуская область", "35": "Карагандинская область",
    "39": "Костанайская область", "43": "Кызылординская область", "47": "Мангистауская область",
    "55": "Павлодарская область", "59": "Северо-Казахстанская область", "61": "Туркестанская область",
    "62": "Улытауская область", "63": "Восточно-Казахстанская область", "71": "Астана", "75": "Алматы",
    "79": "Шымкент",
    "AKM": "Акмолинская область", "AKT": "Актюбинская область", "ALA": "Алматы", "ALM": "Алматинская область",
    "AST": "Астана", "ATY": "Атырауская область", "KAR": "Карагандинская область", "KUS": "Костанайская область",
    "KZY": "Кызылординская область", "MAN": "Мангистауская область", "PAV": "Павлодарская область",
    "SEV": "Северо-Казахстанская область", "VOS": "Восточно-Казахстанская область", "YUZ": "Туркестанская область",
    "ZAP": "Западно-Казахстанская область", "ZHA": "Жамбылская область", "SHY": "Шымкент",
}  # fmt: skip
_WRITTEN_AS.update({f"KZ-{code}": name for code, name in _ISO_CODES.items()})
_WRITTEN_AS.update({
    "S. Kazakhstan": "South Kazakhstan", "E. Kazakhstan": "East Kazakhstan", "W. Kazakhstan": "West Kazakhstan",
    "N. Kazakhstan": "North Kazakhstan", "ТО": "Туркестанская область", "УК": "Усть-Каменогорск",
    "Усть-Кам": "Усть-Каменогорск", "Кустанай": "Костанай", "Kustanai": "Kostanay",
    # ISO 3166-2 codes of the neighbours' capitals and main regions, as passport data write them
    "KG-GB": "Бишкек", "KG-GO": "Ош", "KG-O": "Ошская область", "KG-C": "Чуйская область",
    "KG-J": "Джалал-Абадская область", "UZ-TK": "Ташкент", "UZ-TO": "Ташкентская область",
    "UZ-AN": "Андижанская область", "UZ-FA": "Ферганская область", "UZ-NG": "Наманганская область",
    "Toshkent": "Tashkent", "Тошкент": "Ташкент",
    # the Soviet names in Latin letters
    "Semipalatinsk": "Semey", "Kokchetav": "Kokshetau", "Kzyl-Orda": "Kyzylorda", "Aktyubinsk": "Aktobe",
    "Guryev": "Atyrau", "Chimkent": "Shymkent", "Dzhambul": "Taraz", "Tselinograd": "Astana",
})  # fmt: skip
# The region a town lies in, so that a record of the town and one of its region agree ('Құлсары' and
# 'Атырау облысы'). The regions split off in 2022 (Abai, Zhetysu, Ulytau) are read as the ones they
# were part of, since records of one person from before and after the split name either; South
# Kazakhstan is Turkistan (renamed in 2018), Nur-Sultan is Astana, Kapchagay is Konaev. General knowledge.
_TOWN_REGIONS = {
    "Восточно-Казахстанская область": (
        "Усть-Каменогорск", "Риддер", "Семей", "Аягоз", "Курчатов", "Зыряновск", "Алтай", "Шемонаиха",
        "Абайская область",
    ),
    "Алматинская область": (
        "Капчагай", "Конаев", "Қонаев", "Талгар", "Есик", "Каскелен", "Талдыкорган", "Уштобе", "Текели",
        "Жаркент", "Сарканд", "Ушарал", "Жетысуская область", "Жетісу",
    ),
    "Карагандинская область": (
        "Темиртау", "Балхаш", "Балқаш", "Жезказган", "Сатпаев", "Сатбаев", "Шахтинск", "Сарань",
        "Каркаралинск", "Улытауская область", "Ұлытау",
    ),
    "Туркестанская область": ("Сарыагаш", "Кентау", "Ленгер", "Арысь", "Шардара", "South Kazakhstan"),
    "Северо-Казахстанская область": ("Петропавловск", "Петропавл", "Булаево", "Тайынша"),
    "Павлодарская область": ("Экибастуз", "Аксу"),
    "Жамбылская область": ("Тараз", "Шу", "Каратау", "Жанатас"),
    "Мангистауская область": ("Актау", "Жанаозен", "Форт-Шевченко", "Бейнеу"),
    "Западно-Казахстанская область": ("Уральск", "Аксай"),
    "Костанайская область": ("Рудный", "Лисаковск", "Аркалык", "Житикара"),
    "Акмолинская область": ("Кокшетау", "Степногорск", "Щучинск", "Макинск"),
    "Актюбинская область": ("Хромтау", "Кандыагаш", "Шалкар", "Эмба"),
    "Атырауская область": ("Кульсары", "Құлсары"),
    "Кызылординская область": ("Байконур", "Байқоңыр", "Аральск", "Казалинск"),
    "Астана": ("Nur-Sultan", "Нурсултан", "Нұр-Сұлтан", "Целиноград"),
    # Xinjiang, as sources in every script write it, and its cities
    "Синьцзян": (
        "Xinjiang", "СУАР", "XUAR", "Shyngjang", "Шыңжаң", "Шинжаң", "Урумчи", "Urumqi", "Ürümqi", "Үрімжі", "Кашгар",
        "Kashgar", "Кульджа", "Құлжа", "Ghulja", "Yining", "Инин", "Чугучак", "Tacheng", "Шәуешек", "Хотан", "Hotan",
    ),
    # Tajikistan's regions and their towns
    "Согдийская область": (
        "Sughd", "Soghd", "Суғд", "Сугд", "Худжанд", "Хуҷанд", "Khujand", "Ленинабад", "Истаравшан", "Исфара",
        "Пенджикент", "Панджакент", "Канибадам", "Бустон",
    ),
    "Хатлонская область": ("Khatlon", "Хатлон", "Бохтар", "Bokhtar", "Курган-Тюбе", "Куляб", "Кулоб", "Kulob"),
    "Горно-Бадахшанская автономная область": (
        "ГБАО", "GBAO", "Бадахшан", "Badakhshan", "Хорог", "Хоруғ", "Khorog", "Khorugh", "Рушан", "Ишкашим", "Памир",
    ),
    # Uzbekistan's regions and their towns
    "Каракалпакстан": (
        "Қарақалпақстан", "Qoraqalpog'iston", "Qoraqalpogʻiston", "Нукус", "Nukus", "Ходжейли", "Кунград",
        "Муйнак", "Тахиаташ", "Беруни", "Турткуль",
    ),
    "Ферганская область": ("Коканд", "Kokand", "Маргилан", "Кувасай"),
    "Андижанская область": ("Асака",),
    "Наманганская область": ("Чуст",),
    "Ташкентская область": ("Чирчик", "Ангрен", "Алмалык", "Бекабад"),
    "Самаркандская область": ("Ургут",),
    "Кашкадарьинская область": ("Карши", "Karshi", "Qarshi", "Шахрисабз"),
    "Сурхандарьинская область": ("Термез", "Termez", "Денау"),
    "Хорезмская область": ("Ургенч", "Urgench", "Хива", "Khiva"),
    "Навоийская область": ("Зарафшан",),
    "Джизакская область": ("Джизак", "Jizzakh"),
    "Сырдарьинская область": ("Гулистан", "Gulistan"),
    # Kyrgyzstan's regions and their towns
    "Чуйская область": ("Токмок", "Tokmok", "Кант", "Кара-Балта", "Chui", "Chuy"),
    "Иссык-Кульская область": ("Балыкчы", "Чолпон-Ата", "Issyk-Kul", "Ысык-Көл"),
    "Джалал-Абадская область": ("Кербен", "Майлуу-Суу", "Кочкор-Ата"),
    "Ошская область": ("Узген", "Кара-Суу"),
    "Баткенская область": ("Кызыл-Кия", "Сулюкта", "Исфана"),
}  # fmt: skip
# (Not 'Абай', 'Жетысай', 'Акмола', 'Каракол', 'Таш-Кумыр': a town's or an old name's key that is another
# region's: 'karak' is Karakalpakstan's, 'tashk' Tashkent's.)
_WRITTEN_FORM = regex.compile(
    r"(?<![\w-])(?:" + "|".join(regex.escape(w) for w in sorted(_WRITTEN_AS, key=len, reverse=True)) + r")(?![\w-])"
)
_SAME_PLACE = {
    "aktiu": "aktob", "aktju": "aktob", "turke": "turki", "kazah": "kazak", "kzil": "kizil", "kasas": "kazak",
}  # fmt: skip
# The keys of Kazakhstan's regions and cities of republican significance, for abbreviations ('Павл.').
_KNOWN_STEMS = (
    "abai", "akmol", "aktob", "almat", "astan", "atira", "jambi", "jetis", "karag", "kizil", "kosta", "manis",
    "pavlo", "shimk", "turki", "ulita",
)  # fmt: skip  # Актюбинская = Ақтөбе, Туркестан = Түркістан
# A city with a region of its own around it: 'Алматы' and 'Алматы облысы' are two places.
_CITY_AND_REGION = frozenset({"almat", "mosko", "min", "tashk", "osh"})
# 'Минская' and 'Минск' both read 'min'; the Polish adjective too ('obwód pawłodarski', 'karagandyjski')
_ADJECTIVE = regex.compile(r"(?:ii|i)?sk(?:aia|ii|i|oi|oe|aa|ogo)?$")
_INFLECTED = regex.compile(r"sk(?:aia|ii|i|oi|oe|aa|ogo)$")  # an adjective, so a region: 'Минская (область)'
# A French article elided before a name: "région d'Akmola", "l'Oural".
_ELISION = regex.compile(r"(?<![\w])[dlDL]['’]")
_WORD = regex.compile(r"[^\W\d_]+(?:['ʼʹ’][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def region_key(written: str | None) -> str | None:
    """The key of a region as written (None for an empty one); its first comma-separated part only
    ('г. Алматы, Алмалинский район' is Almaty); a town's is its region's ('Кентау': Turkistan)."""
    key = _place_key(written)
    return _town_regions().get(key, key) if key is not None else None


@lru_cache(maxsize=1)
def _town_regions() -> dict[str, str]:
    """Key of a town (or a region's later or earlier name) -> key of the region it is read as."""
    table: dict[str, str] = {}
    for region, towns in _TOWN_REGIONS.items():
        region_of = _place_key(region)
        for town in towns:
            town_key = _place_key(town)
            if town_key is not None and region_of is not None and town_key != region_of:
                table[town_key] = region_of
    return table


def _place_key(written: str | None) -> str | None:
    """The key of a place as written, before towns are read as their regions."""
    text = _ELISION.sub("", (written or "").split(",")[0].strip())
    text = _WRITTEN_FORM.sub(lambda m: _WRITTEN_AS[m.group()], text)
    words = [skeleton(w) for w in _WORD.findall(to_latin(text.replace("-", " ")))]
    words = [w for w in words if w]
    if not words:
        return None
    region = any(w in _region_words() for w in words) or any(_INFLECTED.search(w) for w in words)
    direction = next((_directions()[w] for w in words if w in _directions()), None)
    core = "".join(_ADJECTIVE.sub("", w) for w in words if w not in _ignored())
    if not core:
        return None
    stem = _SAME_PLACE.get(core[:PREFIX], core[:PREFIX])
    if len(core) < PREFIX:  # 'Павл. обл.', 'Жамб. обл.': an abbreviation of one region's name
        longer = [known for known in _KNOWN_STEMS if known.startswith(core)]
        stem = longer[0] if len(longer) == 1 else stem
    key = f"{direction} {stem}" if direction else stem
    return f"{key} region" if region and stem in _CITY_AND_REGION else key


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    return frozenset(skeleton(to_latin(w)) for w in _REGION_WORDS)


@lru_cache(maxsize=1)
def _directions() -> dict[str, str]:
    return {skeleton(to_latin(w)): direction for direction, words in _DIRECTIONS.items() for w in words}


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    return _region_words() | frozenset(_directions()) | frozenset(skeleton(to_latin(w)) for w in _CITY_WORDS)
