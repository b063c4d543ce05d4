"""digest: a static-site generator for annotated news digests."""

__version__ = "0.2.0"

import os as _os

# digest parallelises by story, one process per core: numerical libraries' own thread pools only
# compete with those processes (a sentence-vector product is small), so they get one thread each.
# Set before numpy or the tokenizer is imported; a user's explicit setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")
_os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
