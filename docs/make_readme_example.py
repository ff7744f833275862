"""Run the README's Python example and write it, with its real output, into README.md.

    python docs/make_readme_example.py
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = '''\
import annotator

text = open("seeds/000_537cde15b9f0378c.txt", encoding="utf-8").read()
result = annotator.predict(text)
for span in result.spans:
    print(span.start, span.end, span.kind, span.source, round(span.score, 2), span.marker)
    print("   ", repr(text[span.start:span.end][:70]))
print(result.lang, f"{result.editorial_share:.1%} editorial")
print(result.original_text()[:160])
'''


def main() -> None:
    import os

    os.chdir(ROOT)
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(EXAMPLE, "README example", "exec"), {})
    block = f"```python\n{EXAMPLE}```\n\nprints\n\n```\n{output.getvalue()}```\n"
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(r"<!-- example:start -->.*?<!-- example:end -->", re.DOTALL)
    readme.write_text(pattern.sub(lambda _: f"<!-- example:start -->\n{block}<!-- example:end -->", text),
                      encoding="utf-8")
    print(block)


if __name__ == "__main__":
    main()
