"""A figure of a named owner's thing is the owner's: ``Microsoft's annual profits rose to
$2.1bn`` → Microsoft –annual profits rise to→ $2.1bn; never toward an entity, never for a
person (``Blair's wife earned ...`` is hers)."""

from __future__ import annotations

from kgbuilder.graph import find_node


def relations(g, subject: str) -> list[tuple[str, str]]:
    s = find_node(g, subject)
    return [(d["relation"], g.nodes[v]["type"]) for _, v, d in g.out_edges(s, data=True)]


def test_an_owners_figure_is_the_owners(graph_of):
    g = graph_of("Microsoft's annual profits rose to $2.1bn last year.")
    assert relations(g, "Microsoft") == [("annual profits rise to", "MonetaryAmount")]


def test_a_persons_figure_is_no_owners(graph_of):
    g = graph_of("Microsoft's chief executive earned $3m last year.")
    assert relations(g, "Microsoft") == []


def test_an_owners_thing_acting_on_an_entity_is_no_owner_fact(graph_of):
    g = graph_of("Microsoft's new software worried Google engineers in Berlin.")
    assert all(not relation.startswith("new software") for relation, _ in
               relations(g, "Microsoft"))


def test_a_change_verbs_bare_percentage_is_the_size_of_the_change(graph_of):
    g = graph_of("Tesco's sales fell 8% to £4.7bn.")
    assert ("sales fall by", "QuantitativeValue") in relations(g, "Tesco")


def test_an_owner_named_after_at_or_in_owns_the_figure(graph_of):
    g = graph_of("Profits at Indian drugmaker Norbel Labs fell 93% as research costs rose.")
    assert ("profits fall by", "QuantitativeValue") in relations(g, "Norbel Labs")
    g = graph_of("Sales in Norbel Labs' generics business fell 8.6% last year.")
    assert ("sales fall by", "QuantitativeValue") in relations(g, "Norbel Labs")


def test_a_name_inside_the_phrase_that_owns_nothing_gets_no_figure(graph_of):
    g = graph_of("Profits at the Norbel plant in Leeds fell 5%.")
    assert all(not relation.startswith("profits") for relation, _ in relations(g, "Leeds"))


def test_an_owner_named_by_its_or_their_owns_the_figure(graph_of):
    g = graph_of("Tesco saw its annual profits fall 9% to £2bn. Its shares rose 3% on Monday.")
    found = relations(g, "Tesco")
    assert ("annual profits fall by", "QuantitativeValue") in found
    assert ("shares rise by", "QuantitativeValue") in found
    g = graph_of("Anna Berg said her profits fell 9% to £2bn.")  # a person's is no its
    assert not any(r.startswith("profits") for r, _ in relations(g, "Anna Berg"))


def test_a_bare_figure_after_an_owned_one_is_the_same_owners(graph_of):
    g = graph_of("Tesco said its annual profits rose 9% last year. Sales were down 25% to £900m.")
    assert ("sales be down to", "MonetaryAmount") in relations(g, "Tesco")
    g = graph_of("Tesco said its annual profits rose 9% last year. Asda predicts profits to "
                 "rise 50%.")  # Asda's, not Tesco's
    assert not any(r.startswith("profits rise") for r, _ in relations(g, "Tesco"))


def test_a_named_owners_figure_is_never_the_last_owners(graph_of):
    g = graph_of("Tesco's annual profits rose 9% last year. Sainsbury's sales fell 3%.")
    assert not any(r.startswith("sales") for r, _ in relations(g, "Tesco"))
    assert ("sales fall by", "QuantitativeValue") in relations(g, "Sainsbury")
