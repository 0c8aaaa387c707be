package io.partybranch.common.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event types a consumer knows, each with its version ({@code member.registered.v1}): those it
 * applies and those it knows it does not need. Anything else is never guessed at: a known name in an
 * unknown version is {@code unknown-version} (a newer producer; an upgraded consumer can replay it),
 * any other name is {@code unknown-type}.
 */
public final class EventTypes {

    private static final Pattern VERSIONED = Pattern.compile("^([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+)\\.v([1-9][0-9]*)$");

    private final Set<String> handled;
    private final Set<String> ignored;
    private final Set<String> names = new LinkedHashSet<>();

    private EventTypes(Set<String> handled, Set<String> ignored) {
        this.handled = Set.copyOf(handled);
        this.ignored = Set.copyOf(ignored);
        for (String type : this.handled) {
            names.add(nameOf(type));
        }
        for (String type : this.ignored) {
            names.add(nameOf(type));
        }
    }

    public static EventTypes handling(List<String> types) {
        return new EventTypes(new LinkedHashSet<>(types), Set.of());
    }

    /** Types recorded as processed without being applied: known, so never dead-lettered. */
    public EventTypes ignoring(List<String> types) {
        return new EventTypes(handled, new LinkedHashSet<>(types));
    }

    /**
     * @return true if the consumer applies the type, false if it knowingly ignores it
     * @throws PoisonEventException for an unknown type or version
     */
    public boolean check(String type) {
        if (handled.contains(type)) {
            return true;
        }
        if (ignored.contains(type)) {
            return false;
        }
        Matcher versioned = VERSIONED.matcher(type == null ? "" : type);
        if (versioned.matches() && names.contains(versioned.group(1))) {
            throw new PoisonEventException(PoisonEventException.UNKNOWN_VERSION, "this consumer does not know version "
                    + versioned.group(2) + " of " + versioned.group(1));
        }
        throw new PoisonEventException(PoisonEventException.UNKNOWN_TYPE, "this consumer does not know the event type " + type);
    }

    public Set<String> handled() {
        return handled;
    }

    private static String nameOf(String type) {
        Matcher versioned = VERSIONED.matcher(type);
        if (!versioned.matches()) {
            throw new IllegalArgumentException("event types are <aggregate>.<verb>.v<N>: " + type);
        }
        return versioned.group(1);
    }
}
