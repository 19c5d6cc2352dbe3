package org.roundtable.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How people are spread over breakout groups so that each group mixes agencies: the rules alone,
 * with no framework and no state. The same room always gives the same groups, whatever order it
 * comes in.
 */
final class GroupBalancing {

    /** Someone to place: who they are and which agency they come from. */
    record Person(String participantId, String agencyCode) {
    }

    private GroupBalancing() {
    }

    /**
     * Assigns everyone to one of {@code groups} groups. Group sizes differ by at most one; each
     * agency's members are spread so that its counts in any two groups differ by at most one;
     * and as few groups as possible consist of one agency only.
     *
     * @return the members of each group, by the group's position
     */
    static List<List<Person>> balance(Collection<Person> people, int groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("There must be at least one group.");
        }
        Map<String, List<Person>> byAgency = new TreeMap<>();
        for (Person person : people) {
            byAgency.computeIfAbsent(person.agencyCode(), code -> new ArrayList<>()).add(person);
        }
        byAgency.values().forEach(members -> members.sort(Comparator.comparing(Person::participantId)));
        // The largest agency first: if only it fills every group, everyone else is dealt in one run
        // and so lands in as many different groups as possible, mixing them.
        List<List<Person>> agencies = new ArrayList<>(byAgency.values());
        agencies.sort(Comparator.<List<Person>>comparingInt(List::size).reversed());

        List<List<Person>> result = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            result.add(new ArrayList<>());
        }
        // Dealing like cards, one agency after another, keeps both sizes and each agency within one.
        int next = 0;
        for (List<Person> agency : agencies) {
            for (Person person : agency) {
                result.get(next).add(person);
                next = (next + 1) % groups;
            }
        }
        return result.stream().map(List::copyOf).toList();
    }

    /**
     * The group for someone who arrives after the groups were balanced: the one with the fewest
     * people of their agency, then the smallest, then the first.
     *
     * @param groups the agency codes of each group's members, by the group's position
     * @return the chosen group's position
     */
    static int groupForNewcomer(String agencyCode, List<? extends Collection<String>> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("There must be at least one group.");
        }
        int best = 0;
        for (int g = 1; g < groups.size(); g++) {
            if (fewer(agencyCode, groups.get(g), groups.get(best))) {
                best = g;
            }
        }
        return best;
    }

    private static boolean fewer(String agencyCode, Collection<String> candidate, Collection<String> best) {
        long sameAgency = count(agencyCode, candidate);
        long bestSameAgency = count(agencyCode, best);
        if (sameAgency != bestSameAgency) {
            return sameAgency < bestSameAgency;
        }
        return candidate.size() < best.size();
    }

    private static long count(String agencyCode, Collection<String> group) {
        return group.stream().filter(agencyCode::equals).count();
    }
}
