"""Text as recall reads it: folded words cut to a language-neutral stem, the tsvector built from them, and the
terms a query searches for (without its function words). One folding for the index and the query."""

from __future__ import annotations

import re
import unicodedata

# Words are cut to this many characters before indexing and searching, a language-neutral stem
# ("refunded" and "refund" meet, so do "cobraron" and "cobrar"); measured on the recall benchmark.
STEM_CHARS = 5

WORD = re.compile(r"\w+")
# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Lower case without accents or vowel points: "Tiền hoàn" → "tien hoan", "שָׁלוֹם" → "שלום"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).translate(_UNDECOMPOSED)


def terms(text: str) -> list[str]:
    """The searchable terms of `text`, in order: folded words, cut to STEM_CHARS (one-letter words dropped)."""
    return [word[:STEM_CHARS] for word in WORD.findall(fold(text)) if len(word) > 1 or word.isdigit()]


def tsvector_literal(text: str) -> str:
    """A tsvector built here rather than by a text search configuration, so the index and the query
    fold words the same way whatever the database's locale and installed extensions."""
    positions: dict[str, list[int]] = {}
    for position, term in enumerate(terms(text), start=1):
        found = positions.setdefault(term, [])
        if len(found) < 255:  # PostgreSQL keeps at most 256 positions of a lexeme
            found.append(min(position, 16383))
    return " ".join(f"'{term}':{','.join(map(str, places))}" for term, places in positions.items())


# Function words, folded: a query does not search for them. None for Vietnamese: without its
# diacritics a function word is also a content word ("toi" is "tôi", I, and "tối", evening), and
# leaving them out cost 7 points of recall@5 there. Each query
# term costs a ts_rank per episode of the person, and the per-person IDF would weigh these near
# zero anyway (measured: recall@5 0.88 with them left out, 0.89 searched; docs/benchmarks.md).
QUERY_STOPWORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        # English
        "the an and or of to in on for at by with from is are was were be been it its this that these those "
        "me my you your we our they their he she his her do does did have has had not no so as but if "
        "then there what which who how when where why can could would should will just about"
        # Spanish
        " el la los las un una unos unas de del al en con por para que es son fue era se su sus mi mis tu "
        "lo le les te nos como pero mas muy ya este esta esto ese esa cuando donde porque"
        # French
        " le les une des et ou du au aux dans pour par avec qui est sont etait sa son ses mon ma mes ton ta "
        "tes ce cet cette ces je il elle nous vous ils elles ne pas plus mais sur"
        # German
        " der die das den dem ein eine einen einem einer und oder zu im am an auf fur mit von bei ist sind "
        "war waren sich sein seine mein meine ich du er sie wir ihr nicht auch aber wie was wenn dass"
        # Portuguese
        " os as um uma uns umas do da dos das no na nas em sao foi seu sua seus suas meu minha eu voce ele "
        "ela eles elas nao"
        # Hebrew
        " של את על עם זה זו זאת אני אתה הוא היא אנחנו הם הן לא כן גם או אם כי מה מי איך למה"
    ).split()
)


def query_terms(query: str, *, function_words: bool = False) -> list[str]:
    """The distinct terms a query searches for: its words but the function words (all of its
    words when it has nothing else, or with `function_words`)."""
    words = [word for word in WORD.findall(fold(query)) if len(word) > 1 or word.isdigit()]
    kept = words if function_words else [word for word in words if word not in QUERY_STOPWORDS] or words
    return list(dict.fromkeys(word[:STEM_CHARS] for word in kept))
