"""The second input: the git record of what was published, read from history, never written.

`history` walks the commits (`gitlog`) and compares what families saw (`digests`), for the
feeds' SEQUENCE and the ids ever published; `former` checks `vorige_ids` against that record.
"""
