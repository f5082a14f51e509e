package cn.gongkai.content;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lines of a report file's keys ({@link ReportFile#lines()}), held compactly: the key names are shared by
 * every report with the same set of keys (nearly all of a portal's reports), each report keeps only an
 * {@code int} per key. Immutable.
 */
final class LineMap extends AbstractMap<String, Integer> {
    private final Keys keys;
    private final int[] lines;

    private LineMap(Keys keys, int[] lines) {
        this.keys = keys;
        this.lines = lines;
    }

    /** A compact copy of {@code lines} with key names of its own. */
    static LineMap copyOf(Map<String, Integer> lines) {
        return lines instanceof LineMap m ? m : of(lines, null);
    }

    /** A compact copy of {@code lines} whose key names come from {@code pool} when it has them (null: none). */
    static LineMap of(Map<String, Integer> lines, Pool pool) {
        String[] names = new String[lines.size()];
        int[] given = new int[names.length];
        int n = 0;
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            names[n] = e.getKey();
            given[n++] = e.getValue();
        }
        return of(names, given, pool);
    }

    /** The map of {@code names[i]} to {@code given[i]}, with key names from {@code pool} when it has them. */
    private static LineMap of(String[] names, int[] given, Pool pool) {
        Keys keys = pool == null ? new Keys(names) : pool.keys(names);
        int[] values = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            values[keys.position[i]] = given[i];
        }
        return new LineMap(keys, values);
    }

    /**
     * The lines of keys as a reader finds them, each key put once (the plain reader refuses a key written twice),
     * without a map entry and a boxed line per key. Not thread-safe.
     */
    static final class Builder {
        private String[] names = new String[64];
        private int[] lines = new int[64];
        private int size;

        void put(String name, int line) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
            }
            names[size] = name;
            lines[size++] = line;
        }

        /** The lines put, with key names from {@code pool} when it has them (null: none). */
        LineMap build(Pool pool) {
            return of(Arrays.copyOf(names, size), lines, pool);
        }
    }

    /**
     * Key sets already seen, shared between the reports of one load, found by the names in the order the
     * caller's map gives them (the same for maps filled the same way), so no report sorts its keys. Thread-safe.
     */
    static final class Pool {
        private final Map<List<String>, Keys> sets = new ConcurrentHashMap<>();

        Keys keys(String[] names) {
            List<String> set = List.of(names);
            Keys keys = sets.get(set); // nearly always there: no function made to be told so
            return keys != null ? keys : sets.computeIfAbsent(set, k -> new Keys(names));
        }
    }

    /** Sorted key names, where each is, and where the {@code i}th name as given went ({@code position}). */
    private static final class Keys {
        final String[] names;
        final Map<String, Integer> index;
        final int[] position;

        Keys(String[] given) {
            names = given.clone();
            Arrays.sort(names);
            index = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
            position = new int[given.length];
            for (int i = 0; i < given.length; i++) {
                position[i] = index.get(given[i]);
            }
        }
    }

    @Override
    public Integer get(Object key) {
        Integer i = keys.index.get(key);
        return i == null ? null : lines[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.index.containsKey(key);
    }

    @Override
    public int size() {
        return lines.length;
    }

    @Override
    public Set<Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    int next;

                    @Override
                    public boolean hasNext() {
                        return next < lines.length;
                    }

                    @Override
                    public Entry<String, Integer> next() {
                        if (next >= lines.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys.names[i], lines[i]);
                    }
                };
            }

            @Override
            public int size() {
                return lines.length;
            }
        };
    }
}
