package org.roundtable.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.roundtable.live.log.CoalescingLiveUpdates;
import org.springframework.stereotype.Component;

/**
 * The node's live figures for Micrometer: screens following a log now
 * ({@code roundtable.screens.connected}) and changes applied to the read models
 * ({@code roundtable.changes.applied}, whose rate is changes per second; replay at start counts
 * too). Screen update latency is timed in {@link CoalescingLiveUpdates}.
 */
@Component
class LiveMetrics implements Projection {

    private final Counter applied;

    LiveMetrics(MeterRegistry registry, CoalescingLiveUpdates screens) {
        Gauge.builder("roundtable.screens.connected", screens, CoalescingLiveUpdates::subscriberCount)
                .description("Screens following a log on this node")
                .register(registry);
        this.applied = Counter.builder("roundtable.changes.applied")
                .description("Changes applied to this node's read models")
                .register(registry);
    }

    @Override
    public void apply(LoggedChange change) {
        applied.increment();
    }
}
