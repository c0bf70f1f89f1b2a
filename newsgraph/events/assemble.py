"""From parse candidates to `Event`, `Figure` and `Quote` records for one document.

Each candidate gets its mode, reporter, date and place, and its coding refined by the
instrument (warplanes: an air strike) and the actors (a state taking a town "regains
territory"). Then the document is read as a whole: a bare "the bombing" refers back to the
last bombing, two mentions of one event become one event with two mentions, a bombed town's
occupier becomes the target, and fatality figures attach to their events.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from newsgraph.events.anchor import event_date, event_place, paragraph_start
from newsgraph.events.attribution import reporter
from newsgraph.events.extract import Candidate, find_candidates
from newsgraph.events.figures import FigureDraft, find_figures
from newsgraph.events.mode import event_mode
from newsgraph.events.quotes import STAGE, find_quotes
from newsgraph.events.refs import ActorIndex
from newsgraph.events.tables import Coding, Lexicon
from newsgraph.model import ActorRef, Event, EventMode, Figure, Place, Quote, Span

__all__ = ["extract_document", "event_id"]

_STATE_AGENTS = {"MIL", "GOV", "COP", "SPY"}
_STATE_TYPES = {"state", "military", "agency", "government"}
_FATAL_PREPS = {"in", "during", "after", "from"}
_DEADLINE_PREPS = {"until", "by", "before", "till"}
# Objects of an attack that make it one on civilians ("attacked the village of X")
_CIVILIAN_OBJECTS = {
    "village", "hamlet", "market", "domicile", "home", "house", "mosque", "church", "school",
    "hospital", "wedding", "bus", "civilian", "villager", "man", "woman", "child", "person",
    "people", "trader", "farmer", "herder", "pastoralist", "motorcyclist", "resident",
    "passenger", "merchant", "driver", "worker", "student", "imam", "chief", "family",
    "individual", "vehicle", "truck", "shop", "residence", "well", "farm", "livestock",
    "herd", "cattle", "settlement", "teacher", "shepherd", "fisherman", "hunter",
}
# Objects that make an attack or killing a fight between armed groups (ACLED "Armed clash")
_ARMED_OBJECTS = {
    "militant", "soldier", "troop", "force", "army", "militia", "militiaman", "fighter",
    "jihadist", "terrorist", "rebel", "insurgent", "gunman", "assailant", "patrol", "checkpoint",
    "base", "position", "garrison", "outpost", "barracks", "post", "gendarme", "gendarmerie",
    "policeman", "guard", "peacekeeper", "hunter-militiaman", "dozo", "donso", "combatant",
}
# CAMEO agent codes of civilians and of armed actors (ACLED: attack vs armed clash)
_CIVILIAN_AGENTS = {"CVL", "BUS", "EDU", "MED", "REF", "HLH", "LAB", "AGR", "REL", "ELI", "JUD"}
_ARMED_AGENTS = {"MIL", "REB", "INS", "COP", "SPY", "UAF"}
_ARMED_TYPES = {"military", "armed_group"}
# Seizing or destroying these disrupts weapons use (ACLED), it is no looting or conquest
_WEAPON_OBJECTS = {"weapon", "arm", "rifle", "munition", "ammunition", "explosive", "ied",
                   "mine", "landmine", "gun", "grenade", "rocket", "mortar", "bomb", "device"}
_TAKING = {"Non-state actor overtakes territory", "Government regains territory",
           "Looting/property destruction"}
# Verbs of armed defence: an attack they govern met resistance
_DEFENCE = {"repel", "repulse", "respond", "resist", "counter", "thwart", "foil", "fend"}
# Direct violence whose ACLED type follows the target: armed -> clash, civilian -> attack
_DIRECT_VIOLENCE = {("Battles", "Armed clash"), ("Violence against civilians", "Attack")}
# Objects that make a "seizure" a taking of territory; other objects are property (looting)
_TERRITORY_OBJECTS = {"town", "city", "village", "area", "region", "base", "camp", "position",
                      "control", "territory", "locality", "district", "airport", "post",
                      "garrison", "border", "stronghold", "capital", "north", "south"}


@dataclass(slots=True)
class _Draft:
    """An event under construction; merged drafts pool their mentions."""

    candidate: Candidate
    coding: Coding
    mentions: list[Span]
    sentence: int
    mode: EventMode
    mode_cue: str | None
    reported_by: ActorRef | None
    date: str | None
    precision: str | None
    from_publication: bool
    place: Place | None
    source: ActorRef | None
    target: ActorRef | None
    inferred_target: bool = False
    figures: list[FigureDraft] = field(default_factory=list)
    triggers: list[int] = field(default_factory=list)

    @property
    def family(self) -> tuple[str | None, str | None]:
        return self.coding.plover_type, self.coding.acled_event_type

    @property
    def lexical_family(self) -> tuple[str | None, str | None]:
        """The family before refinement: "the attack" is the attack on the village above,
        though only that one's target made it an attack on civilians."""
        return self.candidate.coding.plover_type, self.candidate.coding.acled_event_type


