"""Queries over the stored record: listings, series, rates, records, places, timeline.

    browse.py            listings of events, claims and documents (CLI, REST)
    tally.py             ``Tally``: the notebook API, ``skytally.open(db)``, polars frames
    frame.py, load.py    the claims frame and reading it from the store
    figures.py           the figure rule: one figure per night, weapon and outcome
    series.py            nightly series, weekly/monthly roll-ups, rolling means
    records.py           top nights, "largest since", percentiles, record-claim checks
    places.py            nights, claims and casualties per place
    timeline.py          political events stored with their reports (store/political.py)
    impact.py            nightly figures before and after each political event
    plot.py              the chart (matplotlib, Agg)

Nothing is imported here, so ``skytally.query.browse`` does not pull in polars.
"""
