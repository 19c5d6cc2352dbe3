package org.roundtable.event;

import java.util.List;

/**
 * What a new learning event starts with, before the facilitator changes anything.
 */
public final class SetupDefaults {

    /**
     * Ground rules for the day, in our own words after the example in the Welsh guide (Annex 1,
     * Appendix 1d), plus the spirit of every review: learning, not blame, without hindsight.
     */
    public static final List<String> WORKING_PRINCIPLES = List.of(
            "Everyone here has something worth saying; each contribution is listened to and valued.",
            "When we see things differently, we say so with care and ask questions that help the group move on.",
            "We all take responsibility for challenging discriminatory or oppressive language and behaviour, "
                    + "calmly and constructively.",
            "Personal feelings and experiences shared today stay in the room.",
            "No question is too basic: asking the obvious is expected and welcome.",
            "We are here to learn, not to blame: we look at what people knew at the time, not with hindsight.");

    /** The question the guide ends its example with: the group adds its own principles. */
    public static final String ASK_THE_GROUP = "What else do we need to agree so that everyone can take part fully?";

    /**
     * A day in the order of the Essex toolkit's agenda (Appendix 2) and the LCSPR workshop
     * structure (§8.11.3), with breaks: about six hours.
     */
    public static final List<AgendaStage> AGENDA = List.of(
            new AgendaStage("Welcome and introductions", 20, StageKind.INTRODUCTIONS),
            new AgendaStage("Purpose of the day and working principles", 15, StageKind.PURPOSE_AND_PRINCIPLES),
            new AgendaStage("Overview of the case and the terms of reference", 15, StageKind.CASE_OVERVIEW),
            new AgendaStage("Factual information: walking the merged timeline", 75, StageKind.TIMELINE),
            new AgendaStage("Break", 15, StageKind.BREAK),
            new AgendaStage("The lived experience of the child", 30, StageKind.LIVED_EXPERIENCE),
            new AgendaStage("Lunch", 30, StageKind.BREAK),
            new AgendaStage("Analysis in multi-agency groups on the key themes", 60, StageKind.GROUP_ANALYSIS),
            new AgendaStage("Feedback from the groups", 30, StageKind.GROUP_FEEDBACK),
            new AgendaStage("Break", 15, StageKind.BREAK),
            new AgendaStage("Learning themes: identifying and agreeing them", 40, StageKind.LEARNING_THEMES),
            new AgendaStage("Personal learning, evaluation and close", 20, StageKind.EVALUATION_AND_CLOSE));

    private SetupDefaults() {
    }
}
