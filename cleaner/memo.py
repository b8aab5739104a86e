"""Remembering the answers of pure functions of one line, without pinning long lines in memory."""
from __future__ import annotations

from functools import lru_cache, wraps


def remember(maxsize: int, max_length: int):
    """Decorate a function of one string with an LRU cache of ``maxsize`` answers.

    Of strings longer than ``max_length`` only the last is remembered: a cache
    would keep them alive (a page flattened into one line can be megabytes),
    and they rarely come back but while their own line is analysed, where each
    asking again would cost as much as the first (a cut's span asked for each
    of a flattened page's hundreds of cuts).
    """

    def decorate(function):
        cached = lru_cache(maxsize=maxsize)(function)
        # The last long string and its answer, one tuple replaced whole: threads see one pair or the other.
        last = [(None, None)]

        @wraps(function)
        def call(text: str):
            if len(text) <= max_length:
                return cached(text)
            remembered, answer = last[0]
            if remembered is not text:
                answer = function(text)
                last[0] = (text, answer)
            return answer

        call.cache_info = cached.cache_info
        return call

    return decorate


class once_property:
    """A property worked out on first use and kept in the instance's ``__dict__``, as
    ``functools.cached_property`` keeps it, for instances that never change.

    cached_property takes a lock on each first use (before Python 3.12), which
    costs more than the small properties it is used for here; the value of a
    property of an instance that never changes is the same whichever thread
    works it out, so two threads doing so at once agree.
    """

    def __init__(self, function):
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value
