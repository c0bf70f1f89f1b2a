"""Resolve a name in one article to a canonical actor. Pure: no spaCy.

Order of evidence, strongest first: what the article itself defined (an acronym in
parentheses, a full name seen earlier whose short form now recurs), the dictionary's names
and aliases, nationality adjectives, a family name held by one person at the article's date,
then fuzzy matching for variants and typos ("MUJOA" for MUJAO). A name none of these reach
becomes a discovered actor whose id is derived from its normalised name, so the same
unknown group or person groups across documents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newsgraph.actors.dictionary import ActorDictionary, normalise, person_keys, surname_keys
from newsgraph.actors.roles import active_on
from newsgraph.model import Actor

__all__ = [
    "ARMED_OPPOSITION",
    "FUZZY_THRESHOLD",
    "FUZZY_THRESHOLD_SHORT",
    "AcronymPair",
    "DocumentResolver",
    "Resolution",
    "acronym_pairs",
    "discovered_actor",
    "discovered_id",
    "fuzzy_match",
    "is_generic",
    "nationality_kind",
    "strip_titles",
]

# Tuned on the made-up variants and distractors in tests/actors/test_resolve.py: on the grid
# 0.75-0.85 (short) x 0.80-0.92 (long) these give the highest recall at precision 1.0
# (F1 0.979; 0.83 gains one variant for one false match, 0.90 loses four variants). A wrong
# actor costs more than a discovered one, so precision decides. OSA similarity, so one
# transposition in a 5-letter acronym (MUJOA) scores 0.8; keys under 5 characters never
# fuzzy-match (MNLA/MLNA are different groups as often as typos).
FUZZY_THRESHOLD = 0.85
FUZZY_THRESHOLD_SHORT = 0.8  # keys of at most 6 characters
_FUZZY_MIN_LENGTH = 5
_STATE_MIN_LENGTH = 7

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words(
    "mr mrs ms miss dr president gen general colonel col captain capt lt lieutenant major "
    "sheikh imam minister secretary prime premier king prince ambassador commander chief "
    "senator sen rep former interim transitional vice defence defense foreign us army "
    "sergeant sgt admiral adm marshal brigadier emir leader"
)

_MILITARY = _words(
    "army armies military militaries troops troop soldiers soldier forces force warplanes "
    "warplane jets jet fighter aircraft drones drone helicopters navy airstrikes strikes "
    "artillery battalion battalions brigade brigades units unit paratroopers commandos "
    "infantry infantrymen officers garrison gendarmes gendarmerie defence defense generals "
    "general commanders commander command marines pilots legionnaires bombers bombing "
    "bombings offensive base bases occupation mercenaries paratroops"
)
_GOVERNMENT = _words(
    "government governments officials official authorities authority ministry ministries "
    "minister ministers president presidency presidents regime administration diplomats "
    "diplomat embassy ambassador envoy spokesman spokeswoman spokesperson leaders leader "
    "state cabinet parliament prime premier secretary foreign interior delegation junta "
    "negotiators police policy diplomacy"
)
_SPOKESPEOPLE = _words("officials official sources source spokesman spokeswoman leaders")
_CIVILIAN = _words(
    "civilians civilian citizens nationals residents people population villagers hostages "
    "hostage workers worker"
)
_INTELLIGENCE = _words("intelligence spies spy")
# Words naming armed opposition without naming a group: coded as the insurgents of the
# country in focus ("Islamist forces" in an article on Mali: MLIREB).
ARMED_OPPOSITION = _words(
    "islamist islamists jihadist jihadists rebel rebels insurgent insurgents militant "
    "militants separatist separatists guerrillas salafist salafists"
)
_TITLE_WORDS = _words(
    "president presidents minister ministers prime premier secretary ambassador envoy "
    "spokesman spokeswoman foreign interior"
)
_MODIFIERS = _words("special ground armed security national local regional federal")
_STOP = _words(
    "is are was were be been has have had will would could should may might can and or but "
    "to of in on at by for from with that which who whose the a an said says told as it "
    "its their his her this these those"
)

_GROUP_CUES = _words(
    "movement front brigade brigades battalion militia militias jihad jihadist ansar katiba "
    "katibat mujahideen liberation resistance rebels rebel fighters insurgents militants "
    "army group groupe mouvement"
)
_MEDIA_CUES = _words(
    "news press agency radio television tv times post journal online tribune herald "
    "magazine daily reported told quoted newspaper channel"
)
_PARTY_CUES = frozenset({"party", "parti"})
_FAITHS = _words("islamic muslim muslims christian christians catholic jewish sunni shia shiite")
_STATE_BODY_CUES = _words("ministry department council committee commission")
_NOUN_KINDS = (("mil", _MILITARY), ("gov", _GOVERNMENT), ("cvl", _CIVILIAN),
               ("spy", _INTELLIGENCE), ("reb", ARMED_OPPOSITION))


@dataclass(frozen=True, slots=True)
class Resolution:
    """An actor for a name, how it was found, and how sure that is."""

    actor_id: str | None
    confidence: float
    method: str  # document, dictionary, surname, demonym, fuzzy, discovered, place


@dataclass(frozen=True, slots=True)
class AcronymPair:
    """'Movement for Unity and Jihad in West Africa (MUJWA)' or 'FLN (National ...)'."""

    long: str
    long_start: int
    acronym: str
    acronym_start: int

    @property
    def long_end(self) -> int:
        return self.long_start + len(self.long)

    @property
    def acronym_end(self) -> int:
        return self.acronym_start + len(self.acronym)


_NAME_WORD = r"[A-Z][\w'’.-]*"
_LINK = r"(?:of|for|the|and|in|on|de|du|des|la|le|et|pour|al|el|to|l')"
_LONG = rf"{_NAME_WORD}(?:[ ](?:{_NAME_WORD}|{_LINK})){{0,12}}"
_ACRONYM = r"[A-Z][A-Za-z0-9-]{1,10}"
_LONG_THEN_ACRONYM = re.compile(rf"({_LONG})\s*\((\s*{_ACRONYM}\s*)\)")
_ACRONYM_THEN_LONG = re.compile(rf"\b({_ACRONYM})\s*\(({_LONG})\)")


def _initials(words: Sequence[str]) -> list[str]:
    return [w[0].upper() for w in words if w[:1].isupper()]


def _coverage(acronym: str, words: Sequence[str]) -> float:
    """Share of the acronym's capitals found among the words' initials (order-free, so
    the French-ordered 'FLN (National Liberation Front)' still counts)."""
    letters = [c for c in acronym if c.isupper()]
    pool = _initials(words)
    found = 0
    for letter in letters:
        if letter in pool:
            pool.remove(letter)
            found += 1
    return found / len(letters) if letters else 0.0


def _trim_long(acronym: str, long: str, long_start: int) -> tuple[str, int] | None:
    """Cut the long form to the shortest tail whose initials best cover the acronym
    ('Ansar Dine and the Movement for ...' -> 'Movement for ...')."""
    words = list(re.finditer(r"\S+", long))
    best: tuple[float, int] | None = None
    for i, word in enumerate(words):
        if word.group()[0] not in acronym:
            continue
        score = _coverage(acronym, [w.group() for w in words[i:]])
        if best is None or score > best[0] or (score == best[0] and i > best[1]):
            best = (score, i)
    if best is None or best[0] < 0.6:
        return None
    start = words[best[1]].start()
    return long[start:], long_start + start


def acronym_pairs(text: str) -> list[AcronymPair]:
    """Acronyms the text defines, in either order, checked against the name's initials."""
    pairs: list[AcronymPair] = []
    for match in _LONG_THEN_ACRONYM.finditer(text):
        acronym = match.group(2).strip()
        if len(acronym) < 2 or not acronym.isupper():
            continue
        trimmed = _trim_long(acronym, match.group(1), match.start(1))
        if trimmed:
            acronym_start = text.index(acronym, match.start(2))
            pairs.append(AcronymPair(trimmed[0], trimmed[1], acronym, acronym_start))
    for match in _ACRONYM_THEN_LONG.finditer(text):
        acronym, long = match.group(1), match.group(2)
        if acronym.isupper() and len(long.split()) > 1 and _coverage(acronym, long.split()) >= 0.6:
            pairs.append(AcronymPair(long, match.start(2), acronym, match.start(1)))
    return pairs


