package org.roundtable.event;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.live.KeyRing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * A participant's capability for one event: a signed token their device keeps (in an http-only
 * cookie) so it gets back into the room after a reconnect or a node restart without the code.
 * The token says which event and participant, when it was issued, and an HMAC-SHA256 over that
 * with a key derived from the installation's master key, so every node accepts it. It opens the
 * room only while the event is open and the facilitator has not removed the participant, and
 * for {@link #LIFETIME} after it was issued.
 */
@Service
public class ParticipantCapabilities {

    /** How long a token (and its cookie) opens the room. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    static final String PURPOSE = "participant capability";

    private static final String VERSION = "v1";
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern TOKEN = Pattern.compile(
            "v1\\.(" + ID + ")\\.(" + ID + ")\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    /** A node's clock may run a little ahead of the one that issued the token. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SecretKey key;
    private final EventDirectory directory;
    private final Clock clock;

    @Autowired
    ParticipantCapabilities(KeyRing keys, EventDirectory directory) {
        this(keys, directory, Clock.systemUTC());
    }

    ParticipantCapabilities(KeyRing keys, EventDirectory directory, Clock clock) {
        this.key = keys.derive(PURPOSE);
        this.directory = directory;
        this.clock = clock;
    }

    /** The token for a participant who just joined. */
    public String issue(Caller.Participant participant) {
        String body = VERSION + "." + participant.eventId() + "." + participant.participantId() + "."
                + clock.instant().getEpochSecond();
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(body));
    }

    /**
     * The participant a token stands for, if it is genuine, not expired, for an open event, and
     * the participant is still in its room; role and agency come from the event's log.
     */
    public Optional<Caller.Participant> restore(@Nullable String token) {
        Matcher parts = TOKEN.matcher(token == null ? "" : token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String body = token.substring(0, token.lastIndexOf('.'));
        byte[] given = Base64.getUrlDecoder().decode(parts.group(4));
        if (!MessageDigest.isEqual(mac(body), given)) {
            return Optional.empty();
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts.group(3)));
        Instant now = clock.instant();
        if (issued.isAfter(now.plus(CLOCK_SKEW)) || !issued.plus(LIFETIME).isAfter(now)) {
            return Optional.empty();
        }
        String eventId = parts.group(1);
        String participantId = parts.group(2);
        boolean open = directory.byId(eventId).map(entry -> entry.event().isOpen()).orElse(false);
        if (!open || directory.standing(eventId, participantId) != EventDirectory.Standing.CURRENT) {
            return Optional.empty();
        }
        return directory.joined(eventId, participantId)
                .map(joined -> new Caller.Participant(participantId, eventId, joined.agencyCode(), joined.role()));
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
