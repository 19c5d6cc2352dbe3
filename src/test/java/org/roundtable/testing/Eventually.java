package org.roundtable.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something that another thread brings about (a push, a delivery), polling with a
 * deadline: tests of live behaviour assert outcomes, never sleep for a guessed time.
 */
public final class Eventually {

    private Eventually() {
    }

    /** Whether {@code condition} held within {@code within}. */
    public static boolean holds(BooleanSupplier condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
        }
        return condition.getAsBoolean();
    }

    /** Fails the test unless {@code condition} holds within ten seconds. */
    public static void assertEventually(BooleanSupplier condition) {
        if (!holds(condition, Duration.ofSeconds(10))) {
            throw new AssertionError("Not seen within 10 seconds");
        }
    }
}