def strip_titles(name: str) -> str:
    """'Mrs. Clinton' -> 'Clinton'; 'US Army General Carter F. Ham' -> 'Carter F. Ham'."""
    words = name.split()
    while len(words) > 1 and normalise(words[0]) in _TITLES:
        words = words[1:]
    return " ".join(words)


def nationality_kind(following: Sequence[str], phrase: bool = False) -> str:
    """What a nationality or state name followed by `following` words (its noun phrase)
    denotes: its military ('mil': "French warplanes"), government ('gov': "US officials",
    and any title: "French Defense Minister ..."), civilians ('cvl'), intelligence ('spy'),
    insurgents ('reb'), or the state itself. The head noun (the last word of the phrase)
    decides; "military officials" are the military's. `phrase`: the words are the whole
    noun phrase from the parse, so a head outside the lexicons ("France's military
    intervention") leaves the state itself."""
    found: list[tuple[str, str]] = []
    for word in following[:4]:
        lower = word.lower()
        if lower in _STOP or not word.isalpha():
            break
        if lower in _TITLE_WORDS:
            return "gov"
        kind = next((k for k, lexicon in _NOUN_KINDS if lower in lexicon), None)
        if kind:
            found.append((kind, lower))
        elif found or word[:1].isupper():
            break  # the noun phrase ended ("officials met ...") or a new name starts
    if not found or (phrase and following and following[-1].lower() != found[-1][1]):
        return "state"
    kind, head = found[-1]
    if head in _SPOKESPEOPLE and any(w in ("military", "army") for _, w in found[:-1]):
        return "mil"
    return kind


