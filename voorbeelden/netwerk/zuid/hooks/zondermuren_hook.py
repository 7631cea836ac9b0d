"""MkDocs' hook file (mkdocs.yml `hooks:`): hands MkDocs' events to the engine's adapter.

The adapter is part of the installed package (`zondermuren.adapter`), so a Huis that installs
the engine gets it with it; MkDocs finds the events (`on_config`, ...) on this module.
"""

from zondermuren.adapter.events import *  # noqa: F403
