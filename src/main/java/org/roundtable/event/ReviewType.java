package org.roundtable.event;

/** The kind of review a learning event belongs to; the label is what facilitators read. */
public enum ReviewType {
    SINGLE_UNIFIED_SAFEGUARDING_REVIEW("Single Unified Safeguarding Review (Wales)"),
    CONCISE_CHILD_PRACTICE_REVIEW("Concise Child Practice Review"),
    EXTENDED_CHILD_PRACTICE_REVIEW("Extended Child Practice Review"),
    LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW("Local Child Safeguarding Practice Review"),
    SERIOUS_CASE_REVIEW("Serious Case Review"),
    PARTNERSHIP_LEARNING_REVIEW("Partnership Learning Review"),
    MULTI_AGENCY_LEARNING_REVIEW("Multi-agency reflective/learning review"),
    MULTI_AGENCY_PROFESSIONAL_FORUM("Multi-agency professional forum");

    private final String label;

    ReviewType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
