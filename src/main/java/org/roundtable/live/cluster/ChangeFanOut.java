package org.roundtable.live.cluster;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.ReliableMessageListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries encoded changes to every node, this one included, through a reliable topic.
 */
public final class ChangeFanOut {

    private static final Logger log = LoggerFactory.getLogger(ChangeFanOut.class);

    private final ITopic<byte[]> topic;
    private @org.jspecify.annotations.Nullable UUID registration;

    public ChangeFanOut(HazelcastInstance hazelcast) {
        this.topic = hazelcast.getReliableTopic(HazelcastMember.CHANGES_TOPIC);
    }

    public void publish(byte[] encoded) {
        topic.publish(encoded);
    }

    /** Publishes several changes, in order, as one batch. */
    public void publishAll(List<byte[]> encoded) {
        try {
            topic.publishAll(encoded);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The cluster did not take the changes", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing changes", e);
        }
    }

    /**
     * Starts delivering to {@code receiver}, one at a time, every change published from now on
     * (what was published before, the node fetches from the others: {@link PeerCatchUp}). When
     * this node falls so far behind that changes it had not read are gone from the ringbuffer, it
     * goes on from the oldest one left and calls {@code onLoss}, which must fetch what was skipped.
     */
    public synchronized void listen(Consumer<byte[]> receiver, Runnable onLoss) {
        if (registration == null) {
            registration = topic.addMessageListener(new Receiver(receiver, onLoss));
        }
    }

    /** Listens again from now on (after this node merged back into the cluster). */
    public synchronized void relisten(Consumer<byte[]> receiver, Runnable onLoss) {
        stop();
        listen(receiver, onLoss);
    }

    public synchronized void stop() {
        if (registration != null) {
            topic.removeMessageListener(registration);
            registration = null;
        }
    }

    private record Receiver(Consumer<byte[]> receiver, Runnable onLoss) implements ReliableMessageListener<byte[]> {

        @Override
        public void onMessage(Message<byte[]> message) {
            receiver.accept(message.getMessageObject());
        }

        @Override
        public long retrieveInitialSequence() {
            return -1;
        }

        @Override
        public void storeSequence(long sequence) {
        }

        /** Asked only when changes this node had not read are gone: go on, and fetch them from the others. */
        @Override
        public boolean isLossTolerant() {
            onLoss.run();
            return true;
        }

        @Override
        public boolean isTerminal(Throwable failure) {
            // A change this node could not apply must not stop it from receiving the next ones.
            log.error("A change from the cluster could not be applied on this node", failure);
            return false;
        }
    }
}
