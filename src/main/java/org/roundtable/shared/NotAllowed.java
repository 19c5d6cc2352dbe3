package org.roundtable.shared;

/**
 * The caller has no right to do or see this. Services throw it; views show a plain message.
 */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
