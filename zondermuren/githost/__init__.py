"""The kit on a git host: what the Huis's repository and its CI get from the engine.

Issue forms to checked file changes (`forms`, `changes`, `yamledit`, `intake`), problems as
annotations and reports (`reports`), the generated repository files (`codeowners`: CODEOWNERS;
`reference`: docs/velden.md and schema/*.json), and what must hold before publishing (`publishing`).
"""
