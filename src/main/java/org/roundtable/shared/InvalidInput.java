package org.roundtable.shared;

/**
 * Input a person gave that we will not accept; the message is written for that person.
 */
public class InvalidInput extends RuntimeException {

    public InvalidInput(String message) {
        super(message);
    }
}
