package dev.dyadic.web;

import dev.dyadic.store.EventStore.DyadCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actors and who acts on whom, from the counts of events by source and target code: an actor's events are those it is
 * source or target of (each counted once), an edge's are those from one actor to another. A compound actor ("Hamas and
 * Israel") gives each of its members the event.
 */
final class ActorNetwork {

    /** An actor with its events: {@code goldstein} is their mean weight. */
    record Node(String id, long events, long mentions, double goldstein) {
    }

    /** Events from one actor to another: {@code goldstein} is their mean weight. */
    record Edge(String source, String target, long events, long mentions, double goldstein) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;

    private ActorNetwork(List<Node> nodes, List<Edge> edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    static ActorNetwork of(List<DyadCount> dyads, ActorLevel level) {
        Map<String, double[]> actors = new LinkedHashMap<>();
        Map<List<String>, double[]> links = new LinkedHashMap<>();
        for (DyadCount d : dyads) {
            Set<String> sources = level.keys(d.source());
            Set<String> targets = level.keys(d.target());
            Set<String> involved = new java.util.LinkedHashSet<>(sources);
            involved.addAll(targets);
            for (String a : involved) {
                add(actors.computeIfAbsent(a, k -> new double[3]), d);
            }
            for (String s : sources) {
                for (String t : targets) {
                    add(links.computeIfAbsent(List.of(s, t), k -> new double[3]), d);
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        actors.forEach((id, v) -> nodes.add(new Node(id, (long) v[0], (long) v[1], v[2] / v[0])));
        nodes.sort(Comparator.comparingLong(Node::events).reversed().thenComparing(Node::id));
        List<Edge> edges = new ArrayList<>();
        links.forEach((st, v) -> edges.add(new Edge(st.get(0), st.get(1), (long) v[0], (long) v[1], v[2] / v[0])));
        edges.sort(Comparator.comparingLong(Edge::events).reversed().thenComparing(Edge::source).thenComparing(Edge::target));
        return new ActorNetwork(List.copyOf(nodes), List.copyOf(edges));
    }

    private static void add(double[] sums, DyadCount d) {
        sums[0] += d.events();
        sums[1] += d.mentions();
        sums[2] += d.goldstein() * d.events();
    }

    /** Every actor, most events first. */
    List<Node> nodes() {
        return nodes;
    }

    /** Every directed pair, most events first. */
    List<Edge> edges() {
        return edges;
    }

    /** The actor with this key, if it took part in any event. */
    java.util.Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
