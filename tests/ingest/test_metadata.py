from datetime import date

from newsgraph.ingest.metadata import (
    looks_like_outlet,
    parse_authors,
    parse_date_line,
    parse_header,
)


def test_metadata_date_lines():
    assert parse_date_line("3 November 2012") == date(2012, 11, 3)
    assert parse_date_line("January 16, 2013") == date(2013, 1, 16)
    assert parse_date_line("Published: 2021-10-14") == date(2021, 10, 14)
    assert parse_date_line("Wednesday, 16 January 2013") == date(2013, 1, 16)
    assert parse_date_line("We feel truly threatened") is None
    assert parse_date_line("In March the army seized power") is None


def test_metadata_authors():
    assert parse_authors("Alex Lantier") == ("Alex Lantier",)
    assert parse_authors("By Jane Doe and John Smith") == ("Jane Doe", "John Smith")
    assert parse_authors("Malian president accuses Paris of arming groups") == ()
    assert parse_authors("Center for Strategic Communication") == ()


def test_metadata_outlet_line():
    assert looks_like_outlet("Center for Strategic Communication")
    assert not looks_like_outlet("Center of Mali falls to the rebels")


def test_metadata_header_orders():
    lines = ["", "# Rebels take the north", "", "**Jane Doe**", "**3 November 2012**", "", "Body."]
    meta, start = parse_header(lines)
    assert (meta.title, meta.authors, meta.published) == (
        "Rebels take the north",
        ("Jane Doe",),
        date(2012, 11, 3),
    )
    assert lines[start:] == ["Body."]
    meta, _ = parse_header(["14 October 2021", "By Jane Doe", "Junta expels the ambassador", "x"])
    assert (meta.title, meta.authors, meta.published) == (
        "Junta expels the ambassador",
        ("Jane Doe",),
        date(2021, 10, 14),
    )


def test_metadata_no_printed_date_stays_unknown():
    body = "The Islamist takeover of two-thirds of the country this year has spurred the West " * 3
    meta, start = parse_header(["Center for Strategic Communication", "", body])
    assert meta.outlet == "Center for Strategic Communication"
    assert meta.published is None and meta.title is None
    assert start == 1


def test_metadata_short_first_sentence_is_body_not_title():
    lines = ["Children's commissioner named", "", "A commissioner has been appointed.", "", "More."]
    meta, start = parse_header(lines)
    assert meta.title == "Children's commissioner named"
    assert lines[start] == "A commissioner has been appointed."
