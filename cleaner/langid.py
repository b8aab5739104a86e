"""Language detection, for the few lines that script analysis cannot settle.

langdetect is slow (about 600 short lines a second), random unless seeded, and
its profiles take time to load, so it is loaded on first use only, seeded for
determinism, and its answers are remembered: furniture repeats across pages.
"""
from __future__ import annotations

import threading
from functools import lru_cache

_SEED = 0
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector_factory():
    from langdetect import DetectorFactory, detector_factory

    DetectorFactory.seed = _SEED
    detector_factory.init_factory()
    return detector_factory._factory


@lru_cache(maxsize=65536)
def detect(text: str) -> tuple[str, float, float]:
    """Return the most likely language of ``text``, its probability, and the probability of English.

    ``("unknown", 0.0, 0.0)`` when langdetect finds no usable feature.
    """
    from langdetect.lang_detect_exception import LangDetectException

    factory = _detector_factory()
    # A detector is not thread-safe, and the seed only holds if each detection
    # starts from the same state: one at a time, each with a fresh detector.
    with _lock:
        detector = factory.create()
        detector.append(text)
        try:
            languages = detector.get_probabilities()
        except LangDetectException:
            languages = []
    if not languages:
        return "unknown", 0.0, 0.0
    english = next((language.prob for language in languages if language.lang == "en"), 0.0)
    return languages[0].lang, languages[0].prob, english
