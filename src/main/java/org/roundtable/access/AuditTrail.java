package org.roundtable.access;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.shared.CsvCells;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.springframework.stereotype.Service;

/**
 * The audit trail: sign-ins and failures, joins, removals, rights and setting changes,
 * moderation, exports and purges. Kept in its own log (durable, the same on every node,
 * encrypted at rest like every log) and never purged with an event. Only administrators read it.
 * Services record after the action they audit has been appended.
 */
@Service
public class AuditTrail implements Projection {

    /** Longest detail kept; details are a few words, never case content. */
    static final int MAX_DETAIL = 300;

    private final ChangeLog changeLog;
    private final List<AuditEntry> entries = new ArrayList<>();

    AuditTrail(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** Records what {@code who} did. */
    public void record(Caller who, AuditAction action, @Nullable String eventId, String detail) {
        append(who.actorId(), whoOf(who), action, eventId, detail);
    }

    /**
     * Records something done by someone not (yet) known as a caller, such as a failed sign-in
     * under a typed user name, or a join refused from an address.
     */
    public void recordUnknown(String who, AuditAction action, @Nullable String eventId, String detail) {
        append("unknown", shortened(who, 100), action, eventId, detail);
    }

    private void append(String actor, String who, AuditAction action, @Nullable String eventId, String detail) {
        changeLog.append(AuditChange.LOG_ID,
                new AuditChange.Recorded(who, action, eventId, shortened(detail, MAX_DETAIL)), actor);
    }

    /** The text cleaned, and cut with an ellipsis when longer than {@code max}. */
    private static String shortened(String text, int max) {
        String cleaned = UserText.clean(text);
        return cleaned.length() > max ? cleaned.substring(0, max) + "…" : cleaned;
    }

    /** Who, in the English the log keeps; {@link AuditEntry#whoIn} says it in a screen's language. */
    private static String whoOf(Caller caller) {
        return switch (caller) {
            case Caller.Account account -> account.username();
            case Caller.Participant participant -> "participant " // not text: the log's English
                    + participant.participantId().substring(0, Math.min(8, participant.participantId().length()))
                    + " (" + participant.agencyCode() + ")";
            case Caller.Projector projector -> "projector"; // not text: the log's English
            case Caller.NoteTakerLink link -> "note-taker (link)"; // not text: the log's English
            case Caller.Application application -> "system"; // not text: the log's English
        };
    }

    /** The whole trail, newest first, for administrators. */
    public List<AuditEntry> entriesFor(Caller caller) {
        administrator(caller);
        synchronized (entries) {
            return entries.reversed().stream().toList();
        }
    }

    /** The whole trail as CSV in English: see {@link #csvFor(Caller, Locale)}. */
    public byte[] csvFor(Caller caller) {
        return csvFor(caller, Texts.ENGLISH);
    }

    /**
     * The whole trail as CSV, oldest first, for administrators, in {@code language} (the exporting
     * administrator's): its headings, who, actions and details; cells a spreadsheet would run as
     * formulas are made inert. The export itself is recorded.
     */
    public byte[] csvFor(Caller caller, Locale language) {
        List<AuditEntry> all = entriesFor(caller).reversed();
        StringWriter out = new StringWriter();
        // a byte order mark so spreadsheets read the file as UTF-8 (Welsh letters such as ŵ and ŷ)
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(Texts.get(language, "access.audit.csv.when"), Texts.get(language, "access.audit.csv.who"),
                        Texts.get(language, "access.audit.csv.action"), Texts.get(language, "access.audit.csv.event"),
                        Texts.get(language, "access.audit.csv.detail")).get())) {
            for (AuditEntry entry : all) {
                csv.printRecord(entry.at().toString(), CsvCells.neutralise(entry.whoIn(language)),
                        Texts.label(language, entry.action()), entry.eventId() == null ? "" : entry.eventId(),
                        CsvCells.neutralise(entry.detailIn(language)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(caller, AuditAction.AUDIT_EXPORTED, null, all.size() + " entries"); // not text: the log's English
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void administrator(Caller caller) {
        if (!(caller instanceof Caller.Account account) || !account.has(Role.ADMINISTRATOR)) {
            throw Accounts.refused("access.refused.only-administrator-reads-audit");
        }
    }

    @Override
    public void apply(LoggedChange change) {
        if (change.change() instanceof AuditChange.Recorded recorded) {
            synchronized (entries) {
                entries.add(new AuditEntry(change.at(), recorded.who(), recorded.action(), recorded.eventId(),
                        recorded.detail(), change.actor()));
            }
        }
    }
}