def is_generic(name: str) -> bool:
    """A common noun the model tagged as a name ('Defense', 'Special Forces')."""
    words = normalise(name).split()
    return bool(words) and all(w in _MILITARY | _GOVERNMENT | _STOP | _MODIFIERS for w in words)


def fuzzy_match(
    key: str, dictionary: ActorDictionary, states: bool = False
) -> tuple[str, float] | None:
    """The dictionary key closest to `key` by OSA similarity, if above the threshold:
    among organisations, groups and persons, or (`states`) among state names, where only
    keys of 7 characters or more are tried ("Ethopia"; "Gambia" is never "Zambia")."""
    if len(key) < (_STATE_MIN_LENGTH if states else _FUZZY_MIN_LENGTH):
        return None
    cache_key = f"state:{key}" if states else key
    if cache_key in dictionary.fuzzy_cache:
        return dictionary.fuzzy_cache[cache_key]
    threshold = FUZZY_THRESHOLD_SHORT if len(key) <= 6 else FUZZY_THRESHOLD
    found = process.extractOne(
        key, dictionary.state_keys if states else dictionary.fuzzy_keys,
        scorer=OSA.normalized_similarity,
        score_cutoff=threshold - 0.005,  # rapidfuzz rounds 1 - 1/5 below 0.8
    )
    result = (found[0], float(found[1])) if found else None
    if len(dictionary.fuzzy_cache) < 100_000:  # bounded: names in a long run are unbounded
        dictionary.fuzzy_cache[cache_key] = result
    return result


def discovered_id(name: str, person: bool = False) -> str:
    """A stable id from the normalised name: the same unknown actor groups across documents."""
    key = person_keys(name)[-1] if person else normalise(name)
    return "x-" + re.sub(r"\s+", "-", key)


def _discovered_type(name: str, label: str, context: str) -> str:
    if label == "PERSON":
        return "person"
    if label == "NORP":
        return "identity_group" if normalise(name) not in _FAITHS else "faith"
    words = set(normalise(name).split())
    near = set(normalise(context).split())
    if words & _PARTY_CUES:
        return "party"
    if words & _GROUP_CUES or near & {"militants", "jihadist", "rebel", "insurgent", "militia"}:
        return "armed_group"
    if words & _MEDIA_CUES or near & {"told", "reported", "quoted", "according"}:
        return "media"
    if words & _STATE_BODY_CUES:
        return "agency"
    return "organisation"


