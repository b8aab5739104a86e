"""cleaner: turn scraped web text into the clean English article it contains.

    >>> import cleaner
    >>> cleaner.clean("請繼續往下閱讀...\\nXi Jinping （習近平） spoke.\\n")
    'Xi Jinping (習近平) spoke.\\n'

For control, build a :class:`Cleaner` once and reuse it::

    from cleaner import Cleaner
    c = Cleaner(rules=["my-site.yaml"], disable=["share-bar"])
    result = c.clean(page)
    result.text, result.removed, result.counts
"""
from .assemble import CleanResult, Counts, LineReport, Removal
from .core import Cleaner, Options, clean
from .rules import RuleError

__version__ = "0.1.0"
__all__ = ["Cleaner", "Options", "clean", "CleanResult", "Counts", "LineReport", "Removal",
           "RuleError", "__version__"]
