package cn.gongkai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of a long build on standard error: after the first two seconds, every two seconds, the stage it is in
 * and, while pages are rendered, how many are done (`gongkai: pages 1450/3089`). Only in a terminal or with
 * {@code --verbose}; a short build prints nothing.
 */
final class BuildProgress implements AutoCloseable {
    private static final long EVERY_MILLIS = 2000;

    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile int total;

    BuildProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        if (!enabled) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gongkai-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::print, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A stage begins; {@code items} is how many steps it has, or 0 when it does not count them. */
    void stage(String name, int items) {
        done.set(0);
        total = items;
        stage = name;
    }

    void step() {
        done.incrementAndGet();
    }

    private void print() {
        String s = stage;
        if (s.isEmpty()) {
            return;
        }
        int t = total;
        synchronized (err) {
            err.println(t > 0 ? "gongkai: " + s + " " + Math.min(done.get(), t) + "/" + t : "gongkai: " + s + " …");
            err.flush();
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
