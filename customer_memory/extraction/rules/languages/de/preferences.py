"""German patterns for preferences, accessibility, devices and plans; the words of routines and contact hours."""

from __future__ import annotations

from customer_memory.extraction.rules.languages.de.words import _GAP, _VALUE, BRANDS, I
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import trie
from customer_memory.extraction.rules.text import words

PREFERENCES = (
    (
        rx(r"\bich\s(?:bevorzuge|bevorzugte)\s(?:einen\s|eine\s|ein\s|den\s|die\s|das\s)?" + _VALUE, I),
        "preferences",
    ),
    (
        rx(
            r"\b(?:ich|wir)\s(?:will|wollen|mochte|mochten|nehme|nehmen|buche|buchen|brauche|brauchen|hatte gern|"
            r"hatten gern)\s(?:immer|grundsatzlich|stets|lieber|am liebsten|jedes mal)\s(?:einen\s|eine\s|ein\s|"
            r"den\s|die\s|das\s)?" + _VALUE,
            I,
        ),
        "preferences",
    ),
    (
        rx(
            r"\b(?:ich|wir)\s(?:immer|grundsatzlich|stets|lieber|am liebsten)\s(?:einen\s|eine\s|ein\s|den\s|die\s|"
            r"das\s)?(?P<v>[^.,;!?\n]{2,40}?)\s(?:will|wollen|mochte|mochten|nehme|nehmen|buche|buchen|brauche|"
            r"brauchen|bevorzuge|hatte)\b",
            I,
        ),
        "preferences",
    ),
    (
        rx(
            r"(?i:\b(?:pakete?|lieferungen?|sendungen?|liefern|liefert|zustellen|abstellen|abgeben|schicken|"
            r"stellen)" + _GAP + r"(?:immer|grundsatzlich|kunftig|stets|nur noch|bitte nur)\s(?:an|in|bei|"
            r"vor|vorm|zu|zur|zum|auf|beim|im|am|hinter|hinters|neben)\s(?:die\s|den\s|das\s|der\s|dem\s|meine\s|meinen\s|"
            r"meiner\s|meinem\s)?)"
            r"(?P<v>[A-Z][\w-]{1,30}+)"
        ),
        "preferences",
    ),
    (
        rx(
            r"(?i:\b(?:immer|grundsatzlich|stets|nur)\s(?:am|zum|an|in|zur)\s(?:die\s|den\s)?)(?P<v>[A-Z][\w-]{2,30})"
            r"(?i:\s(?:liefern|geliefert|zustellen|zugestellt|schicken|geschickt|bringen|gebracht|stellen|"
            r"gestellt|abstellen|abgestellt|legen|gelegt|abbuchen|abgebucht)\b)"
        ),
        "preferences",
    ),
    (
        rx(
            r"(?i:\bbitte\s(?:immer|grundsatzlich|kunftig|stets|nur)\s(?:in|per|als|mit)\s)(?P<v>(?:[a-zß]{3,12}\s)?"
            r"[A-Z][\w-]{2,30})"
        ),
        "preferences",
    ),
    # "Bitte liefern Sie ausschließlich freitags", "Zustellung nur am Samstag": the only day to deliver.
    (
        rx(
            r"\b(?:liefern|liefert|zustellen|lieferungen?|zustellungen?)\s(?:sie\s)?(?:bitte\s)?(?:nur|ausschliesslich|"
            r"ausschließlich|immer|nur noch|bitte nur)\s(?:am\s)?(?P<v>(?:montag|dienstag|mittwoch|donnerstag|freitag|"
            r"samstag)s?|vormittags|nachmittags)\b",
            I,
        ),
        "preferences",
    ),
    (
        rx(r"\b(?P<v>keine (?:ersatzartikel|ersatzprodukte|ersatzlieferungen|ersatz|alternativprodukte))\b", I),
        "preferences",
    ),
    (rx(r"\bich\s(?:liebe|mag sehr|bin ein gro(?:ss|ß)er fan von|bin fan von)\s" + _VALUE, I), "likes"),
    (rx(r"\bich\s(?:hasse|verabscheue)\s" + _VALUE, I), "dislikes"),
    # "ruft mich nie wegen Werbung an", "keine Werbeanrufe mehr": no advertising.
    (
        rx(
            r"\b(?:nie|niemals|keine|keinen)\s(?:mehr\s)?(?:wegen\s)?(?P<v>werbung|werbeanrufe|werbeanrufen|werbe-mails|"
            r"werbemails|newsletter|marketing|werbesms|werbe-sms)\b(?!\s(?:bekommen|erhalten|gesehen|gemacht|gebucht)\b)",
            I,
        ),
        "dislikes",
    ),
    # "bitte immer ein vegetarisches Menü", "ein koscheres Essen": the kind of meal they ask for.
    (
        rx(
            r"\b(?:ein|eine|mein|meine|das|die)\s(?P<v>vegetarisch|vegan|koscher|halal|glutenfrei|laktosefrei)(?:es|e)?\s"
            r"(?:essen|menu|gericht|mahlzeit|mittagessen|bordessen)\b",
            I,
        ),
        "dietary",
    ),
    (
        rx(
            r"\b(?:ich|wir)\s(?:bin|sind|ernahre mich|ernahren uns|lebe|leben|esse|essen)\s(?:\w+\s){0,2}?(?P<v>"
            r"vegetarisch|vegan|vegetarier(?:in)?|veganer(?:in)?|laktoseintolerant|glutenfrei|zoliakie|"
            r"diabetiker(?:in)?|halal|koscher|pescetarisch|pescetarier(?:in)?|kein fleisch|kein schweinefleisch|"
            r"keinen fisch)\b",
            I,
        ),
        "dietary",
    ),
    (
        rx(
            r"\b(?:ich|wir|und)\s(?:habe|hab|haben)\s(?:eine\s|ne\s|'ne\s)?(?:(?:schwere|starke|leichte)\s)?(?P<v>"
            r"[a-zß]{2,25}allergie|allergie gegen [^.,;!?\n]{2,30})",
            I,
        ),
        "allergies",
    ),
    (rx(r"\b(?:ich bin|bin)\s(?:\w+\s)?allergisch\s(?:gegen|auf)\s" + _VALUE, I), "allergies"),
    # "Ich vertrag keine Laktose", "ich vertrage kein Gluten": the food they cannot take.
    (
        rx(
            r"\b(?:ich|wir)\s(?:vertrag|vertrage|vertragen)\s(?:keine|kein|keinen)\s(?P<v>laktose|gluten|milch|"
            r"milchprodukte|nusse|fruktose|fructose|histamin|weizen|soja|eier)\b",
            I,
        ),
        "dietary",
    ),
    # "ich habe eine Laktoseintoleranz", "wir haben eine Histaminunverträglichkeit".
    (
        rx(
            r"\b(?:ich|wir)\s(?:habe|hab|haben)\s(?:eine\s)?(?:(?:schwere|starke|leichte)\s)?(?P<v>[a-zß]{3,20}"
            r"(?:intoleranz|unvertraglichkeit))\b",
            I,
        ),
        "allergies",
    ),
    (
        rx(
            r"\b(?:ich|wir)\s(?!(?:habe|hab|bin|war|kann|muss|werde|hatte|sind|haben)\b)(?P<v>[a-zß]{3,15}+\s"
            r"(?:[^\s.,;!?\n]{1,20}+\s){0,3}?(?:(?:jeden|jede|jedes)\s[a-zß]{3,20}|(?:immer\s)?(?:montags|dienstags|"
            r"mittwochs|donnerstags|freitags|samstags|sonntags|am wochenende)))\b",
            I,
        ),
        "habit",
    ),
)

