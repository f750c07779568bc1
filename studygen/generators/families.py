"""The question template families, read from ``templates/questions/*.toml``.

A family is data a teacher can read and edit: its description, the question phrase for each answer
type, its limits, and worked examples that the test suite checks. Word lists the writer consults (kinds
of places by name, verbs and nouns of claims) live beside them in ``templates/questions/lexicon/``.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from studygen.errors import StudygenError
from studygen.resources import templates_dir


@dataclass(frozen=True)
class Family:
    name: str
    description: str
    wh: dict[str, str] = field(default_factory=dict)
    examples: list[dict[str, str]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)

    def wh_for(self, answer_type: str, preposition: str | None = None) -> str | None:
        """The question phrase for an answer type, the preposition-specific entry first."""
        if preposition:
            specific = self.wh.get(f"{answer_type}.{preposition.lower()}")
            if specific:
                return specific
        # A type with no generic entry (place) is asked only after the prepositions it lists:
        # "Where" is right after "in", wrong after "of".
        return self.wh.get(answer_type)


@cache
def load_families() -> dict[str, Family]:
    folder = templates_dir() / "questions"
    families: dict[str, Family] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise StudygenError(f"question template {path.name} is not valid TOML: {exc}") from None
        name = data.pop("family", path.stem)
        families[name] = Family(
            name=name,
            description=data.pop("description", ""),
            wh=dict(data.pop("wh", {})),
            examples=list(data.pop("examples", [])),
            settings=data,
        )
    for required in ("subject", "object", "adverbial", "definition", "modifier", "in_situ", "fill_in", "cloze", "mcq",
                     "true_false"):
        if required not in families:
            raise StudygenError(f"question template family {required!r} is missing from {folder}")
    return families


def family(name: str) -> Family:
    return load_families()[name]


@cache
def lexicon(name: str) -> dict[str, Any]:
    """A word list from ``templates/questions/lexicon/<name>.toml``, as its TOML table."""
    path = templates_dir() / "questions" / "lexicon" / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StudygenError(f"question lexicon {path.name} is missing from {path.parent}") from None
    except tomllib.TOMLDecodeError as exc:
        raise StudygenError(f"question lexicon {path.name} is not valid TOML: {exc}") from None


@cache
def lexicon_words(name: str, key: str) -> frozenset[str]:
    """One list of a lexicon, lowercased, as a set."""
    return frozenset(word.casefold() for word in lexicon(name).get(key, []))


@cache
def _place_names() -> dict[str, str]:
    table = lexicon("places")
    names: dict[str, str] = {}
    for kind in table.get("kinds", []):
        for name in table.get(kind, []):
            names.setdefault(_place_key(name), kind)
    return names


@cache
def _place_groups() -> dict[str, int]:
    groups: dict[str, int] = {}
    for number, names in enumerate(lexicon("places").get("same", [])):
        for name in names:
            groups[_place_key(name)] = number
    return groups


def _place_key(name: str) -> str:
    """A name as the gazetteer files it: spaces and apostrophes made one, no leading "the",
    lowercased unless it is an all-capital short form ("US" is not "us")."""
    text = " ".join(name.replace("’", "'").split())
    if text[:4].lower() == "the ":
        text = text[4:]
    return text if _abbreviation(text) else text.casefold()


def same_place(a: str, b: str) -> bool:
    """Are two names one place by the gazetteer's ``same`` lists ("DPRK", "North Korea")?"""
    groups = _place_groups()
    first = groups.get(_place_key(a))
    return first is not None and first == groups.get(_place_key(b))


def other_names(name: str) -> list[str]:
    """The gazetteer's other names for a place ("North Korea" -> "DPRK", "Democratic People's
    Republic of Korea", ...); empty when it knows none."""
    groups = _place_groups()
    number = groups.get(_place_key(name))
    if number is None:
        return []
    names = lexicon("places").get("same", [])[number]
    return [other for other in names if _place_key(other) != _place_key(name)]