def discovered_actor(name: str, label: str, context: str = "") -> Actor:
    """A new canonical actor for a name the dictionary lacks, typed from its words and the
    words just before it ('told X' -> media, 'the militant group X' -> armed group)."""
    kind = _discovered_type(name, label, context)
    clean = strip_titles(name) if kind == "person" else re.sub(r"^[Tt]he\s+", "", name)
    return Actor(
        id=discovered_id(clean, person=kind == "person"),
        name=clean,
        type=kind,
        origin="discovered",
    )


@dataclass
class DocumentResolver:
    """Resolution state for one article: names it defined, persons it introduced."""

    dictionary: ActorDictionary
    published: date | None = None
    local: dict[str, str] = field(default_factory=dict)  # key -> actor id
    discovered: dict[str, Actor] = field(default_factory=dict)

    def learn_acronyms(self, pairs: Sequence[AcronymPair]) -> None:
        """Bind each defined acronym and its long form to one actor."""
        for pair in pairs:
            known = self._dictionary(pair.long) or self._dictionary(pair.acronym)
            if known is None:
                fuzzy = fuzzy_match(normalise(pair.long), self.dictionary)
                known = self._choose(self.dictionary.aliases[fuzzy[0]]) if fuzzy else None
            if known is None:
                actor = discovered_actor(pair.long, "ORG")
                actor = Actor(actor.id, actor.name, actor.type, aliases=(pair.acronym,),
                              origin="discovered")
                self.discovered[actor.id] = actor
                known = actor.id
            self.local.setdefault(normalise(pair.acronym), known)
            self.local.setdefault(normalise(pair.long), known)

    def learn_person(self, actor_id: str, name: str) -> None:
        """A full name seen in the text: its family name now points to this person."""
        for key in surname_keys(strip_titles(name)):
            self.local.setdefault(key, actor_id)

    def _choose(self, ids: Sequence[str]) -> str:
        """Among actors sharing a name, the one in office at the article's date."""
        if len(ids) > 1 and self.published is not None:
            for actor_id in ids:
                actor = self.dictionary.actors[actor_id]
                if any(active_on(role, self.published) for role in actor.roles):
                    return actor_id
        return ids[0]

    def _dictionary(self, name: str) -> str | None:
        ids = self.dictionary.lookup(name)
        return self._choose(ids) if ids else None

    def resolve(self, name: str, label: str, context: str = "") -> Resolution:
        """The actor `name` (an entity labelled `label`) refers to in this article."""
        bare = strip_titles(name) if label in ("PERSON", "ORG") else name
        for candidate in dict.fromkeys((name, bare)):
            key = normalise(candidate)
            if key in self.local:
                return Resolution(self.local[key], 0.9, "document")
            found = self._dictionary(candidate)
            if found:
                return Resolution(found, 0.95, "dictionary")
            if key in self.dictionary.demonyms:
                state = self.dictionary.state_of(self.dictionary.demonyms[key])
                return Resolution(state, 0.85, "demonym")
        key = normalise(bare)
        if label == "PERSON" and key in self.dictionary.surnames:
            ids = self.dictionary.surnames[key]
            return Resolution(self._choose(ids), 0.8 if len(ids) == 1 else 0.65, "surname")
        if label in PLACE_LABELS:
            misspelt = fuzzy_match(key, self.dictionary, states=True)
            if misspelt:
                state = self.dictionary.aliases[misspelt[0]][0]
                return Resolution(state, round(0.9 * misspelt[1], 3), "fuzzy")
            return Resolution(None, 0.0, "place")
        fuzzy = fuzzy_match(key, self.dictionary)
        if fuzzy:
            ids = self.dictionary.aliases[fuzzy[0]]
            return Resolution(self._choose(ids), round(0.9 * fuzzy[1], 3), "fuzzy")
        actor = discovered_actor(name, label, context)
        existing = self.local.get(normalise(actor.name))
        if existing:
            return Resolution(existing, 0.9, "document")
        self.discovered.setdefault(actor.id, actor)
        return Resolution(actor.id, 0.5, "discovered")