def event_id(doc_id: str, key: str) -> str:
    """A deterministic event id: the same document and key give the same id."""
    return "ev_" + hashlib.sha1(f"{doc_id}|{key}".encode()).hexdigest()[:16]


def _is_state(candidate: Candidate, index: ActorIndex) -> bool | None:
    source = candidate.source
    if source is None or source.actor is None:
        return None
    if source.agent:
        return source.agent in _STATE_AGENTS
    actor_type = index.actor_type(source.actor)
    if actor_type:
        return actor_type in _STATE_TYPES
    code = source.actor.code or ""
    return len(code) == 3 or code[3:6] in _STATE_AGENTS if code else None


def _target_side(candidate: Candidate, index: ActorIndex) -> str | None:
    """'civilian' or 'armed' for the target of a violent act, None when the text says neither.

    A civilian object noun first ("killed an individual", "a group of civilians"), then the
    target's agent code, its actor's dictionary type or code, then an armed object noun."""
    if candidate.object_lemma in _CIVILIAN_OBJECTS:
        return "civilian"  # "attacked the village of X", even where X resolves to a name
    target = candidate.target
    agent = target.agent if target is not None else None
    if target is not None and target.actor is not None and agent is None:
        if index.actor_type(target.actor) in _ARMED_TYPES:
            return "armed"
        code = target.actor.code or ""
        agent = code[3:6] if len(code) >= 6 else None
    if agent in _CIVILIAN_AGENTS:
        return "civilian"
    if agent in _ARMED_AGENTS:
        return "armed"
    if candidate.object_lemma in _ARMED_OBJECTS:
        return "armed"
    return None


def _refine(candidate: Candidate, index: ActorIndex) -> Coding:
    """The lexicon coding adjusted by instrument, source type and civilian targets."""
    coding = candidate.coding
    instrument = candidate.instrument
    if instrument is not None and coding.plover_type == "ASSAULT":
        # Firearms serve clashes, attacks, abductions alike: only a remote weapon (bomb,
        # shell, drone) sets the ACLED type; otherwise the trigger and target decide
        keep = (instrument.acled_event_type, instrument.acled_sub_event_type) in _DIRECT_VIOLENCE
        coding = replace(
            coding,
            cameo=instrument.cameo,
            plover_mode=instrument.plover_mode,
            plover_context=coding.plover_context or "military",
            acled_event_type=coding.acled_event_type if keep else instrument.acled_event_type,
            acled_sub_event_type=(
                coding.acled_sub_event_type if keep else instrument.acled_sub_event_type
            ),
        )
    property_taken = (
        candidate.target is None and not candidate.places and candidate.object_lemma
        and candidate.object_lemma not in _TERRITORY_OBJECTS
        and candidate.trigger.doc[candidate.trigger.i].pos_ == "VERB"
    )
    if candidate.object_lemma in _WEAPON_OBJECTS and coding.acled_sub_event_type in _TAKING:
        return replace(coding, territory=False, acled_event_type="Strategic developments",
                       acled_sub_event_type="Disrupted weapons use")  # "seized weapons"
    if coding.territory and property_taken:  # "seized livestock": looting, not territory
        coding = replace(coding, cameo="171", territory=False,
                         acled_event_type="Strategic developments",
                         acled_sub_event_type="Looting/property destruction")
    if coding.territory:
        state = _is_state(candidate, index)
        if state is not None:
            sub = "Government regains territory" if state else "Non-state actor overtakes territory"
            coding = replace(coding, acled_sub_event_type=sub)
    if (coding.acled_event_type, coding.acled_sub_event_type) in _DIRECT_VIOLENCE:
        side = _target_side(candidate, index)
        if side == "civilian":
            coding = replace(coding, acled_event_type="Violence against civilians",
                             acled_sub_event_type="Attack")
        elif side == "armed":
            coding = replace(coding, acled_event_type="Battles", acled_sub_event_type="Armed clash")
    return coding


