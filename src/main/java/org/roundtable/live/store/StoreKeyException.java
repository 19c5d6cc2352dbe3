package org.roundtable.live.store;

/**
 * The store cannot be opened or read with the keys given: a malformed key, a store written with
 * another key, a record altered on disk. The message says what to check; start-up stops.
 */
public class StoreKeyException extends IllegalStateException {

    public StoreKeyException(String message) {
        super(message);
    }

    public StoreKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
