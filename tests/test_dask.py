"""The Dask executor: a real LocalCluster of two worker processes, the same graph."""

from __future__ import annotations

import pytest
from conftest import ROOT
from test_cli import assert_one_line_error, kgbuilder
from test_incremental import contents

distributed = pytest.importorskip("dask.distributed")  # in the test extra; CI installs it


def _pipelines_loaded() -> int:
    from kgbuilder.executors import worker_pipeline

    return worker_pipeline.cache_info().currsize


@pytest.fixture(scope="module")
def plain_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("plain") / "out"
    result = kgbuilder("build", str(ROOT / "seeds"), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


def test_a_cluster_of_two_workers_builds_the_same_graph(plain_build, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        out = tmp_path / "out"
        result = kgbuilder("build", str(ROOT / "seeds"), "--out", str(out), "--executor",
                           "dask", "--scheduler", cluster.scheduler_address,
                           "--partition-docs", "1", "--quiet")
        assert result.returncode == 0, result.stderr
        with distributed.Client(cluster) as client:  # each worker loaded spaCy once, used it
            loaded = client.run(_pipelines_loaded)
        assert sorted(loaded.values()) == [1, 1]
    assert contents(out) == contents(plain_build)


def test_the_default_local_cluster_builds_the_same_graph(plain_build, tmp_path):
    out = tmp_path / "out"
    result = kgbuilder("build", str(ROOT / "seeds"), "--out", str(out), "--executor", "dask",
                       "--workers", "2", "--quiet")
    assert result.returncode == 0, result.stderr
    assert contents(out) == contents(plain_build)


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path):
    result = kgbuilder("build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"),
                       "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert_one_line_error(result)
    assert "scheduler" in result.stderr and not (tmp_path / "out").exists()
