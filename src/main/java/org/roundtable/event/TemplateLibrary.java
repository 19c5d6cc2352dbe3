package org.roundtable.event;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of the facilitators' event templates, fed by the templates log. */
@Component
class TemplateLibrary implements Projection {

    private final Map<String, EventTemplate> byId = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof TemplateChange change)) {
            return;
        }
        switch (change) {
            case TemplateChange.TemplateSaved saved -> byId.put(saved.templateId(), new EventTemplate(
                    saved.templateId(), saved.name(), saved.ownerAccountId(), saved.reviewType(), saved.dayPattern(),
                    saved.agenda(), saved.workingPrinciples(), logged.at()));
            case TemplateChange.TemplateDeleted deleted -> byId.remove(deleted.templateId());
        }
    }

    Optional<EventTemplate> byId(String templateId) {
        return Optional.ofNullable(byId.get(templateId));
    }

    /** The owner's templates, by name. */
    List<EventTemplate> ownedBy(String accountId) {
        return byId.values().stream()
                .filter(t -> t.ownerAccountId().equals(accountId))
                .sorted(Comparator.comparing(EventTemplate::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
