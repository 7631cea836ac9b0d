"""Tests of whole builds: the example Huis, valid HTML, every language and hostile input in Chromium."""
