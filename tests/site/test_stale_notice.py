"""The stale-site notice's text: the build's day (the fixed "today") in every language's words.

Whether it shows is the browser's business (tests/end_to_end/test_stale_notice.py); here, what the
page carries: the day as a data attribute and, per language, the sentence with that day in it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from testkit.sitebuild import DAY, FIXTURES
from zondermuren import i18n
from zondermuren.model import building
from zondermuren.site import theme

NOTICES = {
    "nl": "Deze site is niet meer veranderd sinds 22 november 2026. Vraag het laatste nieuws aan de partners.",
    "fr": "Ce site n'a plus changé depuis le 22 novembre 2026. Demandez les dernières nouvelles aux partenaires.",
    "ar": "لم يتم تحديث هذا الموقع منذ 22 نوفمبر 2026؛ تابعوا آخر الأخبار لدى الشركاء.",
}


def test_the_page_data_carry_the_build_day_and_the_notice_in_each_language(tmp_path: Path) -> None:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURES / "minimal", root)
    huis, _ = building.load(root, DAY)
    extra = theme.extra(huis)
    assert extra["built"] == "2026-11-22"  # the fixed day: a build on ZONDERMUREN_TODAY stays identical
    assert extra["stale"] == NOTICES


def test_every_catalogue_says_it_with_the_day_in_it() -> None:
    for language in ("nl", "fr", "en", "ar", "tr", "uk"):
        text = i18n.Translator(language)("common.stale_site", datum="@DAG@")
        assert text.count("@DAG@") == 1, language
        assert language == "nl" or text != i18n.Translator("nl")("common.stale_site", datum="@DAG@"), language
