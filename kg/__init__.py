"""kg: knowledge graphs of officials, organizations and initiatives from Chinese news."""

import os

__version__ = "0.1.0"

# kg's numeric work is small (LAC's batches, Kamada-Kawai on a few hundred nodes, PageRank), where
# OpenBLAS's thread pool spins on the other core instead of helping: one thread took the
# co-appearance view from 2.1 to 0.9 CPU seconds on two cores, the same bytes. A value the user set
# wins; it must be set before numpy loads OpenBLAS, hence here.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
