"""Direct and indirect speech with the speaker and the span of what was said."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_quotes_direct_after_colon(annotate):
    text = ("One US official said: \u201cThe secretary underscored that a political process "
            "and our counter-terrorism efforts in Mali need to work in parallel.\u201d")
    doc = annotate(text, actors=[("US", "USA", "United States", "USA", "state")])
    (quote,) = [q for q in doc._.quotes if q.direct]
    assert quote.speaker_text == "One US official" and quote.cue == "said"
    assert quote.speaker.actor_id == "USA"
    assert text[quote.start : quote.end] == quote.text
    assert quote.text.startswith("The secretary") and quote.text.endswith("parallel.")


def test_quotes_told_an_outlet_then_adding(annotate):
    doc = annotate(
        "One commander in nearby Niono told the Associated Press that he feared the Diabaly "
        "garrison had been massacred, adding: \"We feel truly threatened.\""
    )
    indirect = [q for q in doc._.quotes if not q.direct]
    assert indirect[0].cue == "told" and indirect[0].speaker_text == "One commander"
    assert indirect[0].text.startswith("he feared the Diabaly garrison")
    (direct,) = [q for q in doc._.quotes if q.direct]
    assert direct.text == "We feel truly threatened."
    assert (direct.cue, direct.speaker_text) == ("adding", "One commander")


def test_quotes_according_to_an_outlet(annotate):
    doc = annotate(
        "According to Le Monde, its main phases will be \u201ca consolidation of Malian "
        "sovereignty in the south of the country.\u201d",
        actors=[("Le Monde", "LEMONDE", "Le Monde", None, "media")],
    )
    (quote,) = doc._.quotes
    assert quote.cue == "according to" and quote.speaker.actor_id == "LEMONDE"


def test_quotes_outlet_quoted_officials_who_said(annotate):
    doc = annotate(
        "AP quoted US officials, who said \u201cthe US has already expanded its intelligence "
        "effort with spy flights over the north.\u201d"
    )
    (quote,) = [q for q in doc._.quotes if q.direct]
    assert quote.speaker_text == "US officials" and quote.cue == "said"


def test_quotes_speaker_after_the_quote(annotate):
    doc = annotate(
        "\u201cIt has turned the tables in the region,\u201d said Ghislaine Lydon, a history "
        "professor at UCLA.",
        actors=[("Ghislaine Lydon", "LYDON", "Ghislaine Lydon", None, "person")],
    )
    (quote,) = doc._.quotes
    assert quote.speaker.actor_id == "LYDON" and quote.direct


def test_quotes_scare_quotes_are_not_speech(annotate):
    doc = annotate("France claims it is a war for \u201cdemocracy\u201d in the Sahel.")
    assert all(q.text != "democracy" for q in doc._.quotes)
