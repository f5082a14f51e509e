package cn.gongkai.cli;

/**
 * CPU time of the calling thread, in nanoseconds, for the {@code --verbose} split of the pages stage (render,
 * write, index): wall time would count the time a thread waited for a core. Without {@code --verbose} nothing
 * is measured and the management beans, which take a few tens of milliseconds to set up, are never loaded.
 */
@FunctionalInterface
interface ThreadClock {
    long now();

    /** A clock that never moves: nothing is measured. */
    ThreadClock NONE = () -> 0L;

    /** The JVM's per-thread CPU clock, or {@link #NONE} where the JVM cannot tell. */
    static ThreadClock cpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            return NONE;
        }
        return threads::getCurrentThreadCpuTime;
    }
}
