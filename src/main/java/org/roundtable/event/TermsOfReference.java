package org.roundtable.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terms of reference of the review: a live document that may change during the review, with
 * every revision kept, oldest first.
 */
public record TermsOfReference(List<TermsVersion> versions) {

    public static final TermsOfReference NONE = new TermsOfReference(List.of());

    public TermsOfReference {
        versions = List.copyOf(versions);
    }

    /** The text as it stands now. */
    public Optional<TermsVersion> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** With one more revision, numbered after the last. */
    TermsOfReference revised(TermsVersion next) {
        List<TermsVersion> all = new ArrayList<>(versions);
        all.add(next);
        return new TermsOfReference(all);
    }
}
