package org.roundtable.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/**
 * One line of the audit trail: who did what, when, and to which event. Never holds case content
 * or a participant's name: a participant appears by an opaque id and agency.
 * <p>
 * The log keeps {@code who} and {@code detail} in English, as the services wrote them (and as every
 * log written so far holds them); {@link #whoIn} and {@link #detailIn} say them in a screen's
 * language, recognising the English the services write. Anything not recognised (a user name, an
 * address) reads as it was written.
 *
 * @param at      when
 * @param who     the account's user name, "participant 1a2b3c4d (CSC)", "projector", "system", or
 *                the user name typed at a failed sign-in
 * @param action  what happened
 * @param eventId the learning event concerned, if any
 * @param detail  a few words more (which export, which setting); no case content
 * @param actor   who did it as the log has it ({@code account:…}, {@code participant:…},
 *                {@code projector:…}, {@code note-taker-link:…}, {@code system}, {@code unknown})
 */
public record AuditEntry(Instant at, String who, AuditAction action, @Nullable String eventId, String detail,
        String actor) {

    /**
     * Who, in {@code language}: the projector, a note-taker's link, the system and participants in
     * its words; a user name as it is.
     */
    public String whoIn(Locale language) {
        if (actor.startsWith("participant:")) {
            Matcher participant = PARTICIPANT.matcher(who);
            return participant.matches()
                    ? Texts.get(language, "access.audit.who.participant", participant.group(1), participant.group(2))
                    : who;
        }
        if (actor.startsWith("projector:")) {
            return Texts.get(language, "access.audit.who.projector");
        }
        if (actor.startsWith("note-taker-link:")) {
            return Texts.get(language, "access.audit.who.note-taker-link");
        }
        if (actor.equals("system")) {
            return Texts.get(language, "access.audit.who.system");
        }
        return who;
    }

    /** The detail in {@code language}, where its English is recognised; otherwise as written. */
    public String detailIn(Locale language) {
        return say(detail, Texts.supported(language));
    }

    // The English the services write into the trail, and the texts that say the same in any language.

    private static final Pattern PARTICIPANT = Pattern.compile(
            "participant (\\S+) \\((.*)\\)"); // not text: the log's English

    /**
     * A phrase of the trail: its English (the groups are what it names), its text key, and which
     * groups are themselves phrases or words to say in the same language.
     */
    private record Phrase(Pattern english, String key, List<Integer> said) {
    }

    private static Phrase phrase(String english, String key, Integer... said) {
        return new Phrase(Pattern.compile(english), key, Arrays.asList(said));
    }

    /** In order: the first that matches the whole of a detail says it. */
    private static final List<Phrase> PHRASES = List.of(
            phrase("Hid note (\\S+)", // not text: the log's English
                    "access.audit.detail.hid-note"),
            phrase("Unhid note (\\S+)", // not text: the log's English
                    "access.audit.detail.unhid-note"),
            phrase("Hid learning point (\\S+)", // not text: the log's English
                    "access.audit.detail.hid-learning-point"),
            phrase("Unhid learning point (\\S+)", // not text: the log's English
                    "access.audit.detail.unhid-learning-point"),
            phrase("Hid lived experience entry (\\S+)", // not text: the log's English
                    "access.audit.detail.hid-lived-entry"),
            phrase("Unhid lived experience entry (\\S+)", // not text: the log's English
                    "access.audit.detail.unhid-lived-entry"),
            phrase("Accepted note (\\S+) as a new timeline entry", // not text: the log's English
                    "access.audit.detail.accepted-as-entry"),
            phrase("Accepted note (\\S+) as a correction", // not text: the log's English
                    "access.audit.detail.accepted-as-correction"),
            phrase("Answered query (\\S+)", // not text: the log's English
                    "access.audit.detail.answered-query"),
            phrase("Merged note (\\S+) into (\\S+)", // not text: the log's English
                    "access.audit.detail.merged-notes"),
            phrase("Decided on note (\\S+)", // not text: the log's English
                    "access.audit.detail.decided-on-note"),
            phrase("Evaluation results \\((\\S+)\\)", // not text: the log's English
                    "access.audit.detail.evaluation-results"),
            phrase("Key events summary \\((\\S+)\\)", // not text: the log's English
                    "access.audit.detail.key-events-summary"),
            phrase("Record \\((\\S+)\\), ((?:with|without) the comments column), " // not text: the log's English
                    + "(hidden contributions (?:included|left out))", // not text: the log's English
                    "access.audit.detail.record", 2, 3),
            phrase("Note-taker assigned: (.+)", // not text: the log's English
                    "access.audit.detail.note-taker-assigned"),
            phrase("Co-facilitator removed: (.+)", // not text: the log's English
                    "access.audit.detail.co-facilitator-removed"),
            phrase("Co-facilitator (\\S+): panel member \\(no rights\\)", // not text: the log's English
                    "access.audit.detail.co-facilitator-no-rights"),
            phrase("Co-facilitator (\\S+): (.+)", // not text: the log's English
                    "access.audit.detail.co-facilitator-rights", 2),
            phrase("(.+) \\(more refusals from this address " // not text: the log's English
                    + "in the next 15 minutes are not recorded\\)", // not text: the log's English
                    "access.audit.detail.join-refused", 1),
            phrase("Room settings: anonymous contributions (on|off), " // not text: the log's English
                    + "facilitators see names (on|off), " // not text: the log's English
                    + "names in the room list (on|off)", // not text: the log's English
                    "access.audit.detail.room-settings", 1, 2, 3),
            phrase("(no such account|account locked|wrong password), (.+)", // not text: the log's English
                    "access.audit.detail.sign-in-failed", 1, 2),
            phrase("from (.+)", // not text: the log's English
                    "access.audit.detail.from"),
            phrase("(\\S+) until (\\d\\d:\\d\\d) UTC after (\\d+) failed sign-ins", // not text: the log's English
                    "access.audit.detail.locked-until"),
            phrase("(\\S+) as ([a-z-]+(?: and [a-z-]+)*)", // not text: the log's English
                    "access.audit.detail.account-as", 2),
            phrase("sessions of (.+)", // not text: the log's English
                    "access.audit.detail.sessions-of"),
            phrase("participant (\\S+)", // not text: the log's English
                    "access.audit.detail.participant"),
            phrase("(\\d+) entries", // not text: the log's English
                    "access.audit.detail.entries"));

    /** Words and whole details the services write as they are. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("Note-taker removed", "access.audit.detail.note-taker-removed"), // not text: the log's English
            Map.entry("Note-taker link created", // not text: the log's English
                    "access.audit.detail.note-taker-link-created"),
            Map.entry("Note-taker link revoked", // not text: the log's English
                    "access.audit.detail.note-taker-link-revoked"),
            Map.entry("Event closed", "access.audit.detail.event-closed"), // not text: the log's English
            Map.entry("Event purged", "access.audit.detail.event-purged"), // not text: the log's English
            Map.entry("joined with the code", "access.audit.detail.joined-with-code"), // not text: the log's English
            Map.entry("own sessions", "access.audit.detail.own-sessions"), // not text: the log's English
            Map.entry("not over the web", "access.audit.detail.not-over-the-web"), // not text: the log's English
            Map.entry("no such account", "access.audit.detail.no-such-account"), // not text: the log's English
            Map.entry("account locked", "access.audit.detail.account-locked"), // not text: the log's English
            Map.entry("wrong password", "access.audit.detail.wrong-password"), // not text: the log's English
            Map.entry("wrong code", "access.audit.detail.wrong-code"), // not text: the log's English
            Map.entry("many joins with one code", "access.audit.detail.many-joins"), // not text: the log's English
            Map.entry("too many wrong codes from this address", // not text: the log's English
                    "access.audit.detail.too-many-wrong-codes"),
            Map.entry("the minute's budget of wrong codes is spent", // not text: the log's English
                    "access.audit.detail.wrong-code-budget-spent"),
            Map.entry("with the comments column", "access.audit.detail.with-comments"), // not text: the log's English
            Map.entry("without the comments column", // not text: the log's English
                    "access.audit.detail.without-comments"),
            Map.entry("hidden contributions included", // not text: the log's English
                    "access.audit.detail.hidden-included"),
            Map.entry("hidden contributions left out", // not text: the log's English
                    "access.audit.detail.hidden-left-out"),
            Map.entry("on", "access.audit.detail.on"),
            Map.entry("off", "access.audit.detail.off"),
            Map.entry("administrator", "access.audit.detail.administrator"),
            Map.entry("facilitator", "access.audit.detail.facilitator"),
            Map.entry("note-taker", "access.audit.detail.note-taker"),
            // a co-facilitator's rights, as EventRight names them in English
            Map.entry("Prepare the event", "event.event-right.prepare"), // not text: the log's English
            Map.entry("Run the room", "event.event-right.run-room"), // not text: the log's English
            Map.entry("Moderate contributions", "event.event-right.moderate"), // not text: the log's English
            Map.entry("Export", "event.event-right.export")); // not text: the log's English

    private static String say(String english, Locale language) {
        String word = WORDS.get(english);
        if (word != null) {
            return Texts.get(language, word);
        }
        for (Phrase phrase : PHRASES) {
            Matcher matcher = phrase.english().matcher(english);
            if (matcher.matches()) {
                Object[] args = new Object[matcher.groupCount()];
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    String part = matcher.group(group);
                    args[group - 1] = phrase.said().contains(group) ? sayList(part, language) : part;
                }
                return Texts.get(language, phrase.key(), args);
            }
        }
        return english;
    }

    /** A part that may be a list: rights joined by commas, roles joined by "and". */
    private static String sayList(String english, Locale language) {
        for (Map.Entry<String, String> list : LISTS) {
            if (english.contains(list.getKey()) && !WORDS.containsKey(english)) {
                String[] items = english.split(Pattern.quote(list.getKey()));
                String said = say(items[0], language);
                for (int i = 1; i < items.length; i++) {
                    said = Texts.get(language, list.getValue(), said, say(items[i], language));
                }
                return said;
            }
        }
        return say(english, language);
    }

    /** How the services join a list, and the text that joins two items of it. */
    private static final List<Map.Entry<String, String>> LISTS = List.of(
            Map.entry(", ", "access.audit.detail.list-comma"),
            Map.entry(" and ", "access.audit.detail.list-and")); // not text: the log's English
}
