"""The kinds of editorial span, in one registry: name, marked or not, colours, description.

Every part of the library that lists kinds reads them here: span validation
(:mod:`annotator.spans`), span assembly and features (:data:`SIGNED_KINDS`),
the evaluation rows, training and the terminal and HTML rendering.  A kind
added to :data:`REGISTRY` is thus validated, scored and drawn everywhere.

The order of :data:`REGISTRY` is the guide's order; it is the order of the
evaluation's per-kind rows and of every legend.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of editorial span.

    ``marked``: the kind's spans carry the editors' or translator's own
    signature or are boilerplate (the guide's note, translator_note and
    disclaimer); a rule that finds one decides the whole span and outranks
    everything inside it.  ``css`` is a background colour for HTML pages,
    ``ansi`` the SGR foreground;background codes for terminals.
    ``outlets_write_unsigned``: an outlet writes it unsigned in its own
    articles too (a legal label its law requires), so the model may propose it
    in any text.  The model proposes every other kind only in a text the
    republication prior does not call an outlet's own article
    (:mod:`annotator.republication`): there an unsigned bracket, sentence or
    paragraph is its author's, and a note needs its signature (the rules).
    ``needs_signature``: the kind is defined by its attribution (the guide's
    note and translator_note), so the model, which scores only what the rules
    left unsigned, never proposes it: an unsigned bracket is a gloss, an aside
    or the author's own.
    ``told_by_voice``: the kind is told by a whole sentence's voice, which the
    n-gram model does not carry from one writer to the next (on the writers'
    corpus, which it never trained on, 2 of the 14 asides it added to the rules'
    were right), so it never proposes it either; the rules and the optional
    encoder stage (:mod:`annotator.encoder`) do.
    """

    name: str
    marked: bool
    css: str
    ansi: str
    description: str
    outlets_write_unsigned: bool = False
    needs_signature: bool = False
    told_by_voice: bool = False


REGISTRY: tuple[Kind, ...] = (
    Kind("note", True, "#ffe08a", "30;43",
         "an insertion attributed to the editors or republisher, e.g. (… – Approx. InoSMI)", needs_signature=True),
    Kind("translator_note", True, "#9fe3ef", "30;46",
         "an insertion attributed to the translator, e.g. (прим. пер.)", needs_signature=True),
    Kind("legal_label", False, "#ffb3b3", "97;41",
         "a status label the republisher's law requires, e.g. (признан иноагентом)", outlets_write_unsigned=True),
    Kind("gloss", False, "#b6e8a8", "30;42",
         "an unattributed parenthesis that renames or explains a term, e.g. Pokrovsk (Krasnoarmeysk)"),
    Kind("aside", False, "#e6c2f2", "97;45",
         "an unattributed comment, correction or polemic by the republisher, e.g. (sic!)", told_by_voice=True),
    Kind("elision", False, "#d5d5d5", "97;100",
         "a mark where the republisher cut text, e.g. <...>"),
    Kind("lead", False, "#bcd3ff", "97;44",
         "the republisher's own summary paragraph reporting on the source in the third person"),
    Kind("disclaimer", True, "#f2dcc2", "30;47",
         "republisher boilerplate about the material: its stance, provenance or translation"),
)

KINDS: tuple[str, ...] = tuple(kind.name for kind in REGISTRY)

# Kinds whose rule spans carry the editors' or translator's own signature (or are boilerplate):
# when a rule finds one, it decides the whole span and outranks everything inside it.
SIGNED_KINDS: frozenset[str] = frozenset(kind.name for kind in REGISTRY if kind.marked)
# The kinds the model may propose in an outlet's own article (see Kind.outlets_write_unsigned).
OWN_ARTICLE_KINDS: frozenset[str] = frozenset(kind.name for kind in REGISTRY if kind.outlets_write_unsigned)
# The kinds the n-gram model never proposes: those a signature makes, and those a sentence's voice tells
# (Kind.told_by_voice); it still learns them, so that such candidates do not go to another kind.
NGRAM_SILENT_KINDS: frozenset[str] = frozenset(kind.name for kind in REGISTRY
                                                if kind.needs_signature or kind.told_by_voice)


def get(name: str) -> Kind:
    """The registry entry of ``name`` (read at call time, so a patched registry is seen)."""
    for kind in REGISTRY:
        if kind.name == name:
            return kind
    raise KeyError(f"unknown span kind {name!r}; expected one of {tuple(k.name for k in REGISTRY)}")


def css_colours() -> dict[str, str]:
    """Kind name -> CSS colour, in registry order (read at call time, like :func:`get`)."""
    return {kind.name: kind.css for kind in REGISTRY}


def names() -> tuple[str, ...]:
    """The kind names in registry order (read at call time)."""
    return tuple(kind.name for kind in REGISTRY)
