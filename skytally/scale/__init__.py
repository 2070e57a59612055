"""The same pipeline on Dask: partition the inputs, extract each partition, write Parquet.

    plan.py        inputs → ``PartitionSpec``s (JSONL by line ranges, other files whole)
    partition.py   ``run_partition``: spec in, documents/extractions/failures out (pure)
    parquet.py     partition records ⇄ Parquet files, written atomically
    task.py        ``process_partition``: run one partition and write it (any engine)
    batch.py       run the partitions on a Dask cluster (needs the ``scale`` extra)
    resume.py      the saved plan of a run, and which of its partitions are finished
    load.py        bulk-load written partitions into a database store

Only the engine-neutral pieces are imported here; ``skytally.scale.batch``
pulls in ``dask.distributed`` and ``skytally.scale.parquet`` pulls in pyarrow.
"""

from __future__ import annotations

from skytally.scale.partition import PartitionRecords, PartitionSpec, run_partition
from skytally.scale.plan import parse_size, plan_partitions

__all__ = ["PartitionRecords", "PartitionSpec", "parse_size", "plan_partitions", "run_partition"]
