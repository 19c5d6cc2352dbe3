package org.roundtable.timeline.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.KeyTheme;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.live.ChangeLog;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.Timelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the fictional "Child J" learning event into an empty store, so that a newcomer can try
 * everything at once. Only when {@code roundtable.demo.enabled} is set (the README's run
 * command does); a production start never loads it.
 */
@Component
@ConditionalOnBooleanProperty("roundtable.demo.enabled")
class DemoEvent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvent.class);
    static final String CHRONOLOGY = "demo/child-j-chronology.csv";
    static final String PSEUDONYM = "Child J (fictional demo)";

    private static final List<NewLearningEvent.AgencyName> AGENCIES = List.of(
            new NewLearningEvent.AgencyName("Police", "POL"),
            new NewLearningEvent.AgencyName("Children's Social Care", "CSC"),
            new NewLearningEvent.AgencyName("Health Visiting", "HV"),
            new NewLearningEvent.AgencyName("GP practice", "GP"),
            new NewLearningEvent.AgencyName("School and nursery", "SCH"),
            new NewLearningEvent.AgencyName("Housing", "HOU"));

    /** Fictional key themes, so breakout groups can be tried at once. */
    static final List<KeyTheme> KEY_THEMES = List.of(
            new KeyTheme("Recognising neglect", "Home conditions, missed health appointments and J's speech delay."),
            new KeyTheme("Information sharing between agencies", "What Housing, Health and the school each knew, "
                    + "and who told whom."),
            new KeyTheme("Professional curiosity about a new partner", "What was asked, and what was assumed."),
            new KeyTheme("Hearing the child's voice", "What J's behaviour and words were telling us."));

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Timelines timelines;
    private final EventPreparation preparation;

    DemoEvent(ChangeLog changeLog, LearningEvents events, Timelines timelines, EventPreparation preparation) {
        this.changeLog = changeLog;
        this.events = events;
        this.timelines = timelines;
        this.preparation = preparation;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!changeLog.logIds("event:").isEmpty()) {
            return;
        }
        LearningEvent event = events.createDemo(new NewLearningEvent(PSEUDONYM, LocalDate.now(),
                "Meeting Room 2, Civic Centre (fictional)", AGENCIES));
        List<NewTimelineEntry> entries = chronology();
        timelines.addAll(Caller.SYSTEM, event.id(), entries);
        preparation.changeKeyThemes(Caller.SYSTEM, event.id(), KEY_THEMES);
        log.info("Loaded the fictional demo event '{}' with {} timeline entries", PSEUDONYM, entries.size());
    }

    static List<NewTimelineEntry> chronology() throws IOException {
        List<NewTimelineEntry> entries = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource(CHRONOLOGY).getInputStream(),
                StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String time = row.get("time");
                entries.add(new NewTimelineEntry(row.get("agency"), ChronologyDate.onDay(LocalDate.parse(row.get("date"))),
                        time.isBlank() ? null : LocalTime.parse(time), null, row.get("event"), row.get("source"),
                        row.get("practitioner_role"), row.get("comments"), null));
            }
        }
        return entries;
    }
}
