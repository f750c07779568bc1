"""Each question family is one module in ``studygen/generators/realise/families/`` and one template in
``templates/questions/``: every module's templates exist, and every template that is not a card
kind's (cloze, mcq, true_false) or the notes' terms' (glossary, read by ``studygen/glossary.py``) belongs to
exactly one module."""

from __future__ import annotations

from studygen.generators.families import load_families
from studygen.generators.realise.families import question_families
from studygen.models import CardKind
from studygen.resources import templates_dir


def test_each_family_module_has_its_template_and_each_template_its_module() -> None:
    declared = [name for module in question_families() for name in module.TEMPLATES]
    assert len(declared) == len(set(declared)), "a template claimed by two family modules"
    files = {path.stem for path in (templates_dir() / "questions").glob("*.toml")}
    card_kinds = {kind.value for kind in CardKind}
    assert set(declared) <= files, f"family modules without a template: {set(declared) - files}"
    orphans = files - card_kinds - {"glossary"} - set(declared)
    assert not orphans, f"templates without a family module: {orphans}"
    assert set(declared) <= set(load_families())


def test_family_modules_say_what_the_realiser_needs_and_are_tried_in_order() -> None:
    modules = question_families()
    for module in modules:
        assert callable(module.questions), module.__name__
        assert isinstance(module.ORDER, int) and isinstance(module.FALLBACK, bool) and isinstance(module.ANY_SPAN, bool)
    names = [module.__name__.rsplit(".", 1)[-1] for module in modules]
    # Fronted questions before the fallbacks, and the fill-in quote last of all.
    assert names == ["definition", "fronted", "modifier", "in_situ", "fill_in"]
    assert [module.__name__.rsplit(".", 1)[-1] for module in modules if module.FALLBACK] == ["in_situ", "fill_in"]
