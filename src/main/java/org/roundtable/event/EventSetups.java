package org.roundtable.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/**
 * Read model of every learning event's preparation, fed by the event logs. An event created
 * before preparation existed starts from the defaults of {@link SetupDefaults}.
 */
@Component
class EventSetups implements Projection {

    private final Map<String, EventSetup> byEventId = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        switch (logged.change()) {
            case EventChange.EventCreated created -> byEventId.put(created.eventId(),
                    EventSetup.startingWith(created.eventId(), new EventDetails(created.pseudonym(), null,
                            List.of(new EventDay(created.date(), DayPart.WHOLE_DAY)), created.venue())));
            case SetupChange change -> update(logged, change);
            case RoomChange.PrincipleAdded added -> byEventId.computeIfPresent(
                    logged.logId().substring("event:".length()), (id, setup) -> withPrinciple(setup, added.text()));
            default -> {
            }
        }
    }

    private void update(LoggedChange logged, SetupChange change) {
        UnaryOperator<EventSetup> next = switch (change) {
            case SetupChange.EventDetailsChanged d -> setup -> setup.withDetails(
                    new EventDetails(d.pseudonym(), d.reviewType(), d.days(), d.venue()));
            case SetupChange.EventPeopleChanged p -> setup -> setup.withPeople(
                    new EventPeople(p.facilitators(), p.noteTaker(), p.invited()));
            case SetupChange.TermsOfReferenceRevised t -> setup -> setup.withTermsOfReference(
                    setup.termsOfReference().revised(new TermsVersion(
                            setup.termsOfReference().versions().size() + 1, t.markdown(), logged.actor(),
                            t.authorName(), logged.at())));
            case SetupChange.KeyThemesChanged k -> setup -> setup.withKeyThemes(k.themes());
            case SetupChange.WorkingPrinciplesChanged w -> setup -> setup.withWorkingPrinciples(w.principles());
            case SetupChange.AgendaChanged a -> setup -> setup.withAgenda(a.stages());
            case SetupChange.FamilyPerspectiveChanged f -> setup -> setup.withFamilyPerspective(
                    new FamilyPerspective(f.messages(), f.declined(), f.declinedReason()));
            case SetupChange.GenogramUploaded g -> setup -> setup.withGenogram(
                    new Genogram(g.fileName(), g.mediaType(), g.image(), false, logged.at()));
            case SetupChange.GenogramRemoved r -> setup -> setup.withGenogram(null);
            case SetupChange.GenogramProjectionChanged p -> setup -> setup.withGenogram(
                    setup.genogram() == null ? null : setup.genogram().shownOnProjector(p.showOnProjector()));
            case SetupChange.RoomSettingsChanged r -> UnaryOperator.identity();
            case SetupChange.EventLanguageChanged l -> UnaryOperator.identity();
        };
        String eventId = logged.logId().substring("event:".length());
        byEventId.computeIfPresent(eventId, (id, setup) -> next.apply(setup));
    }

    Optional<EventSetup> of(String eventId) {
        return Optional.ofNullable(byEventId.get(eventId));
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byEventId.remove(logId.substring("event:".length()));
    }

    /** Adds an accepted proposal's principle, unless it is there already or the list is full. */
    private static EventSetup withPrinciple(EventSetup setup, String principle) {
        List<String> principles = setup.workingPrinciples();
        boolean there = principles.stream().anyMatch(p -> p.equalsIgnoreCase(principle));
        if (there || principles.size() >= EventPreparation.MAX_WORKING_PRINCIPLES) {
            return setup;
        }
        List<String> more = new java.util.ArrayList<>(principles);
        more.add(principle);
        return setup.withWorkingPrinciples(more);
    }
}
