"""Dask: run extraction on a distributed cluster; results flow back to the single store writer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kg.errors import ConfigError


@contextmanager
def dask_client(address: str, workers: int = 2) -> Iterator[Any]:
    """A ``distributed.Client`` for ``address``; "local" starts a LocalCluster of ``workers`` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise ConfigError('--dask needs Dask: pip install "kg[dask]"') from e
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None)
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="20s")
    except OSError as e:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {e}; start it or use --dask local") from e
    with client:
        yield client
