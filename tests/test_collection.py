"""collection.py: the collector paused around a block, and what the block built
handed to the oldest generation when it comes back on."""

from __future__ import annotations

import gc
import weakref

import pytest

from cjm_desktop.collection import collection_paused


class _Node:
    """A tracked object (it has a __dict__)."""


def _generation_of(obj) -> int:
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation
    return -1


def test_what_the_block_built_is_in_the_oldest_generation_and_the_collector_is_on():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        built = [_Node() for _ in range(5000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert _generation_of(built) == 2 and _generation_of(built[-1]) == 2
    assert gc.get_count()[0] < 50  # no young collection is owed the 5,000 objects


def test_a_cycle_built_in_the_block_is_still_collected():
    with collection_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    assert gone() is not None
    gc.collect()
    assert gone() is None


def test_the_collector_is_on_again_after_the_block_raises():
    with pytest.raises(RuntimeError):
        with collection_paused():
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_caller_that_had_it_off_keeps_it_off_and_its_young_objects_young():
    gc.disable()
    try:
        young = _Node()
        with collection_paused():
            pass
        assert not gc.isenabled()
        assert _generation_of(young) == 0
    finally:
        gc.enable()


def test_objects_someone_froze_stay_frozen():
    gc.collect()
    kept = _Node()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collection_paused():
            _Node()
        assert gc.get_freeze_count() == frozen
        assert _generation_of(kept) == -1  # still in the permanent generation
    finally:
        gc.unfreeze()