ACCESSIBILITY = (
    rx(
        r"\b(?:horgerate?n?|horgerats|schwerhorig|gehorlos|taub|blind|fast blind|sehbehindert|ich sehe (?:sehr\s|"
        r"ganz\s|so\s)?schlecht|ich (?:hore|hor|hör|höre) (?:sehr\s|ganz\s|so\s)?schlecht|grau(?:e[rn]?)? star|makuladegeneration|"
        r"rollstuhl(?:fahrer(?:in)?)?|rollator|gehstock|krucken|unterarmgehstutzen|(?:am|mit) stock|screenreader|bildschirmleser|sprachausgabe|voiceover|talkback|"
        r"legasthenie|legastheniker(?:in)?|gebardensprache|gehbehindert|schwerbehindert|"
        # "wegen meiner Hüftprothese", "ich habe ein künstliches Knie", "nach meiner Knie-OP": hip and knee.
        r"(?:huft|knie)(?:-?prothese|-?gelenksprothese|-?tep|-?op|-?operation)|kunstliche[ns]? (?:huftgelenk|"
        r"kniegelenk|hufte|knie)|neue[ns]? (?:huftgelenk|kniegelenk|hufte)|ich hor(?:e)? (?:sehr\s|ganz\s|so\s)?"
        r"schwer|ich sehe kaum (?:noch\s)?(?:etwas|was)|ich (?:kann|konnte) (?:nicht mehr (?:so\s)?(?:gut\s)?|kaum (?:noch\s)?|"
        r"nicht (?:so\s)?gut\s)(?:sehen|horen|laufen))\b",
        I,
    ),
)

