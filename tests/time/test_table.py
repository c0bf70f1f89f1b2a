"""Rows for the dates command and exports."""

from __future__ import annotations

import json
from datetime import date

from newsgraph.time import DATE_COLUMNS, dates_table, find_times


def test_table_rows_have_the_columns_in_text_order() -> None:
    times = find_times("Yesterday rebels attacked; on Monday they left.", None, "d1")
    rows = dates_table(reversed(times))
    assert [row["text"] for row in rows] == ["Yesterday", "Monday"]
    assert all(tuple(row) == DATE_COLUMNS for row in rows)
    assert rows[0]["value"] is None and rows[0]["reason"]
    json.dumps(rows)


def test_table_dates_are_iso_strings() -> None:
    (row,) = dates_table(find_times("It began in 2012.", date(2013, 1, 16), "d1"))
    assert (row["value"], row["earliest"], row["latest"]) == ("2012", "2012-01-01", "2012-12-31")
