package org.roundtable.event;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the facilitators' event templates, in their own log. */
sealed interface TemplateChange extends Change {

    /** Every template of every facilitator is in this one log. */
    String LOG_ID = "templates";

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "TemplateSaved", TemplateSaved.class,
            "TemplateDeleted", TemplateDeleted.class));

    /** A facilitator saved an event's setup, without case data, as a template. */
    record TemplateSaved(String templateId, String ownerAccountId, String name, @Nullable ReviewType reviewType,
            List<DayPart> dayPattern, List<AgendaStage> agenda, List<String> workingPrinciples)
            implements TemplateChange {
    }

    record TemplateDeleted(String templateId) implements TemplateChange {
    }
}
