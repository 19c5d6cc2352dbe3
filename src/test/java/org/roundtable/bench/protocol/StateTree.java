package org.roundtable.bench.protocol;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The part of Flow's state tree a protocol participant needs: elements with their tag, the
 * properties and attributes the server puts, class lists, text, and children (real and virtual),
 * so that it can find a button, a field or a dialog the way a test finds them in the DOM. Every
 * other feature of a node (listeners, styles, push and reconnect settings) is skipped, which
 * keeps a tablet's tree of about a thousand nodes small enough for hundreds of participants.
 *
 * <p>Not thread-safe: its participant applies and reads it under one lock.
 */
final class StateTree {

    /** Flow's node features (com.vaadin.flow.internal.nodefeature.NodeFeatures) that are kept. */
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int TEXT_NODE = 7;
    static final int CLASS_LIST = 11;
    static final int VIRTUAL_CHILDREN = 24;

    /** The UI's own node, the document body, is always node 1. */
    static final int ROOT_ID = 1;

    /** One element or text node of the tree. */
    static final class Node {
        final int id;
        @Nullable String tag;
        @Nullable String text;
        @Nullable Node parent;
        @Nullable Map<String, JsonNode> properties;
        @Nullable Map<String, String> attributes;
        @Nullable List<String> classes;
        @Nullable List<Node> children;
        @Nullable List<Node> virtualChildren;

        Node(int id) {
            this.id = id;
        }

        boolean hasClass(String name) {
            return classes != null && classes.contains(name);
        }

        @Nullable JsonNode property(String name) {
            return properties == null ? null : properties.get(name);
        }

        /** A string property, or null when unset or not a string. */
        @Nullable String stringProperty(String name) {
            JsonNode value = property(name);
            return value != null && value.isString() ? value.asString() : null;
        }

        boolean booleanProperty(String name) {
            JsonNode value = property(name);
            return value != null && value.isBoolean() && value.booleanValue();
        }

        @Nullable String attribute(String name) {
            return attributes == null ? null : attributes.get(name);
        }

        @Override
        public String toString() {
            return "node " + id + (tag != null ? " <" + tag + ">" : text != null ? " text" : "");
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Nodes that got an {@code opened} property in the last {@link #apply}: dialogs and notifications. */
    private final List<Node> openedChanged = new ArrayList<>();

    StateTree() {
        reset();
    }

    /** Forgets everything but an empty root, as Flow's client does before a resynchronisation. */
    void reset() {
        nodes.clear();
        nodes.put(ROOT_ID, new Node(ROOT_ID));
    }

    Node root() {
        return nodes.get(ROOT_ID);
    }

    /** The nodes whose {@code opened} property the last {@link #apply} set, in the order it set them. */
    List<Node> openedChanged() {
        return openedChanged;
    }

    /**
     * Applies one message's {@code changes}: attaches first, then every other change in order,
     * as Flow's TreeChangeProcessor does.
     *
     * @throws IllegalStateException for a change to a node this tree never saw attached
     */
    void apply(JsonNode changes) {
        openedChanged.clear();
        for (JsonNode change : changes) {
            if ("attach".equals(change.path("type").asString())) {
                int id = change.path("node").asInt();
                nodes.computeIfAbsent(id, Node::new);
            }
        }
        for (JsonNode change : changes) {
            String type = change.path("type").asString();
            if ("attach".equals(type)) {
                continue;
            }
            int id = change.path("node").asInt();
            Node node = nodes.get(id);
            if (node == null) {
                throw new IllegalStateException("A change to node " + id + ", which is not attached: " + change);
            }
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change);
                case "remove" -> remove(node, feature, change.path("key").asString());
                case "splice" -> splice(node, feature, change);
                case "clear" -> clear(node, feature);
                case "detach" -> {
                    nodes.remove(id);
                    node.parent = null;
                }
                default -> {
                    // "empty" only creates a feature on the client; nothing to keep here.
                }
            }
        }
    }

    private void put(Node node, int feature, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.get("value");
        if (value == null) {
            return; // a nodeValue: push settings and the like, which a participant does not read
        }
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case ELEMENT_PROPERTIES -> {
                if (node.properties == null) {
                    node.properties = new HashMap<>(4);
                }
                node.properties.put(key, value);
                if ("opened".equals(key)) {
                    openedChanged.add(node);
                }
            }
            case ELEMENT_ATTRIBUTES -> {
                if (node.attributes == null) {
                    node.attributes = new HashMap<>(4);
                }
                node.attributes.put(key, value.isString() ? value.asString() : value.toString());
            }
            case TEXT_NODE -> node.text = value.asString();
            default -> {
                // listeners, styles, push and reconnect settings: not needed by a participant
            }
        }
    }

