"""Batch scoring: a dump of articles (JSONL, CSV, Parquet) scored in bounded memory (``annotator score``).

The pipeline is ``reader -> chunks -> engine -> writer``:

* readers stream records (JSONL and ``.jsonl.gz`` line by line, CSV with
  pandas ``chunksize``, Parquet by pyarrow record batches) and check each
  record's text; a record that cannot be scored carries its error message on;
* an engine scores chunks in input order: in this process, in joblib (loky)
  worker processes (``--jobs N``), or on a dask ``distributed`` cluster
  (``--engine dask``: windows of chunks as ``dask.bag`` partitions scored by
  ``map_partitions``, on a ``LocalCluster`` unless ``--scheduler`` is given);
  each worker loads the model once and keeps it;
* a writer appends one output record per input record to ``OUT.partial``,
  which is moved onto ``OUT`` (``os.replace``) when the run completes.

Output records hold ``id``, ``spans``, ``n_chars``, ``editorial_share`` and
``error`` (``None`` or a message); the text itself is not copied out.  A
record's ``id`` is its ``--id-field`` value, or its 0-based record number
when the field is absent or null (and for lines that are not JSON).  Every
physical JSONL line is a record: output record ``n`` answers input line
``n`` (counted from 0), and a blank line gets an error record, ``blank line``.

Null and empty texts follow one rule in every format: a null or missing text
is an error record saying so (``'text' is null``), an empty string is an
empty text (no spans).  In JSONL that is ``null`` or no field against
``""``; in Parquet a null cell against an empty string; in CSV an absent
cell (``a,,b``) against a quoted empty one (``a,"",b``), which pyarrow's
CSV reader tells apart (pandas would turn both into the same value).

Output named ``.gz`` (``scored.jsonl.gz``, ``scored.csv.gz``) is written
gzip-compressed; Parquet is compressed inside the file and refuses ``.gz``.

``--resume`` continues ``OUT.partial`` after its last complete line (a torn
last line is cut off) and needs JSONL output: a torn CSV row is ambiguous
and a Parquet file without its footer cannot be read, so those outputs are
written from the start.

Lone surrogates (``"\\ud800"``, legal in JSON input, illegal in UTF-8): a JSONL
record that contains one is written with ``ensure_ascii=True``, so the line
stays valid UTF-8 and JSON readers get the same string back.  CSV output
writes them as backslash escapes (``\\ud800``) and Parquet output does the
same to the affected strings.  Parquet output stores ``id`` as a string
column, so ids that mix numbers and strings fit one schema.

Python API: :func:`score_file`, :func:`annotate_frame`, :func:`score_frame`.

One job per module: :mod:`.readers` (input formats and items),
:mod:`.engines` (local and dask), :mod:`.writers` (output formats, the
``.partial`` file and its recovery), :mod:`.job` (:func:`score_file`, its
stats and progress) and :mod:`.frames` (the pandas helpers).
"""

from .engines import Options, dask_results, local_results, score_chunk
from .frames import annotate_frame, score_frame
from .job import Stats, resolve_encoder, resolve_model, score_file
from .readers import DEFAULT_CHUNK_SIZE, FORMATS, BatchError, Item, chunked, count_records, format_of, read_records
from .writers import (OUTPUT_COLUMNS, WRITERS, CsvWriter, JsonlWriter, ParquetWriter, partial_path,
                      recover_partial)

__all__ = [
    "DEFAULT_CHUNK_SIZE", "FORMATS", "OUTPUT_COLUMNS", "WRITERS", "BatchError", "CsvWriter", "Item",
    "JsonlWriter", "Options", "ParquetWriter", "Stats", "annotate_frame", "chunked", "count_records",
    "dask_results", "format_of", "local_results", "partial_path", "read_records", "recover_partial",
    "resolve_encoder", "resolve_model", "score_chunk", "score_file", "score_frame",
]
