package dev.dyadic.nlp;

import dev.dyadic.model.Dependency;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural dependency parser ({@code nndep}, Chen and Manning 2014) run with its own model, transition system
 * and arithmetic, without the work CoreNLP's loop does again at every step: there, each of a sentence's 2n
 * transitions looks its 48 features up by string in hash maps, finds children by scanning the whole sentence, boxes
 * every index, and checks every possible transition by cutting its name into strings. Here the words and tags are
 * looked up once per sentence, the configuration is a few int arrays, the two leftmost and rightmost children of
 * each word are kept as arcs are made, and transitions are decoded once, when the model is loaded.
 *
 * <p>The network makes the same additions in the same order and precision as {@code Classifier.computeScores} (the
 * pre-computed hidden-layer rows in double, other embeddings' slices rounded to float as CoreNLP's cache holds them,
 * the cube, then the output layer in double), so each score, each chosen transition and each tree are the same as
 * CoreNLP's. Only the loops are turned: the output layer and the slices are computed column by column, so that all
 * sums advance together (each still adds its terms in CoreNLP's order) instead of one long chain of dependent
 * additions after another. A step that only one transition can take is not scored at all. The one
 * correction CoreNLP's UD structure makes to basic dependencies is made too: the subject of a verb with a passive
 * auxiliary is a passive subject. A test compares the two on real text.
 */
final class ArcStandardParser {
    private static final int FEATURES = 48;
    private static final int NONE = -1;
    private static final int SHIFT = 0;
    private static final int LEFT = 1;
    private static final int RIGHT = 2;

    private final DependencyParser parser;
    private final float[][] w1Columns;
    private final float[] b1;
    private final double[][] w2Columns;
    private final float[][] embeddings;
    private final double[][] precomputed;
    private final IntIntMap precomputedRow;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int[] kind;
    private final int[] labelId;
    private final String[] label;
    private final boolean[] rootLabel;
    private final int wordNull;
    private final int wordRoot;
    private final int posNull;
    private final int posRoot;
    private final int labelNull;
    private final ThreadLocal<SliceCache> slices;

    ArcStandardParser(DependencyParser parser) {
        this.parser = parser;
        Classifier classifier = field(parser, DependencyParser.class, "classifier", Classifier.class);
        float[][] w1 = classifier.getW1();
        float[][] w2 = classifier.getW2();
        this.w1Columns = transpose(w1);
        this.b1 = classifier.getb1();
        this.w2Columns = widen(transpose(w2));
        this.embeddings = classifier.getE();
        this.precomputed = field(classifier, Classifier.class, "saved", double[][].class);
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = field(classifier, Classifier.class, "preMap", Map.class);
        this.precomputedRow = new IntIntMap(preMap.size());
        preMap.forEach(precomputedRow::put);
        this.hiddenSize = b1.length;
        this.embeddingSize = embeddings[0].length;
        if (w1[0].length != FEATURES * embeddingSize) {
            throw new IllegalStateException("unexpected nndep model: " + w1[0].length / embeddingSize + " features");
        }
        Object system = field(parser, DependencyParser.class, "system", Object.class);
        @SuppressWarnings("unchecked")
        List<String> transitions = field(system, edu.stanford.nlp.parser.nndep.ParsingSystem.class, "transitions", List.class);
        String root = field(system, edu.stanford.nlp.parser.nndep.ParsingSystem.class, "rootLabel", String.class);
        int n = transitions.size();
        if (n != w2.length) {
            throw new IllegalStateException("unexpected nndep model: " + n + " transitions, " + w2.length + " outputs");
        }
        this.kind = new int[n];
        this.labelId = new int[n];
        this.label = new String[n];
        this.rootLabel = new boolean[n];
        for (int t = 0; t < n; t++) {
            String name = transitions.get(t);
            if (name.startsWith("L") || name.startsWith("R")) {
                kind[t] = name.startsWith("L") ? LEFT : RIGHT;
                label[t] = name.substring(2, name.length() - 1);
                labelId[t] = parser.getLabelID(label[t]);
                rootLabel[t] = label[t].equals(root);
            } else {
                kind[t] = SHIFT;
            }
        }
        this.wordNull = parser.getWordID("-NULL-");
        this.wordRoot = parser.getWordID("-ROOT-");
        this.posNull = parser.getPosID("-NULL-");
        this.posRoot = parser.getPosID("-ROOT-");
        this.labelNull = parser.getLabelID("-NULL-");
        this.slices = ThreadLocal.withInitial(SliceCache::new);
    }

    /** The basic UD dependencies of a tagged sentence, sorted by governor then dependent; the root's governor is 0. */
    List<Dependency> parse(List<CoreLabel> tokens) {
        Configuration c = new Configuration(tokens.size());
        int[] wordIds = new int[tokens.size() + 1];
        int[] posIds = new int[tokens.size() + 1];
        wordIds[0] = wordRoot;
        posIds[0] = posRoot;
        for (int i = 1; i <= tokens.size(); i++) {
            CoreLabel t = tokens.get(i - 1);
            wordIds[i] = parser.getWordID(t.word());
            posIds[i] = parser.getPosID(t.tag());
        }
        int[] features = new int[FEATURES];
        double[] hidden = new double[hiddenSize];
        double[] scores = new double[kind.length];
        SliceCache cache = slices.get();
        while (!c.isTerminal()) {
            int only = onlyApplicable(c);
            if (only != NONE) { // the network's scores could not change the choice
                apply(c, only);
                continue;
            }
            features(c, wordIds, posIds, features);
            score(features, hidden, scores, cache);
            double best = Double.NEGATIVE_INFINITY;
            int chosen = NONE;
            for (int t = 0; t < scores.length; t++) {
                if (scores[t] > best && canApply(c, t)) {
                    best = scores[t];
                    chosen = t;
                }
            }
            apply(c, chosen);
        }
        String[] relation = new String[tokens.size() + 1];
        boolean[] passive = new boolean[tokens.size() + 1];
        for (int i = 1; i <= tokens.size(); i++) {
            relation[i] = c.head[i] == 0 ? "root" : label[c.arcTransition[i]];
            if (relation[i].equals("aux:pass")) {
                passive[c.head[i]] = true;
            }
        }
        List<Dependency> deps = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            String r = relation[i];
            if (passive[c.head[i]] && (r.equals("nsubj") || r.equals("csubj"))) {
                r = r + ":pass"; // as CoreNLP's UD structure corrects the subjects of a passive verb
            }
            deps.add(new Dependency(c.head[i], i, r));
        }
        deps.sort((a, b) -> a.governor() != b.governor() ? Integer.compare(a.governor(), b.governor())
                : Integer.compare(a.dependent(), b.dependent()));
        return deps;
    }

    // ---- the transition system (CoreNLP's ArcStandard, single root) ----

    /** The one transition that can apply here, or NONE when there are several. */
    private int onlyApplicable(Configuration c) {
        int only = NONE;
        for (int t = 0; t < kind.length; t++) {
            if (canApply(c, t)) {
                if (only != NONE) {
                    return NONE;
                }
                only = t;
            }
        }
        return only;
    }

    private boolean canApply(Configuration c, int t) {
        int k = kind[t];
        if (k != SHIFT) {
            int h = k == LEFT ? c.stack(0) : c.stack(1);
            if (h < 0 || (h == 0) != rootLabel[t]) {
                return false;
            }
            return k == LEFT ? c.stackSize > 2 : c.stackSize > 2 || (c.stackSize == 2 && c.bufferSize() == 0);
        }
        return c.bufferSize() > 0;
    }

    private void apply(Configuration c, int t) {
        int w1 = c.stack(1);
        int w2 = c.stack(0);
        switch (kind[t]) {
            case LEFT -> {
                c.arc(w2, w1, t);
                c.stack[c.stackSize - 2] = w2;
                c.stackSize--;
            }
            case RIGHT -> {
                c.arc(w1, w2, t);
                c.stackSize--;
            }
            default -> c.stack[c.stackSize++] = c.next++;
        }
    }

    // ---- the 48 features, in CoreNLP's order: 18 words, 18 tags, 12 labels ----

    private void features(Configuration c, int[] wordIds, int[] posIds, int[] f) {
        for (int j = 2; j >= 0; j--) {
            int index = c.stack(j);
            f[2 - j] = word(index, wordIds);
            f[18 + 2 - j] = pos(index, posIds);
        }
        for (int j = 0; j <= 2; j++) {
            int index = c.buffer(j);
            f[3 + j] = word(index, wordIds);
            f[21 + j] = pos(index, posIds);
        }
        for (int j = 0; j <= 1; j++) {
            int k = c.stack(j);
            int base = j * 6;
            child(c, c.leftChild(k, 1), base, wordIds, posIds, f);
            child(c, c.rightChild(k, 1), base + 1, wordIds, posIds, f);
            child(c, c.leftChild(k, 2), base + 2, wordIds, posIds, f);
            child(c, c.rightChild(k, 2), base + 3, wordIds, posIds, f);
            child(c, c.leftChild(c.leftChild(k, 1), 1), base + 4, wordIds, posIds, f);
            child(c, c.rightChild(c.rightChild(k, 1), 1), base + 5, wordIds, posIds, f);
        }
    }

    private void child(Configuration c, int index, int slot, int[] wordIds, int[] posIds, int[] f) {
        f[6 + slot] = word(index, wordIds);
        f[24 + slot] = pos(index, posIds);
        f[36 + slot] = index <= 0 || index > c.n ? labelNull : labelId[c.arcTransition[index]];
    }

    private int word(int index, int[] wordIds) {
        return index < 0 || index >= wordIds.length ? wordNull : wordIds[index];
    }

    private int pos(int index, int[] posIds) {
        return index < 0 || index >= posIds.length ? posNull : posIds[index];
    }

    // ---- the network, in Classifier.computeScores' order and precision ----

    private void score(int[] features, double[] hidden, double[] scores, SliceCache cache) {
        Arrays.fill(hidden, 0.0);
        for (int j = 0; j < FEATURES; j++) {
            int tok = features[j];
            int index = tok * FEATURES + j;
            int row = precomputedRow.get(index);
            if (row >= 0) {
                double[] saved = precomputed[row];
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += saved[i];
                }
            } else {
                float[] slice = cache.get(index);
                if (slice == null) {
                    slice = slice(tok, j * embeddingSize);
                    cache.put(index, slice);
                }
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += slice[i];
                }
            }
        }
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        // scores = W2 . hidden, column by column: each score still sums its products in CoreNLP's order (i = 0, 1, ...),
        // but the sums of all transitions advance together instead of one long chain of additions after another
        Arrays.fill(scores, 0.0);
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i];
            double[] column = w2Columns[i];
            for (int t = 0; t < scores.length; t++) {
                scores[t] += h * column[t];
            }
        }
    }

    /** One embedding's share of the hidden layer, rounded to float as CoreNLP's slice cache keeps it. */
    private float[] slice(int tok, int offset) {
        float[] e = embeddings[tok];
        double[] partial = new double[hiddenSize];
        for (int k = 0; k < e.length; k++) { // column by column, as for the output layer; same order per unit
            float ek = e[k];
            float[] column = w1Columns[offset + k];
            for (int i = 0; i < hiddenSize; i++) {
                partial[i] += column[i] * ek; // the product rounded to float, as in CoreNLP
            }
        }
        float[] slice = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            slice[i] = (float) partial[i];
        }
        return slice;
    }

    /** A parser state: the stack, the buffer (always the words from {@code next} on), and the arcs made so far. */
    private static final class Configuration {
        final int n;
        final int[] stack;
        int stackSize;
        int next = 1;
        final int[] head;
        final int[] arcTransition;
        final int[] left1;
        final int[] left2;
        final int[] right1;
        final int[] right2;

        Configuration(int n) {
            this.n = n;
            this.stack = new int[n + 1];
            this.stack[stackSize++] = 0;
            this.head = new int[n + 1];
            Arrays.fill(head, NONE);
            this.arcTransition = new int[n + 1];
            this.left1 = filled(n + 1);
            this.left2 = filled(n + 1);
            this.right1 = filled(n + 1);
            this.right2 = filled(n + 1);
        }

        private static int[] filled(int size) {
            int[] a = new int[size];
            Arrays.fill(a, NONE);
            return a;
        }

        boolean isTerminal() {
            return stackSize == 1 && bufferSize() == 0;
        }

        int bufferSize() {
            return n - next + 1;
        }

        int stack(int k) {
            return k >= 0 && k < stackSize ? stack[stackSize - 1 - k] : NONE;
        }

        int buffer(int k) {
            return k >= 0 && k < bufferSize() ? next + k : NONE;
        }

        /** The cnt-th (1 or 2) leftmost child of k, left of k; as CoreNLP's getLeftChild. */
        int leftChild(int k, int cnt) {
            if (k < 0 || k > n) {
                return NONE;
            }
            return cnt == 1 ? left1[k] : left2[k];
        }

        /** The cnt-th (1 or 2) rightmost child of k, right of k; as CoreNLP's getRightChild. */
        int rightChild(int k, int cnt) {
            if (k < 0 || k > n) {
                return NONE;
            }
            return cnt == 1 ? right1[k] : right2[k];
        }

        void arc(int h, int d, int transition) {
            head[d] = h;
            arcTransition[d] = transition;
            if (d < h) {
                if (left1[h] == NONE || d < left1[h]) {
                    left2[h] = left1[h];
                    left1[h] = d;
                } else if (left2[h] == NONE || d < left2[h]) {
                    left2[h] = d;
                }
            } else {
                if (right1[h] == NONE || d > right1[h]) {
                    right2[h] = right1[h];
                    right1[h] = d;
                } else if (right2[h] == NONE || d > right2[h]) {
                    right2[h] = d;
                }
            }
        }
    }

    /**
     * A direct-mapped cache of hidden-layer slices (16,384 of 800 bytes at most), one per thread: its values are pure
     * functions of the key, so what it holds never changes a result.
     */
    private static final class SliceCache {
        private static final int BITS = 14;
        private static final int SIZE = 1 << BITS;
        private final int[] keys = new int[SIZE];
        private final float[][] values = new float[SIZE][];

        SliceCache() {
            Arrays.fill(keys, -1);
        }

        float[] get(int key) {
            int slot = slot(key);
            return keys[slot] == key ? values[slot] : null;
        }

        void put(int key, float[] value) {
            int slot = slot(key);
            keys[slot] = key;
            values[slot] = value;
        }

        private static int slot(int key) {
            return (key * 0x9E3779B9) >>> (32 - BITS);
        }
    }

    /** An open-addressing map from non-negative int keys to non-negative int values; -1 when absent. */
    private static final class IntIntMap {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIntMap(int expected) {
            int size = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
            this.keys = new int[size];
            this.values = new int[size];
            this.mask = size - 1;
            Arrays.fill(keys, -1);
        }

        void put(int key, int value) {
            int slot = mix(key) & mask;
            while (keys[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(int key) {
            int slot = mix(key) & mask;
            while (keys[slot] != -1) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    private static float[][] transpose(float[][] m) {
        float[][] t = new float[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /** The same numbers as doubles (exact), so that the output layer's loop needs no conversion. */
    private static double[][] widen(float[][] m) {
        double[][] d = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            d[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                d[i][j] = m[i][j];
            }
        }
        return d;
    }

    private static <T> T field(Object owner, Class<?> declaring, String name, Class<T> type) {
        try {
            Field f = declaring.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(f.get(owner));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this CoreNLP's nndep parser has no field " + name + " (expected 4.5.x)", e);
        }
    }
}
