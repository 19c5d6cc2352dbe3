package org.roundtable.board;

/** A factor that contributed to what happened at a timeline entry (Essex toolkit §5.4). */
public enum Factor {
    FAMILY_DYNAMICS("Family dynamics"),
    INDIVIDUAL_TEAM_PRACTICE("Individual/team practice"),
    ORGANISATIONAL_SYSTEMS("Organisational/systems"),
    COMMUNITY_ENVIRONMENT("Community/environment");

    private final String label;

    Factor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
