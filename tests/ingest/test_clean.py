from newsgraph.ingest.clean import (
    clean_paragraphs,
    join_broken_paragraphs,
    layout,
    sentence_offsets,
    strip_markdown,
)


def test_clean_strip_markdown_keeps_link_text_and_drops_emphasis():
    assert strip_markdown("**[wsws.org/contact](http://wsws.org/contact)**") == "wsws.org/contact"
    assert strip_markdown("told the *New York Times*:") == "told the New York Times:"
    assert strip_markdown("# A headline") == "A headline"


def test_clean_joins_sentence_broken_by_blank_line():
    assert join_broken_paragraphs(["One anonymous US military", "source told Reuters."]) == [
        "One anonymous US military source told Reuters."
    ]


def test_clean_keeps_real_paragraph_and_heading_breaks():
    paragraphs = ["The first ends here.", "Rebels advance in the north", "The army retreated."]
    assert join_broken_paragraphs(paragraphs) == paragraphs


def test_clean_joins_long_fragment_before_capitalised_word():
    fragment = "The minister said the talks would continue with the " + "x " * 50 + "and the"
    assert len(join_broken_paragraphs([fragment, "Malian army left."])) == 1


def test_clean_removes_contact_footer_and_bare_links():
    body = "Troops moved north.\n\n\n\nTo contact the editors and the  \nnewsroom visit:\n\n" \
        "**[example.org/contact](http://example.org/contact)**"
    assert clean_paragraphs(body) == ["Troops moved north."]


def test_clean_removes_caption_with_credit_line():
    body = "Troops moved north.\n\nA general speaks about the plan\nSource: France24\n\nThen more."
    assert clean_paragraphs(body) == ["Troops moved north.", "Then more."]


def test_clean_removes_trailing_related_headlines():
    body = (
        "The last paragraph of the story ends here.\n\n"
        "Rebels seize town in north\nArmy vows to retake base\n\nUN envoy arrives in capital\n"
        "Talks stall over ceasefire"
    )
    assert clean_paragraphs(body) == ["The last paragraph of the story ends here."]


def test_clean_layout_offsets_point_into_text():
    text, offsets = layout(["First paragraph.", "Second one. Two sentences."])
    assert [text[s:e] for s, e in offsets] == ["First paragraph.", "Second one. Two sentences."]
    sentences = sentence_offsets(text, offsets)
    assert [text[s:e] for s, e in sentences] == [
        "First paragraph.",
        "Second one.",
        "Two sentences.",
    ]
