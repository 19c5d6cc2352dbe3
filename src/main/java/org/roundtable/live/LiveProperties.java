package org.roundtable.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the logs are kept and how nodes find each other. The defaults are the single machine:
 * a store under {@code ./data}, one Hazelcast member on loopback that joins nobody.
 *
 * @param store   the durable store
 * @param cluster the Hazelcast member of this node
 * @param screens how screens are told about changes
 */
@ConfigurationProperties("roundtable")
public record LiveProperties(@DefaultValue Store store, @DefaultValue Cluster cluster, @DefaultValue Screens screens) {

    /**
     * @param file        the MapDB file of this node
     * @param key         the master key, base64 of 32 random bytes; when unset, the key file's
     * @param keyFile     the file holding the master key when {@code key} is unset, created with a
     *                    fresh key on first start; by default {@code roundtable.key} next to {@code file}
     * @param previousKey the key before a rotation: read, and the store rewritten under {@code key}
     */
    public record Store(@DefaultValue("./data/roundtable.db") Path file, @Nullable String key,
            @Nullable Path keyFile, @Nullable String previousKey) {

        /** The key file: the configured one, or {@code roundtable.key} next to the store's file. */
        public Path keyFileOrDefault() {
            return keyFile != null ? keyFile : file.toAbsolutePath().resolveSibling("roundtable.key");
        }

        // Never print a key, whoever prints the settings.
        @Override
        public String toString() {
            return "Store[file=" + file + ", key=" + (key == null ? "unset" : "(set)") + ", keyFile=" + keyFile
                    + ", previousKey=" + (previousKey == null ? "unset" : "(set)") + "]";
        }
    }

    /**
     * @param name      cluster name; only members with the same name join
     * @param address   the interface the member binds to; loopback unless nodes are on several hosts
     * @param port      first port tried (the next ones are tried when taken)
     * @param members   other members, {@code host:port}; empty means a single node
     * @param ringbufferCapacity how many recent changes the cluster keeps for fan-out
     * @param ringbufferTtl      how long a published change stays in the cluster's memory for
     *                           fan-out (also after its log is purged); zero keeps it until overwritten
     */
    public record Cluster(@DefaultValue("roundtable") String name, @DefaultValue("127.0.0.1") String address,
            @DefaultValue("5701") int port, @DefaultValue List<String> members,
            @DefaultValue("100000") int ringbufferCapacity, @DefaultValue("15m") Duration ringbufferTtl) {

        @ConstructorBinding
        public Cluster {
        }

        /** A cluster whose published changes expire after the default 15 minutes. */
        public Cluster(String name, String address, int port, List<String> members, int ringbufferCapacity) {
            this(name, address, port, members, ringbufferCapacity, Duration.ofMinutes(15));
        }
    }

    /**
     * @param interval      the shortest time between two updates pushed to one screen
     * @param appendTimeout how long an author waits for a change to be applied before an error
     */
    public record Screens(@DefaultValue("250ms") Duration interval, @DefaultValue("10s") Duration appendTimeout) {
    }
}
