"""Practice: exercises drawn from skills, answers checked for equivalence, mistakes named.

Pure core, no I/O. ``ids`` is light (the command declarations use it); ``skills`` draws
exercises, ``tasks`` holds what to check against, ``check`` checks an answer, ``claims``
reads a learner's own claim for ``/check``, ``feedback`` and ``solutions`` put it in words.
"""