def _mention(candidate: Candidate, text: str) -> Span:
    """The evidence span: trigger and arguments, within the sentence."""
    trigger = candidate.trigger
    points = [(trigger.idx, trigger.idx + len(trigger))]
    for arg in (candidate.source, candidate.target, *candidate.places):
        if arg is not None:
            points.append((arg.start, arg.end))
    start, end = min(p[0] for p in points), max(p[1] for p in points)
    return Span(start, end, text[start:end])


def _time_links(candidate: Candidate, doc: Doc) -> tuple[set[int], set[int]]:
    """Starts of the sentence's times attached to the event's clause, and of deadlines."""
    trigger = candidate.trigger
    clause = {trigger.i, trigger.head.i} if trigger.dep_ in ("nsubj", "dobj") else {trigger.i}
    attached: set[int] = set()
    deadlines: set[int] = set()
    sentence = candidate.sentence
    for time in doc._.times or ():
        if not sentence.start_char <= time.start < sentence.end_char:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        token, hops = span.root, 0
        while token.head.i != token.i and hops < 4:
            if token.dep_ == "pobj" and token.head.lower_ in _DEADLINE_PREPS:
                deadlines.add(time.start)
                break
            token, hops = token.head, hops + 1
            if token.i in clause:
                attached.add(time.start)
                break
    return attached, deadlines


def _draft(candidate: Candidate, doc: Doc, index: ActorIndex, sentence_index: int) -> _Draft:
    document = doc._.document
    trigger = candidate.trigger
    sentence = candidate.sentence
    bounds = (sentence.start_char, sentence.end_char)
    mode, cue = event_mode(trigger)
    para = paragraph_start(index.text, document.paragraphs if document else (), bounds[0])
    attached, deadlines = _time_links(candidate, doc)
    if mode != "occurred":
        deadlines = set()  # "plan to send drones by the end of 2012": the plan's horizon
    value, precision, from_pub = event_date(
        trigger.idx, bounds, para, doc._.times, document.published if document else None,
        attached, deadlines,
    )
    own = [a.place for a in candidate.places if a.place is not None]
    place = event_place(trigger.idx, bounds, own, list(doc._.places or ()))
    return _Draft(
        candidate=candidate,
        coding=_refine(candidate, index),
        mentions=[_mention(candidate, index.text)],
        sentence=sentence_index,
        mode=mode,
        mode_cue=cue,
        reported_by=reporter(trigger, sentence, index),
        date=value,
        precision=precision,
        from_publication=from_pub,
        place=place,
        source=candidate.source.actor if candidate.source else None,
        target=candidate.target.actor if candidate.target else None,
        triggers=[trigger.i],
    )


def _bare(draft: _Draft) -> bool:
    """No actor, no place and no weapon: nothing to anchor the event to."""
    return (draft.source is None and draft.target is None and draft.place is None
            and draft.candidate.instrument is None)


def _place_key(place: Place | None) -> object:
    if place is None:
        return None
    return place.geonameid or (place.name or place.text).lower()


def _absorb(into: _Draft, other: _Draft) -> None:
    into.mentions.extend(m for m in other.mentions if m not in into.mentions)
    into.triggers.extend(other.triggers)
    into.source = into.source or other.source
    into.target = into.target or other.target
    into.place = into.place or other.place
    into.reported_by = into.reported_by or other.reported_by
    if into.from_publication and not other.from_publication and other.date:
        into.date, into.precision, into.from_publication = other.date, other.precision, False


