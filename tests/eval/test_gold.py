"""Every gold adapter reads its data, with the counts its folder's README gives."""

from __future__ import annotations

from collections import Counter

from newsgraph.eval.gold import acled, geoparsing, petrarch, plover, polnear, tempeval
from tests.eval import needs_data


@needs_data
def test_gold_acled_splits_by_event_number() -> None:
    dev, test = acled.load("dev"), acled.load("test")
    assert len(dev) == 3651
    assert Counter(e.corpus for e in test) == {"mali": 3642, "burkina": 254}
    assert all(int(e.event_id[3:]) % 2 == 0 for e in dev)
    assert all(e.notes and e.event_type for e in test)
    assert len(acled.load("dev", with_legacy=True)) == 3651 + 1339


@needs_data
def test_gold_acled_reads_both_date_formats() -> None:
    burkina = [e for e in acled.load("test") if e.corpus == "burkina"]
    assert burkina[0].event_id == "BFO4460" and burkina[0].date.isoformat() == "2021-02-16"


@needs_data
def test_gold_plover_skips_the_header_and_splits_161() -> None:
    dev, test = plover.load("dev"), plover.load("test")
    assert (len(dev), len(test)) == (161, 161)
    coding = dev[0].codings[0]
    assert coding.plover_type == "AGREE" and coding.source == ("HUN", "ROU")


@needs_data
def test_gold_petrarch_reads_the_malformed_file() -> None:
    test = petrarch.load("test")
    assert len(test) == 78
    assert sum(not s.codings for s in test) == 12
    assert test[0].codings[0].cameo == "042" and test[0].codings[0].source == ("USA",)


@needs_data
def test_gold_petrarch_unit_tests_keep_only_cameo_roots() -> None:
    dev = petrarch.load("dev")
    assert len(dev) == 284
    roots = {c.cameo_root for s in dev for c in s.codings}
    assert None in roots  # the private 9xx test codes
    assert all(r is None or 1 <= int(r) <= 20 for r in roots)


@needs_data
def test_gold_geoparsing_offsets_all_match_their_text() -> None:
    documents = geoparsing.load("test")
    counts = Counter(d.corpus for d in documents)
    assert counts == {"GeoWebNews": 100, "TR-News": 118, "LGL": 588, "GeoVirus": 229}
    assert all(d.text[t.start : t.end] == t.text for d in documents for t in d.toponyms)
    ids = Counter(d.corpus for d in documents for t in d.toponyms if t.geonameid)
    assert ids == {"GeoWebNews": 1141, "TR-News": 1275, "LGL": 4462}


@needs_data
def test_gold_geoparsing_dev_is_the_first_100_geowebnews_articles() -> None:
    dev = geoparsing.load("dev")
    assert len(dev) == 100 and {d.corpus for d in dev} == {"GeoWebNews"}
    assert dev[0].doc_id == "GWN-0"


def test_gold_geoparsing_realign_finds_shifted_phrase() -> None:
    text = "  In Bamako, then Gao."
    assert geoparsing.realign(text, 3, 9, "Bamako") == (5, 11)
    assert geoparsing.realign(text, 5, 11, "Bamako") == (5, 11)
    assert geoparsing.realign(text, 5, 11, "Kidal") is None


@needs_data
def test_gold_tempeval_timexes_and_dct() -> None:
    test = tempeval.load("test")
    assert len(test) == 20 and sum(len(d.timexes) for d in test) == 138
    assert all(d.dct is not None for d in test)
    assert all(d.text[t.start : t.end] == t.text for d in test for t in d.timexes)
    assert sum(len(d.timexes) for d in tempeval.load("dev")) == 1822


def test_gold_tempeval_parse_strips_tags_and_counts_offsets() -> None:
    raw = (
        '<DCT><TIMEX3 tid="t0" value="2013-03-22">March 22</TIMEX3></DCT><TEXT>'
        'It &amp; <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">'
        "Thursday</TIMEX3>.</TEXT>"
    )
    document = tempeval.parse(raw, "d", "c")
    assert document.text == "It & rose Thursday."
    assert document.dct.isoformat() == "2013-03-22"
    (timex,) = document.timexes
    assert (timex.start, timex.end, timex.text, timex.value) == (10, 18, "Thursday", "2013-03-21")


@needs_data
def test_gold_polnear_one_annotation_per_article() -> None:
    dev = polnear.load("dev")
    assert len(dev) == 84
    assert all(d.text[s:e] for d in dev for a in d.attributions for s, e in a.content)
    assert dev[0].published is not None


def test_gold_polnear_parse_ann_links_roles() -> None:
    ann = (
        "T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\nT3\tContent 9 14;20 25\thello world\n"
        "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "E2\tAttribution-no-source:T4\n"
    )
    (attribution,) = polnear.parse_ann(ann)
    assert attribution.source == ((0, 3),) and attribution.cue == ((4, 8),)
    assert attribution.content_span == (9, 25)