    private static void remove(Node node, int feature, String key) {
        if (feature == ELEMENT_PROPERTIES && node.properties != null) {
            node.properties.remove(key);
        } else if (feature == ELEMENT_ATTRIBUTES && node.attributes != null) {
            node.attributes.remove(key);
        }
    }

    private void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        switch (feature) {
            case CLASS_LIST -> {
                if (node.classes == null) {
                    node.classes = new ArrayList<>(2);
                }
                removeRange(node.classes, index, removed);
                List<String> added = new ArrayList<>();
                change.path("add").forEach(name -> added.add(name.asString()));
                node.classes.addAll(Math.min(index, node.classes.size()), added);
            }
            case ELEMENT_CHILDREN, VIRTUAL_CHILDREN -> {
                List<Node> list = feature == ELEMENT_CHILDREN ? children(node) : virtualChildren(node);
                removeRange(list, index, removed);
                List<Node> added = new ArrayList<>();
                for (JsonNode childId : change.path("addNodes")) {
                    Node child = nodes.get(childId.asInt());
                    if (child == null) {
                        throw new IllegalStateException("Node " + childId + " added to " + node + " is not attached");
                    }
                    child.parent = node;
                    added.add(child);
                }
                list.addAll(Math.min(index, list.size()), added);
            }
            default -> {
                // other lists (style or template models) are not read by a participant
            }
        }
    }

    private static void clear(Node node, int feature) {
        if (feature == CLASS_LIST && node.classes != null) {
            node.classes.clear();
        } else if (feature == ELEMENT_CHILDREN && node.children != null) {
            node.children.clear();
        } else if (feature == VIRTUAL_CHILDREN && node.virtualChildren != null) {
            node.virtualChildren.clear();
        }
    }

    private static List<Node> children(Node node) {
        if (node.children == null) {
            node.children = new ArrayList<>(2);
        }
        return node.children;
    }

    private static List<Node> virtualChildren(Node node) {
        if (node.virtualChildren == null) {
            node.virtualChildren = new ArrayList<>(1);
        }
        return node.virtualChildren;
    }

    private static void removeRange(List<?> list, int index, int count) {
        int from = Math.min(index, list.size());
        list.subList(from, Math.min(list.size(), from + count)).clear();
    }

    /** Every node under {@code top} (itself included) that matches, in document order; virtual children after real ones. */
    static List<Node> findAll(Node top, Predicate<Node> matches) {
        List<Node> found = new ArrayList<>();
        Deque<Node> toVisit = new ArrayDeque<>();
        toVisit.push(top);
        while (!toVisit.isEmpty()) {
            Node node = toVisit.pop();
            if (matches.test(node)) {
                found.add(node);
            }
            pushReversed(toVisit, node.virtualChildren);
            pushReversed(toVisit, node.children);
        }
        return found;
    }

    /** The first node under {@code top} (itself included) that matches, in document order. */
    static Optional<Node> findFirst(Node top, Predicate<Node> matches) {
        Deque<Node> toVisit = new ArrayDeque<>();
        toVisit.push(top);
        while (!toVisit.isEmpty()) {
            Node node = toVisit.pop();
            if (matches.test(node)) {
                return Optional.of(node);
            }
            pushReversed(toVisit, node.virtualChildren);
            pushReversed(toVisit, node.children);
        }
        return Optional.empty();
    }

    private static void pushReversed(Deque<Node> stack, @Nullable List<Node> list) {
        if (list != null) {
            for (int i = list.size() - 1; i >= 0; i--) {
                stack.push(list.get(i));
            }
        }
    }

    /** The text of a node and everything under it, as {@code textContent} would give it. */
    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node each : findAll(node, n -> n.text != null)) {
            text.append(each.text);
        }
        return text.toString();
    }

    static Predicate<Node> tag(String tag) {
        return node -> tag.equals(node.tag);
    }

    static Predicate<Node> withClass(String className) {
        return node -> node.hasClass(className);
    }
}
