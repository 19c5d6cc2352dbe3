package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.roundtable.AccessMatrixTest.Who.ADMINISTRATOR;
import static org.roundtable.AccessMatrixTest.Who.CO_FACILITATOR;
import static org.roundtable.AccessMatrixTest.Who.NOTE_TAKER;
import static org.roundtable.AccessMatrixTest.Who.NOTE_TAKER_ELSEWHERE;
import static org.roundtable.AccessMatrixTest.Who.NOTE_TAKER_LINK;
import static org.roundtable.AccessMatrixTest.Who.OTHER_FACILITATOR;
import static org.roundtable.AccessMatrixTest.Who.OWNER;
import static org.roundtable.AccessMatrixTest.Who.PANEL_MEMBER;
import static org.roundtable.AccessMatrixTest.Who.PARTICIPANT;
import static org.roundtable.AccessMatrixTest.Who.PROJECTOR;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.roundtable.access.Accounts;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.GroupPrompt;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LearningWall;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.LivedPeriodLength;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Notes;
import org.roundtable.board.Perspective;
import org.roundtable.evaluation.EvaluationQuestion;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.Contributors;
import org.roundtable.event.DayPart;
import org.roundtable.event.EventDay;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventRight;
import org.roundtable.event.FamilyMessage;
import org.roundtable.event.FamilyPerspective;
import org.roundtable.event.Invitee;
import org.roundtable.event.KeyTheme;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.event.PersonInRole;
import org.roundtable.event.PrincipleProposals;
import org.roundtable.event.ReviewType;
import org.roundtable.event.RoomSettings;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomView;
import org.roundtable.event.StageKind;
import org.roundtable.record.NoteTaking;
import org.roundtable.record.RecordExport;
import org.roundtable.record.RecordExportFormat;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.ChronologyUpload;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may do what, as one table: every row is a right, every column a kind of caller, and every
 * cell is proven against the real services (never the views): an allowed caller's calls succeed,
 * a refused caller's calls are each refused with {@link NotAllowed} (a message about their input
 * would mean the service looked at the input before checking who asked). The same table is
 * written into docs/security.md, and this test fails when the two differ.
 * <p>
 * Adding a right is one {@code does(…)} or {@code sees(…)} block in {@link #matrix()}; adding a
 * kind of caller is a constant in {@link Who} and a case in {@link MatrixFixture#as}.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessMatrixTest {

    static final Path DOCS = Path.of("docs", "security.md");
    static final Path EXPECTED = Path.of("target", "access-matrix.md");
    static final String START = "<!-- access-matrix:start -->";
    static final String END = "<!-- access-matrix:end -->";

    /** The callers of the matrix, one column each, in the order the table shows them. */
    enum Who {
        ADMINISTRATOR("administrator", "an administrator who does not run the event"),
        OWNER("facilitator", "the event's facilitator"),
        CO_FACILITATOR("co-facilitator", "a co-facilitator granted every right"),
        PANEL_MEMBER("panel member", "a co-facilitator granted no right"),
        OTHER_FACILITATOR("other facilitator", "a facilitator of another event"),
        NOTE_TAKER("note-taker", "the event's note-taker"),
        NOTE_TAKER_LINK("note-taker (link)", "whoever holds the event's note-taker link"),
        NOTE_TAKER_ELSEWHERE("note-taker elsewhere", "the note-taker of another event"),
        PARTICIPANT("participant", "a participant of the event"),
        REMOVED_PARTICIPANT("removed participant", "a participant the facilitator removed from the room"),
        PARTICIPANT_ELSEWHERE("participant elsewhere", "a participant of another event"),
        PROJECTOR("projector", "the event's projector"),
        PROJECTOR_ELSEWHERE("projector elsewhere", "the projector of another event");

        final String heading;
        final String label;

        Who(String heading, String label) {
            this.heading = heading;
            this.label = label;
        }
    }

    /** Prepares a cell's event before the call (adds the note to triage, opens the vote, …). */
    @FunctionalInterface
    interface SetUp {
        void prepare(MatrixFixture f) throws Exception;
    }

    /** One service call made as the cell's caller. */
    @FunctionalInterface
    interface Call {
        void run(Caller caller, MatrixFixture f) throws Exception;
    }

    /** Whether the caller is shown something (a name, a private note, the vote totals). */
    @FunctionalInterface
    interface Look {
        boolean sees(Caller caller, MatrixFixture f) throws Exception;
    }

    /**
     * A row: a right, the calls that exercise it, and who has it. A "sees" row passes for a
     * refused caller either when the call is refused or when the thing is left out of the answer.
     */
    record Action(String section, String name, SetUp setUp, List<Call> calls, boolean sees, boolean readOnly,
            Set<Who> allowed, String notes) {
    }

    /** A "sees" row found the thing left out for this caller. */
    static final class Withheld extends RuntimeException {
        Withheld() {
            super("not shown to this caller", null, false, false);
        }
    }

    static final Set<Who> NO_ONE = EnumSet.noneOf(Who.class);
    /** What only the event's owner does. */
    static final Set<Who> OWNS = EnumSet.of(OWNER);
    /** What needs a right: the owner, and the co-facilitator (granted every right). */
    static final Set<Who> RUNS = EnumSet.of(OWNER, CO_FACILITATOR);
    /** What the event's facilitators read: panel members included. */
    static final Set<Who> FACILITATES = EnumSet.of(OWNER, CO_FACILITATOR, PANEL_MEMBER);
    static final Set<Who> FACILITATORS = EnumSet.of(ADMINISTRATOR, OWNER, CO_FACILITATOR, PANEL_MEMBER,
            OTHER_FACILITATOR);
    static final Set<Who> ACCOUNTS = EnumSet.of(ADMINISTRATOR, OWNER, CO_FACILITATOR, PANEL_MEMBER,
            OTHER_FACILITATOR, NOTE_TAKER, NOTE_TAKER_ELSEWHERE);
    static final Set<Who> SEES_ALL = EnumSet.of(OWNER, CO_FACILITATOR, PANEL_MEMBER, NOTE_TAKER, NOTE_TAKER_LINK);
    static final Set<Who> OF_THE_EVENT = EnumSet.of(OWNER, CO_FACILITATOR, PANEL_MEMBER, NOTE_TAKER,
            NOTE_TAKER_LINK, PARTICIPANT, PROJECTOR);
    static final Set<Who> IN_THE_ROOM = EnumSet.of(OWNER, CO_FACILITATOR, PARTICIPANT);
    static final Set<Who> PARTICIPANTS = EnumSet.of(PARTICIPANT);
    static final SetUp NOTHING = f -> { };
    static final String OPEN_EVENT = "open event, and for participants not while input is paused";

    private static MatrixFixture.People people;

    @Autowired
    TestRoom room;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;
    @Autowired
    Contributors contributors;
    @Autowired
    RoomStages stages;
    @Autowired
    PrincipleProposals proposals;
    @Autowired
    Timelines timelines;
    @Autowired
    Notes notes;
    @Autowired
    NoteTriage triage;
    @Autowired
    EntryAnalyses analyses;
    @Autowired
    BreakoutGroups groups;
    @Autowired
    LivedExperience lane;
    @Autowired
    LearningWall wall;
    @Autowired
    Evaluations evaluations;
    @Autowired
    NoteTaking noteTaking;
    @Autowired
    RecordExport export;

    private String section = "";
    private final List<Action> rows = new ArrayList<>();

    /**
     * A fresh event for each allowed caller of a row that changes something; one event shared by
     * the rest of the row, because a refused call changes nothing (and a read changes nothing).
     */
    @TestFactory
    Stream<DynamicNode> every_right_in_the_matrix_is_enforced_by_the_services() {
        return matrix().stream().map(action -> {
            MatrixFixture[] shared = new MatrixFixture[1];
            return DynamicContainer.dynamicContainer(action.name(), Arrays.stream(Who.values())
                    .map(who -> DynamicTest.dynamicTest(cellName(action, who), () -> {
                        boolean fresh = action.allowed().contains(who) && !action.readOnly();
                        if (fresh) {
                            check(action, who, prepared(action));
                        } else {
                            if (shared[0] == null) {
                                shared[0] = prepared(action);
                            }
                            check(action, who, shared[0]);
                        }
                    })));
        });
    }

    @Test
    void docs_security_md_shows_the_matrix_this_test_enforces() throws IOException {
        String table = markdown(matrix());
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int start = docs.indexOf(START);
        int end = docs.indexOf(END);
        String written = start < 0 || end < start ? "" : docs.substring(start + START.length(), end).strip();
        if (!written.equals(table.strip())) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, table, StandardCharsets.UTF_8);
            fail("docs/security.md's matrix is out of date: put " + EXPECTED.toAbsolutePath()
                    + " between " + START + " and " + END + ".");
        }
    }

    private static String cellName(Action action, Who who) {
        boolean allowed = action.allowed().contains(who);
        return who.label + " · " + action.name() + " → " + (allowed ? "allowed" : action.sees() ? "not shown" : "refused");
    }

    private MatrixFixture prepared(Action action) throws Exception {
        MatrixFixture f = new MatrixFixture(people(), room, events);
        action.setUp().prepare(f);
        return f;
    }

    private void check(Action action, Who who, MatrixFixture f) throws Exception {
        Caller caller = f.as(who);
        for (Call call : action.calls()) {
            if (action.allowed().contains(who)) {
                try {
                    call.run(caller, f);
                } catch (NotAllowed | Withheld refused) {
                    throw new AssertionError(who.label + " should be allowed to " + action.name() + " but was refused: "
                            + refused.getMessage(), refused);
                }
                continue;
            }
            try {
                call.run(caller, f);
                fail(who.label + " was allowed to " + action.name());
            } catch (NotAllowed refused) {
                // refused for rights, as it should be
            } catch (Withheld withheld) {
                assertThat(action.sees()).as("only a \"sees\" row may leave things out").isTrue();
            } catch (RuntimeException other) {
                throw new AssertionError(who.label + " trying to " + action.name() + " was not refused for rights"
                        + " but got " + other.getClass().getSimpleName() + ": " + other.getMessage(), other);
            }
        }
    }

    private MatrixFixture.People people() {
        synchronized (AccessMatrixTest.class) {
            if (people == null) {
                people = MatrixFixture.People.make(room, accounts, events);
            }
            return people;
        }
    }

    // ---- the table as docs/security.md shows it ----

    static String markdown(List<Action> matrix) {
        StringBuilder out = new StringBuilder();
        out.append("| action | ").append(Arrays.stream(Who.values()).map(w -> w.heading)
                .collect(Collectors.joining(" | "))).append(" | notes |\n");
        out.append("|---|").append("---|".repeat(Who.values().length)).append("---|\n");
        String shown = "";
        for (Action action : matrix) {
            if (!action.section().equals(shown)) {
                shown = action.section();
                out.append("| **").append(shown).append("** |").append(" |".repeat(Who.values().length))
                        .append(" |\n");
            }
            out.append("| ").append(action.name()).append(" | ");
            out.append(Arrays.stream(Who.values()).map(w -> action.allowed().contains(w) ? "yes" : "—")
                    .collect(Collectors.joining(" | ")));
            out.append(action.notes().isEmpty() ? " | |\n" : " | " + action.notes() + " |\n");
        }
        return out.toString();
    }

    // ---- the matrix ----

    private void section(String name) {
        section = name;
    }

    private void does(String name, SetUp setUp, Set<Who> allowed, String notes, Call... calls) {
        rows.add(new Action(section, name, setUp, List.of(calls), false, false, allowed, notes));
    }

    /** A right to read, or one that touches no event: the row's cells share one event. */
    private void reads(String name, SetUp setUp, Set<Who> allowed, String notes, Call... calls) {
        rows.add(new Action(section, name, setUp, List.of(calls), false, true, allowed, notes));
    }

    private void sees(String name, SetUp setUp, Set<Who> allowed, String notes, Look look) {
        Call call = (caller, f) -> {
            if (!look.sees(caller, f)) {
                throw new Withheld();
            }
        };
        rows.add(new Action(section, name, setUp, List.of(call), true, true, allowed, notes));
    }

    List<Action> matrix() {
        rows.clear();
        accountsAndEvents();
        preparation();
        room();
        timeline();
        notesAndTriage();
        groups();
        livedExperience();
        learningWall();
        evaluationRecordAndExport();
        return List.copyOf(rows);
    }

    private void accountsAndEvents() {
        section("Accounts, events and the audit trail");
        does("create a facilitator's account", NOTHING, EnumSet.of(ADMINISTRATOR), "",
                (c, f) -> accounts.createFacilitator(c, "matrix-f-" + shortId(), TestRoom.PASSWORD));
        does("create a note-taker's account", NOTHING, FACILITATORS, "",
                (c, f) -> accounts.createNoteTaker(c, "matrix-n-" + shortId(), TestRoom.PASSWORD));
        reads("list the accounts; unlock one; sign someone else out everywhere", NOTHING,
                EnumSet.of(ADMINISTRATOR), "",
                (c, f) -> accounts.list(c), (c, f) -> accounts.unlock(c, f.people.bystander().username()),
                (c, f) -> accounts.signOutEverywhere(c, f.people.bystander().username()));
        reads("sign oneself out everywhere", NOTHING, ACCOUNTS, "",
                (c, f) -> accounts.signOutEverywhere(c, c instanceof Caller.Account account ? account.username()
                        : f.people.bystander().username()));
        reads("read the audit trail; download it as CSV", NOTHING, EnumSet.of(ADMINISTRATOR), "",
                (c, f) -> audit.entriesFor(c), (c, f) -> audit.csvFor(c));
        does("create a learning event; list the events one runs", NOTHING, FACILITATORS,
                "the new event is the creator's; the administrator is a facilitator too",
                (c, f) -> events.create(c, newEvent()), (c, f) -> events.listFor(c));
        reads("list the events one takes notes for", NOTHING, EnumSet.of(NOTE_TAKER, NOTE_TAKER_ELSEWHERE), "",
                (c, f) -> events.listForNoteTaker(c));
        reads("see who the event's note-taker is", NOTHING, FACILITATES, "",
                (c, f) -> events.noteTakerOf(c, f.id()));
        does("assign or remove the event's note-taker", NOTHING, OWNS, "",
                (c, f) -> events.assignNoteTaker(c, f.id(), f.people.bystander().username()),
                (c, f) -> events.removeNoteTaker(c, f.id()));
        does("create, replace or revoke the note-taker link; see whether there is one", NOTHING, OWNS,
                "the link is shown once",
                (c, f) -> events.hasNoteTakerLink(c, f.id()), (c, f) -> events.createNoteTakerLink(c, f.id()),
                (c, f) -> events.revokeNoteTakerLink(c, f.id()));
        does("grant a co-facilitator rights, change them, revoke them", NOTHING, OWNS,
                "no rights makes a panel member",
                (c, f) -> events.grantCoFacilitator(c, f.id(), f.people.otherFacilitator().username(), Set.of()),
                (c, f) -> events.grantCoFacilitator(c, f.id(), f.people.otherFacilitator().username(),
                        EnumSet.of(EventRight.EXPORT)),
                (c, f) -> events.revokeCoFacilitator(c, f.id(), f.people.otherFacilitator().username()));
        reads("see the co-facilitators and one's own rights", NOTHING, FACILITATES, "",
                (c, f) -> events.coFacilitatorsOf(c, f.id()), (c, f) -> events.rightsOf(c, f.id()));
        does("remove a participant from the room", f -> f.otherParticipant(), RUNS,
                "what they wrote stays",
                (c, f) -> events.removeParticipant(c, f.id(), f.otherParticipant().participantId()));
        reads("see the join code and projector link", NOTHING, RUNS, "",
                (c, f) -> events.secretsFor(c, f.id()));
        reads("show the join code to latecomers", NOTHING, EnumSet.of(OWNER, CO_FACILITATOR, PROJECTOR), "",
                (c, f) -> events.joinCodeShownTo(c, f.id()));
        does("close the event", NOTHING, RUNS, "", (c, f) -> events.close(c, f.id()));
        does("purge a closed event (typing its pseudonym)", f -> events.close(f.owner(), f.id()), OWNS,
                "never the demo event",
                (c, f) -> events.purge(c, f.id(), f.event.pseudonym()));
        reads("see purges", NOTHING, FACILITATORS,
                "administrators see every purge, a facilitator their own; a purge names no case",
                (c, f) -> events.purgesFor(c));
    }

    private void preparation() {
        section("Preparing the event");
        reads("read the event's details, working principles, agenda, key themes, family perspective", NOTHING,
                OF_THE_EVENT, "",
                (c, f) -> preparation.detailsFor(c, f.id()), (c, f) -> preparation.workingPrinciplesFor(c, f.id()),
                (c, f) -> preparation.agendaFor(c, f.id()), (c, f) -> preparation.keyThemesFor(c, f.id()),
                (c, f) -> preparation.familyPerspectiveFor(c, f.id()));
        reads("read the whole setup, the people and invitation list, the terms of reference", NOTHING, FACILITATES,
                "",
                (c, f) -> preparation.setupFor(c, f.id()), (c, f) -> preparation.peopleFor(c, f.id()),
                (c, f) -> preparation.termsOfReferenceFor(c, f.id()));
        does("change the details, people, terms of reference, key themes, principles, agenda, family perspective",
                NOTHING, RUNS, "",
                (c, f) -> preparation.changeDetails(c, f.id(), "Child M", ReviewType.CONCISE_CHILD_PRACTICE_REVIEW,
                        List.of(new EventDay(LocalDate.of(2026, 11, 30), DayPart.WHOLE_DAY)), "Room 2"),
                (c, f) -> preparation.changePeople(c, f.id(), List.of(new PersonInRole("Independent reviewer", null)),
                        null, List.of(new Invitee("Detective sergeant", "POL", null))),
                (c, f) -> preparation.reviseTermsOfReference(c, f.id(), "# Terms of reference"),
                (c, f) -> preparation.changeKeyThemes(c, f.id(), List.of(new KeyTheme("Neglect", null))),
                (c, f) -> preparation.changeWorkingPrinciples(c, f.id(), List.of("We listen.")),
                (c, f) -> preparation.changeAgenda(c, f.id(), List.of(new AgendaStage("Timeline", 60,
                        StageKind.TIMELINE))),
                (c, f) -> preparation.changeFamilyPerspective(c, f.id(), FamilyPerspective.messages(List.of(
                        new FamilyMessage("Mother", "Nobody asked.")))));
        does("upload or remove the genogram", NOTHING, RUNS, "PNG or JPEG, at most 5 MB; never exported",
                (c, f) -> preparation.uploadGenogram(c, f.id(), "family.png", MatrixFixture.PNG),
                (c, f) -> preparation.removeGenogram(c, f.id()));
        reads("read the genogram", f -> uploadGenogram(f), FACILITATES, "",
                (c, f) -> preparation.genogramFor(c, f.id()));
        does("show the genogram on the projector, or stop", f -> uploadGenogram(f), RUNS, "",
                (c, f) -> preparation.showGenogramOnProjector(c, f.id(), true));
        reads("put the genogram on the room's screen", f -> uploadGenogram(f), EnumSet.of(OWNER, CO_FACILITATOR,
                        PANEL_MEMBER, PROJECTOR),
                "only while a facilitator shows it",
                (c, f) -> preparation.genogramForProjector(c, f.id()));
        does("save the event as a template", NOTHING, RUNS, "",
                (c, f) -> preparation.saveAsTemplate(c, f.id(), "Matrix " + shortId()));
        reads("list one's templates", NOTHING, FACILITATORS, "each facilitator sees only their own",
                (c, f) -> preparation.templatesOf(c));
        does("create an event from a template, or delete the template", f -> f.keep("template",
                        preparation.saveAsTemplate(f.owner(), f.id(), "Matrix " + shortId()).id()), OWNS,
                "the template's owner only",
                (c, f) -> preparation.createFromTemplate(c, f.get("template"), newEvent()),
                (c, f) -> preparation.deleteTemplate(c, f.get("template")));
    }

    private void room() {
        section("Running the room");
        reads("read the room list (role and agency) and the attribution settings; see a byline", NOTHING,
                OF_THE_EVENT, "",
                (c, f) -> contributors.roomFor(c, f.id()), (c, f) -> contributors.settingsFor(c, f.id()),
                (c, f) -> contributors.byline(c, f.id(), f.participant.actorId(), "POL"));
        sees("see participants' names in the room list, when the event lets facilitators see them",
                f -> namedRoom(f, new RoomSettings(false, true, false)), FACILITATES, "",
                (c, f) -> contributors.roomFor(c, f.id()).stream().anyMatch(m -> m.name() != null));
        sees("see participants' names in the room list, when the event shows names in the room list",
                f -> namedRoom(f, new RoomSettings(false, false, true)), OF_THE_EVENT, "",
                (c, f) -> contributors.roomFor(c, f.id()).stream().anyMatch(m -> m.name() != null));
        reads("check the room against the invitation list", NOTHING, FACILITATES, "",
                (c, f) -> contributors.invitationCheckFor(c, f.id()));
        does("change the room settings (anonymous contributions, names)", NOTHING, RUNS, "",
                (c, f) -> contributors.changeSettings(c, f.id(), new RoomSettings(true, false, false)));
        reads("read the running stage, timer and pause summary", NOTHING, OF_THE_EVENT, "",
                (c, f) -> stages.stateFor(c, f.id()));
        does("move stages, choose what the projector shows, bring everyone here", NOTHING, RUNS, "",
                (c, f) -> stages.moveTo(c, f.id(), 0),
                (c, f) -> stages.show(c, f.id(), RoomView.TIMELINE, null),
                (c, f) -> stages.bringEveryone(c, f.id()));
        does("run the timer (start, pause, add time)", f -> stages.moveTo(f.owner(), f.id(), 0), RUNS, "",
                (c, f) -> stages.startTimer(c, f.id()), (c, f) -> stages.addTime(c, f.id(), Duration.ofMinutes(5)),
                (c, f) -> stages.pauseTimer(c, f.id()));
        does("pause input, summarise, resume", NOTHING, RUNS, "",
                (c, f) -> stages.pauseInput(c, f.id()), (c, f) -> stages.summarise(c, f.id(), "Where we are"),
                (c, f) -> stages.resumeInput(c, f.id()));
        does("propose a working principle", NOTHING, IN_THE_ROOM, OPEN_EVENT,
                (c, f) -> proposals.propose(c, f.id(), "We are kind to each other " + shortId()));
        reads("read proposals", f -> proposals.propose(f.participant, f.id(), "We take turns"), OF_THE_EVENT,
                "see the next row for whose",
                (c, f) -> proposals.proposalsFor(c, f.id()));
        sees("see someone else's proposal", f -> proposals.propose(f.otherParticipant(), f.id(), "We take turns"),
                SEES_ALL, "participants see their own proposals only",
                (c, f) -> !proposals.proposalsFor(c, f.id()).isEmpty());
        reads("see the pending proposals", f -> proposals.propose(f.participant, f.id(), "We take turns"),
                FACILITATES, "", (c, f) -> proposals.pendingFor(c, f.id()));
        does("accept a proposal", f -> f.keep("proposal",
                        proposals.propose(f.participant, f.id(), "We take turns").id()), RUNS, "",
                (c, f) -> proposals.accept(c, f.id(), f.get("proposal")));
        does("decline a proposal", f -> f.keep("proposal",
                        proposals.propose(f.participant, f.id(), "We take turns").id()), RUNS, "",
                (c, f) -> proposals.decline(c, f.id(), f.get("proposal")));
    }

    private void timeline() {
        section("The timeline");
        reads("read the merged timeline", NOTHING, OF_THE_EVENT, "", (c, f) -> timelines.timelineFor(c, f.id()));
        reads("read the comments column; read the revisions", f -> addEntry(f), FACILITATES,
                "never in the key events summary",
                (c, f) -> timelines.commentsFor(c, f.id()), (c, f) -> timelines.revisions(c, f.id()));
        does("add, edit, remove entries; mark key events", f -> addEntry(f), RUNS, "",
                (c, f) -> timelines.add(c, f.id(), entry("Home visit.")),
                (c, f) -> timelines.addAll(c, f.id(), List.of(entry("School report."))),
                (c, f) -> timelines.edit(c, f.id(), f.get("entry"), entry("Home visit, corrected.")),
                (c, f) -> timelines.markKeyEvent(c, f.id(), f.get("entry"), true),
                (c, f) -> timelines.remove(c, f.id(), f.get("entry")));
        does("add or correct an entry at the event", f -> addEntry(f), RUNS, "",
                (c, f) -> timelines.addAtEvent(c, f.id(), entry("Said at the event."), null),
                (c, f) -> timelines.correctAtEvent(c, f.id(), f.get("entry"), entry("Corrected at the event."),
                        null));
        does("import an agency's chronology", f -> f.keep("upload", timelines.readChronology(f.owner(), f.id(),
                        "POL", "police.csv", CHRONOLOGY)), RUNS, "CSV or Excel, read as data",
                (c, f) -> timelines.readChronology(c, f.id(), "POL", "police.csv", CHRONOLOGY),
                (c, f) -> timelines.remap(c, f.id(), f.get("upload"), f.<ChronologyUpload>get("upload").mapping()),
                (c, f) -> timelines.importChronology(c, f.id(), f.get("upload")));
        reads("read the key events summary", NOTHING, FACILITATES, "",
                (c, f) -> timelines.keyEventsSummary(c, f.id()));
        reads("download the key events summary (Word, PDF)", NOTHING, RUNS, "",
                (c, f) -> timelines.keyEventsSummaryDocx(c, f.id()),
                (c, f) -> timelines.keyEventsSummaryPdf(c, f.id()));
    }

    private void notesAndTriage() {
        section("Notes and triage");
        reads("read the board's notes; see whether private writing is on", NOTHING, OF_THE_EVENT, "",
                (c, f) -> notes.notesFor(c, f.id()), (c, f) -> notes.privateWriting(c, f.id()),
                (c, f) -> notes.hindsightOnProjector(c, f.id()));
        does("add a note (also sent again from a tablet with its draft's key)", NOTHING, IN_THE_ROOM, OPEN_EVENT,
                (c, f) -> notes.add(c, f.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "A note"),
                (c, f) -> notes.add(c, f.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, Perspective.AT_THE_TIME,
                        "A note", UUID.randomUUID().toString()));
        does("add a note while the facilitator has paused input", f -> stages.pauseInput(f.owner(), f.id()),
                RUNS, "participants get a message; the text stays on the tablet",
                (c, f) -> notes.add(c, f.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "A note"));
        does("add a note to a closed event", f -> events.close(f.owner(), f.id()), NO_ONE, "",
                (c, f) -> notes.add(c, f.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "A note"));
        does("start private writing, reveal all", NOTHING, RUNS, "",
                (c, f) -> notes.startPrivateWriting(c, f.id(), false), (c, f) -> notes.revealAll(c, f.id()));
        does("choose whether the projector shows hindsight notes", NOTHING, RUNS, "",
                (c, f) -> notes.showHindsightOnProjector(c, f.id(), false));
        sees("see someone else's private note before it is revealed", f -> {
            notes.startPrivateWriting(f.owner(), f.id(), false);
            noteBy(f, f.otherParticipant(), NoteKind.COMMENT);
        }, SEES_ALL, "its author sees it too", (c, f) -> seesNote(c, f));
        sees("see someone else's hidden note", f -> {
            noteBy(f, f.otherParticipant(), NoteKind.COMMENT);
            triage.hide(f.owner(), f.id(), f.get("note"));
        }, SEES_ALL, "its author sees it too, marked", (c, f) -> seesNote(c, f));
        sees("see a hindsight note while the projector leaves them out", f -> {
            notes.showHindsightOnProjector(f.owner(), f.id(), false);
            f.keep("note", notes.add(f.otherParticipant(), f.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                    Perspective.HINDSIGHT, "Looking back").id());
        }, EnumSet.of(OWNER, CO_FACILITATOR, PANEL_MEMBER, NOTE_TAKER, NOTE_TAKER_LINK, PARTICIPANT), "",
                (c, f) -> seesNote(c, f));
        reads("read the triage queue", NOTHING, FACILITATES, "", (c, f) -> triage.triageQueueFor(c, f.id()));
        does("accept a note as a new timeline entry", f -> noteBy(f, f.participant, NoteKind.ADDITIONAL_EVENT),
                RUNS, "", (c, f) -> triage.acceptAsNewEntry(c, f.id(), f.get("note"), entry("Missed visit.")));
        does("accept a correction", f -> {
            addEntry(f);
            f.keep("note", notes.add(f.participant, f.id(), NotePlace.onEntry(f.get("entry")), NoteKind.CORRECTION,
                    "It was a Tuesday").id());
        }, RUNS, "", (c, f) -> triage.acceptCorrection(c, f.id(), f.get("note"), entry("Home visit on a Tuesday.")));
        does("answer a query", f -> noteBy(f, f.participant, NoteKind.QUERY), RUNS, "",
                (c, f) -> triage.answer(c, f.id(), f.get("note"), "Yes, it was."));
        does("merge notes", f -> {
            f.keep("duplicate", notes.add(f.participant, f.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                    "Same").id());
            noteBy(f, f.otherParticipant(), NoteKind.COMMENT);
        }, RUNS, "", (c, f) -> triage.merge(c, f.id(), f.get("duplicate"), f.get("note")));
        does("hide and unhide a note", f -> noteBy(f, f.participant, NoteKind.COMMENT), RUNS, "",
                (c, f) -> triage.hide(c, f.id(), f.get("note")), (c, f) -> triage.unhide(c, f.id(), f.get("note")));
        does("analyse a timeline entry (factors, mode, alternatives)", f -> addEntry(f), IN_THE_ROOM,
                OPEN_EVENT,
                (c, f) -> analyses.analyse(c, f.id(), f.get("entry"), Set.of(), null, "Ask the school."));
        reads("read analyses and the factor summary", NOTHING, OF_THE_EVENT, "",
                (c, f) -> analyses.analysesFor(c, f.id()), (c, f) -> analyses.factorSummaryFor(c, f.id()));
    }

    private void groups() {
        section("Breakout groups");
        reads("read the groups, one's own group, a group's board, the themes offered", f -> makeGroup(f),
                OF_THE_EVENT, "",
                (c, f) -> groups.groupsFor(c, f.id()), (c, f) -> groups.myGroup(c, f.id()),
                (c, f) -> groups.boardFor(c, f.id(), f.get("group")), (c, f) -> groups.offeredThemes(c, f.id()));
        does("create groups", NOTHING, RUNS, "", (c, f) -> groups.createGroups(c, f.id(), List.of("Neglect")));
        does("rename or remove a group", f -> makeGroup(f), RUNS, "",
                (c, f) -> groups.renameGroup(c, f.id(), f.get("group"), "Neglect at home"),
                (c, f) -> groups.removeGroup(c, f.id(), f.get("group")));
        reads("see removed groups, who balancing would move, the newcomers", f -> makeGroup(f), FACILITATES, "",
                (c, f) -> groups.removedGroupsFor(c, f.id()), (c, f) -> groups.balancingWouldMove(c, f.id()),
                (c, f) -> groups.newcomersFor(c, f.id()));
        does("balance groups across agencies; assign newcomers", f -> makeGroup(f), RUNS, "",
                (c, f) -> groups.balanceAcrossAgencies(c, f.id()), (c, f) -> groups.assignNewcomers(c, f.id()));
        does("move someone to a group; choose a scribe", f -> makeGroup(f), RUNS, "",
                (c, f) -> groups.moveToGroup(c, f.id(), f.participant.participantId(), f.get("group")),
                (c, f) -> groups.chooseScribe(c, f.id(), f.get("group"), f.participant.participantId()));
        does("volunteer as the group's scribe, or step down", f -> joinGroup(f), PARTICIPANTS,
                "members of that group",
                (c, f) -> groups.volunteerAsScribe(c, f.id(), f.get("group")),
                (c, f) -> groups.stepDownAsScribe(c, f.id(), f.get("group")));
        does("write on a group's board; mark good practice", f -> groupPoint(f, f.participant),
                EnumSet.of(OWNER, CO_FACILITATOR, PARTICIPANT), "participants: members of that group",
                (c, f) -> groups.addPoint(c, f.id(), f.get("group"), GroupPrompt.SIGNIFICANCE, "A point", null),
                (c, f) -> groups.markGoodPractice(c, f.id(), f.get("group"), f.get("point"), true));
        does("write on another group's board", f -> {
            joinGroup(f);
            f.keep("other group", groups.createGroups(f.owner(), f.id(), List.of("Housing")).getFirst().id());
        }, RUNS, "", (c, f) -> groups.addPoint(c, f.id(), f.get("other group"), GroupPrompt.SIGNIFICANCE,
                "A point", null));
        does("edit or withdraw one's own group point", f -> groupPoint(f, f.participant), PARTICIPANTS,
                "its author only",
                (c, f) -> groups.editPoint(c, f.id(), f.get("group"), f.get("point"), "Better said", null),
                (c, f) -> groups.withdrawPoint(c, f.id(), f.get("group"), f.get("point")));
        does("order points and mark key points, as the scribe", f -> {
            groupPoint(f, f.participant);
            groups.chooseScribe(f.owner(), f.id(), f.get("group"), f.participant.participantId());
        }, EnumSet.of(OWNER, CO_FACILITATOR, PARTICIPANT), "participants: the group's scribe",
                (c, f) -> groups.markKeyPoint(c, f.id(), f.get("group"), f.get("point"), true),
                (c, f) -> groups.movePoint(c, f.id(), f.get("group"), f.get("point"), 0));
        does("order points and mark key points, as a member who is not the scribe", f -> groupPoint(f,
                f.participant), RUNS, "",
                (c, f) -> groups.markKeyPoint(c, f.id(), f.get("group"), f.get("point"), true),
                (c, f) -> groups.movePoint(c, f.id(), f.get("group"), f.get("point"), 0));
        does("move a group's point to the learning wall", f -> groupPoint(f, f.participant), RUNS, "",
                (c, f) -> groups.markOnLearningWall(c, f.id(), f.get("group"), f.get("point")),
                (c, f) -> wall.addFromGroup(c, f.id(), LearningPointKind.SYSTEMS, "From the group", List.of(),
                        f.get("point"), "Group: Neglect"));
    }

    private void livedExperience() {
        section("The child's lived experience");
        reads("read the lane's periods and entries", NOTHING, OF_THE_EVENT, "age bands without their dates, "
                + "except for facilitators",
                (c, f) -> lane.periodsFor(c, f.id()), (c, f) -> lane.entriesFor(c, f.id()));
        sees("see the dates of an age band", f -> lane.generateByAge(f.owner(), f.id(), LocalDate.of(2020, 1, 1)),
                FACILITATES, "", (c, f) -> lane.periodsFor(c, f.id()).stream().anyMatch(p -> p.from() != null));
        reads("read the child's date of birth", NOTHING, FACILITATES, "", (c, f) -> lane.dateOfBirthFor(c, f.id()));
        does("define periods; enter the child's date of birth", f -> f.keep("period",
                        lane.addPeriod(f.owner(), f.id(), "At school", null, null).id()), RUNS, "",
                (c, f) -> lane.addPeriod(c, f.id(), "At Nan's", null, null),
                (c, f) -> lane.editPeriod(c, f.id(), f.get("period"), "At school, year 1", null, null),
                (c, f) -> lane.removePeriod(c, f.id(), f.get("period")),
                (c, f) -> lane.generateByAge(c, f.id(), LocalDate.of(2020, 1, 1)));
        does("generate periods from the timeline", f -> addEntry(f), RUNS, "",
                (c, f) -> lane.generateFromTimeline(c, f.id(), LivedPeriodLength.YEAR));
        does("write in the lane", f -> f.keep("period", lane.addPeriod(f.owner(), f.id(), "At school", null,
                null).id()), IN_THE_ROOM, OPEN_EVENT,
                (c, f) -> lane.addEntry(c, f.id(), f.get("period"), "Often hungry."));
        does("edit or withdraw one's own lane entry", f -> laneEntry(f, f.participant), PARTICIPANTS,
                "its author only; facilitators hide instead",
                (c, f) -> lane.editEntry(c, f.id(), f.get("lived"), "Often hungry at school."),
                (c, f) -> lane.withdrawEntry(c, f.id(), f.get("lived")));
        does("hide a lane entry", f -> laneEntry(f, f.participant), RUNS, "",
                (c, f) -> lane.hideEntry(c, f.id(), f.get("lived"), true));
        sees("see someone else's hidden lane entry", f -> {
            laneEntry(f, f.otherParticipant());
            lane.hideEntry(f.owner(), f.id(), f.get("lived"), true);
        }, SEES_ALL, "its author sees it too",
                (c, f) -> lane.entriesFor(c, f.id()).stream().anyMatch(e -> e.id().equals(f.get("lived"))));
    }

    private void learningWall() {
        section("The learning wall and the dot vote");
        reads("read the wall, its themes, the agreed themes, the vote, one's ballot", NOTHING, OF_THE_EVENT, "",
                (c, f) -> wall.pointsFor(c, f.id()), (c, f) -> wall.themesFor(c, f.id()),
                (c, f) -> wall.agreedThemesFor(c, f.id()), (c, f) -> wall.votingFor(c, f.id()),
                (c, f) -> wall.ballotFor(c, f.id()));
        does("add a learning point", NOTHING, IN_THE_ROOM, OPEN_EVENT,
                (c, f) -> wall.add(c, f.id(), LearningPointKind.SYSTEMS, "Share referrals", List.of()));
        does("edit one's own learning point", f -> learningPoint(f, f.participant),
                EnumSet.of(OWNER, CO_FACILITATOR, PARTICIPANT),
                "participants: its author", (c, f) -> wall.edit(c, f.id(), f.get("wall point"),
                        LearningPointKind.INTER_AGENCY, "Share referrals sooner", List.of()));
        does("edit someone else's learning point", f -> learningPoint(f, f.otherParticipant()), RUNS, "",
                (c, f) -> wall.edit(c, f.id(), f.get("wall point"), LearningPointKind.INTER_AGENCY,
                        "Share referrals sooner", List.of()));
        does("withdraw one's own learning point", f -> learningPoint(f, f.participant), PARTICIPANTS,
                "its author only; facilitators hide instead",
                (c, f) -> wall.withdraw(c, f.id(), f.get("wall point")));
        does("hide a learning point", f -> learningPoint(f, f.participant), RUNS, "",
                (c, f) -> wall.hide(c, f.id(), f.get("wall point"), true));
        sees("see someone else's hidden learning point", f -> {
            learningPoint(f, f.otherParticipant());
            wall.hide(f.owner(), f.id(), f.get("wall point"), true);
        }, SEES_ALL, "its author sees it too",
                (c, f) -> wall.pointsFor(c, f.id()).stream().anyMatch(p -> p.id().equals(f.get("wall point"))));
        does("cluster points into themes; rename, merge, remove themes; mark them agreed", f -> {
            learningPoint(f, f.participant);
            theme(f);
        }, RUNS, "",
                (c, f) -> wall.moveToTheme(c, f.id(), f.get("wall point"), f.get("theme")),
                (c, f) -> wall.renameTheme(c, f.id(), f.get("theme"), "Information sharing"),
                (c, f) -> wall.markAgreed(c, f.id(), f.get("theme"), true),
                (c, f) -> wall.mergeThemes(c, f.id(), wall.createTheme(c, f.id(), "Referrals").id(), f.get("theme")),
                (c, f) -> wall.removeTheme(c, f.id(), f.get("theme")));
        does("open and close the vote", f -> theme(f), RUNS, "",
                (c, f) -> wall.openVoting(c, f.id(), 3, false), (c, f) -> wall.closeVoting(c, f.id()));
        does("vote on a theme, or take a vote back", f -> {
            theme(f);
            wall.openVoting(f.owner(), f.id(), 3, false);
        }, PARTICIPANTS, "up to the number of votes set",
                (c, f) -> wall.vote(c, f.id(), f.get("theme")), (c, f) -> wall.takeBackVote(c, f.id(), f.get("theme")));
        sees("see the vote totals while voting is open", f -> {
            theme(f);
            wall.openVoting(f.owner(), f.id(), 3, false);
            wall.vote(f.participant, f.id(), f.get("theme"));
        }, FACILITATES, "everyone, if the facilitator chose live totals",
                (c, f) -> wall.themesFor(c, f.id()).getFirst().votes() != null);
        sees("see the vote totals once voting closes", f -> {
            theme(f);
            wall.openVoting(f.owner(), f.id(), 3, false);
            wall.vote(f.participant, f.id(), f.get("theme"));
            wall.closeVoting(f.owner(), f.id());
        }, OF_THE_EVENT, "who voted for what: no one; a voter sees only their own ballot",
                (c, f) -> wall.themesFor(c, f.id()).getFirst().votes() != null);
    }

    private void evaluationRecordAndExport() {
        section("The evaluation, the record and the export");
        reads("read the evaluation form and one's own response", NOTHING, OF_THE_EVENT, "",
                (c, f) -> evaluations.formFor(c, f.id()), (c, f) -> evaluations.myResponse(c, f.id()));
        does("edit the evaluation's questions (until opened); open and close it", NOTHING, RUNS, "",
                (c, f) -> evaluations.changeQuestions(c, f.id(), List.of(EvaluationQuestion.freeText("One thing?",
                        false))),
                (c, f) -> evaluations.askForNameAndRole(c, f.id(), true),
                (c, f) -> evaluations.open(c, f.id()), (c, f) -> evaluations.close(c, f.id()));
        does("fill in and send the evaluation", f -> evaluations.open(f.owner(), f.id()), PARTICIPANTS,
                "one response each; changeable until it closes",
                (c, f) -> evaluations.saveAnswers(c, f.id(), Map.of(), false));
        reads("see the evaluation's results", NOTHING, FACILITATES, "", (c, f) -> evaluations.resultsFor(c, f.id()));
        reads("download the evaluation's results as CSV or PDF", NOTHING, RUNS, "",
                (c, f) -> evaluations.resultsCsv(c, f.id()), (c, f) -> evaluations.resultsPdf(c, f.id()));
        does("write the running record", f -> recordEntry(f), EnumSet.of(OWNER, CO_FACILITATOR, NOTE_TAKER,
                        NOTE_TAKER_LINK), "also after the event closes",
                (c, f) -> noteTaking.add(c, f.id(), "The police chronology was discussed.", Set.of(), null, null),
                (c, f) -> noteTaking.edit(c, f.id(), f.get("record"), "Introductions done at ten.", Set.of(), null,
                        null));
        reads("read the record and every version; see the room's stage and every contribution",
                f -> recordEntry(f), SEES_ALL, "private, hidden and merged contributions marked; agencies, never names",
                (c, f) -> noteTaking.recordFor(c, f.id()), (c, f) -> noteTaking.historyOf(c, f.id(), f.get("record")),
                (c, f) -> noteTaking.roomFor(c, f.id()), (c, f) -> noteTaking.feedFor(c, f.id()));
        does("export the record (Word, PDF, Markdown, JSON archive)", NOTHING, RUNS, "anonymised",
                (c, f) -> export.recordFor(c, f.id(), RecordExportOptions.ANONYMISED),
                (c, f) -> {
                    for (RecordExportFormat format : RecordExportFormat.values()) {
                        export.export(c, f.id(), RecordExportOptions.ANONYMISED, format);
                    }
                });
        does("include the agencies' comments or hidden notes in an export", NOTHING, RUNS, "when chosen",
                (c, f) -> export.export(c, f.id(), new RecordExportOptions(true, true), RecordExportFormat.MARKDOWN));
        does("import a JSON archive as a new event", f -> f.keep("archive", export.export(f.owner(), f.id(),
                        RecordExportOptions.ANONYMISED, RecordExportFormat.JSON).bytes()), FACILITATORS,
                "it becomes the importer's",
                (c, f) -> export.importArchive(c, f.get("archive")));
    }

    // ---- set-up steps ----

    private static final byte[] CHRONOLOGY = """
            Ref;Date;Time;Details;Source;Officer role;Analysis
            P1;03/04/2019;14:30;Domestic incident attended.;Incident log;PC;DASH not completed.
            """.getBytes(StandardCharsets.UTF_8);

    private static NewLearningEvent newEvent() {
        return new NewLearningEvent("Child T", LocalDate.of(2026, 11, 30), "Room 1",
                List.of(new NewLearningEvent.AgencyName("Police", "POL")));
    }

    private static NewTimelineEntry entry(String whatHappened) {
        return new NewTimelineEntry("POL", ChronologyDate.onDay(LocalDate.of(2024, 3, 1)), null, null, whatHappened,
                null, null, "Our comment", null);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void addEntry(MatrixFixture f) {
        f.keep("entry", timelines.add(f.owner(), f.id(), entry("Home visit.")).id());
    }

    private void uploadGenogram(MatrixFixture f) {
        preparation.uploadGenogram(f.owner(), f.id(), "family.png", MatrixFixture.PNG);
    }

    private void namedRoom(MatrixFixture f, RoomSettings settings) {
        contributors.changeSettings(f.owner(), f.id(), settings);
        events.join(events.secretsFor(f.owner(), f.id()).displayJoinCode(), "Social worker", "HV", "Sam Named",
                "client-" + shortId());
    }

    private void noteBy(MatrixFixture f, Caller author, NoteKind kind) {
        f.keep("note", notes.add(author, f.id(), NotePlace.gapAfter(null), kind, "What we knew").id());
    }

    private boolean seesNote(Caller caller, MatrixFixture f) {
        String id = f.get("note");
        return notes.notesFor(caller, f.id()).stream().anyMatch(n -> n.id().equals(id));
    }

    private void makeGroup(MatrixFixture f) {
        BreakoutGroup group = groups.createGroups(f.owner(), f.id(), List.of("Neglect")).getFirst();
        f.keep("group", group.id());
    }

    private void joinGroup(MatrixFixture f) {
        makeGroup(f);
        groups.moveToGroup(f.owner(), f.id(), f.participant.participantId(), f.get("group"));
    }

    private void groupPoint(MatrixFixture f, Caller.Participant author) {
        joinGroup(f);
        groups.moveToGroup(f.owner(), f.id(), author.participantId(), f.get("group"));
        f.keep("point", groups.addPoint(author, f.id(), f.get("group"), GroupPrompt.SIGNIFICANCE, "A point", null)
                .id());
    }

    private void laneEntry(MatrixFixture f, Caller author) {
        String period = lane.addPeriod(f.owner(), f.id(), "At school", null, null).id();
        f.keep("lived", lane.addEntry(author, f.id(), period, "Often hungry.").id());
    }

    private void learningPoint(MatrixFixture f, Caller author) {
        f.keep("wall point", wall.add(author, f.id(), LearningPointKind.SYSTEMS, "Share referrals", List.of()).id());
    }

    private void recordEntry(MatrixFixture f) {
        f.keep("record", noteTaking.add(f.owner(), f.id(), "Introductions done.", Set.of(), null, null).id());
    }

    private void theme(MatrixFixture f) {
        f.keep("theme", wall.createTheme(f.owner(), f.id(), "Information").id());
    }
}