DEVICE = (
    rx(
        r"(?i:\b(?:ich habe|ich hab|ich nutze|ich benutze|ich verwende|wir haben|wir nutzen|mein|meine|meinen|"
        r"meinem|meiner|unser|unsere|unseren|unserem|unserer|ein|eine|einen|einem|einer)\s(?:(?:neue[nmrs]?|"
        r"alte[nmrs]?)\s)?(?:(?:handy|smartphone|fernseher|tv|laptop|tablet|router|auto|wagen|drucker|kamera|uhr)"
        r"\s)?)(?P<v>(?i:" + trie(BRANDS) + r")\b[\w +-]{0,24})"
    ),
    rx(
        r"(?i:\b(?:ich habe|ich hab|wir haben|hab ich|habe ich)\s(?:bei ihnen\s|bei euch\s|mir\s)?(?:das|den|die|ein|"
        r"eine|einen|mein|meinen)\s)(?P<v>(?i:[\w-]{0,20}(?:thermostat|kamera|router|drucker|fernseher|tablet|"
        r"laptop|handy|smartphone|staubsauger|saugroboter|waschmaschine|spulmaschine|kaffeevollautomat|"
        r"lautsprecher|uhr)[\w-]{0,10}))"
    ),
)

FREQUENCY_WORDS = words(
    "jeden tag|jeden morgen|jeden abend|jede woche|jeden monat|jedes wochenende|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|abends immer|immer sonntags|taglich|wochentlich|am wochenende|einmal die woche|zweimal die woche|fast jeden"
)

CALL_WORDS = words("anrufen|ruft|rufen|anruf|anrufe|telefonieren|erreichbar|zuruckrufen|ruf|melden|meldet|melde")
TIME_WORDS = words(
    "morgens|vormittags|nachmittags|abends|nach|vor|zwischen|uhr|mittags|wochenende|vormittag|nachmittag|"
    "am abend|am morgen|mittagspause|feierabend"
)
REQUEST_WORDS = words("bitte|nur|nie|niemals|lieber|am besten|am liebsten")

PLAN_WORDS = words("tarif|paket|abo|abonnement|vertrag|mitgliedschaft|plan|konto|versicherung|police|mitglied|internet")

SELF_WORDS = words("ich|mein|meine|meinen|wir|unser|unsere|uns|nutzen|habe|haben")

PLAN = (
    rx(
        r"(?i:\b(?:ich bin|wir sind|bin ich|sind wir|ich bleibe|wir bleiben|bleiben wir|bleib ich|ich bleib|"
        r"vertrag|kunde|kundin|mitglied)\s(?:\w+\s)?(?:im|in|beim|bei|auf)\s(?:dem\s|den\s)?)(?P<v>(?i:tarif|abo|"
        r"paket|status|vertrag)\s[A-Z0-9][\w-]{0,20}(?:\s[A-Z][\w-]{1,20})?|[A-Z][\w-]{1,20}-(?i:tarif|abo|paket|"
        r"status|mitgliedschaft))"
    ),
    rx(
        r"(?i:\b(?:ich|und|wir)\s(?:habe|hab|haben)\s(?:[^,;!?\n]{1,25}?\s)?(?:das|den|die|einen|ein|eine)\s"
        r"(?:vertrag im\s)?)(?P<v>(?i:tarif|abo|paket)\s[A-Z0-9][\w-]{0,20}|[A-Z][\w-]{1,20}-(?i:tarif|abo|paket|"
        r"mitgliedschaft)|[A-Z][a-z]{2,12}[Cc]ard\s\d{2,3})"
    ),
    rx(r"(?i:\b(?:stell|stellen sie|stellt)\smich\s(?:\w+\s)?auf\s)(?P<v>[A-Z][\w-]{1,20})(?i:\sum)\b"),
    rx(r"(?i:\b(?:meine|mein|meinen)\s)(?P<v>[A-Z][a-z]{2,12}[Cc]ard\s\d{2,3})\b"),
    # "Ich bin Gold-Mitglied in Ihrem Bonusprogramm", "ich bin jetzt Premium-Kundin": the tier before the member.
    rx(
        r"(?i:\b(?:ich bin|wir sind|bin ich|sind wir)\s(?:(?:jetzt|schon|seit \w{1,12}|inzwischen|nun|auch|ja)\s){0,2})"
        r"(?P<v>[A-Z][\w]{1,20}+)(?=-(?i:mitglied|kunde|kundin|member|status)\b)"
    ),
)

# "Mein Hund ... der ist halb blind", "meine Mutter ist schwerhörig": someone else's need, not the customer's.
ACCESSIBILITY_OTHERS = rx(
    r"\b(?:(?:er|sie|der|die|es)\s(?:ist|war|wird)|(?:mein|meine|meinem|meiner|meinen|unser|unsere|unserem|"
    r"unserer)\s(?:hund|katze|kater|pferd|mann|frau|mutter|vater|sohn|tochter|oma|opa|kind|kinder|partner|"
    r"partnerin|freund|freundin|nachbar|nachbarin|bruder|schwester|eltern))\b",
    I,
)


# Said just before the vehicle the customer drives (rules/vehicles.py).
VEHICLE_CUES = words(
    "ich habe|ich hab|hab|habe|ich fahre|ich fahr|fahre|fahr|wir fahren|wir haben|ich habe mir|gekauft habe ich|mein|meinen|meine|unser|unseren|mein auto ist"
)
