"""The Huis's activities as UiTdatabank documents (publiq's Entry API), and the optional push.

`mapping` holds what translates (kinds to event types, ages, languages, stable ids), `documents`
makes one event document per activity with coming dates and one place document per location it
needs, and `sending` puts them into the Entry API, only what changed since the last send.
"""
