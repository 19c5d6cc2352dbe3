package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.roundtable.board.GroupBalancing.Person;

/**
 * Balancing across agencies, checked as properties over many seeded random rooms (the seed is in
 * every failure message, so a failure can be replayed) and on the edge cases.
 */
class GroupBalancingTest {

    private static final int ROOMS = 2_000;

    @Test
    void everyone_is_placed_once_and_group_sizes_differ_by_at_most_one() {
        for (long seed = 0; seed < ROOMS; seed++) {
            Room room = Room.random(seed);
            List<List<Person>> groups = GroupBalancing.balance(room.people, room.groups);

            assertThat(groups).as("seed %d", seed).hasSize(room.groups);
            assertThat(groups.stream().flatMap(List::stream).toList()).as("seed %d", seed)
                    .containsExactlyInAnyOrderElementsOf(room.people);
            int smallest = groups.stream().mapToInt(List::size).min().orElseThrow();
            int largest = groups.stream().mapToInt(List::size).max().orElseThrow();
            assertThat(largest - smallest).as("seed %d: sizes %s", seed, sizes(groups)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void each_agency_is_spread_so_its_counts_in_any_two_groups_differ_by_at_most_one() {
        for (long seed = 0; seed < ROOMS; seed++) {
            Room room = Room.random(seed);
            List<List<Person>> groups = GroupBalancing.balance(room.people, room.groups);

            for (String agency : room.agencies()) {
                List<Long> counts = groups.stream()
                        .map(g -> g.stream().filter(p -> p.agencyCode().equals(agency)).count()).toList();
                long spread = Collections.max(counts) - Collections.min(counts);
                assertThat(spread).as("seed %d: agency %s counts %s", seed, agency, counts).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void as_many_groups_as_possible_mix_agencies() {
        for (long seed = 0; seed < ROOMS; seed++) {
            Room room = Room.random(seed);
            List<List<Person>> groups = GroupBalancing.balance(room.people, room.groups);

            assertThat(mixed(groups)).as("seed %d: groups %s", seed, groups).isGreaterThanOrEqualTo(mostThatCanMix(room));
        }
    }

    @Test
    void in_small_rooms_no_other_fair_assignment_has_fewer_single_agency_groups() {
        // Every assignment of a small room, tried one by one: the best fair one is the bar to meet.
        for (long seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            Room room = Room.random(seed, 1 + random.nextInt(8), 1 + random.nextInt(3), 1 + random.nextInt(3));
            List<List<Person>> groups = GroupBalancing.balance(room.people, room.groups);

            assertThat(singleAgency(groups)).as("seed %d: groups %s", seed, groups)
                    .isEqualTo(fewestSingleAgencyGroupsOfAnyFairAssignment(room));
        }
    }

    @Test
    void the_same_room_in_any_order_gives_the_same_groups() {
        for (long seed = 0; seed < 500; seed++) {
            Room room = Room.random(seed);
            List<Person> shuffled = new ArrayList<>(room.people);
            Collections.shuffle(shuffled, new Random(seed + 1));

            assertThat(GroupBalancing.balance(shuffled, room.groups)).as("seed %d", seed)
                    .isEqualTo(GroupBalancing.balance(room.people, room.groups));
        }
    }

    @Test
    void with_fewer_people_than_groups_everyone_is_alone_and_the_rest_stay_empty() {
        List<Person> people = List.of(new Person("b", "POL"), new Person("a", "POL"));

        List<List<Person>> groups = GroupBalancing.balance(people, 4);

        assertThat(sizes(groups)).containsExactly(1, 1, 0, 0);
        assertThat(groups.get(0)).containsExactly(new Person("a", "POL"));
    }

    @Test
    void one_agency_only_is_still_split_evenly() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            people.add(new Person("p" + i, "CSC"));
        }

        assertThat(sizes(GroupBalancing.balance(people, 3))).containsExactly(3, 2, 2);
    }

    @Test
    void an_empty_room_gives_empty_groups() {
        assertThat(GroupBalancing.balance(List.of(), 3)).containsExactly(List.of(), List.of(), List.of());
    }

    @Test
    void a_large_agency_with_a_few_others_mixes_as_many_groups_as_there_are_others() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            people.add(new Person("csc" + i, "CSC"));
        }
        people.add(new Person("gp", "GP"));
        people.add(new Person("hv", "HV"));

        List<List<Person>> groups = GroupBalancing.balance(people, 3);

        assertThat(mixed(groups)).isEqualTo(2);
    }

    @Test
    void a_newcomer_joins_the_group_with_fewest_of_their_agency() {
        List<List<String>> groups = List.of(List.of("POL", "HV"), List.of("POL", "GP", "CSC"), List.of("HV", "GP"));

        assertThat(GroupBalancing.groupForNewcomer("POL", groups)).isEqualTo(2);
    }

    @Test
    void between_groups_with_as_few_of_their_agency_a_newcomer_joins_the_smallest_then_the_first() {
        List<List<String>> groups = List.of(List.of("POL", "HV", "GP"), List.of("CSC", "GP"), List.of("HV", "GP"));

        assertThat(GroupBalancing.groupForNewcomer("SCH", groups)).isEqualTo(1);
        assertThat(GroupBalancing.groupForNewcomer("SCH", List.of(List.of("HV"), List.of("GP")))).isZero();
    }

    /** The most groups that can be mixed: each group needs two agencies, and small agencies can be in few groups. */
    private static long mostThatCanMix(Room room) {
        Map<String, Integer> counts = room.counts();
        List<String> inEveryGroup = counts.keySet().stream().filter(a -> counts.get(a) >= room.groups).toList();
        if (inEveryGroup.size() >= 2) {
            return room.groups;
        }
        if (inEveryGroup.size() == 1) {
            int others = room.people.size() - counts.get(inEveryGroup.getFirst());
            return Math.min(room.groups, others);
        }
        // Agencies smaller than the number of groups can only be mixed where groups have two people.
        int groupsOfTwoOrMore = 0;
        for (int g = 0; g < room.groups; g++) {
            int size = room.people.size() / room.groups + (g < room.people.size() % room.groups ? 1 : 0);
            groupsOfTwoOrMore += size >= 2 ? 1 : 0;
        }
        return groupsOfTwoOrMore;
    }

    private static int fewestSingleAgencyGroupsOfAnyFairAssignment(Room room) {
        int people = room.people.size();
        int assignments = (int) Math.pow(room.groups, people);
        int fewest = Integer.MAX_VALUE;
        for (int code = 0; code < assignments; code++) {
            List<List<Person>> groups = new ArrayList<>();
            for (int g = 0; g < room.groups; g++) {
                groups.add(new ArrayList<>());
            }
            int rest = code;
            for (Person person : room.people) {
                groups.get(rest % room.groups).add(person);
                rest /= room.groups;
            }
            if (fair(groups, room.agencies())) {
                fewest = Math.min(fewest, singleAgency(groups));
            }
        }
        return fewest;
    }

    private static boolean fair(List<List<Person>> groups, Set<String> agencies) {
        List<Integer> sizes = sizes(groups);
        if (Collections.max(sizes) - Collections.min(sizes) > 1) {
            return false;
        }
        for (String agency : agencies) {
            List<Long> counts = groups.stream()
                    .map(g -> g.stream().filter(p -> p.agencyCode().equals(agency)).count()).toList();
            if (Collections.max(counts) - Collections.min(counts) > 1) {
                return false;
            }
        }
        return true;
    }

    private static long mixed(List<List<Person>> groups) {
        return groups.stream().filter(g -> g.stream().map(Person::agencyCode).distinct().count() >= 2).count();
    }

    private static int singleAgency(List<List<Person>> groups) {
        return (int) groups.stream().filter(g -> !g.isEmpty())
                .filter(g -> g.stream().map(Person::agencyCode).distinct().count() == 1).count();
    }

    private static List<Integer> sizes(List<List<Person>> groups) {
        return groups.stream().map(List::size).toList();
    }

    /** A room of people from agencies of uneven sizes, and a number of groups. */
    private record Room(List<Person> people, int groups) {

        static Room random(long seed) {
            Random random = new Random(seed);
            return random(seed, random.nextInt(41), 1 + random.nextInt(8), 1 + random.nextInt(7));
        }

        static Room random(long seed, int size, int agencies, int groups) {
            Random random = new Random(seed * 31 + 7);
            // Skewed: the first agencies are likelier, as when social care sends five and the GP one.
            double[] weights = new double[agencies];
            double total = 0;
            for (int a = 0; a < agencies; a++) {
                weights[a] = Math.pow(random.nextDouble() + 0.05, 2) * (agencies - a);
                total += weights[a];
            }
            List<Person> people = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            while (people.size() < size) {
                double pick = random.nextDouble() * total;
                int a = 0;
                while (a < agencies - 1 && pick > weights[a]) {
                    pick -= weights[a];
                    a++;
                }
                String id = Long.toHexString(random.nextLong());
                if (ids.add(id)) {
                    people.add(new Person(id, "AG" + a));
                }
            }
            return new Room(List.copyOf(people), groups);
        }

        Set<String> agencies() {
            Set<String> codes = new HashSet<>();
            people.forEach(p -> codes.add(p.agencyCode()));
            return codes;
        }

        Map<String, Integer> counts() {
            Map<String, Integer> counts = new HashMap<>();
            people.forEach(p -> counts.merge(p.agencyCode(), 1, Integer::sum));
            return counts;
        }
    }
}
