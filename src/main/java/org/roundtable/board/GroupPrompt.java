package org.roundtable.board;

import org.roundtable.shared.Texts;

/**
 * The questions a breakout group works through on its theme (Essex Appendix 2; Wales A1 §3.16
 * for a significant event). The wording is shown as it stands here.
 */
public enum GroupPrompt {
    SIGNIFICANCE("Significance and key events",
            "How significant was this theme, and which events or responses were key?"),
    WHAT_MADE_IT_HARD("What made it hard",
            "What made it hard to address?"),
    CONTEXT_AT_THE_TIME("The context at the time",
            "What was the context at the time: organisation, workload, support?"),
    THEME_WE_MISSED("A theme we missed",
            "Is there a theme we missed?"),
    SIGNIFICANT_EVENT("A significant event",
            "For a significant event: what was done, and why? What else could have been done, "
                    + "and why did that not happen?");

    private final String label;
    private final String question;

    GroupPrompt(String label, String question) {
        this.label = label;
        this.question = question;
    }

    /** A short heading for the prompt's section. */
    public String label() {
        return label;
    }

    /** The question as the group reads it, in English. */
    public String question() {
        return question;
    }

    /** The key of the question in {@link Texts}, for reading it in the person's language. */
    public String questionKey() {
        return Texts.labelKey(this) + ".question";
    }
}