def _same_event(a: _Draft, b: _Draft) -> bool:
    if a.family != b.family or a.coding.cameo_root != b.coding.cameo_root or a.mode != b.mode:
        return False
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x is not None and y is not None and x.actor_id != y.actor_id:
            return False
    pa, pb = _place_key(a.place), _place_key(b.place)
    if pa is not None and pb is not None and pa != pb:
        return False
    if a.sentence == b.sentence:
        return True  # "a military coup in Bamako, ousting ... Touré": one event
    if (a.source is None) != (b.source is None) and (a.target is None) != (b.target is None):
        return False
    anchored = (a.source or a.target) and (b.source or b.target)
    dated = a.from_publication or b.from_publication or a.date == b.date
    return bool(anchored and dated and (pa == pb))


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Resolve "the bombing" to the last bombing, merge mentions of one event, drop the
    rest of the bare nominals (nothing to anchor them)."""
    out: list[_Draft] = []
    for draft in drafts:
        trigger = draft.candidate.trigger
        if _bare(draft) and draft.candidate.nominal:
            definite = draft.candidate.nominal and any(
                c.lower_ == "the" for c in trigger.children
            )
            earlier = [d for d in out if d.family == draft.family
                       or d.lexical_family == draft.lexical_family]
            if definite and earlier:
                target = earlier[-1]
                target.mentions.extend(draft.mentions)
                target.triggers.extend(draft.triggers)
                target.figures.extend(draft.figures)
            continue
        same = next((d for d in out if _same_event(d, draft)), None)
        if same is not None:
            _absorb(same, draft)
        else:
            out.append(draft)
    return out


def _inherit_instruments(drafts: list[_Draft], index: ActorIndex) -> None:
    """A bombing with no weapon named takes the weapon of the document's other bombings."""
    for draft in drafts:
        if draft.candidate.instrument is not None or draft.coding.plover_type != "ASSAULT":
            continue
        donor = next(
            (d for d in drafts if d.candidate.instrument is not None and d is not draft
             and d.candidate.lemma[:4] == draft.candidate.lemma[:4]),
            None,
        )
        if donor is not None:  # the text names no weapon here: code as if, keep it unnamed
            armed = replace(draft.candidate, instrument=donor.candidate.instrument)
            draft.coding = _refine(armed, index)


def _violent(draft: _Draft, index: ActorIndex) -> bool:
    """Violence or destruction by non-state hands (a police crackdown does not make the
    demonstrators violent)."""
    coding = draft.coding
    violent = coding.plover_type == "ASSAULT" or coding.acled_event_type == "Riots" or (
        coding.acled_sub_event_type == "Looting/property destruction")
    return violent and draft.mode == "occurred" and _is_state(draft.candidate, index) is not True


def _escalate_protests(drafts: list[_Draft], index: ActorIndex) -> None:
    """ACLED: a demonstration whose participants turn to violence, vandalism or barricades
    (this sentence or the next two) is a violent demonstration, not a peaceful protest."""
    for draft in drafts:
        if draft.coding.acled_event_type != "Protests":
            continue
        if any(0 <= d.sentence - draft.sentence <= 2 and d is not draft and _violent(d, index)
               for d in drafts):
            draft.coding = replace(draft.coding, cameo="145", plover_mode="riot",
                                   acled_event_type="Riots",
                                   acled_sub_event_type="Violent demonstration")


def _defended_attacks(drafts: list[_Draft], doc: Doc) -> None:
    """ACLED: an attack that armed defenders repel or respond to is an armed clash."""
    for draft in drafts:
        if draft.coding.acled_sub_event_type == "Attack" and _defended(draft, doc):
            draft.coding = replace(draft.coding, acled_event_type="Battles",
                                   acled_sub_event_type="Armed clash")


def _defended(draft: _Draft, doc: Doc) -> bool:
    """A mention of the attack is what someone repelled or responded to: "village
    self-defense repelled the attack", "soldiers responded to the attack"."""
    for i in draft.triggers:
        governor = doc[i].head
        if governor.dep_ == "prep":
            governor = governor.head
        if governor.i != i and governor.lemma_.lower() in _DEFENCE:
            return True
    return False


def _infer_targets(drafts: list[_Draft]) -> None:
    """An attack on a place with no target named targets whoever the text says holds it."""
    holders: dict[object, ActorRef] = {}
    for d in drafts:
        if d.coding.territory and d.mode == "occurred" and d.source and d.place:
            holders.setdefault(_place_key(d.place), d.source)
    for draft in drafts:
        if draft.coding.plover_type == "ASSAULT" and draft.target is None:
            holder = holders.get(_place_key(draft.place))
            if holder is not None and holder != draft.source:
                draft.target, draft.inferred_target = holder, True


def _link_figures(
    figures: list[FigureDraft], drafts: list[_Draft], doc: Doc, text: str
) -> dict[int, int]:
    """figure index -> draft index, for figures that belong to an event."""
    by_trigger = {t: n for n, d in enumerate(drafts) for t in d.triggers}
    links: dict[int, int] = {}
    for f_index, figure in enumerate(figures):
        anchor = doc[figure.anchor]
        sentence = anchor.sent
        if figure.kind == "force":
            for ancestor in [anchor, *anchor.ancestors]:
                if ancestor.i in by_trigger:
                    links[f_index] = by_trigger[ancestor.i]
                    break
            continue
        pointed = [
            obj.i for prep in anchor.children if prep.lower_ in _FATAL_PREPS
            for obj in prep.children if obj.i in by_trigger
        ]
        if pointed:
            links[f_index] = by_trigger[pointed[0]]
            continue
        if figure.kind not in ("fatalities", "injured"):
            continue  # hostages, displaced: only where the text ties them to an event
        violent = [
            (n, t) for t, n in by_trigger.items()
            if drafts[n].coding.plover_type == "ASSAULT" and t < sentence.end
        ]
        same = [(n, t) for n, t in violent if t >= sentence.start]
        if same:
            links[f_index] = min(same, key=lambda p: abs(p[1] - anchor.i))[0]
            continue
        para = paragraph_start(text, (), sentence.start_char)
        earlier = [(n, t) for n, t in violent if doc[t].idx >= para]
        if earlier:
            links[f_index] = max(earlier, key=lambda p: p[1])[0]
    return links


