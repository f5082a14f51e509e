package cn.gongkai.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RecursiveAction;
import java.util.function.Function;

/**
 * Maps a function over a list on the fork/join pool the caller runs in (the common pool elsewhere), splitting it
 * down to a few items a task. A parallel stream cuts a list into about four pieces per core, and a worker that
 * has finished its pieces cannot take part of another's: with pages of very different cost (a county's
 * comparison page against a report page) the last piece ran alone on one core for a few tenths of a second.
 */
final class FineTasks {
    /** Items per task: small enough to share the tail, large enough that forking costs nothing noticeable. */
    private static final int LEAF = 4;

    private FineTasks() {
    }

    /** {@code f} of every item, in the list's order. */
    static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        Object[] out = new Object[items.size()];
        new Part<>(items, f, out, 0, items.size()).invoke();
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Arrays.asList(out);
        return results;
    }

    private static final class Part<T, R> extends RecursiveAction {
        private final List<T> items;
        private final Function<T, R> f;
        private final Object[] out;
        private final int from;
        private final int to;

        Part(List<T> items, Function<T, R> f, Object[] out, int from, int to) {
            this.items = items;
            this.f = f;
            this.out = out;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= LEAF) {
                for (int i = from; i < to; i++) {
                    out[i] = f.apply(items.get(i));
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Part<>(items, f, out, from, mid), new Part<>(items, f, out, mid, to));
        }
    }
}
