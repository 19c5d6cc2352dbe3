package org.roundtable.record.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.roundtable.evaluation.DefaultQuestions;
import org.roundtable.event.JoinCode;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LoggedChange;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.shared.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON archive of a learning event: a manifest and the event's whole log of changes in order,
 * each tagged with its stable type name and its author's opaque id, so another installation can
 * replay it. Names are left out (participants', facilitators', the invitation list), and so are
 * the genogram, the join code and the projector link; the comments column and hidden notes only
 * when the facilitator chose them. A SHA-256 digest of the changes lets an import notice a file
 * that was altered or cut short.
 *
 * <p>Format version 1: {@code {"format", "formatVersion", "manifest": {eventId, pseudonym, changes,
 * internalCopy, includesHidden, sha256}, "changes": [{"actor", "change": {"type", …}}]}}.
 */
public final class ExportArchive {

    public static final String FORMAT = "roundtable-learning-event-archive";
    public static final int FORMAT_VERSION = 1;

    private static final Set<String> NEVER_EXPORTED = Set.of("GenogramUploaded", "GenogramRemoved",
            "GenogramProjectionChanged");
    /** Facts of other logs (accounts, templates) that must never enter an event's log. */
    private static final Set<String> NOT_OF_AN_EVENT = Set.of("AccountCreated", "TemplateSaved", "TemplateDeleted");
    private static final Set<String> BY_NOTE_ID = Set.of("NoteAdded", "NoteHidden", "NoteUnhidden", "NoteAccepted",
            "QueryAnswered");

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface TaggedByName {
    }

    private final JsonMapper json;
    private final Set<String> knownTypes;
    private final SecureRandom random = new SecureRandom();