def _confidence(draft: _Draft) -> float:
    score = 0.55 if draft.coding.curated else 0.35
    score += 0.15 if draft.source else 0.0
    score += 0.1 if draft.target else 0.0
    score += 0.05 if draft.place else 0.0
    score += 0.05 if draft.date and not draft.from_publication else 0.0
    score -= 0.1 if draft.inferred_target else 0.0
    score += 0.05 * (len(draft.mentions) - 1)
    return round(min(max(score, 0.05), 0.95), 2)


def _event(draft: _Draft, doc_id: str, fatalities: tuple[int | None, int | None]) -> Event:
    coding = draft.coding
    trigger = draft.candidate.trigger
    action = trigger.lemma_.lower()
    key = "|".join(
        str(x) for x in (
            coding.plover_type, coding.cameo, action,
            draft.source.actor_id if draft.source else None,
            draft.target.actor_id if draft.target else None,
            _place_key(draft.place), draft.date, draft.mode, draft.mentions[0].start,
        )
    )
    return Event(
        id=event_id(doc_id, key),
        doc_id=doc_id,
        mentions=tuple(sorted(draft.mentions, key=lambda m: m.start)),
        action=action,
        stage=STAGE,
        confidence=_confidence(draft),
        source=draft.source,
        target=draft.target,
        plover_type=coding.plover_type,
        plover_mode=coding.plover_mode,
        plover_context=coding.plover_context,
        cameo_root=coding.cameo_root,
        acled_event_type=coding.acled_event_type,
        acled_sub_event_type=coding.acled_sub_event_type,
        mode=draft.mode,
        mode_cue=draft.mode_cue,
        reported_by=draft.reported_by,
        date=draft.date,
        date_precision=draft.precision,
        date_from_publication=draft.from_publication,
        place=draft.place,
        fatalities_min=fatalities[0],
        fatalities_max=fatalities[1],
    )


def extract_document(
    doc: Doc, broad: bool = False, words: Lexicon | None = None
) -> tuple[list[Event], list[Figure], list[Quote]]:
    """All events, figures and quotes of one parsed document (`broad`, `words`: see
    `extract.find_candidates`)."""
    document = doc._.document
    doc_id = document.id if document is not None else ""
    index = ActorIndex(doc)
    drafts: list[_Draft] = []
    figures: list[FigureDraft] = []
    for number, sentence in enumerate(doc.sents):
        drafts.extend(
            _draft(c, doc, index, number)
            for c in find_candidates(sentence, index, broad, words)
        )
        figures.extend(find_figures(sentence, index))
    _inherit_instruments(drafts, index)
    drafts = _merge(drafts)
    _escalate_protests(drafts, index)
    _defended_attacks(drafts, doc)
    _infer_targets(drafts)
    quotes = find_quotes(doc, index, doc_id)
    for draft in drafts:
        if draft.reported_by is None:
            at = draft.candidate.trigger.idx
            quote = next((q for q in quotes if q.direct and q.start <= at < q.end), None)
            draft.reported_by = quote.speaker if quote else None
    links = _link_figures(figures, drafts, doc, index.text)
    fatalities: dict[int, tuple[int | None, int | None]] = {}
    for f_index, d_index in links.items():
        figure = figures[f_index]
        if figure.kind == "fatalities" and d_index not in fatalities:
            fatalities[d_index] = (figure.min, figure.max)
    events = [_event(d, doc_id, fatalities.get(n, (None, None))) for n, d in enumerate(drafts)]
    records = [
        Figure(doc_id, f.start, f.end, f.text, f.kind, STAGE,
               0.8 if f_index in links or f.kind == "force" else 0.6,
               f.min, f.max, f.actor, f.status, f.qualifier,
               events[links[f_index]].id if f_index in links else None, f.reported_by)
        for f_index, f in enumerate(figures)
    ]
    return events, records, quotes
