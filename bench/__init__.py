"""`make bench`: build synthetic Huizen of several sizes and compare our build with plain MkDocs."""
