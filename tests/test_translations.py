"""The translation files: complete, compiled from the current sources, and safe to format."""

import importlib.util
import re
import string
from pathlib import Path

import pytest

from carecenter import i18n

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unparsable>"}


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_string_in_the_code_has_a_translation(language):
    sources = _tool().collect()
    catalogue = i18n.catalog(language)
    missing = [source for source in sources if source not in catalogue]
    assert len(sources) > 1000
    assert missing == [], f"{len(missing)} strings without a {language} translation, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_translations_keep_every_placeholder(language):
    """A translation that drops or renames a {field} would fail when the program formats it."""
    wrong = [(source, text) for source, text in i18n.catalog(language).items() if _fields(source) != _fields(text)]
    assert wrong == []


def test_the_compiled_qm_files_are_up_to_date():
    assert _tool().check() == []


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_qt_answers_with_the_same_translations(qapp, language):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(language)))
    catalogue = i18n.catalog(language)
    differing = [source for source, text in catalogue.items()
                 if translator.translate(i18n.CONTEXT, source) != text]
    assert differing == []


def test_english_is_english_and_traditional_is_traditional():
    chinese = re.compile(r"[\u4e00-\u9fff]")
    english = i18n.catalog("en")
    assert english["客户档案"] == "Customers" and english["投诉处理"] == "Complaints"
    # data the program never translates may appear as examples (a plate, 男/女), nothing else in Chinese
    leftovers = [text for text in english.values() if chinese.search(re.sub(r"浙A\w*|浙AD\w*|[男女京沪浙]", "", text))]
    assert leftovers == []
    assert i18n.catalog("zh_TW")["客户档案"] == "客戶檔案"
    # "&" marks a keyboard accelerator on tabs, buttons and menus: a translation may not add one by accident
    added = [text for source, text in english.items() if "&" in text and "&" not in source and "e.g." not in text]
    assert added == []


def test_tr_follows_the_language_chosen():
    try:
        i18n.set_language("en")
        assert i18n.tr("每日回访") == "Daily calls"
        assert i18n.tr("不在目录里的文字") == "不在目录里的文字"  # unknown text is shown as it is
        i18n.set_language("zh_TW")
        assert i18n.tr("每日回访") == "每日回訪"
    finally:
        i18n.set_language("zh_CN")
    assert i18n.tr("每日回访") == "每日回访"