@cache
def _place_parts() -> dict[str, frozenset[tuple[int, bool]]]:
    """Each name of the gazetteer's ``parts`` lists (and its other names), with the lists it is in:
    (list number, whether it is the whole)."""
    index: dict[str, set[tuple[int, bool]]] = {}
    for number, (whole, *inside) in enumerate(lexicon("places").get("parts", [])):
        for name, is_whole in [(whole, True), *((part, False) for part in inside)]:
            for spelling in (name, *other_names(name)):
                index.setdefault(_place_key(spelling), set()).add((number, is_whole))
    return {key: frozenset(value) for key, value in index.items()}


def one_inside_the_other(a: str, b: str) -> bool:
    """Is one of two places part of the other, by the gazetteer's ``parts`` ("England" and "UK",
    "Hong Kong" and "China")? Then both may be right where either is."""
    parts = _place_parts()
    first, second = parts.get(_place_key(a)), parts.get(_place_key(b))
    if not first or not second:
        return False
    return any((number, not is_whole) in second for number, is_whole in first)


@cache
def _seat_partners() -> dict[str, tuple[str, ...]]:
    """Each name of the gazetteer's ``seats`` (a country under any of its names too), with the names
    it stands for or that stand for it, in the order of the list."""
    index: dict[str, list[str]] = {}
    for seat, country in lexicon("places").get("seats", []):
        index.setdefault(_place_key(seat), []).extend([country, *other_names(country)])
        for key in {_place_key(spelling) for spelling in (country, *other_names(country))}:
            index.setdefault(key, []).append(seat)
    return {key: tuple(names) for key, names in index.items()}


def seat_partners(name: str) -> list[str]:
    """The names a seat of government stands for, or the seat that stands for a country, by the
    gazetteer's ``seats`` ("Beijing" -> "China", "PRC", ...; "North Korea" -> "Pyongyang")."""
    return list(_seat_partners().get(_place_key(name), ()))


@cache
def _demonyms() -> dict[str, tuple[str, ...]]:
    """Each country of the gazetteer's ``demonyms``, under any of its names, with its words."""
    index: dict[str, tuple[str, ...]] = {}
    for country, *words in lexicon("places").get("demonyms", []):
        for spelling in (country, *other_names(country)):
            index[_place_key(spelling)] = tuple(words)
    return index


def demonyms(name: str) -> list[str]:
    """What the gazetteer calls a country's people and things where the word is not the name with a
    new ending ("Ireland" -> "Irish", ...; "the US" -> "American", ...); empty for the rest."""
    return list(_demonyms().get(_place_key(name), ()))


@cache
def _countries_by_word() -> tuple[dict[str, str], dict[str, str]]:
    """The gazetteer's countries by a people's word for them ("irish" -> "ireland"), and by the stem
    a regular people's word shares with the name ("germ" -> "germany", from "Germany")."""
    by_word = {_place_key(word): country for country, *words in lexicon("places").get("demonyms", []) for word in words}
    by_stem: dict[str, str] = {}
    for country in lexicon("places").get("country", []):
        stem = _place_key(country)
        if " " not in stem and len(stem) >= 4:
            by_stem.setdefault(stem[:max(4, len(stem) - 1)], country)
    return by_word, by_stem


@cache
def country_named(name: str) -> str | None:
    """The country a name or a people's word names, as one key for all its names ("the US",
    "America", "American" -> "US"; "Chinese" -> "china"); None for anything else."""
    key = _place_key(name)
    if place_kind(name) == "country":
        group = _place_groups().get(key)
        return key if group is None else _place_key(lexicon("places")["same"][group][0])
    by_word, by_stem = _countries_by_word()
    if key in by_word:
        return country_named(by_word[key])
    if name[:1].isupper() and " " not in name and len(name) >= 5:
        # a people's word that is its country's name with a new ending ("German", "Chinese")
        folded = key.removesuffix("s")
        for size in range(len(folded), 3, -1):
            if (country := by_stem.get(folded[:size])) is not None:
                return country_named(country)
    return None


def setting_country(names: Iterable[str]) -> str | None:
    """The country an article is set in: the one its names of places and peoples name most, three
    times at least and more often than any other ("the US", "American", "America" all count)."""
    counts = Counter(c for c in map(country_named, names) if c is not None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


def place_kind(name: str) -> str | None:
    """The kind of place a name names by itself ("France" -> country, "the PRC" -> country,
    "Africa" -> continent), from the gazetteer in ``lexicon/places.toml``; None when unknown."""
    return _place_names().get(_place_key(name))
