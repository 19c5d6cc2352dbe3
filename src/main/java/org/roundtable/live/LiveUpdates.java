package org.roundtable.live;

/**
 * Tells screens that a log moved on. Listeners are called after the read models have applied
 * the change; a screen then reads what it shows through the feature services.
 */
public interface LiveUpdates {

    /**
     * Calls {@code listener} after changes to {@code logId}. Bursts are coalesced: the first
     * change after a quiet period is passed on at once, later ones at most every
     * {@code roundtable.live.screen-interval}. Close the subscription when the screen detaches.
     */
    Subscription subscribe(String logId, Runnable listener);

    /** An open subscription; closing it twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