    public ExportArchive(Collection<ChangeTypes> types) {
        List<NamedType> named = types.stream()
                .flatMap(t -> t.byName().entrySet().stream())
                .map(e -> new NamedType(e.getValue(), e.getKey()))
                .toList();
        this.knownTypes = types.stream().flatMap(t -> t.byName().keySet().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.json = JsonMapper.builder()
                .addMixIn(Change.class, TaggedByName.class)
                .registerSubtypes(named.toArray(NamedType[]::new))
                .build();
    }

    /** The archive of one event's log; the same log and options give the same bytes. */
    public byte[] write(String eventId, String pseudonym, List<LoggedChange> log, RecordExportOptions options,
            Set<String> hiddenNoteIds) {
        ArrayNode changes = JsonNodeFactory.instance.arrayNode();
        for (LoggedChange logged : log) {
            JsonNode tree = json.readTree(json.writerFor(Change.class).writeValueAsBytes(logged.change()));
            if (!(tree instanceof ObjectNode change) || !change.has("type")) {
                continue; // a voided position holds no fact
            }
            String type = change.get("type").asString();
            if (NEVER_EXPORTED.contains(type) || hidden(type, change, hiddenNoteIds)) {
                continue;
            }
            withoutNames(type, change, options);
            ObjectNode item = changes.addObject();
            item.put("actor", logged.actor());
            item.set("change", change);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode manifest = root.putObject("manifest");
        manifest.put("eventId", eventId);
        manifest.put("pseudonym", pseudonym);
        manifest.put("changes", changes.size());
        manifest.put("internalCopy", options.includeComments());
        manifest.put("includesHidden", options.includeHidden());
        manifest.put("sha256", digest(changes));
        root.set("changes", changes);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static boolean hidden(String type, ObjectNode change, Set<String> hiddenNoteIds) {
        if (BY_NOTE_ID.contains(type)) {
            return hiddenNoteIds.contains(change.path("noteId").asString(""));
        }
        if (type.equals("NotesMerged")) {
            return hiddenNoteIds.contains(change.path("duplicateId").asString(""))
                    || hiddenNoteIds.contains(change.path("intoId").asString(""));
        }
        return false;
    }

    private static void withoutNames(String type, ObjectNode change, RecordExportOptions options) {
        switch (type) {
            case "EventCreated" -> {
                change.putNull("ownerAccountId");
                change.put("joinCode", "");
                change.put("projectorToken", "");
            }
            case "ParticipantJoined" -> change.putNull("name");
            case "EventPeopleChanged" -> {
                change.path("facilitators").forEach(person -> ((ObjectNode) person).putNull("name"));
                if (change.get("noteTaker") instanceof ObjectNode noteTaker) {
                    noteTaker.putNull("name");
                }
                change.putArray("invited");
            }
            case "TermsOfReferenceRevised" -> change.put("authorName", "Facilitator");
            // A name and job title the evaluation may have asked for never leave with the record.
            case "EvaluationAnswersSaved" -> {
                if (change.get("answers") instanceof ObjectNode answers) {
                    answers.remove(DefaultQuestions.NAME.id());
                    answers.remove(DefaultQuestions.JOB_TITLE.id());
                }
            }
            default -> {
            }
        }
        if (!options.includeComments()) {
            for (String field : List.of("comments", "commentsBefore", "commentsAfter")) {
                if (change.has(field)) {
                    change.putNull(field);
                }
            }
            change.path("entries").forEach(entry -> {
                if (entry instanceof ObjectNode added && added.has("comments")) {
                    added.putNull("comments");
                }
            });
        }
    }

    /** Changes by one author in a row, appended as one step each so every change keeps its author. */
    public record ByActor(String actor, List<Change> changes) {
        public ByActor {
            changes = List.copyOf(changes);
        }
    }

    /** An archive read for import: the new event's id and its changes, grouped by author in order. */
    public record Imported(String eventId, List<ByActor> runs) {
        public Imported {
            runs = List.copyOf(runs);
        }
    }

    /**
     * Reads and checks an archive for import as a new event owned by {@code ownerAccountId}.
     * Everything is checked before anything is written.
     *
     * @throws InvalidInput with a message for people when the file is not a whole, unaltered archive
     */
    public Imported read(byte[] bytes, String ownerAccountId) {
        if (bytes.length == 0) {
            throw InvalidInput.because("record.archive.empty");
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw InvalidInput.because("record.archive.not-json");
        }
        if (!(root instanceof ObjectNode) || !FORMAT.equals(root.path("format").asString(""))) {
            throw InvalidInput.because("record.archive.not-an-archive");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw InvalidInput.because("record.archive.version", version, FORMAT_VERSION);
        }
        if (!(root.get("changes") instanceof ArrayNode changes) || changes.isEmpty()) {
            throw InvalidInput.because("record.archive.no-changes");
        }
        JsonNode manifest = root.path("manifest");
        if (!digest(changes).equals(manifest.path("sha256").asString(""))
                || manifest.path("changes").asInt(-1) != changes.size()) {
            throw InvalidInput.because("record.archive.altered");
        }
        String eventId = UUID.randomUUID().toString();
        List<String> actors = new ArrayList<>();
        List<List<Change>> runs = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            JsonNode item = changes.get(i);
            String actor = item.path("actor").asString("");
            if (!(item.get("change") instanceof ObjectNode change) || actor.isBlank()) {
                throw InvalidInput.because("record.archive.change-incomplete", i + 1);
            }
            String type = change.path("type").asString("");
            if (!knownTypes.contains(type) || NOT_OF_AN_EVENT.contains(type) || NEVER_EXPORTED.contains(type)) {
                throw InvalidInput.because("record.archive.change-unknown", i + 1, type);
            }
            if ((i == 0) != type.equals("EventCreated")) {
                throw InvalidInput.because("record.archive.creation-first");
            }
            if (i == 0) {
                change.put("eventId", eventId);
                change.put("ownerAccountId", ownerAccountId);
                change.put("demo", false);
                change.put("joinCode", JoinCode.generate());
                change.put("projectorToken", token());
            }
            Change decoded;
            try {
                decoded = json.treeToValue(change, Change.class);
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                throw InvalidInput.because("record.archive.change-unreadable", i + 1, type);
            }
            if (runs.isEmpty() || !actors.getLast().equals(actor)) {
                actors.add(actor);
                runs.add(new ArrayList<>());
            }
            runs.getLast().add(decoded);
        }
        List<ByActor> byActor = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            byActor.add(new ByActor(actors.get(r), runs.get(r)));
        }
        return new Imported(eventId, byActor);
    }

    private String token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String digest(ArrayNode changes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(json.writeValueAsBytes(changes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
