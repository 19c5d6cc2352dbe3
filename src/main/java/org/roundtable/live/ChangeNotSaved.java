package org.roundtable.live;

/**
 * A change the log could not save, or could not confirm in time: the cluster did not take it, this
 * node cannot reach enough of the other nodes, or its place in the log was given up. Nothing saved
 * before is affected; the person may try again (a tablet's note carries a key, so a retry of one
 * that was in fact saved is not added twice).
 */
public class ChangeNotSaved extends IllegalStateException {

    public ChangeNotSaved(String message, Throwable cause) {
        super(message, cause);
    }

    public ChangeNotSaved(String message) {
        super(message);
    }
}
