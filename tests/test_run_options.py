"""One options object carries a run's settings; bad combinations are refused when it is made."""

from pathlib import Path

import pytest

from dateline.read import ReadOptions
from dateline.run_options import RunOptions


def test_defaults_are_a_local_run():
    options = RunOptions()
    assert (options.engine, options.workers, options.out, options.actor_files) == ("local", 0, None, ())
    assert isinstance(options.read, ReadOptions)


def test_actor_files_become_paths():
    assert RunOptions(actor_files=["a.yaml"]).actor_files == (Path("a.yaml"),)


@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "unknown engine 'spark'"),
    ({"workers": 2}, "belong to the Dask engine"),
    ({"out": "parts/"}, "belong to the Dask engine"),
    ({"engine": "dask", "group": 0}, "1 or more"),
])
def test_bad_settings_are_refused_with_the_reason(kwargs, message):
    with pytest.raises(ValueError, match=message):
        RunOptions(**kwargs)
