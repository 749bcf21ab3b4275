"""HeaderSync: the stage and lane header items of a map kept in step with its
layout (made when new, given their lines, picture, channel row and open-comment
count); a part of :class:`~cjm_desktop.canvas.scene_items.SceneItems`."""

from __future__ import annotations

from ..layout.channel_row import channel_row, touchpoint_lanes
from ..model import ObjectKind
from ..model.votes import open_comments
from .items.lane_header import LaneHeaderItem
from .items.stage_header import StageHeaderItem


class HeaderSync:
    """Needs ``scene``, ``map``, ``layout``, the ``stages`` / ``lanes`` item tables and the
    ``channel_tally`` (:class:`~cjm_desktop.layout.channel_row.ChannelTally`) of SceneItems."""

    def sync_stages(self, ids, changed=None) -> set[str]:
        """The headers of the stages ``ids``; the ids of those given their data.
        ``changed``: after a change of stages or lanes, the stages it named; any other
        whose header stands where it did (so at the same place in the order) with the
        same lines is left as it is (a lane added moves no stage header)."""
        lay, m = self.layout, self.map
        last = len(m.stages) - 1
        done = set()
        for i, stage in enumerate(m.stages):
            if stage.id not in ids:
                continue
            item = self.stages.get(stage.id)
            rect, lines = lay.stage_headers[stage.id], lay.stage_header_lines[stage.id]
            if (changed is not None and item is not None and stage.id not in changed
                    and item.last == (i == last) and item.rect_in_map == rect and item.lines == lines):
                continue
            if item is None:
                item = self.stages[stage.id] = StageHeaderItem(stage.id)
                self.scene.addItem(item)
            picture = lay.stage_pictures.get(stage.id)
            item.set_data(rect, lines, stage.colour, stage.title, stage.description, i, i == last,
                          None if picture is None else (picture, m.image(picture.image)))
            item.set_open_comments(open_comments(stage))
            done.add(stage.id)
        return done

    def sync_stage_channels(self, change=None, placed=None) -> None:
        """Each stage header's channel row, from its touchpoint cards: after an edit of
        cards alone (``change``) only the rows of their stages, else every row (or,
        ``placed``, after a change of stages or lanes, those of the headers it placed)."""
        tally = self.channel_tally
        headers = self.layout.stage_headers
        full = change is None or change.reset
        grid = full or change.touches(ObjectKind.LANES, ObjectKind.STAGES)
        if full or (grid and tally.lanes != touchpoint_lanes(self.map)):
            tally.rebuild(self.map)
            stages = self.stages.keys()
        else:
            doc = self.scene.doc
            cards = doc.map.cards

            def card_of(cid: str):
                try:
                    return cards[doc.card_position(cid)]
                except KeyError:  # deleted
                    return None
            stages = tally.update(change.ids(ObjectKind.CARDS), card_of)
            if grid:  # the same touchpoint lanes, stages added, moved or resized: their rows placed again
                stages = self.stages.keys() if placed is None else set(stages) | placed
        for sid in stages:
            item = self.stages.get(sid)
            if item is not None:
                item.set_channel_chips(channel_row(headers[sid], tally.channels(sid)))

    def sync_lanes(self, ids, changed=None) -> None:
        """The headers of the lanes ``ids`` (``changed``: as for :meth:`sync_stages`)."""
        lay = self.layout
        feelings = lay.feelings_lanes[0] if lay.feelings_lanes else None
        for index, lane in enumerate(self.map.lanes):
            if lane.id not in ids:
                continue
            item = self.lanes.get(lane.id)
            rect, lines = lay.lane_headers[lane.id], lay.lane_header_lines[lane.id]
            if (changed is not None and item is not None and lane.id not in changed
                    and (item.scale_layout is not None) == (lane.id == feelings)
                    and item.rect_in_map == rect and item.lines == lines):
                continue
            if item is None:
                item = self.lanes[lane.id] = LaneHeaderItem(lane.id)
                self.scene.addItem(item)
            item.set_data(rect, lines, lane.kind, lane.collapsed, lane.title, index,
                          lay if lane.id == feelings else None)
            item.set_open_comments(open_comments(lane))
