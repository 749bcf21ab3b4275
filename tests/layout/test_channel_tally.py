"""The canvas's channel rows counted card by card (ChannelTally) equal the rows counted
from the whole map (stage_channels) after every card edit: channel typed, changed or
cleared, card moved to another stage or lane, added, deleted."""

from __future__ import annotations

import random

from cjm_desktop.layout.channel_row import ChannelTally, stage_channels
from cjm_desktop.model import Card, LaneKind
from cjm_desktop.templates.generated import generate_map

CHANNELS = ["Zalo", "điện thoại", "Facebook", "TikTok", "Google Maps", "tự do, không có biểu tượng", ""]


def test_the_tally_follows_every_card_edit_as_a_full_count():
    m = generate_map(cards=300, stages=6, lanes=6, personas=1, connectors=0, seed=3)
    m.lanes[1].kind = m.lanes[4].kind = LaneKind.TOUCHPOINTS
    rng = random.Random(3)
    for c in m.cards:
        c.channel = rng.choice(CHANNELS)
    tally = ChannelTally()
    tally.rebuild(m)
    assert {sid: tally.channels(sid) for sid in tally.counts if tally.channels(sid)} == stage_channels(m)
    for step in range(300):
        card = rng.choice(m.cards)
        what = rng.choice(["channel", "stage", "lane", "add", "delete"])
        touched = [card.id]
        if what == "channel":
            card.channel = rng.choice(CHANNELS)
        elif what == "stage":
            card.stage_id = rng.choice(m.stages).id
        elif what == "lane":
            card.lane_id = rng.choice(m.lanes).id
        elif what == "add":
            new = Card(stage_id=rng.choice(m.stages).id, lane_id=m.lanes[1].id, channel=rng.choice(CHANNELS))
            m.cards.append(new)
            touched = [new.id]
        else:
            m.cards.remove(card)
        by_id = {c.id: c for c in m.cards}
        changed = tally.update(touched, by_id.get)
        want = stage_channels(m)
        assert {sid: tally.channels(sid) for sid in {*want, *changed} if tally.channels(sid)} == want, step
        assert all(tally.channels(sid) == () for sid in changed if sid not in want)
